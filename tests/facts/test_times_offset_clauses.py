"""A clause counted from a day by days or weeks is of another day: "a week after".

"The union said 80,000 marched on Saturday, a week after a factory fire killed 12
workers" dated the 12 to Saturday, so a background toll sat in the story's current
row. A clause after a count of days or weeks and "after" (or "before") that holds the
figure, with the day it is counted from outside it, is of that day moved by the count
(``facts.windows.offset_clauses``): the Saturday before, its days ``inferred``. It dates
nothing after it. A figure of the main clause keeps its day, and "days after" with no
count moves nothing. Articles are published on Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import TimeBasis
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
STATED = TimeBasis.STATED

CASES = [
    # text, figure, (window key, words), provenance
    (
        "The union said 80,000 marched on Saturday, a week after a factory fire killed 12 workers.",
        "12",
        ("day:2027-04-03..2027-04-03", "a week after"),
        f"{NEWS}: crowds",
    ),
    (
        "The union said 80,000 marched on Saturday, a week after a factory fire killed 12 workers.",
        "80,000",
        ("day:2027-04-10..2027-04-10", "on Saturday"),
        f"{NEWS}: crowds",
    ),
    (
        "A week after a fire killed 12 workers, 80,000 people marched on Saturday.",
        "12",
        ("day:2027-04-03..2027-04-03", "A week after"),
        f"{NEWS}: crowds",
    ),
    (
        "Police arrested 40 people on Friday, three days after a bombing killed 9 people.",
        "9",
        ("day:2027-04-06..2027-04-06", "three days after"),
        f"{NEWS}: crime",
    ),
    (
        "Officials evacuated 3,000 residents on Thursday, two days before the storm "
        "destroyed 400 homes.",
        "400",
        ("day:2027-04-10..2027-04-10", "two days before"),
        f"{NEWS}: weather",
    ),
    (
        "Rebels fired 60 rockets on Saturday, 2 days after an air strike killed 14 fighters.",
        "14",
        ("day:2027-04-08..2027-04-08", "2 days after"),
        f"{NEWS}: conflict",
    ),
    # The main clause keeps its day; a vague count moves nothing.
    (
        "Rescuers pulled 12 survivors from the rubble on Monday, two days after the quake struck.",
        "12",
        ("day:2027-04-05..2027-04-05", "on Monday"),
        f"{NEWS}: earthquake",
    ),
    (
        "Shares fell 4% on Friday, days after the company cut 2,000 jobs.",
        "2,000",
        ("day:2027-04-09..2027-04-09", "on Friday"),
        f"{NEWS}: economy",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    CASES,
    ids=[f"{c[1]}-{c[3].split(': ')[-1]}" for c in CASES],
)
def test_a_clause_counted_from_a_day_is_of_another_day(
    text: str, figure: str, expected: tuple[str, str], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert fact.time_basis is STATED
    assert (fact.time.key() if fact.time else None, fact.time_surface) == expected


def test_the_moved_day_dates_nothing_after_it() -> None:
    text = (
        "Rebels fired 60 rockets on Saturday, a week after an air strike killed 14 "
        "fighters. The salvo included 20 rockets."
    )
    fact = fact_at(extract_text(text, published=PUB), "20")
    assert (fact.time.key() if fact.time else None, fact.time_basis) == (
        "day:2027-04-10..2027-04-10",
        TimeBasis.CONTEXT,
    )
