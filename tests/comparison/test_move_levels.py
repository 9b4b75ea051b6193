"""The level a move left is not the level it reached (issue #16 "Level, change, margin",
issue #15 "slots"): "fell from 7,600 to 7,400" gives the earlier value in a row of its
own (form ``level before``), so it never meets, or disputes, another outlet's current
figure.

Every story here is invented; the provenance column says which pattern it stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, form, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "transport-revised-from-to",
        "invented: an estimate revised from one level to another, and an outlet giving the new one",
        {
            "transit-desk": "Bus ridership in March was revised from 410,000 to 380,000, the "
            "transit authority said.",
            "metro-wire": "Bus ridership in March was 380,000, the transit authority said.",
        },
        [
            ("bus ridership", None, {"metro-wire": "380,000", "transit-desk": "380,000"}, "agree"),
            ("bus ridership", "level before", {"transit-desk": "410,000"}, "single"),
        ],
    ),
    (
        "elections-rose-from-to",
        "invented: a rate that rose from one level to another",
        {
            "vote-desk": "Turnout in the district rose from 48% to 53%, the electoral "
            "commission said on Saturday.",
            "poll-wire": "Turnout in the district was 53%, the electoral commission said on "
            "Saturday.",
        },
        [
            ("turnout", None, {"poll-wire": "53%", "vote-desk": "53%"}, "agree"),
            ("turnout", "level before", {"vote-desk": "48%"}, "single"),
        ],
    ),
    (
        "health-fell-from-to",
        "invented: a waiting list that fell, the earlier level worded by its own noun phrase",
        {
            "health-desk": "The number of patients waiting for surgery fell from 7,600 to 7,400 "
            "in March, the hospital trust said.",
            "city-wire": "7,400 patients were waiting for surgery in March, the hospital trust "
            "said.",
        },
        [
            ("person", None, {"city-wire": "7,400", "health-desk": "7,400"}, "agree"),
            ("patients waiting", "level before", {"health-desk": "7,600"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=name) for name, _, story, rows in CASES],
)
def test_the_level_a_move_left_is_a_row_of_its_own(
    story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject", "form") == expected
