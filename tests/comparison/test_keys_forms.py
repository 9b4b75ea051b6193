"""A change told with no level beside the level other outlets give (issue #15, "slots
... the kind (level, change, margin)", and "one figure per article per row").

"30,000 more homes were damaged" is a change by its words, and another outlet's
"30,000 homes were damaged" a level: where no outlet ties the change to a level it
reached, and the figures agree, they are one figure in one row. A change that
disagrees with every level ("the toll rose by 12" beside "40 dead") keeps a row of its
own, never a difference. Forecasts of a count are forecasts of the one figure a report
will give: "a gain of 106,000" expected and "110,000 jobs" expected share a row, where
they may differ, unless they lie more than three times apart.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, form, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-more-damaged-is-the-count",
        "devset pattern: homes toppled and 'more' damaged by one outlet, damaged by another",
        {
            "quake-wire": "The quake toppled 12,000 homes on Saturday and left 30,000 more "
            "damaged.",
            "quake-post": "More than 12,000 homes collapsed in Saturday's quake and 30,000 "
            "homes were damaged.",
        },
        [
            ("home", None, {"quake-post": "More than 12,000", "quake-wire": "12,000"}, "agree"),
            ("home", None, {"quake-post": "30,000", "quake-wire": "30,000"}, "agree"),
        ],
    ),
    (
        "transport-more-delayed-meets-the-outlets-other-figure",
        "invented: the change meets the level an outlet gives beside its main figure",
        {
            "air-wire": "Storms grounded 1,200 flights on Saturday, and 300 more were delayed.",
            "air-post": "Some 300 flights were delayed on Saturday as storms grounded 1,200.",
        },
        [
            ("flight", None, {"air-post": "Some 300", "air-wire": "300"}, "agree"),
            ("flight", None, {"air-post": "1,200", "air-wire": "1,200"}, "agree"),
        ],
    ),
    (
        "health-toll-rise-is-no-toll",
        "guard: a rise of a toll is never set against another outlet's toll",
        {
            "flood-wire": "The flood death toll rose by 12 on Saturday.",
            "flood-post": "Floods killed 40 people on Saturday.",
        },
        [
            ("death", None, {"flood-post": "40"}, "single"),
            ("death", "change up", {"flood-wire": "12"}, "single"),
        ],
    ),
    (
        "economy-rise-is-no-level",
        "guard: a rise in sales beside the level of sales another outlet gives",
        {
            "shop-wire": "Retail sales rose by 4,000 units on Saturday.",
            "shop-post": "Retailers sold 52,000 units on Saturday.",
        },
        [
            ("unit", None, {"shop-post": "52,000"}, "single"),
            ("unit", "change up", {"shop-wire": "4,000"}, "single"),
        ],
    ),
    (
        "economy-forecast-of-a-gain-meets-the-forecasts",
        "devset pattern: one outlet's forecast worded as a gain beside another's as jobs",
        {
            "jobs-wire": "Employers added 73,000 jobs in July, the statistics office said on "
            "Saturday. Economists had expected 110,000 jobs in July.",
            "jobs-post": "Payrolls grew by 73,000 in July, the statistics office said on "
            "Saturday. Analysts had expected a gain of 106,000 jobs in July.",
        },
        [
            ("payroll", "change up", {"jobs-post": "73,000", "jobs-wire": "73,000"}, "agree"),
            ("job", None, {"jobs-post": "106,000", "jobs-wire": "110,000"}, "differ"),
        ],
    ),
    (
        "economy-forecasts-far-apart",
        "guard: forecasts more than three times apart are no one forecast",
        {
            "jobs-wire": "Employers added 73,000 jobs in July, the statistics office said on "
            "Saturday. Economists had expected 110,000 jobs in July.",
            "jobs-post": "Payrolls grew by 73,000 in July, the statistics office said on "
            "Saturday. Analysts had expected a gain of 12,000 jobs in July.",
        },
        [
            ("payroll", "change up", {"jobs-post": "73,000", "jobs-wire": "73,000"}, "agree"),
            ("job", None, {"jobs-wire": "110,000"}, "single"),
            ("job", "change up", {"jobs-post": "12,000"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_changes_without_a_level(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "form") == expected
