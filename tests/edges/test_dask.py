"""Extract and compare over shards with Dask (:mod:`discrepancy.dask`).

The tests named ``test_local_cluster_*`` start a two-process ``distributed``
LocalCluster (a few seconds); deselect them with ``-k "not local_cluster"``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import discrepancy  # noqa: E402 - after the importorskips above, on purpose
from discrepancy.arrow import ARTICLE_SCHEMA, FACT_SCHEMA, facts_to_table  # noqa: E402
from discrepancy.dask import (  # noqa: E402
    compare_events,
    extract_files,
    extract_to_parquet,
    read_articles,
)
from discrepancy.dask._shards import _line_range  # noqa: E402
from discrepancy.dask._shards import partitions as _parts  # noqa: E402
from tests.helpers import SEEDS  # noqa: E402

# Invented coverage of two unrelated stories, to sit beside the seeds' one story.
FLOOD = (
    "Floodwater swept through Tewkesbury on Tuesday after the River Severn burst its "
    "banks, the Environment Agency said. About 300 homes were evacuated.",
    "In Tewkesbury, residents were moved to the abbey as the Severn rose. The "
    "Environment Agency said nearly 300 homes had been evacuated.",
    "Gloucestershire police said 12 people were rescued from cars near Tewkesbury, "
    "where the Severn peaked overnight and more than 250 homes were evacuated.",
)
TRANSFER = (
    "Bayern Munich have signed the Lyon striker Karim Okafor, the Bundesliga club said.",
    "Okafor passed his medical in Munich before joining Bayern, Lyon confirmed.",
)


def _rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"id": p.stem[:3], "text": p.read_text("utf-8")} for p in sorted(SEEDS.glob("*.txt"))
    ]
    rows += [
        {"id": f"flood{n}", "text": t, "published": "2025-03-04", "outlet": f"Outlet {n}"}
        for n, t in enumerate(FLOOD, start=1)
    ]
    rows += [{"id": f"transfer{n}", "text": t} for n, t in enumerate(TRANSFER, start=1)]
    return rows


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same ten articles as two Parquet shards and as two JSON Lines shards."""
    root = tmp_path_factory.mktemp("shards")
    rows = _rows()
    halves = [rows[::2], rows[1::2]]
    (root / "parquet").mkdir()
    (root / "jsonl").mkdir()
    for n, half in enumerate(halves):
        table = pa.Table.from_pylist(half, schema=ARTICLE_SCHEMA)
        pq.write_table(table, root / "parquet" / f"part-{n}.parquet", row_group_size=2)
        with (root / "jsonl" / f"part-{n}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in half)
    return {"parquet": root / "parquet", "jsonl": root / "jsonl"}


# --------------------------------------------------------------------------- the name


def test_module_name_does_not_shadow_dask() -> None:
    code = (
        "import discrepancy.dask, dask, dask.dataframe, sys\n"
        "print('discrepancy' in dask.__file__, 'discrepancy' in dask.dataframe.__file__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- partitions


@pytest.mark.parametrize("blocksize", [1, 7, 40, 41, 100, 10_000, None])
def test_jsonl_blocks_hold_every_line_once(tmp_path: Path, blocksize: int | None) -> None:
    lines = [json.dumps({"id": f"a{n}", "text": "é" * n}) + "\n" for n in range(9)]
    path = tmp_path / "x.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    parts = _parts([str(path)], blocksize, floor=1)
    got = b"".join(_line_range(*p) for p in parts)
    assert got.decode("utf-8") == "".join(lines)


def test_parquet_blocks_keep_row_groups_whole(shards: dict[str, Path]) -> None:
    files = sorted(str(p) for p in shards["parquet"].glob("*.parquet"))
    assert _parts(files, None) == [(files[0], 0, 3), (files[1], 0, 3)]  # 5 rows, groups of 2
    assert _parts(files, 1) == [(f, g, g + 1) for f in files for g in range(3)]


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_read_articles(shards: dict[str, Path], fmt: str) -> None:
    lazy: Any = read_articles(shards[fmt], blocksize=1)
    frame = lazy.compute(scheduler="sync")
    assert sorted(frame["id"]) == sorted(r["id"] for r in _rows())
    flood = frame[frame["id"] == "flood2"].iloc[0]
    assert (flood["published"], flood["outlet"]) == ("2025-03-04", "Outlet 2")


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        pytest.param("/nonexistent/*.parquet", "no article shards", id="empty-glob"),
        pytest.param(["/nonexistent/x.parquet"], "not found", id="missing-file"),
    ],
)
def test_bad_paths(paths: Any, message: str) -> None:
    with pytest.raises(discrepancy.ArticleReadError, match=message):
        read_articles(paths)


