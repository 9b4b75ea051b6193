"""The figure a revision replaced (issue #15): "revised the toll from 41 to 39" keys
the 41 as the level the move left (form "level before"), "revised the toll from 41
after a recount" as a preliminary count (basis "preliminary"). Both are the earlier
figure, and outlets giving it meet in one row where they agree; figures that disagree
keep their rows. Every story is invented.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, form, basis, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "conflict-toll-revised-down",
        "invented: conflict (devset pattern: a toll revised with and without the new figure)",
        {
            "a": "On Saturday officials revised the death toll from 41 to 39 after a recount.",
            "b": "On Saturday officials revised the death toll from 41 following a recount of "
            "the bodies.",
        },
        [
            ("death", None, "preliminary", {"a": "41", "b": "41"}, "agree"),
            ("death", None, None, {"a": "39"}, "single"),
        ],
    ),
    (
        "health-cases-revised-down",
        "invented: health",
        {
            "a": "On Saturday health officials revised the number of cases from 310 to 298.",
            "b": "On Saturday health officials revised the number of cases from 310 after "
            "removing duplicates.",
        },
        [
            ("case", None, "preliminary", {"a": "310", "b": "310"}, "agree"),
            ("case", None, None, {"a": "298"}, "single"),
        ],
    ),
    (
        "crime-arrests-revised-down",
        "invented: crime",
        {
            "a": "On Saturday police revised the number of people arrested from 120 to 112.",
            "b": "Police on Saturday corrected the number of people arrested from 120, having "
            "found duplicates.",
        },
        [
            ("person", None, "preliminary", {"a": "120", "b": "120"}, "agree"),
            ("person", None, None, {"a": "112"}, "single"),
        ],
    ),
    (
        "transport-disagreeing-earlier-figures",
        "invented: transport; guard: earlier figures that disagree keep their rows",
        {
            "a": "On Saturday the airline revised the number of injured passengers from 27 to 25.",
            "b": "The carrier on Saturday lowered the number of injured passengers from 31 "
            "after checking hospital lists.",
        },
        [
            ("injured", None, "preliminary", {"b": "31"}, "single"),
            ("injured", "level before", None, {"a": "27"}, "single"),
            ("injured", None, None, {"a": "25"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_superseded_figure_rows(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "form", "basis") == expected
