"""Who gave a figure: bodies named with a place, titles inside a body's name, and
"the ministry" pointing back to the body named before. Invented sentences."""

from __future__ import annotations

import pytest

from discrepancy import Article, extract
from tests.helpers import extract_text, fact_at

CASES = [
    # text, figure, source
    (
        "According to the Gaza health ministry, at least 30 people died.",
        "at least 30",
        "Gaza health ministry",
        "invented: tolls",
    ),
    (
        "The Kharkiv regional administration said 5 people were injured.",
        "5",
        "Kharkiv regional administration",
        "invented: tolls",
    ),
    (
        "The Health Ministry said 45 people were killed. The ministry said 120 others were injured.",
        "120",
        "Health Ministry",
        "invented: tolls",
    ),
    (
        "The Ministry of Health said 45 people were killed. The ministry said 120 others were injured.",
        "120",
        "Ministry of Health",
        "invented: tolls",
    ),
    (
        "Ukraine's interior ministry said 5 died. Later the ministry said 120 others were injured.",
        "120",
        "Interior Ministry",
        "invented: tolls",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "provenance"), CASES, ids=[c[2] for c in CASES]
)
def test_source(text: str, figure: str, source: str, provenance: str) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.attribution is not None
    assert fact.attribution.source == source


def test_general_staff_is_a_body_not_a_general() -> None:
    text = (
        "Ukraine's General Staff reported that 1,200 Russian soldiers were killed in the past day."
    )
    [fact] = extract(Article(id="t", text=text)).facts
    assert fact.attribution is not None
    assert fact.attribution.source.endswith("General Staff")


@pytest.mark.parametrize(
    ("text", "provenance"),
    [
        ("The agency said 12 people were killed.", "invented: tolls"),  # nothing named before it
        (
            "Officials said 5 died. The ministry said 120 others were injured.",
            "invented: tolls",
        ),  # no ministry named
    ],
    ids=["agency", "ministry"],
)
def test_an_anaphor_with_nothing_to_point_to_names_no_source(text: str, provenance: str) -> None:
    facts = extract(Article(id="t", text=text)).facts
    assert facts[-1].attribution is None


BODIES_IN_PLACES = [
    # text, figure, source: a body qualified by its town is the source, not the town
    (
        "Organisers claimed 450,000 marched, while the government's delegation in Madrid counting about 150,000.",
        "about 150,000",
        "government's delegation",
        "invented: protests",
    ),
    (
        "The prefecture in Paris said 12,000 people marched.",
        "12,000",
        "prefecture",
        "invented: protests",
    ),
    (
        "Organisers claiming 450,000 participants called it a success.",
        "450,000",
        "organisers",
        "invented: protests",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "provenance"),
    BODIES_IN_PLACES,
    ids=[f"{c[1]}:{c[2]}" for c in BODIES_IN_PLACES],
)
def test_a_body_in_a_place_is_the_source(
    text: str, figure: str, source: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.attribution is not None
    assert fact.attribution.source == source


def test_a_long_run_of_the_same_anaphor_resolves_without_recursing() -> None:
    # Each "the ministry" once followed the one before it back to the first name:
    # 2,000 of them overflowed the stack (found by the sources session).
    text = "The Health Ministry said 45 people were killed. " + (
        "The ministry said 40 people died. " * 2000
    )
    facts = extract(text).facts
    assert len(facts) == 2001
    assert {f.attribution.source for f in facts if f.attribution} == {"Health Ministry"}
    assert all(f.attribution is not None for f in facts)
