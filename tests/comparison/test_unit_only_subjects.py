"""Figures whose subject names only their unit (issue #15, false ``differ`` rows).

"Over three-quarters" and "at least a third" of something the extraction could not
name are both a "share"; "$12 million" and "$20 million" both "money". With no event
to say what they measure, two such figures that differ are two figures, each in a row
of its own, never a discrepancy; where they agree they still share a row. A figure
whose subject names what it measures (turnout), and a distance or an area with no
noun of its own (mostly the story's one measure), still differ.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-shares-of-what",
        "devset pattern: a share of one thing against a share of another",
        {
            "isle-post": "Over three-quarters of residents live below the poverty line, a "
            "report said on Saturday.",
            "isle-wire": "At least a third of residents live in makeshift homes, a report "
            "said on Saturday.",
        },
        [
            ("share", None, {"isle-post": "Over three-quarters"}, "single"),
            ("share", None, {"isle-wire": "At least a third"}, "single"),
        ],
    ),
    (
        "economy-two-amounts",
        "invented: two amounts of money nothing names",
        {
            "money-desk": "The fund holds $12 million, the bank said on Saturday.",
            "money-wire": "The fund holds $20 million, the bank said on Saturday.",
        },
        [
            ("money", None, {"money-desk": "$12 million"}, "single"),
            ("money", None, {"money-wire": "$20 million"}, "single"),
        ],
    ),
    (
        "economy-same-share-agrees",
        "guard: shares that agree still share a row",
        {
            "money-desk": "About 40% of the shops stayed shut on Saturday.",
            "money-wire": "On Saturday some 40% of the shops in the high street stayed shut.",
        },
        [("share", None, {"money-desk": "About 40%", "money-wire": "some 40%"}, "agree")],
    ),
    (
        "elections-turnout-still-differs",
        "guard: a share whose subject names it",
        {
            "poll-desk": "Turnout was 62% on Saturday.",
            "vote-wire": "Turnout was 58% on Saturday.",
        },
        [("turnout", None, {"poll-desk": "62%", "vote-wire": "58%"}, "differ")],
    ),
    (
        "transport-distance-still-differs",
        "guard: a distance with no noun is the story's one measure",
        {
            "rail-post": "The train derailed 23 km from the city on Saturday.",
            "rail-wire": "The train derailed about 18 miles from the city on Saturday.",
        },
        [
            (
                "distance",
                None,
                {"rail-post": "23 km", "rail-wire": "about 18 miles"},
                "differ",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_unit_only_subjects(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
