"""The story's current window: differences of time that only arise across outlets join it.

Articles compared together are one story, and its current event is the window most
outlets state. Three differences arise between outlets, never within one, and join it
(the row's assumptions say so): a day next to it (a weekday off by one, two days given
as a span), a figure with no stated time in an article that appeared within a week,
and a period's figures dated by the day they came out (a monthly report released days
after the month); a weekday an undated outlet gives, read from the date the story
infers for it, may be a week off. A distinction one article makes between two
windows of a kind is kept, a figure about an earlier event keeps its window (and an undated article's
time of an earlier event, carried to the next sentence, is dropped once the story
dates the article, as extraction would have dropped it), and a join that would set
different figures against each other is not made (an assumed window never makes a
``differ``).

Every story here is invented: each table row is a mini-story of two or three outlets,
the figure looked at, the window of its row, the outlets that share that row, and a
phrase the row's assumptions must hold (None: no assumption about its window).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Article, Comparison, Row, compare
from tests.comparison.test_stories import cells, together

Story = tuple[tuple[str, date | None, str], ...]

CRASH: Story = (
    ("a", date(2027, 5, 14), "The plane carrying 242 people crashed on Thursday near the airport."),
    (
        "b",
        date(2027, 5, 14),
        "The jet, with 242 people aboard, crashed on Wednesday near the airport.",
    ),
    ("c", date(2027, 5, 15), "There were 242 people on the plane."),
)
POWER: Story = (
    (
        "a",
        date(2027, 5, 14),
        "Storms cut power to 30,000 homes on Wednesday and to 12,000 homes on Thursday.",
    ),
    ("b", date(2027, 5, 14), "Some 12,000 homes lost power on Thursday."),
)
JOBS: Story = (
    ("a", date(2027, 8, 6), "Employers added 64,000 jobs in July, the Labor Department said."),
    ("b", date(2027, 8, 6), "The economy added 64,000 jobs, the Labor Department said on Friday."),
    ("c", date(2027, 8, 7), "Payrolls grew by 64,000 jobs last month."),
)
CLINIC: Story = (
    ("a", date(2027, 3, 9), "Nurses vaccinated 1,200 children at the clinic on Monday."),
    ("b", date(2027, 3, 10), "Some 1,200 children were vaccinated at the clinic on Tuesday."),
)
CONVOY: Story = (
    ("a", date(2027, 9, 4), "A convoy of 40 trucks carried aid to the city on Friday."),
    ("b", date(2027, 9, 4), "A convoy of 25 trucks reached the city on Saturday."),
)
FESTIVAL: Story = (
    (
        "a",
        date(2027, 7, 5),
        "The festival drew 90,000 people on Sunday. Last year's festival drew 80,000 people.",
    ),
    ("b", date(2027, 7, 6), "Some 90,000 people attended the festival."),
)
VOTE: Story = (
    ("a", date(2027, 5, 10), "Turnout was 64% on Sunday, the election commission said."),
    ("b", date(2027, 5, 11), "Turnout reached 64%, officials said."),
)
RALLY: Story = (
    ("a", date(2027, 5, 12), "Police said 81,000 people marched in Paris on Tuesday."),
    ("b", None, "Some 81,000 people marched in Paris this Tuesday, police said."),
)
# The undated outlet carries "January 31" (an earlier march it compares with) to its
# next sentence: dated, that time is long past and would not have been carried.
MARCH: Story = (
    ("a", date(2027, 3, 9), "Police said 81,000 people marched in Paris on Tuesday."),
    (
        "b",
        None,
        "Unions said the turnout topped that of January 31, when 1.2 million people "
        "marched. Police said 81,000 people marched in Paris.",
    ),
)
# An undated outlet's weekday, read from the date the story infers for it, is known
# only to within a week; a dated outlet's is not.
COUNTIES: Story = (
    ("a", date(2027, 7, 5), "Protests were held in 17 counties on Monday, the rights body said."),
    ("b", None, "Protesters marched in seventeen counties on Wednesday."),
)
COUNTIES_DATED: Story = (COUNTIES[0], ("b", date(2027, 7, 5), COUNTIES[1][2]))
# The day a month's figures came out is no rival of the month, even where the outlet
# dates another figure of the kind to the month itself.
REVISION: Story = (
    (
        "a",
        date(2027, 8, 6),
        "Employers added 64,000 jobs in July. Revisions removed 258,000 jobs from the count.",
    ),
    (
        "b",
        date(2027, 8, 6),
        "Employers added 64,000 jobs last month. Revisions removed 258,000 jobs, the Labor "
        "Department said on Friday.",
    ),
)
# Two outlets give the day the night ended, one the night: the night is the story's,
# and a figure with no stated time joins it, not a campaign's running total.
NIGHT: Story = (
    ("a", date(2027, 4, 11), "Iran launched 300 drones overnight."),
    ("b", date(2027, 4, 11), "Israel said 99% of the drones were intercepted on Sunday."),
    ("c", date(2027, 4, 11), "Israel said 99% of the drones were intercepted on Sunday."),
    ("d", date(2027, 4, 11), "Some 300 drones were fired, officials said."),
    ("e", date(2027, 4, 11), "Iran has launched 1,200 drones since the war began on March 2."),
)

NEWS = "invented"
CASES = [
    # story, article, figure, window of its row, outlets in the row, assumption, provenance
    (
        CRASH,
        "b",
        "242",
        "day:2027-05-13..2027-05-13",
        {"a", "b", "c"},
        "b dates '242' 'on Wednesday'; taken as 2027-05-13",
        f"{NEWS}: transport",
    ),
    (
        CRASH,
        "c",
        "242",
        "day:2027-05-13..2027-05-13",
        {"a", "b", "c"},
        "c states no time for '242'",
        f"{NEWS}: transport",
    ),
    (POWER, "a", "30,000", "day:2027-05-12..2027-05-12", {"a"}, None, f"{NEWS}: weather"),
    (POWER, "b", "Some 12,000", "day:2027-05-13..2027-05-13", {"a", "b"}, None, f"{NEWS}: weather"),
    (
        JOBS,
        "b",
        "64,000",
        "month:2027-07-01..2027-07-31",
        {"a", "b", "c"},
        "b dates '64,000' 'on Friday', when figures for 2027-07-01..2027-07-31 came out",
        f"{NEWS}: economy",
    ),
    # One outlet each: the latest of the days stated is the story's.
    (
        CLINIC,
        "a",
        "1,200",
        "day:2027-03-09..2027-03-09",
        {"a", "b"},
        "a dates '1,200' 'on Monday'; taken as 2027-03-09",
        f"{NEWS}: health",
    ),
    (CONVOY, "b", "25", "day:2027-09-04..2027-09-04", {"b"}, None, f"{NEWS}: conflict"),
    (
        FESTIVAL,
        "b",
        "Some 90,000",
        "day:2027-07-04..2027-07-04",
        {"a", "b"},
        "b states no time for 'Some 90,000'",
        f"{NEWS}: crowds",
    ),
    (FESTIVAL, "a", "80,000", "year:2026-01-01..2026-12-31", {"a"}, None, f"{NEWS}: crowds"),
    (
        VOTE,
        "b",
        "64%",
        "day:2027-05-09..2027-05-09",
        {"a", "b"},
        "b states no time for '64%'",
        f"{NEWS}: elections",
    ),
    (
        RALLY,
        "b",
        "Some 81,000",
        "day:2027-05-11..2027-05-11",
        {"a", "b"},
        "b has no publication date, so 'this Tuesday'",
        f"{NEWS}: crowds",
    ),
    (
        MARCH,
        "b",
        "81,000",
        "day:2027-03-09..2027-03-09",
        {"a", "b"},
        "b states no time for '81,000'",
        f"{NEWS}: crowds",
    ),
    (MARCH, "b", "1.2 million", "day:2027-01-31..2027-01-31", {"b"}, None, f"{NEWS}: crowds"),
    (
        COUNTIES,
        "b",
        "seventeen",
        "day:2027-07-05..2027-07-05",
        {"a", "b"},
        "b dates 'seventeen' 'on Wednesday'; taken as 2027-07-05",
        f"{NEWS}: crowds",
    ),
    (
        REVISION,
        "b",
        "258,000",
        "month:2027-07-01..2027-07-31",
        {"a", "b"},
        "b dates '258,000' 'on Friday', when figures for 2027-07-01..2027-07-31 came out",
        f"{NEWS}: economy",
    ),
    (
        NIGHT,
        "d",
        "Some 300",
        "night:2027-04-10..2027-04-11",
        {"a", "d"},
        "d states no time for 'Some 300'",
        f"{NEWS}: conflict",
    ),
    (NIGHT, "e", "1,200", "span:2027-03-02..2027-04-11", {"e"}, None, f"{NEWS}: conflict"),
    (
        COUNTIES_DATED,
        "b",
        "seventeen",
        "day:2027-06-30..2027-06-30",
        {"b"},
        None,
        f"{NEWS}: crowds",
    ),
]


def compared(story: Story) -> Comparison:
    return compare(
        [Article(id=aid, text=text, published=published) for aid, published, text in story]
    )


def row_of(comparison: Comparison, article: str, figure: str) -> Row:
    [row] = [r for r in comparison.rows if cells(r).get(article) == figure]
    return row


def where_joined(row: Row, assumption: str | None) -> tuple[str | None, set[str], bool]:
    """A row's window, its outlets, and whether a note holds ``assumption``."""
    said = [a for a in row.assumptions if assumption is not None and assumption in a]
    return row.key.window, set(cells(row)), bool(said)


