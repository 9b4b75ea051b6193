"""The current window's joins read their slack from the Policy.

``story_near_days``: how far from the story's window another outlet's day may lie and
still be its event misdated; ``story_near_days_inferred``: the same for a weekday read
from a date the story inferred; ``story_reported_days``: how long after the story's
window a figure with no stated time still reports it. Stories invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, Policy, compare
from tests.comparison.test_stories import cells

CRASH = (
    ("a", date(2027, 5, 14), "The plane carrying 242 people crashed on Thursday near the airport."),
    ("c", date(2027, 5, 14), "The jet with 242 people on board came down on Thursday."),
    (
        "b",
        date(2027, 5, 14),
        "The jet, with 242 people aboard, crashed on Wednesday near the airport.",
    ),
)
# A follow-up five days later gives the count with no time of its own.
LATE = (
    *CRASH[:2],
    ("d", date(2027, 5, 19), "Investigators said the plane had 242 people on board."),
)
COUNTIES = (
    ("a", date(2027, 7, 5), "Protests were held in 17 counties on Monday, the rights body said."),
    ("b", None, "Protesters marched in seventeen counties on Wednesday."),
)


def rows(story: tuple[tuple[str, date | None, str], ...], policy: Policy) -> list[set[str]]:
    comparison = compare(
        [Article(id=aid, text=text, published=published) for aid, published, text in story],
        policy=policy,
    )
    return sorted((set(cells(r)) for r in comparison.rows), key=sorted)


@pytest.mark.parametrize(
    ("story", "policy", "expected", "provenance"),
    [
        (CRASH, Policy(), [{"a", "b", "c"}], "invented: transport, a weekday off by one"),
        (CRASH, Policy(story_near_days=0), [{"a", "c"}, {"b"}], "invented: transport"),
        (LATE, Policy(), [{"a", "c", "d"}], "invented: transport, a follow-up"),
        (LATE, Policy(story_reported_days=3), [{"a", "c"}, {"d"}], "invented: transport"),
        (COUNTIES, Policy(), [{"a", "b"}], "invented: crowds, an undated outlet's weekday"),
        (COUNTIES, Policy(story_near_days_inferred=1), [{"a"}, {"b"}], "invented: crowds"),
    ],
    ids=["near", "near-0", "reported", "reported-3", "inferred", "inferred-1"],
)
def test_the_slack_of_a_join(
    story: tuple[tuple[str, date | None, str], ...],
    policy: Policy,
    expected: list[set[str]],
    provenance: str,
) -> None:
    assert rows(story, policy) == expected


def test_a_slack_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="story_near_days"):
        Policy(story_near_days=-1)
