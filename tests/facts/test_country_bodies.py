"""Bodies that stand for a country: "the IDF", "the Pentagon", "the Kremlin",
"Downing Street". As a source the body is named by itself (who spoke); as the actor
of what it did it is its country; in comparison it is one side with its country.
The entities data says so with the ``country`` field of an organisation
(``EntityEntry``, rules/schemas/words.py). Invented sentences."""

from __future__ import annotations

import pytest

from discrepancy.comparison.entries import Entry, claimant_of
from discrepancy.models.policy import DEFAULT_POLICY
from discrepancy.rules.schemas.words import EntityEntry
from tests.helpers import extract_text, fact_covering

CASES = [
    # text, figure, (source, actor), provenance
    (
        "The IDF said 40 drones were intercepted over the Negev.",
        "40",
        ("IDF", None),
        "conflict: the body speaks; today the source is Israel",
    ),
    (
        "The IDF intercepted 40 drones over the Negev on Sunday.",
        "40",
        (None, "Israel"),
        "conflict: the body acts for its country",
    ),
    (
        "The Pentagon deployed 2,500 troops to the border.",
        "2,500",
        (None, "United States"),
        "conflict: today no actor",
    ),
    (
        "The Kremlin evacuated 3,000 residents from the border region.",
        "3,000",
        (None, "Russia"),
        "crowds/weather: today no actor",
    ),
    (
        "Downing Street confirmed 300 asylum seekers arrived on Tuesday.",
        "300",
        ("Downing Street", None),
        "transport: the body speaks, named by itself",
    ),
    (
        "The State Department said 1,200 citizens had left on charter flights.",
        "1,200",
        ("State Department", None),
        "transport: the body speaks",
    ),
    (
        "The Elysee announced 4,000 extra police officers for the weekend.",
        "4,000",
        ("Elysee", None),
        "crowds: the body speaks, written without its accent",
    ),
    (
        "The White House deployed 1,500 National Guard troops after the floods.",
        "1,500",
        (None, "United States"),
        "weather: the body acts for its country",
    ),
    (
        "Ukraine's air force shot down 31 drones overnight.",
        "31",
        (None, "Ukraine"),
        "conflict: an armed service acts for its country",
    ),
]


def test_bodies_that_stand_for_a_country() -> None:
    got = []
    for text, figure, _, _ in CASES:
        fact = fact_covering(extract_text(text), figure)
        got.append((fact.attribution and fact.attribution.source, fact.actor))
    assert got == [expected for _, _, expected, _ in CASES]


def test_body_and_country_are_one_claimant() -> None:
    """Comparison treats a body and its country as one side: "the IDF" and "Israel"
    give one claimant, "the Kremlin" and "Moscow's forces" another; a body with no
    country ("police") stays itself."""
    text = (
        "The IDF said 40 drones were intercepted.\n\n"
        "Israel said 45 drones were intercepted.\n\n"
        "The Kremlin said 60 drones were launched.\n\n"
        "Police said 9,000 people marched."
    )
    facts = extract_text(text).facts
    entries = [Entry(0, i, f, "drone", None, None, None, None) for i, f in enumerate(facts)]
    got = [
        (f.attribution and f.attribution.source, claimant_of(e, DEFAULT_POLICY))
        for f, e in zip(facts, entries, strict=True)
    ]
    assert got == [
        ("IDF", "Israel"),
        ("Israel", "Israel"),
        ("Kremlin", "Russia"),
        ("police", "police"),
    ]


@pytest.mark.parametrize(
    ("entity_type", "error"),
    [("organization", False), ("country", True), ("person", True), ("place", True)],
)
def test_only_an_organisation_stands_for_a_country(entity_type: str, error: bool) -> None:
    """The field names the country a body speaks for; on anything else it is an error."""
    entry = {"name": "Body", "type": entity_type, "country": "France"}
    if error:
        with pytest.raises(ValueError, match="only an organization stands for a country"):
            EntityEntry.model_validate(entry)
    else:
        assert EntityEntry.model_validate(entry).country == "France"
