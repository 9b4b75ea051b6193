"""Words outlets use for one group of people key one group (issue #15: slots).

"Pupils" and "students", "civilians" and "non-combatants", "pensioners" and "elderly
people", "foreigners" and "foreign nationals" name one group: the rows of their figures
meet, as "children" and "minors" already did. The word classes are in
rules/data/subjects.jsonl (``civilian_group``, ``older_group``, ``student_group``,
``foreigner_group``), read by ``_group`` in comparison/entries.py. A narrower or other
group (teenagers, women) stays its own.

Every story here is invented; the provenance column says which pattern of news (never
a devset text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (group, cells: outlet -> figure, agreement)
Expected = tuple[str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "education-pupils-students",
        "invented: a school fire's toll as pupils and as students",
        {
            "school-desk": "The fire killed 9 pupils at the school on Saturday.",
            "city-wire": "Nine students died in the school fire on Saturday, police said.",
        },
        [("student", {"city-wire": "Nine", "school-desk": "9"}, "agree")],
    ),
    (
        "conflict-civilians-non-combatants",
        "invented: a strike's civilian toll in the army's words",
        {
            "war-desk": "The strike killed 14 civilians on Saturday.",
            "army-wire": "Fourteen non-combatants died in the strike on Saturday, the army said.",
        },
        [("civilian", {"army-wire": "Fourteen", "war-desk": "14"}, "agree")],
    ),
    (
        "weather-pensioners-elderly",
        "invented: a heatwave's toll among older people",
        {
            "heat-desk": "The heatwave killed 60 pensioners on Saturday.",
            "city-wire": "Sixty elderly people died in the heat on Saturday, doctors said.",
        },
        [("older person", {"city-wire": "Sixty", "heat-desk": "60"}, "agree")],
    ),
    (
        "transport-foreigners",
        "invented: a crash's foreign victims",
        {
            "crash-desk": "The crash killed 8 foreign nationals on Saturday.",
            "air-wire": "Eight foreigners died in the crash on Saturday, police said.",
        },
        [("foreigner", {"air-wire": "Eight", "crash-desk": "8"}, "agree")],
    ),
    (
        "education-teenagers-guard",
        "guard: teenagers are a narrower group than pupils",
        {
            "school-desk": "The fire killed 9 teenagers on Saturday.",
            "city-wire": "Nine pupils died in the school fire on Saturday, police said.",
        },
        [
            ("student", {"city-wire": "Nine"}, "single"),
            ("teenager", {"school-desk": "9"}, "single"),
        ],
    ),
    (
        "conflict-women-guard",
        "guard: women are not the civilians",
        {
            "war-desk": "The blast killed 6 women on Saturday.",
            "army-wire": "Six civilians died in the blast on Saturday.",
        },
        [
            ("civilian", {"army-wire": "Six"}, "single"),
            ("woman", {"war-desk": "6"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_group_words_key_one_group(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "group") == expected
