"""Counts of people by age or sex are a group of the people, never all of them (issue
#15, slots: "the group counted (adults / children ...)").

"The boat was carrying 700 people, including 40 children" gives two figures: everyone
aboard, and the children among them (group ``child``); "100 women were aboard" counts
women. Such a count keys a row of its own in comparison and is never set against the
count of everyone aboard. A count of people by any other noun (protesters, patients)
has no group from its noun. Every sentence is invented (provenance column), over
migration, transport, health, disaster, conflict, crime and crowds.
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_at

# text, figure, subject, group, event, provenance
PARTS = [
    (
        "The boat was carrying 310 migrants, including at least 45 children.",
        "at least 45",
        "person",
        "child",
        None,
        "invented: migration",
    ),
    (
        "Some 60 minors were among the people rescued off the coast.",
        "Some 60",
        "survivor",
        "minor",
        "rescued",
        "invented: migration",
    ),
    (
        "The bus was carrying 48 passengers, including 14 children, when it crashed.",
        "14",
        "passenger",
        "child",
        None,
        "invented: transport",
    ),
    (
        "About 120 women were aboard the ferry, officials said.",
        "About 120",
        "person",
        "woman",
        None,
        "invented: transport",
    ),
    (
        "The clinic treated 230 patients on Monday, including 45 babies.",
        "45",
        "person",
        "baby",
        None,
        "invented: health",
    ),
    (
        "The quake left 300 people homeless, among them 90 kids.",
        "90",
        "person",
        "kid",
        None,
        "invented: disaster",
    ),
    (
        "Around 500 men were evacuated from the front-line village.",
        "Around 500",
        "person",
        "man",
        "evacuated",
        "invented: conflict",
    ),
    (
        "Three minors were injured in the stabbing, police said.",
        "Three",
        "injured",
        "minor",
        "injured",
        "invented: crime",
    ),
    # the whole, and a count of people by another noun: no group from the noun
    (
        "The boat was carrying 310 migrants, including at least 45 children.",
        "310",
        "person",
        None,
        None,
        "invented: migration",
    ),
    (
        "Some 2,000 people marched, including 300 pensioners.",
        "300",
        "person",
        None,
        "attended",
        "invented: crowds",
    ),
    (
        "The clinic treated 230 patients on Monday, including 45 babies.",
        "230",
        "person",
        None,
        None,
        "invented: health",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "group", "event", "provenance"),
    PARTS,
    ids=[f"{i}:{p}" for i, (*_, p) in enumerate(PARTS)],
)
def test_a_count_by_age_or_sex_is_a_group(
    text: str, figure: str, subject: str, group: str | None, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.group, fact.event) == (subject, group, event)
