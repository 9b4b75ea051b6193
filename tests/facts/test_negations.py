"""The negation passes: a toll denied in words ("no casualties") is a fact of value 0
(zero tolls), and a figure inside one is no toll (inside negations)."""

from __future__ import annotations

import pytest

from discrepancy import Article, Qualifier, extract
from tests.helpers import extract_text, fact_at, fact_covering

NEGATIONS = [
    ("No casualties were reported after the strike.", "No casualties", "casualty", "seed 003"),
    (
        "Officials said no one was killed in the blast.",
        "no one was killed",
        "death",
        "invented: disasters",
    ),
    (
        "The quake was shallow, but there were no injuries.",
        "no injuries",
        "injured",
        "invented: disasters",
    ),
    (
        "Nobody was hurt, the fire service said.",
        "Nobody was hurt",
        "injured",
        "invented: disasters",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "subject", "provenance"),
    NEGATIONS,
    ids=[r[2] + ":" + r[1] for r in NEGATIONS],
)
def test_invented_negations(text: str, surface: str, subject: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text), surface)
    assert fact.negated
    assert fact.surface == surface
    assert fact.subject == subject
    assert fact.quantity.value.is_point
    assert fact.quantity.value.low == 0
    assert fact.quantity.qualifier is Qualifier.EXACT


IN_WORDS = [
    # text, surface of the zero fact, subject
    (
        "None of the passengers were injured.",
        "None of the passengers were injured",
        "injured",
        "invented: accidents, arrests",
    ),
    ("No arrests were made.", "No arrests were made", "arrest", "invented: accidents, arrests"),
    ("There were no arrests.", "no arrests", "arrest", "invented: accidents, arrests"),
    ("No one was arrested.", "No one was arrested", "arrest", "invented: accidents, arrests"),
]


@pytest.mark.parametrize(
    ("text", "surface", "subject", "provenance"),
    IN_WORDS,
    ids=[f"{c[1]}:{c[2]}" for c in IN_WORDS],
)
def test_zero_tolls_in_words(text: str, surface: str, subject: str, provenance: str) -> None:
    [fact] = extract(Article(id="t", text=text)).facts
    assert (fact.surface, fact.subject, fact.negated, fact.quantity.nominal) == (
        surface,
        subject,
        True,
        0.0,
    )


def test_a_figure_inside_a_zero_toll_is_the_whole_not_a_toll() -> None:
    ex = extract_text("None of the 40 passengers were hurt.")
    whole = fact_at(ex, "40")
    assert (whole.subject, whole.event) == ("passenger", None)
    assert any(f.negated and f.subject == "injured" for f in ex.facts)
