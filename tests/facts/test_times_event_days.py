"""Ordinal days of the story's event are times: "on the first strike day".

"1.2 million marched on Tuesday, compared with about 900,000 on the first strike day"
gave both figures Tuesday, so two outlets' earlier figures sat in the current row as
a rival. An ordinal day or week of the event ("the opening day of the strike", "the
first week of the outbreak", "the second day of protests", "day 3 of the unrest") is
now a time of its own
(``facts.windows.event_days``):

- the first day (or week) is the day the article says the event started ("the strike
  began on Tuesday"), when it says so of the event the ordinal names;
- otherwise, and for any later day (days of a strike movement are often not
  consecutive), the window is a label every outlet's text gives alike,
  ``day:unresolved:day 1 of the event``;
- an unresolved one dates its figure only as an earlier aside (after a word of class
  ``earlier_link``: "compared with", "up from", "after"): the story's own day is
  dated by its other times, and "this sixth day of protest" is the story's own day;
- "the first day of the month" is a calendar day, not the event's.
Articles are published on Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, TimeBasis, compare
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
DAY1 = ("day:unresolved:day 1 of the event", TimeBasis.STATED)
DEFAULT = ("span:2027-04-10..2027-04-11", TimeBasis.DEFAULT)
TUESDAY = ("day:2027-04-06..2027-04-06", TimeBasis.STATED)

CASES = [
    # text, figure, (window key, basis), provenance
    (
        "Unions said 1.2 million marched on Tuesday, compared with about 900,000 on the "
        "first strike day.",
        "about 900,000",
        DAY1,
        f"{NEWS}: crowds",
    ),
    (
        "Unions said 1.2 million marched on Tuesday, compared with about 900,000 on the "
        "first strike day.",
        "1.2 million",
        TUESDAY,
        f"{NEWS}: crowds",
    ),
    (
        "Some 4,000 flights were cancelled on Tuesday, up from 2,500 on the opening day "
        "of the strike.",
        "2,500",
        DAY1,
        f"{NEWS}: transport",
    ),
    (
        "Police made 40 arrests on Sunday, after 25 on the first day of the unrest.",
        "25",
        DAY1,
        f"{NEWS}: crime",
    ),
    (
        "Admissions rose to 300 on Friday from 120 in the first week of the outbreak.",
        "120",
        ("week:unresolved:week 1 of the event", TimeBasis.STATED),
        f"{NEWS}: health",
    ),
    (
        "Shelters housed 5,000 people on Saturday, compared with 1,800 on the third day "
        "of the floods.",
        "1,800",
        ("day:unresolved:day 3 of the event", TimeBasis.STATED),
        f"{NEWS}: weather",
    ),
    (
        "Some 4,000 flights were cancelled on Tuesday, compared with 2,500 on day one of "
        "the strike.",
        "2,500",
        DAY1,
        f"{NEWS}: transport",
    ),
    (
        "Police made 40 arrests on Sunday, after 25 on day 3 of the unrest.",
        "25",
        ("day:unresolved:day 3 of the event", TimeBasis.STATED),
        f"{NEWS}: crime",
    ),
    # The day the event started is the first day.
    (
        "The strike began on Tuesday. On the opening day, 40% of trains were cancelled.",
        "40%",
        ("day:2027-04-06..2027-04-06", TimeBasis.STATED),
        f"{NEWS}: transport",
    ),
    (
        "The offensive started on Tuesday. Some 60 shells fell on Thursday, after 140 "
        "on the first day.",
        "140",
        ("day:2027-04-06..2027-04-06", TimeBasis.STATED),
        f"{NEWS}: conflict",
    ),
    (
        "Protests erupted on Tuesday. Some 5,000 marched on Thursday, after 2,000 on the "
        "first day of protest.",
        "2,000",
        ("day:2027-04-06..2027-04-06", TimeBasis.STATED),
        f"{NEWS}: crowds",
    ),
    # Another event's start is not this event's.
    (
        "The festival opened on Tuesday. Some 60% of trains ran on Thursday, after only "
        "40% on the first day of the strike.",
        "40%",
        DAY1,
        f"{NEWS}: transport",
    ),
    # Not an aside: the story's own day, dated by its other times (here none).
    (
        "About 12,000 people marched on the third day of protests.",
        "About 12,000",
        DEFAULT,
        f"{NEWS}: crowds",
    ),
    ("Turnout on the first day of voting was 31%.", "31%", DEFAULT, f"{NEWS}: elections"),
    (
        "For this sixth day of protest since the start of the year, 700,000 people marched.",
        "700,000",
        DEFAULT,
        f"{NEWS}: crowds",
    ),
    # A calendar day is not the event's.
    (
        "Exports fell to 300 tonnes on Friday, down from 410 on the first day of the month.",
        "410",
        ("day:2027-04-09..2027-04-09", TimeBasis.STATED),
        f"{NEWS}: economy",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    CASES,
    ids=[f"{c[1]}-{c[3].split(': ')[-1]}" for c in CASES],
)
def test_an_ordinal_day_of_the_event_is_a_time(
    text: str, figure: str, expected: tuple[str, TimeBasis], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert (fact.time.key() if fact.time else None, fact.time_basis) == expected


def test_two_outlets_first_days_meet_apart_from_the_current_day() -> None:
    """ "the first strike day" and "the opening day of the strike" are one row, and the
    current day's figures another: neither outlet's earlier figure is the rival of a
    current one."""
    a = Article(
        id="a",
        text="Unions said 1.2 million people marched on Tuesday, compared with about "
        "900,000 on the first strike day.",
        published=date(2027, 4, 7),
    )
    b = Article(
        id="b",
        text="Some 1.1 million people marched on Tuesday, up from 880,000 on the opening "
        "day of the strike, unions said.",
        published=date(2027, 4, 7),
    )
    rows = [
        (r.key.window, sorted(c.fact.quantity.surface for c in r.cells if c.fact))
        for r in compare([a, b]).rows
    ]
    assert rows == [
        ("day:2027-04-06..2027-04-06", ["1.2 million", "Some 1.1 million"]),
        ("day:unresolved:day 1 of the event", ["880,000", "about 900,000"]),
    ]