@pytest.mark.parametrize(
    ("story", "article", "figure", "window", "outlets", "assumption", "provenance"),
    CASES,
    ids=[f"{c[6].split(': ')[1]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_the_row_a_figure_joins(
    story: Story,
    article: str,
    figure: str,
    window: str,
    outlets: set[str],
    assumption: str | None,
    provenance: str,
) -> None:
    row = row_of(compared(story), article, figure)
    assert where_joined(row, assumption) == (window, outlets, assumption is not None)


# ------------------------------------------------------------------------- properties


def undated(story: Story, article: str) -> Story:
    return tuple((aid, None if aid == article else p, text) for aid, p, text in story)


STORIES: Sequence[Story] = (
    CRASH,
    POWER,
    JOBS,
    CLINIC,
    CONVOY,
    FESTIVAL,
    VOTE,
    RALLY,
    MARCH,
    COUNTIES_DATED,
    REVISION,
    NIGHT,
)


@settings(max_examples=16, deadline=None)
@given(st.sampled_from(STORIES), st.data())
def test_removing_a_publication_date_never_splits_what_it_joined(
    story: Story, data: st.DataObject
) -> None:
    dated = [aid for aid, published, _ in story if published is not None]
    article = data.draw(st.sampled_from(dated))
    joined = together(compared(story), article)
    still = together(compared(undated(story, article)), article)
    for partners in joined:
        assert any(partners <= now for now in still), (partners, still)
