"""Time windows (issue 15): an earlier time beside the story's, and a statement's day.

The patterns:
- an earlier aside after a figure ("shed 8,000 jobs after cutting 5,000 in July",
  "up from 187 a week earlier", "compared with 90 mm on Friday"): the time after a
  word of class ``earlier_link``, with another figure between, is that figure's
  alone; it neither dates the figure before it nor the sentences after it, which keep
  the story's time (the first time of the sentence);
- a figure in a statement made on a later day ("the army said on Monday it had
  intercepted 99 percent"): a figure of the event the statement looks back on (its verb
  in the past perfect, class ``anterior_auxiliary``) keeps the event's time; a running
  total ("14 people had died") and a state as of the statement ("4,500 people needed
  shelter") are dated by the day the statement was made.
Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.models import TimeBasis
from tests.facts.test_windows_since import Case, window_facts

PUBLISHED = date(2026, 9, 7)  # a Monday
STATED, CONTEXT = TimeBasis.STATED, TimeBasis.CONTEXT
AUG, JUL = "month:2026-08-01..2026-08-31", "month:2026-07-01..2026-07-31"
NIGHT = "night:2026-09-06..2026-09-07"  # Sunday to Monday
MONDAY = "day:2026-09-07..2026-09-07"

CASES: list[Case] = [
    (
        "In August, retailers shed 8,000 jobs after cutting 5,000 in July. Wholesalers "
        "lost 1,000 jobs.",
        [
            ("8,000", AUG, STATED, "In August"),
            ("5,000", JUL, STATED, "in July"),
            ("1,000", AUG, CONTEXT, "In August"),
        ],
        "invented: economy (the month after 'after' is the later figure's alone)",
    ),
    (
        "Officials reported 214 cases as of Sunday, up from 187 a week earlier. Of "
        "those, 31 have been hospitalised.",
        [
            ("214", "day:2026-09-06..2026-09-06", STATED, "Sunday"),
            ("187", "day:2026-08-30..2026-08-30", STATED, "a week earlier"),
            ("31", "day:2026-09-06..2026-09-06", CONTEXT, "Sunday"),
        ],
        "invented: health (the week-earlier count dates nothing after it)",
    ),
    (
        "Troops shot down 38 drones overnight, after downing 25 the night before. "
        "Debris injured four people.",
        [
            ("38", NIGHT, STATED, "overnight"),
            ("25", "night:2026-09-05..2026-09-06", STATED, "the night before"),
            ("four", NIGHT, CONTEXT, "overnight"),
        ],
        "invented: conflict (the night before is an aside)",
    ),
    (
        "Rainfall reached 180 mm on Saturday, compared with 90 mm on Friday. About "
        "3,000 homes lost power.",
        [
            ("180 mm", "day:2026-09-05..2026-09-05", STATED, "on Saturday"),
            ("90 mm", "day:2026-09-04..2026-09-04", STATED, "on Friday"),
            ("About 3,000", "day:2026-09-05..2026-09-05", CONTEXT, "on Saturday"),
        ],
        "invented: weather ('compared with' a day before)",
    ),
    (
        "Ridership fell to 1.2 million trips in August from 1.4 million in July. Buses "
        "carried 500,000 passengers.",
        [
            ("1.2 million", AUG, STATED, "in August"),
            ("1.4 million", JUL, STATED, "in July"),
            ("500,000", AUG, CONTEXT, "in August"),
        ],
        "invented: transport (the month after 'from')",
    ),
    (
        "Drones and missiles struck overnight. The army said on Monday it had "
        "intercepted 99 percent of them.",
        [("99 percent", NIGHT, CONTEXT, "overnight")],
        "invented: conflict (the statement looks back on the night's event)",
    ),
    (
        "A storm hit the coast overnight. The utility said on Monday that the storm had "
        "knocked out power to 80,000 homes.",
        [("80,000", NIGHT, CONTEXT, "overnight")],
        "invented: weather (the storm's outages are the night's)",
    ),
    (
        "Floods swept the valley overnight. Officials said on Monday that 14 people had died.",
        [("14", MONDAY, CONTEXT, "on Monday")],
        "invented: weather (a toll is a running total as of the statement)",
    ),
    (
        "Floods swept the valley overnight. Officials said on Monday that 4,500 people "
        "needed shelter.",
        [("4,500", MONDAY, CONTEXT, "on Monday")],
        "invented: weather (a state as of the statement's day)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [(t, f) for t, f, _ in CASES], ids=[p for _, _, p in CASES]
)
def test_an_earlier_time_and_a_statements_day(text: str, facts: list[object]) -> None:
    assert window_facts(text, PUBLISHED) == facts
