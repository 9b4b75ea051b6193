"""A body named with its acronym in parentheses is one source, the one the acronym
alone names later in the article and in other outlets: "the Ghana Council on Road
Safety (GCRS) said" and "GCRS said" credit the same source (issue 15: the full name was
cut at "on" to "Road Safety", and the outlets' rows never met).

Invented sentences across domains; the names are invented or common bodies.
"""

from __future__ import annotations

import pytest

from tests.helpers import sources_found

ACRONYMS = [
    # text, (surface, source, found) of every fact, provenance
    (
        "The Ghana Council on Road Safety (GCRS) has recorded 14 deaths on the coastal "
        "highway.\n\nGCRS said 52 drivers were arrested.",
        [("14", "GCRS", "frame"), ("52", "GCRS", "stated")],
        "invented: transport, crime (a joiner 'on' inside the name)",
    ),
    (
        "The Office of the High Commissioner for Refugees (OHCR) said 300 people fled "
        "the fighting.",
        [("300", "OHCR", "stated")],
        "invented: conflict ('of the', 'for' inside the name)",
    ),
    (
        "The National Transport Safety Board (NTSB) said 43 passengers were injured.",
        [("43", "NTSB", "stated")],
        "invented: transport",
    ),
    (
        "The Ghana Statistical Service (GSS) reported that inflation rose to 23.5% in May.",
        [("23.5%", "GSS", "stated")],
        "invented: economy",
    ),
    (
        "The Independent Electoral Commission (IEC) said turnout was 58%.\n\n"
        "The IEC counted 2.1 million votes.",
        [("58%", "IEC", "stated"), ("2.1 million", "IEC", "frame")],
        "invented: elections",
    ),
    (
        "The Ministry of Health (MoH) has confirmed 120 cholera cases.",
        [("120", "MoH", "stated")],
        "invented: health (capitals only spell the acronym)",
    ),
    # a known body keeps its gazetteer name; letters that spell no name keep the name
    (
        "The United States Geological Survey (USGS) said 3 aftershocks above magnitude 5 followed.",
        [("3", "USGS", "stated"), ("above magnitude 5", "USGS", "stated")],
        "invented: quakes (a known entity)",
    ),
    (
        "The Coastal Rescue Service (Kustvakt) said 12 fishermen were rescued.",
        [("12", "Coastal Rescue Service", "stated")],
        "invented: weather (a name in another tongue in the parentheses)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"), ACRONYMS, ids=[r[2].split(" ")[1] for r in ACRONYMS]
)
def test_a_body_and_its_acronym_are_one_source(
    text: str, expected: list[tuple[str, str | None, str | None]], provenance: str
) -> None:
    assert sources_found(text) == expected
