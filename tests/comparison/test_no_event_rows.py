"""A figure with no event is folded into no event's row for want of another (issue #15).

A figure with no verb joins the event whose figure it gives ("40 drones came" beside
"launched 40"), and, where its key has only one event, that event (one crowd told
with a verb by one outlet and without by another). Where the key has several events,
no event is its own more than another: "35 drones over the capital" beside "launched
40" and "30 were shot down" keeps a row of its own, never set against the launched
count as a difference (``split_events`` in comparison/splits.py; before, it joined the
event most figures have, or the first by name on a tie).

Every story here is invented; the provenance column says which pattern of news (never
a devset text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
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


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_no_event_keeps_its_row(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
