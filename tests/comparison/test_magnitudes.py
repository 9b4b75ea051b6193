"""Figures far apart under one key are different figures, not a discrepancy.

Outlets that report one level of one quantity at one time give it within a few tens of
percent of each other. When the extraction leaves two different quantities under one
key (a city's crowd beside the nation's, a monthly rise beside a yearly one, the length
of one line beside another's), their figures lie many times apart: such figures go to
rows of their own instead of making a false ``differ``. Running tallies (tolls, arrests)
are left whole: a toll of 6 and a later toll of 40 are one count of the story.

Every story here is invented; the provenance column says which pattern of the devset's
false ``differ`` rows (or which guard against over-splitting) a case stands for.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, compare
from discrepancy.comparison.splits import APART

SATURDAY = date(2026, 4, 11)

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "crowds-city-beside-nation",
        "devset pattern: a city's count keyed as the country's",
        {
            "city-post": "Some 40,000 people joined the pension march on Saturday, police said.",
            "nation-wire": "About 450,000 people joined the pension marches on Saturday, "
            "police said.",
            "radio-one": "Police said 42,000 people joined the march on Saturday.",
        },
        [
            ("person", "attended", {"city-post": "Some 40,000", "radio-one": "42,000"}, "agree"),
            ("person", "attended", {"nation-wire": "About 450,000"}, "single"),
        ],
    ),
    (
        "economy-monthly-beside-yearly",
        "devset pattern: a monthly change beside a yearly one",
        {
            "market-desk": "Consumer prices rose 0.4% in March, the statistics office said.",
            "money-wire": "Consumer prices rose 3.1% in March, the statistics office said.",
        },
        [
            ("inflation", None, {"market-desk": "0.4%"}, "single"),
            ("inflation", None, {"money-wire": "3.1%"}, "single"),
        ],
    ),
    (
        "transport-two-lengths",
        "devset pattern: distances of different things with no event",
        {
            "rail-gazette": "The new tram line, which opened on Saturday, is 12 km long.",
            "city-wire": "The new tram line, which opened on Saturday, is 140 km long.",
        },
        [
            ("distance", None, {"rail-gazette": "12 km"}, "single"),
            ("distance", None, {"city-wire": "140 km"}, "single"),
        ],
    ),
    (
        "crowds-vague-word-joins-the-figure-it-meets",
        "new: a vague word sets no band and joins the one it meets",
        {
            "sport-post": "Hundreds of fans gathered outside the stadium on Saturday.",
            "match-wire": "About 400 fans gathered outside the stadium on Saturday.",
            "goal-news": "About 5,000 fans gathered outside the stadium on Saturday.",
        },
        [
            ("person", "attended", {"match-wire": "About 400", "sport-post": "Hundreds"}, "agree"),
            ("person", "attended", {"goal-news": "About 5,000"}, "single"),
        ],
    ),
    (
        "crowds-rival-claimants-stay-one-row",
        "guard: police and organisers far apart are the discrepancy to show",
        {
            "left-daily": "About 5,000 people marched on Saturday, police said.",
            "right-daily": "Some 20,000 people marched on Saturday, the organisers said.",
        },
        [
            (
                "person",
                "attended",
                {"left-daily": "About 5,000", "right-daily": "Some 20,000"},
                "differ",
            )
        ],
    ),
    (
        "conflict-one-claimant-named-still-splits",
        "devset pattern: an incidental source on one side only",
        {
            "front-post": "Soldiers found 40 rifles in the depot on Saturday, the army said.",
            "aid-wire": "Soldiers found 400 rifles in the depot on Saturday.",
        },
        [
            ("rifle", None, {"front-post": "40"}, "single"),
            ("rifle", None, {"aid-wire": "400"}, "single"),
        ],
    ),
    (
        "health-close-figures-differ",
        "guard: figures within the band still differ",
        {
            "health-daily": "Hospitals treated 1,200 patients on Saturday.",
            "clinic-news": "Hospitals treated 1,500 patients on Saturday.",
        },
        [("person", None, {"clinic-news": "1,500", "health-daily": "1,200"}, "differ")],
    ),
    (
        "elections-turnout-differs",
        "guard: two shares of one vote still differ",
        {
            "poll-desk": "Turnout was 62% on Saturday.",
            "vote-wire": "Turnout was 58% on Saturday.",
        },
        [("turnout", None, {"poll-desk": "62%", "vote-wire": "58%"}, "differ")],
    ),
    (
        "weather-running-toll-stays-whole",
        "guard: a running tally far apart is one count (cumulative family)",
        {
            "river-times": "The floods killed 6 people on Saturday.",
            "valley-wire": "The floods killed 40 people on Saturday.",
        },
        [("death", "killed", {"river-times": "6", "valley-wire": "40"}, "differ")],
    ),
    (
        "crime-open-bound-close-agrees",
        "guard: a bound near the other figure still agrees with it",
        {
            "court-news": "Customs officers seized more than 100 kg of cocaine on Saturday.",
            "port-wire": "Customs officers seized 120 kg of cocaine on Saturday.",
        },
        [("drug", None, {"court-news": "more than 100 kg", "port-wire": "120 kg"}, "agree")],
    ),
    (
        "weather-open-bound-stands-at-its-number",
        "devset pattern: 'more than' a small distance bridged it to a far larger one",
        {
            "storm-desk": "The cyclone passed more than 220 km from the island on Saturday.",
            "sea-wire": "The cyclone passed some 1,400 km from the island on Saturday.",
        },
        [
            ("distance", None, {"storm-desk": "more than 220 km"}, "single"),
            ("distance", None, {"sea-wire": "some 1,400 km"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_far_apart_figures(
    story: dict[str, str],
    expected: list[Expected],
) -> None:
    comparison = compare(
        [Article(id=aid, text=text, published=SATURDAY) for aid, text in story.items()]
    )
    rows = [
        (
            r.key.subject,
            r.key.event,
            {c.article_id: c.fact.surface for c in r.cells if c.fact is not None},
            r.agreement.value,
        )
        for r in comparison.rows
    ]
    assert rows == expected


def test_the_split_is_noted_in_each_row() -> None:
    comparison = compare(
        [
            Article(id="low", text="Prices rose 0.4% in March.", published=SATURDAY),
            Article(id="high", text="Prices rose 3.1% in March.", published=SATURDAY),
        ]
    )
    note = (
        f"figures more than {APART:g} times apart are taken as different figures, "
        "each in a row of its own: '0.4%', '3.1%'"
    )
    assert [r.assumptions for r in comparison.rows] == [(note,), (note,)]


@pytest.mark.parametrize(
    "story",
    [pytest.param(story, id=cid) for cid, _, story, rows in CASES if len(rows) > 1],
)
def test_bands_do_not_depend_on_the_order_of_the_articles(story: dict[str, str]) -> None:
    def rows(order: list[str]) -> list[tuple[str, str | None, list[tuple[str, str]], str]]:
        comparison = compare(
            [Article(id=aid, text=story[aid], published=SATURDAY) for aid in order]
        )
        return sorted(
            (
                r.key.subject,
                r.key.event,
                sorted((c.article_id, c.fact.surface) for c in r.cells if c.fact is not None),
                r.agreement.value,
            )
            for r in comparison.rows
        )

    ids = list(story)
    assert rows(ids) == rows(ids[::-1]) == rows(ids[1:] + ids[:1])
