"""A figure with no stated time belongs to the story's current window.

A running tally takes the story's reporting window (``test_clock_tallies.py``); any other
figure an outlet gives with no time of its own (a share, a cost, a distance, a count of
other fires or outbreaks, a length, a range) is a figure of the story's present too, where
its article appeared within ``Policy.story_near_days`` of the story's current window: it
takes that window (or the window its kind is dated to next to it: turnout given for the
vote on the eve of the results), not a default window around its own article's
publication day, so two outlets that appeared on different days meet on one window
whatever else keys them apart.

What stays apart: a figure about a background event (a quake of an earlier year), a
figure another outlet dates to a day further back ("on Friday, five other outbreaks" in
the story of Monday's cases), a forecast, and the same figure given with no time on
clearly different days of a long story (a recap eleven days later, next week's jobless
rate): those keep their own windows.

Every story is invented: each table row is a mini-story of two or three outlets, the
figure looked at, the window of its row, the outlets that share that row, and a phrase
the row's assumptions must hold (None: no assumption looked for).
"""

from __future__ import annotations

from datetime import date
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Article, Policy, compare
from tests.comparison.test_current_window import (
    Story,
    compared,
    row_of,
    undated,
    where_joined,
)
from tests.comparison.test_stories import together

# The quake of Tuesday March 2; an outlet of the next day gives its damage with no time,
# another compares it with a quake of 2011.
QUAKE_COST: Story = (
    (
        "a",
        date(2027, 3, 3),
        "The quake destroyed 500 homes on Tuesday. The 2011 quake caused $2 billion in damage.",
    ),
    ("b", date(2027, 3, 4), "Damage from the quake is put at $5 billion."),
    ("c", date(2027, 3, 3), "The quake destroyed 500 homes on Tuesday."),
)
# Measles cases confirmed on Monday; one outlet dates a count of other outbreaks to the
# Friday before, another gives today's count with no time.
OUTBREAKS: Story = (
    (
        "a",
        date(2027, 5, 11),
        "Officials confirmed 12 measles cases on Monday. On Friday, five other outbreaks "
        "were active in the state.",
    ),
    ("b", date(2027, 5, 11), "Three other outbreaks are active in the state."),
    ("c", date(2027, 5, 11), "Officials confirmed 12 measles cases on Monday."),
)
# A fire of Wednesday; other fires counted on the Sunday before, and with no time in the
# next day's paper.
FIRES: Story = (
    (
        "a",
        date(2027, 8, 12),
        "The fire destroyed 200 homes on Wednesday. On Sunday, four other fires were "
        "burning on the island.",
    ),
    ("b", date(2027, 8, 13), "Two other fires were burning on the island."),
    ("c", date(2027, 8, 12), "The fire destroyed 200 homes on Wednesday."),
)
# The same count of other fires, one outlet naming the county: a place apart, one time.
FIRES_PLACED: Story = (
    (
        "a",
        date(2027, 8, 12),
        "The fire destroyed 200 homes on Wednesday. Two other fires were burning in "
        "Maridge county.",
    ),
    ("b", date(2027, 8, 13), "Two other fires were burning, officials said."),
    ("c", date(2027, 8, 12), "The fire destroyed 200 homes on Wednesday."),
)
INSURED: Story = (
    ("a", date(2027, 3, 3), "The quake destroyed 500 homes in the province on Tuesday."),
    ("b", date(2027, 3, 4), "Only 20% of homes in the province were insured, the regulator said."),
    (
        "c",
        date(2027, 3, 3),
        "The quake destroyed 500 homes on Tuesday. Just 20% of them were insured.",
    ),
)
FERRY: Story = (
    (
        "a",
        date(2027, 6, 15),
        "The ferry, 120 metres long, sank off Crete on Monday with 300 passengers aboard.",
    ),
    ("b", date(2027, 6, 16), "The 120-metre vessel was carrying 300 passengers when it sank."),
)
MARCH: Story = (
    (
        "a",
        date(2027, 7, 5),
        "Some 50,000 people marched on Sunday. About 60% of the marchers were students.",
    ),
    ("b", date(2027, 7, 6), "About 60% of the marchers were students."),
    ("c", date(2027, 7, 5), "Some 50,000 people marched on Sunday."),
)
RIVER: Story = (
    (
        "a",
        date(2027, 4, 6),
        "The river rose to 7 metres on Monday. Forecasters expect it to crest at 8 metres.",
    ),
    ("b", date(2027, 4, 7), "The river crested at 7 metres."),
    ("c", date(2027, 4, 6), "The river rose to 7 metres on Monday."),
)
# A utility's repair bill, restated the next day and revised eleven days later.
REPAIRS: Story = (
    (
        "a",
        date(2027, 10, 13),
        "The storm cut power to 40,000 homes on Tuesday. Repairs will cost $80 million.",
    ),
    ("b", date(2027, 10, 14), "Repairs will cost $80 million, the utility said."),
    ("c", date(2027, 10, 25), "Repairs will cost $120 million, the utility said."),
)
# A monthly figure: next week's survey gives another month's rate.
JOBLESS: Story = (
    ("a", date(2027, 8, 6), "Employers added 64,000 jobs in July. The jobless rate was 4.2%."),
    (
        "b",
        date(2027, 8, 6),
        "The economy added 64,000 jobs last month. The jobless rate stood at 4.2%.",
    ),
    ("c", date(2027, 8, 13), "The jobless rate stood at 4.3%, a later survey found."),
)
TURNOUT: Story = (
    ("a", date(2027, 5, 10), "Turnout was 61% on Sunday, the commission said."),
    ("b", date(2027, 5, 11), "Turnout stood at 61%, officials said."),
    ("c", date(2027, 5, 21), "Turnout stood at 58%, officials said."),
)
# Results of Monday; turnout is dated by one outlet to the vote of the day before: a
# window next to the story's is the kind's own, and the figure with no time joins it.
VOTE_EVE: Story = (
    (
        "a",
        date(2027, 5, 11),
        "Turnout was 61% on Sunday, the commission said. The ruling party won 120 seats on Monday.",
    ),
    ("b", date(2027, 5, 11), "Turnout stood at 61%, officials said."),
    ("c", date(2027, 5, 11), "The ruling party won 120 seats on Monday."),
)

