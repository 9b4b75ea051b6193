"""Counts of places (issue #15): a count of the places where the story's events happen
is keyed by the places, not by the verb.

"Protests broke out across 17 counties" and "demonstrations were held in 20 counties"
count one thing, worded with different verbs (or none) that say the event happened
there; the whole they are counted out of ("20 of the 30 counties") keeps its own row,
with the outlets that give it bare, and so do places where a consequence followed
("12 villages were evacuated" beside "the floods hit 30 villages"). Every story is
invented.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "crowds-counties-held-and-across",
        "invented: crowds (devset pattern: place count worded with and without a verb)",
        {
            "a": "Protests broke out across 17 counties on Saturday, police said.",
            "b": "Demonstrations were held in 20 of the 30 counties on Saturday.",
            "c": "Rallies took place in 17 counties on Saturday.",
        },
        [
            ("county", None, {"a": "17", "b": "20", "c": "17"}, "differ"),
            ("county", "total", {"b": "30"}, "single"),
        ],
    ),
    (
        "crowds-whole-given-bare",
        "invented: crowds; the whole given with and without 'the'",
        {
            "a": "Marches were held in 12 of the 30 counties on Saturday.",
            "b": "Marches were reported in 12 of 30 counties on Saturday.",
        },
        [
            ("county", None, {"a": "12", "b": "12"}, "agree"),
            ("county", "total", {"a": "30", "b": "30"}, "agree"),
        ],
    ),
    (
        "health-provinces-reported-spread",
        "invented: health",
        {
            "a": "Cases were reported in 9 provinces on Saturday.",
            "b": "The outbreak has spread to 9 provinces on Saturday.",
        },
        [("region", None, {"a": "9", "b": "9"}, "agree")],
    ),
    (
        "conflict-regions-struck-alerts",
        "invented: conflict; regions are hit by default, so the row keeps the verb",
        {
            "a": "Drones struck 8 regions overnight on Saturday.",
            "b": "Air raid alerts sounded in 8 regions on Saturday.",
        },
        [("region", "hit", {"a": "8", "b": "8"}, "agree")],
    ),
    (
        "conflict-regions-struck-reported",
        "invented: conflict",
        {
            "a": "Drones struck 8 regions overnight on Saturday.",
            "b": "Fighting was reported in 9 regions on Saturday.",
        },
        [("region", None, {"a": "8", "b": "9"}, "differ")],
    ),
    (
        "transport-cities-shut-walked-out",
        "invented: transport",
        {
            "a": "Strikes shut rail lines in 6 cities on Saturday.",
            "b": "Transport workers walked out in 7 cities on Saturday.",
        },
        [("city", None, {"a": "6", "b": "7"}, "differ")],
    ),
    (
        "elections-districts-voted-opened",
        "invented: elections",
        {
            "a": "Voters in 12 districts went to the polls on Saturday.",
            "b": "Polls opened in 12 districts on Saturday.",
        },
        [("region", None, {"a": "12", "b": "12"}, "agree")],
    ),
    (
        "weather-villages-evacuated-stay-apart",
        "invented: weather; guard: places where a consequence followed are another count",
        {
            "a": "The floods hit 30 villages on Saturday.",
            "b": "On Saturday residents of 12 villages were evacuated as the river rose.",
        },
        [
            ("village", "hit", {"a": "30"}, "single"),
            ("village", "evacuated", {"b": "12"}, "single"),
        ],
    ),
    (
        "weather-provinces-with-deaths-stay-apart",
        "invented: weather; guard: deaths in some of the provinces the storm hit",
        {
            "a": "The storm hit 9 provinces on Saturday.",
            "b": "On Saturday, people died in 5 provinces, officials said.",
        },
        [
            ("region", "hit", {"a": "9"}, "single"),
            ("region", "killed", {"b": "5"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_place_count_rows(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
