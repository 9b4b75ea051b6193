"""The terminal table and the HTML report: nothing cut, lines fit, many articles stay bounded."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

import discrepancy
from discrepancy import Article, Cell, Comparison, Fact, Interval, Quantity, Row, RowKey
from discrepancy.models import window_label
from discrepancy.report.labels import article_names, readable, row_label
from discrepancy.report.render import comparison_markdown, comparison_table
from discrepancy.report.updates import update_sequence
from tests.helpers import ROOT


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return discrepancy.compare(discrepancy.load_articles(ROOT / "seeds"))


@pytest.mark.parametrize("width", [80, 160])
def test_seeds_table_cuts_nothing_and_fits(seeds: Comparison, width: int) -> None:
    table = comparison_table(seeds, width=width)
    assert all(len(line) <= width for line in table.splitlines())
    assert "…" not in table
    flat = _flat(table)
    names = article_names(seeds.articles)
    for row in seeds.rows:
        assert _flat(row_label(row)) in flat
        assert _flat(window_label(row.key.window)) in flat
        assert _flat(readable(row.explanation, names)) in flat
        for cell in row.cells:
            if cell.fact is not None:
                assert f"{names[cell.article_id]} {_flat(cell.fact.surface)}" in flat


def test_table_has_no_colour_unless_asked(seeds: Comparison) -> None:
    assert "\x1b[" not in comparison_table(seeds, width=100)
    coloured = comparison_table(seeds, width=100, color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == comparison_table(seeds, width=100)


def _fact(surface: str, value: float) -> Fact:
    """A death toll: 'at least N' when the surface says so, else exactly N."""
    hedged = surface.startswith("at least")
    q = Quantity(
        span=(0, len(surface)),
        surface=surface,
        nominal=value,
        value=Interval(low=value) if hedged else Interval.point(value),
        qualifier="at_least" if hedged else "exact",
    )
    return Fact(
        span=(0, len(surface)),
        surface=surface,
        sentence_span=(0, len(surface)),
        quantity=q,
        subject="death",
        event="killed",
    )


def _toll_row(cells: tuple[Cell, ...], day: int = 18) -> Row:
    window = f"day:2027-03-{day:02d}..2027-03-{day:02d}"
    return Row(
        key=RowKey(subject="death", event="killed", window=window, location=f"Town {day}"),
        cells=cells,
        verdict="differ",
        reason="different_figures",
        explanation="the figures differ",
    )


def _many(n_articles: int, reporting: int) -> Comparison:
    articles = tuple(Article(id=f"{i:04d}_{i:016x}", text="x") for i in range(n_articles))
    cells = tuple(
        Cell(
            article_id=a.id,
            fact=_fact(f"at least {i + 7}", i + 7) if i < reporting else None,
            note=None if i < reporting else "not_reported",
        )
        for i, a in enumerate(articles)
    )
    return Comparison(articles=articles, rows=(_toll_row(cells),))


def test_a_row_grows_with_reporting_articles_not_silent_ones() -> None:
    small = comparison_table(_many(20, 3), width=100)
    big = comparison_table(_many(2000, 3), width=100)
    assert len(big[big.index("≠ differ") :].splitlines()) == len(
        small[small.index("≠ differ") :].splitlines()
    )
    assert "silent     0003, 0004, 0005, 0006, 0007, 0008, 0009, 0010, 0011, 0012, 0013," in big
    assert "and 1,985 more" in big


def test_empty_cell_and_omit_verdict_have_distinct_glyphs(seeds: Comparison) -> None:
    table = comparison_table(seeds, width=120)
    assert "– omit" in table
    assert "· silent" in table
    assert "– silent" not in table


def test_rising_toll_is_shown_as_updates_in_time_order() -> None:
    times = ["2027-03-18 14:05", "2027-03-18 08:10", "2027-03-18 11:30"]
    figures = [("at least 24", 24.0), ("at least 7", 7.0), ("20", 20.0)]
    articles = tuple(
        Article(id=name, text="x", outlet=name.title(), published=datetime.fromisoformat(t))
        for name, t in zip(("late", "early", "noon"), times, strict=True)
    )
    cells = tuple(
        Cell(article_id=a.id, fact=_fact(s, v)) for a, (s, v) in zip(articles, figures, strict=True)
    )
    row = _toll_row(cells)
    comparison = Comparison(articles=articles, rows=(row,))
    steps = update_sequence(row, {a.id: a for a in articles})
    assert steps is not None
    assert [s.article_id for s in steps] == ["early", "noon", "late"]
    words = (
        "rising as reports came in: at least 7 (Early, 2027-03-18 08:10) → "
        "20 (Noon, 2027-03-18 11:30) → at least 24 (Late, 2027-03-18 14:05)"
    )
    assert words in _flat(comparison_table(comparison, width=200))
    assert words in comparison_markdown(comparison)
    assert f"<p class=updates>R{words[1:]}.</p>" in comparison.to_html()
    assert "≠ differ" in comparison_markdown(comparison)
    # A day alone cannot order two reports of the same day; a falling figure is no update.
    same_day = tuple(a.model_copy(update={"published": a.published.date()}) for a in articles)  # type: ignore[union-attr]
    assert update_sequence(row, {a.id: a for a in same_day}) is None
    falling = row.model_copy(
        update={
            "cells": (
                Cell(article_id="late", fact=_fact("7", 7.0)),
                Cell(article_id="early", fact=_fact("at least 24", 24.0)),
            )
        }
    )
    assert update_sequence(falling, {a.id: a for a in articles}) is None


# --------------------------------------------------------------------------- HTML at scale


def _comparison(n_articles: int, n_rows: int, reporting: int = 3) -> Comparison:
    articles = tuple(
        Article(id=f"{i:05d}_{i:016x}", text=f"{i} people died.", outlet=f"Outlet {i}")
        for i in range(n_articles)
    )
    rows = tuple(
        _toll_row(
            tuple(
                Cell(
                    article_id=a.id,
                    fact=_fact(f"{10 + r + i}", 10 + r + i) if i < reporting else None,
                    note=None if i < reporting else "not_reported",
                )
                for i, a in enumerate(articles)
            ),
            day=1 + r % 28,
        )
        for r in range(n_rows)
    )
    return Comparison(articles=articles, rows=rows)


def test_page_grows_with_reports_not_rows_times_articles() -> None:
    small = len(_comparison(100, 50).to_html())
    more_articles = len(_comparison(1000, 50).to_html())
    more_rows = len(_comparison(100, 100).to_html())
    # Ten times the articles adds the article list (a few hundred bytes each), not a
    # cell per row per article; twice the rows about doubles the row part only.
    per_article = (more_articles - small) / 900
    assert per_article < 600, per_article
    assert more_rows < 2.2 * small


def test_many_articles_list_reporters_and_count_the_silent() -> None:
    page = _comparison(200, 1).to_html()
    assert page.count('class="cell v-differ"') == 3
    assert "· Silent (197): Outlet 3, Outlet 4, Outlet 5" in page
    assert "Outlet 14 and 185 more" in page
    assert "Outlet 15," not in page.split("The articles")[0]


def test_few_articles_keep_the_matrix() -> None:
    page = _comparison(5, 1).to_html()
    assert page.count('<th scope="col" class=art>') == 5
    assert page.count('class="cell v-omit"') == 2
    assert "Silent (" not in page
