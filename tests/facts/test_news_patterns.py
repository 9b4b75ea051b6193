"""Patterns of English news the subjects and events passes read (session 9).

Each table is one pattern; every sentence is invented for these tests (provenance
column: ``invented``), spread over domains: economy, health, transport, elections,
weather, conflict, crime, crowds. Each case states every fact the sentence gives:
(surface, subject, event, group, qualifier).
"""

from __future__ import annotations

import pytest

from discrepancy import Basis
from tests.helpers import extract_text

Row = tuple[str, str | None, str | None, str | None, str]
Case = tuple[str, list[Row], str]


def _facts(text: str) -> list[Row]:
    return [
        (f.surface, f.subject, f.event, f.group, f.quantity.qualifier.value)
        for f in extract_text(text).facts
    ]


# ------------------------------------------- a passive estimate: "deaths estimated at 500"

PASSIVE_ESTIMATES: list[Case] = [
    # text, facts, provenance
    (
        "Heat deaths estimated at over 500 as the heatwave drags on",
        [("over 500", "death", "killed", None, "more_than")],
        "invented",
    ),
    (
        "Deaths from the outbreak are estimated at more than 300.",
        [("more than 300", "death", "killed", None, "more_than")],
        "invented",
    ),
    (
        "Arrests during the march were put at 300 by the police.",
        [("300", "arrest", "arrested", None, "approximate")],
        "invented",
    ),
    (
        "The number of strikers was put at 12,000 by the union.",
        [("12,000", "striker", "estimated", None, "approximate")],
        "invented",
    ),
    (
        "Casualties in the shelling were estimated at about 40.",
        [("about 40", "casualty", "estimated", None, "approximate")],
        "invented",
    ),
]


@pytest.mark.parametrize(("text", "facts", "provenance"), PASSIVE_ESTIMATES)
def test_a_passive_estimate_counts_the_phrase_before_its_verb(
    text: str, facts: list[Row], provenance: str
) -> None:
    assert _facts(text) == facts
    assert [f.basis for f in extract_text(text).facts] == [Basis.ESTIMATE]


# ---------------------------------------- a treatment in every tense, intensive care

TREATED: list[Case] = [
    # text, facts, provenance
    (
        "Dozens more have been treated for burns at the beach.",
        [("Dozens", "injured", "injured", None, "vague")],
        "invented",
    ),
    (
        "Seven passengers had been treated for minor injuries, the airline said.",
        [("Seven", "injured", "injured", "passenger", "exact")],
        "invented",
    ),
    (
        "Nine officers are in intensive care after the riot.",
        [("Nine", "injured", "injured", "critical officer", "exact")],
        "invented",
    ),
    (
        "Twelve children remain in intensive care with measles.",
        [("Twelve", "injured", "injured", "critical child", "exact")],
        "invented",
    ),
    (
        "Doctors said 300 people had been treated, and that 41 were in intensive care.",
        [
            ("300", "injured", "injured", None, "exact"),
            ("41", "injured", "injured", "critical", "exact"),
        ],
        "invented",
    ),
]


# ------------------------------------------------------- members of a body that has them

MEMBERS: list[Case] = [
    # text, facts, provenance
    (
        "The union said more than 12,000 of its members walked out.",
        [("more than 12,000", "member", None, None, "more_than")],
        "invented",
    ),
    (
        "The party has about 400,000 members, down from 550,000 in 2015.",
        [
            ("about 400,000", "member", None, None, "approximate"),
            ("550,000", "member", None, None, "exact"),
        ],
        "invented",
    ),
    (
        "Three of the committee's 11 members voted to hold the rate.",
        [
            ("Three", "member", "voted", None, "exact"),
            ("11", "member", "total", None, "exact"),
        ],
        "invented",
    ),
    (
        "He had flown home with eight members of his family for the holiday.",
        [],
        "invented",
    ),
    (
        "The 27 member states backed the sanctions.",
        [("27", "country", None, None, "exact")],
        "invented",
    ),
]


# ----------------------------------------- a measure of what "of" names: "40 tonnes of aid"

MEASURED_OF: list[Case] = [
    # text, facts, provenance
    (
        "A relief agency flew in 40 tonnes of supplies on Wednesday.",
        [("40 tonnes", "supply", None, None, "exact")],
        "invented",
    ),
    (
        "The water bomber dropped 12 tonnes of water on the blaze.",
        [("12 tonnes", "water", None, None, "exact")],
        "invented",
    ),
    (
        "Tankers delivered 2 million litres of drinking water to the camps.",
        [("2 million litres", "drinking water", None, None, "exact")],
        "invented",
    ),
    (
        "The pipeline carried 3 million barrels of oil a day before the outage.",
        [("3 million barrels", "oil", None, None, "exact")],
        "invented",
    ),
    (
        "Officials handed out 20 tonnes of food aid in the flooded district.",
        [("20 tonnes", "food aid", None, None, "exact")],
        "invented",
    ),
    (
        "After 12 hours of talks the strike was called off.",
        [],
        "invented",
    ),
]


