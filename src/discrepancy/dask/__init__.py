"""Extract and compare over article shards with Dask, the workers reading the files.

Needs the ``dask`` extra (``pip install 'discrepancy[dask]'``). Shards are Parquet or
JSON Lines files of rows shaped like :data:`discrepancy.arrow.ARTICLE_SCHEMA` (``id``,
``text``, optional ``outlet``, ``published``, ``url``). Each worker reads its own
shards: shipping article text from the driver was measured slower than running
serially.

* :func:`extract_files`: a lazy Dask DataFrame of facts
  (:data:`discrepancy.arrow.FACT_SCHEMA` columns);
* :func:`extract_to_parquet`: the same, written as Parquet;
* :func:`compare_events`: extract, group the articles into events with
  :func:`discrepancy.cluster`, and compare each event on the workers; a Dask
  DataFrame of :data:`discrepancy.arrow.ROW_SCHEMA` lines.

Work is CPU-bound pure Python, so run it on a ``distributed`` cluster of processes
(``LocalCluster(processes=True, threads_per_worker=1)`` on one machine); the default
threaded scheduler holds the GIL and gains nothing.

This package is named like the ``dask`` package; absolute imports (``import
dask.dataframe``) still load the real one, because Python 3 resolves them from the
top level, never from inside ``discrepancy``.

The shards are found and cut into partitions in :mod:`._shards`; the functions run
on the workers, one partition each, are here.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, cast

from ._shards import Part, Paths, expand, partitions, read_part

if TYPE_CHECKING:
    import dask.dataframe as dd

    from ..arrow._batches import Errors
    from ..models import Policy

__all__ = ["compare_events", "extract_files", "extract_to_parquet", "read_articles"]

# pandas ships no type information this project checks against; frames are Any.
PandasFrame = Any


def _dask() -> Any:
    try:
        import dask.dataframe
        import pyarrow  # noqa: F401 - the shards are Arrow; say so here, not as an arrow error
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            f"discrepancy.dask needs dask and pyarrow: pip install 'discrepancy[dask]' ({exc})"
        ) from exc
    return dask.dataframe


def _pandas() -> Any:
    import importlib

    # Through importlib: pandas ships no type information this project checks.
    return importlib.import_module("pandas")


def read_articles(paths: Paths, *, blocksize: int | None = None) -> dd.DataFrame:
    """A lazy Dask DataFrame of the articles in Parquet or JSON Lines shards.

    Args:
        paths: a file, a folder, a glob, or a list of them (``.parquet``/``.pq``,
            or ``.jsonl``/``.ndjson``/``.json``, optionally gzipped).
        blocksize: bytes per partition (None: one file, one partition); Parquet
            row groups and JSON lines are never split, and JSON Lines partitions
            are at least 256 KiB.

    Returns:
        The :data:`discrepancy.arrow.ARTICLE_SCHEMA` columns present, read by the
        workers when computed.

    Raises:
        ArticleReadError: nothing matches, or a file is missing.
    """
    from ..arrow import ARTICLE_SCHEMA

    ddf = _dask()
    parts = partitions(expand(paths), blocksize)
    return cast(
        "dd.DataFrame",
        ddf.from_map(_articles_part, parts, meta=_meta(ARTICLE_SCHEMA), enforce_metadata=False),
    )


def _articles_part(part: Part) -> PandasFrame:
    pd = _pandas()
    return read_part(part).to_pandas(types_mapper=pd.ArrowDtype)


def _meta(schema: Any) -> PandasFrame:
    pd = _pandas()
    return schema.empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def _extract_part(part: Part, errors: Errors) -> PandasFrame:
    pd = _pandas()
    import pyarrow as pa

    from ..arrow import FACT_SCHEMA, extract_batch

    out = [extract_batch(b, errors=errors) for b in read_part(part).to_batches()]
    return pa.Table.from_batches(out, schema=FACT_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype)


def extract_files(
    paths: Paths, *, blocksize: int | None = None, errors: Errors = "skip"
) -> dd.DataFrame:
    """The facts of every article in the shards, as a lazy Dask DataFrame.

    Args:
        paths: shards as :func:`read_articles` takes them.
        blocksize: bytes per partition, as in :func:`read_articles`.
        errors: ``"skip"`` leaves out articles the library refuses (empty text,
            raw HTML); ``"raise"`` fails the job on the first.

    Returns:
        One line per fact, :data:`discrepancy.arrow.FACT_SCHEMA` columns (Arrow-backed
        pandas dtypes), computed by the workers when asked.
    """
    from ..arrow import FACT_SCHEMA

    ddf = _dask()
    parts = partitions(expand(paths), blocksize)
    return cast(
        "dd.DataFrame",
        ddf.from_map(
            _extract_part, parts, args=(errors,), meta=_meta(FACT_SCHEMA), enforce_metadata=False
        ),
    )


def extract_to_parquet(
    paths: Paths,
    output_dir: str | os.PathLike[str],
    *,
    client: Any = None,
    blocksize: int | None = None,
    errors: Errors = "skip",
) -> None:
    """Extract the facts of the shards and write them as Parquet files, one per partition.

    Args:
        paths: shards as :func:`read_articles` takes them.
        output_dir: the folder to write (created if needed).
        client: a ``distributed.Client`` to run on; None uses Dask's current
            scheduler (the active client, if any).
        blocksize: bytes per partition, as in :func:`read_articles`.
        errors: as in :func:`extract_files`.
    """
    from ..arrow import FACT_SCHEMA

    facts: Any = extract_files(paths, blocksize=blocksize, errors=errors)
    job = facts.to_parquet(
        os.fspath(output_dir), schema=FACT_SCHEMA, write_index=False, compute=False
    )
    _compute(job, client)


def _compute(job: Any, client: Any) -> Any:
    import dask.base

    compute: Any = dask.base.compute
    (result,) = compute(job, scheduler=client) if client is not None else compute(job)
    return result


# --------------------------------------------------------------------------- events


def _signature_part(part: Part, aliases: dict[str, str] | None) -> PandasFrame:
    pd = _pandas()

    from ..arrow._convert import article_from_row, batch_rows
    from ..comparison.cluster import article_doc
    from ..facts.extract import extract

    ids: list[str] = []
    days: list[Any] = []
    features: list[list[str]] = []
    payloads: list[str] = []
    for row in batch_rows(read_part(part)):
        try:
            extraction = extract(article_from_row(*row))
        except _refused():
            continue
        doc = article_doc(extraction, aliases or {})
        ids.append(doc.id)
        days.append(doc.day)
        # Each feature as often as the article has it: the counts weigh the feature.
        features.append([f for f, n in sorted(doc.features.items()) for _ in range(n)])
        payloads.append(extraction.model_dump_json())
    return pd.DataFrame(
        {"article_id": ids, "day": days, "features": features, "extraction": payloads}
    ).astype(_signature_meta().dtypes.to_dict())


def _refused() -> type[Exception]:
    from .._exceptions import DiscrepancyError

    return DiscrepancyError


def _signature_meta() -> PandasFrame:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("article_id", pa.string()),
            ("day", pa.date32()),
            ("features", pa.list_(pa.string())),
            ("extraction", pa.string()),
        ]
    )
    return _meta(schema)


def _compare_partition(pdf: PandasFrame, policy: Policy | None) -> PandasFrame:
    pd = _pandas()
    import pyarrow as pa

    from ..arrow import ROW_SCHEMA, comparison_to_table
    from ..comparison.align import compare
    from ..models import Extraction

    tables = [ROW_SCHEMA.empty_table()]
    for event_id, group in pdf.groupby("event_id", sort=True):
        extractions = [Extraction.model_validate_json(s) for s in group["extraction"]]
        tables.append(comparison_to_table(compare(extractions, policy=policy), int(event_id)))
    return pa.concat_tables(tables).to_pandas(types_mapper=pd.ArrowDtype)


def compare_events(
    paths: Paths,
    *,
    client: Any = None,
    blocksize: int | None = None,
    policy: Policy | None = None,
    min_articles: int = 2,
    aliases: dict[str, str] | None = None,
    **cluster_options: Any,
) -> dd.DataFrame:
    """Extract the shards, group the articles into events, and compare each event.

    Three stages: the workers extract their shards and keep each extraction with a
    small signature (publication day and the clustering features); the driver
    gathers only the signatures and runs :func:`discrepancy.cluster`'s near-linear
    grouping; the extractions are shuffled by event and the workers run
    :func:`discrepancy.compare` per event. Comparing needs the article text (copies,
    statements), so it starts from article shards, not from a facts table.

    Args:
        paths: article shards as :func:`read_articles` takes them.
        client: a ``distributed.Client``; None uses Dask's current scheduler.
        blocksize: bytes per partition, as in :func:`read_articles`.
        policy: passed to :func:`discrepancy.compare`.
        min_articles: events with fewer articles are not compared (a lone article
            has nothing to disagree with).
        aliases: spellings to treat as one name, as in :func:`discrepancy.cluster`.
        **cluster_options: ``threshold`` and ``max_days`` for
            :func:`discrepancy.cluster` (the same grouping, run on the driver over the
            workers' signatures).

    Returns:
        A lazy Dask DataFrame of :data:`discrepancy.arrow.ROW_SCHEMA` lines (one per
        cell), partitioned by event. The extraction stage has already run (its
        results are held by the workers); comparing runs when this is computed.
    """
    from collections import Counter

    import pyarrow as pa

    pd = _pandas()

    from ..arrow import ROW_SCHEMA
    from ..comparison.cluster import _Doc, cluster_docs, validate_options

    ddf = _dask()
    options = validate_options(**cluster_options)
    parts = partitions(expand(paths), blocksize)
    signed = ddf.from_map(
        _signature_part, parts, args=(aliases,), meta=_signature_meta(), enforce_metadata=False
    )
    signed = client.persist(signed) if client is not None else signed.persist()
    sig = _compute(signed[["article_id", "day", "features"]], client)
    docs = [
        _Doc(str(i), None if pd.isna(d) else d, Counter(f))
        for i, d, f in zip(sig["article_id"], sig["day"], sig["features"], strict=True)
    ]
    events = [g for g in cluster_docs(docs, **options) if len(g) >= min_articles]
    members = pd.DataFrame(
        {
            "article_id": pd.array(
                [a for g in events for a in g], dtype=pd.ArrowDtype(pa.string())
            ),
            "event_id": pd.array(
                [n for n, g in enumerate(events) for _ in g], dtype=pd.ArrowDtype(pa.int64())
            ),
        }
    )
    if not events:
        return cast("dd.DataFrame", ddf.from_pandas(_meta(ROW_SCHEMA), npartitions=1))
    tagged = signed[["article_id", "extraction"]].merge(
        ddf.from_pandas(members, npartitions=1), on="article_id", how="inner"
    )
    by_event = tagged.shuffle(on="event_id")
    return by_event.map_partitions(  # type: ignore[no-any-return]
        _compare_partition, policy, meta=_meta(ROW_SCHEMA), enforce_metadata=False
    )
