"""Scale benchmarks: import cost, first call, throughput, flat memory, peers.

Run from the repository root (the corpus is generated on first use, streamed to
``benchmarks/out/corpus``, git-ignored)::

    python benchmarks/bench_scale.py                       # everything, default sizes
    python benchmarks/bench_scale.py --sizes 2000 10000    # quicker
    python benchmarks/bench_scale.py --only import peers

Each measurement that must start cold (import time, first call, peak memory at one
corpus size) runs in a fresh interpreter, so one measurement cannot warm another.
Results print as Markdown and are saved to ``benchmarks/out/scale.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SEED = ROOT / "seeds" / "004_05332f3da528a3c4.txt"

Result = dict[str, Any]


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout


def _median_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _python(code)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --------------------------------------------------------------------------- cold start


def bench_import(runs: int = 9) -> Result:
    """``import discrepancy`` cost: wall time over bare start-up, and -X importtime."""
    bare = _median_ms("pass", runs)
    wall = _median_ms("import discrepancy", runs)
    cumulative = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import discrepancy"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        for line in done.stderr.splitlines():
            m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| discrepancy$", line)
            if m:
                cumulative.append(int(m.group(1)) / 1000)
    heavy = _python(
        "import sys, discrepancy; print(sorted(m for m in ('pint', 'pyarrow', 'dask', "
        "'pandas', 'trafilatura', 'pydantic') if m in sys.modules))"
    ).strip()
    return {
        "bare_interpreter_ms": round(bare, 1),
        "import_wall_ms": round(wall, 1),
        "import_over_bare_ms": round(wall - bare, 1),
        "importtime_cumulative_ms": round(statistics.median(cumulative), 1),
        "heavy_modules_loaded": heavy,
    }


def bench_first_call(runs: int = 5) -> Result:
    """Import plus the first ``extract()`` in a fresh process, then a warm call."""
    code = (
        "import time; t0 = time.perf_counter(); import discrepancy; "
        f"text = open({str(SEED)!r}, encoding='utf-8').read(); "
        "a = discrepancy.Article.from_raw(text, id='x'); t1 = time.perf_counter(); "
        "discrepancy.extract(a); t2 = time.perf_counter(); discrepancy.extract(a); "
        "t3 = time.perf_counter(); print(t1 - t0, t2 - t1, t3 - t2)"
    )
    rows = [[float(x) * 1000 for x in _python(code).split()] for _ in range(runs)]
    return {
        "import_and_read_ms": round(statistics.median(r[0] for r in rows), 1),
        "first_extract_ms": round(statistics.median(r[1] for r in rows), 1),
        "warm_extract_ms": round(statistics.median(r[2] for r in rows), 1),
    }


# --------------------------------------------------------------------------- corpus


def corpus(count: int) -> list[Path]:
    """The shards of the benchmark corpus, generated (streamed) on first use."""
    folder = OUT / "corpus"
    files = sorted(folder.glob("*.parquet"))
    have = sum(_rows_in(f) for f in files)
    if have < count:
        sys.path.insert(0, str(HERE))
        from gen_corpus import write_corpus

        for f in files:
            f.unlink()
        print(f"generating {count} synthetic articles under {folder} ...", file=sys.stderr)
        files = write_corpus(folder, count, shard_size=5000)
    return files


def _rows_in(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _batches(files: list[Path], limit: int, size: int = 500) -> Iterator[Any]:
    import pyarrow.parquet as pq

    left = limit
    for f in files:
        for batch in pq.ParquetFile(f).iter_batches(batch_size=size):
            if left <= 0:
                return
            batch = batch.slice(0, left)
            left -= batch.num_rows
            yield batch


def serial_child(limit: int) -> None:
    """In a fresh process: stream ``limit`` articles through extract, report rate and RSS."""
    from discrepancy.arrow import extract_batch

    files = sorted((OUT / "corpus").glob("*.parquet"))
    articles = facts = 0
    start = time.perf_counter()
    for batch in _batches(files, limit):
        facts += extract_batch(batch, errors="skip").num_rows
        articles += batch.num_rows
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": articles, "facts": facts, "seconds": seconds, "kib": peak_kib}))


def bench_serial(sizes: list[int]) -> list[Result]:
    """Single-process throughput and peak RSS at each corpus size, each in a fresh process."""
    out = []
    for n in sizes:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--serial-child", str(n)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        out.append(
            {
                "articles": r["articles"],
                "facts": r["facts"],
                "seconds": round(r["seconds"], 1),
                "articles_per_s": round(r["articles"] / r["seconds"], 1),
                "peak_rss_mib": round(r["kib"] / 1024, 1),
            }
        )
    return out


def bench_dask(limit: int, workers: int) -> Result:
    """Throughput of :func:`discrepancy.dask.extract_files` on a local process cluster."""
    import warnings

    import distributed

    from discrepancy.dask import extract_files

    cluster_type: Any = distributed.LocalCluster
    client_type: Any = distributed.Client
    files = corpus(limit)
    take, count = [], 0
    for f in files:
        if count >= limit:
            break
        take.append(str(f))
        count += _rows_in(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # start-up chatter of distributed is not measured
        with (
            cluster_type(
                n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            client_type(cluster) as client,
        ):
            client.run(lambda: __import__("discrepancy.facts.extract"))  # warm the workers' imports
            start = time.perf_counter()
            facts: Any = extract_files(take, blocksize=8 << 20)
            n = len(facts.compute(scheduler=client))
            seconds = time.perf_counter() - start
    return {
        "workers": workers,
        "articles": count,
        "facts": n,
        "seconds": round(seconds, 1),
        "articles_per_s": round(count / seconds, 1),
    }


def bench_cluster(limit: int) -> Result:
    """Time of :func:`discrepancy.cluster` over article texts, with its grouping quality."""
    import discrepancy

    files = corpus(limit)
    arts, truth = [], {}
    for batch in _batches(files, limit):
        cols = batch.to_pydict()
        for i, text, day, ev in zip(
            cols["id"], cols["text"], cols["published"], cols["true_event"], strict=True
        ):
            arts.append(discrepancy.Article(id=i, text=text, published=day))
            truth[i] = ev
    start = time.perf_counter()
    groups = discrepancy.cluster(arts)
    seconds = time.perf_counter() - start
    from collections import Counter, defaultdict

    purity = sum(Counter(truth[a] for a in g).most_common(1)[0][1] for g in groups)
    where = {a: n for n, g in enumerate(groups) for a in g}
    by_event: defaultdict[int, list[int]] = defaultdict(list)
    for a, ev in truth.items():
        by_event[ev].append(where[a])
    complete = sum(Counter(v).most_common(1)[0][1] for v in by_event.values())
    return {
        "articles": len(arts),
        "seconds": round(seconds, 2),
        "true_events": len(by_event),
        "groups": len(groups),
        "purity": round(purity / len(arts), 4),
        "completeness": round(complete / len(arts), 4),
    }


# --------------------------------------------------------------------------- peers


def _time_per_article(fn: Callable[[str], object], texts: list[str]) -> float:
    fn(texts[0])  # load models and caches outside the timing
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return (time.perf_counter() - start) / len(texts) * 1000


def bench_peers(sample: int) -> Result:
    """Per-article time of the tools a user would otherwise pick, on the same texts."""
    import discrepancy

    texts = [b.column("text").to_pylist() for b in _batches(corpus(sample), sample)]
    flat = [t for chunk in texts for t in chunk][:sample]
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    results: Result = {"articles": len(flat)}
    ours: dict[str, Callable[[str], object]] = {
        "discrepancy.extract": lambda t: discrepancy.extract(
            discrepancy.Article.from_raw(t, id="x")
        ),
        "discrepancy.find_quantities": discrepancy.find_quantities,
        "discrepancy.find_times": discrepancy.find_times,
    }
    peers: dict[str, Callable[[str], object]] = {}
    notes = []
    try:
        from quantulum3 import parser as q3

        peers["quantulum3.parse"] = q3.parse
    except ImportError:
        notes.append("quantulum3 not installed: pip install quantulum3")
    try:
        from dateparser.search import search_dates

        peers["dateparser.search_dates"] = lambda t: search_dates(t, languages=["en"])
    except ImportError:
        notes.append("dateparser not installed: pip install dateparser")
    try:
        import importlib

        spacy: Any = importlib.import_module("spacy")
        nlp: Any = spacy.load("en_core_web_sm")
        peers["spacy en_core_web_sm"] = nlp
    except (ImportError, OSError):
        notes.append(
            "spaCy's en_core_web_sm skipped: the model is not published on PyPI under "
            "that name (only unofficial mirrors) and the model hub is unreachable here"
        )
    timings: dict[str, dict[str, float]] = {}
    for name, fn in {**ours, **peers}.items():
        timings[name] = {
            "synthetic_ms": round(_time_per_article(fn, flat), 3),
            "seeds_ms": round(_time_per_article(fn, seeds * 4), 3),
        }
    base = timings["discrepancy.extract"]
    for row in timings.values():
        row["ratio_to_extract"] = round(row["synthetic_ms"] / base["synthetic_ms"], 2)
    results["timings"] = timings
    results["notes"] = notes
    return results


def bench_jobs(count: int) -> Result:
    """MB/s of :func:`discrepancy.extract_many` on one core and on every core, and of
    quantulum3 (if installed) on a sample of the same texts, in the same run."""
    import discrepancy
    from discrepancy.facts.many import default_jobs

    sys.path.insert(0, str(HERE))
    from machine import reference_seconds

    texts = [t for b in _batches(corpus(count), count) for t in b.column("text").to_pylist()]
    articles = [discrepancy.Article.from_raw(t, id=f"a{n}") for n, t in enumerate(texts)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    discrepancy.extract(articles[0])  # vocabularies loaded before any timing
    loop = [reference_seconds()]
    out: Result = {"articles": len(articles), "mb": round(mb, 2)}
    for jobs in sorted({1, 2, default_jobs()}):
        start = time.perf_counter()
        discrepancy.extract_many(articles, jobs=jobs)
        seconds = time.perf_counter() - start
        out[f"jobs_{jobs}_mb_s"] = round(mb / seconds, 2)
    try:
        from quantulum3 import parser as q3

        sample = texts[: max(1, len(texts) // 20)]
        start = time.perf_counter()
        for t in sample:
            q3.parse(t)
        seconds = time.perf_counter() - start
        out["quantulum3_mb_s"] = round(
            sum(len(t.encode("utf-8")) for t in sample) / 1e6 / seconds, 3
        )
    except ImportError:
        out["quantulum3_mb_s"] = None
    loop.append(reference_seconds())
    out["reference_loop_s"] = [round(x, 3) for x in loop]
    out["load_average"] = [round(x, 1) for x in os.getloadavg()]
    return out


# --------------------------------------------------------------------------- report


def markdown(res: Result) -> str:
    lines = [f"Machine: {res['machine']}", ""]
    if "import" in res:
        i = res["import"]
        lines += [
            "| import discrepancy | ms |",
            "| --- | --- |",
            f"| bare interpreter start | {i['bare_interpreter_ms']} |",
            f"| `python -c 'import discrepancy'` | {i['import_wall_ms']} |",
            f"| cost of the import (difference) | {i['import_over_bare_ms']} |",
            f"| `-X importtime` cumulative, discrepancy | {i['importtime_cumulative_ms']} |",
            f"| heavy modules loaded by the import | {i['heavy_modules_loaded']} |",
            "",
        ]
    if "first_call" in res:
        f = res["first_call"]
        lines += [
            "| first call, fresh process | ms |",
            "| --- | --- |",
            f"| import + read one seed article | {f['import_and_read_ms']} |",
            f"| first `extract()` (vocabularies, regexes) | {f['first_extract_ms']} |",
            f"| second `extract()` of the same article | {f['warm_extract_ms']} |",
            "",
        ]
    if "serial" in res:
        lines += [
            "| serial: articles | facts | seconds | articles/s | peak RSS MiB |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {r['articles']} | {r['facts']} | {r['seconds']} | {r['articles_per_s']} | "
            f"{r['peak_rss_mib']} |"
            for r in res["serial"]
        ]
        lines.append("")
    if "dask" in res:
        d = res["dask"]
        lines += [
            "| dask: workers | articles | facts | seconds | articles/s |",
            "| --- | --- | --- | --- | --- |",
            f"| {d['workers']} | {d['articles']} | {d['facts']} | {d['seconds']} | "
            f"{d['articles_per_s']} |",
            "",
        ]
    if "cluster" in res:
        c = res["cluster"]
        lines += [
            "| cluster: articles | seconds | true events | groups | purity | completeness |",
            "| --- | --- | --- | --- | --- | --- |",
            f"| {c['articles']} | {c['seconds']} | {c['true_events']} | {c['groups']} | "
            f"{c['purity']} | {c['completeness']} |",
            "",
        ]
    if "jobs" in res:
        j = res["jobs"]
        lines += [
            f"extract_many, {j['articles']} articles ({j['mb']} MB), wall MB/s: "
            + ", ".join(f"{k}={v}" for k, v in j.items() if k.endswith("_mb_s"))
            + f"; reference loop {j['reference_loop_s']} s, load {j['load_average']}",
            "",
        ]
    if "peers" in res:
        p = res["peers"]
        lines += [
            f"| per article ({p['articles']} synthetic; seeds x4) | synthetic ms | seeds ms "
            "| x extract |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {name} | {t['synthetic_ms']} | {t['seeds_ms']} | {t['ratio_to_extract']} |"
            for name, t in p["timings"].items()
        ]
        lines += [f"\n{n}" for n in p["notes"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--dask-articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cluster-articles", type=int, default=20_000)
    parser.add_argument("--peers-sample", type=int, default=300)
    parser.add_argument("--jobs-articles", type=int, default=2_000)
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("import", "first_call", "serial", "dask", "cluster", "peers", "jobs"),
        default=None,
    )
    parser.add_argument("--serial-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serial_child:
        serial_child(args.serial_child)
        return
    want = set(args.only or ("import", "first_call", "serial", "dask", "cluster", "peers", "jobs"))
    res: Result = {
        "machine": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}"
    }
    if "import" in want:
        res["import"] = bench_import()
    if "first_call" in want:
        res["first_call"] = bench_first_call()
    if "serial" in want:
        corpus(max(args.sizes))
        res["serial"] = bench_serial(args.sizes)
    if "dask" in want:
        res["dask"] = bench_dask(args.dask_articles, args.workers)
    if "cluster" in want:
        res["cluster"] = bench_cluster(args.cluster_articles)
    if "peers" in want:
        res["peers"] = bench_peers(args.peers_sample)
    if "jobs" in want:
        res["jobs"] = bench_jobs(args.jobs_articles)
    OUT.mkdir(exist_ok=True)
    (OUT / "scale.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(markdown(res))


if __name__ == "__main__":
    main()
