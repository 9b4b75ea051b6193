"""A final figure is the figure (issue #15, slots: "the basis (poll, projection, forecast,
preliminary, final)").

"Final figures showed the economy grew 2.3%" and another outlet's "the economy grew
2.1%" report one figure: an outlet that says the figure is final keys no other row than
one that gives it plainly, so the two meet, agreeing or not. A preliminary count, a
forecast and a poll stay rows of their own: each is another figure than the one
released.

Every story here is invented.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, basis, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "economy-final-differs",
        "invented: economy, a final estimate and a plain figure that differ",
        {
            "a": "Final figures released on Saturday showed the economy grew 2.3% last year.",
            "b": "The economy grew 2.1% last year, the statistics office said on Saturday.",
        },
        [("economic growth", None, {"a": "2.3%", "b": "2.1%"}, "differ")],
    ),
    (
        "economy-final-agrees",
        "invented: economy, a final estimate and a plain figure that agree",
        {
            "a": "Final figures released on Saturday showed the economy grew 2.1% last year.",
            "b": "The economy grew 2.1% last year, the statistics office said on Saturday.",
        },
        [("economic growth", None, {"a": "2.1%", "b": "2.1%"}, "agree")],
    ),
    (
        "elections-final-turnout",
        "invented: elections, final turnout and turnout",
        {
            "a": "Final figures released on Saturday put turnout at 61.2%.",
            "b": "Turnout was 61.2%, the electoral commission said on Saturday.",
        },
        [("turnout", None, {"a": "61.2%", "b": "61.2%"}, "agree")],
    ),
    (
        "health-final-tally",
        "invented: health, a final tally of a season's deaths",
        {
            "a": "The final tally of flu deaths this winter was 1,240, the health agency said "
            "on Saturday.",
            "b": "The health agency said on Saturday that 1,240 people died of flu this winter.",
        },
        [("death", None, {"a": "1,240", "b": "1,240"}, "agree")],
    ),
    (
        "elections-preliminary-apart",
        "guard: a preliminary count is another figure than the final one",
        {
            "a": "Final results released on Saturday gave Reyes 52.4% of the vote.",
            "b": "Preliminary results on Saturday gave Reyes 51.9% of the vote.",
        },
        [
            ("vote share", "preliminary", {"b": "51.9%"}, "single"),
            ("vote share", None, {"a": "52.4%"}, "single"),
        ],
    ),
    (
        "economy-forecast-apart",
        "guard: a forecast is another figure than the final one",
        {
            "a": "Final figures released on Saturday showed the economy grew 2.1% last year.",
            "b": "Economists had expected growth of 1.8% last year, the statistics office "
            "said on Saturday.",
        },
        [
            ("growth", "forecast", {"b": "1.8%"}, "single"),
            ("economic growth", None, {"a": "2.1%"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_bases_of_one_story(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "basis") == expected
