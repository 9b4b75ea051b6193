"""Two days in one sentence: each figure takes the nearest time of its own conjunct.

"Rebels fired 40 rockets on Saturday and 12 on Sunday" dates the 40 to Saturday and
the 12 to Sunday; so does "On Saturday the river flooded 300 homes and on Sunday
another 120", where the Sunday that opens the second conjunct (after a coordinator of
class ``conjunct_opener``, or a semicolon) stands nearer the 300 than its own
Saturday does. A figure with no time in its own conjunct still takes the next one.
Articles are published on Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import TimeBasis
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"
FRI = ("day:2027-04-09..2027-04-09", TimeBasis.STATED)
SAT = ("day:2027-04-10..2027-04-10", TimeBasis.STATED)
SUN = ("day:2027-04-11..2027-04-11", TimeBasis.STATED)

CASES = [
    # text, figure, (window key, basis), provenance
    ("Rebels fired 40 rockets on Saturday and 12 on Sunday.", "40", SAT, f"{NEWS}: conflict"),
    ("Rebels fired 40 rockets on Saturday and 12 on Sunday.", "12", SUN, f"{NEWS}: conflict"),
    (
        "On Saturday the river flooded 300 homes and on Sunday another 120.",
        "300",
        SAT,
        f"{NEWS}: weather",
    ),
    (
        "On Saturday the river flooded 300 homes and on Sunday another 120.",
        "120",
        SUN,
        f"{NEWS}: weather",
    ),
    (
        "On Friday the clinic treated 300 patients, while on Saturday it saw 150.",
        "300",
        FRI,
        f"{NEWS}: health",
    ),
    (
        "On Friday the clinic treated 300 patients, while on Saturday it saw 150.",
        "150",
        SAT,
        f"{NEWS}: health",
    ),
    (
        "On Friday the airline cancelled 200 flights, and on Saturday it cancelled 90.",
        "200",
        FRI,
        f"{NEWS}: transport",
    ),
    (
        "On Saturday police arrested 40 people; on Sunday they detained 25 more.",
        "40",
        SAT,
        f"{NEWS}: crime",
    ),
    (
        "On Saturday police arrested 40 people; on Sunday they detained 25 more.",
        "25",
        SUN,
        f"{NEWS}: crime",
    ),
    (
        "Some 5,000 people marched on Saturday and 12,000 on Sunday.",
        "Some 5,000",
        SAT,
        f"{NEWS}: crowds",
    ),
    (
        "Some 5,000 people marched on Saturday and 12,000 on Sunday.",
        "12,000",
        SUN,
        f"{NEWS}: crowds",
    ),
    (
        "On Friday hospitals admitted 40 patients but on Saturday they admitted 12.",
        "40",
        FRI,
        f"{NEWS}: health",
    ),
    (
        "On Friday the storm dropped 20 cm of snow, then on Saturday another 12 cm.",
        "20 cm",
        FRI,
        f"{NEWS}: weather",
    ),
    (
        "In March exports fell 3% but in April they rose 2%.",
        "3%",
        ("month:2027-03-01..2027-03-31", TimeBasis.STATED),
        f"{NEWS}: economy",
    ),
    # With no time of its own conjunct, a figure still takes the next one.
    (
        "Rebels fired 40 rockets and on Sunday they fired 12 more.",
        "40",
        SUN,
        f"{NEWS}: conflict",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    CASES,
    ids=[f"{c[1]}-{c[3].split(': ')[-1]}" for c in CASES],
)
def test_each_figure_takes_the_time_of_its_own_conjunct(
    text: str, figure: str, expected: tuple[str, TimeBasis], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert (fact.time.key() if fact.time else None, fact.time_basis) == expected
