"""One clock per story: the story's night joins both its days.

An attack, a storm or a sinking overnight is reported as the night, as the day it
began ("on Saturday") and as the day it ended ("on Sunday"). Where the story's
outlets state the night (it is the story's current window), a figure of another kind
dated to either of its days is that night's too, even where no figure of its own kind
states the night. The join is an assumption, so it is made only where the figure
agrees with every figure other outlets give for the same event that night: it never
makes a difference. A running tally of the story takes the night as well.

Every story here is invented and dated the Sunday that ends the night: each table row
is a mini-story of two to four outlets, the figure looked at, the window of its row,
the outlets that share that row and a phrase its assumptions hold (None: nothing
about its window).
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Comparison
from tests.comparison.test_current_window import compared, row_of, where_joined

Story = tuple[tuple[str, str], ...]

SUNDAY = date(2027, 4, 11)
NIGHT = "night:2027-04-10..2027-04-11"

RAID: Story = (
    ("a", "Russia fired 90 drones at the city overnight, the air force said."),
    ("b", "Russia launched 90 drones overnight and also fired 6 missiles on Saturday."),
    ("c", "The military said 6 missiles were launched on Sunday."),
)
# A fourth outlet gives another count on Sunday: Saturday's 6 would be set against it.
RAID_DISPUTED: Story = (*RAID, ("d", "Officials said 9 missiles were launched on Sunday."))
STORM: Story = (
    ("a", "The storm dropped 120 mm of rain on the coast overnight."),
    ("b", "Some 120 mm of rain fell overnight, and gusts reached 130 km/h on Saturday."),
    ("c", "Gusts of 130 km/h were recorded on Sunday, forecasters said."),
)
FERRY: Story = (
    ("a", "A ferry carrying 300 passengers sank overnight off the island."),
    (
        "b",
        "The ferry, with 300 passengers aboard, sank overnight. Five ships joined the "
        "search on Saturday.",
    ),
    ("c", "Five vessels searched the area on Sunday, the coast guard said."),
)
LOOTING: Story = (
    ("a", "Looters raided 40 shops overnight, police said."),
    ("b", "Looters raided 40 shops overnight. Police arrested 25 people on Saturday."),
    ("c", "Some 25 people were arrested on Sunday, police said."),
)
# Two nights of the kind stated: the day between them is neither's.
TWO_NIGHTS: Story = (
    ("a", "Russia fired 90 drones overnight. On Friday night, it fired 40 drones."),
    ("b", "Russia fired 40 drones on Saturday."),
)

NEWS = "invented"
JOINED = "the one night the story's outlets state then"
CASES = [
    # story, article, figure, window of its row, outlets in the row, assumption, provenance
    (
        RAID,
        "b",
        "6",
        NIGHT,
        {"b", "c"},
        "b dates '6' 'on Saturday'; taken as the night",
        "conflict",
    ),
    (RAID, "c", "6", NIGHT, {"b", "c"}, JOINED, "conflict"),
    (RAID, "a", "90", NIGHT, {"a", "b"}, None, "conflict"),
    # The join would set 6 against 9: Saturday's figure keeps its day.
    (RAID_DISPUTED, "b", "6", "day:2027-04-10..2027-04-10", {"b"}, None, "conflict"),
    (RAID_DISPUTED, "d", "9", "day:2027-04-11..2027-04-11", {"c", "d"}, None, "conflict"),
    (STORM, "c", "130 km/h", NIGHT, {"b", "c"}, JOINED, "weather"),
    (FERRY, "b", "Five", NIGHT, {"b", "c"}, JOINED, "transport"),
    (LOOTING, "b", "25", NIGHT, {"b", "c"}, "read as one report of the story", "crime"),
    (TWO_NIGHTS, "b", "40", "day:2027-04-10..2027-04-10", {"b"}, None, "conflict"),
]


def on_sunday(story: Story) -> Comparison:
    return compared(tuple((aid, SUNDAY, text) for aid, text in story))


@pytest.mark.parametrize(
    ("story", "article", "figure", "window", "outlets", "assumption", "provenance"),
    CASES,
    ids=[f"{c[6]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_the_night_a_day_joins(
    story: Story,
    article: str,
    figure: str,
    window: str,
    outlets: set[str],
    assumption: str | None,
    provenance: str,
) -> None:
    row = row_of(on_sunday(story), article, figure)
    assert where_joined(row, assumption) == (window, outlets, assumption is not None)


def test_a_day_joined_to_the_story_s_night_says_so() -> None:
    row = row_of(on_sunday(RAID), "c", "6")
    assert row.assumptions == (
        "b dates '6' 'on Saturday'; taken as the night of April 10 to April 11, 2027, "
        "the one night the story's outlets state then",
        "c dates '6' 'on Sunday'; taken as the night of April 10 to April 11, 2027, "
        "the one night the story's outlets state then",
    )
