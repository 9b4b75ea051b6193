"""Linear time on the shapes that were cubic or quadratic (issue #20, items 1 and 2).

Speed is measured in benchmarks/bench_adversarial.py (``--growth``), never by timing
tests. These tests count the work instead: how often the per-sentence helpers run
when a sentence lists twice as many figures, which is exact and machine-independent,
and they check the result of the rewritten steps on invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from discrepancy import Article, extract
from discrepancy.facts import timeplan
from discrepancy.facts.document import Document

PUBLISHED = date(2024, 5, 30)


def _list_sentence(n: int) -> str:
    """One sentence listing n figures, each with its own date (a live-blog summary)."""
    items = ", ".join(f"{10 + i} drones on {i % 28 + 1} May" for i in range(n))
    return f"Officials said Russia launched {items}."


def _calls(monkeypatch: pytest.MonkeyPatch, names: list[str], text: str) -> int:
    count = 0

    def counting(func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            count += 1
            return func(*args, **kwargs)

        return wrapper

    with monkeypatch.context() as patch:
        for name in names:
            patch.setattr(timeplan, name, counting(getattr(timeplan, name)))
        extract(Article(id="list", text=text, published=PUBLISHED))
    return count


@pytest.mark.parametrize(
    "helpers",
    [["segment_of", "clause_of"], ["_speech_dated"], ["_when_point"]],
    ids=["segments-and-clauses", "speech-times", "since-points"],
)
def test_governing_time_work_grows_linearly_with_a_list_sentence(
    monkeypatch: pytest.MonkeyPatch, helpers: list[str]
) -> None:
    small = _calls(monkeypatch, helpers, _list_sentence(40))
    large = _calls(monkeypatch, helpers, _list_sentence(160))
    # Four times the figures: about four times the calls (it was 64 times, cubic).
    assert large <= 4.5 * max(small, 1), (small, large)


def test_headline_hedges_compare_each_figure_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def text(n: int) -> str:
        # A scraped page with no blank line after its first line: a long "headline".
        head = " ".join(f"Police said {10 + i} people were arrested." for i in range(n))
        body = " ".join(f"At least {10 + i} people were arrested." for i in range(n))
        return head + "\n" + body

    def paragraph_lookups(n: int) -> int:
        count = 0
        lookup = Document.paragraph_of

        def counting(self: Any, position: int) -> int:
            nonlocal count
            count += 1
            return lookup(self, position)

        with monkeypatch.context() as patch:
            patch.setattr(Document, "paragraph_of", counting)
            result = extract(Article(id="h", text=text(n), published=PUBLISHED))
        # Every headline figure takes the body's hedge.
        heads = [f for f in result.facts if f.span[0] < text(n).index("\n")]
        assert [f.quantity.qualifier.value for f in heads] == ["at_least"] * n
        return count

    small, large = paragraph_lookups(40), paragraph_lookups(160)
    assert large <= 4.5 * small, (small, large)


CASES = [
    (
        "each listed figure keeps its own day",
        "Officials said Russia launched 10 drones on 1 May, 11 drones on 2 May, "
        "12 drones on 3 May.",
        [
            ("10", "drone", "day:2024-05-01..2024-05-01"),
            ("11", "drone", "day:2024-05-02..2024-05-02"),
            ("12", "drone", "day:2024-05-03..2024-05-03"),
        ],
        "invented (conflict)",
    ),
    (
        "a compared figure keeps the day beside it",
        "Police said 12 people were arrested in Lisbon on 4 May, compared to 30 people on 3 May.",
        [
            ("12", "arrest", "day:2024-05-04..2024-05-04"),
            ("30", "person", "day:2024-05-03..2024-05-03"),
        ],
        "invented (crime)",
    ),
    (
        "a relative clause's day governs only that clause",
        "The storm, which hit Porto on 2 May, cut power to 4,000 homes on 3 May.",
        [("4,000", "home", "day:2024-05-03..2024-05-03")],
        "invented (weather)",
    ),
    (
        "a speech day does not date the figure",
        "Airlines cancelled 300 flights on Tuesday, the regulator said on Wednesday.",
        [("300", "flight", "day:2024-05-28..2024-05-28")],
        "invented (transport)",
    ),
    (
        "the year after since describes that year",
        "It was the deadliest season since 2019, when 9 people were killed.",
        [("9", "death", "year:2019-01-01..2019-12-31")],
        "invented (health)",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "expected", "provenance"), CASES, ids=[c[0] for c in CASES]
)
def test_governing_time_results(
    case: str, text: str, expected: list[tuple[str, str, str]], provenance: str
) -> None:
    result = extract(Article(id="t", text=text, published=PUBLISHED))
    assert [(f.surface, f.subject, str(f.time)) for f in result.facts] == expected
    for f in result.facts:
        assert text[f.span[0] : f.span[1]] == f.surface


def test_a_speakers_town_is_looked_up_in_one_pass_over_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The names an article writes after "in", "at" or "near" are collected once per
    # article, not searched for over the whole text for each figure a speaker gives
    # (which grew with figures times text). Counted on the seed articles.
    from discrepancy import load_article
    from discrepancy.facts import placenames
    from discrepancy.facts.passes import places

    scans = asked = 0
    real_pattern, real_speaker = placenames._LOCATED, vars(places)["speaker_place"]

    class Counting:
        def finditer(self, text: str) -> Any:
            nonlocal scans
            scans += 1
            return real_pattern.finditer(text)

    def speaker_place(*args: Any) -> Any:
        nonlocal asked
        asked += 1
        return real_speaker(*args)

    monkeypatch.setattr(placenames, "_LOCATED", Counting())
    monkeypatch.setattr(places, "speaker_place", speaker_place)
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    for path in seeds:
        extract(load_article(path))
    assert asked > 2 * len(seeds)
    assert scans <= len(seeds)
