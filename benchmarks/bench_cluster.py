"""Benchmark :func:`discrepancy.cluster`: are a news day's events found, and how fast?

Three measurements:

1. **devset**: all articles of ``../shared/devset/articles`` (one folder per event)
   clustered together, as given and with every publication date removed; same-event
   pair precision and recall (the goal: 0.95 each);
2. **synthetic news day**: articles built from the devset with realistic noise
   (see :func:`news_day`), 10,000 by default: time, peak memory, pair precision and
   recall, and the growth per doubling;
3. extractions instead of texts for the devset (the figures' features added).

The devset texts are read here, never copied into the project.

Run: ``python benchmarks/bench_cluster.py [--devset DIR] [--articles 10000]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import regex

import discrepancy
from discrepancy import Article
from discrepancy.comparison.features import latin_lookalikes

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset" / "articles"

# Lines that sit around the story on a news page: every outlet has some.
BOILERPLATE = [
    "Sign up for our daily newsletter.",
    "Advertisement",
    "Follow us on Facebook, Twitter and Instagram.",
    "Read more: the latest news from around the world.",
    "Share this article",
    "Copyright 2025 All rights reserved.",
    "Most read stories this week",
    "Watch: live coverage continues.",
    "Related Topics",
    "Click here to subscribe.",
]
_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}+")
_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{4,}+")
_DIGITS = regex.compile(r"\p{Nd}+")


def devset(root: Path) -> dict[str, list[Article]]:
    """The devset's articles by event folder."""
    return {
        folder.name: discrepancy.load_articles(folder)
        for folder in sorted(p for p in root.iterdir() if p.is_dir())
    }


