"""A monthly report across outlets (issue #15): a sector's figure stated with a verb
("Factories cut 15,000 jobs in February") is no figure of the whole economy given
with none ("the economy added 14,000 jobs in February").

The pattern: a figure with no event joined the main event of its key, so the
economy-wide total of one month met a sector's cut of that month in one row, a false
``differ``. Where an article itself gives both for one month, far apart (more than
``APART`` times) and credited alike, the event is a part of the story, and figures with
no event join it only where they agree (:func:`discrepancy.comparison.splits.events_apart`).
Rival counts of one crowd (police and organisers, each credited) and a toll given with
and without its verb still meet.

Every story is invented; the provenance column says which domain and pattern each
stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, window, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str, dict[str, str], str]

MARCH = "month:2026-03-01..2026-03-31"
FEBRUARY = "month:2026-02-01..2026-02-28"
SATURDAY = "day:2026-04-11..2026-04-11"

STORIES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "jobs-report",
        "invented: economy; the total with no verb, a sector's cut in two months, a "
        "revised month stated with 'In February, ... added'",
        {
            "wire": "Hiring slows\n\nEmployers added 64,000 jobs in March, the statistics "
            "office said. Factories cut 9,000 jobs in March. In February, factories cut "
            "15,000 jobs.",
            "daily": "Employers added 64,000 jobs in March. In February, the economy added "
            "14,000 jobs after revisions.",
            "post": "The economy added 14,000 jobs in February and 64,000 in March.",
        },
        [
            ("job", None, MARCH, {"daily": "64,000", "post": "64,000", "wire": "64,000"}, "agree"),
            ("job", None, FEBRUARY, {"daily": "14,000", "post": "14,000"}, "agree"),
            ("job", "cut", MARCH, {"wire": "9,000"}, "single"),
            ("job", "cut", FEBRUARY, {"wire": "15,000"}, "single"),
        ],
    ),
    (
        "march-counts",
        "invented: crowds; police and organisers each credited, one with a verb and one "
        "without: rival counts still meet their own",
        {
            "wire": "Some 80,000 people marched in the capital on Saturday, police said. "
            "Organisers said 200,000 people marched.",
            "daily": "Organisers counted 200,000 marchers on Saturday. Police put the crowd "
            "at 80,000.",
        },
        [
            ("person", "attended", SATURDAY, {"daily": "80,000", "wire": "Some 80,000"}, "agree"),
            ("person", "attended", SATURDAY, {"daily": "200,000", "wire": "200,000"}, "agree"),
        ],
    ),
    (
        "storm-toll",
        "invented: weather; a toll with its verb and one without still differ",
        {
            "wire": "The storm killed 40 people on Saturday. Some 300 people were injured.",
            "daily": "At least 43 people died in the storm on Saturday.",
        },
        [
            ("death", "killed", SATURDAY, {"daily": "At least 43", "wire": "40"}, "differ"),
            ("injured", "injured", SATURDAY, {"wire": "Some 300"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "rows"), [(s, r) for _, _, s, r in STORIES], ids=[n for n, _, _, _ in STORIES]
)
def test_a_sectors_figure_keeps_apart_from_the_total(
    story: dict[str, str], rows: list[Expected]
) -> None:
    assert story_rows(story, "subject", "event", "window") == rows


# Not done: where no verb is read for the sector's figure ("Rural clinics turned away
# 12,000 patients"), nothing but the sector tells it from the total, and sectors are
# not read as groups yet ("Manufacturers cut", "the federal government shed" on the
# devset's jobs cluster are the same gap).
@pytest.mark.xfail(strict=True, reason="a sector named as the clause's subject is no group yet")
def test_a_sector_with_no_event_keeps_apart_from_the_total() -> None:
    story = {
        "wire": "Hospitals admitted 48,000 patients in March, the health ministry said. "
        "Rural clinics turned away 5,000 patients in March. In February, rural clinics "
        "turned away 12,000 patients.",
        "daily": "Hospitals admitted 48,000 patients in March. In February, they took in "
        "11,000 patients.",
    }
    rows = story_rows(story, "subject", "event", "window")
    assert ("person", None, FEBRUARY, {"daily": "11,000", "wire": "12,000"}, "differ") not in rows
