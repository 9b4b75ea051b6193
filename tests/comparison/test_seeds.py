"""The comparison the seeds must produce (../shared/SEED_FACTS.md, "Comparison")."""

from __future__ import annotations

import pytest

import discrepancy
from discrepancy import Comparison, Reason, Row, RowKind, Verdict
from tests.helpers import SEEDS

A000, A001, A002, A003, A004 = (
    "000_e266dbae15169658",
    "001_99f442f9c422c757",
    "002_90feba810193b560",
    "003_553af48f6526a883",
    "004_05332f3da528a3c4",
)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return discrepancy.compare(discrepancy.load_articles(SEEDS))


def row_with(comparison: Comparison, article_id: str, surface: str) -> Row:
    found = [
        r
        for r in comparison.rows
        for c in r.cells
        if c.article_id == article_id and c.fact is not None and c.fact.surface == surface
    ]
    assert len(found) == 1, f"{surface!r} of {article_id} is in {len(found)} rows"
    return found[0]


def surfaces(row: Row) -> dict[str, str | None]:
    return {c.article_id: c.fact.surface if c.fact else None for c in row.cells}


@pytest.mark.parametrize(
    ("surface_000", "surface_001", "subject", "agreement"),
    [
        ("over 1,300", "more than 1,300", "drone", Reason.EQUIVALENT_WORDING),
        ("nearly 900", "nearly 900", "guided bomb", Reason.SAME_FIGURE),
        ("around 50", "some 50", "missile", Reason.EQUIVALENT_WORDING),
        ("14", "14", "region", Reason.SAME_FIGURE),
    ],
)
def test_first_five_days_of_september(
    comparison: Comparison,
    surface_000: str,
    surface_001: str,
    subject: str,
    agreement: Reason,
) -> None:
    row = row_with(comparison, A000, surface_000)
    assert row.key.subject == subject
    assert row.key.window == "span:2025-09-01..2025-09-05"
    assert surfaces(row) == {
        A000: surface_000,
        A001: surface_001,
        A002: None,
        A003: None,
        A004: None,
    }
    assert row.verdict is Verdict.OMIT
    assert agreement in row.reasons
    notes = {c.article_id: c.note for c in row.cells}
    # 004 (4 Sep) and 002 (5 Sep 14:11) appeared before the five days were over.
    assert notes[A004] == "published_before_window"
    assert notes[A002] == "published_before_window"
    assert notes[A003] == "not_reported"
    assert "published before the window ended" in row.explanation
    # 000 is undated: the story's clock dates it, and the report says so.
    assert any(
        a.startswith(f"{A000} has no publication date") and "taken as September 5, 2025" in a
        for a in row.assumptions
    )


def test_502_last_night_is_single_source(comparison: Comparison) -> None:
    row = row_with(comparison, A004, "502")
    assert row.key.subject == "drone"
    assert row.key.window == "night:2025-09-03..2025-09-04"
    assert [c.article_id for c in row.cells if c.fact] == [A004]
    assert row.reason is Reason.SINGLE_SOURCE


def test_91_overnight_is_its_own_row(comparison: Comparison) -> None:
    row = row_with(comparison, A003, "91")
    assert row.key.subject == "drone"
    assert [c.article_id for c in row.cells if c.fact] == [A003]


def test_no_figure_row_differs(comparison: Comparison) -> None:
    # 91, 502 and 1,300 are different windows; 430 is part of 502.
    assert [r for r in comparison.rows if r.verdict is Verdict.DIFFER] == []


def test_part_is_not_in_its_wholes_row(comparison: Comparison) -> None:
    whole = row_with(comparison, A004, "502")
    part = row_with(comparison, A004, "430")
    assert whole is not part
    assert part.key.event != whole.key.event


def statement_row(comparison: Comparison, speaker: str, words: str) -> Row:
    rows = [
        r
        for r in comparison.rows
        if r.key.kind is RowKind.STATEMENT
        and r.key.subject == speaker
        and any(c.statement and words in c.statement.quote for c in r.cells)
    ]
    assert len(rows) == 1, [r.key for r in comparison.rows if r.key.kind is RowKind.STATEMENT]
    return rows[0]


def test_peskov_statement_dated_friday_by_001_and_002(comparison: Comparison) -> None:
    row = statement_row(comparison, "Peskov", "not to capitulate")
    dated = {
        c.article_id: c.statement.time.key()
        for c in row.cells
        if c.statement is not None and c.statement.time is not None
    }
    assert dated == {A001: "day:2025-09-05..2025-09-05", A002: "day:2025-09-05..2025-09-05"}
    assert row.verdict is not Verdict.DIFFER


def test_zelensky_invite_me_to_moscow_dated_thursday_by_001_and_004(
    comparison: Comparison,
) -> None:
    row = statement_row(comparison, "Zelensky", "invite me to Moscow")
    dated = {
        c.article_id: c.statement.time.key()
        for c in row.cells
        if c.statement is not None and c.statement.time is not None
    }
    assert dated == {A001: "day:2025-09-04..2025-09-04", A004: "day:2025-09-04..2025-09-04"}
    assert row.verdict is not Verdict.DIFFER
