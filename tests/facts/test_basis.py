"""The basis pass: whether a figure is an estimate, a poll, a forecast, a projection,
preliminary or final (issue 16); the party of a vote figure is the votes pass's
(test_elections_cases.py). Every sentence is invented for these tests (provenance
``invented``)."""

from __future__ import annotations

import pytest

from discrepancy import Basis
from tests.helpers import extract_text, fact_covering

ESTIMATES = [
    # text, figure, value, subject, event, provenance
    (
        "Officers estimated the march at roughly 40,000.",
        "40,000",
        40000,
        "person",
        "attended",
        "invented",
    ),
    (
        "The prefecture put the count at 250,000 after the rally.",
        "250,000",
        250000,
        "person",
        None,
        "invented",
    ),
    ("Organisers put the crowd at 80,000.", "80,000", 80000, "person", "attended", "invented"),
    ("Local media put the toll at 35.", "35", 35, "death", "killed", "invented"),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "subject", "event", "provenance"),
    ESTIMATES,
    ids=[c[0][:30] for c in ESTIMATES],
)
def test_an_estimating_frame_is_a_count_by_its_estimator(
    text: str, figure: str, value: float, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.quantity.nominal == value
    assert (fact.subject, fact.event, fact.basis) == (subject, event, Basis.ESTIMATE)


BASES = [
    # text, figure, basis, provenance
    ("Economists had expected 110,000 new jobs.", "110,000", Basis.FORECAST, "invented"),
    ("An exit poll gave the governing party 38% of the vote.", "38%", Basis.POLL, "invented"),
    ("The network projected the party to win 212 seats.", "212", Basis.PROJECTION, "invented"),
    (
        "Preliminary results showed 1.2 million ballots cast.",
        "1.2 million",
        Basis.PRELIMINARY,
        "invented",
    ),
    ("The final count showed 48,312 votes for the mayor.", "48,312", Basis.FINAL, "invented"),
    ("An estimated 4,000 homes lost power.", "4,000", Basis.ESTIMATE, "invented"),
    ("The storm damaged 4,000 homes.", "4,000", Basis.NONE, "invented"),
    # people named as the source after a figure say who spoke, not what kind of count
    ("Forecasters expected 90 mm of rain by Friday.", "90 mm", Basis.FORECAST, "invented"),
    (
        "The river rose 2.4 metres overnight, forecasters said.",
        "2.4 metres",
        Basis.NONE,
        "invented",
    ),
    ("Prices rose 0.4% in May, forecasters said.", "0.4%", Basis.NONE, "invented"),
    ("Turnout reached 61%, according to exit polls.", "61%", Basis.POLL, "invented"),
    # the figure a revision replaced, after "from" with no "to" figure: an earlier one
    ("Officials revised the toll from 52 after a recount.", "52", Basis.PRELIMINARY, "invented"),
    (
        "The ministry corrected the number of injured from 140.",
        "140",
        Basis.PRELIMINARY,
        "invented",
    ),
    ("Officials revised the toll from 52 to 49.", "52", Basis.NONE, "invented"),
    ("The toll of 40 was later raised to 52.", "40", Basis.PRELIMINARY, "invented"),
    ("The toll of 40 was later raised to 52.", "52", Basis.NONE, "invented"),
    ("The 40 workers were moved to 12 sites.", "40", Basis.NONE, "invented"),
    ("Flights from 12 airports were cancelled.", "12", Basis.NONE, "invented"),
    # a phrase that opens with a basis cue but names a place of an election (session 9)
    ("Irregularities were reported at 14 polling stations.", "14", Basis.NONE, "invented"),
    ("Some 40 polling booths opened late.", "Some 40", Basis.NONE, "invented"),
    ("Voters queued at 300 polling places.", "300", Basis.NONE, "invented"),
    ("Recent polling put her at 31%.", "31%", Basis.POLL, "invented"),
]


@pytest.mark.parametrize(
    ("text", "figure", "basis", "provenance"), BASES, ids=[c[2].value for c in BASES]
)
def test_the_basis_of_a_count(text: str, figure: str, basis: Basis, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).basis is basis
