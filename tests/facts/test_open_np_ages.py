"""An age that bounds a group of people is a property of the group, no count (issue 15).

"children under five", "people over 65", "those aged 5 to 14", "under-18s", "in their
20s": the figure says who is counted, not how many. Rejected with ``no_subject`` (as
"a 52-year-old" is), so no toll or tally takes it in, while the counts beside it stay.
Each row is the whole extraction: every fact as (surface, interval, subject, basis,
event), and every rejected figure as (surface, reason).
"""

from __future__ import annotations

import pytest

from tests.facts.test_open_np_levels import _facts
from tests.helpers import extract_text

Fact = tuple[str, str, str, str, str | None]

AGES: list[tuple[str, list[Fact], list[tuple[str, str]], str]] = [
    # text, facts, rejected (surface, reason), provenance
    (
        "The 40 injured include children under 10.",
        [("40", "[40, 40]", "injured", "vocabulary", "injured")],
        [("under 10", "no_subject")],
        "invented: transport (was a second injury toll of under 10)",
    ),
    (
        "More than 300 students under 16 stayed home.",
        [("More than 300", "(300, inf)", "person", "vocabulary", None)],
        [("under 16", "no_subject")],
        "invented: weather (was a count of homes)",
    ),
    (
        "Those aged 5 to 14 were hit hardest.",
        [],
        [("5 to 14", "no_subject")],
        "invented: health",
    ),
    (
        "People over 65 make up 12 of the dead.",
        [("12", "[12, 12]", "death", "vocabulary", "killed")],
        [("over 65", "no_subject")],
        "invented: weather",
    ),
    (
        "Children aged under 5 account for 70 of the cases.",
        [("70", "[70, 70]", "case", "vocabulary", "infected")],
        [("under 5", "no_subject")],
        "invented: health",
    ),
    (
        "Residents over 70 were moved, officials said.",
        [],
        [("over 70", "no_subject")],
        "invented: weather",
    ),
    (
        "The ban covers people under the age of 18.",
        [],
        [("under the age of 18", "no_subject")],
        "invented: crime",
    ),
    (
        "Drivers under 25 caused 300 crashes last year.",
        [("300", "[300, 300]", "crash", "text", None)],
        [("under 25", "no_subject")],
        "invented: transport",
    ),
    (
        "Turnout among voters over 60 reached 80%.",
        [("80%", "[80, 80]", "turnout", "vocabulary", None)],
        [("over 60", "no_subject")],
        "invented: elections",
    ),
    (
        "Pensioners over 80 will get a payment of $400.",
        [("$400", "[400, 400]", "money", "vocabulary", None)],
        [("over 80", "no_subject")],
        "invented: economy",
    ),
    (
        "Women over 50 were offered 2,000 screenings.",
        [("2,000", "[2000, 2000]", "screening", "text", None)],
        [("over 50", "no_subject")],
        "invented: health",
    ),
    (
        "Six of the patients are under-18s.",
        [("Six", "[6, 6]", "person", "vocabulary", None)],
        [("under-18s", "name")],
        "invented: health",
    ),
    ("Most victims were in their 20s.", [], [("20s", "year")], "invented: crime"),
    # counts of people with a bound, or a hedge that is no age: unchanged
    (
        "Over 200 children were evacuated.",
        [("Over 200", "(200, inf)", "person", "vocabulary", "evacuated")],
        [],
        "invented: conflict (a bound on a count, before its noun)",
    ),
    (
        "Police arrested 14 men under a new law.",
        [("14", "[14, 14]", "arrest", "vocabulary", "arrested")],
        [],
        "invented: crime (no figure after the hedge)",
    ),
    (
        "Crews flew children over 5,000 miles to safety.",
        [("over 5,000 miles", "(5000, inf)", "distance", "vocabulary", None)],
        [],
        "invented: conflict (a measure, and past any age)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "rejected", "provenance"), AGES, ids=[r[0][:36] for r in AGES]
)
def test_an_age_of_a_group_is_no_count(
    text: str, facts: list[Fact], rejected: list[tuple[str, str]], provenance: str
) -> None:
    ex = extract_text(text)
    assert _facts(ex) == facts
    assert [(r.surface, r.reason.value) for r in ex.rejected] == rejected


def test_the_count_beside_an_age_keeps_its_own_subject() -> None:
    ex = extract_text("Most patients are children under five, and 31 have been hospitalised.")
    assert [(r.surface, r.reason.value) for r in ex.rejected] == [("under five", "no_subject")]
    assert [f.surface for f in ex.facts] == ["31"]


@pytest.mark.xfail(
    strict=True,
    reason="hospitalised is a form of the event injured (events.jsonl), which blast and "
    "accident tests pin as injured; a count of admissions in an outbreak needs a rule "
    "in the events or tolls pass (reported for the lead)",
)
def test_people_hospitalised_in_an_outbreak_are_admissions() -> None:
    ex = extract_text("Most patients are children under five, and 31 have been hospitalised.")
    assert _facts(ex) == [("31", "[31, 31]", "hospital admission", "vocabulary", "hospitalised")]
