"""The negation passes: a toll denied in words ("no casualties") is a fact of value 0."""

from __future__ import annotations

import pytest

from discrepancy import Qualifier
from tests.helpers import extract_text, fact_covering

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
