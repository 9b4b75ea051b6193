"""The carried-sources pass: a source named once goes on through the sentence that
continues its statement, marked ``carried``; background figures, new speakers and
headings stop it. Pronouns and definite nouns point back to the last source of their
kind. Invented sentences from many domains."""

from __future__ import annotations

import json

import pytest

from discrepancy import Article, Attribution, SourceBasis, extract

# Who gave each figure: (surface, source, via, carried); source None means no source.
Expected = list[tuple[str, str | None, str | None, bool]]

CARRIES: list[tuple[str, str, Expected, str]] = [
    # id, text, expected facts in text order, provenance
    (
        "navy-next-sentence",
        "The Royal Navy said 40 drones were intercepted. A further 6 drones struck the port.",
        [("40", "Royal Navy", None, False), ("6", "Royal Navy", None, True)],
        "invented (conflict), issue #16",
    ),
    (
        "health-toll-continued",
        "The health ministry said 45 people were killed in the floods. "
        "Another 12 people were killed in landslides on Sunday.",
        [("45", "health ministry", None, False), ("12", "health ministry", None, True)],
        "invented (health)",
    ),
    (
        "crowd-police-told-agency",
        "Police told AFP that 3,000 people marched through the city. "
        "About 500 people marched on to the town hall.",
        [("3,000", "police", "AFP", False), ("About 500", "police", "AFP", True)],
        "invented (crowds): the relay carries with the source",
    ),
    (
        "election-turnout",
        "The election commission said turnout reached 61 percent. "
        "In the capital, turnout was 48 percent.",
        [
            ("61 percent", "election commission", None, False),
            ("48 percent", "election commission", None, True),
        ],
        "invented (elections)",
    ),
    (
        "weather-rainfall",
        "The National Weather Service said 120 millimetres of rain fell overnight. "
        "Coastal towns saw 150 millimetres of rain.",
        [
            ("120 millimetres", "National Weather Service", None, False),
            ("150 millimetres", "National Weather Service", None, True),
        ],
        "invented (weather)",
    ),
    (
        "company-job-cuts",
        "Acme Corp said it would cut 1,200 jobs. A further 300 jobs will go at its French plants.",
        [("1,200", "Acme Corp", None, False), ("300", "Acme Corp", None, True)],
        "invented (economy)",
    ),
    (
        "background-chain-with-years",
        "According to state media, a 1970 quake killed 15,000 people. "
        "In 1974 another quake killed 1,400 people.",
        [("15,000", "state media", None, False), ("1,400", "state media", None, True)],
        "invented (disasters): a statement about past years carries to the next past year",
    ),
]

RELEASE = (
    "Employers created 58,000 jobs in May, according to the National Statistics Office.\n"
    '"Hiring slowed in every region," the office said.\n'
    "Meanwhile, the jobless rate rose to 3.8% in May.\n"
    "Wages grew 0.3% over the month, the National Statistics Office said.\n"
    "The participation rate held at 62.2%."
)
CARRIES += [
    (
        "official-release",
        RELEASE,
        [
            ("58,000", "National Statistics Office", None, False),
            ("3.8%", "National Statistics Office", None, True),
            ("0.3%", "National Statistics Office", None, False),
            ("62.2%", "National Statistics Office", None, True),
        ],
        "invented (economy): a source credited in three sentences, more than all others, "
        "carries to the next sentence whatever it counts",
    ),
    (
        "weather-service-release",
        "The Met Office said 120 mm of rain fell on Cumbria on Sunday.\n"
        "Rivers rose to record levels in 14 towns, the Met Office said.\n"
        '"This is an exceptional event," it said.\n'
        "Winds reached 90 mph on the coast.\n\n"
        "Politics\n"
        "Floods in 2015 cost the region 500 million pounds.",
        [
            ("120 mm", "Met Office", None, False),
            ("14", "Met Office", None, False),
            ("90 mph", "Met Office", None, True),
            ("500 million pounds", None, None, False),
        ],
        "invented (weather): the heading and the background year end the release",
    ),
]

