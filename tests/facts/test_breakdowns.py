"""Passengers, and groups broken down into kinds (issue 16, subjects).

Transport-accident reports count passengers apart from the crew and from everyone
on board, and break a group down into kinds: "the passengers included 40 French
nationals and 12 Germans" counts passengers (grouped by nationality), "the dead
included 12 children" counts deaths. A generic count of people listed after a
breakdown verb takes the subject of the group before it. Every sentence is
invented for these tests (provenance column), over air, rail, sea and road
accidents, fires, storms and crowds.
"""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary
from discrepancy.rules.families import Families
from tests.helpers import extract_text, fact_at

BREAKDOWNS = [
    # text, figure, subject, group, event, provenance
    (
        "The passengers included 40 French nationals and 12 Germans.",
        "40",
        "passenger",
        "French",
        None,
        "invented: air",
    ),
    (
        "The passengers included 40 French nationals and 12 Germans.",
        "12",
        "passenger",
        "Germans",
        None,
        "invented: air",
    ),
    (
        "The ferry's passengers comprised 80 Greek nationals, 31 Italian nationals"
        " and 9 Maltese residents.",
        "9",
        "passenger",
        "Maltese",
        None,
        "invented: sea",
    ),
    (
        "The coach's passengers were made up of 27 Polish citizens and 14 Czech citizens.",
        "14",
        "passenger",
        "Czech",
        None,
        "invented: road",
    ),
    (
        "The passengers included 40 French nationals and one Canadian national.",
        "one",
        "passenger",
        "Canadian",
        None,
        "invented: air",
    ),
    (
        "The coach's passengers comprised 20 Czech citizens and 1 Slovak citizen.",
        "1",
        "passenger",
        "Slovak",
        None,
        "invented: road",
    ),
    (
        "Unions called two national strikes and the passengers included 9 Irish nationals.",
        "two",
        "strike",
        None,
        None,
        "invented: rail",
    ),
    (
        "The dead included 12 children and 20 adults.",
        "20",
        "death",
        "adult",
        "killed",
        "invented: fire",
    ),
    (
        "The injured included 6 children and 2 train drivers.",
        "2",
        "injured",
        "train driver",
        "injured",
        "invented: rail",
    ),
    # people a vehicle carried, broken down by nationality, are its passengers
    (
        "The train was carrying 400 people, including 30 Swiss nationals.",
        "30",
        "passenger",
        "Swiss",
        None,
        "invented: rail",
    ),
    (
        "The airliner carried 188 people, including 95 Spanish nationals and one Moroccan.",
        "one",
        "passenger",
        "Moroccan",
        None,
        "invented: air",
    ),
    (
        "The lifeboat had 61 on board, comprising 40 Sudanese nationals and 21 Eritreans.",
        "40",
        "passenger",
        "Sudanese",
        None,
        "invented: sea",
    ),
    (
        "The dead, including 12 children and 20 adults, were named on Friday.",
        "12",
        "death",
        "child",
        "killed",
        "invented: fire",
    ),
    # a vehicle's crew, or its children, are counted as what they are (children by
    # age: a group of the people, never all of them)
    (
        "The jet had 180 people on board, including 172 passengers and 8 crew members.",
        "8",
        "crew member",
        None,
        None,
        "invented: air",
    ),
    (
        "The boat was carrying 90 people, including 25 children.",
        "25",
        "person",
        "child",
        None,
        "invented: sea",
    ),
    # a whole of people in general, or no breakdown verb: people, as before
    (
        "The rally drew 4,000 people, including 300 French nationals.",
        "300",
        "person",
        "French",
        None,
        "invented: crowds",
    ),
    (
        "Some 900 residents and 40 Dutch tourists sheltered from the storm.",
        "40",
        "person",
        "Dutch",
        None,
        "invented: storm",
    ),
    (
        "The passengers included 40 French nationals, and police said 12 people"
        " were on the platform.",
        "12",
        "person",
        None,
        None,
        "invented: rail",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "group", "event", "provenance"),
    BREAKDOWNS,
    ids=[f"{r[1]}:{r[2]}:{r[5]}" for r in BREAKDOWNS],
)
def test_breakdown_subject(
    text: str, figure: str, subject: str, group: str | None, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.group, fact.event) == (subject, group, event)


PASSENGERS = [
    # text, figure, subject, event, provenance
    ("The ferry was carrying 300 passengers when it capsized.", "300", "passenger", None, "sea"),
    ("The jet had 180 passengers and 6 crew on board.", "180", "passenger", None, "air"),
    (
        "Twelve passengers were injured when the train derailed.",
        "Twelve",
        "injured",
        "injured",
        "rail",
    ),
    ("The crash killed all 48 passengers on the bus.", "48", "death", "killed", "road"),
    ("Four passengers are still missing after the boat sank.", "Four", "missing", "missing", "sea"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    PASSENGERS,
    ids=[f"{r[2]}:{r[4]}" for r in PASSENGERS],
)
def test_passengers_are_a_subject_a_toll_still_turns(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_passengers_line_up_with_people_when_compared() -> None:
    families = Families.of(Vocabulary.default())
    assert (families.subject("passenger"), families.subject("person")) == ("person", "person")
