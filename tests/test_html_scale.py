"""The HTML report stays bounded with many articles (issue #20, item 4)."""

from __future__ import annotations

from discrepancy import Article, Cell, Comparison, Fact, Interval, Quantity, Row, RowKey


def _fact(value: float) -> Fact:
    surface = f"{value:g} people"
    q = Quantity(
        span=(0, len(f"{value:g}")),
        surface=f"{value:g}",
        nominal=value,
        value=Interval.point(value),
        qualifier="exact",
    )
    return Fact(
        span=(0, len(surface)),
        surface=surface,
        sentence_span=(0, len(surface)),
        quantity=q,
        subject="person",
        event="arrested",
    )


def _comparison(n_articles: int, n_rows: int, reporting: int = 3) -> Comparison:
    articles = tuple(
        Article(id=f"{i:05d}_{i:016x}", text=f"{i} people were arrested.", outlet=f"Outlet {i}")
        for i in range(n_articles)
    )
    rows = tuple(
        Row(
            key=RowKey(
                subject="person",
                event="arrested",
                window=f"day:2027-03-{1 + r % 28:02d}..2027-03-{1 + r % 28:02d}",
                location=f"Town {r}",
            ),
            cells=tuple(
                Cell(
                    article_id=a.id,
                    fact=_fact(10 + r + i) if i < reporting else None,
                    note=None if i < reporting else "not_reported",
                )
                for i, a in enumerate(articles)
            ),
            verdict="differ",
            reason="different_figures",
            explanation="the figures differ",
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
