"""Short reprs and notebook tables for the models people look at."""

from __future__ import annotations

import pytest

import discrepancy
from discrepancy import Comparison
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return discrepancy.compare(discrepancy.load_articles(ROOT / "seeds"))


def test_reprs_are_short_and_say_what_matters(seeds: Comparison) -> None:
    assert repr(seeds) == (
        "Comparison(5 articles, 20 rows: 0 differ, 6 agree, 14 from one source only; "
        "20 with an outlet silent)"
    )
    assert str(seeds) == repr(seeds)
    row = seeds.rows[0]
    assert repr(row) == (
        "Row(omit: drone launched (Ukraine) · 2025-09-01..2025-09-05, 2 of 5 report it)"
    )
    assert repr(row.cells[0]) == "Cell('000_e266dbae15169658', 'over 1,300')"
    assert repr(row.cells[3]) == "Cell('003_553af48f6526a883', not_reported)"
    fact = row.cells[0].fact
    assert fact is not None
    assert repr(fact) == (
        "Fact('over 1,300', drone launched, (1300, inf), 2025-09-01..2025-09-05, "
        "in Ukraine, per Zelensky)"
    )
    assert repr(fact.quantity) == "Quantity('over 1,300', (1300, inf))"
    article = seeds.articles[0]
    assert repr(article) == (
        # The seeds' first article is undated; the comparison dated it from the story.
        f"Article(id='000_e266dbae15169658', outlet='CNewsLive', published='2025-09-05' "
        f"(inferred), "
        f"{len(article.text):,} chars)"
    )
    ex = discrepancy.extract(article)
    assert repr(ex) == (
        f"Extraction('000_e266dbae15169658', {len(ex.facts)} facts, {len(ex.rejected)} rejected, "
        f"{len(ex.statements)} statements)"
    )


def test_float_noise_never_shows_in_a_repr() -> None:
    q = discrepancy.Quantity(
        span=(0, 5),
        surface="45-55",
        nominal=50,
        value=discrepancy.Interval(low=45, high=50 * 1.1),
        qualifier="exact",
    )
    assert repr(q) == "Quantity('45-55', [45, 55])"


def test_notebook_tables(seeds: Comparison) -> None:
    page = seeds._repr_html_()
    assert page.startswith("<table")
    assert page.count("<tr>") == 1 + len(seeds.rows)
    assert (
        "<caption>5 articles, 20 rows: 0 differ, 6 agree, 14 from one source only; "
        "20 with an outlet silent</caption>" in page
    )
    assert ">CNewsLive</th>" in page
    assert ">over 1,300</td>" in page
    assert "<script" not in page
    many = seeds.model_copy(update={"rows": seeds.rows * 5})
    assert "… and 60 more rows" in many._repr_html_()
    ex = discrepancy.extract(seeds.articles[4])
    table = ex._repr_html_()
    assert table.count("<tr>") == 1 + len(ex.facts)
    assert ">502</td>" in table
