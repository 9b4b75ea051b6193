"""Where a figure happened: a place stated in its sentence, or carried from the passage.

Invented sentences in wire style; each case names what the rule must and must not do.
Then places the review of goldens and the wire probes caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import LocationBasis
from tests.helpers import extract_text, fact_at, fact_covering

PUBLISHED = date(2026, 5, 10)


CARRIED = [
    # text, figure, location: the figure's sentence names no place, the passage does
    (
        "Tens of thousands of people marched in Madrid on Saturday. "
        "Organisers said more than 100,000 people took part.",
        "more than 100,000",
        "Madrid",
        "fixture lisbon-pension-strike-2027-03",
    ),
    (
        "A powerful earthquake struck Yunnan province on Sunday.\n\n"
        "At least 150 people were killed and 1,800 injured, state media said.",
        "1,800",
        "Yunnan",
        "invented: protests, quakes, air war",  # the gazetteer's one name for the province
    ),
    (
        "Russia attacked Kyiv overnight with drones and missiles. "
        "Two people were killed, the mayor said.",
        "Two",
        "Kyiv",
        "invented: protests, quakes, air war",
    ),
    (
        # a passage that keeps giving figures keeps its place
        "Thousands rallied in Lisbon on Thursday.\n\nPolice arrested 37 people.\n\n"
        "Twelve officers were injured.",
        "Twelve",
        "Lisbon",
        "invented: protests, quakes, air war",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), CARRIED, ids=[r[1] for r in CARRIED]
)
def test_a_place_is_carried_from_the_passage_and_marked(
    text: str, figure: str, location: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    assert (fact.location, fact.location_basis) == (location, LocationBasis.CONTEXT)


NOT_CARRIED = [
    # text, figure: the place before must not reach the figure
    (
        "Two people died in Kharkiv on Monday. Across the country, 14 people were injured.",
        "14",
        "invented: wire",
    ),
    (
        "Floods hit Opole on Monday. Nationwide, 3,000 people were evacuated.",
        "3,000",
        "invented: wire",
    ),
    (
        "Three people were killed in Kyiv. Elsewhere, 11 people were wounded by debris.",
        "11",
        "invented: wire",
    ),
    # a fronted place scopes its own sentence ("alone" marks one part of the story)
    (
        "In Opole province alone, 5 people died. More than 2,000 homes were flooded.",
        "More than 2,000",
        "invented: wire",
    ),
    # money and shares are too often national to inherit a city
    (
        "Thousands marched in Lisbon. The reform would save 1.2 billion euros.",
        "1.2 billion euros",
        "fixture lisbon-pension-strike-2027-03",
    ),
    (
        "Thousands marched in Lisbon. Some 62% of trains were cancelled.",
        "Some 62%",
        "invented: wire",
    ),
    # more than one paragraph back, with no figure in between, the thread is lost
    (
        "Thousands marched in Lisbon on Thursday.\n\nThe government did not comment.\n\n"
        "Talks resumed.\n\nUnions said 40 people were fired.",
        "40",
        "invented: wire",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "provenance"), NOT_CARRIED, ids=[r[1] for r in NOT_CARRIED]
)
def test_a_place_is_not_carried_where_the_text_widens_or_moves_on(
    text: str, figure: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    assert (fact.location, fact.location_basis) == (None, LocationBasis.NONE)


def test_a_place_in_the_figures_own_sentence_is_stated() -> None:
    fact = fact_at(
        extract_text("Police arrested 12 people in Madrid on Saturday.", published=PUBLISHED), "12"
    )
    assert (fact.location, fact.location_basis) == ("Madrid", LocationBasis.STATED)


def test_a_count_of_places_takes_no_carried_place() -> None:
    fact = fact_at(
        extract_text("Russia attacked Kyiv overnight. Drones hit 14 regions.", published=PUBLISHED),
        "14",
    )
    assert fact.location is None


def test_the_nearest_place_before_wins() -> None:
    text = (
        "Storms swept Poland on Monday. The Oder burst its banks near Opole. "
        "Some 1,150 people were evacuated."
    )
    assert fact_at(extract_text(text, published=PUBLISHED), "Some 1,150").location == "Opole"


CAPITALS = [
    # text, figure, location: "the capital" is the capital of the story's country
    (
        "Russia hit Ukraine with nearly 500 drones overnight. "
        "In the capital, two people were killed and nine injured.",
        "nine",
        "Kyiv",
        "invented: air war, protests",
    ),
    (
        "More than 150,000 people rallied in Madrid on Saturday. "
        "Organisers said 400,000 took part in the capital.",
        "400,000",
        "Madrid",
        "invented: air war, protests",
    ),
    ("In the capital, Kyiv, 3 people died.", "3", "Kyiv", "invented: air war, protests"),
    ("In the capital Kiev 3 people died.", "3", "Kyiv", "invented: air war, protests"),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), CAPITALS, ids=[c[2] for c in CAPITALS]
)
def test_the_capital_is_a_stated_place(
    text: str, figure: str, location: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    assert (fact.location, fact.location_basis) == (location, LocationBasis.STATED)


def test_the_capital_of_no_known_country_is_no_place() -> None:
    fact = fact_at(
        extract_text("Police detained 15 people in the capital.", published=PUBLISHED), "15"
    )
    assert fact.location is None


# Where the rows below come from (their provenance column):
BUG = "bug: goldens review"
PROBE_2 = "invented: wire probe, round 2"


def test_a_place_that_begins_an_organisation_name_is_no_location() -> None:
    text = (
        "The quake struck about 25 km southeast of Malatya, according to the "
        "US Geological Survey, which put the magnitude at 6.2."
    )
    magnitude = fact_covering(extract_text(text), "6.2")
    assert magnitude.subject == "magnitude"
    assert magnitude.location is None  # the Survey is American; the quake is not
    assert magnitude.attribution is not None
    assert magnitude.attribution.source == "USGS"


BUG_PLACES = [
    # text, figure, location
    ("In Silesia province alone, 4 people died in the floods.", "4", "Silesia Province", BUG),
    ("A drone hit Poland's capital city of Warsaw, killing 3 people.", "3", "Warsaw", BUG),
    ("The fire crossed Highway 5 and had burned 800 hectares by Monday.", "800", None, BUG),
    (
        "In Lower Silesia province, 6 people died, including a man whose car sank near Wroclaw.",
        "6",
        "Lower Silesia Province",
        BUG,
    ),
    ("At least 5 people have died in southern Poland, officials said.", "5", "Poland", BUG),
    ("The ministry said 12 people were injured in Ministry buildings.", "12", None, BUG),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"),
    BUG_PLACES,
    ids=[r[2] or "none" for r in BUG_PLACES],
)
def test_bug_places(text: str, figure: str, location: str | None, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).location == location


def test_wire_a_demonym_adjective_is_no_place() -> None:
    fact = fact_covering(
        extract_text("Ana Morales edged ahead in Colombian runoff with 50.4% of the vote."), "50.4%"
    )
    assert fact.location is None


WIRE_PLACES_2 = [
    # text, figure, location
    (
        "At least 16 people were killed, including five in St. Lucie County.",
        "five",
        "St. Lucie County",
        PROBE_2,
    ),
    ("Tornadoes destroyed dozens of homes in St. Lucie.", "dozens", "St. Lucie", PROBE_2),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), WIRE_PLACES_2, ids=[r[2] for r in WIRE_PLACES_2]
)
def test_wire_places_2(text: str, figure: str, location: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).location == location


MARCH_ROUTES = [
    # text, figure, place, provenance
    (
        "About 40,000 people marched through Lyon on Friday.",
        "About 40,000",
        "Lyon",
        "invented: crowds",
    ),
    (
        "Some 2,000 farmers rallied outside Kyiv on Monday.",
        "Some 2,000",
        "Kyiv",
        "invented: protests",
    ),
    (
        "Nearly 300 cyclists rode through Ghent for the charity ride.",
        "Nearly 300",
        "Ghent",
        "invented: sport",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "place", "provenance"), MARCH_ROUTES, ids=["through", "outside", "ride"]
)
def test_a_march_through_a_place_or_a_rally_outside_it_is_there(
    text: str, figure: str, place: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text, published=PUBLISHED), figure)
    assert (fact.location, fact.location_basis) == (place, LocationBasis.STATED)


CRAFT_IN_HEADLINES = [
    # text, figure, location: a Title Case headline capitalises the craft after "in"
    ("Dozens Dead In Migrant Boat Sinking Off Greece", "Dozens", "Greece", "invented: migration"),
    ("12 Killed In Tourist Ferry Fire", "12", None, "invented: transport"),
    ("Two Dead In Fishing Vessel Collision", "Two", None, "invented: transport"),
    ("At Least 30 Hurt In Cargo Ship Blast", "30", None, "invented: conflict, industry"),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"),
    CRAFT_IN_HEADLINES,
    ids=[r[0][:24] for r in CRAFT_IN_HEADLINES],
)
def test_a_craft_in_a_title_case_headline_is_no_place(
    text: str, figure: str, location: str | None, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure).location == location


STREETS = [
    # text, figure, location: the streets of a place name it with no locative
    (
        "Tens of thousands took to the streets of Madrid on Saturday.",
        "Tens of thousands",
        "Madrid",
        "invented: crowds (a name after 'streets of' need not be known)",
    ),
    (
        "Tens of thousands of people filled Parisian boulevards on Saturday.",
        "Tens of thousands",
        "Paris",
        "devset pattern: a city's demonym adjective (entity data) before its streets",
    ),
    (
        "Some 40,000 fans flooded the squares of Kraków after the final.",
        "40,000",
        "Kraków",
        "invented: sport celebrations",
    ),
    (
        "At least 200 people were injured on Muscovite streets as ice storms hit.",
        "200",
        "Moscow",
        "invented: weather",
    ),
    (
        "Police arrested 45 people on the streets of Lyon overnight.",
        "45",
        "Lyon",
        "invented: crime",
    ),
    (
        "About 5,000 people danced on Lisbon's streets on Saturday.",
        "5,000",
        "Lisbon",
        "invented: crowds (a possessive, read before too)",
    ),
    # guards: a street word with no place of its own, a demonym before another noun
    (
        "The new street lights cost $3 million, the council said.",
        "$3 million",
        None,
        "guard: economy",
    ),
    (
        "Parisian hospitals admitted 300 patients with heatstroke.",
        "300",
        None,
        "guard: health (a hospital is no street; left to the locatives)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), STREETS, ids=[r[0][:28] for r in STREETS]
)
def test_the_streets_of_a_place_name_it(
    text: str, figure: str, location: str | None, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure).location == location


SEA_NAMES = [
    # text, figure, location: a water word before "of" and a name is one name
    (
        "The oil spill in the Gulf of Kessa killed 300 seabirds on Sunday.",
        "300",
        "Gulf of Kessa",
        "invented: environment",
    ),
    (
        "At least 17 migrants drowned in the Strait of Tarvo on Sunday.",
        "17",
        "Strait of Tarvo",
        "invented: migration",
    ),
    (
        "A ferry sank in the Sea of Orla, killing 40 people.",
        "40",
        "Sea of Orla",
        "invented: transport",
    ),
    (
        "At least 9 people died in the Gulf on Sunday.",
        "9",
        "Gulf",
        "guard: a water word alone stays as written",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), SEA_NAMES, ids=[r[2] for r in SEA_NAMES]
)
def test_a_sea_named_with_of_is_one_name(
    text: str, figure: str, location: str, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure).location == location


@pytest.mark.xfail(
    strict=True,
    reason="a building's name after 'near' is read as a place; refusing it (a name before a "
    "word of not_place_name, with 'college' in the class) lets a district's toll lift into "
    "the country's row, where today one devset cluster files it beside the overall toll "
    "(no scope slot for on board / on the ground yet): kept out until that slot exists",
)
def test_a_buildings_name_is_no_place() -> None:
    text = "The plane crashed near Kestrel Medical College, killing 80 people."
    assert fact_covering(extract_text(text), "80").location is None
