"""The grade of an injured count: the gravest cases are a group of their own.

"Twelve of the injured are in critical condition" and another outlet's "ten of them in
a critical state" count one thing, the critically injured: a row of their own, never set
against all the injured. Invented sentences (provenance ``invented``) from several
domains, written before the rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, compare
from tests.helpers import extract_text, fact_covering

CASES = [
    # text, figure, group, domain, provenance
    (
        "Twelve of the injured are in critical condition.",
        "Twelve",
        "critical",
        "transport",
        "invented",
    ),
    (
        "Nine people were in a critical condition, the hospital said.",
        "Nine",
        "critical",
        "disaster",
        "invented",
    ),
    (
        "Three people were critically injured in the blast.",
        "Three",
        "critical",
        "conflict",
        "invented",
    ),
    ("Five of the wounded are in serious condition.", "Five", "serious", "crime", "invented"),
    (
        "Forty fans were hurt in the crush, four of them seriously.",
        "four",
        "serious",
        "crowds",
        "invented",
    ),
    (
        "Two climbers suffered severe injuries in the fall.",
        "Two",
        "serious climber",
        "weather",
        "invented",
    ),
    # counter-cases: the whole keeps no grade; a denied grade is none
    (
        "Forty fans were hurt in the crush, four of them seriously.",
        "Forty",
        "fan",
        "crowds",
        "invented",
    ),
    ("Twelve officers were injured, none seriously.", "Twelve", "officer", "crime", "invented"),
    (
        "Seven people were killed and 43 injured in the derailment.",
        "43",
        None,
        "transport",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "group", "domain", "provenance"),
    CASES,
    ids=[f"{c[3]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_the_grade_of_an_injured_count_leads_its_group(
    text: str, figure: str, group: str | None, domain: str, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.group) == ("injured", group)


def test_two_outlets_grades_meet_apart_from_the_injured() -> None:
    day = date(2026, 9, 21)
    cmp = compare(
        [
            Article(
                id="rail",
                text="Forty-three people were injured when the train derailed on Sunday. "
                "Twelve of the injured are in critical condition.",
                published=day,
            ),
            Article(
                id="gazette",
                text="More than 40 passengers were taken to hospital on Sunday, 10 of them "
                "in a critical state.",
                published=day,
            ),
        ]
    )
    rows = [
        (
            r.key.group,
            tuple(sorted(c.fact.surface for c in r.cells if c.fact is not None)),
            r.verdict.value,
        )
        for r in cmp.rows
        if r.key.subject == "injured"
    ]
    assert ("critical", ("10", "Twelve"), "differ") in rows
    assert all("Twelve" not in cells or group == "critical" for group, cells, _ in rows)