STOPS: list[tuple[str, str, Expected, str]] = [
    (
        "background-year-is-the-writers",
        "The health ministry said 45 people were killed in the floods. "
        "The previous worst floods, in 1998, killed 120 people.",
        [("45", "health ministry", None, False), ("120", None, None, False)],
        "invented (health): a year the statement did not name",
    ),
    (
        "other-subject-is-the-writers",
        "The health ministry said 45 people were killed. The storm also destroyed 300 homes.",
        [("45", "health ministry", None, False), ("300", None, None, False)],
        "invented (weather): the statement counted deaths, not homes",
    ),
    (
        "new-source",
        "Organisers said 10,000 people marched in Lyon. Police put the crowd at 4,000.",
        [("10,000", "organisers", None, False), ("4,000", "police", None, False)],
        "invented (crowds): an estimating frame names its own estimator",
    ),
    (
        "sentence-without-figures-between",
        "The Royal Navy said 40 drones were intercepted.\n"
        "Drone attacks have become a daily threat.\n"
        "A further 6 drones struck the port.",
        [("40", "Royal Navy", None, False), ("6", None, None, False)],
        "invented (conflict): the writer's own sentence ends the statement",
    ),
    (
        "heading-between",
        "The Red Cross said 30 people were missing after the landslide.\n\n"
        "Heavy rain\n"
        "Another 12 people were missing further north.",
        [("30", "Red Cross", None, False), ("12", None, None, False)],
        "invented (disasters): a heading starts a new section",
    ),
    (
        "outlet-credit-does-not-carry",
        "Power was cut to 40,000 homes, Reuters reported. Another 5,000 homes lost power.",
        [("40,000", "Reuters", None, False), ("5,000", None, None, False)],
        "invented (transport/utilities): an outlet's credit is not a statement",
    ),
]

STOPS.append(
    (
        "residents-are-background",
        "Nine people were injured, Mayor Ana Ruiz said. "
        "The island's 320,000 people had been told to stay indoors.",
        [("Nine", "Ana Ruiz", None, False), ("320,000", None, None, False)],
        "invented (weather): people in general carry only with the statement's event",
    )
)

STOPS.append(
    (
        "two-credits-are-no-release",
        RELEASE.split("\nWages")[0].replace("National Statistics", "National Employers"),
        [
            ("58,000", "National Employers Office", None, False),
            ("3.8%", None, None, False),
        ],
        "invented (economy): credited twice, a body that is no statistics office (see "
        "RELEASE_BODIES) carries only to what it counted",
    )
)

