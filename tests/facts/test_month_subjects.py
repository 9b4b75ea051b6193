"""Facts in any domain (issue 16): a month named by a possessive or as the subject of
its sentence ("July's gain was revised", "June's figure was 80,000", "July was revised
to 65,000").

The pattern: the time scanner reads a bare month only with a preposition, a year or a
modifier, so such a sentence was dated by the month of the figures before it, and "July
was revised to 65,000" gave no figure. The month now dates the figures of its sentence
(the latest such month up to publication, its year inferred; the story's month goes on
after it), and a count there with no noun of its own, or only a word of change or of a
whole ("gain", "figure", "total"), counts what the article counts most, its noun elided (the fact has no field
that says the subject was inferred: its subject basis is the topic's).
Every sentence is invented for these tests (provenance column), across domains; each
case checks every fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.models import SubjectBasis, TimeBasis
from tests.helpers import extract_text

# A fact: surface, subject, how it was found, time window key, how the time was found.
Fact = tuple[str, str | None, SubjectBasis | None, str | None, TimeBasis]
Case = tuple[str, list[Fact], str]

PUBLISHED = date(2026, 9, 4)
AUG, JUL, JUN = (
    "month:2026-08-01..2026-08-31",
    "month:2026-07-01..2026-07-31",
    "month:2026-06-01..2026-06-30",
)
STATED, CONTEXT = TimeBasis.STATED, TimeBasis.CONTEXT
VOCAB, TEXT = SubjectBasis.VOCABULARY, SubjectBasis.TEXT


def _facts(text: str) -> list[Fact]:
    """Every fact of a text: surface, subject, subject basis, time key, time basis."""
    return [
        (f.surface, f.subject, f.subject_basis, f.time.key() if f.time else None, f.time_basis)
        for f in extract_text(text, published=PUBLISHED).facts
    ]


MONTH_SUBJECTS: list[Case] = [
    # text, facts (surface, subject, subject basis, time, time basis), provenance
    (
        "Employers added 91,000 jobs in August. July's gain was revised down by 40,000, "
        "from 105,000 to 65,000. The jobless rate rose to 4.4%.",
        [
            ("91,000", "job", VOCAB, AUG, STATED),
            ("40,000", "job", VOCAB, JUL, STATED),
            ("105,000", "job", VOCAB, JUL, STATED),
            ("65,000", "job", VOCAB, JUL, STATED),
            ("4.4%", "unemployment", VOCAB, AUG, CONTEXT),
        ],
        "invented: economy (issue 16 jobs report; August goes on after July)",
    ),
    (
        "The economy added 91,000 jobs in August. July was revised to 65,000.",
        [("91,000", "job", VOCAB, AUG, STATED), ("65,000", "job", VOCAB, JUL, STATED)],
        "invented: economy (issue 16 jobs report: a figure, no longer rejected)",
    ),
    (
        "Hospitals admitted 4,200 flu patients in August. July was revised up to 3,900.",
        [("4,200", "person", VOCAB, AUG, STATED), ("3,900", "person", VOCAB, JUL, STATED)],
        "invented: health",
    ),
    (
        "Police recorded 640 burglaries in August. June's figure, a record, was 700.",
        [("640", "burglary", TEXT, AUG, STATED), ("700", "burglary", TEXT, JUN, STATED)],
        "invented: crime",
    ),
    (
        "Passenger numbers at the airport reached 2.1 million in August. July's total was "
        "2.4 million.",
        [
            ("2.1 million", "passenger", VOCAB, AUG, STATED),
            ("2.4 million", "passenger", VOCAB, JUL, STATED),
        ],
        "invented: transport (a whole after its noun: passengers are counted)",
    ),
    (
        "Police recorded 640 burglaries in August. June's exports rose by 4,000.",
        [("640", "burglary", TEXT, AUG, STATED), ("4,000", "export", TEXT, JUN, STATED)],
        "invented: economy (a noun of its own keeps its subject; the month still dates it)",
    ),
]


NO_MONTH_SUBJECT: list[Case] = [
    # text, facts (surface, subject, subject basis, time, time basis), provenance
    (
        "Border guards made 300 arrests in August. Julyan Smith, a guard, was among 12 "
        "officers hurt.",
        [
            ("300", "arrest", VOCAB, AUG, STATED),
            ("12", "injured", VOCAB, AUG, CONTEXT),
        ],
        "invented: crime (a capitalised name that is no month)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), MONTH_SUBJECTS, ids=[c[1][1][0] for c in MONTH_SUBJECTS]
)
def test_a_month_as_subject(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(("text", "facts", "provenance"), NO_MONTH_SUBJECT, ids=["name"])
def test_no_month_subject(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts
