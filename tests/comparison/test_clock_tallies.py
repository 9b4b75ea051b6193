"""One clock per story: a running tally is reported from the story's event on.

A toll, a count of the injured or of arrests is updated for days, and each outlet gives
it on the day it writes: the current window of a story is its reporting period, not each
article's publication day. Every tally row of one story therefore starts on the day of
the story's event (the story's current window, or the day before it where a figure of
the story is dated then), even where an outlet's count sits in a row of its own (it
counts "villagers" or "officers"); it ends with the tally's latest stated update, not
with the day an article that gives no time appeared (a recap days later). A background
event (last year's blast, a strike two weeks before) keeps its own window, and so does a
figure of a story whose current window is a week (a campaign's tallies are each their
own).

Every story here is invented: each table row is a mini-story of two or three outlets,
the figure looked at, the window of its row and the outlets that share that row.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.report.labels import readable
from tests.comparison.test_current_window import compared, row_of
from tests.comparison.test_stories import cells

Story = tuple[tuple[str, date | None, str], ...]

# The toll rises over three days; the third outlet counts "villagers" (a row of its own).
FLOOD: Story = (
    ("a", date(2027, 10, 11), "Flash floods killed 12 people on Monday, officials said."),
    ("b", date(2027, 10, 12), "The death toll from the floods rose to 19 on Tuesday."),
    ("c", date(2027, 10, 13), "Rescuers said 23 villagers have died in the floods."),
)
# A toll given in a sentence with no time of its own, in an article of the event's day.
WRECK: Story = (
    (
        "a",
        date(2027, 6, 16),
        "A fishing boat sank off the coast on Wednesday. At least 78 people died.",
    ),
    (
        "b",
        date(2027, 6, 17),
        "At least 78 migrants died when their boat sank on Wednesday, the coast guard said.",
    ),
    ("c", date(2027, 6, 17), "The coast guard said 104 people were rescued and 78 died."),
)
RIOT: Story = (
    ("a", date(2027, 7, 5), "Police arrested 40 people during riots in the capital on Sunday."),
    (
        "b",
        date(2027, 7, 6),
        "Police said on Monday that 52 people had been arrested, and 12 officers were injured.",
    ),
    ("c", date(2027, 7, 6), "Some 52 protesters were arrested, police said."),
)
CRUSH: Story = (
    ("a", date(2027, 9, 12), "A crush at the stadium gates on Saturday injured 35 fans."),
    (
        "b",
        date(2027, 9, 13),
        "The number of injured rose to 41 on Sunday, hospital officials said.",
    ),
    ("c", date(2027, 9, 13), "Doctors said 41 spectators were hurt in the crush."),
)
MINE: Story = (
    (
        "a",
        date(2027, 2, 3),
        "A tunnel collapsed at the mine on Tuesday, killing 9 miners. Last year a blast at "
        "the same mine killed 14 miners.",
    ),
    ("b", date(2027, 2, 4), "Nine workers died in the collapse on Tuesday, and 30 were injured."),
    ("c", date(2027, 2, 5), "The toll rose to 11 workers on Thursday; 30 people were injured."),
)
STRIKE: Story = (
    (
        "a",
        date(2027, 3, 20),
        "An air strike on the market on Friday killed 17 civilians, medics said. A strike "
        "on the same town two weeks ago killed 9 people.",
    ),
    ("b", date(2027, 3, 21), "Medics said 21 people were killed in Friday's strike on the market."),
)
OUTBREAK: Story = (
    ("a", date(2027, 5, 9), "Over the past week, the outbreak killed 30 people."),
    (
        "b",
        date(2027, 5, 9),
        "Health officials said 30 people died this week, and 4 more died on Saturday.",
    ),
)

# The day before the storm, rescuers evacuated a district: no tally of the storm counts
# from then.
EVACUATION: Story = (
    ("a", date(2027, 10, 12), "Rescuers evacuated 350 residents from the harbour on Monday."),
    ("b", date(2027, 10, 13), "The storm killed 14 people on Tuesday, officials said."),
    ("c", date(2027, 10, 13), "The storm killed 12 people on Tuesday as it hit the coast."),
)

NEWS = "invented"
CASES = [
    # story, article, figure, window of its row, outlets in the row, provenance
    (FLOOD, "a", "12", "span:2027-10-11..2027-10-12", {"a", "b"}, f"{NEWS}: weather"),
    # Was October 12 to 13 (the day before the article, its default window): the
    # villagers' toll is the story's, from Monday's floods to Tuesday's update.
    (FLOOD, "c", "23", "span:2027-10-11..2027-10-12", {"c"}, f"{NEWS}: weather"),
    # Was June 15 to 17 for a and c, and June 16 for b's migrants: one window now, so
    # the three outlets' 78 are one row.
    (
        WRECK,
        "a",
        "At least 78",
        "day:2027-06-16..2027-06-16",
        {"a", "b", "c"},
        f"{NEWS}: transport",
    ),
    (RIOT, "a", "40", "span:2027-07-04..2027-07-05", {"a", "b", "c"}, f"{NEWS}: crime"),
    # Was July 5: the officers injured are a tally of Sunday's riots.
    (RIOT, "b", "12", "span:2027-07-04..2027-07-05", {"b"}, f"{NEWS}: crime"),
    # Was three rows (Saturday, Sunday, Sunday to Monday): the 41 injured and the 41
    # spectators hurt now share one.
    (CRUSH, "a", "35", "span:2027-09-11..2027-09-12", {"a"}, f"{NEWS}: crowds"),
    (CRUSH, "b", "41", "span:2027-09-11..2027-09-12", {"b", "c"}, f"{NEWS}: crowds"),
    (MINE, "c", "30", "span:2027-02-02..2027-02-04", {"b", "c"}, f"{NEWS}: industry"),
    (EVACUATION, "b", "14", "day:2027-10-12..2027-10-12", {"b", "c"}, f"{NEWS}: weather"),
    # Background keeps its own window.
    (MINE, "a", "14", "year:2026-01-01..2026-12-31", {"a"}, f"{NEWS}: industry"),
    (STRIKE, "a", "9", "day:2027-03-06..2027-03-06", {"a"}, f"{NEWS}: conflict"),
    # A week's story: a day's figure keeps its day, the week's tally its week.
    (OUTBREAK, "b", "4", "day:2027-05-08..2027-05-08", {"b"}, f"{NEWS}: health"),
    (OUTBREAK, "a", "30", "span:2027-05-02..2027-05-09", {"a", "b"}, f"{NEWS}: health"),
]


@pytest.mark.parametrize(
    ("story", "article", "figure", "window", "outlets", "provenance"),
    CASES,
    ids=[f"{c[5].split(': ')[1]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_the_window_of_a_tally(
    story: Story, article: str, figure: str, window: str, outlets: set[str], provenance: str
) -> None:
    row = row_of(compared(story), article, figure)
    assert (row.key.window, set(cells(row))) == (window, outlets)


@pytest.mark.parametrize(
    ("story", "first"),
    [(FLOOD, date(2027, 10, 11)), (RIOT, date(2027, 7, 4)), (CRUSH, date(2027, 9, 11))],
    ids=["weather", "crime", "crowds"],
)
def test_every_tally_of_a_story_starts_on_its_event(story: Story, first: date) -> None:
    starts = {r.window.start for r in compared(story).rows if r.window is not None}
    assert starts == {first}


def test_a_tally_moved_to_the_story_s_event_says_so() -> None:
    row = row_of(compared(RIOT), "b", "12")
    assert row.assumptions == (
        "the running tally's figures are taken as of July 4 to July 5, 2027, the story's "
        "event and its updates, and read as one report of the story: its articles "
        "appeared then, and no figure names another event",
    )


def test_the_tally_note_reads_as_english_with_outlet_names() -> None:
    # Articles named "a", "b" and "c" (files a.txt, b.txt...): the report puts outlet
    # names for article ids, so a note must not say "a" where it means the article.
    row = row_of(compared(RIOT), "b", "12")
    names = {"a": "Metro Post", "b": "City Wire", "c": "Daily Ledger"}
    assert [readable(note, names) for note in row.assumptions] == [
        "the running tally's figures are taken as of July 4 to July 5, 2027, the story's "
        "event and its updates, and read as one report of the story: its articles "
        "appeared then, and no figure names another event",
    ]


# A recap four days later gives the toll with no time of its own: it is the story's
# toll of Friday, not one of the day the recap appeared.
RECAP: Story = (
    (
        "a",
        date(2027, 12, 31),
        "A missile attack on the capital killed 24 people on Friday, officials said.",
    ),
    ("b", date(2027, 12, 31), "At least 24 people were killed on Friday when missiles hit."),
    ("c", date(2028, 1, 4), "The attack on the capital killed at least 24 people, officials said."),
)


def test_a_recap_s_toll_is_the_story_s_toll() -> None:
    row = row_of(compared(RECAP), "c", "at least 24")
    assert (row.key.window, cells(row), row.verdict.value, row.assumptions) == (
        "day:2027-12-31..2027-12-31",
        {"a": "24", "b": "At least 24", "c": "at least 24"},
        "agree",
        (
            "the running tally's figures are taken as of December 31, 2027, the story's "
            "event and its updates, and read as one report of the story: its articles "
            "appeared then, and no figure names another event",
        ),
    )
