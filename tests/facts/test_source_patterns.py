"""Patterns of English news copy that say who gave a figure, with their negative cases:
a counter-claim in brackets, "reportedly", a pronoun pointing to a forecaster, a
statement that goes on past a sentence with no figure, and the paragraph break that
ends it. Invented sentences from many domains (issue #15, session 9)."""

from __future__ import annotations

import pytest

from tests.helpers import sources_found

# (surface, source, how it was found); None twice for a figure no one is credited with.
Found = list[tuple[str, str | None, str | None]]

BRACKETS: list[tuple[str, str, Found, str]] = [
    # id, text, expected facts in text order, provenance
    (
        "crowd-pointer-outside",
        "The CGT had reported 300,000 marchers in the capital. "
        "It had counted 480,000 on May 2 (93,000 according to the police).",
        [
            ("300,000", "CGT", "stated"),
            ("480,000", "CGT", "frame"),
            ("93,000", "police", "stated"),
        ],
        "invented (crowds): the pointer, not the bracket, credits the figure outside",
    ),
    (
        "turnout-narrator-outside",
        "Turnout reached 62% in the north (55% according to the electoral commission).",
        [("62%", None, None), ("55%", "electoral commission", "stated")],
        "invented (elections): the outlet's own figure stays its own",
    ),
    (
        "crowd-list-unions",
        "Organisers said 80,000 rallied in Leeds and 40,000 in York (12,000 according to police).",
        [
            ("80,000", "organisers", "stated"),
            ("40,000", "organisers", "stated"),
            ("12,000", "police", "stated"),
        ],
        "invented (crowds): the sentence's own source governs its list",
    ),
    (
        "toll-bare-credit",
        "At least 31 people were killed in the landslide (according to the Red Cross).",
        [("At least 31", "Red Cross", "stated")],
        "invented (disasters): a bracket with no figure credits the sentence's figure",
    ),
    (
        "economy-inside",
        "Output grew 2.1% last year (1.8% according to the Bank of England).",
        [("2.1%", None, None), ("1.8%", "Bank of England", "stated")],
        "invented (economy)",
    ),
    (
        "conflict-inside-only",
        "The Ukrainian air force said 40 drones were shot down (12 according to Russia).",
        [("40", "Ukrainian Air Force", "stated"), ("12", "Russia", "stated")],
        "invented (conflict)",
    ),
]


REPORTEDLY: list[tuple[str, str, Found, str]] = [
    (
        "transport-ferry",
        "The ferry, reportedly carrying 300 passengers, sank off the coast.",
        [("300", "reports", "unnamed")],
        "invented (transport)",
    ),
    (
        "crime-raid",
        "Gunmen reportedly killed 12 villagers in the raid.",
        [("12", "reports", "unnamed")],
        "invented (crime)",
    ),
    (
        "health-after-figure",
        "Some 40 patients were reportedly infected at the clinic.",
        [("Some 40", "reports", "unnamed")],
        "invented (health)",
    ),
    (
        "disaster-named-source-wins",
        "Officials in Dorval said 14 people were reportedly missing after the flood.",
        [("14", "officials", "stated")],
        "invented (disasters): a named source of the clause wins",
    ),
    (
        "aviation-other-clause",
        "The jet, which reportedly left an hour late, carried 240 passengers.",
        [("240", None, None)],
        "invented (transport): the adverb of another clause credits nothing",
    ),
    (
        "economy-no-adverb",
        "Factory output rose 3.2% in May.",
        [("3.2%", None, None)],
        "invented (economy): the outlet's own figure",
    ),
]


FORECASTERS: list[tuple[str, str, Found, str]] = [
    (
        "jobs-pronoun-after-quote",
        '"It is close," Ana Ruiz said. She expects 90,000 jobs in August.',
        [("90,000", "Ana Ruiz", "stated")],
        "invented (economy): 'she' is the economist quoted before",
    ),
    (
        "weather-pronoun-apposition",
        "Tom Hale, a forecaster at Metra, said rain would persist. "
        "He predicts 40 millimetres of rain on Sunday.",
        [("40 millimetres", "Tom Hale", "stated")],
        "invented (weather)",
    ),
    (
        "elections-named-in-sentence",
        "Pollster Ana Ruiz said the race was tight. She expects turnout of 64%.",
        [("64%", "Pollster Ana Ruiz", "stated")],
        "invented (elections)",
    ),
    (
        "health-body-is-no-she",
        "The Red Cross said 40 people were killed. She expects 100 more deaths.",
        [("40", "Red Cross", "stated"), ("100", "forecasters", "unnamed")],
        "invented (health): 'she' never points to a body",
    ),
    (
        "economy-they",
        "Analysts at Delta Bank cut their outlook. They expect growth of 1.2% next year.",
        [("1.2%", "forecasters", "unnamed")],
        "invented (economy): 'they' names no forecaster by itself",
    ),
    (
        "economy-unnamed-plural",
        "Economists expect 110,000 jobs in May.",
        [("110,000", "Economists", "unnamed")],
        "invented (economy)",
    ),
]


