"""The rules the held-out date table (``test_dates_held_out.py``) led to, each a case table
of new sentences and, where the rule promises something for every input, a property.

- Tense: a date without a year (a weekday, a day and month, a month, a holiday, "the
  first Monday of June") is read back from publication in a clause of the past and
  forward in a clause of what is to come ("will", "is due", "starts", "plans to").
- Numeric dates: "13/04/2024" and "04/13/2024" are read; "03/05/2024" only when
  publication rules one order out.
- Bare quarters and halves: "in the fourth quarter" is a part of the year in a
  sentence that reports by period, never in one about a game.

Every sentence is invented after the fix (provenance column), in several domains.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.mentions.times import find_times

WED = date(2024, 5, 8)
AFTER = "invented, after the fix"

TENSE = [
    # (text, publication, expected (surface, key) pairs, domain)
    (
        "Junior doctors will strike on Tuesday.",
        WED,
        (("on Tuesday", "day:2024-05-14..2024-05-14"),),
        "health",
    ),
    (
        "Junior doctors struck on Tuesday.",
        WED,
        (("on Tuesday", "day:2024-05-07..2024-05-07"),),
        "health",
    ),
    ("The runoff is on Sunday.", WED, (("on Sunday", "day:2024-05-12..2024-05-12"),), "elections"),
    (
        "On Sunday, voters will choose a new mayor.",
        WED,
        (("On Sunday", "day:2024-05-12..2024-05-12"),),
        "elections",
    ),
    (
        "On Sunday, voters chose a new mayor.",
        WED,
        (("On Sunday", "day:2024-05-05..2024-05-05"),),
        "elections",
    ),
    (
        "The ferry service resumes on 2 March.",
        WED,
        (("on 2 March", "day:2025-03-02..2025-03-02"),),
        "transport",
    ),
    (
        "The ferry service resumed on 2 March.",
        WED,
        (("on 2 March", "day:2024-03-02..2024-03-02"),),
        "transport",
    ),
    (
        "The hearing is expected to open in September.",
        WED,
        (("in September", "month:2024-09-01..2024-09-30"),),
        "courts",
    ),
    (
        "Ceasefire talks collapsed in September.",
        WED,
        (("in September", "month:2023-09-01..2023-09-30"),),
        "conflict",
    ),
    (
        "The ministry plans to publish the figures after Christmas.",
        WED,
        (("Christmas", "day:2024-12-25..2024-12-25"),),
        "economy",
    ),
    (
        "Shops will be closed on Boxing Day.",
        WED,
        (("on Boxing Day", "day:2024-12-26..2024-12-26"),),
        "economy",
    ),
    (
        "The station closed due to flooding on Friday.",
        WED,
        (("on Friday", "day:2024-05-03..2024-05-03"),),
        "weather",
    ),
    (
        "The minister unveiled a plan on Monday.",
        WED,
        (("on Monday", "day:2024-05-06..2024-05-06"),),
        "economy",
    ),
    (
        "Crowds of 20,000 are expected on Saturday.",
        WED,
        (("on Saturday", "day:2024-05-11..2024-05-11"),),
        "crowds",
    ),
]

TENSE += [
    (
        "Peace talks begin on Thursday.",
        WED,
        (("on Thursday", "day:2024-05-09..2024-05-09"),),
        "conflict",
    ),
    (
        "The new law takes effect on 1 July.",
        WED,
        (("on 1 July", "day:2024-07-01..2024-07-01"),),
        "transport",
    ),
    # "this month" runs to publication in the past, to its end ahead
    (
        "Rainfall this month reached 80 mm.",
        WED,
        (("this month", "month:2024-05-01..2024-05-08"),),
        "weather",
    ),
    (
        "Rainfall this month is forecast to top 100 mm.",
        WED,
        (("this month", "month:2024-05-01..2024-05-31"),),
        "weather",
    ),
    # a weekday of the month publication falls in
    (
        "The board meets on the first Friday of next month.",
        WED,
        (("on the first Friday of next month", "day:2024-06-07..2024-06-07"),),
        "economy",
    ),
    (
        "Sales fell on the second Monday of last month.",
        WED,
        (("on the second Monday of last month", "day:2024-04-08..2024-04-08"),),
        "economy",
    ),
    # a base form that is also a past form ("cut", "hit") after a modal or "to"
    (
        "The storm will hit the coast on Friday.",
        WED,
        (("on Friday", "day:2024-05-10..2024-05-10"),),
        "weather",
    ),
    (
        "The storm hit the coast on Friday.",
        WED,
        (("on Friday", "day:2024-05-03..2024-05-03"),),
        "weather",
    ),
    # a weekday written with a date picks the year the date falls on it
    (
        "The final is on Saturday, June 1.",
        WED,
        (("on Saturday, June 1", "day:2024-06-01..2024-06-01"),),
        "sport",
    ),
    (
        "Polls opened on Thursday, May 4.",
        WED,
        (("on Thursday, May 4", "day:2023-05-04..2023-05-04"),),
        "elections",
    ),
    # a schedule verb after a determiner is a noun: the clause stays past
    (
        "Shares were down 2% at the end of March.",
        WED,
        (("the end of March", "span:2024-03-21..2024-03-31"),),
        "economy",
    ),
    (
        "Sales slumped at the start of March.",
        WED,
        (("the start of March", "span:2024-03-01..2024-03-10"),),
        "economy",
    ),
]

NUMERIC = [
    (
        "Police logged 14 burglaries on 21/03/2024.",
        WED,
        (("21/03/2024", "day:2024-03-21..2024-03-21"),),
        "crime",
    ),
    (
        "The invoice dated 11/30/2023 was for $4,000.",
        WED,
        (("11/30/2023", "day:2023-11-30..2023-11-30"),),
        "economy",
    ),
    (
        "Polling stations will open on 10.06.2024.",
        WED,
        (("10.06.2024", "day:2024-06-10..2024-06-10"),),
        "elections",
    ),
    # May 7 or July 5: a past clause a day before July 5 can only mean May 7
    (
        "The order was signed 07/05/2024.",
        date(2024, 7, 4),
        (("07/05/2024", "day:2024-05-07..2024-05-07"),),
        "courts",
    ),
    # both orders are past: nothing is guessed
    ("The order was signed 02/03/2024.", WED, (), "courts"),
    # no publication day: nothing is guessed either
    ("The order was signed 02/03/2024.", None, (), "courts"),
    ("Version 2.10.2024 fixed 40 bugs.", WED, (), "not a date"),
]

QUARTERS = [
    (
        "GDP shrank 0.2% in the third quarter.",
        WED,
        (("the third quarter", "span:2023-07-01..2023-09-30"),),
        "economy",
    ),
    (
        "Exports are forecast to recover in the fourth quarter.",
        WED,
        (("the fourth quarter", "span:2024-10-01..2024-12-31"),),
        "economy",
    ),
    (
        "Hospital admissions fell in the first half.",
        date(2024, 9, 2),
        (("the first half", "span:2024-01-01..2024-06-30"),),
        "health",
    ),
    ("The Bulls led by 9 points in the fourth quarter.", WED, (), "sport"),
    ("Rain stopped play in the second half of the match.", WED, (), "sport"),
    (
        "The airline lost $40m last quarter.",
        WED,
        (("last quarter", "span:2024-01-01..2024-03-31"),),
        "transport",
    ),
]


ANAPHORA = [
    (
        "Turnout hit 71% in 2019, up from 64% four years earlier.",
        WED,
        (
            ("in 2019", "year:2019-01-01..2019-12-31"),
            ("four years earlier", "year:2015-01-01..2015-12-31"),
        ),
        "elections",
    ),
    (
        "The dam burst on 4 June and the town was evacuated a week later.",
        WED,
        (
            ("on 4 June", "day:2023-06-04..2023-06-04"),
            ("a week later", "day:2023-06-11..2023-06-11"),
        ),
        "weather",
    ),
    (
        "The plant closed in October 2022 and reopened six months later.",
        WED,
        (
            ("in October 2022", "month:2022-10-01..2022-10-31"),
            ("six months later", "month:2023-04-01..2023-04-30"),
        ),
        "economy",
    ),
    (
        "Rebels took the town on Friday 3 May 2024; the following month, 200 fled.",
        WED,
        (
            ("on Friday 3 May 2024", "day:2024-05-03..2024-05-03"),
            ("the following month", "month:2024-06-01..2024-06-30"),
        ),
        "conflict",
    ),
    (
        "Arrivals rose in 2023 after falling the previous year.",
        WED,
        (
            ("in 2023", "year:2023-01-01..2023-12-31"),
            ("the previous year", "year:2022-01-01..2022-12-31"),
        ),
        "transport",
    ),
    # no mention before it in the sentence: a span back from publication, as before
    (
        "Unemployment was 4.1%. Over the previous month it had been 3.9%.",
        WED,
        (("the previous month", "span:2024-04-08..2024-05-08"),),
        "economy",
    ),
    # "month after" without "the" is no anaphor: "last month" stays whole
    (
        "Hiring slowed last month after a strong spring.",
        WED,
        (("last month", "month:2024-04-01..2024-04-30"),),
        "economy",
    ),
    (
        "The dam failed in 2021; the year after, 300 families moved.",
        WED,
        (
            ("in 2021", "year:2021-01-01..2021-12-31"),
            ("the year after", "year:2022-01-01..2022-12-31"),
        ),
        "weather",
    ),
    (
        "Ticket sales close the day after tomorrow.",
        WED,
        (("the day after tomorrow", "day:2024-05-10..2024-05-10"),),
        "sport",
    ),
]


YEARS = [
    (
        "Borrowing rose 8% in the 2022/23 financial year.",
        WED,
        (("2022/23", "span:2022-01-01..2023-12-31"),),
        "economy",
    ),
    (
        "Turnout in 2020-21 was low.",
        WED,
        (("in 2020-21", "span:2020-01-01..2021-12-31"),),
        "elections",
    ),
    ("The plan covers 2023-25 with 40 sites.", WED, (), "not a season: two years apart"),
    ("The budget for FY 2025 is $4bn.", WED, (("2025", "year:2025-01-01..2025-12-31"),), "economy"),
    ("Funding falls in fiscal 2025.", WED, (("2025", "year:2025-01-01..2025-12-31"),), "health"),
    ("2019's floods cost $2bn.", WED, (("2019", "year:2019-01-01..2019-12-31"),), "weather"),
    (
        "rents up 5% since may, agents say",
        WED,
        (("since may", "month:2024-05-01..2024-05-08"),),
        "headline",
    ),
    ("Officials may, in time, march on.", WED, (), "not a date: the modal and the verb"),
]


Row = tuple[str, date | None, tuple[tuple[str, str], ...], str]


def _ids(table: Sequence[Row]) -> list[str]:
    return [f"{domain}: {text}" for text, _pub, _expected, domain in table]


RULES: dict[str, Sequence[Row]] = {
    "tense": TENSE,
    "numeric date": NUMERIC,
    "bare quarter": QUARTERS,
    "carried period": ANAPHORA,
    "season, fiscal year, possessive, lower case": YEARS,
}


@pytest.mark.parametrize(
    ("text", "published", "expected", "domain"),
    [case for table in RULES.values() for case in table],
    ids=[f"{rule}: {i}" for rule, table in RULES.items() for i in _ids(table)],
)
def test_rule_case(
    text: str, published: date | None, expected: tuple[tuple[str, str], ...], domain: str
) -> None:
    found = find_times(text, published=published)
    assert tuple((m.surface, m.window.key()) for m in found) == expected


# --------------------------------------------------------------------------- properties

PUBS = st.dates(min_value=date(2001, 1, 1), max_value=date(2039, 12, 31))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTH_NAMES += ["September", "October", "November", "December"]
PAST_CLAUSES = ["Police arrested 12 people {when}.", "The index fell 3% {when}."]
AHEAD_CLAUSES = ["Police will deploy 300 officers {when}.", "The vote is due {when}."]
WHENS = st.one_of(
    st.sampled_from(WEEKDAY_NAMES).map(lambda d: f"on {d}"),
    st.tuples(st.integers(1, 28), st.sampled_from(MONTH_NAMES)).map(lambda t: f"on {t[0]} {t[1]}"),
    st.sampled_from(MONTH_NAMES).map(lambda m: f"in {m}"),
    st.sampled_from(["on Christmas Day", "on New Year's Eve", "on Good Friday"]),
)


@settings(max_examples=200)
@given(
    pub=PUBS, when=WHENS, past=st.sampled_from(PAST_CLAUSES), ahead=st.sampled_from(AHEAD_CLAUSES)
)
def test_a_past_clause_never_dates_after_publication_nor_a_future_one_before(
    pub: date, when: str, past: str, ahead: str
) -> None:
    # A month read back may hold publication ("in May" in a May article), so the
    # bound is on its start going back and its end going forward.
    (back,) = find_times(past.format(when=when), published=pub)
    (forth,) = find_times(ahead.format(when=when), published=pub)
    assert back.window.start is not None
    assert forth.window.end is not None
    assert back.window.start <= pub <= forth.window.end


RELATIVE_DAYS = [
    "yesterday",
    "today",
    "tomorrow",
    "two days ago",
    "a week ago",
    "in three days' time",
]


@settings(max_examples=200)
@given(pub=PUBS, phrase=st.sampled_from(RELATIVE_DAYS))
def test_a_relative_day_moves_with_publication_by_one_day(pub: date, phrase: str) -> None:
    text = f"Officials said 40 homes were hit {phrase}."
    (first,) = find_times(text, published=pub)
    (second,) = find_times(text, published=pub + timedelta(days=1))
    assert first.window.start is not None
    assert second.window.start is not None
    assert second.window.start - first.window.start == timedelta(days=1)


DATED = st.one_of(
    WHENS, st.sampled_from(["last week", "the past fortnight", "in the fourth quarter"])
)


@settings(max_examples=200)
@given(
    pub=PUBS,
    when=DATED,
    clause=st.sampled_from([*PAST_CLAUSES, *AHEAD_CLAUSES, "Sales rose 4% {when}."]),
)
def test_a_window_never_ends_before_it_starts(pub: date, when: str, clause: str) -> None:
    for mention in find_times(clause.format(when=when), published=pub):
        window = mention.window
        assert window.start is not None
        assert window.end is not None
        assert window.start <= window.end
