"""Time windows (issue 15): a change over twelve months covers the twelve months to the
month it is of.

The pattern: "up 3.9% year over year", "down 8% from a year ago", "has declined by 0.5
points over the year", "over the past 12 months, exports grew 5.4%". Such a change was
given the report's month (carried from "in July"), a day a year back ("a year
earlier") or the twelve months to publication, so one outlet's annual change met
another's monthly one, or none at all. A phrase of class ``year_on_year`` beside the
figure (no other figure between them) now gives the twelve months ending with the
month the figure is of: its own stated month, else the month the story is of. With no
month to end on, the window is left as it was.
Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.models import TimeBasis
from tests.facts.test_windows_since import Case, Fact, window_facts

PUBLISHED = date(2026, 8, 7)
STATED, CONTEXT, DEFAULT = TimeBasis.STATED, TimeBasis.CONTEXT, TimeBasis.DEFAULT
JULY = "month:2026-07-01..2026-07-31"
TO_JULY = "span:2025-08-01..2026-07-31"


YEAR_ON_YEAR: list[Case] = [
    # text, facts (surface, window, basis, surface of the time), provenance
    (
        "Consumer prices rose 0.4% in July and 3.1% from a year earlier.",
        [
            ("0.4%", JULY, STATED, "in July"),
            ("3.1%", TO_JULY, STATED, "from a year earlier"),
        ],
        "invented: inflation (a monthly price index)",
    ),
    (
        "Hourly pay for factory workers climbed 9 cents to $31.20 in July, up 4.1% year over year.",
        [
            ("9 cents", JULY, STATED, "in July"),
            ("$31.20", JULY, STATED, "in July"),
            ("4.1%", TO_JULY, STATED, "year over year"),
        ],
        "invented: economy (a jobs report)",
    ),
    (
        "Subway ridership reached 3.8 million trips a day in July. Ridership was up 6% "
        "on the year.",
        [
            ("3.8 million", JULY, STATED, "in July"),
            ("6%", TO_JULY, STATED, "on the year"),
        ],
        "invented: transport (a transit ridership release; the month carried)",
    ),
    (
        "Exports fell 2.1% in July. Over the past 12 months, exports have grown 5.4%.",
        [
            ("2.1%", JULY, STATED, "in July"),
            ("5.4%", TO_JULY, STATED, "Over the past 12 months"),
        ],
        "invented: trade (a monthly trade report; the twelve months end with July)",
    ),
    (
        "Police recorded 1,204 burglaries in July, down 8% from a year ago.",
        [
            ("1,204", JULY, STATED, "in July"),
            ("8%", TO_JULY, STATED, "from a year ago"),
        ],
        "invented: crime statistics",
    ),
    (
        "The hospital treated 5,600 flu patients in July. Admissions have risen 7% annually.",
        [
            ("5,600", JULY, STATED, "in July"),
            ("7%", TO_JULY, STATED, "annually"),
        ],
        "invented: health (a hospital's monthly figures)",
    ),
    (
        "Wages rose 3% year over year, the survey found.",
        [("3%", "span:2026-08-06..2026-08-07", DEFAULT, None)],
        "invented: economy (no month to end on: the default window stands)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"),
    [(t, f) for t, f, _ in YEAR_ON_YEAR],
    ids=[p for _, _, p in YEAR_ON_YEAR],
)
def test_a_change_over_the_year_covers_the_twelve_months_to_its_month(
    text: str, facts: list[Fact]
) -> None:
    assert window_facts(text, PUBLISHED) == facts