POINTERS: list[tuple[str, str, Expected, str]] = [
    (
        "he-said-unknown-name",
        "Mr Okafor said 18 cruise missiles were fired. "
        "He said 70 ballistic missiles were fired too.",
        [("18", "Okafor", None, False), ("70", "Okafor", None, False)],
        "invented (conflict): a name the vocabulary does not know",
    ),
    (
        "she-skips-a-body",
        "Maria Lopez, the mayor, said 14 people were killed. "
        "The Red Cross said 30 people were injured. She said 9 people were missing.",
        [
            ("14", "Maria Lopez", None, False),
            ("30", "Red Cross", None, False),
            ("9", "Maria Lopez", None, False),
        ],
        "invented (disasters): 'she' is a person, 'the Red Cross' is not",
    ),
    (
        "it-said-skips-a-person",
        "The Red Cross said 30 people were injured. Maria Lopez, the mayor, said 14 people "
        "were killed. It said 9 people were missing.",
        [
            ("30", "Red Cross", None, False),
            ("14", "Maria Lopez", None, False),
            ("9", "Red Cross", None, False),
        ],
        "invented (disasters)",
    ),
    (
        "the-county-said",
        "Maui County said the fire was 85% contained. Later the county said 1,000 homes had burned.",
        [("85%", "Maui County", None, False), ("1,000", "Maui County", None, False)],
        "invented (wildfires): a definite noun points to the last source with that word",
    ),
    (
        "statistics-agency-it-said",
        "The statistics agency said 73,000 jobs were added in July. "
        "It said 12,000 jobs were lost in manufacturing.",
        [
            ("73,000", "statistics agency", None, False),
            ("12,000", "statistics agency", None, False),
        ],
        "invented (economy)",
    ),
    (
        "qualified-body-then-the-military",
        "The Turkish military said the raids involved more than 120 drones. "
        '"Our systems intercepted 80 percent of the drones," the military said.',
        [
            ("more than 120", "Turkish military", None, False),
            ("80 percent", "Turkish military", None, False),
        ],
        "invented (conflict): a body named by its capitalised qualifier",
    ),
    (
        "said-name-appositive",
        "Seven people were critically hurt, said Ana Ruiz, mayor of the port town of Vila Nova, "
        "while 85 more were slightly injured.",
        [("Seven", "Ana Ruiz", None, False), ("85", "Ana Ruiz", None, False)],
        "invented (disasters): an inverted speaker before her title",
    ),
    (
        "data-from-agency",
        "Retailers added 9,500 jobs in May, according to data from the Census Bureau released "
        "on Thursday.",
        [("9,500", "Census Bureau", None, False)],
        "invented (economy): the body the data come from",
    ),
    (
        "body-with-a-day-before-the-cue",
        "The Census Bureau on Tuesday reported that builders started 1,300 homes.",
        [("1,300", "Census Bureau", None, False)],
        "invented (economy): a day between the body and its cue",
    ),
    (
        "the-union-is-the-cgt",
        "According to the CGT, 900,000 people marched in Lyon. On March 2, the union had "
        "counted 80,000 marchers in the city, against 19,000, according to the police.",
        [
            ("900,000", "CGT", None, False),
            ("80,000", "CGT", None, False),
            ("19,000", "police", None, False),
        ],
        "invented (crowds): 'the union' points to the same side of the count (policy "
        "claimant families); the pointer right before a figure beats a farther source",
    ),
    (
        "body-then-auxiliary",
        "Rebels fired over 300 rockets overnight, including 100 long-range rockets, "
        "the Indian army has said.",
        [("over 300", "Indian army", None, False), ("100", "Indian army", None, False)],
        "invented (conflict): 'has' is no part of the body's name",
    ),
    (
        "reports-from-media",
        "Reports from Chilean media indicated that the ferry was carrying between 200 and "
        "300 passengers.",
        [("between 200 and 300", "Chilean media", None, False)],
        "invented (transport): the reports' owner is the source",
    ),
    (
        "the-34-year-old-said",
        "Omar Haddad said he last heard from his brother a week ago. He had paid $3,000 "
        "for the crossing, the 34-year-old said.",
        [("$3,000", "Omar Haddad", None, False)],
        "invented (migration): a person named by age points to the last person",
    ),
    (
        "body-opening-the-sentence",
        "Russian radio claimed that half of the shells hit the depot.",
        [("half", "Russian radio", None, False)],
        "invented (conflict): a body with no article at the start of its sentence",
    ),
    (
        "a-count-is-not-a-speech",
        "Health care added 55,000 jobs in July.",
        [("55,000", None, None, False)],
        "invented (economy): 'added' with a figure right after it is the count's verb",
    ),
    (
        "headline-credit",
        "Storm cuts power to 40,000 homes: utility",
        [("40,000", "utility", None, False)],
        "invented (utilities): a headline credits its source after a colon",
    ),
]


def _who(text: str) -> Expected:
    return [
        (
            f.surface,
            f.attribution.source if f.attribution else None,
            f.attribution.via if f.attribution else None,
            f.attribution.carried if f.attribution else False,
        )
        for f in extract(Article(id="t", text=text)).facts
    ]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in CARRIES], ids=[c[0] for c in CARRIES]
)
def test_a_source_carries_through_its_statement(text: str, expected: Expected) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:3] for c in STOPS], ids=[c[0] for c in STOPS])
def test_a_carry_stops(text: str, expected: Expected) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in POINTERS], ids=[c[0] for c in POINTERS]
)
def test_pointers_name_the_last_source_of_their_kind(text: str, expected: Expected) -> None:
    assert _who(text) == expected


def test_a_carried_source_points_to_where_it_was_named() -> None:
    text = "The Royal Navy said 40 drones were intercepted. A further 6 drones struck the port."
    first, second = extract(Article(id="t", text=text)).facts
    assert second.attribution is not None
    assert first.attribution is not None
    assert second.attribution.span == first.attribution.span
    assert second.attribution.span is not None
    assert text[slice(*second.attribution.span)] == "Royal Navy"
    assert second.attribution.cue == "said"


def test_carried_is_serialised() -> None:
    text = "The Royal Navy said 40 drones were intercepted. A further 6 drones struck the port."
    data = json.loads(extract(Article(id="t", text=text)).model_dump_json())
    assert [f["attribution"]["found"] for f in data["facts"]] == ["stated", "carried"]
    assert [f["attribution"]["source"] for f in data["facts"]] == ["Royal Navy", "Royal Navy"]