# ---------------------------------- a part of a whole given in words: "three of the nine"

PART_OF_WORDS: list[Case] = [
    # text, facts, provenance
    (
        "Three of the nine policymakers wanted no change.",
        [
            ("Three", "policymaker", None, None, "exact"),
            ("nine", "policymaker", "total", None, "exact"),
        ],
        "invented",
    ),
    (
        "Two of the five judges dissented from the ruling.",
        [
            ("Two", "judge", None, None, "exact"),
            ("five", "judge", "total", None, "exact"),
        ],
        "invented",
    ),
    (
        "Two of the twenty-one candidates withdrew before the vote.",
        [
            ("Two", "candidate", None, None, "exact"),
            ("twenty-one", "candidate", "total", None, "exact"),
        ],
        "invented",
    ),
    (
        "Four of the train's seven carriages left the track.",
        [
            ("Four", "carriage", None, None, "exact"),
            ("seven", "carriage", "total", None, "exact"),
        ],
        "invented",
    ),
]


# ------------------------------- a negated bound: "never exceeded", "did not fall below"

NEGATED_BOUNDS: list[Case] = [
    # text, facts, provenance
    (
        "Organisers' counts of the marches had never exceeded 80,000 people.",
        [("exceeded 80,000", "person", "attended", None, "at_most")],
        "invented",
    ),
    (
        "Night-time temperatures did not fall below 28C in the city.",
        [("below 28C", "low temperature", None, None, "at_least")],
        "invented",
    ),
    (
        "Turnout has not topped 60% since 1990.",
        [("topped 60%", "turnout", None, None, "at_most")],
        "invented",
    ),
    (
        "Wind speeds never exceeded 90 km/h during the storm.",
        [("exceeded 90 km/h", "wind speed", None, None, "at_most")],
        "invented",
    ),
    (
        "Inflation has not been below 2% since 2021.",
        [("below 2%", "inflation", None, None, "at_least")],
        "invented",
    ),
    (
        # a negation two words back is another verb's: the bound stands
        "Police did not say more than 20 people were arrested.",
        [("more than 20", "arrest", "arrested", None, "more_than")],
        "invented",
    ),
]


# -------------------------------------------- a guess: "perhaps 300", "could possibly reach"

GUESSES: list[Case] = [
    # text, facts, provenance
    (
        "Perhaps 300 people attended the vigil outside the station.",
        [("300", "person", "attended", None, "approximate")],
        "invented",
    ),
    (
        "Officials fear the death toll from the quake could possibly reach 500.",
        [("500", "death", "killed", None, "approximate")],
        "invented",
    ),
    (
        "Maybe 50 buses were cancelled across the region.",
        [("50", "bus", "cancelled", None, "approximate")],
        "invented",
    ),
    (
        "The repairs to the flood defences will probably cost $2 billion.",
        [("$2 billion", "cost", None, None, "approximate")],
        "invented",
    ),
    (
        # the guess is a sentence of its own: the figure after it is the text's own
        "About 40 people died. Perhaps. 300 homes burned.",
        [
            ("About 40", "death", "killed", None, "approximate"),
            ("300", "home", "burned", None, "exact"),
        ],
        "invented",
    ),
    (
        # after the figure, a guess is about more, not about the figure itself
        "Police said 300 people marched, perhaps more.",
        [("300", "person", "attended", None, "exact")],
        "invented",
    ),
]


# ------------------------------------------ a low is not a high; beds are not tents

LOWS_AND_BEDS: list[Case] = [
    # text, facts, provenance
    (
        "Nights gave no relief, with the minimum in the city staying at 29C.",
        [("29C", "low temperature", None, None, "exact")],
        "invented",
    ),
    (
        "Temperatures reached a high of 44C and a low of 27C on Tuesday.",
        [
            ("44C", "temperature", None, None, "exact"),
            ("27C", "low temperature", None, None, "exact"),
        ],
        "invented",
    ),
    (
        "The town recorded an overnight low of -31C as the cold snap deepened.",
        [("-31C", "low temperature", None, None, "exact")],
        "invented",
    ),
    (
        "Forecasters expect highs of 38C on Friday.",
        [("38C", "temperature", None, None, "exact")],
        "invented",
    ),
    (
        "The charity runs four treatment centres with a total of 320 beds.",
        [
            ("four", "hospital", None, None, "exact"),
            ("320", "bed", None, None, "exact"),
        ],
        "invented",
    ),
    (
        "Aid workers handed out 2,000 tents and 5,000 blankets after the quake.",
        [
            ("2,000", "tent", None, None, "exact"),
            ("5,000", "blanket", None, None, "exact"),
        ],
        "invented",
    ),
    (
        "The minimum wage rose to $15 an hour.",
        [("$15", "minimum wage", None, None, "exact")],
        "invented",
    ),
]


