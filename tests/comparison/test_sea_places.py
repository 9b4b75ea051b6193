"""A tally at sea and the country the sea lies off are one place (issue #15).

A ship sinks, a plane ditches, oil spills at one point: "in the Sulu Sea", "near a
town of the Philippines" and "in the Philippines" place one tally, so a sea is no
scope beside a town of the country it lies off, and the sea's figure joins the
country's row where the figures agree. Two towns side by side stay scopes, so do two
seas, and a sea beside a town of another country (or of no country the data or the
texts name) lies off neither.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, location, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "transport-ferry-sinking",
        "devset pattern: one toll placed in a named sea, off a coastal town and in the country",
        {
            "isle-post": "At least 31 people drowned when a ferry sank in the Sulu Sea on "
            "Saturday, the coast guard said.",
            "isle-wire": "At least 31 people were killed when a ferry sank near Davo, "
            "Philippines, on Saturday.",
            "isle-news": "At least 31 people were killed when a ferry capsized in the "
            "Philippines on Saturday.",
        },
        [
            (
                "death",
                "Philippines",
                {
                    "isle-news": "At least 31",
                    "isle-post": "At least 31",
                    "isle-wire": "At least 31",
                },
                "agree",
            )
        ],
    ),
    (
        "transport-plane-ditching",
        "invented: a plane down at sea, placed in the sea by one outlet, the country by two",
        {
            "air-post": "A cargo plane ditched in the Java Sea on Saturday, killing 6 crew "
            "members, officials said.",
            "air-wire": "Six crew members were killed when a cargo plane crashed off Tambo, "
            "Indonesia, on Saturday.",
            "air-news": "Six crew members died in Indonesia on Saturday when a cargo plane "
            "went down.",
        },
        [("death", "Indonesia", {"air-news": "Six", "air-post": "6", "air-wire": "Six"}, "agree")],
    ),
    (
        "migration-boat-capsized",
        "devset pattern: a migrant boat's toll in a named sea and in the country off whose "
        "coast it sank",
        {
            "sea-post": "At least 41 migrants drowned in the Aegean Sea on Saturday, the coast "
            "guard said.",
            "sea-wire": "At least 41 migrants died near Lerra, Greece, on Saturday when their "
            "dinghy capsized.",
            "sea-news": "At least 41 migrants died in Greece on Saturday when their dinghy "
            "capsized.",
        },
        [
            (
                "death",
                "Greece",
                {"sea-news": "At least 41", "sea-post": "At least 41", "sea-wire": "At least 41"},
                "agree",
            )
        ],
    ),
    (
        "environment-oil-spill",
        "invented: a spill's toll of birds in a gulf, near a port and in the country",
        {
            "oil-post": "The oil spill in the Gulf of Kessa killed 300 seabirds on Saturday, "
            "officials in Spain said.",
            "oil-wire": "The oil spill killed 300 seabirds near Varo, Spain, on Saturday.",
            "oil-news": "The oil spill killed 300 seabirds in Spain on Saturday.",
        },
        [("death", "Spain", {"oil-news": "300", "oil-post": "300", "oil-wire": "300"}, "agree")],
    ),
    (
        "weather-two-towns-guard",
        "guard: two towns of one country are scopes, not one position",
        {
            "t-post": "The storm killed 12 people in Lerra, Greece, on Saturday.",
            "t-wire": "The storm killed 12 people in Tarno, Greece, on Saturday.",
            "t-news": "The storm killed 12 people in Greece on Saturday.",
        },
        [
            ("death", "Greece", {"t-news": "12"}, "single"),
            ("death", "Lerra", {"t-post": "12"}, "single"),
            ("death", "Tarno", {"t-wire": "12"}, "single"),
        ],
    ),
    (
        "migration-two-seas-guard",
        "guard: two seas with their own tolls are scopes of a wider count",
        {
            "s-post": "At least 12 migrants drowned in the Aegean Sea on Saturday and 30 in "
            "the Ionian Sea, the coast guard said.",
            "s-wire": "At least 12 migrants died in Greece on Saturday.",
        },
        [
            ("death", "Aegean Sea", {"s-post": "At least 12"}, "single"),
            ("death", "Greece", {"s-wire": "At least 12"}, "single"),
            ("death", "Ionian Sea", {"s-post": "30"}, "single"),
        ],
    ),
    (
        "migration-sea-between-two-countries-guard",
        "guard: a sea beside a town of one country and a toll in another lies off neither",
        {
            "m-post": "At least 60 migrants drowned in the Mediterranean Sea on Saturday, the "
            "coast guard said.",
            "m-wire": "At least 60 migrants drowned near Zuwa, Libya, on Saturday.",
            "m-news": "At least 60 migrants died in Italy on Saturday.",
        },
        [
            ("death", "Italy", {"m-news": "At least 60"}, "single"),
            ("death", "Mediterranean Sea", {"m-post": "At least 60"}, "single"),
            ("death", "Zuwa", {"m-wire": "At least 60"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_a_tally_at_sea_is_the_country_it_lies_off(
    story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject", "location") == expected
