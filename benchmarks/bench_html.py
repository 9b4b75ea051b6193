"""The HTML report's cost as the number of articles in one comparison grows.

One comparison of N synthetic articles (benchmarks/gen_corpus.py) is rendered with
:meth:`Comparison.to_html`; the script prints the rows, the time to render, the size of
the page and the peak memory of a second render (tracemalloc), per N::

    python benchmarks/bench_html.py 250 500 1000 2000

With ``--events K``, the same comparison is also put K times on one page of events
(:func:`discrepancy.events_html`, a news day): its time and size against K one-event
pages, which a page of events should match (it is the K pages' pieces under an index).

The extracted comparison is cached under ``benchmarks/out/`` (extraction is not what
is measured here).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import discrepancy

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def comparison(count: int) -> discrepancy.Comparison:
    """One comparison of ``count`` synthetic articles, cached as JSON."""
    cache = OUT / f"html-comparison-{count}.json"
    if cache.exists():
        try:
            return discrepancy.Comparison.model_validate_json(cache.read_bytes())
        except ValueError:  # written by another version of the models: make it again
            cache.unlink()
    sys.path.insert(0, str(HERE))
    from gen_corpus import article_rows

    articles = [
        discrepancy.Article(
            id=r["id"],
            text=r["text"],
            outlet=r["outlet"],
            published=date.fromisoformat(r["published"]) if r["published"] else None,
        )
        for r in article_rows(count)
    ]
    result = discrepancy.compare([discrepancy.extract(a) for a in articles])
    OUT.mkdir(exist_ok=True)
    cache.write_text(result.model_dump_json(), encoding="utf-8")
    return result


def measure(count: int) -> tuple[int, float, int, int]:
    """Rows, seconds to render, bytes of HTML, peak bytes allocated while rendering."""
    cmp = comparison(count)
    start = time.perf_counter()
    page = cmp.to_html()
    seconds = time.perf_counter() - start
    del page
    # A second render under tracemalloc for the peak (tracing slows it several times).
    tracemalloc.start()
    page = cmp.to_html()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(cmp.rows), seconds, len(page.encode("utf-8")), peak


def measure_events(count: int, events: int) -> tuple[float, float, int, int]:
    """Seconds for ``events`` one-event pages and for one page of them all, and the
    bytes of each (the one-event pages summed)."""
    cmp = comparison(count)
    start = time.process_time()
    pages = sum(len(cmp.to_html().encode("utf-8")) for _ in range(events))
    alone = time.process_time() - start
    start = time.process_time()
    day = discrepancy.events_html([cmp] * events)
    together = time.process_time() - start
    return alone, together, pages, len(day.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[250, 500, 1000, 2000])
    parser.add_argument("--events", type=int, default=0, help="also time a page of K events")
    args = parser.parse_args()
    print("| articles | rows | render s | page MB | peak MB |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in args.counts:
        rows, seconds, size, peak = measure(n)
        print(f"| {n:,} | {rows:,} | {seconds:.2f} | {size / 1e6:.1f} | {peak / 1e6:.0f} |")
    if args.events:
        k = args.events
        print(
            f"\n| articles per event | {k} pages, CPU s | one page of {k} events, CPU s "
            "| pages MB | page of events MB |"
        )
        print("| ---: | ---: | ---: | ---: | ---: |")
        for n in args.counts:
            alone, together, pages, day = measure_events(n, k)
            print(f"| {n:,} | {alone:.2f} | {together:.2f} | {pages / 1e6:.1f} | {day / 1e6:.1f} |")


if __name__ == "__main__":
    main()
