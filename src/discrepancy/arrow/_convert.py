"""Conversion between Arrow and the library's models: articles in, facts and rows out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

import pyarrow as pa

from .._exceptions import InputError
from ..models import Article, Comparison, Extraction, day_of
from ._schemas import FACT_SCHEMA, ROW_SCHEMA

__all__ = [
    "article_from_row",
    "articles_from_batch",
    "batch_rows",
    "comparison_to_table",
    "facts_to_batch",
    "facts_to_table",
]


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
    for row in batch_rows(batch):
        yield article_from_row(*row)


_Row = tuple[Any, Any, Any, Any, Any]


def batch_rows(batch: pa.RecordBatch | pa.Table) -> Iterator[_Row]:
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


def article_from_row(id_: Any, text: Any, outlet: Any, published: Any, url: Any) -> Article:
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
                None if w is None or w.start is None else day_of(w.start),
                None if w is None or w.end is None else day_of(w.end),
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
                None if attr is None else attr.found.value,
                None if f.link is None else f.link.role.value,
                None if f.link is None else f.link.fact,
            )
            for name, value in zip(FACT_SCHEMA.names, values, strict=True):
                cols[name].append(value)
    arrays = [pa.array(cols[f.name], type=f.type) for f in FACT_SCHEMA]
    return pa.RecordBatch.from_arrays(arrays, schema=FACT_SCHEMA)


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
