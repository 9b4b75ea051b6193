"""Places that lie in one another (issue #15, "places align through containment").

A figure given for a place meets the same figure given for a place it lies in: the
entity data says which city lies in which country (``parent``), and the texts say it
for places no data knows ("the Marlow area of Brenton", "Orvik, Norland"); a place
neither puts in a country is taken to lie in the story's country. Only the same
figure moves: a city's toll beside a different national toll stays a row of its
own, and places side by side in the larger one (Kyiv and Lviv) are scopes, never
folded into it.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary, VocabularyError
from discrepancy.comparison.places import stated_containment
from discrepancy.rules.families import Families
from tests.comparison.story_rows import story_rows

# (subject, location, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "crime-district-of-its-city",
        "devset pattern: a district named by one outlet, its city by another",
        {
            "court-news": "Police arrested 30 people in the Marlow area of Brenton on Saturday.",
            "city-wire": "Police arrested 30 people in Brenton on Saturday.",
        },
        [("arrest", "Brenton", {"city-wire": "30", "court-news": "30"}, "agree")],
    ),
    (
        "transport-town-comma-region",
        "invented: 'Orvik, Norland' says where Orvik is for the outlet that names it alone",
        {
            "rail-post": "A train derailed near Orvik, Norland, on Saturday, injuring 45 people.",
            "rail-wire": "A train derailed near Orvik on Saturday, injuring 45 people.",
            "rail-news": "Some 45 people were injured when a train derailed in Norland on "
            "Saturday.",
        },
        [
            (
                "injured",
                "Norland",
                {"rail-news": "Some 45", "rail-post": "45", "rail-wire": "45"},
                "agree",
            )
        ],
    ),
    (
        "conflict-city-in-its-country",
        "devset pattern: a city and its country, as entity data",
        {
            "front-post": "Russian strikes killed 12 people in Kyiv on Saturday.",
            "front-wire": "Russian strikes killed 12 people in Ukraine on Saturday.",
        },
        [("death", "Ukraine", {"front-post": "12", "front-wire": "12"}, "agree")],
    ),
    (
        "health-town-in-the-story-country",
        "devset pattern: a town no data knows, in the country the other figures name",
        {
            "bus-post": "A bus crash in Tarvik killed 14 people on Saturday.",
            "bus-wire": "A bus crash killed 14 people in Spain on Saturday.",
            "bus-news": "Fourteen people died when a bus crashed on Saturday, Spanish "
            "officials said.",
        },
        [
            (
                "death",
                "Spain",
                {"bus-news": "Fourteen", "bus-post": "14", "bus-wire": "14"},
                "agree",
            )
        ],
    ),
    (
        "transport-one-survivor",
        "devset pattern: the lone survivor, in a city by one outlet, a passenger by another",
        {
            "air-post": "There was one survivor of the plane crash in Tarvik on Saturday.",
            "air-wire": "At least one passenger survived the plane crash on Saturday, Spanish "
            "officials said.",
            "air-news": "The plane crashed in Spain on Saturday, killing 60 people.",
        },
        [
            ("survivor", "Spain", {"air-post": "one", "air-wire": "At least one"}, "agree"),
            ("death", "Spain", {"air-news": "60"}, "single"),
        ],
    ),
    (
        "conflict-hit-is-not-launched",
        "guard: one drone that hit a city is not a country's drones launched",
        {
            "front-post": "At least one drone hit Kyiv on Saturday.",
            "front-wire": "Russia launched 90 drones at Ukraine on Saturday.",
        },
        [
            ("drone", "Kyiv", {"front-post": "At least one"}, "single"),
            ("drone", "Ukraine", {"front-wire": "90"}, "single"),
        ],
    ),
    (
        "conflict-city-toll-beside-the-nation",
        "guard: the false differ of a city's toll against the national toll",
        {
            "front-post": "Russian strikes killed 12 people in Kyiv on Saturday.",
            "front-wire": "Russian strikes killed 30 people in Ukraine on Saturday.",
        },
        [
            ("death", "Kyiv", {"front-post": "12"}, "single"),
            ("death", "Ukraine", {"front-wire": "30"}, "single"),
        ],
    ),
    (
        "conflict-cities-side-by-side",
        "guard: two cities of one country are scopes of its count",
        {
            "front-post": "Russian strikes killed 12 people in Kyiv on Saturday.",
            "front-wire": "Russian strikes killed 12 people in Ukraine on Saturday.",
            "front-news": "Russian strikes killed 12 people in Lviv on Saturday.",
        },
        [
            ("death", "Kyiv", {"front-post": "12"}, "single"),
            ("death", "Lviv", {"front-news": "12"}, "single"),
            ("death", "Ukraine", {"front-wire": "12"}, "single"),
        ],
    ),
    (
        "weather-list-says-no-containment",
        "guard: 'Arden, Belmar and Cova' is a list, not Arden in Belmar",
        {
            "storm-post": "Floods killed 9 people in Arden, Belmar and Cova on Saturday.",
            "storm-wire": "Floods killed 9 people in Belmar on Saturday.",
        },
        [
            ("death", "Arden", {"storm-post": "9"}, "single"),
            ("death", "Belmar", {"storm-wire": "9"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_place_containment(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "location") == expected


# (text, names, containment, provenance)
STATED = [
    ("in the Marlow area of Brenton", {"Marlow", "Brenton"}, {"Marlow": {"Brenton"}}, "area of"),
    ("in Ludo County in Varna", {"Ludo", "Varna"}, {"Ludo": {"Varna"}}, "place type, in"),
    ("in the town of Orvik in Norland", {"Orvik", "Norland"}, {"Orvik": {"Norland"}}, "in"),
    ("near Orvik, Norland, on Monday", {"Orvik", "Norland"}, {"Orvik": {"Norland"}}, "comma"),
    ("in the district of Zell in Varna", {"Zell", "Varna"}, {"Zell": {"Varna"}}, "district of"),
    ("in Arden, Belmar and Cova", {"Arden", "Belmar"}, {}, "guard: a list"),
    ("from Arden to Belmar", {"Arden", "Belmar"}, {}, "guard: no containment word"),
    ("in turkey and in Turkey", {"Turkey", "Ankara"}, {}, "guard: names as written"),
]


@pytest.mark.parametrize(
    ("text", "names", "containment"),
    [pytest.param(t, n, c, id=why) for t, n, c, why in STATED],
)
def test_stated_containment(text: str, names: set[str], containment: dict[str, set[str]]) -> None:
    assert stated_containment([text], names) == containment


def test_a_parent_must_be_a_place_the_data_knows() -> None:
    grown = Vocabulary.default().extended(
        [{"kind": "entity", "name": "Marlow", "type": "place", "parent": "Atlantis"}]
    )
    with pytest.raises(VocabularyError, match="its parent 'Atlantis' is no place or country"):
        Families.of(grown)


def test_only_a_place_lies_in_another() -> None:
    with pytest.raises(VocabularyError, match="only a place lies in another place"):
        Vocabulary.default().extended(
            [{"kind": "entity", "name": "Ana Ruiz", "type": "person", "parent": "Spain"}]
        )


def test_a_user_place_meets_its_parent() -> None:
    grown = Vocabulary.default().extended(
        [{"kind": "entity", "name": "Marlow", "type": "place", "parent": "Kyiv"}]
    )
    assert Families.of(grown).within("Marlow") == ("Kyiv", "Ukraine")
