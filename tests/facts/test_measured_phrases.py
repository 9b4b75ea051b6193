"""Facts in any domain (issue 16): the change and level of a measured noun phrase
before its verb ("Average hourly earnings rose 9 cents to $37.10") measure that
phrase, not bare money or a bare measure.

The pattern: an amount of money or a measure whose only subject is the fallback of
its kind takes the noun phrase a verb of change joins to it; its level takes the same
through the link of the move. Inside that phrase a prepositional phrase ("at the
clinic", "per candidate") or an agent after a participle ("collected by the city",
"set by the court") is the group, not the head. Every sentence is invented for these
tests (provenance column), across domains; each case checks every fact of its text.
"""

from __future__ import annotations

import pytest

from discrepancy.models import SubjectBasis
from tests.helpers import extract_text

# A fact: surface, nominal value, subject, group, how the subject was found.
Fact = tuple[str, float, str | None, str | None, SubjectBasis | None]
Case = tuple[str, list[Fact], str]

TEXT, VOCAB = SubjectBasis.TEXT, SubjectBasis.VOCABULARY


def _facts(text: str) -> list[Fact]:
    """Every fact of a text: surface, nominal value, subject, group, subject basis."""
    return [
        (f.surface, f.quantity.nominal, f.subject, f.group, f.subject_basis)
        for f in extract_text(text).facts
    ]


MEASURED_PHRASES: list[Case] = [
    # text, facts (surface, value, subject, group, basis), provenance
    (
        # (average hourly earnings are now a subject of the vocabulary: see
        # tests/facts/test_families_measures.py)
        "Median weekly earnings rose $9 to $1,165 last month.",
        [
            ("$9", 9, "median weekly earnings", None, TEXT),
            ("$1,165", 1165, "median weekly earnings", None, TEXT),
        ],
        "invented: economy (issue 16 jobs report)",
    ),
    (
        "The average price of petrol fell 4p to 142.9p, the motoring group said.",
        [
            ("4p", 4, "average price", "petrol", TEXT),
            ("142.9p", 142.9, "average price", None, TEXT),
        ],
        "invented: transport",
    ),
    (
        "Median rent climbed $35 to $1,890.",
        [("$35", 35, "median rent", None, TEXT), ("$1,890", 1890, "median rent", None, TEXT)],
        "invented: economy",
    ),
    (
        "The average wait at the emergency unit rose 14 minutes to 96 minutes.",
        [
            ("14 minutes", 14, "average wait", "emergency unit", TEXT),
            ("96 minutes", 96, "average wait", "emergency unit", TEXT),
        ],
        "invented: health (a phrase after 'at', a cue head, is the group)",
    ),
    (
        "Average campaign spending per candidate jumped $12,000 to $85,000.",
        [
            ("$12,000", 12000, "average campaign spending", "candidate", TEXT),
            ("$85,000", 85000, "average campaign spending", None, TEXT),
        ],
        "invented: elections (a phrase after 'per')",
    ),
    (
        "Fines collected by the city rose $2 million to $19 million.",
        [
            ("$2 million", 2_000_000, "fine", "city", TEXT),
            ("$19 million", 19_000_000, "fine", None, TEXT),
        ],
        "invented: crime (an agent after a participle)",
    ),
    (
        "The median bail set by the court fell $500 to $7,500.",
        [("$500", 500, "median bail", "court", TEXT), ("$7,500", 7500, "median bail", None, TEXT)],
        "invented: crime (an irregular participle)",
    ),
    (
        "The average ransom paid by victims rose $40,000 to $310,000.",
        [
            ("$40,000", 40000, "average ransom", "victims", TEXT),
            ("$310,000", 310000, "average ransom", None, TEXT),
        ],
        "invented: conflict (the victims pay; they are not what is measured)",
    ),
    (
        "The average wait at the clinic rose 12%.",
        [("12%", 12, "average wait", "clinic", TEXT)],
        "invented: health (a rate reads the same phrase)",
    ),
    (
        "Seats won by the party rose by 12 to 140.",
        [("12", 12, "seat", "party", VOCAB), ("140", 140, "seat", "party", VOCAB)],
        "invented: elections (a count reads the same phrase)",
    ),
]


KEPT: list[Case] = [
    # text, facts (surface, value, subject, group, basis), provenance
    (
        "The state spent $3 million on the bridge.",
        [("$3 million", 3_000_000, "money", None, VOCAB)],
        "invented: transport (no phrase joined by a verb of change)",
    ),
    (
        "Retail added $4 billion.",
        [("$4 billion", 4_000_000_000, "money", None, VOCAB)],
        "invented: economy (who added it names no measure)",
    ),
    (
        "Rebuilding costs rose $40 million.",
        [("$40 million", 40_000_000, "cost", None, VOCAB)],
        "invented: weather (the vocabulary's subject stays)",
    ),
    (
        "Median rent reached $1,890 in June.",
        [("$1,890", 1890, "money", None, VOCAB)],
        "invented: economy (no verb of change: a level stated, no move)",
    ),
    (
        "Median rent climbed to $1,890.",
        [("$1,890", 1890, "median rent", None, TEXT)],
        "invented: economy (a level reached by a rise is a move)",
    ),
    (
        "Arrests by transit police rose by 300.",
        [("300", 300, "transit police", None, TEXT)],
        "invented: crime (noted gap: 'by' with no participle is no phrase; as before)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    MEASURED_PHRASES,
    ids=[c[1][0][2] or "" for c in MEASURED_PHRASES],
)
def test_a_measured_phrase_before_its_verb(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(("text", "facts", "provenance"), KEPT, ids=[c[0][:24] for c in KEPT])
def test_no_phrase_keeps_the_subject(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts
