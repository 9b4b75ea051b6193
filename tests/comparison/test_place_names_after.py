"""A place named after its town lies in that town: "Kestrel Junction", "Arvik Harbour",
"Brenn Square" (issue #15, session 9). A headline often gives the short name and its
body the full one; the same figure given for both is one row. Only the same figure
moves, and a kind of region after a name ("Ardel Province") says nothing here.

Every story is invented; the provenance column says which pattern it stands for.
"""

from __future__ import annotations

import pytest

from discrepancy.comparison.places import stated_containment
from tests.comparison.story_rows import story_rows

# (subject, location, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "transport-headline-short-name",
        "invented: a headline's short place restating the body's figure",
        {
            "rail-post": "At least 8 dead in Kestrel derailment\n\nAt least 8 people were "
            "killed when a train left the tracks at Kestrel Junction on Sunday.",
            "rail-wire": "A train derailed at Kestrel Junction on Sunday, killing 8 people.",
        },
        [("death", "Kestrel", {"rail-post": "At least 8", "rail-wire": "8"}, "agree")],
    ),
    (
        "crowds-square-of-its-city",
        "invented: one outlet names the square, the other the city",
        {
            "city-news": "Police counted 6,000 protesters in Brenn Square on Saturday.",
            "city-wire": "Police said 6,000 protesters rallied in Brenn on Saturday.",
        },
        [("person", "Brenn", {"city-news": "6,000", "city-wire": "6,000"}, "agree")],
    ),
    (
        "weather-harbour-different-figures",
        "guard: a different figure for the harbour stays a row of its own",
        {
            "coast-news": "The storm sank 14 boats in Arvik Harbour on Saturday.",
            "coast-wire": "The storm sank 40 boats in Arvik on Saturday.",
        },
        [
            ("boat", "Arvik Harbour", {"coast-news": "14"}, "single"),
            ("boat", "Arvik", {"coast-wire": "40"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_a_place_named_after_its_town(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "location") == expected


# (names, containment, provenance)
NAMES = [
    ({"Kestrel", "Kestrel Junction"}, {"Kestrel Junction": {"Kestrel"}}, "junction"),
    ({"Port Arlen", "Port Arlen Docks"}, {"Port Arlen Docks": {"Port Arlen"}}, "two-word town"),
    ({"Arvik", "Arvik Old Harbour"}, {"Arvik Old Harbour": {"Arvik"}}, "two words more"),
    ({"Ardel", "Ardel Province"}, {}, "guard: a kind of region"),
    ({"Ardel", "Ardel County"}, {}, "guard: county"),
    ({"Kestrel", "Kestrelton"}, {}, "guard: not a word of the name"),
    ({"Kestrel", "Kestrel river"}, {}, "guard: a lower-case word"),
]


@pytest.mark.parametrize(
    ("names", "containment"), [pytest.param(n, c, id=why) for n, c, why in NAMES]
)
def test_a_longer_name_lies_in_its_start(names: set[str], containment: dict[str, set[str]]) -> None:
    assert stated_containment([], names) == containment
