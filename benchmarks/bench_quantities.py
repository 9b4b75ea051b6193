"""Throughput of :func:`discrepancy.find_quantities` and of the scan behind ``extract()``
(:func:`discrepancy.mentions.quantities.scan`), and quantulum3 on the same text.

Run from the repository root::

    .venv/bin/python benchmarks/bench_quantities.py [--mb 20] [--repeats 5] [--slice-mb 2]
        [--corpus seeds|fixtures|all]

It replicates the five seed articles (or the fixture articles, or both) to about
``--mb`` MB, times ``find_quantities`` and ``scan`` over the whole corpus (median of
``--repeats`` runs each, CPU and wall seconds), then
times quantulum3's ``parser.parse`` article by article on the first ``--slice-mb`` MB
of the same corpus, and prints the speed ratio. quantulum3 is a benchmark-only tool,
never a dependency of the library; it is skipped with a message when it cannot be
imported. quantulum3's time grows faster than its input, so it is fed one article
at a time (as an application would) and stops at ``--budget`` CPU seconds; the MB/s
it reports is over the text it actually read.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from machine import state

from discrepancy import find_quantities
from discrepancy.mentions.quantities import scan

ROOT = Path(__file__).resolve().parent.parent
SEPARATOR = "\n\n"


CORPORA = {"seeds": ("seeds",), "fixtures": ("fixtures",), "all": ("seeds", "fixtures")}


def seed_articles(folders: tuple[str, ...] = ("seeds",)) -> list[str]:
    """The article texts under ``folders`` (the seeds by default), in file order."""
    return [
        p.read_text(encoding="utf-8")
        for folder in folders
        for p in sorted((ROOT / folder).rglob("*.txt"))
    ]


def corpus(megabytes: float, folders: tuple[str, ...] = ("seeds",)) -> list[str]:
    """The articles under ``folders`` repeated until they hold about ``megabytes`` MB."""
    articles = seed_articles(folders)
    size = sum(len(a) + len(SEPARATOR) for a in articles)
    copies = max(1, round(megabytes * 1_000_000 / size))
    return articles * copies


def timed(func: Callable[[], object]) -> tuple[float, float]:
    """``(cpu_seconds, wall_seconds)`` of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    func()
    return time.process_time() - cpu, time.perf_counter() - wall


def bench_find_quantities(
    text: str, repeats: int, func: Callable[[str], object] = find_quantities
) -> tuple[float, float, int]:
    """Median CPU and wall seconds of ``func(text)`` (``find_quantities`` by default),
    and the number of quantities found."""
    find_quantities(text[:100_000])  # warm the vocabulary and regexes
    runs = [timed(lambda: func(text)) for _ in range(repeats)]
    hits = len(find_quantities(text))
    cpu = statistics.median(r[0] for r in runs)
    wall = statistics.median(r[1] for r in runs)
    return cpu, wall, hits


def bench_quantulum(articles: list[str], budget: float) -> tuple[float, int, int, int] | None:
    """CPU seconds, characters read, articles read and hits of quantulum3, or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception as exc:  # any import failure means "not available here"
        print(f"quantulum3: skipped ({type(exc).__name__}: {exc})")
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(articles[0][:2000])  # load its unit and entity tables first
        cpu = 0.0
        chars = hits = count = 0
        for article in articles:
            started = time.process_time()
            hits += len(parser.parse(article))
            cpu += time.process_time() - started
            chars += len(article) + len(SEPARATOR)
            count += 1
            if cpu > budget:
                break
    return cpu, chars, count, hits


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    args.add_argument("--repeats", type=int, default=5, help="find_quantities runs")
    args.add_argument("--slice-mb", type=float, default=2.0, help="quantulum3 slice in MB")
    args.add_argument("--budget", type=float, default=120.0, help="quantulum3 CPU budget (s)")
    args.add_argument("--corpus", choices=sorted(CORPORA), default="seeds", help="articles")
    opts = args.parse_args(argv)

    print(state())
    articles = corpus(opts.mb, CORPORA[opts.corpus])
    text = SEPARATOR.join(articles)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"corpus: {mb:.1f} MB, {len(articles):,} articles ({opts.corpus} replicated)")
    cpus: dict[str, float] = {}
    for name, func in (("find_quantities", find_quantities), ("scan", scan)):
        cpu, wall, hits = bench_find_quantities(text, opts.repeats, func)
        cpus[name] = cpu
        print(
            f"{name}: {hits:,} quantities; median of {opts.repeats}: "
            f"{cpu:.2f} s CPU ({mb / cpu:.1f} MB/s, {len(articles) / cpu:,.0f} articles/s), "
            f"{wall:.2f} s wall ({mb / wall:.1f} MB/s)"
        )

    sliced: list[str] = []
    size = 0
    for article in articles:
        if size >= opts.slice_mb * 1_000_000:
            break
        sliced.append(article)
        size += len(article) + len(SEPARATOR)
    result = bench_quantulum(sliced, opts.budget)
    if result is None:
        print(state())
        return
    q_cpu, q_chars, q_articles, q_hits = result
    q_mb = q_chars / 1e6
    q_rate = q_mb / q_cpu
    note = "" if q_articles == len(sliced) else f" (stopped at the {opts.budget:.0f} s budget)"
    print(
        f"quantulum3 parser.parse, one article per call: {q_articles:,} articles, "
        f"{q_mb:.2f} MB{note}, {q_hits:,} quantities, {q_cpu:.2f} s CPU ({q_rate:.3f} MB/s)"
    )
    ratio = mb / cpus["find_quantities"] / q_rate
    print(f"ratio (CPU throughput): find_quantities is {ratio:,.0f}x quantulum3")
    print(state())


if __name__ == "__main__":
    main()
