"""Shares of a whole named through "of which", "of them" and lists of shares.

Invented wire sentences in the style of air-attack and arrest reports.
"""

from __future__ import annotations

import pytest

from discrepancy import Article, extract
from tests.helpers import extract_text, fact_at

CASES = [
    # text, figure, subject, event, index of the whole (None: no single whole)
    (
        "The air force said Moscow used 451 drones and 45 missiles, of which 443 were shot down.",
        "443",
        "aerial target",
        "intercepted",
        None,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 451 drones and 45 missiles. Air defences downed 443 of them.",
        "443",
        "aerial target",
        "intercepted",
        None,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 120 drones overnight. Air defences downed 100 of them.",
        "100",
        "drone",
        "intercepted",
        0,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 502 drones and 24 missiles, of which 430 drones and 21 missiles were shot down.",
        "430",
        "drone",
        "intercepted",
        0,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 502 drones and 24 missiles, of which 430 drones and 21 missiles were shot down.",
        "21",
        "missile",
        "intercepted",
        1,
        "invented: air war, arrests",
    ),
    (
        "Police detained 40 people. Twelve of them were later released.",
        "Twelve",
        "arrest",
        "released",
        0,
        "invented: air war, arrests",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "whole", "provenance"),
    CASES,
    ids=[f"{c[1]}:{c[2]}" for c in CASES],
)
def test_shares_count_what_they_point_back_to(
    text: str, figure: str, subject: str, event: str, whole: int | None, provenance: str
) -> None:
    ex = extract(Article(id="t", text=text))
    fact = fact_at(ex, figure)
    assert (fact.subject, fact.event, fact.part_of) == (subject, event, whole)


def test_an_including_part_keeps_its_own_verb() -> None:
    text = "At least 78 structures were destroyed, including 61 homes, and dozens more damaged."
    ex = extract_text(text)
    assert (fact_at(ex, "61").event, fact_at(ex, "61").part_of) == ("destroyed", 0)
    assert fact_at(ex, "dozens").event == "damaged"
