"""One figure per article per row (issue #15): a row compares one figure from each
outlet, and a part its own words name meets the outlets that give it alone.

An outlet that gives only "230 passengers" stands in the row of another outlet's "230
passengers", not against that outlet's "242 people" aboard: its lone figure goes to the
row of the figure it repeats. A part named only by its whole ("120" of the patients)
keeps a row of its own; a part with words of its own ("230 passengers" among 242
people) is that figure wherever an outlet gives it. A figure with no verb stands with
the one event whose figures it repeats, not with the event most figures have.

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
        "transport-passengers-among-people",
        "devset pattern: passengers among the people aboard set against them",
        {
            "air-desk": "The plane carried 242 people on Saturday, including 230 passengers.",
            "sky-wire": "The plane carried 230 passengers on Saturday.",
            "jet-news": "There were 242 people on the plane on Saturday.",
        },
        [
            ("person", None, {"air-desk": "242", "jet-news": "242"}, "agree"),
            ("passenger", None, {"air-desk": "230", "sky-wire": "230"}, "agree"),
        ],
    ),
    (
        "elections-lone-figure-finds-its-row",
        "guard: the outlet giving both figures, each in its row",
        {
            "poll-post": "Some 12,000 voters cast ballots on Saturday, and 3,100 voters were "
            "turned away.",
            "vote-wire": "Officials said 3,100 voters were turned away on Saturday.",
            "ballot-news": "About 12,000 voters cast ballots on Saturday.",
        },
        [
            (
                "person",
                "voted",
                {"ballot-news": "About 12,000", "poll-post": "Some 12,000"},
                "agree",
            ),
            # Not "voted": poll-post gives 12,000 with that verb and 3,100 without, far
            # apart, so the voters turned away keep a row with no event (test_jobs_rows).
            ("person", None, {"poll-post": "3,100", "vote-wire": "3,100"}, "agree"),
        ],
    ),
    (
        "health-different-figure-still-differs",
        "guard: a lone figure that repeats nothing stands in the first row",
        {
            "ward-news": "Hospitals treated 400 patients on Saturday, including 120 children.",
            "clinic-wire": "Hospitals treated 450 patients on Saturday.",
        },
        [
            ("person", None, {"clinic-wire": "450", "ward-news": "400"}, "differ"),
            ("person", None, {"ward-news": "120"}, "single"),
        ],
    ),
    (
        "weather-running-toll-at-its-latest",
        "devset pattern: an outlet's latest toll drawn into another's earlier one",
        {
            "fire-post": "The wildfire has killed 80 people.",
            "fire-radio": "The wildfire has killed 80 people, officials said.",
            "fire-desk": "The wildfire has killed 80 people so far.",
            "fire-wire": "The wildfire has killed 93 people, up from 89 on Friday.",
            "fire-news": "The wildfire has killed 89 people.",
        },
        [
            (
                "death",
                "killed",
                {
                    "fire-desk": "80",
                    "fire-news": "89",
                    "fire-post": "80",
                    "fire-radio": "80",
                    "fire-wire": "93",
                },
                "differ",
            ),
            ("death", "killed", {"fire-wire": "89"}, "single"),
        ],
    ),
    (
        "weather-no-verb-joins-the-event-it-repeats",
        "devset pattern: a figure with no verb folded into another event's row",
        {
            "storm-post": "The storm destroyed 200 homes and damaged 1,500 homes on Saturday.",
            "storm-wire": "Some 1,500 homes were without a roof on Saturday, officials said.",
            "storm-news": "The storm destroyed 200 homes on Saturday.",
            "storm-radio": "The storm destroyed 210 homes on Saturday, officials said.",
        },
        [
            (
                "home",
                "destroyed",
                {"storm-news": "200", "storm-post": "200", "storm-radio": "210"},
                "differ",
            ),
            ("home", "damaged", {"storm-post": "1,500", "storm-wire": "Some 1,500"}, "agree"),
        ],
    ),
    (
        "conflict-part-of-the-drones",
        "guard: a part and the whole of one outlet, the part given alone by another",
        {
            "front-post": "Russia launched 90 drones on Saturday, and 60 of the drones were "
            "Shaheds.",
            "front-wire": "Russia launched 60 drones on Saturday.",
        },
        [
            ("drone", "launched", {"front-post": "60", "front-wire": "60"}, "agree"),
            ("drone", "launched", {"front-post": "90"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_one_figure_per_row(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
