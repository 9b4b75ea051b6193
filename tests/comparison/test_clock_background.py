"""One clock per story: an earlier event stated by a day and by "earlier this month".

A story's background (the strike that came before, the attack it answers) keeps its
own window and never attracts the current figures. But one outlet dates it to its day
("on April 1") and another only to "earlier this month" (the month up to
publication, a window that runs into the story's period): the day joins that window,
as a day joins the year another outlet gives ("in 1960"). The join is an assumption,
so it is made only where the figures agree; it never makes a difference.

Every story here is invented: each table row is a mini-story of two outlets, the
figure looked at, the window of its row, the outlets that share that row and its
agreement.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.comparison.test_current_window import compared, row_of
from tests.comparison.test_stories import cells

Story = tuple[tuple[str, date, str], ...]

CONSULATE: Story = (
    (
        "a",
        date(2027, 4, 14),
        "Iran fired 300 drones overnight. The attack followed a strike on its consulate "
        "on April 1 that killed two generals.",
    ),
    (
        "b",
        date(2027, 4, 14),
        "Iran launched 300 drones overnight in response to a strike earlier this month "
        "that killed two generals.",
    ),
)
STRIKE: Story = (
    (
        "a",
        date(2027, 5, 20),
        "Some 4,000 workers walked out on Wednesday. A strike on May 3 drew 6,000 workers.",
    ),
    (
        "b",
        date(2027, 5, 20),
        "About 4,000 workers struck on Wednesday, fewer than the 6,000 workers who struck "
        "earlier this month.",
    ),
)
# The outlets disagree on the earlier strike: no row sets 6,000 against 9,000.
STRIKE_DISPUTED: Story = (
    STRIKE[0],
    (
        "b",
        date(2027, 5, 20),
        "About 4,000 workers struck on Wednesday, fewer than the 9,000 workers who struck "
        "earlier this month.",
    ),
)
MARCH: Story = (
    (
        "a",
        date(2027, 3, 16),
        "Police said 15,000 people marched on Monday. A march on March 2 drew 20,000 people.",
    ),
    (
        "b",
        date(2027, 3, 16),
        "Some 15,000 people marched on Monday, police said, after 20,000 people marched "
        "earlier this month.",
    ),
)

CASES = [
    # story, article, figure, window of its row, outlets in the row, agreement, provenance
    (CONSULATE, "a", "two", "month:2027-04-01..2027-04-14", {"a", "b"}, "agree", "conflict"),
    (CONSULATE, "a", "300", "night:2027-04-13..2027-04-14", {"a", "b"}, "agree", "conflict"),
    (STRIKE, "a", "6,000", "month:2027-05-01..2027-05-20", {"a", "b"}, "agree", "economy"),
    (STRIKE, "b", "About 4,000", "day:2027-05-19..2027-05-19", {"a", "b"}, "agree", "economy"),
    (STRIKE_DISPUTED, "a", "6,000", "day:2027-05-03..2027-05-03", {"a"}, "single", "economy"),
    (
        STRIKE_DISPUTED,
        "b",
        "9,000",
        "month:2027-05-01..2027-05-20",
        {"b"},
        "single",
        "economy",
    ),
    (MARCH, "b", "20,000", "month:2027-03-01..2027-03-16", {"a", "b"}, "agree", "crowds"),
]


@pytest.mark.parametrize(
    ("story", "article", "figure", "window", "outlets", "agreement", "provenance"),
    CASES,
    ids=[f"{c[6]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_the_window_of_an_earlier_event(
    story: Story,
    article: str,
    figure: str,
    window: str,
    outlets: set[str],
    agreement: str,
    provenance: str,
) -> None:
    row = row_of(compared(story), article, figure)
    assert (row.key.window, set(cells(row)), row.agreement.value) == (
        window,
        outlets,
        agreement,
    )


def test_the_join_says_so() -> None:
    row = row_of(compared(STRIKE), "a", "6,000")
    assert row.assumptions == (
        "'6,000' (2027-05-03) is taken as the same earlier event as the figures of "
        "2027-05-01..2027-05-20",
    )