STATEMENTS: list[tuple[str, str, Found, str]] = [
    (
        "conflict-past-quiet-sentence",
        "The Ukrainian Air Force said Russia launched 40 drones overnight. The attack began "
        "at 2 am. The salvo also included 6 cruise missiles launched from bombers.",
        [("40", "Ukrainian Air Force", "stated"), ("6", "Ukrainian Air Force", "carried")],
        "invented (conflict): a sentence with no figure and no speaker does not end it",
    ),
    (
        "disaster-past-quiet-sentence",
        "The Red Cross said 40 people were killed in the floods. Rescue teams worked through "
        "the night. Another 12 people were killed in the north.",
        [("40", "Red Cross", "stated"), ("12", "Red Cross", "carried")],
        "invented (disasters)",
    ),
    (
        "disaster-paragraph-break",
        "The Red Cross said 40 people were killed in the floods.\n"
        "Rescue teams worked through the night. Another 12 people were killed in the north.",
        [("40", "Red Cross", "stated"), ("12", None, None)],
        "invented (disasters): the quiet sentence opens a new paragraph",
    ),
    (
        "conflict-quiet-speaker",
        "The Royal Navy said 40 drones were intercepted. The mayor said the city was calm. "
        "A further 6 drones were intercepted near the port.",
        [("40", "Royal Navy", "stated"), ("6", None, None)],
        "invented (conflict): another speaker between ends it",
    ),
    (
        "conflict-two-quiet-sentences",
        "The Royal Navy said 40 drones were intercepted. Sirens sounded. Residents sheltered. "
        "A further 6 drones were intercepted near the port.",
        [("40", "Royal Navy", "stated"), ("6", None, None)],
        "invented (conflict): one quiet sentence at most",
    ),
    (
        "conflict-same-event-other-weapon",
        "The Royal Navy said 40 drones were intercepted. "
        "A further 6 missiles were intercepted near the port.",
        [("40", "Royal Navy", "stated"), ("6", "Royal Navy", "carried")],
        "invented (conflict): things the same event befell are one count broken down",
    ),
    (
        "conflict-other-event",
        "The Royal Navy said 40 drones were intercepted. Rebels seized 3 tanks.",
        [("40", "Royal Navy", "stated"), ("3", None, None)],
        "invented (conflict)",
    ),
    (
        "disaster-narrator-figure-between",
        "The fire service said 120 homes were destroyed. Winds reached 90 km/h. "
        "The blaze also destroyed 14 barns.",
        [("120", "fire service", "stated"), ("90 km/h", None, None), ("14", None, None)],
        "invented (disasters): the writer's own figure ends the statement",
    ),
]


IN_FULL: list[tuple[str, str, Found, str]] = [
    (
        "rescue-acronym",
        "The National Commission on Water Safety (NCWS) has recorded 31 deaths. In a "
        "statement, its deputy head Ana Ruiz revealed that the Commission had also "
        "documented 532 rescues.",
        [("31", "NCWS", "frame"), ("532", "NCWS", "frame")],
        "invented (disasters): 'the Commission' is the body named in full before",
    ),
    (
        "elections-acronym",
        "The Independent Electoral Commission (IEC) said turnout was 58%. Its chair said "
        "the Commission had counted 4.1 million ballots.",
        [("58%", "IEC", "stated"), ("4.1 million", "IEC", "frame")],
        "invented (elections)",
    ),
    (
        "health-ministry",
        "The Ministry of Health said 40 cholera cases were confirmed. In a briefing, the "
        "Ministry reported 12 deaths.",
        [("40", "Ministry of Health", "stated"), ("12", "Ministry of Health", "stated")],
        "invented (health)",
    ),
    (
        "nothing-before",
        "The Commission has documented 31 deaths.",
        [("31", "Commission", "frame")],
        "invented (crime): nothing to point back to",
    ),
    (
        "another-body",
        "The Coastal Flood Agency said 200 homes were flooded. "
        "The European Commission said 12 million euros in aid were sent.",
        [
            ("200", "Coastal Flood Agency", "stated"),
            ("12 million euros", "European Commission", "stated"),
        ],
        "invented (economy): a body named by more than one word is itself",
    ),
    (
        "other-head",
        "Northern Rail said 40 trains were cancelled. The Agency reported 300 delays.",
        [("40", "Northern Rail", "stated"), ("300", "Agency", "stated")],
        "invented (transport): a name without the word is not pointed to",
    ),
]


