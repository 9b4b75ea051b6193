"""Places of figures in patterns found by running invented stories (issue #15, session 9):
several cities in one sentence or paragraph, each figure keeping its own city.

Each row: text, figure (its first occurrence), location, provenance. The tables:
several cities in one sentence or paragraph (MULTI_CITY), capitalised words that name no
place (NOT_PLACES), places in a passage (PASSAGES), adjectives before a name
(ADJECTIVES), a wider place in apposition (APPOSED) and the town of a local body that
gives the figure (SPEAKER_TOWN).
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_covering

MULTI_CITY: list[tuple[str, str, str | None, str]] = [
    # a fronted place, then another clause's place after "and in"
    (
        "Unions said 12,000 marched in Lindau. In Brenn, 9,500 marched, and in Tosk "
        "police counted 4,000.",
        "9,500",
        "Brenn",
        "invented: crowds (strike day)",
    ),
    (
        "Unions said 12,000 marched in Lindau. In Brenn, 9,500 marched, and in Tosk "
        "police counted 4,000.",
        "4,000",
        "Tosk",
        "invented: crowds (strike day)",
    ),
    # a list of "in <city> <figure>": the place before each figure is its own
    (
        "In Lindau police counted 6,000, in Brenn 9,500 and in Tosk 4,000.",
        "6,000",
        "Lindau",
        "invented: crowds",
    ),
    (
        "In Lindau police counted 6,000, in Brenn 9,500 and in Tosk 4,000.",
        "9,500",
        "Brenn",
        "invented: crowds",
    ),
    (
        "In Lindau, 6,000 marched, against 9,500 in Brenn.",
        "6,000",
        "Lindau",
        "invented: crowds (the place after the next figure is that figure's)",
    ),
    (
        "In Lindau, 6,000 marched, against 9,500 in Brenn.",
        "9,500",
        "Brenn",
        "invented: crowds",
    ),
    (
        "In Arvik, floods cut power to 2,000 homes, while 500 went without water in Selma.",
        "2,000",
        "Arvik",
        "invented: weather",
    ),
    (
        "In Vossberg, turnout reached 61%, compared with 55% in Ardel.",
        "61%",
        "Vossberg",
        "invented: elections",
    ),
    (
        "In Port Arlen, 14 people were arrested, and in Kessa another 9 were held.",
        "14",
        "Port Arlen",
        "invented: crime",
    ),
    # unchanged: each figure followed by its own place, or one place after a list
    (
        "Floods killed 8 people in Arvik and 3 in Selma, officials said.",
        "8",
        "Arvik",
        "invented: weather (unchanged)",
    ),
    (
        "Floods killed 8 people in Arvik and 3 in Selma, officials said.",
        "3",
        "Selma",
        "invented: weather (unchanged)",
    ),
    (
        "Prices rose 4.1% in Lindau and 3.2% in Brenn last month.",
        "4.1%",
        "Lindau",
        "invented: economy (unchanged)",
    ),
    (
        "12 were killed, 40 injured in Brenn.",
        "12",
        "Brenn",
        "invented: conflict (a place after a list of figures is every figure's)",
    ),
    (
        "At least 12 people were killed and 40 injured in an attack in Brenn.",
        "At least 12",
        "Brenn",
        "invented: conflict (unchanged)",
    ),
    (
        "Two trains collided near Hollin, killing 6 people and injuring 31 in Maddox county.",
        "6",
        "Hollin",
        "invented: transport (the place before when the next figure's comes after it)",
    ),
]


NOT_PLACES: list[tuple[str, str, str | None, str]] = [
    # a group of places named by a region's adjective
    (
        "At least 40 migrant workers were killed in the Gulf states last year.",
        "At least 40",
        None,
        "invented: migration",
    ),
    (
        "Energy prices rose 14% across the Baltic countries in March.",
        "14%",
        None,
        "invented: economy",
    ),
    (
        "Storms destroyed 300 homes in the Pacific islands on Sunday.",
        "300",
        None,
        "invented: weather",
    ),
    ("At least 9 people died in the Gulf on Sunday.", "9", "Gulf", "guard: the Gulf itself"),
    # a common noun of places, capitalised alone
    ("At Port, 300 containers were stuck on Monday.", "300", None, "invented: transport"),
    ("At Camp, 1,200 refugees waited for food.", "1,200", None, "invented: migration"),
    (
        "At Port Arlen, 300 containers were stuck on Monday.",
        "300",
        "Port Arlen",
        "guard: a name that holds the noun",
    ),
    # a Title Case headline: only a name the body writes is a place
    (
        "Storm Leaves 40,000 Without Power In Coastal Towns\n\n"
        "A storm cut power to 40,000 homes along the coast on Sunday.",
        "40,000",
        None,
        "invented: weather (headline)",
    ),
    (
        "Police Arrest 45 In Downtown Lindau After Riot\n\n"
        "Riot police in Lindau arrested 45 people overnight.",
        "45",
        "Lindau",
        "invented: crime (headline; the body names Lindau)",
    ),
    (
        "Inflation Hits 9% In Ardel As Food Prices Soar\n\nPrices in Ardel rose 9% in May.",
        "9%",
        "Ardel",
        "invented: economy (headline)",
    ),
    (
        "Thousands Rally In Capital As 20,000 Join Strike\n\n"
        "Some 20,000 workers joined the strike in Vessa on Monday.",
        "20,000",
        None,
        "invented: crowds (headline; 'Capital' alone names no place)",
    ),
    (
        "12 Killed In Kestrel Derailment\n\n"
        "Twelve people died when a train left the tracks near Kestrel Junction.",
        "12",
        "Kestrel",
        "invented: transport (headline; the body writes Kestrel)",
    ),
    (
        "Floods kill 14 in Arvik\n\nRain fell for three days.",
        "14",
        "Arvik",
        "guard: a headline in sentence case keeps its name",
    ),
]


PASSAGES: list[tuple[str, str, str | None, str]] = [
    # the place of a part ("most of them in Selma") is not the whole's
    (
        "Floods hit Arvik province on Sunday. The disaster agency said 12,400 people had "
        "been evacuated, most of them in the Selma valley.",
        "12,400",
        "Arvik Province",
        "invented: weather (the whole takes the passage's place)",
    ),
    (
        "Police arrested 230 people, many of whom were detained in Brenn.",
        "230",
        None,
        "invented: crime",
    ),
    (
        "The clinic treated 80 patients in Lindau, half of them children.",
        "80",
        "Lindau",
        "invented: health (a place before the part stays)",
    ),
    # a breakdown by place sets no one place for the passage after it
    (
        "Floods killed 27 people in Arvik province.\n\nOf those, 11 died in Selma and 6 in "
        "Port Arlen.\n\nAbout 12,400 people were evacuated, the disaster agency said.",
        "About 12,400",
        None,
        "invented: weather",
    ),
    (
        "Unions said 3 million people marched in Valden, including 400,000 in Lindau. "
        "The interior ministry counted 900,000.",
        "900,000",
        None,
        "invented: crowds (a national count after a breakdown)",
    ),
    (
        "Three people died in Ostra, one in Vell and one in Kamen. Two more were abducted.",
        "Two",
        None,
        "invented: conflict (a list of places)",
    ),
    (
        "Tens of thousands marched in Lindau on Saturday. Police said 40 people were arrested.",
        "40",
        "Lindau",
        "invented: crowds (one place is still carried: unchanged)",
    ),
    # a place that opens its sentence as the subject of "saw"
    (
        "Brenn saw 9,500 marchers, the prefecture said, against 21,000 according to unions.",
        "21,000",
        "Brenn",
        "invented: crowds",
    ),
    (
        "The town of Arvik saw 120 mm of rain in a day, the weather service said.",
        "120 mm",
        "Arvik",
        "invented: weather",
    ),
    (
        "Lindau has seen 14 arson attacks on shops since January.",
        "14",
        "Lindau",
        "invented: crime",
    ),
    ("Tuesday saw 9,500 marchers in the streets.", "9,500", None, "guard: a day"),
    ("Police saw 40 people looting shops.", "40", None, "guard: a body"),
]


ADJECTIVES: list[tuple[str, str, str | None, str]] = [
    # an adjective between the locative and the name says where the place lies
    (
        "The outbreak in Selma has infected 230 people, the health ministry said. "
        "In neighbouring Vell, 40 cases were confirmed.",
        "40",
        "Vell",
        "invented: health (was Selma, carried past the fronted place)",
    ),
    ("Shelling in nearby Ostra killed 4 civilians.", "4", "Ostra", "invented: conflict"),
    (
        "Rescuers pulled 12 survivors from the rubble in quake-hit Tarvo.",
        "12",
        "Tarvo",
        "invented: disasters",
    ),
    (
        "In flood-hit Selma, 300 homes were without power.",
        "300",
        "Selma",
        "invented: weather",
    ),
    ("Prices rose 3% in rural areas.", "3%", None, "guard: economy (no name after it)"),
]


APPOSED: list[tuple[str, str, str | None, str]] = [
    # "in <place>, in <wider place>,": the wider one says where the first lies
    (
        "At least six were killed in Ostra, in eastern Valdoria, and 21 were injured.",
        "21",
        "Ostra",
        "invented: conflict (was Valdoria, the last place before the figure)",
    ),
    (
        "Riots in Lindau, in the north, left 40 shops looted and 12 officers hurt.",
        "12",
        "Lindau",
        "invented: crime",
    ),
    (
        "Flooding in Selma, near Arvik, has forced 2,000 people from their homes.",
        "2,000",
        "Selma",
        "invented: weather",
    ),
    (
        "In Lindau police counted 6,000, in Brenn 9,500 and in Tosk 4,000.",
        "9,500",
        "Brenn",
        "guard: crowds (a clause between two places is no apposition)",
    ),
]


SPEAKER_TOWN: list[tuple[str, str, str | None, str]] = [
    # a town before its local body, named as a place elsewhere in the article (here
    # only after the figure, so nothing is carried to it)
    (
        "Lindau police said 18,000 marched.\n\nThe march ended peacefully in Lindau.",
        "18,000",
        "Lindau",
        "invented: crowds",
    ),
    (
        "The Tosk fire brigade said 14 homes burned.\n\nFires are still burning near Tosk.",
        "14",
        "Tosk",
        "invented: weather",
    ),
    (
        "Ardel officials said 41,000 ballots were cast.\n\nVoting ended in Ardel at 8 pm.",
        "41,000",
        "Ardel",
        "invented: elections",
    ),
    (
        "Berg campaign officials said 12,000 volunteers knocked on doors.\n\nBerg spoke "
        "to supporters on Monday.",
        "12,000",
        None,
        "guard: elections (a name never written as a place)",
    ),
    (
        "Lindau police said 18,000 marched in Lindau and 23 were arrested in Brenn.",
        "23",
        "Brenn",
        "guard: crime (a place stated for the figure wins)",
    ),
]


# Each table is one pattern; one test runs them all (ids: table/figure-location).
TABLES = {
    "multi-city": MULTI_CITY,
    "not-places": NOT_PLACES,
    "passages": PASSAGES,
    "adjectives": ADJECTIVES,
    "apposed": APPOSED,
    "speaker-town": SPEAKER_TOWN,
}


@pytest.mark.parametrize(
    ("text", "figure", "location"),
    [
        pytest.param(text, figure, location, id=f"{table}/{figure}-{location}")
        for table, rows in TABLES.items()
        for text, figure, location, _ in rows
    ],
)
def test_places_general(text: str, figure: str, location: str | None) -> None:
    assert fact_covering(extract_text(text), figure).location == location
