"""Facts as Apache Arrow tables, for engines that speak Arrow (Spark, Ray, Dask, DuckDB).

Needs the ``arrow`` extra (``pip install 'discrepancy[arrow]'``). Importing this module
loads pyarrow; ``import discrepancy`` never does.

Input batches follow :data:`ARTICLE_SCHEMA` (only ``id`` and ``text`` are required);
output batches follow :data:`FACT_SCHEMA`, one row per fact. :func:`extract_batches`
has the exact shape Spark's ``DataFrame.mapInArrow`` calls (an iterator of record
batches in, an iterator of record batches out), and :data:`FACT_DDL` is the schema
string to give it::

    facts = df.mapInArrow(extract_batches, FACT_DDL)

>>> import pyarrow as pa
>>> from discrepancy.arrow import ARTICLE_SCHEMA, FACT_SCHEMA
>>> ARTICLE_SCHEMA.names
['id', 'text', 'outlet', 'published', 'url']
>>> FACT_SCHEMA.field("low").type, FACT_SCHEMA.field("time_start").type
(DataType(double), DataType(date32[day]))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, Literal

from ._exceptions import DiscrepancyError, InputError
from .models import Article, Comparison, Extraction

try:
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("discrepancy.arrow needs pyarrow: pip install 'discrepancy[arrow]'") from exc

__all__ = [
    "ARTICLE_SCHEMA",
    "FACT_DDL",
    "FACT_SCHEMA",
    "ROW_SCHEMA",
    "articles_from_batch",
    "comparison_to_table",
    "extract_batch",
    "extract_batches",
    "facts_to_batch",
    "facts_to_table",
    "spark_ddl",
]

Errors = Literal["raise", "skip"]

ARTICLE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("outlet", pa.string()),
        # A string keeps the precision the source gives: a bare day stays a day and
        # a time of day is not invented. Date and timestamp columns are accepted too.
        pa.field("published", pa.string()),
        pa.field("url", pa.string()),
    ],
    metadata={"discrepancy": "articles"},
)
"""Input batches: ``id`` and ``text`` are required, the rest optional.

``published`` is an ISO 8601 date or datetime string; ``date32`` and ``timestamp``
columns are read as well. Extra columns are ignored.
"""

FACT_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("outlet", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("fact", pa.int32(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("sentence_start", pa.int32(), nullable=False),
        pa.field("sentence_end", pa.int32(), nullable=False),
        pa.field("surface", pa.string(), nullable=False),
        pa.field("subject", pa.string()),
        pa.field("event", pa.string()),
        pa.field("actor", pa.string()),
        pa.field("location", pa.string()),
        pa.field("location_basis", pa.string(), nullable=False),
        pa.field("low", pa.float64()),
        pa.field("high", pa.float64()),
        pa.field("low_closed", pa.bool_(), nullable=False),
        pa.field("high_closed", pa.bool_(), nullable=False),
        pa.field("nominal", pa.float64(), nullable=False),
        pa.field("qualifier", pa.string(), nullable=False),
        pa.field("hedge", pa.string()),
        pa.field("unit", pa.string()),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("noun", pa.string()),
        pa.field("window", pa.string()),
        pa.field("granularity", pa.string()),
        pa.field("time_start", pa.date32()),
        pa.field("time_end", pa.date32()),
        pa.field("time_basis", pa.string(), nullable=False),
        pa.field("time_surface", pa.string()),
        pa.field("source", pa.string()),
        pa.field("via", pa.string()),
        pa.field("part_of", pa.int32()),
        pa.field("negated", pa.bool_(), nullable=False),
        pa.field("subject_basis", pa.string(), nullable=False),
        pa.field("group", pa.string()),
        pa.field("party", pa.string()),
        pa.field("basis", pa.string(), nullable=False),
        pa.field("direction", pa.string(), nullable=False),
        pa.field("form", pa.string(), nullable=False),
        pa.field("carried", pa.bool_()),
    ],
    metadata={"discrepancy": "facts"},
)
"""Output batches: one row per :class:`~discrepancy.Fact`.

