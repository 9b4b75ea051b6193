"""One source named in other words is one claimant when a row differs (issue #15).

A row whose figures differ says "different claimants: a disagreement between sources,
not between outlets" only where the outlets credit different sources. Outlets that
name one source in other words ("the city electoral commission" and "the electoral
commission", "WHO" and "the World Health Organization", "Chief Inspector Anna Holt"
and "Holt": see ``same_claimant``) cite one claimant, and the difference is between the
outlets' figures (``_distinct_claimants`` in comparison/judge.py).

Every story here is invented; the provenance column says which pattern of news (never
a devset text) a case stands for.
"""

from __future__ import annotations

import pytest

from discrepancy import Article, compare
from tests.comparison.story_rows import SATURDAY

# (subject, cells: outlet -> figure, agreement, reason)
Expected = tuple[str, dict[str, str], str, str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "elections-commission-short-name",
        "task s9 story (ballot): one commission named with and without its city",
        {
            "city-post": "Turnout was 57% on Saturday, the city electoral commission said.",
            "vote-wire": "Turnout reached 58.4% on Saturday, the electoral commission said.",
        },
        [("turnout", {"city-post": "57%", "vote-wire": "58.4%"}, "differ", "different_figures")],
    ),
    (
        "health-initials",
        "invented: an agency by its initials and by its name",
        {
            "med-desk": "The World Health Organization said 420 cases were recorded on Saturday.",
            "health-wire": "WHO said 450 cases were recorded on Saturday.",
        },
        [("case", {"health-wire": "450", "med-desk": "420"}, "differ", "different_figures")],
    ),
    (
        "crime-surname",
        "invented: an officer by full name and title, then by surname",
        {
            "court-news": "Chief Inspector Anna Holt said 31 people were arrested on Saturday.",
            "city-wire": "Police made 36 arrests on Saturday, Holt said.",
        },
        [("arrest", {"city-wire": "36", "court-news": "31"}, "differ", "different_figures")],
    ),
    (
        "weather-service-short-name",
        "invented: a weather service named in full and in short",
        {
            "storm-desk": "The National Weather Service said 12 inches of rain fell on Saturday.",
            "rain-wire": "The weather service said 15 inches of rain fell on Saturday.",
        },
        [
            (
                "rainfall",
                {"rain-wire": "15 inches", "storm-desk": "12 inches"},
                "differ",
                "different_figures",
            )
        ],
    ),
    (
        "crowds-rival-sources",
        "guard: police and organisers are two claimants",
        {
            "city-post": "Police said 5,000 people marched on Saturday.",
            "march-wire": "Organisers said 9,000 people marched on Saturday.",
        },
        [
            (
                "person",
                {"city-post": "5,000", "march-wire": "9,000"},
                "differ",
                "different_claimants",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_one_claimant_in_other_words(story: dict[str, str], expected: list[Expected]) -> None:
    comparison = compare(
        [Article(id=aid, text=text, published=SATURDAY) for aid, text in story.items()]
    )
    assert [
        (
            r.key.subject,
            {c.article_id: c.fact.surface for c in r.cells if c.fact is not None},
            r.agreement.value,
            r.reason.value,
        )
        for r in comparison.rows
    ] == expected
