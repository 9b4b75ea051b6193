"""Time windows (issue 15): a stretch "since" a start, named in a sentence with no figure,
dates only the running totals after it.

The pattern: "Admissions have climbed since October" or "the largest attack since the
war began in February 2022" opens a window from that start up to publication. Carried
on to the sentences after it, it gave every later figure that window: the month's or
the night's counts ("Staff treated 55 patients in intensive care") were filed as counts
since October, and met no other outlet's figure of the night. Such a stretch now dates
only a figure whose sentence counts a running total (class ``running_cue``: "so far",
"in total", "in all", "to date"); every other figure after it keeps the story's time
from before the stretch (or, with none, the default window before publication). The
story's time is also looked for in the sentences before the stretch, and there a time
that says it is earlier ("a raid earlier this month") is the cause's, not the story's.
After a superlative or an ordinal, a time after "since ... began" ("the first attack
since the fighting began in October") only anchors the comparison, like "the biggest
since 2022", and dates no figure.
Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.models import TimeBasis
from tests.helpers import extract_text

# A fact: surface, time window key, how the time was found, the words that gave it.
Fact = tuple[str, str | None, TimeBasis | None, str | None]
Case = tuple[str, list[Fact], str]

PUBLISHED = date(2026, 5, 14)  # a Thursday
STATED, CONTEXT, DEFAULT = TimeBasis.STATED, TimeBasis.CONTEXT, TimeBasis.DEFAULT
DEFAULT_SPAN = "span:2026-05-13..2026-05-14"


def window_facts(text: str, published: date) -> list[Fact]:
    """Every fact of a text as its window: surface, key, basis, the words that gave it
    (also read by the other tables of windows, test_windows_*.py)."""
    return [
        (f.surface, f.time.key() if f.time else None, f.time_basis, f.time_surface)
        for f in extract_text(text, published=published).facts
    ]


SINCE_CASES: list[Case] = [
    # text, facts (surface, window, basis, surface of the time), provenance
    (
        "Employers added 64,000 jobs in April. Hiring has slowed since January. "
        "Hospitals added 38,000 jobs.",
        [
            ("64,000", "month:2026-04-01..2026-04-30", STATED, "in April"),
            ("38,000", "month:2026-04-01..2026-04-30", CONTEXT, "in April"),
        ],
        "invented: economy (a monthly report; the sector's gain is April's, not Jan-May)",
    ),
    (
        "Employers added 64,000 jobs in April. Job growth has slowed since January. "
        "In total, 410,000 jobs have been added.",
        [
            ("64,000", "month:2026-04-01..2026-04-30", STATED, "in April"),
            ("410,000", "month:2026-01-01..2026-05-14", CONTEXT, "since January"),
        ],
        "invented: economy (a running total after the stretch takes it)",
    ),
    (
        "Employers added 64,000 jobs in April. Job growth has slowed since January. "
        "In total, 410,000 jobs have been added. Hospitals added 38,000 jobs.",
        [
            ("64,000", "month:2026-04-01..2026-04-30", STATED, "in April"),
            ("410,000", "month:2026-01-01..2026-05-14", CONTEXT, "since January"),
            ("38,000", "month:2026-04-01..2026-04-30", CONTEXT, "in April"),
        ],
        "invented: economy (after the running total, the month goes on)",
    ),
    (
        "Russia attacked Kyiv overnight with drones. It was the largest attack since the "
        "war began in February 2022. The air force said 120 drones were shot down.",
        [("120", "night:2026-05-13..2026-05-14", CONTEXT, "overnight")],
        "invented: conflict (the night's tally keeps the night after an aside on the war)",
    ),
    (
        "Rebels on Saturday fired rockets at the port, in response to a raid earlier this "
        "month. It was the first direct attack since the fighting began in March. The "
        "army said 40 rockets were intercepted.",
        [("40", "day:2026-05-09..2026-05-09", CONTEXT, "on Saturday")],
        "invented: conflict (the story's day, not the cause's 'earlier this month')",
    ),
    (
        "It was the first direct attack since the fighting began in October. In all, 40 "
        "rockets were fired.",
        [("40", DEFAULT_SPAN, DEFAULT, None)],
        "invented: conflict (after 'the first ... since X began' the time only anchors "
        "the comparison)",
    ),
    (
        "Rebels fired 40 rockets at the port, the most since the fighting began in October.",
        [("40", DEFAULT_SPAN, DEFAULT, None)],
        "invented: conflict (the superlative's anchor dates no figure)",
    ),
    (
        "Ridership fell to 1.2 million trips in April. Fares have risen twice since 2023. "
        "Buses carried 640,000 passengers.",
        [
            ("1.2 million", "month:2026-04-01..2026-04-30", STATED, "in April"),
            ("640,000", "month:2026-04-01..2026-04-30", CONTEXT, "in April"),
        ],
        "invented: transport (a transit ridership release)",
    ),
    (
        "Arrests have risen sharply since January. Officers detained 12 suspects.",
        [("12", DEFAULT_SPAN, DEFAULT, None)],
        "invented: crime (no story time before the stretch: the default window)",
    ),
    (
        "Arrests have risen sharply since January. So far, officers have made 1,240 arrests.",
        [("1,240", "month:2026-01-01..2026-05-14", CONTEXT, "since January")],
        "invented: crime ('so far': a running total)",
    ),
    (
        "Floods have hit the valley since Sunday. In all, rescuers have evacuated 300 people.",
        [("300", "span:2026-05-10..2026-05-14", CONTEXT, "since Sunday")],
        "invented: weather ('in all': the evacuations since Sunday)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"),
    [(t, f) for t, f, _ in SINCE_CASES],
    ids=[p for _, _, p in SINCE_CASES],
)
def test_a_stretch_since_a_start_dates_only_running_totals(text: str, facts: list[Fact]) -> None:
    assert window_facts(text, PUBLISHED) == facts
