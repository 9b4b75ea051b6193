"""An earlier event mentioned as the cause keeps its own date, however it is written.

"The attack answered a strike earlier this month that killed 7 officers" and "... a
strike on April 1 that killed 7 officers": the toll of the background event takes
the background's window ("earlier this month": the month up to publication, which
comparison joins with a day inside it; "on April 1"; "last week"), never the story's
current window, and the story's figure keeps its own. Articles are published on
Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
EARLIER = "month:2027-04-01..2027-04-11"
APRIL_1 = "day:2027-04-01..2027-04-01"
LAST_WEEK = "week:2027-03-29..2027-04-04"

CASES = [
    # text, (story figure, its window), (background figure, its window), provenance
    (
        "Rebels said 40 drones were launched overnight. The attack answered a strike "
        "{when} that killed 7 officers.",
        ("40", "night:2027-04-10..2027-04-11"),
        "7",
        f"{NEWS}: conflict",
    ),
    (
        "The union said 80,000 marched on Saturday. The march followed a factory fire "
        "{when} that killed 12 workers.",
        ("80,000", "day:2027-04-10..2027-04-10"),
        "12",
        f"{NEWS}: crowds",
    ),
    (
        "Police arrested 30 people on Saturday after a shooting {when} in which 5 people died.",
        ("30", "day:2027-04-10..2027-04-10"),
        "5",
        f"{NEWS}: crime",
    ),
    (
        "Engineers inspected 14 bridges on Saturday, after a derailment {when} that "
        "injured 23 passengers.",
        ("14", "day:2027-04-10..2027-04-10"),
        "23",
        f"{NEWS}: transport",
    ),
]


@pytest.mark.parametrize(
    ("when", "window"),
    [("earlier this month", EARLIER), ("on April 1", APRIL_1), ("last week", LAST_WEEK)],
)
@pytest.mark.parametrize(
    ("text", "story", "background", "provenance"),
    CASES,
    ids=[c[3].split(": ")[-1] for c in CASES],
)
def test_a_background_event_keeps_its_date(
    text: str,
    story: tuple[str, str],
    background: str,
    provenance: str,
    when: str,
    window: str,
) -> None:
    ex = extract_text(text.format(when=when), published=PUB)
    windows = [fact_at(ex, f).time for f in (story[0], background)]
    got = [
        (f, w.key() if w else None) for f, w in zip((story[0], background), windows, strict=True)
    ]
    assert got == [story, (background, window)]