``published`` is the publication day (the time of day, when known, stays on the
article); ``fact`` is the index in :attr:`Extraction.facts`, which ``part_of`` refers
to; ``start``/``end`` and ``sentence_start``/``sentence_end`` are character offsets
into the article text; ``low``/``high`` are null for an unbounded side; ``window`` is
:meth:`TimeWindow.key`; ``time_start``/``time_end`` are null when the window is not
resolved to days; ``subject_basis``, ``group``, ``party`` and ``basis`` are the
fact's, ``direction`` and ``form`` its quantity's (a change up, a level...), and
``carried`` says whether its source was carried from an earlier sentence (null when
it has none).
"""

ROW_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("event_id", pa.int64(), nullable=False),
        pa.field("row", pa.int32(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("subject", pa.string(), nullable=False),
        pa.field("event", pa.string()),
        pa.field("window", pa.string()),
        pa.field("location", pa.string()),
        pa.field("unit", pa.string()),
        pa.field("claimant", pa.string()),
        pa.field("verdict", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("reasons", pa.string(), nullable=False),
        pa.field("explanation", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("surface", pa.string()),
        pa.field("low", pa.float64()),
        pa.field("high", pa.float64()),
        pa.field("note", pa.string()),
        pa.field("group", pa.string()),
        pa.field("party", pa.string()),
        pa.field("basis", pa.string()),
        pa.field("form", pa.string()),
        pa.field("rank", pa.int32(), nullable=False),
        pa.field("agreement", pa.string(), nullable=False),
    ],
    metadata={"discrepancy": "rows"},
)
"""Comparison results, one line per cell: a row of a :class:`~discrepancy.Comparison`
repeated for each article, with the figure that article gives (null when silent).

