"""A figure's window when the text says on which day its source spoke.

Invented wire sentences; the articles are published on Saturday 2026-11-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, extract

SATURDAY = date(2026, 11, 14)

ANCHORED = [
    # text, window: a speaker's deictic time counts from the day they spoke
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said on Friday.",
        "night:2026-11-12..2026-11-13",
    ),
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said Friday.",
        "night:2026-11-12..2026-11-13",
    ),
    (
        "On Friday, the air force said Russia had launched 450 drones overnight.",
        "night:2026-11-12..2026-11-13",
    ),
    ("Three people were killed yesterday, police said on Thursday.", "day:2026-11-11..2026-11-11"),
]

UNCHANGED = [
    # no speech day, or the speech day is publication day: publication anchors
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said.",
        "night:2026-11-13..2026-11-14",
    ),
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said on Saturday.",
        "night:2026-11-13..2026-11-14",
    ),
    # a stated day of its own is not a deictic time
    (
        "Russia launched 450 drones on Thursday night, officials said on Friday.",
        "night:2026-11-12..2026-11-13",
    ),
]


@pytest.mark.parametrize(("text", "window"), ANCHORED + UNCHANGED)
def test_deictic_time_counts_from_the_speech_day(text: str, window: str) -> None:
    fact = extract(Article(id="t", text=text, published=SATURDAY)).facts[0]
    assert fact.time is not None
    assert fact.time.key() == window


def test_an_anchored_window_is_marked_inferred() -> None:
    text = "Russia fired 450 drones at Ukraine overnight, the air force said on Friday."
    fact = extract(Article(id="t", text=text, published=SATURDAY)).facts[0]
    assert fact.time is not None
    assert set(fact.time.inferred) == {"start", "end"}
    assert fact.time_surface == "overnight"
