"""A figure's window when the text says on which day its source spoke.

Invented wire sentences; the articles are published on Saturday 2026-11-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, extract
from tests.helpers import fact_at

SATURDAY = date(2026, 11, 14)

ANCHORED = [
    # text, window: a speaker's deictic time counts from the day they spoke
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said on Friday.",
        "night:2026-11-12..2026-11-13",
        "invented: wire",
    ),
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said Friday.",
        "night:2026-11-12..2026-11-13",
        "invented: wire",
    ),
    (
        "On Friday, the air force said Russia had launched 450 drones overnight.",
        "night:2026-11-12..2026-11-13",
        "invented: wire",
    ),
    (
        "Three people were killed yesterday, police said on Thursday.",
        "day:2026-11-11..2026-11-11",
        "invented: wire",
    ),
]

UNCHANGED = [
    # no speech day, or the speech day is publication day: publication anchors
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said.",
        "night:2026-11-13..2026-11-14",
        "invented: wire",
    ),
    (
        "Russia fired 450 drones at Ukraine overnight, the air force said on Saturday.",
        "night:2026-11-13..2026-11-14",
        "invented: wire",
    ),
    # a stated day of its own is not a deictic time
    (
        "Russia launched 450 drones on Thursday night, officials said on Friday.",
        "night:2026-11-12..2026-11-13",
        "invented: wire",
    ),
]


@pytest.mark.parametrize(
    ("text", "window", "provenance"), ANCHORED + UNCHANGED, ids=[c[1] for c in ANCHORED + UNCHANGED]
)
def test_deictic_time_counts_from_the_speech_day(text: str, window: str, provenance: str) -> None:
    fact = extract(Article(id="t", text=text, published=SATURDAY)).facts[0]
    assert fact.time is not None
    assert fact.time.key() == window


def test_an_anchored_window_is_marked_inferred() -> None:
    text = "Russia fired 450 drones at Ukraine overnight, the air force said on Friday."
    fact = extract(Article(id="t", text=text, published=SATURDAY)).facts[0]
    assert fact.time is not None
    assert set(fact.time.inferred) == {"start", "end"}
    assert fact.time_surface == "overnight"


RUNNING_TOTALS = [
    # text, figure, window key: a total since an event began runs to publication
    (
        "Russia has launched more than 50,000 drones since the start of the war.",
        "more than 50,000",
        "span:since the war began..2026-11-14",
        "invented: war, protests",
    ),
    (
        "Some 12,000 civilians have been killed since the full-scale invasion.",
        "Some 12,000",
        "span:since the invasion began..2026-11-14",
        "invented: war, protests",
    ),
    (
        "Police have arrested 1,200 people since the protests began.",
        "1,200",
        "span:since the protests began..2026-11-14",
        "invented: war, protests",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "window", "provenance"), RUNNING_TOTALS, ids=[c[1] for c in RUNNING_TOTALS]
)
def test_a_running_total_is_not_the_nights_figure(
    text: str, figure: str, window: str, provenance: str
) -> None:
    ex = extract(Article(id="t", text=text, published=SATURDAY))
    fact = fact_at(ex, figure)
    assert fact.time is not None
    assert fact.time.key() == window
    assert fact.time.start is None
    assert "start" in fact.time.unknown


def test_a_running_total_neither_takes_nor_gives_the_context_night() -> None:
    text = (
        "Russia launched 120 drones at Ukraine overnight, the air force said. "
        "It has launched more than 50,000 drones since the start of the war. "
        "Air defences shot down 100 drones."
    )
    ex = extract(Article(id="t", text=text, published=SATURDAY))
    night = "night:2026-11-13..2026-11-14"
    times = {figure: fact_at(ex, figure).time for figure in ("120", "more than 50,000", "100")}
    assert times["120"] is not None
    assert times["120"].key() == night
    assert times["more than 50,000"] is not None
    assert times["more than 50,000"].key().startswith("span:since the war began")
    assert times["100"] is not None
    assert times["100"].key() == night


def test_compare_keeps_a_running_total_apart_from_the_night() -> None:
    from discrepancy import compare

    a = Article(
        id="a",
        published=SATURDAY,
        text="Russia launched 120 drones at Ukraine overnight. "
        "Russia has launched more than 50,000 drones since the start of the war.",
    )
    b = Article(id="b", published=SATURDAY, text="Russia launched 120 drones at Ukraine overnight.")
    rows = [r for r in compare([a, b]).rows if r.key.subject == "drone"]
    night = next(r for r in rows if r.key.window == "night:2026-11-13..2026-11-14")
    assert night.verdict.value == "agree"
    assert any(r.key.window == "span:since the war began..2026-11-14" for r in rows)


def test_since_after_a_comparison_is_no_running_total() -> None:
    text = (
        "Unions said 700,000 people marched, more than at any time since the start of the protests."
    )
    [fact] = extract(Article(id="t", text=text, published=SATURDAY)).facts
    assert fact.time is not None
    assert "since" not in fact.time.key()


def test_a_night_dated_by_the_speech_day_carries_to_the_next_sentence() -> None:
    # Moved back to the speaker's day, the night is the story's time, not one to come.
    text = (
        "Russia fired 450 drones at Ukraine overnight, the air force said on Friday. "
        "Air defences shot down 400 of them."
    )
    facts = extract(Article(id="t", text=text, published=SATURDAY)).facts
    assert [f.time.key() if f.time else None for f in facts] == [
        "night:2026-11-12..2026-11-13",
        "night:2026-11-12..2026-11-13",
    ]


@pytest.mark.parametrize(
    ("text", "window", "provenance"),
    [
        # "ahead of" before the time: the time is to come (published Monday 2027-05-10).
        (
            "Police deployed 3,000 officers ahead of Sunday's vote.",
            "day:2027-05-16..2027-05-16",
            "invented: elections, policing, sport",
        ),
        (
            "Polls gave the party 41% ahead of the vote on Sunday.",
            "day:2027-05-16..2027-05-16",
            "invented: elections, policing, sport",
        ),
        # "ahead of" that ranks says nothing of time: Sunday is the one just gone.
        (
            "The party won Sunday's election with 48%, ahead of its rival on 39%.",
            "day:2027-05-09..2027-05-09",
            "invented: elections, policing, sport",
        ),
        (
            "Sunday's marathon drew 40,000 runners, well ahead of last year's field.",
            "day:2027-05-09..2027-05-09",
            "invented: elections, policing, sport",
        ),
    ],
    ids=["ahead-of-weekday", "ahead-of-vote-on-weekday", "ahead-of-rival", "ahead-of-last-year"],
)
def test_ahead_of_dates_forward_only_the_time_it_governs(
    text: str, window: str, provenance: str
) -> None:
    # The same texts, read after another article: a window moved by a week once kept
    # the key of the window it was copied from when that key had been asked for.
    extract(Article(id="before", text="The vote was on Sunday.", published=date(2027, 5, 10)))
    fact = extract(Article(id="x", text=text, published=date(2027, 5, 10))).facts[0]
    assert fact.time is not None
    assert fact.time.key() == window
