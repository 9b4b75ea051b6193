"""Write a synthetic news corpus as Parquet or JSON Lines shards, one shard at a time.

Every article belongs to an invented event (a strike, a flood, a protest...) with
invented places and people, and reports its figures the way outlets do: hedged
("more than", "nearly", "dozens of"), attributed ("police said"), dated ("last
night", "on Tuesday", "on 4 May 2026"), with page debris around the story (media
player timings, share prompts, boilerplate counts). Several outlets cover each
event, some with different figures. The ``true_event`` column says which event an
article tells, to score :func:`discrepancy.cluster`.

Only one shard is held in memory at a time, so a million articles need no more
memory than a thousand::

    python benchmarks/gen_corpus.py --articles 100000 --out benchmarks/out/corpus
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

__all__ = ["article_rows", "write_corpus"]


def _words(text: str) -> tuple[str, ...]:
    # Word lists as one string each read better than a hundred quoted words.
    return tuple(text.split())


_SYLLABLES = _words(
    "ka ri lo ven mar sol tan bre vik dor hal mes ost pra lin gor zel nor ber tus "
    "wal fen rak dun mil sar cor ves lan tor gal hin pol ard kel mon rus sil"
)
_FIRST = _words("Anna Piotr Maria Jonas Leila Omar Sofia Ivan Chen Grace Tomas Elena Dmitri Amara")
_OUTLETS = (
    "Daily Ledger",
    "Morning Courier",
    "Wire Service",
    "Evening Post",
    "Harbour Times",
    "Capital Herald",
    "Metro Bulletin",
    "Valley Gazette",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = _words(
    "January February March April May June July August September October November December"
)

# (noun, verb phrase, who gives the figure, unit word or None)
_STORIES = (
    ("drones", "were launched at", "the air force", None),
    ("people", "were killed in", "officials", None),
    ("people", "were arrested in", "police", None),
    ("homes", "were flooded in", "the fire service", None),
    ("protesters", "marched through", "organisers", None),
    ("flights", "were cancelled at", "the airport operator", None),
    ("workers", "went on strike in", "the union", None),
    ("hectares", "burned near", "firefighters", "hectares"),
    ("patients", "were treated in", "the health ministry", None),
    ("vehicles", "were damaged in", "the city council", None),
)
_HEDGES = ("", "more than ", "nearly ", "about ", "at least ", "up to ", "some ", "over ")
_DEBRIS = (
    "Follow us on WhatsApp for the latest updates.",
    "0:00 / 2:{s:02d}",
    "Our reporters work in {n} languages in {m} countries.",
    "Read more: the {w} Review of the week.",
    "© {y} {o}. All rights reserved.",
    "Watch: {w} explained in 90 seconds.",
)


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _figure(rng: random.Random, value: int, *, vague: bool = True) -> str:
    hedge = rng.choice(_HEDGES)
    if vague and value > 24 and rng.random() < 0.05:
        return "dozens of"
    shown = f"{value:,}" if value >= 1000 and rng.random() < 0.7 else str(value)
    return f"{hedge}{shown}"


def _event(rng: random.Random, n: int, day0: date) -> dict[str, Any]:
    noun, verb, source, _ = rng.choice(_STORIES)
    return {
        "id": n,
        "noun": noun,
        "verb": verb,
        "source": source,
        "place": _name(rng, rng.choice((2, 3, 3))),
        "region": _name(rng, 3),
        "person": f"{rng.choice(_FIRST)} {_name(rng, 3)}",
        "group": f"{_name(rng, 2)} {rng.choice(('Council', 'Alliance', 'Authority', 'Front'))}",
        "value": rng.choice((rng.randint(2, 60), rng.randint(60, 900), rng.randint(900, 5000))),
        "second": rng.randint(2, 400),
        "day": day0 - timedelta(days=rng.randint(0, 1)),
    }


def _article(rng: random.Random, ev: dict[str, Any], k: int, published: date) -> dict[str, Any]:
    outlet = rng.choice(_OUTLETS)
    value = ev["value"] if rng.random() < 0.8 else max(1, int(ev["value"] * rng.uniform(0.7, 1.3)))
    day = ev["day"]
    when = rng.choice(
        (
            f"on {_WEEKDAYS[day.weekday()]}",
            "last night" if day < published else "today",
            f"on {day.day} {_MONTHS[day.month - 1]} {day.year}",
            f"on {_MONTHS[day.month - 1]} {day.day}",
        )
    )
    said = rng.choice(("said", "told reporters", "wrote on social media", "confirmed"))
    sentences = [
        f"{_figure(rng, value).capitalize()} {ev['noun']} {ev['verb']} {ev['place']} {when}, "
        f"{ev['source']} {said}.",
        f"The {ev['region']} region has seen unrest for weeks, according to {ev['person']}.",
        f"{ev['person']} of the {ev['group']} said "
        f"{_figure(rng, ev['second'], vague=False)} more were expected to follow by the end "
        f"of the week.",
        f"Speaking in {ev['place']}, {ev['person'].split()[1]} called for calm.",
        f"Local media in {ev['region']} reported that {rng.randint(2, 19)} districts were "
        f"affected.",
        f"Earlier this week, the {ev['group']} warned that the situation could worsen.",
        f"\u201cWe are doing everything we can,\u201d {ev['person'].split()[1]} told {outlet}.",
        f"It was the {rng.choice(('second', 'third', 'fifth'))} such incident in "
        f"{ev['region']} since {day.year - rng.randint(1, 4)}.",
        f"Residents of {ev['place']} said they had heard about {rng.randint(3, 40)} loud "
        f"explosions before dawn.",
        "Officials did not give further details.",
    ]
    body = [sentences[0], *rng.sample(sentences[1:], rng.randint(4, len(sentences) - 1))]
    debris = rng.choice(_DEBRIS).format(
        s=rng.randint(0, 59),
        n=rng.randint(10, 40),
        m=rng.randint(10, 30),
        w=_name(rng, 2),
        y=published.year,
        o=outlet,
    )
    title = (
        f"{ev['place']}: {ev['noun'].capitalize()} {ev['verb'].split()[1]} as {ev['group']} warns"
    )
    text = "\n\n".join([title, " ".join(body), debris])
    return {
        "id": f"a{ev['id']:06d}-{k:03d}",
        "text": text,
        "outlet": outlet if rng.random() < 0.7 else None,
        "published": published.isoformat() if rng.random() < 0.9 else None,
        "url": None,
        "true_event": ev["id"],
    }


def article_rows(count: int, *, seed: int = 7, per_event: int = 8) -> Iterator[dict[str, Any]]:
    """Yield ``count`` synthetic articles, the articles of one event together.

    >>> rows = list(article_rows(3, per_event=2))
    >>> [r["true_event"] for r in rows], rows[0]["id"]
    ([0, 0, 1], 'a000000-000')
    """
    rng = random.Random(seed)
    day0 = date(2026, 5, 6)
    made = 0
    n = 0
    while made < count:
        ev = _event(rng, n, day0)
        for k in range(min(rng.randint(1, 2 * per_event - 1), count - made)):
            yield _article(rng, ev, k, day0)
            made += 1
        n += 1


def write_corpus(
    out: Path, count: int, *, shard_size: int = 5000, fmt: str = "parquet", seed: int = 7
) -> list[Path]:
    """Write ``count`` articles as shards of ``shard_size`` under ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    shard: list[dict[str, Any]] = []

    def flush() -> None:
        path = out / f"part-{len(files):05d}.{'parquet' if fmt == 'parquet' else 'jsonl'}"
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pa.schema(
                [
                    pa.field("id", pa.string(), nullable=False),
                    pa.field("text", pa.string(), nullable=False),
                    ("outlet", pa.string()),
                    ("published", pa.string()),
                    ("url", pa.string()),
                    ("true_event", pa.int64()),
                ]
            )
            table = pa.Table.from_pylist(shard, schema=schema)
            pq.write_table(table, path, row_group_size=1000)
        else:
            with path.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in shard)
        files.append(path)
        shard.clear()

    for row in article_rows(count, seed=seed):
        shard.append(row)
        if len(shard) == shard_size:
            flush()
    if shard:
        flush()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--shard-size", type=int, default=5000)
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus"))
    args = parser.parse_args()
    files = write_corpus(
        args.out, args.articles, shard_size=args.shard_size, fmt=args.format, seed=args.seed
    )
    print(f"wrote {args.articles} articles in {len(files)} shards under {args.out}")


if __name__ == "__main__":
    main()
