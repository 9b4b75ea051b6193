"""Users extend the quantity words and the holidays, end to end (issue #14).

``extract(article, vocabulary=...)`` reads figures and dates with a user's currency,
unit, hedge, count compound and holiday; the shipped vocabulary reads as before; a
broken entry is refused when the vocabulary is built, naming the entry (in a file, its
line: see tests/rules/test_vocab.py). What a user's entries do not reach yet
(comparison's units and its re-reading of time phrases) is pinned below, so a change
there shows.

Facts are read as ``(surface, subject, kind, unit, qualifier, window key, time
surface)`` and rejected mentions as ``(surface, reason)``; the provenance column is last.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import discrepancy
from discrepancy import Article, Extraction, Vocabulary, VocabularyError
from discrepancy.comparison.clock import date_story
from tests.helpers import extract_text

FactRow = tuple[str, str | None, str, str | None, str, str | None, str | None]
Read = tuple[list[FactRow], list[tuple[str, str]]]

FOUNDERS = {
    "kind": "holiday",
    "name": "Founders' Day",
    "forms": ["Founders' Day"],
    "rule": "fixed",
    "month": 3,
    "day": 9,
}
LEAGUES = {"kind": "unit", "unit": "league", "dimension": "length", "forms": ["leagues", "league"]}
USER_ENTRIES: list[Mapping[str, Any]] = [
    {"kind": "currency", "form": "zorkmids", "code": "ZRK", "position": "after"},
    LEAGUES,
    {"kind": "hedge", "phrase": "give or take", "qualifier": "approximate", "position": "before"},
    {"kind": "count_compound", "phrase": "drone"},
    FOUNDERS,
]
PUBLISHED = date(2025, 5, 1)
DEFAULT_WINDOW = "span:2025-04-30..2025-05-01"  # the day before publication up to it


def _read(ex: Extraction) -> Read:
    return (
        [
            (
                f.surface,
                f.subject,
                f.quantity.kind.value,
                f.quantity.unit,
                f.quantity.qualifier.value,
                None if f.time is None else f.time.key(),
                f.time_surface,
            )
            for f in ex.facts
        ],
        [(r.surface, r.reason.value) for r in ex.rejected],
    )


EXTRACT_CASES = [
    pytest.param(
        "The museum raised 50 zorkmids on Founders' Day, its director said.",
        ([("50", "zorkmid", "count", None, "exact", DEFAULT_WINDOW, None)], []),
        (
            [
                (
                    "50 zorkmids",
                    "money",
                    "money",
                    "ZRK",
                    "exact",
                    "day:2025-03-09..2025-03-09",
                    "on Founders' Day",
                )
            ],
            [],
        ),
        "invented: culture",
        id="50 zorkmids on Founders' Day",
    ),
    pytest.param(
        "Organisers counted give or take 40 stalls at the fair on Founders' Day, police said.",
        ([("40", "stall", "count", None, "exact", DEFAULT_WINDOW, None)], []),
        (
            [
                (
                    "give or take 40",
                    "stall",
                    "count",
                    None,
                    "approximate",
                    "day:2025-03-09..2025-03-09",
                    "on Founders' Day",
                )
            ],
            [],
        ),
        "invented: local events",
        id="give or take 40 stalls",
    ),
    pytest.param(
        "A 9-drone swarm hit the port, officials said.",
        ([], [("9-drone", "name")]),
        ([("9", "drone", "count", None, "exact", DEFAULT_WINDOW, None)], []),
        "invented: conflict",
        id="a 9-drone swarm",
    ),
    pytest.param(
        "The storm pushed the tanker 20 leagues off course, the coastguard said.",
        ([("20", "league", "count", None, "exact", DEFAULT_WINDOW, None)], []),
        ([("20 leagues", "distance", "length", "league", "exact", DEFAULT_WINDOW, None)], []),
        "invented: shipping",
        id="20 leagues",
    ),
]


@pytest.mark.parametrize(("text", "shipped", "extended", "provenance"), EXTRACT_CASES)
def test_extract_reads_with_the_users_quantity_words_and_holidays(
    text: str, shipped: Read, extended: Read, provenance: str
) -> None:
    grown = Vocabulary.default().extended(USER_ENTRIES)
    assert _read(extract_text(text, published=PUBLISHED)) == shipped
    assert _read(extract_text(text, published=PUBLISHED, vocabulary=grown)) == extended
    # The shipped vocabulary is untouched by the extension.
    assert _read(extract_text(text, published=PUBLISHED, vocabulary=Vocabulary.default())) == (
        shipped
    )


def test_an_extension_read_from_a_file_reaches_extract(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.jsonl"
    path.write_text(
        "// our desk's currency and holiday\n"
        '{"kind": "currency", "form": "zorkmids", "code": "ZRK", "position": "after"}\n'
        '{"kind": "holiday", "name": "Founders\' Day", "forms": ["Founders\' Day"], '
        '"rule": "fixed", "month": 3, "day": 9}\n',
        encoding="utf-8",
    )
    grown = Vocabulary.default().extended(path)
    ex = extract_text(
        "Donors gave 90 zorkmids on Founders' Day.", published=PUBLISHED, vocabulary=grown
    )
    assert _read(ex) == (
        [
            (
                "90 zorkmids",
                "money",
                "money",
                "ZRK",
                "exact",
                "day:2025-03-09..2025-03-09",
                "on Founders' Day",
            )
        ],
        [],
    )


BROKEN = [
    pytest.param(
        {"kind": "hedge", "phrase": "circa", "qualifier": "roughly", "position": "before"},
        "hedge.qualifier: Input should be 'approximate', 'nearly', 'more_than', 'at_least', "
        "'at_most' or 'less_than'",
        id="hedge qualifier",
    ),
    pytest.param(
        {"kind": "currency", "form": "zorkmids", "code": "zrk", "position": "after"},
        "currency.code: String should match pattern '^[A-Z]{3}$'",
        id="currency code",
    ),
    pytest.param(
        {"kind": "unit", "unit": "league", "dimension": "volume", "forms": ["leagues"]},
        "unit.dimension: Input should be 'length', 'area', 'percent' or 'measure'",
        id="unit dimension",
    ),
    pytest.param(
        {"kind": "unit", "unit": "league", "dimension": "length", "forms": []},
        "unit.forms: List should have at least 1 item after validation, not 0",
        id="unit without forms",
    ),
    pytest.param(
        {"kind": "count_compound", "phrase": ""},
        "count_compound.phrase: String should have at least 1 character",
        id="empty count compound",
    ),
    pytest.param(
        {"kind": "change", "phrase": "ballooned", "direction": "sideways", "role": "verb"},
        "change.direction: Input should be 'up' or 'down'",
        id="change direction",
    ),
    pytest.param(
        {"kind": "street", "phrase": "Wynd", "plural": "Wynds"},
        "street.plural: Extra inputs are not permitted",
        id="unknown key",
    ),
    # Bug caught here: a blank phrase passed the schema, then the scan failed with an
    # IndexError or KeyError, or (a blank unit form) read a unit after every figure.
    pytest.param(
        {"kind": "hedge", "phrase": " ", "qualifier": "nearly", "position": "after"},
        "hedge.phrase: Value error, must hold a word, not only spaces",
        id="blank hedge",
    ),
    pytest.param(
        {"kind": "currency", "form": " ", "code": "ZRK", "position": "before"},
        "currency.form: Value error, must hold a word, not only spaces",
        id="blank currency",
    ),
    pytest.param(
        {"kind": "unit", "unit": "league", "dimension": "length", "forms": ["leagues", " "]},
        "unit.forms.1: Value error, must hold a word, not only spaces",
        id="blank unit form",
    ),
    pytest.param(
        {"kind": "name_cue", "phrase": "\t"},
        "name_cue.phrase: Value error, must hold a word, not only spaces",
        id="blank name cue",
    ),
    pytest.param(
        {"kind": "change", "phrase": "\u00a0", "direction": "up", "role": "noun"},
        "change.phrase: Value error, must hold a word, not only spaces",
        id="blank word of change",
    ),
    pytest.param(
        {**FOUNDERS, "day": None},
        'holiday: Value error, holiday "Founders\' Day": a fixed day needs month and day',
        id="holiday without its day",
    ),
]


@pytest.mark.parametrize(("entry", "problem"), BROKEN)
def test_a_broken_quantity_or_holiday_entry_is_refused_naming_it(
    entry: Mapping[str, Any], problem: str
) -> None:
    with pytest.raises(VocabularyError) as caught:
        Vocabulary.default().extended([{"kind": "cue", "phrase": "tweeted"}, entry])
    assert str(caught.value) == f"extended() entry 2: {problem}"


# What a user's entries do not reach yet: comparison.


def _tanker(article_id: str, text: str, vocabulary: Vocabulary | None) -> Extraction:
    return discrepancy.extract(
        Article(id=article_id, text=text, published=date(2025, 5, 6)), vocabulary=vocabulary
    )


def test_compare_converts_a_user_form_of_a_unit_its_registry_knows() -> None:
    grown = Vocabulary.default().extended(
        [{"kind": "unit", "unit": "kilometer", "dimension": "length", "forms": ["klicks"]}]
    )
    a = _tanker("a", "The convoy drove 20 klicks north on Monday, the army said.", grown)
    b = _tanker("b", "The convoy drove 12.4 miles north on Monday, the army said.", None)
    rows = discrepancy.compare([a, b]).rows
    assert [(r.key.subject, r.key.unit, r.verdict.value) for r in rows] == [
        ("distance", "length", "agree")
    ]


def test_compare_keeps_a_user_unit_apart_only_from_itself() -> None:
    grown = Vocabulary.default().extended([LEAGUES])
    a = _tanker("a", "The storm pushed the tanker 20 leagues off course on Monday.", grown)
    b = _tanker("b", "The storm pushed the tanker 21 leagues off course on Monday.", grown)
    rows = discrepancy.compare([a, b]).rows
    assert [(r.key.subject, r.key.unit, r.verdict.value) for r in rows] == [
        ("distance", "league", "differ")
    ]


def test_compare_keeps_a_unit_its_registry_lacks_apart_from_the_units_it_knows() -> None:
    # Comparison converts lengths and areas with the pint registry built from
    # rules/data/units.txt, which users cannot extend: a user's "league" cannot be
    # converted to miles, so its figure stands in a row of its own, and each article is
    # silent on the other's (compare() raised a ValueError before).
    grown = Vocabulary.default().extended([LEAGUES])
    a = _tanker("a", "The storm pushed the tanker 20 leagues off course on Monday.", grown)
    b = _tanker("b", "The storm pushed the tanker 60 miles off course on Monday.", None)
    rows = discrepancy.compare([a, b]).rows
    assert sorted((r.key.subject, r.key.unit, r.verdict.value) for r in rows) == [
        ("distance", "league", "omit"),
        ("distance", "length", "omit"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known limit: comparison re-reads an undated article's time phrases with the "
    "shipped holidays (comparison/clock.py), so a user's holiday stays unresolved",
)
def test_compare_dates_a_users_holiday_in_an_undated_article() -> None:
    grown = Vocabulary.default().extended([FOUNDERS])
    undated = discrepancy.extract(
        Article(id="a", text="On Founders' Day, 300 people marched, police said."),
        vocabulary=grown,
    )
    dated = discrepancy.extract(
        Article(
            id="b",
            text="Police said 300 people marched on Sunday.",
            published=date(2025, 3, 10),
        )
    )
    story = date_story([undated, dated])
    assert [f.time.key() for f in story[0].facts if f.time is not None] == [
        "day:2025-03-09..2025-03-09"
    ]


def test_compare_dates_a_shipped_holiday_in_an_undated_article() -> None:
    # The same story with a shipped holiday: what the test above expects of a user's.
    undated = discrepancy.extract(
        Article(id="a", text="On Christmas Day, 300 people marched, police said.")
    )
    dated = discrepancy.extract(
        Article(
            id="b",
            text="Police said 300 people marched on Sunday.",
            published=date(2025, 3, 10),
        )
    )
    story = date_story([undated, dated])
    assert [f.time.key() for f in story[0].facts if f.time is not None] == [
        "day:2024-12-25..2024-12-25"
    ]
