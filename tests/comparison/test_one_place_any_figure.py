"""A figure with no place joins the story's one place, whatever it counts (issue #15:
"a figure with no place joins the story's one place only where the story has one").

Running tallies did already; a share, a cost, a rate with no place now do too: one
outlet names the town for "86% of the buildings were homes", another gives the same
figure with no place but names the town elsewhere. Where the story names its country,
the country counts among its places and is the widest: the figures with no place are
the country's, as the country is what fills a figure with no place (a city named for
one outlet's figure must not pull the others away from the country's row). Places side
by side, a place the figure's own article never names, or the place of an earlier
event's figure ("a flood in 2019 cost $1 billion") keep the figure apart.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, location, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "weather-share-of-homes",
        "devset pattern: a share of the buildings lost, placed by one outlet only",
        {
            "isle-post": "Officials said on Saturday that 86% of the buildings the wildfire "
            "destroyed in Kalo were homes.",
            "isle-wire": "About 86% of the buildings lost were homes, officials said on "
            "Saturday.\n\nCrews from across Kalo joined the effort.",
        },
        [("share", "Kalo", {"isle-post": "86%", "isle-wire": "About 86%"}, "agree")],
    ),
    (
        "economy-cost-of-repairs",
        "devset pattern: the cost of rebuilding, placed by one outlet only",
        {
            "flood-post": "Repairs in Pella after the floods will cost $2 billion, the "
            "governor said on Saturday.",
            "flood-wire": "The governor put the bill for repairs at $2 billion on Saturday."
            "\n\nPella's mayor asked for help.",
        },
        [("cost", "Pella", {"flood-post": "$2 billion", "flood-wire": "$2 billion"}, "agree")],
    ),
    (
        "health-vaccination-coverage",
        "invented: a rate placed by one outlet only",
        {
            "ward-post": "Vaccination coverage in Brenton stood at 64% on Saturday, officials "
            "said.",
            "ward-wire": "Vaccination coverage stood at 64% on Saturday, officials said.\n\n"
            "Brenton's clinics stayed open late.",
        },
        [
            (
                "vaccination coverage",
                "Brenton",
                {"ward-post": "64%", "ward-wire": "64%"},
                "agree",
            )
        ],
    ),
    (
        "transport-story-with-its-country",
        "devset pattern: a count aboard placed in a district by one outlet, in the country "
        "by another: the country is the story's one place",
        {
            "bus-post": "The bus was carrying 52 passengers when it crashed in the Alva area "
            "of Lisbon on Saturday.",
            "bus-wire": "The bus was carrying 52 passengers when it crashed on Saturday.\n\n"
            "The crash was Portugal's worst in years.",
            "bus-news": "Officials in Portugal said the bus was carrying 52 passengers when it "
            "crashed on Saturday.",
        },
        [
            (
                "passenger",
                "Portugal",
                {"bus-news": "52", "bus-post": "52", "bus-wire": "52"},
                "agree",
            )
        ],
    ),
    (
        "economy-two-towns-guard",
        "guard: two towns side by side are no one place for a figure with none",
        {
            "t-post": "Repairs in Pella will cost $2 billion, the governor said on Saturday.",
            "t-wire": "Repairs in Tarn will cost $1 billion, the governor said on Saturday.",
            "t-news": "The governor put the bill for repairs at $3 billion on Saturday.\n\n"
            "Pella and Tarn were hit hardest.",
        },
        [
            ("cost", "Tarn", {"t-wire": "$1 billion"}, "single"),
            ("cost", "Pella", {"t-post": "$2 billion"}, "single"),
            ("cost", None, {"t-news": "$3 billion"}, "single"),
        ],
    ),
    (
        "economy-background-place-guard",
        "guard: the place of an earlier event's figure is no place of the story's figures",
        {
            "bill-post": "Repairs after the floods will cost $2 billion, the governor said on "
            "Saturday.\n\nA flood in Dorne in 2019 cost $1 billion.",
            "bill-wire": "The governor put the bill for repairs at $2 billion on Saturday.",
        },
        [
            ("cost", None, {"bill-post": "$2 billion", "bill-wire": "$2 billion"}, "agree"),
            ("cost", "Dorne", {"bill-post": "$1 billion"}, "single"),
        ],
    ),
    (
        "health-place-not-named-guard",
        "guard: an article that never names the place keeps its figure apart",
        {
            "c-post": "Vaccination coverage in Brenton stood at 64% on Saturday, officials said.",
            "c-wire": "Vaccination coverage stood at 61% on Saturday, officials said.",
        },
        [
            ("vaccination coverage", None, {"c-wire": "61%"}, "single"),
            ("vaccination coverage", "Brenton", {"c-post": "64%"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_a_figure_with_no_place_joins_the_one_place(
    story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject", "location") == expected
