"""The attributions pass on frames: estimating and counting frames credit the estimator,
and reporting verbs the reporter, in many domains. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_at

FRAMES = [
    # id, text, figure, subject, source, provenance
    (
        "police-estimated-crowd",
        "Police estimated the crowd at roughly 40,000.",
        "roughly 40,000",
        "person",
        "police",
        "invented (crowds), issue #16",
    ),
    (
        "prefecture-put-the-count",
        "The prefecture put the count at 250,000 people.",
        "250,000",
        "person",
        "prefecture",
        "invented (crowds), issue #16",
    ),
    (
        "commission-documented",
        "The Red Cross has documented 31 deaths and 107 injuries.",
        "31",
        "death",
        "Red Cross",
        "invented (health)",
    ),
    (
        "commission-recorded",
        "The human rights commission has recorded 14 arrests.",
        "14",
        "arrest",
        "human rights commission",
        "invented (crime)",
    ),
    (
        "projected-by",
        "A gain of 100,000 jobs was projected by Reuters.",
        "100,000",
        "job",
        "Reuters",
        "invented (economy): a forecast credited after the figure",
    ),
    (
        "police-say",
        "Police say 269 bodies have been recovered.",
        "269",
        "death",
        "police",
        "invented (disasters): 'say' as well as 'says'",
    ),
    (
        "indicated-that",
        "The rescue service indicated that 12 climbers were missing.",
        "12",
        "missing",
        "rescue service",
        "invented (mountain rescue)",
    ),
    (
        "issued-a-warning",
        "Officials have issued a warning that the fire, which destroyed 1,000 buildings, "
        "may burn for weeks.",
        "1,000",
        "building",
        "officials",
        "invented (wildfires)",
    ),
    (
        "cites",
        "The news portal Kathimerini cites survivors who said 750 people were on the ship.",
        "750",
        "person",
        "Kathimerini",
        "invented (migration)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "source"),
    [c[1:5] for c in FRAMES],
    ids=[c[0] for c in FRAMES],
)
def test_a_frame_credits_its_estimator(text: str, figure: str, subject: str, source: str) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.subject == subject
    assert fact.attribution is not None
    assert (fact.attribution.source, fact.attribution.via, fact.attribution.carried) == (
        source,
        None,
        False,
    )
