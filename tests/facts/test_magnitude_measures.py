"""A figure read as a quake's magnitude is measured in magnitude however the sentence
gives it: "put the magnitude at 6.1", "measured at 5.8", "measured 7.2 on the Richter
scale" are the measure "a 6.5-magnitude quake" is (issue 15: such a figure was a
plain count, so one agency's reading never met another's).

Invented sentences; quakes are the one domain of magnitudes, so the cases vary the
wording, the agency and the place instead.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import QuantityKind
from tests.helpers import extract_text

PUBLISHED = date(2026, 5, 10)


MAGNITUDES = [
    # text, (surface, subject, kind, unit) of every fact, provenance
    (
        "The USGS put the magnitude at 6.1.",
        [("6.1", "magnitude", QuantityKind.MEASURE, "magnitude")],
        "invented: quakes (put the magnitude at)",
    ),
    (
        "Seismologists put the magnitude of the quake at 6.4.",
        [("6.4", "magnitude", QuantityKind.MEASURE, "magnitude")],
        "invented: quakes (the magnitude of the quake at)",
    ),
    (
        "The earthquake measured 7.2 on the Richter scale.",
        [("7.2", "magnitude", QuantityKind.MEASURE, "magnitude")],
        "invented: quakes (on the Richter scale)",
    ),
    (
        "The tremor was measured at 5.8 by the geological survey.",
        [("5.8", "magnitude", QuantityKind.MEASURE, "magnitude")],
        "invented: quakes (measured at)",
    ),
    (
        "A 6.5-magnitude quake hit the province, the state agency said.",
        [("6.5-magnitude", "magnitude", QuantityKind.MEASURE, "magnitude")],
        "invented: quakes (already a measure: unchanged)",
    ),
    # a count in a quake story stays a count
    (
        "The earthquake killed 14 people and destroyed 300 homes.",
        [
            ("14", "death", QuantityKind.COUNT, None),
            ("300", "home", QuantityKind.COUNT, None),
        ],
        "invented: quakes (tolls stay counts)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"), MAGNITUDES, ids=[r[2] for r in MAGNITUDES]
)
def test_a_magnitude_is_a_measure_however_it_is_given(
    text: str, expected: list[tuple[str, str | None, QuantityKind, str | None]], provenance: str
) -> None:
    facts = extract_text(text, published=PUBLISHED).facts
    assert [(f.surface, f.subject, f.quantity.kind, f.quantity.unit) for f in facts] == expected


def test_a_magnitude_takes_no_place_from_the_passage() -> None:
    text = (
        "A strong earthquake struck Yunnan province on Sunday.\n\n"
        "The USGS put the magnitude at 6.1."
    )
    fact = extract_text(text, published=PUBLISHED).facts[-1]
    assert (fact.surface, fact.location) == ("6.1", None)