``event_id`` names the group of articles compared (see :func:`discrepancy.cluster`),
``row`` the row's index in its comparison, ``reasons`` every reason, comma-separated.
"""

_SPARK_TYPES = {
    pa.string(): "STRING",
    pa.date32(): "DATE",
    pa.int32(): "INT",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
}


def spark_ddl(schema: pa.Schema) -> str:
    """The Spark DDL string for a flat schema, every name back-quoted.

    Args:
        schema: a schema whose fields are strings, dates, 32/64-bit integers,
            doubles or booleans.

    Returns:
        A string such as ``"`id` STRING, `n` INT"`` for ``mapInArrow``.

    Raises:
        InputError: a field has a type with no plain Spark equivalent here.

    >>> import pyarrow as pa
    >>> spark_ddl(pa.schema([("id", pa.string()), ("end", pa.int32())]))
    '`id` STRING, `end` INT'
    """
    parts = []
    for f in schema:
        spark = _SPARK_TYPES.get(f.type)
        if spark is None:
            raise InputError(f"field {f.name!r} has type {f.type}, which spark_ddl cannot map")
        parts.append(f"`{f.name}` {spark}")
    return ", ".join(parts)


FACT_DDL: str = spark_ddl(FACT_SCHEMA)
""":data:`FACT_SCHEMA` as a Spark DDL string, the second argument of ``mapInArrow``."""


# --------------------------------------------------------------------------- articles in


def articles_from_batch(batch: pa.RecordBatch | pa.Table) -> Iterator[Article]:
    """The articles held in a batch shaped like :data:`ARTICLE_SCHEMA`.

    A missing or null ``outlet``/``published``/``url`` is left for the text to tell
    (front matter, date tokens, datelines, footers, as :meth:`Article.from_raw`
    reads them); a value in the batch wins over what the text says.

    Args:
        batch: a record batch or table with at least ``id`` and ``text`` columns.

    Yields:
        One :class:`~discrepancy.Article` per row, in order.

    Raises:
        InputError: ``id`` or ``text`` is missing, or a row has a null id or text,
            or a ``published`` value is not an ISO date.

    >>> import pyarrow as pa
    >>> b = pa.record_batch({"id": ["a"], "text": ["Police said 12 people were hurt."],
    ...                      "published": ["2024-03-05"]})
    >>> [(a.id, a.published) for a in articles_from_batch(b)]
    [('a', datetime.date(2024, 3, 5))]
    """
    for row in _rows(batch):
        yield _article(*row)


_Row = tuple[Any, Any, Any, Any, Any]


def _rows(batch: pa.RecordBatch | pa.Table) -> Iterator[_Row]:
    names = set(batch.schema.names)
    missing = {"id", "text"} - names
    if missing:
        raise InputError(
            f"an article batch needs columns 'id' and 'text'; missing {sorted(missing)} "
            f"(see discrepancy.arrow.ARTICLE_SCHEMA)"
        )
    n = batch.num_rows
    columns = [
        batch.column(name).to_pylist() if name in names else [None] * n
        for name in ("id", "text", "outlet", "published", "url")
    ]
    yield from zip(*columns, strict=True)


def _article(id_: Any, text: Any, outlet: Any, published: Any, url: Any) -> Article:
    if id_ is None or not isinstance(text, str):
        raise InputError(f"article {id_!r}: a row needs a non-null id and a text string")
    id_ = str(id_)
    when = _published(published, id_)
    article = Article.from_raw(text, id=id_)
    update: dict[str, Any] = {}
    if outlet is not None:
        update["outlet"] = str(outlet)
    if when is not None:
        update["published"] = when
        update["published_inferred"] = False
    if url is not None:
        update["url"] = str(url)
    return article.model_copy(update=update) if update else article


def _published(value: Any, id_: str) -> date | datetime | None:
    if value is None or isinstance(value, date):  # datetime is a date too
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            # A bare day must stay a date: a midnight datetime would claim a time.
            return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text)
        except ValueError:
            pass
    raise InputError(f"article {id_!r}: published {value!r} is not an ISO 8601 date or datetime")


# --------------------------------------------------------------------------- facts out


def facts_to_batch(extractions: Iterable[Extraction]) -> pa.RecordBatch:
    """One record batch of :data:`FACT_SCHEMA` rows for the facts of ``extractions``.

    Args:
        extractions: extractions, in the order their rows should appear.

    Returns:
        A batch with one row per fact (articles without facts add no rows).

    >>> from discrepancy import Article, Extraction
    >>> facts_to_batch([Extraction(article=Article(id="a", text="."))]).num_rows
    0
    """
    cols: dict[str, list[Any]] = {name: [] for name in FACT_SCHEMA.names}
    for ex in extractions:
        art = ex.article
        day = art.published_day
        for n, f in enumerate(ex.facts):
            q, w, attr = f.quantity, f.time, f.attribution
            values = (
                art.id,
                art.outlet,
                day,
                n,
                f.span[0],
                f.span[1],
                f.sentence_span[0],
                f.sentence_span[1],
                f.surface,
                f.subject,
                f.event,
                f.actor,
                f.location,
                f.location_basis.value,
                q.value.low,
                q.value.high,
                q.value.low_closed,
                q.value.high_closed,
                q.nominal,
                q.qualifier.value,
                q.hedge,
                q.unit,
                q.kind.value,
                q.noun,
                None if w is None else w.key(),
                None if w is None else w.granularity.value,
                None if w is None or w.start is None else _as_day(w.start),
                None if w is None or w.end is None else _as_day(w.end),
                f.time_basis.value,
                f.time_surface,
                None if attr is None else attr.source,
                None if attr is None else attr.via,
                f.part_of,
                f.negated,
                f.subject_basis.value,
                f.group,
                f.party,
                f.basis.value,
                q.direction.value,
                q.form.value,
                None if attr is None else attr.carried,
            )
            for name, value in zip(FACT_SCHEMA.names, values, strict=True):
                cols[name].append(value)
    arrays = [pa.array(cols[f.name], type=f.type) for f in FACT_SCHEMA]
    return pa.RecordBatch.from_arrays(arrays, schema=FACT_SCHEMA)


def _as_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def facts_to_table(extractions: Iterable[Extraction]) -> pa.Table:
    """The facts of ``extractions`` as a :data:`FACT_SCHEMA` table.

    Args:
        extractions: extractions, for instance from :func:`discrepancy.extract`.

    Returns:
        A table with one row per fact, in input order then text order.

    >>> from discrepancy import Article, Extraction
    >>> facts_to_table([Extraction(article=Article(id="a", text="."))]).schema == FACT_SCHEMA
    True
    """
    return pa.Table.from_batches([facts_to_batch(extractions)], schema=FACT_SCHEMA)


def comparison_to_table(comparison: Comparison, event_id: int = 0) -> pa.Table:
    """A :class:`~discrepancy.Comparison` as a :data:`ROW_SCHEMA` table.

    Args:
        comparison: the result of :func:`discrepancy.compare`.
        event_id: the number to put in the ``event_id`` column.

    Returns:
        One line per cell, rows in order, cells in article order.

    >>> from discrepancy import Comparison
    >>> comparison_to_table(Comparison(articles=(), rows=()), 3).num_rows
    0
    """
    cols: dict[str, list[Any]] = {name: [] for name in ROW_SCHEMA.names}
    for n, row in enumerate(comparison.rows):
        key = row.key
        reasons = ",".join(r.value for r in (row.reasons or (row.reason,)))
        for cell in row.cells:
            value = None if cell.fact is None else cell.fact.quantity.value
            values = (
                event_id,
                n,
                key.kind.value,
                key.subject,
                key.event,
                key.window,
                key.location,
                key.unit,
                key.claimant,
                row.verdict.value,
                row.reason.value,
                reasons,
                row.explanation,
                cell.article_id,
                None if cell.fact is None else cell.fact.surface,
                None if value is None else value.low,
                None if value is None else value.high,
                cell.note,
                key.group,
                key.party,
                key.basis,
                key.form,
                key.rank,
                row.agreement.value,
            )
            for name, v in zip(ROW_SCHEMA.names, values, strict=True):
                cols[name].append(v)
    return pa.table(
        {f.name: pa.array(cols[f.name], type=f.type) for f in ROW_SCHEMA}, schema=ROW_SCHEMA
    )


# --------------------------------------------------------------------------- the batch path


def extract_batch(batch: pa.RecordBatch, *, errors: Errors = "raise") -> pa.RecordBatch:
    """Extract the facts of every article in one batch.

    Args:
        batch: rows shaped like :data:`ARTICLE_SCHEMA` (``id`` and ``text`` required).
        errors: ``"raise"`` stops at the first article the library refuses (empty
            text, raw HTML...); ``"skip"`` leaves such articles out, so one bad row
            does not sink a job over millions. Bugs (anything that is not a
            :class:`~discrepancy.DiscrepancyError`) always propagate.

    Returns:
        A :data:`FACT_SCHEMA` batch, one row per fact, in input order.

    Raises:
        InputError: the batch lacks ``id`` or ``text`` or has a bad ``published``.
        DiscrepancyError: with ``errors="raise"``, an article cannot be read.

    >>> import pyarrow as pa
    >>> b = pa.record_batch({"id": ["a"], "text": ["Police said 12 people were arrested "
    ...                      "on Monday."], "published": ["2024-03-05"]})
    >>> out = extract_batch(b)
    >>> [out.column(c).to_pylist() for c in ("surface", "subject", "published")]
    [['12'], ['arrest'], [datetime.date(2024, 3, 5)]]
    """
    return facts_to_batch(_extractions(batch, errors))


def _extractions(batch: pa.RecordBatch | pa.Table, errors: Errors) -> Iterator[Extraction]:
    from .facts.extract import extract

    if errors not in ("raise", "skip"):
        raise InputError(f"errors must be 'raise' or 'skip', not {errors!r}")
    for row in _rows(batch):
        try:
            extraction = extract(_article(*row))
        except DiscrepancyError:
            if errors == "raise":
                raise
            continue
        yield extraction


def extract_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Extract facts from a stream of article batches, one output batch per input.

    This is the function shape Spark's ``DataFrame.mapInArrow`` and other Arrow
    engines call: ``df.mapInArrow(extract_batches, FACT_DDL)``. Batches are handled
    one at a time, so memory stays flat however long the stream. Articles the
    library refuses (empty text, raw HTML) are skipped; wrap :func:`extract_batch`
    with ``errors="raise"`` to stop on them instead.

    Args:
        batches: record batches shaped like :data:`ARTICLE_SCHEMA`.

    Yields:
        :data:`FACT_SCHEMA` batches.

    >>> import pyarrow as pa
    >>> b = pa.record_batch({"id": ["a", "b"], "text": ["Police arrested 12 people on "
    ...                      "4 May 2024.", "  "]})
    >>> [out.num_rows for out in extract_batches(iter([b]))]
    [1]
    """
    for batch in batches:
        yield extract_batch(batch, errors="skip")
