"""Figures with no event in the rows of a key with events (issue #15, ``split_events`` in
comparison/splits.py): a figure with no event is folded into no event's row for want of
another.

A figure with no verb joins the event whose figure it gives ("40 drones came" beside
"launched 40"), and, where its key has only one event, that event (one crowd told
with a verb by one outlet and without by another). Where the key has several events,
no event is its own more than another: "35 drones over the capital" beside "launched
40" and "30 were shot down" keeps a row of its own, never set against the launched
count as a difference (before, it joined the event most figures have, or the first by
name on a tie).

A whole an article counts parts of keeps its row: "Of the 40 polling stations, 31
reported" gives the whole (event ``total``) and a part. Another outlet's figure with no
verb joins the whole only where it gives the whole's figure ("28 provinces" beside "Of
the 28 provinces"); any other ("35 polling stations", "10 suspects", "three members")
is not the size of the whole and is never set against it as a difference: the whole is
no key's main event.

Every story here is invented; the provenance column says which pattern of news (never
a devset text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
FOLD_CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "conflict-drones-over-a-city",
        "issue #15: a figure with no verb folded into the launched row",
        {
            "war-desk": "Russia launched 40 drones on Saturday and 30 were shot down.",
            "city-wire": "There were 35 drones over the capital on Saturday.",
        },
        [
            ("drone", None, {"city-wire": "35"}, "single"),
            ("drone", "launched", {"war-desk": "40"}, "single"),
            ("drone", "intercepted", {"war-desk": "30"}, "single"),
        ],
    ),
    (
        "weather-homes-in-the-path",
        "invented: homes in a storm's path beside homes destroyed and damaged",
        {
            "storm-desk": "The storm destroyed 300 homes and damaged 1,200 homes on Saturday.",
            "coast-wire": "Some 1,000 homes lay in the storm's path on Saturday.",
        },
        [
            ("home", None, {"coast-wire": "Some 1,000"}, "single"),
            ("home", "destroyed", {"storm-desk": "300"}, "single"),
            ("home", "damaged", {"storm-desk": "1,200"}, "single"),
        ],
    ),
    (
        "crowds-people-in-a-square",
        "invented: people in a square beside marchers and people evacuated (tie of events)",
        {
            "march-desk": "Police said 2,000 people marched on Saturday and 1,500 people were "
            "evacuated.",
            "square-wire": "Some 1,800 people were in the square on Saturday.",
        },
        [
            ("person", None, {"square-wire": "Some 1,800"}, "single"),
            ("person", "attended", {"march-desk": "2,000"}, "single"),
            ("person", "evacuated", {"march-desk": "1,500"}, "single"),
        ],
    ),
    (
        "conflict-figure-given",
        "guard: a figure with no verb that gives an event's figure joins it",
        {
            "war-desk": "Russia launched 40 drones on Saturday and 30 were shot down.",
            "city-wire": "Ukraine said 40 drones came on Saturday.",
        },
        [
            ("drone", "launched", {"city-wire": "40", "war-desk": "40"}, "agree"),
            ("drone", "intercepted", {"war-desk": "30"}, "single"),
        ],
    ),
    (
        "crowds-one-event",
        "guard: where the key has one event, a figure with no verb joins it (rival counts)",
        {
            "city-post": "Some 5,000 people marched through the city on Saturday, police said.",
            "union-wire": "The union said 8,000 people were in the city on Saturday.",
        },
        [("person", "attended", {"city-post": "Some 5,000", "union-wire": "8,000"}, "differ")],
    ),
]

# (id, provenance, story: outlet -> text, rows)
WHOLE_CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "elections-stations-reporting",
        "invented: a count of stations reporting beside the number of stations",
        {
            "poll-desk": "Of the 40 polling stations, 31 had reported results by midnight.",
            "vote-wire": "Results came in from 35 polling stations.",
        },
        [
            ("polling station", "total", {"poll-desk": "40"}, "single"),
            ("polling station", None, {"vote-wire": "35"}, "single"),
            ("polling station", "part of total", {"poll-desk": "31"}, "single"),
        ],
    ),
    (
        "crime-suspects-questioned",
        "invented: suspects questioned beside the suspects charged of all suspects",
        {
            "court-news": "Of the 12 suspects, nine were charged on Friday.",
            "city-wire": "Police questioned 10 suspects.",
        },
        [
            ("person", "total", {"court-news": "12"}, "single"),
            ("person", None, {"city-wire": "10"}, "single"),
            ("person", "part of total", {"court-news": "nine"}, "single"),
        ],
    ),
    (
        "crowds-gates-queued-at",
        "invented: gates where fans queued beside the ground's gates",
        {
            "match-post": "Of the 30 gates, 22 were open.",
            "fan-wire": "Fans queued at six gates.",
        },
        [
            ("gate", "total", {"match-post": "30"}, "single"),
            ("gate", None, {"fan-wire": "six"}, "single"),
            ("gate", "part of total", {"match-post": "22"}, "single"),
        ],
    ),
    (
        "economy-committee-dissent",
        "task s9 known fault: three members dissenting set against a committee's nine",
        {
            "rates-desk": "Six of the nine members of the rate committee backed the cut.",
            "money-wire": "The committee cut rates, but three members were against it.",
        },
        [
            ("member", "part of total", {"rates-desk": "Six"}, "single"),
            ("member", "total", {"rates-desk": "nine"}, "single"),
            ("member", None, {"money-wire": "three"}, "single"),
        ],
    ),
    (
        "health-whole-given-again",
        "guard: an outlet giving the whole's figure with no verb joins the whole",
        {
            "health-desk": "Of the 28 provinces, 11 have reported cases.",
            "med-wire": "The country has 28 provinces.",
        },
        [
            ("region", "total", {"health-desk": "28", "med-wire": "28"}, "agree"),
            ("region", "part of total", {"health-desk": "11"}, "single"),
        ],
    ),
    (
        "transport-own-verb",
        "guard: a figure with a verb of its own keeps its event",
        {
            "rail-desk": "Of the 14 carriages, eight left the rails.",
            "train-wire": "Five carriages were badly damaged.",
        },
        [
            ("carriage", "damaged", {"train-wire": "Five"}, "single"),
            ("carriage", "total", {"rail-desk": "14"}, "single"),
            ("carriage", "part of total", {"rail-desk": "eight"}, "single"),
        ],
    ),
]


TABLES = {"fold": FOLD_CASES, "whole": WHOLE_CASES}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        pytest.param(story, rows, id=f"{table}/{cid}")
        for table, cases in TABLES.items()
        for cid, _, story, rows in cases
    ],
)
def test_no_event_rows(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
