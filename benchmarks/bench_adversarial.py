"""Seconds per MB on adversarial text, against ordinary news text of the same size.

Every scanner in the library is meant to run in time linear in the input: no
pattern may backtrack catastrophically. This script builds texts that stress the
usual failure points of regex-heavy extractors (one unbroken digit run, digit and
comma chains, hedges repeated without end, long runs of capitalised words that
look like names, nested quotes, thousands of short junk lines, a soup of Unicode
from every plane) at the same size as "ordinary" text (the five seed articles
replicated), times each public scanner on each, and prints a Markdown table of
CPU seconds per MB and the ratio to ordinary text, with the density of numeric
mentions (a text made of figures costs time per figure, not per character). It
also times each text at half the size: a ratio (full / half) near 2 means linear
time.

``--growth`` instead times ``extract()`` on texts shaped the way a denial of service
would be (a list sentence of figures with dates, digit runs, one long paragraph with no
blank line, many figures in one sentence) at doubling sizes, and prints the CPU time
and the ratio to the size before: a ratio near 2 per doubling is linear, near 4
quadratic, near 8 cubic.

Usage::

    .venv/bin/python benchmarks/bench_adversarial.py            # 256 KB per text
    .venv/bin/python benchmarks/bench_adversarial.py --kb 1024 --functions find_quantities
    .venv/bin/python benchmarks/bench_adversarial.py --growth --kb 16 --doublings 4

Exit status 1 when any text is more than ``--max-factor`` times slower than
ordinary text, per MB or, for texts dense with figures, per numeric mention (a
slow-down explained by the number of figures is not a backtracking pattern), so
CI can run it as a guard.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import discrepancy

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = date(2025, 9, 7)


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def _seeds() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")))


def _capitalised(size: int, rng: random.Random) -> str:
    words = ["Ukrainian", "Air", "Force", "Kyiv", "President", "Volodymyr", "Said", "The"]
    return _fill(" ".join(rng.choice(words) for _ in range(5000)) + " ", size)


def _junk_lines(size: int, rng: random.Random) -> str:
    pieces = ["0:00", "|", "»", "Share", "12", "—", "•", "Read more", "© 2025", "…", "24/7"]
    lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(10_000)]
    return _fill("\n".join(lines) + "\n", size)


def _unicode_soup(size: int, rng: random.Random) -> str:
    # Letters, digits and spaces of many scripts, marks, controls, surrogate-free
    # astral characters: everything a broken scraper can emit.
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0x24F),
        (0x300, 0x36F),
        (0x590, 0x6FF),
        (0x2000, 0x206F),
        (0x2190, 0x22FF),
        (0x3000, 0x30FF),
        (0xFF00, 0xFFEF),
        (0x1F300, 0x1F64F),
    ]
    chars = [chr(rng.randint(*rng.choice(ranges))) for _ in range(20_000)]
    return _fill("".join(chars), size)


def corpora(size: int) -> dict[str, str]:
    """The texts to time, each ``size`` characters long."""
    rng = random.Random(8)
    return {
        "ordinary (seeds replicated)": _fill(_seeds() + "\n\n", size),
        "digits, one run": _fill("1234567890", size),
        "digits and spaces": _fill("12 345 6789 ", size),
        "commas": _fill(",", size),
        "digit-comma chains": _fill("1,2,3,4,5,6,7,8,9,0,", size),
        "repeated hedges": _fill("more than ", size),
        "hedges with figures": _fill("more than about nearly up to 5 ", size),
        "capitalised words": _capitalised(size, rng),
        "nested quotes": _fill('“‘"«‹“‘" said ', size),
        "10k junk lines": _junk_lines(size, rng),
        "unicode soup": _unicode_soup(size, rng),
        "number words": _fill("one two three hundred thousand and a half million ", size),
        "dates and times": _fill("September 5, 2025 at 14:11 on Friday last night 0:00 ", size),
    }


def _news_paragraph(size: int) -> str:
    """Invented news sentences, every one different, with no line break: a scraped page
    whose paragraphs were joined, the headline's figures then hedged in the body."""
    rng = random.Random(20)
    places = ["Kyiv", "Lisbon", "Madrid", "Nairobi", "Lima", "Dhaka", "Porto", "Accra"]
    months = ["March", "May", "June", "September", "October"]
    templates = [
        "Police said {a} people were arrested in {p} on {d} {m}.",
        "At least {a} people were arrested, officials said on Monday.",
        "Russia launched {b} drones and {c} missiles overnight, the air force said.",
        "The storm cut power to {b},{a:03d} homes across {p} on {d} {m} {y}.",
        "More than {c} flights were cancelled and {a} trains delayed.",
        "Inflation rose to {c}.{a}% in {m} from {b}.{c}% a year earlier.",
    ]
    out: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(templates).format(
            a=rng.randint(2, 999),
            b=rng.randint(10, 900),
            c=rng.randint(2, 90),
            d=rng.randint(1, 28),
            m=rng.choice(months),
            y=rng.randint(2019, 2025),
            p=rng.choice(places),
        )
        out.append(sentence)
        length += len(sentence) + 1
    return " ".join(out)[:size]


