"""An article's words restating one figure: its cell shows the most precise (issue #15,
"one figure per article per row ... unless they restate the same figure").

"About half of registered voters, 51.8%, cast a ballot" gives one figure twice, in
words and in digits: the article stands in the row with ``51.8%``, and "About half"
is noted in its cell as a restatement. A count keeps its largest first (a toll's latest
or whole), then the mention whose own sentence names the place (over one whose place
is carried from the passage), then its most precise.

Every story here is invented.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, cells: outlet -> figure, agreement)
Expected = tuple[str, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-stated-place-over-carried",
        "devset pattern: one toll given twice, once with its place in the sentence and "
        "once with the place carried from the passage",
        {
            "a": "Floods in Tarvo province have claimed at least 40 lives since Monday, "
            "officials said.\n\nIn the worst-hit valley, rising water killed 40 people.",
            "b": "At least 46 people have died in floods in Tarvo province since Monday, "
            "officials said.",
        },
        [("death", {"a": "at least 40", "b": "At least 46"}, "differ")],
    ),
    (
        "elections-turnout-apposition",
        "invented: elections, a share in words and in digits (apposition)",
        {
            "a": "About half of registered voters, 51.8%, cast a ballot on Saturday.",
            "b": "Turnout was 52% on Saturday, the electoral commission said.",
        },
        [("turnout", {"a": "51.8%", "b": "52%"}, "agree")],
    ),
    (
        "health-coverage-apposition",
        "invented: health, a hedged share and its exact figure",
        {
            "a": "Nearly 80% of children, 78.6%, have had both doses, the health ministry "
            "said on Saturday.",
            "b": "The health ministry said on Saturday that 79% of children have had both doses.",
        },
        [("share", {"a": "78.6%", "b": "79%"}, "agree")],
    ),
    (
        "economy-fraction-in-words",
        "invented: economy, a fraction in words and its percentage",
        {
            "a": "Roughly a third of households, 33.4%, are in arrears, the central bank said "
            "on Saturday.",
            "b": "The central bank said on Saturday that 33% of households are in arrears.",
        },
        [("share", {"a": "33.4%", "b": "33%"}, "agree")],
    ),
    (
        "weather-measure-restated",
        "invented: weather, a rounded measure and the gauge's figure",
        {
            "a": "About 100 mm of rain, 96 mm by the official count, fell on Saturday.",
            "b": "The storm dropped 96 mm of rain on Saturday.",
        },
        [("rainfall", {"a": "96 mm", "b": "96 mm"}, "agree")],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_the_cell_shows_the_most_precise_restatement(
    story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject") == expected