# The write-up of one body's release: credited in three sentences, more than all others.
RELEASE = (
    "The election commission said turnout reached 61%. The election commission said "
    "2.1 million ballots were cast. The election commission said 40 polling stations "
    "opened late. Police said 3 people were arrested. "
)
HEALTH_RELEASE = (
    "The Red Cross said 40 people were killed in the floods. The Red Cross said 300 homes "
    "were destroyed. The Red Cross said 12 shelters were opened. Hospitals said 80 "
    "people were treated. "
)

# What the release's own sentences credit, before each case's last sentence.
RELEASE_FOUND: Found = [
    ("61%", "election commission", "stated"),
    ("2.1 million", "election commission", "stated"),
    ("40", "election commission", "stated"),
    ("3", "police", "stated"),
]
HEALTH_FOUND: Found = [
    ("40", "Red Cross", "stated"),
    ("300", "Red Cross", "stated"),
    ("12", "Red Cross", "stated"),
    ("80", "Hospitals", "stated"),
]

AGENTLESS: list[tuple[str, str, Found, str]] = [
    (
        "elections-were-reported",
        RELEASE + "Irregularities were reported at 12 polling stations.",
        [*RELEASE_FOUND, ("12", "election commission", "carried")],
        "invented (elections): the release's body reported it",
    ),
    (
        "health-reported-in",
        HEALTH_RELEASE + "Later, cholera cases reported in 6 camps raised alarm.",
        [*HEALTH_FOUND, ("6", "Red Cross", "carried")],
        "invented (health): the reduced relative before a place",
    ),
    (
        "elections-by-agent",
        RELEASE + "Irregularities were reported by observers at 12 polling stations.",
        [*RELEASE_FOUND, ("12", None, None)],
        "invented (elections): a reporter after 'by' is not the release's body",
    ),
    (
        "elections-background-year",
        RELEASE + "In 2019, irregularities were reported at 30 stations.",
        [*RELEASE_FOUND, ("30", None, None)],
        "invented (elections): a year the release did not name",
    ),
    (
        "elections-no-report",
        RELEASE + "Voters queued at 12 polling stations.",
        [*RELEASE_FOUND, ("12", None, None)],
        "invented (elections): no report verb",
    ),
    (
        "disaster-single-credit",
        "The Red Cross said 40 people were killed. Police said 3 looters were arrested. "
        "Additionally, two cases of cholera were reported.",
        [("40", "Red Cross", "stated"), ("3", "police", "stated"), ("two", None, None)],
        "invented (disasters): a body credited once writes up no release",
    ),
]


DOCUMENTS: list[tuple[str, str, Found, str]] = [
    (
        "elections-results-showed",
        "Ruiz won with 49.1% of the vote, final results from the electoral commission "
        "showed on Monday.",
        [("49.1%", "electoral commission", "stated")],
        "invented (elections)",
    ),
    (
        "economy-data-showed",
        "Unemployment rose to 5.1%, data from the statistics office showed.",
        [("5.1%", "statistics office", "stated")],
        "invented (economy)",
    ),
    (
        "economy-data-before",
        "Data from the Census Bureau showed 40,000 homes were sold.",
        [("40,000", "Census Bureau", "stated")],
        "invented (economy)",
    ),
    (
        "crime-videos-show",
        "Videos show 12 officers firing.",
        [("12", None, None)],
        "invented (crime): a picture is no speaker",
    ),
    (
        "conflict-handout-shows",
        "This handout image provided by the coast guard on Monday, June 12, shows dozens "
        "of people on deck.",
        [("dozens", "coast guard", "stated")],
        "invented (disasters): the media credit, not the date before 'shows'",
    ),
    (
        "crowds-the-show",
        "The show drew 40,000 fans.",
        [("40,000", None, None)],
        "invented (crowds): a noun, not a cue",
    ),
]


