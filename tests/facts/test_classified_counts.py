"""Counts of cases, incidents and instances "of" something (issue 16, subjects).

A classifier noun after a figure only says how a thing is counted: "two cases of
abduction" count abductions, "31 incidents of arson" arson. The phrase after "of"
is the subject, read from the text (or the vocabulary's subject, where it has one:
abductions, enforced disappearances); a case of a disease stays a case of its outbreak. Every sentence is invented for these tests (provenance column), spread
over crime, rights, transport, sea, fire, elections and health reporting.
"""

from __future__ import annotations

import pytest

from discrepancy import SubjectBasis
from tests.helpers import extract_text, fact_at

CLASSIFIED = [
    # text, figure, subject, basis, provenance
    (
        "Rights monitors documented two cases of abduction after the march.",
        "two",
        "abduction",
        SubjectBasis.VOCABULARY,
        "invented: rights",
    ),
    (
        "Lawyers reported four cases of enforced disappearances in the capital.",
        "four",
        "enforced disappearance",
        SubjectBasis.VOCABULARY,
        "invented: rights",
    ),
    (
        "Police recorded 31 cases of arson during the riots.",
        "31",
        "arson",
        SubjectBasis.TEXT,
        "invented: crime",
    ),
    (
        "The rail regulator logged nine cases of signal failure on the line last year.",
        "nine",
        "signal failure",
        SubjectBasis.TEXT,
        "invented: rail",
    ),
    (
        "The coastguard logged three instances of engine failure among ferries this winter.",
        "three",
        "engine failure",
        SubjectBasis.TEXT,
        "invented: sea",
    ),
    (
        "Monitors documented 12 incidents of ballot stuffing in the north.",
        "12",
        "ballot stuffing",
        SubjectBasis.TEXT,
        "invented: elections",
    ),
    (
        "Crews attended 230 incidents of deliberate fire-setting over the summer.",
        "230",
        "deliberate fire-setting",
        SubjectBasis.TEXT,
        "invented: fires",
    ),
    (
        "Drivers were involved in 45 cases of road rage on the motorway.",
        "45",
        "road rage",
        SubjectBasis.TEXT,
        "invented: road",
    ),
    # a case of a disease stays a case of the outbreak
    (
        "Health officials confirmed 14 new cases of cholera in the district.",
        "14",
        "case",
        SubjectBasis.VOCABULARY,
        "invented: health",
    ),
    (
        "The survey counted 17 cases of dengue fever after the floods.",
        "17",
        "case",
        SubjectBasis.VOCABULARY,
        "invented: health, storms",
    ),
    (
        "The ministry reported 40 cases of Covid-19 at the camp.",
        "40",
        "case",
        SubjectBasis.VOCABULARY,
        "invented: health",
    ),
    (
        "Clinics treated 60 cases of food poisoning after the festival.",
        "60",
        "case",
        SubjectBasis.VOCABULARY,
        "invented: health, crowds",
    ),
    # no "of": the classifier is the noun counted
    (
        "Health officials confirmed 14 new cholera cases in the district.",
        "14",
        "case",
        SubjectBasis.VOCABULARY,
        "invented: health",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "basis", "provenance"),
    CLASSIFIED,
    ids=[f"{r[2]}:{r[4]}" for r in CLASSIFIED],
)
def test_classified_count_subject(
    text: str, figure: str, subject: str, basis: SubjectBasis, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.subject_basis) == (subject, basis)
