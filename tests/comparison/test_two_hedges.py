"""One number under two hedges (issue #15, false ``differ`` rows).

"30" and "more than 30", "about 12,000" and "more than 12,000" report one number: the
outlet saying "more than" says that number was counted and more may be, though its
open bound leaves the number itself out. A bound from above ("nearly 900" against
"900") says the number was not reached, though an approximation ("about 900", "some
900") allows a little under it; two different numbers still differ: a
count and an approximation agree only within a few percent ("320,000" and "around
300,000" are two reports, though the approximation's width holds both).

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, cells: outlet -> figure, agreement)
Expected = tuple[str, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "conflict-30-and-more-than-30",
        "devset pattern: the devset's own example of one number under two hedges",
        {
            "front-post": "Russia launched 30 cruise missiles on Saturday.",
            "front-wire": "Russia launched more than 30 cruise missiles on Saturday.",
        },
        [("cruise missile", {"front-post": "30", "front-wire": "more than 30"}, "agree")],
    ),
    (
        "weather-about-and-more-than",
        "devset pattern: 'about 12,000' homes against 'more than 12,000'",
        {
            "quake-post": "The earthquake destroyed about 12,000 homes on Saturday.",
            "quake-wire": "The earthquake destroyed more than 12,000 homes on Saturday.",
        },
        [("home", {"quake-post": "about 12,000", "quake-wire": "more than 12,000"}, "agree")],
    ),
    (
        "health-a-count-beside-an-approximation",
        "devset pattern: '320,000' residents against 'around 300,000'",
        {
            "ward-news": "The island's 320,000 residents were told to stay home on Saturday.",
            "clinic-wire": "The island's around 300,000 residents were told to stay home on "
            "Saturday.",
        },
        [
            (
                "person",
                {"clinic-wire": "around 300,000", "ward-news": "320,000"},
                "differ",
            )
        ],
    ),
    (
        "elections-a-count-near-its-approximation",
        "guard: a count within a few percent of an approximation agrees with it",
        {
            "poll-desk": "Some 12,000 voters cast ballots in Arden on Saturday.",
            "vote-wire": "Officials said 12,200 voters cast ballots in Arden on Saturday.",
        },
        [("person", {"poll-desk": "Some 12,000", "vote-wire": "12,200"}, "agree")],
    ),
    (
        "economy-nearly-is-below",
        "guard: 'nearly 900' did not reach 900",
        {
            "money-desk": "The firm cut nearly 900 jobs on Saturday.",
            "money-wire": "The firm cut 900 jobs on Saturday.",
        },
        [("job", {"money-desk": "nearly 900", "money-wire": "900"}, "differ")],
    ),
    (
        "weather-about-and-close-to",
        "invented: weather (devset pattern: a feared toll 'close to' a number beside one "
        "'about' it)",
        {
            "storm-post": "The prefect said about 1,000 people may have died on Saturday.",
            "storm-wire": "The prefect said close to 1,000 people may have died on Saturday.",
        },
        [("death", {"storm-post": "about 1,000", "storm-wire": "close to 1,000"}, "agree")],
    ),
    (
        "crowds-some-and-nearly",
        "invented: crowds",
        {
            "rally-post": "Some 5,000 people marched through Arden on Saturday.",
            "rally-wire": "Angry at the wage freeze, nearly 5,000 people marched in Arden on "
            "Saturday.",
        },
        [("person", {"rally-post": "Some 5,000", "rally-wire": "nearly 5,000"}, "agree")],
    ),
    (
        "transport-about-and-fewer-than",
        "invented: transport",
        {
            "rail-post": "About 300 trains were cancelled on Saturday.",
            "rail-wire": "Fewer than 300 trains were cancelled on Saturday.",
        },
        [("train", {"rail-post": "About 300", "rail-wire": "Fewer than 300"}, "agree")],
    ),
    (
        "health-about-and-nearly-another-number",
        "invented: health; guard: an approximation of another number still differs",
        {
            "ward-post": "About 1,200 patients were treated on Saturday.",
            "ward-wire": "Nearly 1,000 patients were treated on Saturday.",
        },
        [("injured", {"ward-post": "About 1,200", "ward-wire": "Nearly 1,000"}, "differ")],
    ),
    (
        "crime-two-floors-differ",
        "guard: 'at least 78' and 'at least 79' are two reports",
        {
            "court-news": "Police arrested at least 78 people on Saturday.",
            "city-wire": "Police arrested at least 79 people on Saturday.",
        },
        [("arrest", {"city-wire": "at least 79", "court-news": "at least 78"}, "differ")],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_two_hedges(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject") == expected
