"""The toll on the ground is a group of its own (issue #15, slots: a crash's toll aboard,
on the ground and overall are three figures, never one row).

"Killing 241 people on board and dozens on the ground": the dozens are deaths of the
group ``on the ground`` (word class ``ground_scope``), so they never stand against the
toll aboard or the overall toll. "The ground floor" is no such scope (word class
``ground_scope_not_before``). Every sentence is invented (provenance column), over
air, rail, road and conflict.
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_at

# text, figure, subject, group, provenance
GROUND = [
    (
        "The jet crashed into a hostel, killing 180 people on board and dozens on the ground.",
        "dozens",
        "death",
        "on the ground",
        "invented: air",
    ),
    (
        "The jet crashed into a hostel, killing 180 people on board and dozens on the ground.",
        "180",
        "death",
        None,
        "invented: air",
    ),
    (
        "Officials believe up to 30 people on the ground were killed.",
        "up to 30",
        "death",
        "on the ground",
        "invented: air",
    ),
    (
        "A freight train derailed into homes on Saturday, killing four people on the ground.",
        "four",
        "death",
        "on the ground",
        "invented: rail",
    ),
    (
        "Debris from the downed drone fell on a market, injuring 11 people on the ground.",
        "11",
        "injured",
        "on the ground",
        "invented: conflict",
    ),
    (
        "The bus crashed into a bridge, killing 9 passengers.",
        "9",
        "death",
        "passenger",
        "invented: road",
    ),
    # no scope: a floor of a building
    (
        "The fire killed 12 people on the ground floor.",
        "12",
        "death",
        None,
        "invented: fire",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "group", "provenance"),
    GROUND,
    ids=[f"{i}:{p}" for i, (*_, p) in enumerate(GROUND)],
)
def test_the_toll_on_the_ground(
    text: str, figure: str, subject: str, group: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.group) == (subject, group)
