"""Changes of a rate in percent and in points (issue #15): where a story gives a rate's
level as a percentage, a change of it "in percent" is most often percentage points in
news copy, so "fell 0.5%" meets another outlet's "fell 0.5 percentage points", read as
points and said so in the row's assumptions.

An outlet that gives both forms ("0.5 points, a 10.9% drop") means two figures; a
subject whose level is an amount (hourly earnings in dollars) changes in percent; a
change that disagrees once read as points keeps its row (the reading is an
assumption, never grounds for a difference). Every story is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, compare
from tests.comparison.story_rows import story_rows

# (unit, form, cells: outlet -> figure, agreement): the rows of changes only
Expected = tuple[str, str, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "economy-unemployment-rate",
        "invented: economy (devset pattern: a rate's change in percent and in points)",
        {
            "a": "The unemployment rate rose to 4.3% on Saturday, up 0.2% from a year earlier.",
            "b": "The jobless rate climbed 0.2 percentage points from a year earlier to 4.3% "
            "on Saturday.",
        },
        [("percentage_point", "change up", {"a": "0.2%", "b": "0.2 percentage points"}, "agree")],
    ),
    (
        "economy-inflation",
        "invented: economy",
        {
            "a": "Inflation fell 0.3% to 2.9% in March.",
            "b": "Annual inflation fell by 0.3 percentage points to 2.9% in March.",
        },
        [("percentage_point", "change down", {"a": "0.3%", "b": "0.3 percentage points"}, "agree")],
    ),
    (
        "elections-approval-rating",
        "invented: elections",
        {
            "a": "The president's approval rating slipped to 41% on Saturday, down 3% in a week.",
            "b": "His approval rating fell 3 percentage points in a week to 41% on Saturday.",
        },
        [("percentage_point", "change down", {"a": "3%", "b": "3 percentage points"}, "agree")],
    ),
    (
        "elections-turnout",
        "invented: elections",
        {
            "a": "Turnout reached 68% on Saturday, up 4% on the last election.",
            "b": "Turnout was 68% on Saturday, 4 percentage points higher than at the last "
            "election.",
        },
        [("percentage_point", "change up", {"a": "4%", "b": "4 percentage points"}, "agree")],
    ),
    (
        "economy-interest-rate",
        "invented: economy",
        {
            "a": "The central bank raised its interest rate to 5.25% on Saturday, an increase "
            "of 0.25%.",
            "b": "The central bank raised interest rates by 0.25 percentage points to 5.25% "
            "on Saturday.",
        },
        [
            (
                "percentage_point",
                "change up",
                {"a": "0.25%", "b": "0.25 percentage points"},
                "agree",
            )
        ],
    ),
    (
        "economy-both-forms-stay-apart",
        "invented: economy; guard: an outlet gives the change in points and in percent",
        {
            "a": "The jobless rate fell 0.5 percentage points to 4.1% on Saturday, a 10.9% drop.",
            "b": "Unemployment dropped by 0.5 percentage points on Saturday, to 4.1%.",
            "c": "The jobless rate fell to 4.1% on Saturday, down 10.9%.",
        },
        [
            (
                "percentage_point",
                "change down",
                {"a": "0.5 percentage points", "b": "0.5 percentage points"},
                "agree",
            ),
            ("percent", "change down", {"a": "10.9%", "c": "10.9%"}, "agree"),
        ],
    ),
    (
        "economy-earnings-level-is-money",
        "invented: economy; guard: a subject whose level is an amount changes in percent",
        {
            "a": "Average hourly earnings rose 0.3% to $36.44 on Saturday.",
            "b": "Average hourly earnings rose 0.3 percentage points on Saturday.",
        },
        [
            ("percent", "change up", {"a": "0.3%"}, "single"),
            ("percentage_point", "change up", {"b": "0.3 percentage points"}, "single"),
        ],
    ),
    (
        "health-disagreeing-change-stays-apart",
        "invented: health; guard: the reading never makes a difference",
        {
            "a": "Vaccination coverage rose to 81% on Saturday, up 4% in a month.",
            "b": "Vaccination coverage rose 2 percentage points in a month to 81% on Saturday.",
        },
        [
            ("percentage_point", "change up", {"b": "2 percentage points"}, "single"),
            ("percent", "change up", {"a": "4%"}, "single"),
        ],
    ),
]


def _changes(story: dict[str, str]) -> list[tuple[object, ...]]:
    """The story's rows of changes (unit, form, cells, agreement)."""
    return [row for row in story_rows(story, "unit", "form") if row[1] is not None]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_point_change_rows(story: dict[str, str], expected: list[Expected]) -> None:
    assert _changes(story) == expected


def test_the_row_says_the_percentage_is_read_as_points() -> None:
    _, _, story, _ = CASES[0]
    comparison = compare(
        [Article(id=aid, text=text, published=date(2026, 4, 11)) for aid, text in story.items()]
    )
    (row,) = [r for r in comparison.rows if r.key.form is not None]
    assert row.assumptions == (
        "'0.2%', a change of a rate given as a percentage, is read as percentage points",
    )
