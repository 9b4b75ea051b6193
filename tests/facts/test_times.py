"""The times pass: each figure's window and how it was found (stated, from context, the
default around publication, or none).

First the window when the text says on which day its source spoke (invented wire
sentences; the articles are published on Saturday 2026-11-14), then windows stated,
carried and refused, from invented news, bugs caught and wire probes.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, TimeBasis, extract
from tests.helpers import extract_text, fact_at, fact_covering

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
        "Doctors said 9,000 patients were admitted, more than in any week since the outbreak began."
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


# Where the rows below come from (their provenance column):
BUG = "bug: goldens review"
PROBE = "invented: wire probe"
PROBE_2 = "invented: wire probe, round 2"


def test_default_window_when_nothing_dates_the_figure() -> None:
    fact = fact_covering(
        extract_text("Police detained 40 people.", published=date(2024, 3, 5)), "40"
    )
    assert fact.time_basis is TimeBasis.DEFAULT
    assert fact.time is not None
    assert fact.time.key() == "span:2024-03-04..2024-03-05"
    assert set(fact.time.inferred) == {"start", "end"}


def test_no_window_without_publication_date() -> None:
    fact = fact_covering(extract_text("Police detained 40 people."), "40")
    assert fact.time is None
    assert fact.time_basis is TimeBasis.NONE


def test_speech_day_does_not_date_the_figure() -> None:
    text = "On Tuesday, the governor said 30 homes burned on Saturday."
    fact = fact_covering(extract_text(text, published=date(2024, 7, 9)), "30")
    assert fact.time_surface == "on Saturday"
    assert fact.time_basis is TimeBasis.STATED
    # With no time of its own, a recent figure is dated by the day it was given
    # (marked as context, not as a stated time).
    spoken = fact_covering(
        extract_text("On Tuesday, the governor said 30 homes burned.", published=date(2024, 7, 9)),
        "30",
    )
    assert spoken.time_basis is TimeBasis.CONTEXT
    assert spoken.time_surface == "On Tuesday"


def test_relative_clause_time_does_not_govern_the_main_clause() -> None:
    text = (
        "Russia launched 30 drones at Ukraine last night. "
        "One drone hit Kyiv, which was also shelled on Sunday."
    )
    fact = fact_covering(extract_text(text, published=date(2025, 9, 4)), "One")
    assert fact.time_surface != "on Sunday"


def test_context_carries_to_next_paragraph_only() -> None:
    text = (
        "Russia fired 50 drones at Ukraine last night.\n\n"
        "Air defences shot down 45 drones.\n\nThe mayor spoke.\n\nSchools stayed open.\n\n"
        "Officials counted 9 fires later."
    )
    assert (
        fact_covering(extract_text(text, published=date(2025, 9, 4)), "45").time_basis
        is TimeBasis.CONTEXT
    )
    assert (
        fact_covering(extract_text(text, published=date(2025, 9, 4)), "9").time_basis
        is TimeBasis.DEFAULT
    )


PUB = date(2027, 5, 14)  # a Friday


BUG_TIMES = [
    # text, figure, window key
    (
        "Police said 90 people have been arrested since the protests began on May 3.",
        "90",
        "span:2027-05-03..2027-05-14",
        BUG,
    ),
    (
        "The toll rose to 17 on Wednesday, the ministry said, with 20 people still missing.",
        "20",
        "day:2027-05-12..2027-05-12",
        BUG,
    ),
    (
        "At least 11 people have been killed, officials said on Thursday, and 8 are missing.",
        "8",
        "day:2027-05-13..2027-05-13",
        BUG,
    ),
    (
        "The fire, which has burned 900 hectares since it started on Monday, was 30% contained "
        "by Thursday afternoon.",
        "30%",
        "day:2027-05-13..2027-05-13",
        BUG,
    ),
    (
        "The union put the crowd at 2 million, compared to 1.5 million on April 20.",
        "2 million",
        "span:2027-05-13..2027-05-14",
        BUG,
    ),
    (
        "The union put the crowd at 2 million, compared to 1.5 million on April 20.",
        "1.5 million",
        "day:2027-04-20..2027-04-20",
        BUG,
    ),
    (
        "The two earlier rallies, on April 9 and April 23, drew about 4,000 and 6,000 people "
        "respectively.",
        "6,000",
        "day:2027-04-23..2027-04-23",
        BUG,
    ),
    ("Right now, 12 ships are waiting outside the port.", "12", "day:2027-05-14..2027-05-14", BUG),
]


@pytest.mark.parametrize(
    ("text", "figure", "window", "provenance"), BUG_TIMES, ids=[r[1] for r in BUG_TIMES]
)
def test_bug_times(text: str, figure: str, window: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text, published=PUB), figure)
    assert fact.time is not None
    assert fact.time.key() == window


def test_bug_future_target_year_is_not_the_window() -> None:
    text = "Rail strikes hit on Monday. The plan would save 2 billion euros a year by 2040."
    fact = fact_covering(extract_text(text, published=PUB), "2 billion euros")
    assert fact.time_basis is TimeBasis.DEFAULT


def test_bug_announced_weekday_is_the_coming_one() -> None:
    text = (
        "The capital is preparing for a general strike on Tuesday.\n\n"
        "Police said they would deploy up to 2,000 officers."
    )
    fact = fact_covering(extract_text(text, published=PUB), "2,000")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-18..2027-05-18"


def test_a_weekday_in_reported_future_is_the_coming_one() -> None:
    # PUB is Friday 2027-05-14: "would be sent on Saturday" is the 15th, not the 8th.
    text = "The prime minister said 500 more troops would be sent on Saturday."
    fact = fact_covering(extract_text(text, published=PUB), "500")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-15..2027-05-15"


def test_bug_comparison_with_an_earlier_day_dates_nothing() -> None:
    text = (
        "Turnout was even higher than April 20 levels, according to the unions.\n\n"
        "They said 3 million people marched across the country."
    )
    fact = fact_covering(extract_text(text, published=PUB), "3 million")
    assert fact.time_surface is None or "April" not in fact.time_surface


def test_bug_old_year_does_not_date_the_next_sentence() -> None:
    text = (
        "The storm surpassed the 1998 floods, which killed 54 people in 1998.\n"
        "The fire destroyed 700 buildings."
    )
    fact = fact_covering(extract_text(text, published=PUB), "700")
    assert fact.time_basis is TimeBasis.DEFAULT


def test_bug_headline_figure_takes_the_time_of_its_restatement() -> None:
    text = (
        "Floods: 21 dead in the south\n\n"
        "At least 21 people have been killed by flooding, officials said on Thursday."
    )
    fact = fact_covering(extract_text(text, published=PUB), "21")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-13..2027-05-13"


def test_bug_video_caption_does_not_break_the_wire_dateline() -> None:
    text = (
        "LISBON, May 13 (Wire) - Thousands of people marched on Thursday.\n\n"
        "Police said 20,000 people took part.\n\n"
        "0:00 / 1:12\n\nWatch: marchers reach the square\n\n"
        "Police arrested 14 people near parliament."
    )
    fact = fact_covering(extract_text(text, published=date(2027, 5, 13)), "14")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-13..2027-05-13"


def test_wire_tonight_on_publication_day_dates_what_follows() -> None:
    # PUB is Friday 2027-05-14: "on Friday night" is tonight, not a time to come.
    text = (
        "Police arrested 47 people after clashes on Friday night, the prefecture said. "
        "Thirty-two officers were hurt."
    )
    fact = fact_covering(extract_text(text, published=PUB), "Thirty-two")
    assert fact.time is not None
    assert fact.time.key() == "night:2027-05-14..2027-05-15"


WIRE_TIMES = [
    # text, figure, published, window key
    (
        "A gunman killed 10 people on Saturday. It was the deadliest shooting in the state "
        "since 2019, when 9 people were killed in Dayton.",
        "9 people",
        PUB,
        "year:2019-01-01..2019-12-31",
        PROBE,
    ),
    (
        "It was the deadliest air accident since 1992, when 167 people died near Kathmandu.",
        "167",
        PUB,
        "year:1992-01-01..1992-12-31",
        PROBE,
    ),
    (
        "The first tranche of €4.5bn is expected in March.",
        "€4.5bn",
        date(2027, 12, 2),
        "month:2028-03-01..2028-03-31",
        PROBE,
    ),
    (
        "Officials said winds of up to 60 km/h could spread the fire further overnight.",
        "60 km/h",
        PUB,
        "night:2027-05-14..2027-05-15",
        PROBE,
    ),
    (
        "Firefighters said 120 homes burned on Thursday. Officials warned that winds of up to "
        "60 km/h could spread the fire overnight. Crews said 30 homes were damaged.",
        "30",
        PUB,
        "day:2027-05-13..2027-05-13",
        PROBE,
    ),
    (
        "Around 250,000 people have fled their homes since fighting intensified in mid-January.",
        "250,000",
        date(2027, 2, 5),
        "span:2027-01-11..2027-02-05",
        PROBE,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "published", "window", "provenance"),
    WIRE_TIMES,
    ids=[r[1] for r in WIRE_TIMES],
)
def test_wire_times(text: str, figure: str, published: date, window: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text, published=published), figure)
    assert fact.time is not None
    assert fact.time.key() == window


WIRE_TIMES_2 = [
    # text, figure, published, window key
    (
        "Police said 15 of those arrested would face trial next week.",
        "15",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "Officers arrested 40 people on Saturday. Police said 15 of those arrested would face "
        "trial next week.",
        "15",
        PUB,
        "day:2027-05-08..2027-05-08",
        PROBE_2,
    ),
    (
        "The rain, which began on Sunday, dumped up to 400 mm on the coast.",
        "400 mm",
        PUB,
        "span:2027-05-09..2027-05-14",
        PROBE_2,
    ),
    (
        "The fire, which was contained on Sunday, burned 400 hectares.",
        "400 hectares",
        PUB,
        "span:2027-05-13..2027-05-14",
        "fixture kettle-ridge-wildfire-2028-08",
    ),
    (
        "The carmaker said it would cut 4,000 jobs by the end of 2027.",
        "4,000",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "More than 1.5 million people have fled their homes since fighting erupted in Sudan in "
        "mid-April, the UN said.",
        "1.5 million",
        PUB,
        "span:2027-04-11..2027-05-14",
        PROBE_2,
    ),
    (
        "The stadium, built for the 1950 World Cup, can hold 78,838 spectators.",
        "78,838",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "The storm, which killed 12 people on Sunday, moved north.",
        "12",
        PUB,
        "day:2027-05-09..2027-05-09",
        PROBE_2,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "published", "window", "provenance"),
    WIRE_TIMES_2,
    ids=[r[1] for r in WIRE_TIMES_2],
)
def test_wire_times_2(
    text: str, figure: str, published: date, window: str, provenance: str
) -> None:
    fact = fact_covering(extract_text(text, published=published), figure)
    assert fact.time is not None
    assert fact.time.key() == window
