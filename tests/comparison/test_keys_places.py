"""Places of a story that lie in one another, and places carried from the passage
(issue #15, "a figure with no place joins the story's one place only where the story
has one").

A story whose places all lie in one another (a town in its county, a district in its
city) has one place, the widest: a running tally with no place joins it. An outlet
that gives the county's figure and a town's stands in the county's row with the
county's. The story's places are those its tallies name: not an earlier event's place
(last year's fire elsewhere), nor a place where the tally is none. A place carried from an earlier sentence joins the row of the place another
outlet states for the same figure, even where the story names several places. Places
side by side (two towns) are no one place, and a carried place with another figure
stays out of the key.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, location, claimant, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-town-in-its-county",
        "devset pattern: a fire's toll of buildings for the island, for its town, and "
        "with no place",
        {
            "fire-post": "The wildfire destroyed more than 2,200 buildings in Kalo County on "
            "Saturday.\n\nThe fire destroyed 2,207 buildings in Pella, Kalo County, the "
            "county said.",
            "fire-wire": "The wildfire destroyed at least 2,200 buildings in Kalo County on "
            "Saturday.",
            "fire-news": "Officials said the wildfire destroyed 1,000 buildings on Saturday."
            "\n\nFirefighters from across Kalo County joined the effort.",
        },
        [
            (
                "building",
                "Kalo",
                None,
                {
                    "fire-news": "1,000",
                    "fire-post": "more than 2,200",
                    "fire-wire": "at least 2,200",
                },
                "differ",
            )
        ],
    ),
    (
        "health-district-in-its-city",
        "devset pattern: a district named by one outlet, its city by another, no place by a third",
        {
            "ward-post": "Cholera has infected 120 people in the Marlow district of Brenton, "
            "officials said on Saturday.",
            "ward-wire": "The cholera outbreak has infected 130 people in Brenton, officials "
            "said on Saturday.",
            "ward-news": "Health officials said on Saturday that 125 people had been "
            "infected with cholera.\n\nBrenton's hospitals are full.",
        },
        [
            ("case", "Brenton", None, {"ward-news": "125", "ward-wire": "130"}, "differ"),
            ("case", "Marlow", None, {"ward-post": "120"}, "single"),
        ],
    ),
    (
        "weather-towns-side-by-side",
        "guard: two towns of one county are no one place for a figure with none",
        {
            "fire-post": "The wildfire destroyed 400 buildings in Pella, Kalo County, on Saturday.",
            "fire-wire": "The wildfire destroyed 300 buildings in Tarn, Kalo County, on Saturday.",
            "fire-news": "Officials said the wildfire destroyed 700 buildings on Saturday."
            "\n\nFirefighters reached Pella and Tarn by night.",
        },
        [
            ("building", "Pella", None, {"fire-post": "400"}, "single"),
            ("building", "Tarn", None, {"fire-wire": "300"}, "single"),
            ("building", None, None, {"fire-news": "700"}, "single"),
        ],
    ),
    (
        "crowds-carried-city-of-the-same-count",
        "devset pattern: the police count of the capital, stated by one outlet, carried "
        "from the lead by another, in a story of many cities",
        {
            "city-post": "Unions said 1.2 million people marched across Norland on Saturday, "
            "while police counted 500,000.\n\nPolice said 81,000 people marched in Brenton. "
            "In Orvik, 9,000 people marched, police said.",
            "left-daily": "Tens of thousands of people marched through Brenton on Saturday."
            "\n\nPolice counted 81,000 marchers, the city's largest crowd in years.",
        },
        [
            ("person", "Brenton", None, {"city-post": "81,000", "left-daily": "81,000"}, "agree"),
            ("person", None, "organisers", {"city-post": "1.2 million"}, "single"),
            ("person", None, "police", {"city-post": "500,000"}, "single"),
            ("person", "Orvik", None, {"city-post": "9,000"}, "single"),
        ],
    ),
    (
        "crowds-carried-city-of-another-count",
        "guard: a carried place whose figure no outlet gives for it stays out of the key",
        {
            "city-post": "Unions said 1.2 million people marched across Norland on Saturday, "
            "while police counted 500,000.\n\nPolice said 81,000 people marched in Brenton. "
            "In Orvik, 9,000 people marched, police said.",
            "left-daily": "Tens of thousands of people marched through Brenton on Saturday."
            "\n\nPolice counted 60,000 marchers, the city's largest crowd in years.",
        },
        [
            (
                "person",
                "Brenton",
                None,
                {"city-post": "81,000", "left-daily": "Tens of thousands"},
                "agree",
            ),
            ("person", None, "organisers", {"city-post": "1.2 million"}, "single"),
            ("person", None, "police", {"left-daily": "60,000"}, "single"),
            ("person", None, "police", {"city-post": "500,000"}, "single"),
            ("person", "Orvik", None, {"city-post": "9,000"}, "single"),
        ],
    ),
    (
        "weather-background-and-zero-places-are-not-the-story",
        "devset pattern: a fire toll with no place, beside an earlier fire's toll elsewhere "
        "and a place where no one died",
        {
            "isle-post": "Officials said 36 people were killed in Kalo on Saturday.\n\nA fire "
            "in Dorne in 2019 killed 12 people.",
            "isle-wire": "The death toll from the wildfire rose to 41 on Saturday, officials "
            "said.\n\nTwo smaller fires burned near Vessa, with no deaths reported.\n\nCrews "
            "from across Kalo joined the effort.",
        },
        [
            ("death", "Kalo", None, {"isle-post": "36", "isle-wire": "41"}, "differ"),
            ("fire", "Vessa", None, {"isle-wire": "Two"}, "single"),
            ("death", "Dorne", None, {"isle-post": "12"}, "single"),
            ("death", "Vessa", None, {"isle-wire": "no deaths"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_places_of_one_story(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "location", "claimant") == expected
