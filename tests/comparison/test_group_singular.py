"""Groups are keyed in the singular, and a disease named with a final s is no plural.

A row keyed by the group "measles" must read "measles", never "measle". Invented
sentences (provenance ``invented``), several domains.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, compare
from discrepancy.comparison.entries import slots_of
from tests.helpers import extract_text, fact_covering

GROUPS = [
    # text, figure, group as the text gives it, group key, domain, provenance
    ("Clinics counted 214 cases.", "214", "measles", "measles", "health", "invented"),
    ("Clinics counted 38 cases.", "38", "mumps", "mumps", "health", "invented"),
    ("Clinics counted 12 cases.", "12", "rabies", "rabies", "health", "invented"),
    ("Clinics counted 90 cases.", "90", "scabies", "scabies", "health", "invented"),
    ("The ferry carried 40 people.", "40", "Britons", "briton", "transport", "invented"),
    (
        "Police held 12 people.",
        "12",
        "counter-protesters",
        "counter-protester",
        "crowds",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "given", "group", "domain", "provenance"),
    GROUPS,
    ids=[f"{g[4]}-{g[2]}" for g in GROUPS],
)
def test_a_group_is_keyed_in_the_singular(
    text: str, figure: str, given: str, group: str, domain: str, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure).model_copy(update={"group": given})
    assert slots_of(fact).group == group


def test_a_disease_group_keys_its_row_by_its_name() -> None:
    day = date(2026, 3, 4)
    cmp = compare(
        [
            Article(
                id="a",
                text="The number of confirmed measles cases has risen to 216, officials said.",
                published=day,
            ),
            Article(
                id="b",
                text="The number of confirmed measles cases rose to 230, the ministry said.",
                published=day,
            ),
        ]
    )
    assert [(r.key.subject, r.key.group, r.verdict.value) for r in cmp.rows] == [
        ("case", "measles", "differ")
    ]
