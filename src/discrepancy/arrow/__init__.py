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

try:
    import pyarrow  # noqa: F401 - imported first, so a missing extra says what to install
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("discrepancy.arrow needs pyarrow: pip install 'discrepancy[arrow]'") from exc

from ._batches import extract_batch, extract_batches
from ._convert import articles_from_batch, comparison_to_table, facts_to_batch, facts_to_table
from ._schemas import ARTICLE_SCHEMA, FACT_DDL, FACT_SCHEMA, ROW_SCHEMA, spark_ddl

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
