"""A time an ordinal counts from dates no figure: "the sixth day of strikes since January".

"For this sixth day of protest since the start of the year, 700,000 marched" counts
the day among the year's days of protest; the 700,000 marched on that day, not over
the months since January. A time opening a span back ("since ...", "in the past ...")
a few words after an ordinal (a word, or digits with "st", "nd", "rd", "th") anchors
the ordinal, as "the biggest since 2022" anchors a superlative: the figure takes the
time it would have without it. A span back with no ordinal before it still dates its
figure ("arrested 230 people since March 4"). Articles are published on Tuesday
2027-03-09.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import TimeBasis
from tests.helpers import extract_text, fact_at

PUB = date(2027, 3, 9)
NEWS = "invented: news phrasing"
DEFAULT = ("span:2027-03-08..2027-03-09", TimeBasis.DEFAULT)

CASES = [
    # text, figure, (window key, basis), provenance
    (
        "For this sixth day of protest since the start of the year, 700,000 people "
        "marched in the capital.",
        "700,000",
        DEFAULT,
        f"{NEWS}: crowds",
    ),
    (
        "Twelve people were killed in the 3rd attack on the town since March.",
        "Twelve",
        DEFAULT,
        f"{NEWS}: conflict",
    ),
    (
        "It was the fourth rate cut since January, lowering the rate to 2.5%.",
        "2.5%",
        DEFAULT,
        f"{NEWS}: economy",
    ),
    (
        "In the second outbreak since June, 40 people fell ill.",
        "40",
        DEFAULT,
        f"{NEWS}: health",
    ),
    (
        "The 5th derailment since 2025 injured 14 passengers.",
        "14",
        DEFAULT,
        f"{NEWS}: transport",
    ),
    # No ordinal: the span back is the figure's own window.
    (
        "Police have arrested 230 people since March 4.",
        "230",
        ("span:2027-03-04..2027-03-09", TimeBasis.STATED),
        f"{NEWS}: crime",
    ),
    (
        "Some 300 homes have flooded since Sunday.",
        "Some 300",
        ("span:2027-03-07..2027-03-09", TimeBasis.STATED),
        f"{NEWS}: weather",
    ),
    # An ordinal far back (more than four words) anchors nothing.
    (
        "In the second round of voting held across the whole country since March 1, "
        "turnout was 61%.",
        "61%",
        ("span:2027-03-01..2027-03-09", TimeBasis.STATED),
        f"{NEWS}: elections",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"), CASES, ids=[c[1] for c in CASES]
)
def test_a_time_an_ordinal_counts_from_dates_no_figure(
    text: str, figure: str, expected: tuple[str, TimeBasis], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert (fact.time.key() if fact.time else None, fact.time_basis) == expected
