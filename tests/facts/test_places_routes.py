"""A route is not where a figure happened: "from Libya to Italy", "bound for Spain",
"en route to Athens" name where people or a storm were going; the figure's place is
where the event happened ("near Lyon", "in C", at sea "off the coast of Greece") or none.

Invented sentences across domains (issue 15: a shipwreck's toll was put in the
destination country).
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import LocationBasis
from tests.helpers import extract_text, fact_at

PUBLISHED = date(2026, 5, 10)


ROUTES = [
    # text, figure, location (None: no place), provenance
    (
        "A fishing boat carrying 300 migrants from Turkey to Greece sank on Friday.",
        "300",
        None,
        "invented: migration",
    ),
    (
        "A flight from Germany to Spain crashed in Lome, killing 45 people.",
        "45",
        "Lome",
        "invented: transport",
    ),
    (
        "A train from Spain to France derailed near Coimbra, injuring 31 passengers.",
        "31",
        "Coimbra",
        "invented: transport",
    ),
    (
        "A convoy from Russia to Ukraine was attacked in Tikrit and 12 soldiers were killed.",
        "12",
        "Tikrit",
        "invented: conflict",
    ),
    (
        "The storm moving from Honduras to Mexico has left 14 people dead.",
        "14",
        None,
        "invented: weather",
    ),
    (
        "A bus bound to Italy overturned in Nakuru, killing 9 people.",
        "9",
        "Nakuru",
        "invented: transport",
    ),
    (
        "A ferry en route to Greece caught fire with 240 passengers aboard.",
        "240",
        None,
        "invented: transport",
    ),
    (
        "Customs stopped 80 cattle trucks on their way to Germany.",
        "80",
        None,
        "invented: economy",
    ),
    # at sea the event happened off a shore
    (
        "A boat from Turkey to Italy sank off the coast of Greece, killing 40 people.",
        "40",
        "Greece",
        "invented: migration (the route and the shore)",
    ),
    (
        "A trawler capsized off Spain, and 12 fishermen drowned.",
        "12",
        "Spain",
        "invented: weather, transport",
    ),
    (
        "A ferry bound to France sank off the Spanish coast with 400 passengers aboard.",
        "400",
        "Spain",
        "invented: transport (an adjective before the shore)",
    ),
    (
        "The carmaker laid off 300 workers.",
        "300",
        None,
        "invented: economy ('off' as a particle names no place)",
    ),
    # a "to" that closes no route still names the place
    (
        "Shelling spread to Kharkiv, where 7 people were killed.",
        "7",
        "Kharkiv",
        "invented: conflict (a locative 'to' with no route)",
    ),
    (
        "Turnout rose from 61% to 64% in Ohio.",
        "64%",
        "Ohio",
        "invented: elections (a change 'from ... to' of figures)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), ROUTES, ids=[r[1] for r in ROUTES]
)
def test_a_route_names_no_place_of_the_figure(
    text: str, figure: str, location: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    basis = LocationBasis.NONE if location is None else LocationBasis.STATED
    assert (fact.location, fact.location_basis) == (location, basis)
