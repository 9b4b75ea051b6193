"""The rates pass: where a rate stands is a level, no event. "Core inflation held at
3.0%" read "held" as a rally organised, and the inflation story's core rate was set
against its food inflation under that event. Every sentence is invented for these
tests (provenance ``invented: <domain>``).
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_covering

LEVEL_VERBS = [
    # text, figure, subject, event, provenance
    ("Core inflation held at 3.1% in August.", "3.1%", "core inflation", None, "invented: economy"),
    ("The jobless rate held at 4.9% last month.", "4.9%", "unemployment", None, "invented: jobs"),
    (
        "The central bank held rates at 5.5% on Thursday.",
        "5.5%",
        "interest rate",
        None,
        "invented: central bank",
    ),
    (
        "Policymakers left the key rate unchanged at 3.75%.",
        "3.75%",
        "interest rate",
        None,
        "invented: central bank",
    ),
    (
        "Hotel occupancy stayed at 79% through the storm season.",
        "79%",
        "occupancy",
        None,
        "invented: tourism, weather",
    ),
    (
        "The positivity rate remained at 6% for a third week.",
        "6%",
        "test positivity",
        None,
        "invented: health",
    ),
    (
        "His approval rating held steady at 47%.",
        "47%",
        "approval rating",
        None,
        "invented: elections",
    ),
    (
        "The clearance rate for burglaries held at 4% last year.",
        "4%",
        "clearance rate",
        None,
        "invented: crime",
    ),
    (
        "On-time arrivals held at 91% in the winter timetable.",
        "91%",
        "on-time arrival",
        None,
        "invented: transport",
    ),
    # a percentage held with no "at" is a share of what was held: "organized" is for
    # counts (the events pass); a count keeps its verb
    (
        "Organisers held 40% of the events outdoors.",
        "40%",
        "share",
        None,
        "invented: crowds",
    ),
    (
        "Unions held 12 rallies across the country.",
        "12",
        "demonstration",
        "organized",
        "invented: crowds",
    ),
]


SENTENCES: list[tuple[str, list[tuple[str, str, str | None]], str]] = [
    # text, the (figure, subject, event) of every percentage, provenance
    (
        "The unemployment rate held at 4.3% in June, above the 4.2% economists had expected.",
        [("4.3%", "unemployment", None), ("4.2%", "unemployment", None)],
        "invented: jobs (a forecast after a level verb)",
    ),
    (
        "Core inflation held at 3.2% and services inflation at 4.8%.",
        [("3.2%", "core inflation", None), ("4.8%", "inflation", None)],
        "invented: economy (a second level the verb states)",
    ),
    (
        "Occupancy stood at 71% in May, while organisers cancelled 30% of the events.",
        [("71%", "occupancy", None), ("30%", "share", "cancelled")],
        "invented: tourism, crowds (a verb of its own in a second clause)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"), SENTENCES, ids=[c[1][-1][0] for c in SENTENCES]
)
def test_a_level_verb_governs_no_other_figure_of_its_sentence(
    text: str, expected: list[tuple[str, str, str | None]], provenance: str
) -> None:
    ex = extract_text(text)
    assert [(f.surface, f.subject, f.event) for f in ex.facts] == expected


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    LEVEL_VERBS,
    ids=[f"{c[1]} {c[2]}" for c in LEVEL_VERBS],
)
def test_a_rate_held_at_a_level_has_no_event(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)
