"""The time a figure covers: this session's patterns, one table each (issue 15).

Every sentence is invented for these tests (provenance column), spread over domains.
Articles are published on Sunday 2027-04-11; each case gives a figure and the window
key and basis it takes.

Two days in one sentence (``CONJUNCTS``): each figure takes the nearest time of its
own conjunct.

"Rebels fired 40 rockets on Saturday and 12 on Sunday" dates the 40 to Saturday and
the 12 to Sunday; so does "On Saturday the river flooded 300 homes and on Sunday
another 120", where the Sunday that opens the second conjunct (after a coordinator of
class ``conjunct_opener``, or a semicolon) stands nearer the 300 than its own
Saturday does. A figure with no time in its own conjunct still takes the next one.

The day of a statement (``STATEMENT_DAYS``): an as-of day for a running total, never
an event's time.

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

Ordinal days of the story's event (``EVENT_DAYS``) are times: "on the first strike
day".

"1.2 million marched on Tuesday, compared with about 900,000 on the first strike day"
gave both figures Tuesday, so two outlets' earlier figures sat in the current row as
a rival. An ordinal day or week of the event ("the opening day of the strike", "the
first week of the outbreak", "the second day of protests", "day 3 of the unrest") is
now a time of its own (``facts.windows.event_days``):

- the first day (or week) is the day the article says the event started ("the strike
  began on Tuesday"), when it says so of the event the ordinal names;
- otherwise, and for any later day (days of a strike movement are often not
  consecutive), the window is a label every outlet's text gives alike,
  ``day:unresolved:day 1 of the event``;
- an unresolved one dates its figure only as an earlier aside (after a word of class
  ``earlier_link``: "compared with", "up from", "after"): the story's own day is
  dated by its other times, and "this sixth day of protest" is the story's own day;
- "the first day of the month" is a calendar day, not the event's.

A clause counted from a day (``OFFSET_CLAUSES``): "a week after".

"The union said 80,000 marched on Saturday, a week after a factory fire killed 12
workers" dated the 12 to Saturday, so a background toll sat in the story's current
row. A clause after a count of days or weeks and "after" (or "before") that holds the
figure, with the day it is counted from outside it, is of that day moved by the count
(``facts.windows.offset_clauses``): the Saturday before, its days ``inferred``. It dates
nothing after it. A figure of the main clause keeps its day, and "days after" with no
count moves nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, TimeBasis, compare
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
CONTEXT, STATED, DEFAULT = TimeBasis.CONTEXT, TimeBasis.STATED, TimeBasis.DEFAULT
FRI = ("day:2027-04-09..2027-04-09", STATED)
SAT = ("day:2027-04-10..2027-04-10", STATED)
SUN = ("day:2027-04-11..2027-04-11", STATED)
TUESDAY = ("day:2027-04-06..2027-04-06", STATED)
DAY1 = ("day:unresolved:day 1 of the event", STATED)
WEEKEND = ("span:2027-04-10..2027-04-11", DEFAULT)

Case = tuple[str, str, tuple[str, TimeBasis], str]

# ------------------------------------------------ two days in one sentence, by conjunct

CONJUNCTS: list[Case] = [
    # text, figure, (window key, basis), provenance
    ("Rebels fired 40 rockets on Saturday and 12 on Sunday.", "40", SAT, f"{NEWS}: conflict"),
    ("Rebels fired 40 rockets on Saturday and 12 on Sunday.", "12", SUN, f"{NEWS}: conflict"),
    (
        "On Saturday the river flooded 300 homes and on Sunday another 120.",
        "300",
        SAT,
        f"{NEWS}: weather",
    ),
    (
        "On Saturday the river flooded 300 homes and on Sunday another 120.",
        "120",
        SUN,
        f"{NEWS}: weather",
    ),
    (
        "On Friday the clinic treated 300 patients, while on Saturday it saw 150.",
        "300",
        FRI,
        f"{NEWS}: health",
    ),
    (
        "On Friday the clinic treated 300 patients, while on Saturday it saw 150.",
        "150",
        SAT,
        f"{NEWS}: health",
    ),
    (
        "On Friday the airline cancelled 200 flights, and on Saturday it cancelled 90.",
        "200",
        FRI,
        f"{NEWS}: transport",
    ),
    (
        "On Saturday police arrested 40 people; on Sunday they detained 25 more.",
        "40",
        SAT,
        f"{NEWS}: crime",
    ),
    (
        "On Saturday police arrested 40 people; on Sunday they detained 25 more.",
        "25",
        SUN,
        f"{NEWS}: crime",
    ),
    (
        "Some 5,000 people marched on Saturday and 12,000 on Sunday.",
        "Some 5,000",
        SAT,
        f"{NEWS}: crowds",
    ),
    (
        "Some 5,000 people marched on Saturday and 12,000 on Sunday.",
        "12,000",
        SUN,
        f"{NEWS}: crowds",
    ),
    (
        "On Friday hospitals admitted 40 patients but on Saturday they admitted 12.",
        "40",
        FRI,
        f"{NEWS}: health",
    ),
    (
        "On Friday the storm dropped 20 cm of snow, then on Saturday another 12 cm.",
        "20 cm",
        FRI,
        f"{NEWS}: weather",
    ),
    (
        "In March exports fell 3% but in April they rose 2%.",
        "3%",
        ("month:2027-03-01..2027-03-31", STATED),
        f"{NEWS}: economy",
    ),
    # With no time of its own conjunct, a figure still takes the next one.
    (
        "Rebels fired 40 rockets and on Sunday they fired 12 more.",
        "40",
        SUN,
        f"{NEWS}: conflict",
    ),
]

# ------------------------------------------------------------------ a statement's day

STATEMENT_DAYS: list[Case] = [
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
        WEEKEND,
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

# ----------------------------------------------------------- ordinal days of the event

EVENT_DAYS: list[Case] = [
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
        ("week:unresolved:week 1 of the event", STATED),
        f"{NEWS}: health",
    ),
    (
        "Shelters housed 5,000 people on Saturday, compared with 1,800 on the third day "
        "of the floods.",
        "1,800",
        ("day:unresolved:day 3 of the event", STATED),
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
        ("day:unresolved:day 3 of the event", STATED),
        f"{NEWS}: crime",
    ),
    # The day the event started is the first day.
    (
        "The strike began on Tuesday. On the opening day, 40% of trains were cancelled.",
        "40%",
        ("day:2027-04-06..2027-04-06", STATED),
        f"{NEWS}: transport",
    ),
    (
        "The offensive started on Tuesday. Some 60 shells fell on Thursday, after 140 "
        "on the first day.",
        "140",
        ("day:2027-04-06..2027-04-06", STATED),
        f"{NEWS}: conflict",
    ),
    (
        "Protests erupted on Tuesday. Some 5,000 marched on Thursday, after 2,000 on the "
        "first day of protest.",
        "2,000",
        ("day:2027-04-06..2027-04-06", STATED),
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
        WEEKEND,
        f"{NEWS}: crowds",
    ),
    ("Turnout on the first day of voting was 31%.", "31%", WEEKEND, f"{NEWS}: elections"),
    (
        "For this sixth day of protest since the start of the year, 700,000 people marched.",
        "700,000",
        WEEKEND,
        f"{NEWS}: crowds",
    ),
    # A calendar day is not the event's.
    (
        "Exports fell to 300 tonnes on Friday, down from 410 on the first day of the month.",
        "410",
        ("day:2027-04-09..2027-04-09", STATED),
        f"{NEWS}: economy",
    ),
]

# ------------------------------------------- a clause counted from a day: "a week after"

OFFSET_CLAUSES: list[Case] = [
    # text, figure, (window key, words), provenance
    (
        "The union said 80,000 marched on Saturday, a week after a factory fire killed 12 workers.",
        "12",
        ("day:2027-04-03..2027-04-03", STATED),
        f"{NEWS}: crowds",
    ),
    (
        "The union said 80,000 marched on Saturday, a week after a factory fire killed 12 workers.",
        "80,000",
        ("day:2027-04-10..2027-04-10", STATED),
        f"{NEWS}: crowds",
    ),
    (
        "A week after a fire killed 12 workers, 80,000 people marched on Saturday.",
        "12",
        ("day:2027-04-03..2027-04-03", STATED),
        f"{NEWS}: crowds",
    ),
    (
        "Police arrested 40 people on Friday, three days after a bombing killed 9 people.",
        "9",
        ("day:2027-04-06..2027-04-06", STATED),
        f"{NEWS}: crime",
    ),
    (
        "Officials evacuated 3,000 residents on Thursday, two days before the storm "
        "destroyed 400 homes.",
        "400",
        ("day:2027-04-10..2027-04-10", STATED),
        f"{NEWS}: weather",
    ),
    (
        "Rebels fired 60 rockets on Saturday, 2 days after an air strike killed 14 fighters.",
        "14",
        ("day:2027-04-08..2027-04-08", STATED),
        f"{NEWS}: conflict",
    ),
    # The main clause keeps its day; a vague count moves nothing.
    (
        "Rescuers pulled 12 survivors from the rubble on Monday, two days after the quake struck.",
        "12",
        ("day:2027-04-05..2027-04-05", STATED),
        f"{NEWS}: earthquake",
    ),
    (
        "Shares fell 4% on Friday, days after the company cut 2,000 jobs.",
        "2,000",
        ("day:2027-04-09..2027-04-09", STATED),
        f"{NEWS}: economy",
    ),
]

TABLES = {
    "conjuncts": CONJUNCTS,
    "statement days": STATEMENT_DAYS,
    "event days": EVENT_DAYS,
    "offset clauses": OFFSET_CLAUSES,
}


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    [case for table in TABLES.values() for case in table],
    ids=[f"{name}/{c[1]}-{c[3].split(': ')[-1]}" for name, table in TABLES.items() for c in table],
)
def test_the_window_a_pattern_gives_its_figure(
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


def test_a_moved_day_names_the_words_that_count_it() -> None:
    text = "Police arrested 40 people on Friday, three days after a bombing killed 9 people."
    fact = fact_at(extract_text(text, published=PUB), "9")
    assert (fact.time_surface, fact.time.inferred if fact.time else None) == (
        "three days after",
        ("start", "end"),
    )


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
