"""The subjects pass: what a figure counts or measures when the table of subjects and
events (``test_subjects_and_events.py``) does not say it all."""

from __future__ import annotations

import pytest

from discrepancy import Qualifier
from tests.helpers import extract_text, fact_covering

MEASURES = [
    (
        "The earthquake struck at a depth of 10 km, the agency said.",
        "10",
        "depth",
        "invented: disasters, economy",
    ),
    (
        "The epicentre was 40 km southwest of the city.",
        "40",
        "distance",
        "invented: disasters, economy",
    ),
    (
        "The blaze has burned 2,000 hectares of forest.",
        "2,000",
        "area",
        "invented: disasters, economy",
    ),
    ("Damage was estimated at $2 billion.", "$2", "damage", "invented: disasters, economy"),
    ("The fire was 60% contained by Sunday.", "60%", "containment", "invented: disasters, economy"),
    (
        "Temperatures reached 46.2C in Seville on Saturday.",
        "46.2C",
        "temperature",
        "invented: disasters, economy",
    ),
    (
        "The storm caused an estimated $2.5bn in damage.",
        "an estimated $2.5bn",
        "damage",
        "invented: disasters, economy",
    ),
    (
        "The EU approved a €1.2 billion aid package.",
        "€1.2 billion",
        "aid",
        "invented: disasters, economy",
    ),
    (
        "Japan pledged $500 million in humanitarian aid.",
        "$500 million",
        "aid",
        "invented: disasters, economy",
    ),
    ("The thermometer showed 41°C at noon.", "41°C", "temperature", "invented: disasters, economy"),
    ("Washington imposed a 25% tariff on steel.", "25%", "tariff", "invented: disasters, economy"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"), MEASURES, ids=[r[2] for r in MEASURES]
)
def test_invented_measures(text: str, figure: str, subject: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).subject == subject


def test_bug_partitive_bus_count() -> None:
    fact = fact_covering(
        extract_text("Fewer than 150 of the region's 600 buses ran on Monday."), "150"
    )
    assert fact.subject == "bus"
    assert fact.quantity.qualifier is Qualifier.LESS_THAN


def test_wire_a_share_takes_the_election_named_just_before() -> None:
    text = (
        "Nawrocki wins Polish vote with 38.2%\n\nThe count ended on Monday. Final results were "
        "published. The main opposition party took 31.5 percent."
    )
    assert fact_covering(extract_text(text), "31.5 percent").subject == "vote share"
    assert (
        fact_covering(extract_text("The company won 30% of the contracts."), "30%").subject
        == "share"
    )