def test_json_written_with_carried_is_read() -> None:
    """Attributions written before ``found`` existed had ``carried``; they are read."""
    extraction = extract(
        Article(
            id="t", text="The Royal Navy said 40 drones were intercepted. A further 6 drones hit."
        )
    )
    data = json.loads(extraction.model_dump_json())
    for fact, carried in zip(data["facts"], [False, True], strict=True):
        fact["attribution"].pop("found")
        fact["attribution"]["carried"] = carried
    dateline = {"source": "AFP", "cue": "dateline", "carried": False}
    got = [type(extraction).model_validate(data).facts[i].attribution for i in (0, 1)]
    assert [(a.found.value, a.carried) for a in got if a is not None] == [
        ("stated", False),
        ("carried", True),
    ]
    assert got[0] == extraction.facts[0].attribution
    assert Attribution.model_validate(dateline).found is SourceBasis.DATELINE


GAPPED = [
    (
        "and-the-organisers",
        "In Nantes, the prefecture counted 7,200 strikers and the organizers 11,000, a record.",
        [("7,200", "prefecture", None, False), ("11,000", "organizers", None, False)],
        "invented (crowds): the verb is left out of the second count; the counter as written",
    ),
    (
        "and-by-the-unions",
        "With 6,500 strikers recorded by the police and 14,000 by the unions, "
        "the port city beat its record.",
        [("6,500", "police", None, False), ("14,000", "unions", None, False)],
        "invented (crowds)",
    ),
    (
        "by-a-noun-that-is-no-source",
        "Police counted 4,000 marchers, and 300 by noon.",
        [("4,000", "police", None, False), ("300", "police", None, False)],
        "invented (crowds): 'by noon' names no counter",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:3] for c in GAPPED], ids=[c[0] for c in GAPPED])
def test_a_count_without_its_verb_names_its_counter(text: str, expected: Expected) -> None:
    assert _who(text) == expected


# A body that publishes statistical releases (rules/data/sources.jsonl, release_body)
# carries to the next sentence whatever it counts; a determiner, a possessive or the
# auxiliary of an agentless passive makes a cue word no speaker ("the analysts'
# estimate", "were reported"), so it does not stop the carry.
RELEASE_BODIES: list[tuple[str, str, Expected, str]] = [
    (
        "labour-department-rate",
        "The Labour Department reported that employers added 48,000 jobs in March. "
        "The jobless rate fell to 5.1%.",
        [("48,000", "Labour Department", None, False), ("5.1%", "Labour Department", None, True)],
        "invented (economy): a jobs report's rate after its payrolls",
    ),
    (
        "weather-service-gusts",
        "The weather service said 80 millimetres of rain fell on the city. "
        "Gusts reached 110 km/h on the ridge.",
        [
            ("80 millimetres", "weather service", None, False),
            ("110 km/h", "weather service", None, True),
        ],
        "invented (weather): a bulletin's wind after its rain",
    ),
    (
        "election-commission-turnout",
        "The election commission reported that 4.1 million ballots were cast. "
        "Turnout reached 64 percent.",
        [
            ("4.1 million", "election commission", None, False),
            ("64 percent", "election commission", None, True),
        ],
        "invented (elections)",
    ),
    (
        "statistics-office-admissions",
        "The national statistics office said 3,200 deaths were registered in January. "
        "Hospital admissions rose to 41,000.",
        [
            ("3,200", "national statistics office", None, False),
            ("41,000", "national statistics office", None, True),
        ],
        "invented (health)",
    ),
    (
        "statistics-office-background-year",
        "The statistics office said 3,200 deaths were registered in January. "
        "In 2019, 2,900 deaths were registered.",
        [("3,200", "statistics office", None, False), ("2,900", None, None, False)],
        "invented (health): a background year still stops a release",
    ),
    (
        "a-bulletin-does-not-count-outages",
        "The weather service said 80 millimetres of rain fell overnight. "
        "About 40,000 homes were without power on Tuesday.",
        [("80 millimetres", "weather service", None, False), ("About 40,000", None, None, False)],
        "invented (weather, utilities): what befell anyone (a figure with an event) is not "
        "the bulletin's",
    ),
    (
        "transit-authority-is-no-release",
        "The transit authority said 40 trains were cancelled. Fares rose 5% in January.",
        [("40", "transit authority", None, False), ("5%", None, None, False)],
        "invented (transport): a body that publishes no statistics carries only its count",
    ),
    (
        "an-estimate-is-no-speaker",
        "Employers added 90,000 jobs, the statistics office said. "
        "Wages rose 0.4%, in line with the analysts' estimate.",
        [("90,000", "statistics office", None, False), ("0.4%", "statistics office", None, True)],
        "invented (economy): 'the analysts' estimate' is a noun, not a speech verb",
    ),
    (
        "agentless-passive-carries",
        "Police said 12 people were arrested in the capital. "
        "Another 30 people were reported arrested in the north.",
        [("12", "police", None, False), ("30", "police", None, True)],
        "invented (crime): 'were reported' names no new speaker",
    ),
    (
        "revised-the-toll",
        "Authorities revised the death toll from 79 to 78 on Friday.",
        [("79", "officials", None, False), ("78", "officials", None, False)],
        "invented (migration): the body that revises a toll gives it",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in RELEASE_BODIES], ids=[c[0] for c in RELEASE_BODIES]
)
def test_a_release_body_carries_whatever_it_counts(text: str, expected: Expected) -> None:
    assert _who(text) == expected


