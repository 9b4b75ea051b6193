"""Where :func:`discrepancy.extract` spends its time: each facts pass, through the registry.

Usage::

    python benchmarks/bench_passes.py [--runs 7] [--write]

Every article of ``seeds/`` and ``fixtures/*/`` is read the way ``extract()`` reads it:
the document analysis (:func:`discrepancy.facts.extract.start_reading`: scanning
figures and times, sentences, paragraphs, debris), then each pass of
:data:`discrepancy.facts.pipeline.PASSES` in order, then the output (facts and
statements). Each step's CPU time (``time.process_time_ns``, one core) is summed over
the articles; a run does every article once, and the table gives each step's median
over ``--runs`` runs and its share of the total. The last three columns measure it
against the goal of issue 19, 5 MB/s on one core: the rate the step alone runs at,
its share of the goal's time budget for the corpus (the budget split as the time is
split today) and the milliseconds it must lose to fit that share. ``--write`` puts
the table in ``benchmarks/README.md`` (section "passes").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from machine import reference_seconds

from discrepancy import Article, Vocabulary, load_articles
from discrepancy.facts.draft import to_fact
from discrepancy.facts.extract import start_reading
from discrepancy.facts.pipeline import PASSES
from discrepancy.facts.statements import find_statements
from discrepancy.text.gate import writable_article

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "benchmarks" / "README.md"
START, END = "<!-- bench_passes: start -->", "<!-- bench_passes: end -->"
DOCUMENT, OUTPUT = "(document analysis)", "(facts and statements)"
GOAL_MB_S = 5.0  # issue 19: extraction at 5 MB/s per core


def articles() -> list[Article]:
    """The seed articles and every fixture article, writable as ``extract()`` makes them."""
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())]
    return [writable_article(a) for folder in folders for a in load_articles(folder)]


def run(corpus: Sequence[Article], vocab: Vocabulary) -> dict[str, int]:
    """CPU nanoseconds of each step over the whole corpus, in pipeline order."""
    spent = dict.fromkeys([DOCUMENT, *(p.name for p in PASSES), OUTPUT], 0)
    clock = time.process_time_ns
    for article in corpus:
        started = clock()
        doc, reading = start_reading(article, None, vocab)
        spent[DOCUMENT] += clock() - started
        for p in PASSES:
            started = clock()
            p.run(doc, reading)
            spent[p.name] += clock() - started
        started = clock()
        [to_fact(doc, d) for d in reading.drafts]
        find_statements(
            doc.text, doc.times, sentences=doc.sentences, vocabulary=vocab, lowered=doc.lowered
        )
        spent[OUTPUT] += clock() - started
    return spent


def table(medians: dict[str, float], articles: int, kb: float, runs: int, machine: str) -> str:
    """The Markdown table of the medians (milliseconds), their shares of the total, and
    how far each is from its share of the time the 5 MB/s goal allows for ``kb``.

    >>> print(table({"a": 30.0, "b": 10.0}, 2, 100.0, 3, "m").splitlines()[-1])
    | total | 40.0 | 100 % | 2.50 | 20.0 | 20.0 |
    """
    total = sum(medians.values())
    budget = kb / 1000 / GOAL_MB_S * 1000  # ms the goal allows for the whole corpus
    lines = [
        f"{time.strftime('%Y-%m-%d')}, {articles} articles ({kb:.0f} KB), median of {runs} runs,"
        f" CPU ms for all of them ({machine}, see `machine.py`):",
        "",
        "| step | ms | share | MB/s alone | budget ms at 5 MB/s | ms to cut |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, ms in [*medians.items(), ("total", total)]:
        share = ms / total
        alone = f"{kb / 1000 / (ms / 1000):.2f}" if ms > 0 else "-"
        spent = f"{100 * share:.1f} %" if name != "total" else "100 %"
        allowed = budget * share
        cut = max(0.0, ms - allowed)
        lines.append(f"| {name} | {ms:.1f} | {spent} | {alone} | {allowed:.1f} | {cut:.1f} |")
    return "\n".join(lines)


def write(text: str) -> None:
    """Replace the table between the markers in the README's "passes" section."""
    readme = README.read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="CPU time of each facts pass")
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    parser.add_argument("--write", action="store_true", help="write the table into README.md")
    args = parser.parse_args(argv)
    machine = f"reference loop {reference_seconds():.3f} s CPU"
    print(machine)
    corpus = articles()
    vocab = Vocabulary.default()
    run(corpus[:5], vocab)  # warm-up: vocabularies and patterns load once
    runs = [run(corpus, vocab) for _ in range(args.runs)]
    medians = {name: statistics.median(r[name] for r in runs) / 1e6 for name in runs[0]}
    kb = sum(len(a.text.encode("utf-8")) for a in corpus) / 1000
    text = table(medians, len(corpus), kb, args.runs, machine)
    print(text)
    print(f"reference loop {reference_seconds():.3f} s CPU")
    if args.write:
        write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
