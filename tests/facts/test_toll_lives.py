""" "Lives" is the noun of a toll: "claimed 80 lives" counts deaths, of no group (issue
15: a fire's toll got the group "life" and met no other outlet's deaths).

Invented sentences across domains.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import extract_text, fact_at

PUBLISHED = date(2026, 5, 10)


LIVES = [
    # text, figure, (subject, event, group), provenance
    (
        "The fire claimed at least 80 lives on Sunday.",
        "at least 80",
        ("death", "killed", None),
        "invented: disaster",
    ),
    (
        "The floods have claimed 120 lives across the region.",
        "120",
        ("death", "killed", None),
        "invented: weather",
    ),
    (
        "At least 35 lives were lost when the ferry capsized.",
        "At least 35",
        ("death", "killed", None),
        "invented: transport",
    ),
    (
        "The outbreak has cost 212 lives so far, the health ministry said.",
        "212",
        ("death", "killed", None),
        "invented: health",
    ),
    (
        "The gang war took 17 lives in March, police said.",
        "17",
        ("death", "killed", None),
        "invented: crime",
    ),
    # the people whose lives a toll took stay its group
    (
        "The clashes claimed the lives of 23 protesters.",
        "23",
        ("death", "killed", "protester"),
        "invented: conflict",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"), LIVES, ids=[r[1] for r in LIVES]
)
def test_lives_are_a_toll_of_no_group(
    text: str, figure: str, expected: tuple[str, str, str | None], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    assert (fact.subject, fact.event, fact.group) == expected
