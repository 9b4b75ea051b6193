"""A figure an article says it revised ("revising an earlier figure of 40") is an earlier
report, never the article's current figure (issue #15, "the current event and the
background"): it gets the basis ``preliminary`` and a row of its own, so the outlets'
current figures meet, and an outlet that still gives the earlier figure differs from
the revised one instead of seeming to agree with the article that dropped it.

Every story is invented (provenance column); all are dated the same Saturday.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

Expected = tuple[str, str | None, dict[str, str], str]

CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-revised-toll",
        "invented: devset pattern (a police toll revised from an earlier figure)",
        {
            "river-post": "Police said 52 people died in the floods on Saturday, revising an "
            "earlier figure of 40.",
            "valley-radio": "Police said 40 people died in the floods on Saturday.",
        },
        [
            ("death", None, {"river-post": "52", "valley-radio": "40"}, "differ"),
            ("death", "preliminary", {"river-post": "40"}, "single"),
        ],
    ),
    (
        "health-previous-figure",
        "invented: a case count raised from a previous figure",
        {
            "health-desk": "Health officials confirmed 310 cases on Saturday, up from a previous "
            "figure of 260.",
            "city-news": "Officials confirmed 260 cases on Saturday.",
        },
        [
            ("case", None, {"city-news": "260", "health-desk": "310"}, "differ"),
            ("case", "preliminary", {"health-desk": "260"}, "single"),
        ],
    ),
    (
        "crowds-initial-estimate",
        "invented: organisers raise their own initial estimate",
        {
            "march-daily": "Organisers said 90,000 people marched on Saturday, above their "
            "initial estimate of 60,000.",
            "square-wire": "Organisers said 60,000 people marched on Saturday.",
        },
        [
            ("person", None, {"march-daily": "90,000", "square-wire": "60,000"}, "differ"),
            ("person", "preliminary", {"march-daily": "60,000"}, "single"),
        ],
    ),
    (
        "conflict-initially-reported",
        "invented: a military toll after an initially reported one",
        {
            "front-news": "The army said 18 soldiers were killed on Saturday, after an "
            "initially reported 12.",
            "border-post": "The army said 12 soldiers were killed on Saturday.",
        },
        [
            ("death", None, {"border-post": "12", "front-news": "18"}, "differ"),
            ("death", "preliminary", {"front-news": "12"}, "single"),
        ],
    ),
    (
        "weather-revised-toll-agrees",
        "guard: an outlet with the revised figure agrees with the article that revised it",
        {
            "river-post": "Police said 52 people died in the floods on Saturday, revising an "
            "earlier figure of 40.",
            "delta-news": "The floods killed 52 people on Saturday, police said.",
        },
        [
            ("death", None, {"delta-news": "52", "river-post": "52"}, "agree"),
            ("death", "preliminary", {"river-post": "40"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_an_earlier_figure_keeps_out_of_the_current_row(
    story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject", "basis") == expected
