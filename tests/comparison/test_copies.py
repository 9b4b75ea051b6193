"""Copies of one story (:mod:`discrepancy.comparison.copies`) at any number of copies, and what
:func:`discrepancy.compare` makes of them."""

from __future__ import annotations

import pytest

import discrepancy
import discrepancy.comparison.copies
from discrepancy import Article, Comparison, Extraction, Policy
from discrepancy.comparison.copies import containment, find_copies, shingles
from discrepancy.comparison.grouping import UnionFind, join_sharing, shared_features
from tests.helpers import SEEDS

# Invented wire stories from different beats; each is long enough to shingle.
STORIES = {
    "rail": (
        "Train services between Leeds and York were suspended on Thursday after a "
        "signal failure near Church Fenton, Network Rail said. About 14,000 passengers "
        "were affected during the morning peak and replacement buses ran every twenty "
        "minutes. Engineers expected the line to reopen by the evening."
    ),
    "vote": (
        "Turnout in the regional election reached 61 percent, the electoral commission "
        "said late on Sunday, up from 54 percent four years ago. Counting in the three "
        "largest districts continued overnight and final results were due on Tuesday "
        "after postal ballots had been checked."
    ),
    "health": (
        "Hospitals in the northern province admitted 230 patients with heat stroke over "
        "the weekend, the health ministry said, and asked clinics to open cooling rooms "
        "for elderly residents. Temperatures were forecast to stay above 40 degrees "
        "until the middle of next week."
    ),
}


def _ex(aid: str, text: str) -> Extraction:
    return Extraction(article=Article(id=aid, text=text), facts=())


def _groups(items: list[Extraction]) -> list[tuple[str, ...]]:
    return [g.article_ids for g in find_copies(items, Policy())]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            {"a": STORIES["rail"], "b": "By Wire Staff. " + STORIES["rail"]},
            [("a", "b")],
            id="byline-added",
        ),
        pytest.param(
            {"a": STORIES["vote"], "b": STORIES["vote"].replace("Sunday", "Monday")},
            [("a", "b")],
            id="one-word-changed",
        ),
        pytest.param(
            {"a": STORIES["health"], "b": STORIES["health"] + " " + STORIES["rail"]},
            [("a", "b")],
            id="short-copy-inside-long-page",
        ),
        pytest.param(
            {"a": STORIES["rail"], "b": STORIES["vote"], "c": STORIES["health"]},
            [],
            id="different-stories",
        ),
        pytest.param({"a": "Rain.", "b": "Rain."}, [], id="too-short-to-shingle"),
    ],
)
def test_copy_cases(texts: dict[str, str], expected: list[tuple[str, ...]]) -> None:
    assert _groups([_ex(k, v) for k, v in texts.items()]) == expected


def test_three_hundred_verbatim_copies_are_one_group() -> None:
    items = [_ex(f"c{n:03d}", STORIES["rail"]) for n in range(300)]
    groups = find_copies(items, Policy())
    assert [(len(g.article_ids), g.article_ids[0], g.similarity) for g in groups] == [
        (300, "c000", 1.0)
    ]


def test_hundreds_of_near_copies_are_one_group() -> None:
    # Each copy carries its own outlet line: no two texts are identical, and every
    # shingle of the story is held by far more than 50 articles.
    items = [_ex(f"c{n:03d}", f"Outlet number {n} reports. " + STORIES["vote"]) for n in range(200)]
    items.append(_ex("other", STORIES["health"]))
    assert [(len(g.article_ids), g.article_ids[-1]) for g in find_copies(items, Policy())] == [
        (200, "c199")
    ]