NEWS = "invented"
TAKEN = "the time the story's outlets most often state, when its article appeared"
# story, article, figure, window of its row, outlets in the row, assumption, provenance
Case = tuple[Story, str, str, str, set[str], str | None, str]
CASES: list[Case] = [
    (
        QUAKE_COST,
        "b",
        "$5 billion",
        "day:2027-03-02..2027-03-02",
        {"b"},
        f"b states no time for '$5 billion'; taken as 2027-03-02, {TAKEN}",
        f"{NEWS}: disaster costs",
    ),
    (QUAKE_COST, "a", "$2 billion", "year:2011-01-01..2011-12-31", {"a"}, None, f"{NEWS}: economy"),
    (
        OUTBREAKS,
        "b",
        "Three",
        "day:2027-05-10..2027-05-10",
        {"b"},
        f"b states no time for 'Three'; taken as 2027-05-10, {TAKEN}",
        f"{NEWS}: health",
    ),
    (OUTBREAKS, "a", "five", "day:2027-05-07..2027-05-07", {"a"}, None, f"{NEWS}: health"),
    (
        FIRES,
        "b",
        "Two",
        "day:2027-08-11..2027-08-11",
        {"b"},
        f"b states no time for 'Two'; taken as 2027-08-11, {TAKEN}",
        f"{NEWS}: weather",
    ),
    (FIRES, "a", "four", "day:2027-08-08..2027-08-08", {"a"}, None, f"{NEWS}: weather"),
    # Keyed apart by place alone (another part of the key): the time is one.
    (
        FIRES_PLACED,
        "b",
        "Two",
        "day:2027-08-11..2027-08-11",
        {"b"},
        f"b states no time for 'Two'; taken as 2027-08-11, {TAKEN}",
        f"{NEWS}: weather, placed",
    ),
    (
        FIRES_PLACED,
        "a",
        "Two",
        "day:2027-08-11..2027-08-11",
        {"a"},
        None,
        f"{NEWS}: weather, placed",
    ),
    (INSURED, "b", "20%", "day:2027-03-02..2027-03-02", {"b", "c"}, None, f"{NEWS}: economy"),
    (FERRY, "b", "120-metre", "day:2027-06-14..2027-06-14", {"a", "b"}, None, f"{NEWS}: transport"),
    (MARCH, "b", "About 60%", "day:2027-07-04..2027-07-04", {"a", "b"}, None, f"{NEWS}: crowds"),
    # A forecast is a row of its own, whatever its window.
    (RIVER, "a", "8 metres", "day:2027-04-05..2027-04-05", {"a"}, None, f"{NEWS}: weather"),
    (
        RIVER,
        "b",
        "7 metres",
        "day:2027-04-05..2027-04-05",
        {"a", "b", "c"},
        None,
        f"{NEWS}: weather",
    ),
    (
        REPAIRS,
        "b",
        "$80 million",
        "day:2027-10-12..2027-10-12",
        {"a", "b"},
        None,
        f"{NEWS}: economy",
    ),
    (REPAIRS, "c", "$120 million", "span:2027-10-24..2027-10-25", {"c"}, None, f"{NEWS}: economy"),
    (JOBLESS, "b", "4.2%", "month:2027-07-01..2027-07-31", {"a", "b"}, None, f"{NEWS}: economy"),
    (JOBLESS, "c", "4.3%", "span:2027-08-12..2027-08-13", {"c"}, None, f"{NEWS}: economy"),
    (TURNOUT, "b", "61%", "day:2027-05-09..2027-05-09", {"a", "b"}, None, f"{NEWS}: elections"),
    (
        VOTE_EVE,
        "b",
        "61%",
        "day:2027-05-09..2027-05-09",
        {"a", "b"},
        "b states no time for '61%'; taken as 2027-05-09, when other figures of its kind are dated",
        f"{NEWS}: elections, eve",
    ),
    (TURNOUT, "c", "58%", "span:2027-05-20..2027-05-21", {"c"}, None, f"{NEWS}: elections"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[6].split(': ')[1]}-{c[1]}-{c[2]}" for c in CASES])
def test_the_window_of_a_figure_with_no_stated_time(case: Case) -> None:
    """The row a figure ends in: its window, its outlets, and the assumption it says."""
    story, article, figure, window, outlets, assumption, _provenance = case
    row = row_of(compared(story), article, figure)
    assert where_joined(row, assumption) == (window, outlets, assumption is not None)


def test_how_near_the_story_is_a_policy() -> None:
    """With ``story_near_days=0`` an outlet that appeared two days after the story's
    window keeps its own default window (the day before it appeared, up to it)."""
    comparison = compare(
        [Article(id=aid, text=text, published=published) for aid, published, text in FIRES_PLACED],
        policy=Policy(story_near_days=0),
    )
    row = row_of(comparison, "b", "Two")
    assert where_joined(row, None) == ("span:2027-08-12..2027-08-13", {"b"}, False)


# ------------------------------------------------------------------------- properties

STORIES = (
    QUAKE_COST,
    OUTBREAKS,
    FIRES,
    FIRES_PLACED,
    INSURED,
    FERRY,
    MARCH,
    RIVER,
    REPAIRS,
    VOTE_EVE,
)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(STORIES), st.data())
def test_removing_a_publication_date_never_splits_what_it_joined(
    story: Story, data: st.DataObject
) -> None:
    article = data.draw(st.sampled_from([aid for aid, _, _ in story]))
    joined = together(compared(story), article)
    still = together(compared(undated(story, article)), article)
    for partners in joined:
        assert any(partners <= now for now in still), (partners, still)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(STORIES), st.randoms())
def test_the_order_of_the_articles_changes_no_row(story: Story, rnd: Random) -> None:
    shuffled = list(story)
    rnd.shuffle(shuffled)
    assert compared(tuple(shuffled)).rows == compared(story).rows
