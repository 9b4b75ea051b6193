"""The attributions pass on frames: estimating and counting frames credit the estimator,
and reporting verbs the reporter, in many domains. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_at, sources_found

FRAMES = [
    # id, text, figure, subject, source, found, provenance
    (
        "police-estimated-crowd",
        "Police estimated the crowd at roughly 40,000.",
        "roughly 40,000",
        "person",
        "police",
        "frame",
        "invented (crowds), issue #16",
    ),
    (
        "prefecture-put-the-count",
        "The prefecture put the count at 250,000 people.",
        "250,000",
        "person",
        "prefecture",
        "frame",
        "invented (crowds), issue #16",
    ),
    (
        "estimates-place-attendance",
        "Estimates place attendance closer to 60,000.",
        "60,000",
        "person",
        "Estimates",
        "unnamed",
        "invented (crowds), issue #16: the cue's own noun is the unnamed estimator",
    ),
    (
        "police-put-it-at",
        "Organisers estimated the crowd at 80,000, while police put it at 35,000.",
        "35,000",
        "person",
        "police",
        "frame",
        "invented (crowds): the second estimator, with 'put it at'",
    ),
    (
        "officers-estimated-the-march",
        "Officers estimated the march at roughly 40,000.",
        "roughly 40,000",
        "person",
        "Officers",
        "frame",
        "invented (crowds), issue #16",
    ),
    (
        "commission-documented",
        "The Red Cross has documented 31 deaths and 107 injuries.",
        "31",
        "death",
        "Red Cross",
        "frame",
        "invented (health)",
    ),
    (
        "commission-recorded",
        "The human rights commission has recorded 14 arrests.",
        "14",
        "arrest",
        "human rights commission",
        "frame",
        "invented (crime)",
    ),
    (
        "projected-by",
        "A gain of 100,000 jobs was projected by Reuters.",
        "100,000",
        "job",
        "Reuters",
        "frame",
        "invented (economy): a forecast credited after the figure",
    ),
    (
        "police-say",
        "Police say 37 bodies have been pulled from the river.",
        "37",
        "death",
        "police",
        "stated",
        "invented (disasters): 'say' as well as 'says'",
    ),
    (
        "indicated-that",
        "The rescue service indicated that 12 climbers were missing.",
        "12",
        "missing",
        "rescue service",
        "stated",
        "invented (mountain rescue)",
    ),
    (
        "issued-a-warning",
        "Officials have issued a warning that the fire, which destroyed 1,000 buildings, "
        "may burn for weeks.",
        "1,000",
        "building",
        "officials",
        "stated",
        "invented (wildfires)",
    ),
    (
        "cites",
        "The news portal Kathimerini cites survivors who said 750 people were on the ship.",
        "750",
        "person",
        "Kathimerini",
        "stated",
        "invented (migration)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "source", "found"),
    [c[1:6] for c in FRAMES],
    ids=[c[0] for c in FRAMES],
)
def test_a_frame_credits_its_estimator(
    text: str, figure: str, subject: str, source: str, found: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.subject == subject
    assert fact.attribution is not None
    assert (fact.attribution.source, fact.attribution.via, fact.attribution.found) == (
        source,
        None,
        found,
    )


# Sources the text does not name (rules/data/sources.jsonl, unnamed_source) are kept as
# written, without determiners or qualifiers ("some", "early"), and found unnamed; a participle cue ("suggesting") gives the figure after it
# only, and a frame after its figure ("anticipated by") gives that figure alone.
UNNAMED = [
    # id, text, figure, source, found, provenance
    (
        "some-accounts-suggesting",
        "The flood toll is estimated at over 60, with some accounts suggesting up to 90 deaths.",
        ["over 60", "up to 90"],
        [None, ("accounts", "unnamed")],
        "invented (disasters): the participle clause credits only what follows it",
    ),
    (
        "some-sources-speak-of",
        "Some sources speak of 400 passengers aboard the ferry.",
        ["400"],
        [("sources", "unnamed")],
        "invented (transport)",
    ),
    (
        "anticipated-by-economists",
        "Exports rose by 9,000 tonnes, short of the 12,000 tonnes anticipated by economists.",
        ["9,000 tonnes", "12,000 tonnes"],
        [None, ("economists", "unnamed")],
        "invented (economy): the frame after a figure gives that figure alone",
    ),
    (
        "witnesses-reported",
        "Dozens of cars were burned, some witnesses reported, and 40 shops were looted.",
        ["Dozens", "40"],
        [("witnesses", "unnamed"), ("witnesses", "unnamed")],
        "invented (crime)",
    ),
    (
        "analysts-forecast-by",
        "Polls closed early; a turnout of 58% was forecast by analysts.",
        ["58%"],
        [("analysts", "unnamed")],
        "invented (elections)",
    ),
    (
        "testimonies-relayed-by-media",
        "Passengers' accounts relayed by local media suggested that 60 children were on the bus.",
        ["60"],
        [("local media", "unnamed")],
        "invented (transport): the media that relayed the accounts, unnamed",
    ),
]


@pytest.mark.parametrize(
    ("text", "figures", "expected"), [c[1:4] for c in UNNAMED], ids=[c[0] for c in UNNAMED]
)
def test_an_unnamed_source_is_kept_as_written(
    text: str, figures: list[str], expected: list[tuple[str, str] | None]
) -> None:
    extraction = extract_text(text)
    got = []
    for figure in figures:
        a = fact_at(extraction, figure).attribution
        got.append(None if a is None else (a.source, a.found.value))
    assert got == expected


# A forecast no one is credited with (a basis cue of grammar.jsonl, basis forecast) is
# the unnamed forecasters', or the expectation's the text names; such a sentence is an
# aside in a release: the statement before it goes on past it.
FORECASTS = [
    # id, text, expected (surface, source, found) in text order, provenance
    (
        "the-45000-predicted",
        "Carmakers shipped 41,000 cars, fewer than the 45,000 that were predicted.",
        [("41,000", None, None), ("45,000", "forecasters", "unnamed")],
        "invented (economy)",
    ),
    (
        "the-homes-expected",
        "Home sales grew by 6,200, falling short of the 7,000 homes expected.",
        [("6,200", None, None), ("7,000", "forecasters", "unnamed")],
        "invented (economy): a forecast after its figure",
    ),
    (
        "analysts-expected-turnout",
        "Analysts expected turnout of 61%.",
        [("61%", "Analysts", "unnamed")],
        "invented (elections): the forecasters the text names",
    ),
    (
        "consensus-forecast",
        "Exports rose 4%, above the consensus forecast of 3%.",
        [("4%", None, None), ("3%", "consensus", "unnamed")],
        "invented (economy): the expectation named by its noun",
    ),
    (
        "an-aside-in-a-release",
        "The statistics office said 2,400 deaths were registered in March. The market "
        "expectation was set to show 2,100 deaths. Another 300 deaths were registered late.",
        [
            ("2,400", "statistics office", "stated"),
            ("2,100", "market expectation", "unnamed"),
            ("300", "statistics office", "carried"),
        ],
        "invented (health): the release goes on past the forecast",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:3] for c in FORECASTS], ids=[c[0] for c in FORECASTS]
)
def test_a_forecast_is_credited_to_its_forecasters(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert sources_found(text) == expected


# A picture or document a body hands out ("footage shared by", "a handout image provided
# by": shown_media and media_credit, sources.jsonl) credits that body with what it
# shows; "provided by" after anything else credits no one.
MEDIA = [
    # id, text, figure, source, provenance
    (
        "footage-shared-by",
        "Drone footage shared by the Spanish Guardia Civil showed hundreds of flooded cars.",
        "hundreds",
        "Spanish Guardia Civil",
        "invented (weather)",
    ),
    (
        "handout-image-provided-by",
        "A handout image provided by the coast guard shows scores of people on the deck.",
        "scores",
        "coast guard",
        "invented (migration)",
    ),
    (
        "video-released-by",
        "A video released by the Royal Netherlands Navy (RNLN) showed sailors pulling dozens "
        "of migrants from the sea.",
        "dozens",
        "Royal Netherlands Navy",
        "invented (migration)",
    ),
    (
        "satellite-images-published-by",
        "Satellite images published by the Maxar company showed 40 burned tanks.",
        "40",
        "Maxar company",
        "invented (conflict)",
    ),
    (
        "buses-provided-by",
        "Buses provided by the city carried 300 people to the stadium.",
        "300",
        None,
        "invented (transport, crowds): no picture or document, no credit",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source"), [c[1:4] for c in MEDIA], ids=[c[0] for c in MEDIA]
)
def test_a_picture_credits_the_body_that_handed_it_out(
    text: str, figure: str, source: str | None
) -> None:
    a = fact_at(extract_text(text), figure).attribution
    got = None if a is None else (a.source, a.found.value)
    assert got == (None if source is None else (source, "stated"))


# "X measured the quake at 6.5": the measuring body is the subject of the verb; an
# outlet credited in the same sentence relays it. "Winds measured 120 km/h" names no one.
MEASURED = [
    # id, text, figure, (source, via, found) or None, provenance
    (
        "centre-measured-the-quake",
        "The national seismic centre had initially measured the quake at magnitude 6.5, "
        "according to Xinhua.",
        "magnitude 6.5",
        ("national seismic centre", "Xinhua", "frame"),
        "invented (weather/earthquakes)",
    ),
    (
        "agency-measured-the-river",
        "The environment agency measured the river at 4.2 metres on Sunday.",
        "4.2 metres",
        ("environment agency", None, "frame"),
        "invented (weather)",
    ),
    (
        "winds-measured",
        "Winds measured 120 km/h at the airport.",
        "120 km/h",
        None,
        "invented (weather): an intransitive 'measured' credits no one",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [c[1:4] for c in MEASURED], ids=[c[0] for c in MEASURED]
)
def test_the_measuring_body_is_the_source(
    text: str, figure: str, expected: tuple[str, str | None, str] | None
) -> None:
    a = fact_at(extract_text(text), figure).attribution
    assert (None if a is None else (a.source, a.via, a.found.value)) == expected


# A toll or tally "from" a party credits it (and the outlet it was "provided to"); a
# figure "announced at a press conference with" someone is theirs; "It described it as"
# points back to the body named before.
CREDITS = [
    # id, text, figure, (source, via), provenance
    (
        "count-from-a-source-provided-to",
        "The latest count from a hospital source provided to Reuters on Monday was 22 injured.",
        "22",
        ("hospital source", "Reuters"),
        "invented (health): the source, and the outlet it gave the figure to",
    ),
    (
        "tally-from-the-ministry",
        "The tally from the health ministry was 45 deaths.",
        "45",
        ("health ministry", None),
        "invented (health)",
    ),
    (
        "press-conference-with",
        "The number of 17 arrests was later raised to 21, announced at a press conference with "
        "Mayor Ines Duarte.",
        "17",
        ("Ines Duarte", None),
        "invented (crime)",
    ),
    (
        "news-conference-with-the-coach",
        "A crowd of 52,000 was announced at a news conference with coach Marta Silva.",
        "52,000",
        ("Marta Silva", None),
        "invented (sport crowds)",
    ),
    (
        "a-website-is-an-outlet",
        "In turn, the news portal nos.nl cites witnesses who said 300 people were on the platform.",
        "300",
        ("nos.nl", None),
        "invented (transport): a website's name, in lower case with its domain",
    ),
    (
        "a-website-reported",
        "The site news.sky.com reported 40 arrests after the match.",
        "40",
        ("news.sky.com", None),
        "invented (crime, sport crowds)",
    ),
    (
        "according-to-which",
        "The broadcaster cites figures from the World Food Programme, according to which at "
        "least 2,000 families were displaced.",
        "at least 2,000",
        ("World Food Programme", None),
        "invented (displacement): 'which' points back to the body before the comma",
    ),
    (
        "survey-according-to-which",
        "Officials pointed to a survey by the Red Cross, according to which 3,000 homes were "
        "damaged.",
        "3,000",
        ("Red Cross", None),
        "invented (weather)",
    ),
    (
        "described-it-as",
        "The Coast Guard confirmed the collision. It described it as the worst in years, a "
        "crash where 12 people were killed.",
        "12",
        ("Coast Guard", None),
        "invented (transport)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [c[1:4] for c in CREDITS], ids=[c[0] for c in CREDITS]
)
def test_a_credit_names_its_source(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    a = fact_at(extract_text(text), figure).attribution
    assert (None if a is None else (a.source, a.via)) == expected
