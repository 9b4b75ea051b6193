"""A storm's category is a fact of its own: subject ``storm category``, unit
``category``, only in a sentence about a storm. Invented sentences (provenance
``invented``), written before the subject entry in ``subjects.jsonl``."""

from __future__ import annotations

import pytest

from discrepancy import Basis
from tests.helpers import extract_text, fact_covering

CASES = [
    # text, figure, value, basis, provenance
    ("Chido was a Category 4 storm when it hit.", "Category 4", 4, Basis.NONE, "invented"),
    ("The cyclone, a category five storm, killed 12.", "category five", 5, Basis.NONE, "invented"),
    ("The storm was downgraded to Category 2 on Monday.", "Category 2", 2, Basis.NONE, "invented"),
    ("Ivan made landfall as a Category 3 hurricane.", "Category 3", 3, Basis.NONE, "invented"),
    (
        "Forecasters said the typhoon could reach Category 3 by Friday.",
        "Category 3",
        3,
        Basis.PROJECTION,
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "basis", "provenance"), CASES, ids=[c[1] for c in CASES]
)
def test_a_storm_category_is_a_measure_of_the_storm(
    text: str, figure: str, value: int, basis: Basis, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.quantity.unit, fact.quantity.nominal, fact.basis) == (
        "storm category",
        "category",
        value,
        basis,
    )


def test_a_category_of_no_storm_is_no_fact() -> None:
    extraction = extract_text("The hotel has a category 3 rating.")
    assert extraction.facts == ()


@pytest.mark.xfail(strict=True, reason="an open subject before the verb wins over the rating")
def test_a_storm_that_strengthens_to_a_category() -> None:
    fact = fact_covering(extract_text("The hurricane strengthened to Category 5."), "Category 5")
    assert fact.subject == "storm category"