def pair_scores(groups: list[list[str]], truth: dict[str, str]) -> tuple[float, float]:
    """Precision and recall of same-event pairs, counted without listing all pairs."""
    found = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    by_event: defaultdict[str, int] = defaultdict(int)
    for event in truth.values():
        by_event[event] += 1
    true = sum(n * (n - 1) // 2 for n in by_event.values())
    hit = 0
    for g in groups:
        counts: defaultdict[str, int] = defaultdict(int)
        for a in g:
            counts[truth[a]] += 1
        hit += sum(n * (n - 1) // 2 for n in counts.values())
    return (hit / found if found else 1.0), (hit / true if true else 1.0)


def _pseudo_word(rng: random.Random) -> str:
    syllables = ["ka", "lo", "mi", "ra", "te", "vu", "so", "ne", "pa", "di", "gor", "lin"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def _same_lookalikes(original: str, invented: str) -> str:
    """``invented`` written with the look-alike letters ``original`` uses ("Ageпcy"
    renamed "Kalo" stays "Kalo", "Jυпe" renamed "Vune" becomes "Vυпe"), so an outlet
    that mangles letters mangles the invented names as it did the real ones."""
    folded = latin_lookalikes(original)
    swaps = {f: o for o, f in zip(original, folded, strict=True) if o != f}
    return "".join(swaps.get(ch, ch) for ch in invented) if swaps else invented


def news_day(
    events: dict[str, list[Article]], n: int, seed: int = 7
) -> tuple[list[Article], dict[str, str]]:
    """``n`` articles of many invented events, each made from one devset event.

    A synthetic event takes a devset event and gives it its own identity: every
    capitalised name is replaced by an invented one and a third of the content words by
    invented words (consistently within the event, so its outlets still share them),
    figures are scaled, and the event gets a day within a month. Event sizes follow
    a heavy tail (a few stories carried by hundreds of articles, most by a handful).
    Each article is one of the event's outlets with noise: a fifth of its lines
    dropped, page boilerplate added, one character in a hundred mistyped, and four in
    ten published without a date. Names and words are renamed by their look-alike
    folded spelling (:func:`~discrepancy.comparison.features.latin_lookalikes`), so an
    outlet writing "Ageпcy" for "Agency" gets the same invented name, mangled alike.
    """
    rng = random.Random(seed)
    sources = list(events.values())
    out: list[Article] = []
    truth: dict[str, str] = {}
    event = 0
    while len(out) < n:
        event += 1
        template = sources[event % len(sources)]
        names: dict[str, str] = {}
        words: dict[str, str] = {}
        scale = rng.uniform(0.5, 2.0)

        def rename(m: regex.Match[str], names: dict[str, str] = names) -> str:
            key = latin_lookalikes(m.group())
            return _same_lookalikes(
                m.group(), names.setdefault(key, _pseudo_word(rng).capitalize())
            )

        def reword(m: regex.Match[str], words: dict[str, str] = words) -> str:
            key = latin_lookalikes(m.group())
            if key not in words:
                words[key] = _pseudo_word(rng) if rng.random() < 0.33 else key
            return _same_lookalikes(m.group(), words[key])

        def rescale(m: regex.Match[str], scale: float = scale) -> str:
            return str(max(1, round(int(m.group()[:9]) * scale)))

        day = date(2025, 3, 1) + timedelta(days=rng.randrange(30))
        size = min(n - len(out), max(2, int(rng.paretovariate(1.2) * 2)))
        for k in range(size):
            base = rng.choice(template)
            lines = [ln for ln in base.text.splitlines() if ln.strip()]
            kept = [ln for ln in lines if rng.random() > 0.2] or lines[:1]
            text = "\n".join(kept)
            text = _DIGITS.sub(rescale, _WORD.sub(reword, _NAME.sub(rename, text)))
            chars = list(text)
            for _ in range(len(chars) // 100):
                chars[rng.randrange(len(chars))] = rng.choice("abcdefghijklmnopqrstuvwxyz")
            text = "\n".join([*rng.sample(BOILERPLATE, 2), "".join(chars), rng.choice(BOILERPLATE)])
            published = None if rng.random() < 0.4 else day + timedelta(days=rng.randrange(3))
            aid = f"e{event:05d}-{k:03d}"
            out.append(Article(id=aid, text=text, published=published))
            truth[aid] = f"e{event}"
    return out, truth


def _timed(arts: list[Article]) -> tuple[list[list[str]], float, float]:
    """The groups, CPU seconds, and peak traced MiB (traced in a second run: tracing
    slows Python several times, so it never runs under the clock)."""
    start = time.process_time()
    groups = discrepancy.cluster(arts)
    seconds = time.process_time() - start
    tracemalloc.start()
    discrepancy.cluster(arts)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return groups, seconds, peak / 2**20


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devset", type=Path, default=DEVSET)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--details", action="store_true", help="print the devset's groups")
    args = p.parse_args(argv)
    if not args.devset.is_dir():
        print(f"no devset at {args.devset}", file=sys.stderr)
        return 2
    events = devset(args.devset)
    arts = [a for arts in events.values() for a in arts]
    truth = {a.id: ev for ev, arts in events.items() for a in arts}
    if len(truth) != len(arts):
        raise SystemExit("devset article ids are not unique across events")
    groups, seconds, _ = _timed(arts)
    precision, recall = pair_scores(groups, truth)
    print(
        f"devset texts: {len(arts)} articles, {len(events)} events -> {len(groups)} groups; "
        f"pair precision {precision:.3f} recall {recall:.3f} ({seconds:.2f} s)"
    )
    if args.details:
        for g in groups:
            print("  ", sorted({truth[a] for a in g}), len(g))
    undated = [a.model_copy(update={"published": None}) for a in arts]
    groups = discrepancy.cluster(undated)
    precision, recall = pair_scores(groups, truth)
    print(
        f"devset texts, every date removed: -> {len(groups)} groups; "
        f"pair precision {precision:.3f} recall {recall:.3f}"
    )
    extractions = [discrepancy.extract(a) for a in arts]
    groups = discrepancy.cluster(extractions)
    precision, recall = pair_scores(groups, truth)
    print(
        f"devset extractions: -> {len(groups)} groups; "
        f"pair precision {precision:.3f} recall {recall:.3f}"
    )
    size = args.articles
    sizes = sorted({max(size // 4, 100), max(size // 2, 200), size})
    previous = None
    for n in sizes:
        day, day_truth = news_day(events, n)
        groups, seconds, peak = _timed(day)
        precision, recall = pair_scores(groups, day_truth)
        growth = f" (x{seconds / previous:.2f} for x2)" if previous else ""
        previous = seconds
        print(
            f"news day: {n} articles, {len(set(day_truth.values()))} events -> "
            f"{len(groups)} groups; pair precision {precision:.3f} recall {recall:.3f}; "
            f"{seconds:.1f} s CPU{growth}, peak {peak:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
