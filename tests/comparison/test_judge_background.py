"""A running toll "since last year" in an undated article is no figure of last year
(issue #15, "the current event and the background"): the story's clock reads it as a
span up to the day it infers, so it never meets a toll of last year alone and makes no
``differ`` with it. Every story is invented (provenance column).
"""

from __future__ import annotations

import pytest

from discrepancy import Article, compare

# Each story: an undated outlet and a dated one (the story's clock dates the first from it).
CASES = [
    (
        "crowds-running-toll-and-last-years-toll",
        "invented: devset pattern (a toll since last year against last year's toll)",
        "The overall toll from the unrest since last year has exceeded 100, rights groups say.",
        "Rights groups said 39 people died in the unrest last year.",
        [
            ("span:2025-01-01..2026-04-11", {"undated": "exceeded 100"}),
            ("year:2025-01-01..2025-12-31", {"dated": "39"}),
        ],
    ),
    (
        "health-cases-since-last-month",
        "invented: a running count since last month against last month's count",
        "Clinics have treated more than 900 cholera patients since last month, aid workers say.",
        "Clinics treated 420 cholera patients last month, aid workers said.",
        [
            ("month:2026-03-01..2026-03-31", {"dated": "420"}),
            ("span:2026-03-01..2026-04-11", {"undated": "more than 900"}),
        ],
    ),
]


@pytest.mark.parametrize(
    ("undated", "dated", "expected"),
    [pytest.param(u, d, rows, id=cid) for cid, _, u, d, rows in CASES],
)
def test_a_running_toll_since_last_year_keeps_its_span(
    undated: str, dated: str, expected: list[tuple[str, dict[str, str]]]
) -> None:
    comparison = compare(
        [
            Article(id="undated", text=undated),
            Article(id="dated", text=dated, published="2026-04-11"),
        ]
    )
    rows = sorted(
        (r.key.window or "", {c.article_id: c.fact.surface for c in r.cells if c.fact})
        for r in comparison.rows
    )
    assert rows == expected
    assert {r.verdict.value for r in comparison.rows} == {"omit"}
