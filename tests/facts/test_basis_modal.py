"""A figure a modal verb says a count may reach is a projection, not the count.

"Officials fear the toll could reach 300" tells no toll: set against another outlet's
"31 dead" it must key a row of its own (basis ``projection``), never a ``differ``.
Every sentence is invented for these tests (provenance ``invented``); the case table
was written before the cues were added to ``rules/data/grammar.jsonl``.
"""

from __future__ import annotations

import pytest

from discrepancy import Basis, compare
from tests.helpers import extract_text, fact_covering

CASES = [
    # text, figure, subject, basis, domain, provenance
    (
        "Officials fear the toll could reach 300.",
        "300",
        "death",
        Basis.PROJECTION,
        "disaster",
        "invented",
    ),
    (
        "The death toll may rise to 1,000, the governor warned.",
        "1,000",
        "death",
        Basis.PROJECTION,
        "disaster",
        "invented",
    ),
    (
        "Insurers said losses could reach $2 billion.",
        "$2 billion",
        None,
        Basis.PROJECTION,
        "weather",
        "invented",
    ),
    (
        "Analysts say unemployment could climb to 5.2% next year.",
        "5.2%",
        None,
        Basis.PROJECTION,
        "economy",
        "invented",
    ),
    (
        "The agency said 80,000 people fled, and the number could be as high as 120,000.",
        "120,000",
        "person",
        Basis.PROJECTION,
        "conflict",
        "invented",
    ),
    # counter-cases: a count that was reached, and a count beside a feared rise
    ("The death toll reached 120 on Monday.", "120", "death", Basis.NONE, "disaster", "invented"),
    (
        "Police said 31 people had died and feared the toll would rise.",
        "31",
        "death",
        Basis.NONE,
        "crime",
        "invented",
    ),
    (
        "The agency said 80,000 people fled, and the number could be as high as 120,000.",
        "80,000",
        "person",
        Basis.NONE,
        "conflict",
        "invented",
    ),
    ("Turnout hit 64%, the highest in decades.", "64%", None, Basis.NONE, "elections", "invented"),
]

# Left, each a strict xfail: a hedge verb the figure's surface takes in ("could top $2
# billion": the cue ends inside the figure), and an open subject after a modal ("cases
# might rise to" gives no fact at all).
LEFT = [
    (
        "Insurers said losses could top $2 billion.",
        "top $2 billion",
        None,
        Basis.PROJECTION,
        "weather",
        "invented",
        "the hedge verb is in the surface",
    ),
    (
        "Doctors warned that measles cases might rise to 40,000 by winter.",
        "40,000",
        "case",
        Basis.PROJECTION,
        "health",
        "invented",
        "no fact after a modal",
    ),
]
PARAMS = [pytest.param(*c, id=f"{c[4]}-{c[1]}") for c in CASES] + [
    pytest.param(*c[:6], id=f"{c[4]}-{c[1]}", marks=pytest.mark.xfail(strict=True, reason=c[6]))
    for c in LEFT
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "basis", "domain", "provenance"),
    PARAMS,
)
def test_a_figure_a_modal_says_may_be_reached_is_a_projection(
    text: str, figure: str, subject: str | None, basis: Basis, domain: str, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    if subject is not None:
        assert fact.subject == subject
    assert fact.basis is basis


def test_a_feared_toll_is_no_dispute_of_the_count() -> None:
    a = "At least 31 people died in the floods on Tuesday, officials said."
    b = "Officials fear the flood death toll could reach 300, the governor said on Tuesday."
    from discrepancy import Article

    cmp = compare(
        [
            Article(id="wire", text=a, published="2024-05-07"),
            Article(id="daily", text=b, published="2024-05-07"),
        ]
    )
    verdicts = {
        (r.key.basis, tuple(c.fact.surface for c in r.cells if c.fact is not None)): r.verdict.value
        for r in cmp.rows
        if r.key.subject == "death"
    }
    assert verdicts == {(None, ("At least 31",)): "omit", ("projection", ("300",)): "omit"}


def test_a_claimants_projection_meets_the_claimants_count_where_they_agree() -> None:
    from discrepancy import Article

    a = (
        "Police have confirmed 14 deaths after the cyclone. The governor, Ana Ruiz, said "
        "there were about 300 dead."
    )
    b = "Police confirmed 14 deaths. Governor Ana Ruiz said the toll could reach 300."
    cmp = compare(
        [
            Article(id="wire", text=a, published="2024-05-07"),
            Article(id="daily", text=b, published="2024-05-07"),
        ]
    )
    rows = {
        tuple(sorted((c.article_id, c.fact.surface) for c in r.cells if c.fact is not None)): (
            r.key.claimant,
            r.verdict.value,
        )
        for r in cmp.rows
        if r.key.subject == "death"
    }
    assert rows == {
        (("daily", "14"), ("wire", "14")): ("police", "agree"),
        (("daily", "300"), ("wire", "about 300")): ("Ana Ruiz", "agree"),
    }