# A credit in brackets on its own after a sentence ("(Via Al Jazeera)") relays the
# figures that sentence credits; it gives no source to a figure credited to no one (the
# same line credits photographs: "(Via Getty Images)").
BRACKETED = [
    (
        "via-relays-the-sentence-before",
        "Early reports said some homes had collapsed, but newer figures say at least 12,000 "
        "homes were destroyed. (Via Al Jazeera)\nThe army sent 3,000 troops.",
        [("at least 12,000", "reports", "Al Jazeera", False), ("3,000", None, None, False)],
        "invented (earthquakes)",
    ),
    (
        "photo-credit-gives-no-source",
        "Nearly 400 people were reported dead by evening. (Via Getty Images)",
        [("Nearly 400", None, None, False)],
        "invented (disasters): a photograph's credit",
    ),
    (
        "via-after-a-credited-toll",
        "The transport ministry said 14 trains were cancelled. (via Reuters)",
        [("14", "transport ministry", "Reuters", False)],
        "invented (transport)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in BRACKETED], ids=[c[0] for c in BRACKETED]
)
def test_a_bracketed_credit_relays_the_sentence_before(text: str, expected: Expected) -> None:
    assert _who(text) == expected


# A figure that restates one credited earlier (same value, subject and unit) takes its
# source, found carried, unless rival sources gave that figure; small counts are too
# common to be a restatement.
RESTATED = [
    (
        "restated-crowd-after-a-byline",
        "According to the city police, 250,000 people marched on Saturday.\n\n"
        "El Diario with EFE\n\n"
        "An estimated 250,000 people filled the avenues of the capital.",
        [
            ("250,000", "police", None, False),
            ("An estimated 250,000", "police", None, True),
        ],
        "invented (crowds)",
    ),
    (
        "restated-payrolls",
        "Employers added 142,000 jobs in August, the statistics office said.\n\n"
        "Markets\n\n"
        "Stocks rose after the 142,000 jobs figure.",
        [
            ("142,000", "statistics office", None, False),
            ("142,000", "statistics office", None, True),
        ],
        "invented (economy)",
    ),
    (
        "rival-sources-no-restatement",
        "Police said 9,000 people marched. Organisers also said 9,000 people marched, "
        "unusually.\n\nSport\n\nSome 9,000 people marched again on Sunday.",
        [
            ("9,000", "police", None, False),
            ("9,000", "organisers", None, False),
            ("Some 9,000", None, None, False),
        ],
        "invented (crowds): two sources gave the figure",
    ),
    (
        "small-counts-are-no-restatement",
        "Police said 12 people were arrested.\n\nWeather\n\nIn the north, 12 people were "
        "arrested for looting.",
        [("12", "police", None, False), ("12", None, None, False)],
        "invented (crime)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in RESTATED], ids=[c[0] for c in RESTATED]
)
def test_a_restated_figure_takes_its_source(text: str, expected: Expected) -> None:
    assert _who(text) == expected
