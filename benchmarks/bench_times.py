"""Benchmark: find_times throughput, against dateparser's search_dates.

Run with ``.venv/bin/python benchmarks/bench_times.py``. The five seed articles are
replicated to about 20 MB and scanned several times (median reported); dateparser
(a benchmark-only comparison, never a dependency of the library) is timed on a
small slice, because it runs at well under 1 MB/s. The script also counts
dateparser's hits on the seeds and how many of them are not date expressions,
using a short hand-checked list.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from machine import state

from discrepancy import load_articles
from discrepancy.mentions.times import find_times

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Hand-checked on the five seeds: what dateparser's search_dates returns that is not
# a date or time-window expression ("we" read as Wednesday, "May" the verb, media
# player clock times, an ordinal, "now", "one-on-one").
NOT_DATES = frozenset(
    {
        "we",
        "now",
        "now, the",
        "now, at",
        "one-on-one",
        "0:00",
        "0:02:36",
        "15:36",
        "24:55",
        "may",
        "19th",
    }
)


def _corpus() -> list[str]:
    return [a.text for a in load_articles(SEEDS)]


def _median_seconds(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (CPU time is steadier on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _dateparser() -> Callable[..., Any] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search: Callable[..., Any] = search_dates
    return search


def main(argv: list[str] | None = None) -> int:
    """Print MB/s for find_times and dateparser, their ratio, and hit counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the big text (MB)")
    parser.add_argument("--repeats", type=int, default=5, help="runs of find_times (median)")
    parser.add_argument("--slice-kb", type=int, default=40, help="dateparser slice (KB)")
    parser.add_argument(
        "--no-dateparser", action="store_true", help="time find_times alone (for A/B runs)"
    )
    args = parser.parse_args(argv)

    print(state())
    texts = _corpus()
    seed_text = "\n\n".join(texts) + "\n\n"
    big = seed_text * max(1, int(args.mb * 1_000_000 / len(seed_text)))
    size_mb = len(big.encode("utf-8")) / 1e6

    mentions = len(find_times(big))
    seconds, cpu = _median_seconds(lambda: find_times(big), args.repeats)
    ours = size_mb / cpu
    print(f"find_times: {size_mb:.1f} MB, {mentions} mentions, median of {args.repeats} runs")
    print(f"find_times: wall {seconds:.2f} s, cpu {cpu:.2f} s -> {ours:.1f} MB/s (cpu)")
    seed_hits = sum(len(find_times(t)) for t in texts)
    print(f"find_times hits on the 5 seeds (no publication date): {seed_hits}")

    if args.no_dateparser:
        print(state())
        return 0
    search = _dateparser()
    if search is None:
        print("dateparser not importable: skipped (.venv/bin/pip install dateparser)")
        print(state())
        return 0
    with warnings.catch_warnings():
        # dateparser emits deprecation warnings from its own dependencies.
        warnings.simplefilter("ignore")
        piece = big[: args.slice_kb * 1000]
        piece_mb = len(piece.encode("utf-8")) / 1e6
        search(piece[:2000], languages=["en"])  # warm its caches outside the timing
        _wall, slow_cpu = _median_seconds(lambda: search(piece, languages=["en"]), 3)
        theirs = piece_mb / slow_cpu
        print(f"dateparser.search_dates: {piece_mb * 1000:.0f} KB slice, cpu {slow_cpu:.2f} s")
        print(f"dateparser.search_dates: {theirs:.3f} MB/s (cpu)")
        print(f"ratio find_times / dateparser: {ours / theirs:.0f}x")

        hits: list[str] = []
        for text in texts:
            found = search(text, languages=["en"]) or []
            hits.extend(surface for surface, _ in found)
    false = [h for h in hits if h.strip().lower() in NOT_DATES]
    print(f"dateparser hits on the 5 seeds: {len(hits)}, not dates: {len(false)}")
    print(f"  not dates: {sorted(set(false))}")
    print(state())
    return 0


if __name__ == "__main__":
    sys.exit(main())
