"""The Arrow schemas of articles in, facts out and comparison rows, and their Spark DDL."""

from __future__ import annotations

import pyarrow as pa

from .._exceptions import InputError

__all__ = ["ARTICLE_SCHEMA", "FACT_DDL", "FACT_SCHEMA", "ROW_SCHEMA", "spark_ddl"]

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
        pa.field("source_found", pa.string()),
        pa.field("link_role", pa.string()),
        pa.field("link_fact", pa.int32()),
    ],
    metadata={"discrepancy": "facts"},
)
"""Output batches: one row per :class:`~discrepancy.Fact`.

``published`` is the publication day (the time of day, when known, stays on the
article); ``fact`` is the index in :attr:`Extraction.facts`, which ``part_of`` and
``link_fact`` refer to (``link_role`` says how the fact stands to that one: see
:class:`~discrepancy.FactLink`); ``source_found`` is how the source was found
(:class:`~discrepancy.SourceBasis`); ``start``/``end`` and
``sentence_start``/``sentence_end`` are character offsets into the article text;
``low``/``high`` are null for an unbounded side; ``window`` is :meth:`TimeWindow.key`;
``time_start``/``time_end`` are null when the window is not resolved to days;
``subject_basis``, ``group``, ``party`` and ``basis`` are the fact's, ``direction`` and
``form`` its quantity's (a change up, a level...), and ``carried`` says whether its
source was carried from an earlier sentence (null when it has none).
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
