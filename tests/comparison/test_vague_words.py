"""Vague words in rows: a vague word never disputes a number (issue #15, false
``differ`` rows).

"Hundreds" or "several" beside a stated number is another figure (a feared toll, a
count of something else), not a rival report: it joins a row only where its band holds
the figures there ("dozens" holds "36"), else it waits in a row of its own. Two words
that each name an order of magnitude may still dispute each other ("hundreds" and
"thousands" left homeless). A band touching a figure at one end does not hold it:
"several hundred" (300 to 900) is not "close to 1,000".

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
        "conflict-hundreds-beside-a-toll",
        "devset pattern: a feared 'hundreds' set against the counted toll",
        {
            "front-post": "At least 14 people were killed in the shelling on Saturday.",
            "front-wire": "Hundreds of people were killed in the shelling on Saturday.",
        },
        [
            ("death", "killed", {"front-post": "At least 14"}, "single"),
            ("death", "killed", {"front-wire": "Hundreds"}, "single"),
        ],
    ),
    (
        "crime-several-names-no-magnitude",
        "devset pattern: 'several' against 'hundreds' made a differ",
        {
            "court-news": "Several people were arrested after the riot on Saturday.",
            "city-wire": "Dozens of people were arrested after the riot on Saturday.",
        },
        [
            ("arrest", "arrested", {"city-wire": "Dozens"}, "single"),
            ("arrest", "arrested", {"court-news": "Several"}, "single"),
        ],
    ),
    (
        "weather-hundreds-against-thousands",
        "guard: two orders of magnitude still differ",
        {
            "storm-desk": "Hundreds of people were left homeless by the storm on Saturday.",
            "storm-wire": "Thousands of people were left homeless by the storm on Saturday.",
        },
        [
            (
                "homeless",
                "left homeless",
                {"storm-desk": "Hundreds", "storm-wire": "Thousands"},
                "differ",
            )
        ],
    ),
    (
        "health-hundreds-holds-400",
        "guard: a number inside the band agrees with it",
        {
            "ward-news": "About 400 patients were treated at the hospital on Saturday.",
            "clinic-wire": "Hundreds of patients were treated at the hospital on Saturday.",
        },
        [
            (
                "injured",
                "injured",
                {"clinic-wire": "Hundreds", "ward-news": "About 400"},
                "agree",
            )
        ],
    ),
    (
        "crowds-tens-of-thousands",
        "invented: a band holds one outlet's number and not another's",
        {
            "march-post": "Tens of thousands of people marched in the capital on Saturday.",
            "march-wire": "About 30,000 people marched in the capital on Saturday.",
            "march-radio": "Some 5,000 people marched in the capital on Saturday.",
        },
        [
            (
                "person",
                "attended",
                {"march-post": "Tens of thousands", "march-wire": "About 30,000"},
                "agree",
            ),
            ("person", "attended", {"march-radio": "Some 5,000"}, "single"),
        ],
    ),
    (
        "transport-dozens-holds-36",
        "invented: 'hundreds' disputes neither 'dozens' nor the 36 it holds",
        {
            "rail-post": "Dozens of passengers were injured in the derailment on Saturday.",
            "rail-wire": "When the train left the rails on Saturday, 36 passengers were injured.",
            "rail-radio": "Hundreds of passengers were injured in the derailment on Saturday.",
        },
        [
            ("injured", "injured", {"rail-post": "Dozens", "rail-wire": "36"}, "agree"),
            ("injured", "injured", {"rail-radio": "Hundreds"}, "single"),
        ],
    ),
    (
        "weather-band-touching-a-bound",
        "devset pattern: 'several hundred' and 'close to a thousand' from one official",
        {
            "isle-post": "The storm may have killed several hundred people, officials said "
            "on Saturday.",
            "isle-wire": "The storm may have killed close to 1,000 people, officials said "
            "on Saturday.",
        },
        [
            ("death", "killed", {"isle-wire": "close to 1,000"}, "single"),
            ("death", "killed", {"isle-post": "several hundred"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_vague_words(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
