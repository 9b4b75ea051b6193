"""Bodies that stand for a country: "the IDF", "the Pentagon", "the Kremlin",
"Downing Street". As a source the body is named by itself (who spoke); as the actor
of what it did it is its country. The entities data cannot say this yet:
``EntityEntry`` (rules/schemas/words.py) has no field for the country an organisation
stands for, so a body is either an alias of its country (the IDF today: the source
becomes "Israel") or an organisation of its own (the Pentagon: no actor). This table
is what such a field should give; it fails today, strictly. Invented sentences."""

from __future__ import annotations

import pytest

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
]


@pytest.mark.xfail(strict=True, reason="EntityEntry has no field for the country a body stands for")
def test_bodies_that_stand_for_a_country() -> None:
    got = []
    for text, figure, _, _ in CASES:
        fact = fact_covering(extract_text(text), figure)
        got.append((fact.attribution and fact.attribution.source, fact.actor))
    assert got == [expected for _, _, expected, _ in CASES]
