"""Benchmark compare(): near-linear growth with the number of facts, no all-pairs alignment.

Two measurements on synthetic extractions (built directly, so extraction time is not
counted):

1. one event, 10 to 1,280 articles with 12 facts each: time per fact should stay flat;
2. 10,000 extractions spread over 1,000 events, compared event by event (corpus mode),
   the way a news day is processed.

3. (``--story``) one story told by 1,500 and 6,000 articles made from real text: each
   article is eight sentences drawn from the outlets of one devset event (so no two
   are copies), plus 300 verbatim copies of one article; time, traced peak memory,
   rows and copy groups.

Run: ``python benchmarks/bench_compare.py`` (``--quick`` for a smaller run). Times are
CPU seconds of this process (``time.process_time``), so a busy machine inflates them less.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import discrepancy
from discrepancy import (
    Article,
    Attribution,
    Extraction,
    Fact,
    Granularity,
    Interval,
    Qualifier,
    Quantity,
    TimeBasis,
    TimeWindow,
    compare,
)

SUBJECTS = [
    ("drone", "launched"),
    ("missile", "launched"),
    ("drone", "intercepted"),
    ("death", "killed"),
    ("injured", "injured"),
    ("arrest", "arrested"),
    ("person", "attended"),
    ("building", "destroyed"),
    ("region", "hit"),
    ("missing", "missing"),
    ("evacuee", "evacuated"),
    ("home", "destroyed"),
]
SOURCES = ["police", "officials", "the air force", None]
WORDS = [
    *("the", "of", "and", "in", "to", "a", "said", "on", "for", "with"),
    *("at", "by", "from", "as", "officials", "reported", "city"),
]


def synthetic_event(rng: random.Random, event: int, n_articles: int, day: date) -> list[Extraction]:
    window = TimeWindow(start=day, end=day + timedelta(days=1), granularity=Granularity.NIGHT)
    truth = {s: rng.randint(5, 2_000) for s in SUBJECTS}
    out = []
    for a in range(n_articles):
        text = " ".join(rng.choice(WORDS) for _ in range(400)) + f" event {event} article {a}"
        facts = []
        for i, (subject, verb) in enumerate(SUBJECTS):
            value = truth[(subject, verb)] + rng.choice([0, 0, 0, 1, -1, 10])
            surface = f"{value:,}"
            span = (i * 30, i * 30 + len(surface))
            qualifier = rng.choice([Qualifier.EXACT, Qualifier.EXACT, Qualifier.AT_LEAST])
            interval = (
                Interval.point(value) if qualifier is Qualifier.EXACT else Interval(low=value)
            )
            source = rng.choice(SOURCES)
            facts.append(
                Fact(
                    span=span,
                    surface=surface,
                    sentence_span=span,
                    quantity=Quantity(
                        span=span,
                        surface=surface,
                        nominal=value,
                        value=interval,
                        qualifier=qualifier,
                    ),
                    subject=subject,
                    event=verb,
                    location=f"Place{event}",
                    time=window,
                    time_basis=TimeBasis.STATED,
                    attribution=None if source is None else Attribution(source=source),
                )
            )
        published = day + timedelta(days=1)
        out.append(
            Extraction(
                article=Article(id=f"e{event}-a{a}", text=text, published=published),
                facts=tuple(facts),
            )
        )
    return out


STORY = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "devset"
    / "articles"
    / "ukraine-air-attack-2023-12-29"
)


def one_story(n: int, folder: Path = STORY, seed: int = 3) -> list[Article]:
    """``n`` articles of one story: each eight sentences drawn from its outlets."""
    rng = random.Random(seed)
    base = discrepancy.load_articles(folder)
    pool = [s for a in base for s in re.split(r"(?<=[.!?])\s+", a.text) if len(s) > 30]
    return [
        Article(
            id=f"s{k:05d}",
            text=f"Report {k}.\n" + " ".join(rng.sample(pool, 8)),
            published=rng.choice(base).published,
        )
        for k in range(n)
    ]


def bench_story(sizes: list[int]) -> None:
    print("\n3. one story told by many articles (real sentences, extracted on every core)")
    articles = one_story(max(sizes))
    extractions = discrepancy.extract_many(articles)
    copies = [
        e.model_copy(update={"article": e.article.model_copy(update={"id": f"copy{k:03d}"})})
        for k, e in enumerate([extractions[0]] * 300)
    ]
    print(f"{'articles':>9} {'seconds':>9} {'peak MiB':>9} {'rows':>6} {'copy groups':>12}")
    for n in sizes:
        for label, items in ((f"{n}", extractions[:n]), (f"{n}+300", extractions[:n] + copies)):
            t0 = time.process_time()
            cmp = compare(items)
            seconds = time.process_time() - t0
            # Traced in a second run: tracing slows Python several times.
            tracemalloc.start()
            compare(items)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            groups = [len(g.article_ids) for g in cmp.copies]
            print(f"{label:>9} {seconds:>9.2f} {peak:>9.0f} {len(cmp.rows):>6} {groups!s:>12}")


def timed(fn: object, repeat: int) -> float:
    assert callable(fn)
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        runs.append(time.process_time() - t0)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    parser.add_argument(
        "--story", type=int, nargs="*", help="only section 3, at these sizes (1500 6000)"
    )
    args = parser.parse_args(argv)
    if args.story is not None:
        bench_story(args.story or [1_500, 6_000])
        return 0
    rng = random.Random(7)
    repeat = 1 if args.quick else 3

    print("1. one event, growing number of articles (12 facts each)")
    print(f"{'articles':>9} {'facts':>7} {'seconds':>9} {'us/fact':>9}")
    sizes = [10, 40, 160] if args.quick else [10, 40, 160, 640, 1280]
    for n in sizes:
        items = synthetic_event(rng, 0, n, date(2025, 9, 3))
        seconds = timed(lambda items=items: compare(items), repeat)
        facts = sum(len(e.facts) for e in items)
        print(f"{n:>9} {facts:>7} {seconds:>9.3f} {seconds / facts * 1e6:>9.1f}")

    n_events = 100 if args.quick else 1_000
    print(f"\n2. {n_events * 10:,} extractions over {n_events:,} events, compared per event")
    corpus: list[Extraction] = []
    for event in range(n_events):
        corpus.extend(
            synthetic_event(rng, event, 10, date(2025, 1, 1) + timedelta(days=event % 300))
        )
    by_event: dict[str, list[Extraction]] = defaultdict(list)
    for ex in corpus:
        by_event[ex.article.id.split("-")[0]].append(ex)
    t0 = time.process_time()
    rows = sum(len(compare(group).rows) for group in by_event.values())
    seconds = time.process_time() - t0
    facts = sum(len(e.facts) for e in corpus)
    print(f"{len(corpus):,} extractions, {facts:,} facts, {rows:,} rows in {seconds:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
