"""The tolls pass: a count of people a toll befell becomes the toll (death, injured,
missing), the people its group, and the toll keeps its own event (issue 16)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_at, fact_covering

TOLLS = [
    # text, figure, value, subject, event, group, provenance
    (
        "Among the dead are 12 children and 20 adults.",
        "12",
        12,
        "death",
        "killed",
        "child",
        "invented",
    ),
    (
        "Among the dead are 12 children and 20 adults.",
        "20",
        20,
        "death",
        "killed",
        "adult",
        "invented",
    ),
    (
        "Firefighters recovered the bodies after the deaths of six residents.",
        "six",
        6,
        "death",
        "killed",
        "resident",
        "invented",
    ),
    (
        "About 2,000 people were reported hurt in the quake.",
        "2,000",
        2000,
        "injured",
        "injured",
        None,
        "invented",
    ),
    (
        "Three firefighters were hurt in the blaze.",
        "Three",
        3,
        "injured",
        "injured",
        "firefighter",
        "invented",
    ),
    (
        "Nine stewards were hurt at the stadium.",
        "Nine",
        9,
        "injured",
        "injured",
        "steward",
        "invented",
    ),
    # a name that is the noun of people itself keeps it once, lower-cased
    (
        "The shelling left at least 14 Syrians dead.",
        "at least 14",
        14,
        "death",
        "killed",
        "syrian",
        "invented",
    ),
    (
        "Nine Brazilians were hurt in the crash.",
        "Nine",
        9,
        "injured",
        "injured",
        "brazilian",
        "invented",
    ),
    (
        "Eight Lakeside Lodge guests are unaccounted for.",
        "Eight",
        8,
        "missing",
        "missing",
        "Lakeside Lodge guest",
        "invented",
    ),
    (
        "Two police officers were wounded in the shooting.",
        "Two",
        2,
        "injured",
        "injured",
        "officer",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "subject", "event", "group", "provenance"),
    TOLLS,
    ids=[f"{c[3]}:{c[5]}" for c in TOLLS],
)
def test_a_toll_is_the_subject_and_the_people_its_group(
    text: str,
    figure: str,
    value: float,
    subject: str,
    event: str,
    group: str | None,
    provenance: str,
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.quantity.nominal == value
    assert (fact.subject, fact.event, fact.group) == (subject, event, group)


def test_a_part_in_an_aside_of_a_toll_is_the_toll() -> None:
    text = (
        "At least nine people on the pier, including three fishermen, were killed when "
        "the wave struck."
    )
    ex = extract_text(text)
    facts = [fact_covering(ex, "nine"), fact_covering(ex, "three")]
    assert [(f.subject, f.event, f.group) for f in facts] == [
        ("death", "killed", None),
        ("death", "killed", "fisherman"),
    ]
    assert facts[1].part_of == 0


def test_two_tolls_joined_by_a_slash_read_as_the_first() -> None:
    fact = fact_covering(
        extract_text("So far at least 31 people are dead/missing after the landslide."), "31"
    )
    assert (fact.subject, fact.event) == ("death", "killed")


TOLL_EVENTS = [
    # text, figure, subject, event: a toll's event is what befell the people counted
    (
        "At least 40 dead as earthquake hits Turkey",
        "At least 40",
        "death",
        "killed",
        "invented: disasters",
    ),
    (
        "At least 40 people were killed and around 1,000 injured when a powerful earthquake struck.",
        "around 1,000",
        "injured",
        "injured",
        "invented: disasters",
    ),
    ("Three missing after storm hits coast", "Three", "missing", "missing", "invented: disasters"),
    # a count that is no toll keeps the verb that governs it
    (
        "The earthquake destroyed 312 buildings.",
        "312",
        "building",
        "destroyed",
        "invented: disasters",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    TOLL_EVENTS,
    ids=[f"{c[1]}:{c[3]}" for c in TOLL_EVENTS],
)
def test_a_toll_keeps_its_own_event(
    text: str, figure: str, subject: str, event: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)