def growth_texts(size: int) -> dict[str, str]:
    """Texts whose cost once grew faster than their size, each ``size`` characters."""
    return {
        "list sentence with dates": "Officials said " + _fill("12 drones on 4 May, ", size),
        "digit run": _fill("1234567890", size),
        "digit-comma run": _fill("1,", size),
        "one long paragraph (news, no line breaks)": _news_paragraph(size),
        "many figures in one sentence": "Police said "
        + _fill("12 people, 30 cars and at least 7 buses were hit, ", size),
        "hedged figures in one paragraph": _fill(
            "Police said 12 people were arrested. At least 12 people were arrested. ", size
        ),
    }


def growth(kb: int, doublings: int) -> int:
    """Print extract()'s CPU time per doubling of each growth text; exit 1 above 3x."""
    func = _functions()["extract"]
    func("Russia launched 502 drones last night.")
    sizes = [kb * 1024 * 2**i for i in range(doublings + 1)]
    print("| text | " + " | ".join(f"{s // 1024} KB" for s in sizes) + " | worst ratio |")
    print("| --- |" + " --- |" * (len(sizes) + 1))
    worst = 0.0
    for name in growth_texts(16):
        seconds = [_seconds(func, growth_texts(size)[name]) for size in sizes]
        ratios = [b / max(a, 1e-9) for a, b in itertools.pairwise(seconds)]
        # Below 50 ms the ratio measures the clock, not the algorithm.
        counted = [r for r, a in zip(ratios, seconds, strict=False) if a >= 0.05]
        worst = max([worst, *counted])
        cells = [
            f"{t:.2f} s" + (f" (×{r:.1f})" if i else "")
            for i, (t, r) in enumerate(zip(seconds, [0.0, *ratios], strict=True))
        ]
        print(
            f"| {name} | "
            + " | ".join(cells)
            + (f" | {max(counted):.1f} |" if counted else " | - (under 50 ms) |"),
            flush=True,
        )
    print(f"\nworst growth per doubling: {worst:.1f} (2 is linear; limit 3)")
    return 0 if worst <= 3.0 else 1


def _functions() -> dict[str, Callable[[str], object]]:
    return {
        "find_quantities": discrepancy.find_quantities,
        "find_times": lambda t: discrepancy.find_times(t, published=PUBLISHED),
        "extract": lambda t: discrepancy.extract(
            discrepancy.Article(id="bench", text=t, published=PUBLISHED)
        ),
    }


# Digit runs and number words: what the scanner turns into a mention each. Dense
# figures cost time per figure, not per character, so the density explains a
# slow-but-linear row.
_MENTION = re.compile(
    r"[0-9]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)\b",
    re.IGNORECASE,
)


def _seconds(func: Callable[[str], object], text: str) -> float:
    # CPU time of this process: the machine is shared, and wall-clock time would
    # measure the neighbours' load rather than the patterns.
    start = time.process_time()
    func(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 if a text is more than ``--max-factor`` slower."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=256, help="size of each text in KB")
    parser.add_argument("--functions", nargs="*", default=list(_functions()))
    parser.add_argument("--max-factor", type=float, default=10.0)
    parser.add_argument("--growth", action="store_true", help="time extract() per doubling")
    parser.add_argument("--doublings", type=int, default=4, help="with --growth")
    args = parser.parse_args(argv)
    if args.growth:
        return growth(args.kb, args.doublings)
    size = args.kb * 1024
    funcs = _functions()
    texts = corpora(size)
    halves = corpora(size // 2)
    for func in funcs.values():  # load vocabularies and rules before timing
        func("Russia launched 502 drones last night.")
    megabytes = size / 1_000_000
    print(
        f"| text ({args.kb} KB) | mentions per KB | "
        + " | ".join(
            f"{f} s/MB | ×ordinary | ×ordinary per mention | full/half" for f in args.functions
        )
        + " |"
    )
    print("| --- | --- |" + " --- | --- | --- | --- |" * len(args.functions))
    ordinary: dict[str, tuple[float, float]] = {}
    worst = 0.0
    for name, text in texts.items():
        mentions = len(_MENTION.findall(text))
        cells = [f"{mentions / args.kb:.1f}"]
        for f in args.functions:
            full = _seconds(funcs[f], text)
            half = _seconds(funcs[f], halves[name])
            per_mb = full / megabytes
            per_mention = full / mentions if mentions else math.nan
            base_mb, base_mention = ordinary.setdefault(f, (per_mb, per_mention))
            factor = per_mb / base_mb
            mention_factor = per_mention / base_mention if mentions else math.nan
            # Dense figures cost time per figure: such a text passes when each
            # figure costs what an ordinary one does.
            worst = max(worst, factor if not mentions else min(factor, mention_factor))
            cells.append(
                f"{per_mb:.3f} | {factor:.1f} | "
                + ("-" if not mentions else f"{mention_factor:.1f}")
                + f" | {full / max(half, 1e-9):.1f}"
            )
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    print(
        f"\nworst factor over ordinary text (per MB, or per mention where that is lower): "
        f"{worst:.1f} (limit {args.max_factor})"
    )
    return 0 if worst <= args.max_factor else 1


if __name__ == "__main__":
    sys.exit(main())