# ---------------------- demand on a grid; a measure that "hit" a level struck nothing

POWER_AND_REACHING: list[Case] = [
    # text, facts, provenance
    (
        "Electricity demand hit a record for July of 41,200 megawatts on Tuesday.",
        [("41,200 megawatts", "power demand", None, None, "exact")],
        "invented",
    ),
    (
        "Power use set a record on Tuesday, at just over 41,000 megawatts.",
        [("just over 41,000 megawatts", "power demand", None, None, "more_than")],
        "invented",
    ),
    (
        "Demand for electricity peaked at 45 GW during the cold snap.",
        [("45 GW", "power demand", None, None, "exact")],
        "invented",
    ),
    (
        "Temperatures hit 45C in the south on Monday.",
        [("45C", "temperature", None, None, "exact")],
        "invented",
    ),
    (
        "Losses hit $2 billion by the end of the week.",
        [("$2 billion", "damage", None, None, "exact")],
        "invented",
    ),
    (
        "The storm hit 300 homes along the coast.",
        [("300", "home", "hit", None, "exact")],
        "invented",
    ),
]


# -------------------------------- a headline count before its verb: "Millions face ..."

COUNT_BEFORE_VERB: list[Case] = [
    # text, facts, provenance
    (
        "Millions face travel chaos as train drivers walk out",
        [("Millions", "person", None, None, "vague")],
        "invented",
    ),
    (
        "Hundreds queue for water as the heatwave grips the city",
        [("Hundreds", "person", None, None, "vague")],
        "invented",
    ),
    (
        "300 face charges after the riot in the port",
        [("300", "person", None, None, "exact")],
        "invented",
    ),
    (
        "Thousands brave the cold to greet the returning team",
        [("Thousands", "person", None, None, "vague")],
        "invented",
    ),
    (
        # a modifier, not a verb, after a count inside its sentence
        "Officials delivered 500,000 face masks to schools.",
        [("500,000", "face mask", None, None, "exact")],
        "invented",
    ),
]


# -------------------------------------- an age of the people counted: "were over 80"

AGES_AFTER_BEING: list[Case] = [
    # text, facts, provenance
    (
        "The health service said 312 of those patients were over 80.",
        [("312", "person", None, None, "exact")],
        "invented",
    ),
    (
        "The institute counted 508 deaths. Most of the victims were over 75, it said.",
        [("508", "death", "killed", None, "exact")],
        "invented",
    ),
    (
        "Hospitals admitted 1,300 patients. Of those, 312 were over 80.",
        [("1,300", "person", None, None, "exact")],
        "invented",
    ),
    (
        "Police said the suspects were mostly aged under 30.",
        [],
        "invented",
    ),
    (
        # no age: above the oldest age, or a share
        "The protesters were over 5,000, organisers said.",
        [("over 5,000", "person", None, None, "more_than")],
        "invented",
    ),
    (
        "Turnout was over 60% in the north.",
        [("over 60%", "turnout", None, None, "more_than")],
        "invented",
    ),
]


# ------------------------------ an active estimate of "the number of X": "put ... at"

NUMBER_OF_ESTIMATES: list[Case] = [
    # text, facts, provenance
    (
        "Officials put the number of homes destroyed at 1,200.",
        [("1,200", "home", "destroyed", None, "exact")],
        "invented",
    ),
    (
        "The agency put the number of displaced people at 45,000.",
        [("45,000", "person", "evacuated", None, "exact")],
        "invented",
    ),
    (
        "Police put the number of people killed at 40.",
        [("40", "death", "killed", None, "exact")],
        "invented",
    ),
    (
        "The ministry put the number of teachers on strike at 8,000.",
        [("8,000", "person", None, None, "exact")],
        "invented",
    ),
]


# ---------------------------------------- every table but the first, one test per case

PATTERNS: dict[str, list[Case]] = {
    "treated": TREATED,
    "members": MEMBERS,
    "measured of": MEASURED_OF,
    "part of words": PART_OF_WORDS,
    "negated bounds": NEGATED_BOUNDS,
    "guesses": GUESSES,
    "lows and beds": LOWS_AND_BEDS,
    "power and reaching": POWER_AND_REACHING,
    "count before verb": COUNT_BEFORE_VERB,
    "ages after being": AGES_AFTER_BEING,
    "number of estimates": NUMBER_OF_ESTIMATES,
}


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    [
        pytest.param(*case, id=f"{pattern}: {case[0][:30]}")
        for pattern, table in PATTERNS.items()
        for case in table
    ],
)
def test_a_pattern_gives_every_fact_of_its_sentence(
    text: str, facts: list[Row], provenance: str
) -> None:
    assert _facts(text) == facts
