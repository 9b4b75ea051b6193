"""Throughput of :func:`discrepancy.extract`, end to end, on the seed articles.

Usage::

    python benchmarks/bench_extract.py [--mb 20] [--runs 5]

The five seed articles are loaded once and replicated (as distinct Article
objects) until the corpus holds about ``--mb`` megabytes of text; every run
extracts facts from every article on one core. Reports the median throughput in
MB/s over ``--runs`` runs, in CPU time (``time.process_time``, the figure to quote:
the machine is shared, so wall time depends on the load) and in wall time, plus
facts per second of CPU time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from machine import state

from discrepancy import Article, extract, load_article

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> list[Article]:
    """The seeds replicated to about ``megabytes`` of text, as separate articles."""
    seeds = [load_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    size = sum(len(a.text.encode("utf-8")) for a in seeds)
    copies = max(1, round(megabytes * 1_000_000 / size))
    return [a.model_copy(update={"id": f"{a.id}-{i}"}) for i in range(copies) for a in seeds]


def run(articles: Sequence[Article]) -> tuple[float, float, int]:
    """CPU and wall seconds to extract every article, and the number of facts found."""
    cpu, wall = time.process_time(), time.perf_counter()
    facts = 0
    for article in articles:
        facts += len(extract(article).facts)
    return time.process_time() - cpu, time.perf_counter() - wall, facts


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="extract() throughput on the seeds")
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    args = parser.parse_args(argv)
    print(state())
    articles = corpus(args.mb)
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1_000_000
    run(articles[:10])  # warm-up: vocabularies and patterns load once
    cpu_times, wall_times = [], []
    facts = 0
    for _ in range(args.runs):
        cpu, wall, facts = run(articles)
        cpu_times.append(cpu)
        wall_times.append(wall)
    cpu = statistics.median(cpu_times)
    wall = statistics.median(wall_times)
    print(
        f"{len(articles)} articles, {megabytes:.1f} MB, median of {args.runs} runs: "
        f"CPU {cpu:.2f} s = {megabytes / cpu:.2f} MB/s, {facts / cpu:,.0f} facts/s; "
        f"wall {wall:.2f} s = {megabytes / wall:.2f} MB/s"
    )
    print(state())
    return 0


if __name__ == "__main__":
    sys.exit(main())