def test_shared_quote_is_not_a_copy_and_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    quote = (
        '"We will rebuild every single home and every school that the water took from '
        'us this spring," the mayor said.'
    )

    def day(n: int) -> list[Extraction]:
        return [
            _ex(f"a{k:04d}", f"Report {k} from district {k * 7919 % 10007}. {quote}")
            for k in range(n)
        ]

    tests: list[int] = []
    for n in (400, 800):
        calls = 0

        def counted(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
            nonlocal calls
            calls += 1
            return containment(a, b)

        monkeypatch.setattr(discrepancy.comparison.copies, "containment", counted)
        assert find_copies(day(n), Policy()) == []
        tests.append(calls)
    # Pairs tested: at most one per leader of each signature band an article is in
    # (10 bands x 4 leaders), never one per pair of quoting articles (79,800 pairs at
    # 400 articles); twice the articles, about twice the tests.
    assert tests[0] <= 40 * 400
    assert tests[1] <= 40 * 800
    assert tests[1] <= 2.2 * tests[0]


# What copies leave unchanged in a row, and what they should (issue #19; see below).
SAME = ("key", "verdict", "window", "independent")
JUDGED = ("reason", "reasons", "agreement")


def _rows_of_one_story(
    one: Comparison, many: Comparison, original: dict[str, str], same: tuple[str, ...] = SAME
) -> None:
    """``many`` (the articles of ``one`` and copies of them, ``original[copy] = its
    original``) has the rows of ``one``: the fields ``same`` equal, and each copy's cell
    its original's, marked as a copy."""
    assert len(many.rows) == len(one.rows)
    for r1, r2 in zip(one.rows, many.rows, strict=True):
        assert [getattr(r2, f) for f in same] == [getattr(r1, f) for f in same]
        cells = {c.article_id: c for c in r1.cells}
        expected = []
        for c in r2.cells:
            first = cells[original.get(c.article_id, c.article_id)]
            note = first.note
            if c.article_id in original and (first.fact or first.statement) is not None:
                note = "; ".join([f"copy_of:{first.article_id}", *([note] if note else [])])
            expected.append(first.model_copy(update={"article_id": c.article_id, "note": note}))
        assert list(r2.cells) == expected


def test_two_copies_of_the_seeds_give_the_rows_of_one() -> None:
    # Issue #19: copies of an undated article (seed 000) did not line up, and two
    # copies of the seeds gave 29 rows instead of 19.
    seeds = discrepancy.load_articles(SEEDS)
    copies = [a.model_copy(update={"id": f"{a.id}-copy"}) for a in seeds]
    one = discrepancy.compare(seeds)
    two = discrepancy.compare([*seeds, *copies])
    assert [(g.article_ids, g.similarity) for g in two.copies] == [
        ((a.id, f"{a.id}-copy"), 1.0) for a in seeds
    ]
    _rows_of_one_story(one, two, {f"{a.id}-copy": a.id for a in seeds})


MARSEILLE = (
    "Police arrested 120 people after clashes in Marseille on 4 May 2024, the "
    'interior ministry said. "Order has been restored," the prefect said on '
    "4 May 2024, adding that 15 officers were hurt during the night."
)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(Article(id="c000", text=MARSEILLE, published="2024-05-05"), id="dated"),
        pytest.param(
            discrepancy.load_article(SEEDS / "000_e266dbae15169658.txt").model_copy(
                update={"id": "c000"}
            ),
            id="undated-seed-000",
        ),
    ],
)
def test_three_hundred_verbatim_copies_are_one_group_and_add_no_row(article: Article) -> None:
    one = discrepancy.compare([article])
    many = discrepancy.compare([article.model_copy(update={"id": f"c{n:03d}"}) for n in range(300)])
    assert [(g.article_ids, g.similarity) for g in many.copies] == [
        (tuple(f"c{n:03d}" for n in range(300)), 1.0)
    ]
    assert one.rows
    _rows_of_one_story(one, many, {f"c{n:03d}": "c000" for n in range(1, 300)})
    assert {r.independent for r in many.rows} == {1}


def test_shingles_are_the_same_in_every_run() -> None:
    long = " ".join(STORIES.values()) * 3
    sample = shingles(long)
    assert sample == shingles(long)
    assert 0 < len(sample) < len(long.split()) - 4  # long texts keep a quarter


@pytest.mark.parametrize("at_least", [1, 2, 3])
def test_join_sharing_matches_counting_all_pairs(at_least: int) -> None:
    # Features 0..4 are held by every item (past the pair-by-pair limit); the rest
    # by a few. Joining must equal counting every pair.
    features = [
        {*range(5), 100 + n % 7, 200 + n % 5} if n % 3 else {100 + n % 7} for n in range(90)
    ]
    uf = join_sharing(features, at_least)
    expected = UnionFind(len(features))
    for (i, j), n in shared_features(features).items():
        if n >= at_least:
            expected.union(i, j)
    assert uf.groups() == expected.groups()


def test_a_figure_given_by_one_source_and_its_copies_is_still_single_source() -> None:
    seeds = discrepancy.load_articles(SEEDS)
    copies = [a.model_copy(update={"id": f"{a.id}-copy"}) for a in seeds]
    one, two = discrepancy.compare(seeds), discrepancy.compare([*seeds, *copies])
    _rows_of_one_story(one, two, {f"{a.id}-copy": a.id for a in seeds}, SAME + JUDGED)