TOLLS: list[tuple[str, str, Found, str]] = [
    (
        "flood-dead-then-missing",
        "The Interior Ministry said 41 people died. Another 17 people are missing.",
        [("41", "Interior Ministry", "stated"), ("17", "Interior Ministry", "carried")],
        "invented (disasters): the parts of one toll of harm",
    ),
    (
        "quake-killed-then-injured",
        "The health ministry said 12 people were killed in the quake. Another 230 were injured.",
        [("12", "health ministry", "stated"), ("230", "health ministry", "carried")],
        "invented (health)",
    ),
    (
        "shipwreck-drowned-then-survivors",
        "The coast guard said 79 people drowned. 104 survivors were brought ashore.",
        [("79", "coast guard", "stated"), ("104", "coast guard", "carried")],
        "invented (transport)",
    ),
    (
        "crowds-arrests-then-injured",
        "Police said 40 protesters were arrested. Twelve officers were injured.",
        [("40", "police", "stated"), ("Twelve", None, None)],
        "invented (crowds): arrests are no part of a toll of harm",
    ),
    (
        "disaster-deaths-then-cases",
        "The Red Cross said 40 people were killed. Another 300 cholera cases were confirmed.",
        [("40", "Red Cross", "stated"), ("300", None, None)],
        "invented (health): cases of a disease are another tally",
    ),
]


PRONOUN_SIDES: list[tuple[str, str, Found, str]] = [
    (
        "crowds-translated-union",
        "During the last strike, the CGT had reported 300,000 marchers, against 37,000 "
        "according to police. He had counted 480,000 on May 2 (90,000 according to police).",
        [
            ("300,000", "CGT", "stated"),
            ("37,000", "police", "stated"),
            ("480,000", "CGT", "stated"),
            ("90,000", "police", "stated"),
        ],
        "invented (crowds): the subject before, not the party of an aside",
    ),
    (
        "crime-police-he",
        "Police said 40 people were arrested. He said 12 officers were hurt.",
        [("40", "police", "stated"), ("12", "police", "stated")],
        "invented (crime)",
    ),
    (
        "health-body-no-side",
        "The health ministry said 40 people died. He said 12 were missing.",
        [("40", "health ministry", "stated"), ("12", None, None)],
        "invented (health): a body that is no side of a count",
    ),
    (
        "crowds-person-named",
        "Mayor Ana Ruiz said 40 people died. The CGT said 300,000 marched. "
        "She said 12 were missing.",
        [("40", "Ana Ruiz", "stated"), ("300,000", "CGT", "stated"), ("12", "Ana Ruiz", "stated")],
        "invented (crowds): a person named before is whom 'she' points to",
    ),
]


RELEASE_BODIES: list[tuple[str, str, Found, str]] = [
    (
        "quake-body-by-acronym",
        "The quake struck at a depth of 10 kilometres, the U.S. Geological Survey said. "
        "The epicentre lay 40 kilometres north of Tarvo.",
        [("10 kilometres", "USGS", "stated"), ("40 kilometres", "USGS", "carried")],
        "invented (disasters): the body as written, though the vocabulary names it USGS",
    ),
    (
        "quake-newspaper",
        "The quake struck at a depth of 10 kilometres, the Tarvo Daily said. "
        "The epicentre lay 40 kilometres north of Tarvo.",
        [("10 kilometres", "Tarvo Daily", "stated"), ("40 kilometres", None, None)],
        "invented (disasters): a paper publishes no release",
    ),
]


# Each table, by the pattern it shows.
TABLES = {
    "brackets": BRACKETS,
    "reportedly": REPORTEDLY,
    "forecasters": FORECASTERS,
    "statements": STATEMENTS,
    "in-full": IN_FULL,
    "agentless": AGENTLESS,
    "documents": DOCUMENTS,
    "tolls": TOLLS,
    "pronoun-sides": PRONOUN_SIDES,
    "release-bodies": RELEASE_BODIES,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{table}/{case}")
        for table, rows in TABLES.items()
        for case, text, expected, _ in rows
    ],
)
def test_who_gave_each_figure(text: str, expected: Found) -> None:
    assert sources_found(text) == expected
