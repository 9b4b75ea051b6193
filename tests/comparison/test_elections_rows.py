"""Election stories across outlets (issue 15): one row per candidate or party, the
margin of the race in a row of its own whichever side gives it, turnout apart, and a
poll or projection apart from the count.

Candidate A's and B's shares never share a row; outlets that name the same contestant
differently ("Maya Okafor of the Greens", "Green candidate Maya Okafor", "the Greens'
41.2%") meet in one. Every story is invented; the provenance column says what
phrasing it stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, party, basis, form, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, str | None, dict[str, str], str]

BY_ELECTION = {
    "courier": "Maya Okafor of the Greens won the Northbridge by-election with 41.2% of "
    "the vote, ahead of Labour's Tom Reyes on 31.6%, the returning officer said.\n\n"
    "Turnout was 52%. An exit poll had put Okafor on 44%.\n\nOkafor won by 3,870 votes.",
    "record": "Green candidate Maya Okafor took 41% of the vote in the by-election, while "
    "Labour's Tom Reyes finished second with 32%.\n\nOkafor's majority was 3,870.",
    "ledger": "Labour lost the Northbridge seat after its candidate Tom Reyes won 31.6% to "
    "the Greens' 41.2%. Reyes lost by nearly 4,000 votes.",
}

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "by-election-one-row-per-party",
        "invented: a British by-election told three ways (candidate, party, possessive)",
        BY_ELECTION,
        [
            (
                "vote share",
                "green",
                None,
                None,
                {"courier": "41.2%", "record": "41%", "ledger": "41.2%"},
                "agree",
            ),
            (
                "vote share",
                "labour",
                None,
                None,
                {"courier": "31.6%", "record": "32%", "ledger": "31.6%"},
                "agree",
            ),
            (
                "vote",
                None,
                None,
                "margin",
                {"courier": "3,870", "record": "3,870", "ledger": "nearly 4,000"},
                "agree",
            ),
            ("turnout", None, None, None, {"courier": "52%"}, "single"),
            ("vote share", "green", "poll", None, {"courier": "44%"}, "single"),
        ],
    ),
    (
        "primary-candidates-apart",
        "invented: a US primary, a pair of shares and each share named",
        {
            "wire": "With most precincts reporting, Smith led Jones 52% to 46% in the "
            "Democratic primary.",
            "daily": "In the Democratic primary, Smith took 52% of the vote and Jones 46%.",
        },
        [
            ("vote share", "smith", None, None, {"wire": "52%", "daily": "52%"}, "agree"),
            ("vote share", "jones", None, None, {"wire": "46%", "daily": "46%"}, "agree"),
        ],
    ),
    (
        "national-poll-apart-from-result",
        "invented: a national election, exit poll and result",
        {
            "herald": "The exit poll gave the Social Democrats 30% of the vote. When the "
            "votes were counted the Social Democrats won 28%.",
            "post": "In the election the Social Democrats took 28% of the vote.",
        },
        [
            (
                "vote share",
                "social democrat",
                None,
                None,
                {"herald": "28%", "post": "28%"},
                "agree",
            ),
            ("vote share", "social democrat", "poll", None, {"herald": "30%"}, "single"),
        ],
    ),
    (
        "poll-lead-in-points-meets-percentage-points",
        "invented: a mayoral race poll, a lead in points and in percentage points",
        {
            "wire": "A new poll gives Wu a 4-point lead over Patel in the mayoral race.",
            "daily": "In the mayoral race, a poll puts Wu ahead of Patel by 4 percentage points.",
        },
        [
            (
                "vote share",
                None,
                "poll",
                "margin",
                {"wire": "4", "daily": "4 percentage points"},
                "agree",
            ),
        ],
    ),
    (
        "surname-never-singularised",
        "invented: a candidate whose surname ends in s, by name in one outlet, by "
        "surname in the other",
        {
            "gazette": "Ana Reyes won the mayoral election with 55% of the vote. Reyes "
            "thanked her voters.",
            "times": "In the mayoral election, Reyes took 55% of the vote.",
        },
        [
            ("vote share", "reyes", None, None, {"gazette": "55%", "times": "55%"}, "agree"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "rows"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_election_rows(story: dict[str, str], rows: list[Expected]) -> None:
    assert story_rows(story, "subject", "party", "basis", "form") == rows


@pytest.mark.xfail(
    strict=True,
    reason="comparison/relation.py _rounds_to: a figure exactly half a step from a rounded "
    "one (33.5% and 34%) is read as a different figure; rounding half up it is the same",
)
def test_a_share_rounded_half_up_agrees() -> None:
    story = {
        "courier": "Labour's Tom Reyes won 33.5% of the vote in the by-election.",
        "record": "Labour's Tom Reyes took 34% of the vote in the by-election.",
    }
    assert story_rows(story, "subject", "party") == [
        ("vote share", "labour", {"courier": "33.5%", "record": "34%"}, "agree")
    ]
