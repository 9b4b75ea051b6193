"""Claimants as sides of a dispute, and scopes that are no dispute (issue #15, "the
claimant ... whenever either side names one").

A row splits by source only where one article sets two sources' figures for one
figure against each other. Across outlets a dispute has two sides: the official count
and a governor's estimate, police and organisers. Sources no article sets against each
other, each set against the same rival (police in one outlet, a security source in
another, both against the governor), are one side and share a row, where outlets may
differ. Not where the rivalries are three-cornered, nor where a source's figures lie
far from its side's (another quantity). And a county's count beside the whole event's
count in one article are two scopes, not rival sources.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, location, claimant, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-official-count-against-the-estimate",
        "devset pattern: the police toll in one outlet, a security source's in another, "
        "each against a prefect's estimate named by name, surname and title",
        {
            "isle-post": "Governor Lena Brandt put the toll at 1,000. Police said "
            "11 people were killed on Saturday.",
            "isle-wire": "A security source said 14 people were killed on Saturday, while "
            "Brandt put the toll at 1,000.",
            "isle-news": "The island's top official put the toll at 1,000 on Saturday, "
            "while police said 11 people were killed.",
        },
        [
            (
                "death",
                None,
                "police",
                {"isle-news": "11", "isle-post": "11", "isle-wire": "14"},
                "differ",
            ),
            (
                "death",
                None,
                "Lena Brandt",
                {"isle-news": "1,000", "isle-post": "1,000", "isle-wire": "1,000"},
                "agree",
            ),
        ],
    ),
    (
        "crowds-city-officials-on-the-police-side",
        "invented: police against organisers in one outlet, city officials against them in another",
        {
            "city-post": "Police said 5,000 people marched on Saturday, while the organisers "
            "put the crowd at 20,000.",
            "left-daily": "City officials counted 6,000 marchers on Saturday; the organisers "
            "said 20,000 people marched.",
        },
        [
            ("person", None, "police", {"city-post": "5,000", "left-daily": "6,000"}, "differ"),
            (
                "person",
                None,
                "organisers",
                {"city-post": "20,000", "left-daily": "20,000"},
                "agree",
            ),
        ],
    ),
    (
        "transport-three-corners-keep-their-rows",
        "guard: an airline, a ministry and a union each against the others are no two sides",
        {
            "air-post": "Air Nordia said 120 passengers were aboard on Saturday. The "
            "Transport Ministry said 150 passengers were aboard. The pilots' union said 180 "
            "passengers were aboard.",
            "air-wire": "There were 150 passengers on board the jet on Saturday, according to "
            "the Transport Ministry.",
        },
        [
            (
                "passenger",
                None,
                "Transport Ministry",
                {"air-post": "150", "air-wire": "150"},
                "agree",
            ),
            ("passenger", None, "Air Nordia", {"air-post": "120"}, "single"),
            ("passenger", None, "organisers", {"air-post": "180"}, "single"),
        ],
    ),
    (
        "health-far-figure-is-no-side",
        "guard: a source whose figure lies far from its side's (a revision beside a "
        "monthly figure) keeps its own row",
        {
            "ward-news": "Saint Anne Hospital said 52 people were hospitalised on Saturday, "
            "while the Health Ministry said 40 people were hospitalised.",
            "ward-wire": "Saint Anne Hospital said 52 people were hospitalised on Saturday, "
            "while the regional office said 3,000 people were hospitalised.",
        },
        [
            (
                "injured",
                None,
                "Saint Anne Hospital",
                {"ward-news": "52", "ward-wire": "52"},
                "agree",
            ),
            ("injured", None, "Health Ministry", {"ward-news": "40"}, "single"),
            ("injured", None, "regional office", {"ward-wire": "3,000"}, "single"),
        ],
    ),
    (
        "health-county-count-is-a-scope",
        "devset pattern: a ministry's quake-wide count and a county's count in one "
        "article, another outlet's count with no source",
        {
            "quake-wire": "More than 1,400 people were injured in Saturday's quake, the "
            "Health Ministry said.\n\nIn Tarvo County, 1,300 people were injured, the "
            "county government said.",
            "quake-post": "More than 1,800 people were injured in Saturday's quake.\n\n"
            "Rescuers reached Tarvo County by night.",
        },
        [
            (
                "injured",
                "Tarvo",
                None,
                {"quake-post": "More than 1,800", "quake-wire": "More than 1,400"},
                "differ",
            ),
            ("injured", "Tarvo", None, {"quake-wire": "1,300"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_claimant_sides(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "location", "claimant") == expected
