"""The day of a statement: an as-of day for a running total, never an event's time.

- A running total (a toll, a count of cases or arrests) dated only by the day it was
  given is the total as of that day, even days before publication ("the ministry
  said on Tuesday that 12 people had died", in Sunday's paper), not the weekend's;
- an event count in the past perfect after a dated statement keeps the event's time
  ("the army said on Sunday it had intercepted 90 percent"): here no event time is
  stated, so the statement's day is its best bound;
- a count with a time of its own keeps it ("said on Saturday that 12 were killed
  overnight": the night before Saturday);
- an event's count that is no running total is not moved to a statement's day
  outside the default window ("said on Friday that 200 homes had been flooded").
Articles are published on Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import TimeBasis
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
CONTEXT, STATED, DEFAULT = TimeBasis.CONTEXT, TimeBasis.STATED, TimeBasis.DEFAULT

CASES = [
    # text, figure, (window key, basis), provenance
    (
        "The health ministry said on Tuesday that 12 people had died.",
        "12",
        ("day:2027-04-06..2027-04-06", CONTEXT),
        f"{NEWS}: health",
    ),
    (
        "Twelve people have died in the floods, officials said on Wednesday.",
        "Twelve",
        ("day:2027-04-07..2027-04-07", CONTEXT),
        f"{NEWS}: weather",
    ),
    (
        "Officials said on Thursday that 1,400 cases had been confirmed.",
        "1,400",
        ("day:2027-04-08..2027-04-08", CONTEXT),
        f"{NEWS}: health",
    ),
    (
        "Rescuers said on Thursday that 40 people were still missing after the collapse.",
        "40",
        ("day:2027-04-08..2027-04-08", CONTEXT),
        f"{NEWS}: crowds",
    ),
    (
        "The army said on Sunday it had intercepted 90 percent of the drones.",
        "90 percent",
        ("day:2027-04-11..2027-04-11", CONTEXT),
        f"{NEWS}: conflict",
    ),
    (
        "Officials said on Saturday that 12 people were killed overnight.",
        "12",
        ("night:2027-04-09..2027-04-10", STATED),
        f"{NEWS}: conflict",
    ),
    (
        "The ministry said on Friday that 300 flights were cancelled overnight.",
        "300",
        ("night:2027-04-08..2027-04-09", STATED),
        f"{NEWS}: transport",
    ),
    (
        "Police said on Sunday that 40 people were arrested overnight.",
        "40",
        ("night:2027-04-10..2027-04-11", STATED),
        f"{NEWS}: crime",
    ),
    (
        "The council said on Friday that 200 homes had been flooded.",
        "200",
        ("span:2027-04-10..2027-04-11", DEFAULT),
        f"{NEWS}: weather",
    ),
    # A time of the event before the statement dates the toll, as it did.
    (
        "The quake struck on Monday. The ministry said on Tuesday that 12 people had died.",
        "12",
        ("day:2027-04-05..2027-04-05", CONTEXT),
        f"{NEWS}: earthquake",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    CASES,
    ids=[f"{c[1]}-{c[3].split(': ')[-1]}" for c in CASES],
)
def test_the_day_a_figure_was_given(
    text: str, figure: str, expected: tuple[str, TimeBasis], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert (fact.time.key() if fact.time else None, fact.time_basis) == expected