# --------------------------------------------------------------------------- on a cluster


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes, one thread each, torn down cleanly at the end."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _local_extractions() -> list[discrepancy.Extraction]:
    return [
        discrepancy.extract(a)
        for a in _articles_as_the_batch_path_reads_them(_rows())
    ]  # fmt: skip


def _articles_as_the_batch_path_reads_them(rows: list[dict[str, Any]]) -> Iterator[Any]:
    from discrepancy.arrow import articles_from_batch

    return articles_from_batch(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA))


def _key(table: Any) -> list[tuple[str, int, int, str]]:
    return sorted(
        zip(
            table.column("article_id").to_pylist(),
            table.column("start").to_pylist(),
            table.column("end").to_pylist(),
            table.column("surface").to_pylist(),
            strict=True,
        )
    )


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_local_cluster_extract_files(client: Any, shards: dict[str, Path], fmt: str) -> None:
    lazy: Any = extract_files(shards[fmt], blocksize=1)
    facts = lazy.compute(scheduler=client)
    table = pa.Table.from_pandas(facts, preserve_index=False).cast(FACT_SCHEMA)
    assert _key(table) == _key(facts_to_table(_local_extractions()))


def test_local_cluster_extract_to_parquet(
    client: Any, shards: dict[str, Path], tmp_path: Path
) -> None:
    extract_to_parquet(shards["parquet"], tmp_path / "facts", client=client)
    table = pq.read_table(tmp_path / "facts")
    assert table.schema.remove_metadata() == FACT_SCHEMA.remove_metadata()
    assert _key(table) == _key(facts_to_table(_local_extractions()))


def test_local_cluster_compare_events(client: Any, shards: dict[str, Path]) -> None:
    lazy: Any = compare_events(shards["jsonl"], client=client)
    rows = lazy.compute(scheduler=client)
    events = rows.groupby("event_id")["article_id"].agg(lambda s: sorted(set(s)))
    # The five seeds tell one story, the flood reports another; the transfer
    # articles have no figures to compare, so they add no rows.
    assert sorted(events.tolist()) == [
        ["000", "001", "002", "003", "004"],
        ["flood1", "flood2", "flood3"],
    ]
    seeds = rows[rows["event_id"] == rows[rows["article_id"] == "000"]["event_id"].iloc[0]]
    local = discrepancy.compare(_local_extractions()[:5])
    expected = sorted((r.key.subject, r.key.window, r.verdict.value) for r in local.rows)
    got = sorted(set(zip(seeds["subject"], seeds["window"], seeds["verdict"], strict=True)))
    assert got == sorted(set(expected))


@pytest.mark.parametrize("options", [{}, {"threshold": 0.5}, {"max_days": 0}])
def test_local_cluster_groups_as_cluster_does(
    client: Any, shards: dict[str, Path], options: dict[str, Any]
) -> None:
    # The events compared on the cluster are exactly discrepancy.cluster's groups of
    # the same extractions (the signatures carry the features with their counts).
    lazy: Any = compare_events(shards["parquet"], client=client, **options)
    rows = lazy.compute(scheduler=client)
    got = sorted(sorted(set(g)) for g in rows.groupby("event_id")["article_id"].agg(list))
    local = {e.article.id: e for e in _local_extractions()}
    # Events whose comparison has no row (no figure shared) leave no line behind.
    expected = [
        g
        for g in discrepancy.cluster(list(local.values()), **options)
        if len(g) > 1 and discrepancy.compare([local[i] for i in g]).rows
    ]
    assert got == sorted(expected)
    assert len(got) >= 1
