"""An earlier event named in passing does not date the story's figures after it.

"Rebels fired 300 rockets yesterday. They had vowed revenge for a raid on March 29.
The salvo included 160 rockets": the sentence without a figure
names a day well before the story's (a cause, a precedent), and the figures after it
are still the story's. A figure-less sentence's day more than a week before the day
the text was dating keeps the text's day; a day within the week is the story going
on (and a month is a report's own period, never an aside). Articles are published on
Sunday 2027-04-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import TimeBasis
from tests.helpers import extract_text, fact_at

PUB = date(2027, 4, 11)
NEWS = "invented: news phrasing"

CASES = [
    # text, figure, (window key, basis), provenance
    (
        "Rebels fired 300 rockets at the city yesterday. They had vowed revenge for a raid "
        "on their camp on March 29. The salvo included 160 rockets.",
        "160",
        ("day:2027-04-10..2027-04-10", TimeBasis.CONTEXT),
        f"{NEWS}: conflict",
    ),
    (
        "Police arrested 40 protesters on Saturday. The unrest began after a court ruling "
        "on March 20. Another 12 people were detained.",
        "12",
        ("day:2027-04-10..2027-04-10", TimeBasis.CONTEXT),
        f"{NEWS}: crime",
    ),
    (
        "The river flooded 300 homes on Saturday. A similar flood struck the town on "
        "March 1. Some 900 residents were moved to shelters.",
        "Some 900",
        ("day:2027-04-10..2027-04-10", TimeBasis.CONTEXT),
        f"{NEWS}: weather",
    ),
    # A day within the week is the story going on: it dates what follows.
    (
        "The river flooded 300 homes on Saturday. The storm hit the coast on Wednesday. "
        "Some 900 residents were moved to shelters.",
        "Some 900",
        ("day:2027-04-07..2027-04-07", TimeBasis.CONTEXT),
        f"{NEWS}: weather",
    ),
    # With no day before it, the earlier day dates what follows as it always did.
    (
        "Troops raided the rebel camp on March 29. The salvo included 160 rockets.",
        "160",
        ("day:2027-03-29..2027-03-29", TimeBasis.CONTEXT),
        f"{NEWS}: conflict",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected", "provenance"),
    CASES,
    ids=[f"{c[1]}-{c[3].split(': ')[-1]}" for c in CASES],
)
def test_an_earlier_event_named_in_passing_dates_nothing_after_it(
    text: str, figure: str, expected: tuple[str, TimeBasis], provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUB), figure)
    assert (fact.time.key() if fact.time else None, fact.time_basis) == expected
