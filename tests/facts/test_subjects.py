"""The subjects pass: what a figure counts or measures, and the group it counts, where
the table of subjects and events (``test_subjects_and_events.py``) does not say it all:
measures, partitive and elliptical counts, rates and shares, nationals, survivors and
the homeless (issue 16). Nouns read from the text are in ``test_open_subjects.py``."""

from __future__ import annotations

import pytest

from discrepancy import Article, Qualifier, extract
from tests.helpers import extract_text, fact_covering

MEASURES = [
    (
        "The earthquake struck at a depth of 10 km, the agency said.",
        "10",
        "depth",
        "invented: disasters, economy",
    ),
    (
        "The epicentre was 40 km southwest of the city.",
        "40",
        "distance",
        "invented: disasters, economy",
    ),
    (
        "The blaze has burned 2,000 hectares of forest.",
        "2,000",
        "area",
        "invented: disasters, economy",
    ),
    ("Damage was estimated at $2 billion.", "$2", "damage", "invented: disasters, economy"),
    ("The fire was 60% contained by Sunday.", "60%", "containment", "invented: disasters, economy"),
    (
        "Temperatures reached 46.2C in Seville on Saturday.",
        "46.2C",
        "temperature",
        "invented: disasters, economy",
    ),
    (
        "The storm caused an estimated $2.5bn in damage.",
        "an estimated $2.5bn",
        "damage",
        "invented: disasters, economy",
    ),
    (
        "The EU approved a €1.2 billion aid package.",
        "€1.2 billion",
        "aid",
        "invented: disasters, economy",
    ),
    (
        "Japan pledged $500 million in humanitarian aid.",
        "$500 million",
        "aid",
        "invented: disasters, economy",
    ),
    ("The thermometer showed 41°C at noon.", "41°C", "temperature", "invented: disasters, economy"),
    ("Washington imposed a 25% tariff on steel.", "25%", "tariff", "invented: disasters, economy"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"), MEASURES, ids=[r[2] for r in MEASURES]
)
def test_invented_measures(text: str, figure: str, subject: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).subject == subject


def test_bug_partitive_bus_count() -> None:
    fact = fact_covering(
        extract_text("Fewer than 150 of the region's 600 buses ran on Monday."), "150"
    )
    assert fact.subject == "bus"
    assert fact.quantity.qualifier is Qualifier.LESS_THAN


def test_wire_a_share_takes_the_election_named_just_before() -> None:
    text = (
        "Nawrocki wins Polish vote with 38.2%\n\nThe count ended on Monday. Final results were "
        "published. The main opposition party took 31.5 percent."
    )
    assert fact_covering(extract_text(text), "31.5 percent").subject == "vote share"
    assert (
        fact_covering(extract_text("The company won 30% of the contracts."), "30%").subject
        == "share"
    )


PLACED = [
    # text, figure, subject, provenance: a second count after a place phrase and "and"
    ("Strikes killed 40 people in the city and 3 in nearby villages.", "3", "death", "invented"),
    (
        "The ferry fire killed 58 people onboard and dozens on the quay.",
        "dozens",
        "death",
        "invented",
    ),
    (
        "The storm cut power to 9,000 homes in the north and 2,500 in the south.",
        "2,500",
        "home",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"), PLACED, ids=[c[1] for c in PLACED]
)
def test_a_count_after_a_place_and_and_shares_the_noun(
    text: str, figure: str, subject: str, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure, last=True).subject == subject


def test_nationals_keep_their_nationality_as_group() -> None:
    text = "The plane carried 150 Indian nationals and 40 British nationals."
    ex = extract_text(text)
    facts = [fact_covering(ex, "150"), fact_covering(ex, "40")]
    assert [(f.subject, f.group) for f in facts] == [("person", "Indian"), ("person", "British")]


ELLIPTICAL = [
    # text, figure, value, subject, event, group, provenance
    (
        "Nine stewards were hurt, two of them seriously.",
        "two",
        2,
        "injured",
        "injured",
        "serious",
        "invented",
    ),
    (
        "Three firefighters were hurt, one critically.",
        "one",
        1,
        "injured",
        "injured",
        "critical firefighter",
        "invented",
    ),
    (
        "Four hikers are missing along with one guide.",
        "one",
        1,
        "missing",
        "missing",
        "guide",
        "invented",
    ),
    (
        "Officials said 14 people died, but the real number may be as high as 30.",
        "30",
        30,
        "death",
        "killed",
        None,
        "invented",
    ),
    (
        "Four were critically hurt and another 31 with minor injuries.",
        "31",
        31,
        "injured",
        "injured",
        None,
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "subject", "event", "group", "provenance"),
    ELLIPTICAL,
    ids=[c[0][:32] for c in ELLIPTICAL],
)
def test_an_elliptical_count_shares_the_noun_and_verb(
    text: str,
    figure: str,
    value: float,
    subject: str,
    event: str,
    group: str | None,
    provenance: str,
) -> None:
    fact = fact_covering(extract_text(text), figure, last=True)
    high = fact.quantity.value.high
    assert (fact.quantity.nominal if high is None else high) == value
    assert (fact.subject, fact.event, fact.group) == (subject, event, group)


def test_missing_a_count_by_a_margin_is_no_missing_people() -> None:
    ex = extract(Article(id="t", text="The forecast missed the official count by about 2 million."))
    assert [f.subject for f in ex.facts if f.subject in ("missing", "person")] == []


PERCENT_SUBJECTS = [
    # text, figure, subject, provenance: a percentage takes its rate or share phrase
    # the vocabulary maps the jobless rate onto its family
    ("The jobless rate was 5.1% in March.", "5.1%", "unemployment", "invented"),
    ("The rental vacancy rate was 3.2% in March.", "3.2%", "rental vacancy rate", "invented"),
    (
        "Only 0.8 percent of ballots were spoiled, the commission said.",
        "0.8 percent",
        "share",
        "invented",
    ),
    ("Fares for season tickets rose 4.6%.", "4.6%", "fare", "invented"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"),
    PERCENT_SUBJECTS,
    ids=[c[2] for c in PERCENT_SUBJECTS],
)
def test_a_percentage_takes_its_rate_phrase_and_spoiled_ballots_are_no_vote_share(
    text: str, figure: str, subject: str, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure).subject == subject


def test_survivors_are_a_count_of_their_own() -> None:
    # Survivors are a toll like the dead and the missing, not people in general.
    text = "At least one climber is known to have survived. Rescuers found 12 survivors."
    ex = extract_text(text)
    facts = [fact_covering(ex, "one"), fact_covering(ex, "12")]
    assert [(f.subject, f.event, f.group) for f in facts] == [
        ("survivor", "survived", "climber"),
        ("survivor", "survived", None),
    ]


HOMELESS = [
    # text, figure, provenance: people who lost their homes are counted as homeless
    ("The fire left thousands homeless.", "thousands", "invented"),
    ("The flood caused hundreds to lose their homes.", "hundreds", "invented"),
    ("About 4,000 people lost their homes in the earthquake.", "4,000", "invented"),
]


@pytest.mark.parametrize(("text", "figure", "provenance"), HOMELESS, ids=[c[1] for c in HOMELESS])
def test_people_left_homeless_are_no_homes(text: str, figure: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).subject == "homeless"


def test_homes_destroyed_stay_homes() -> None:
    assert fact_covering(extract_text("The fire destroyed 2,000 homes."), "2,000").subject == "home"
