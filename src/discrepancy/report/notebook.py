"""Compact HTML for notebooks: the comparison as a matrix and an extraction as a table.

Jupyter shows these for :class:`~discrepancy.Comparison` and
:class:`~discrepancy.Extraction` (their ``_repr_html_``): inline styles only, no script,
no style sheet, every untrusted string escaped.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Comparison, Extraction
from .cells import (
    MATRIX_MAX,
    VERDICT_MARK,
    cell_figure,
    cell_state,
    esc,
    is_reported,
    row_title,
    window_words,
)
from .labels import article_names, interval_words, when_words

__all__ = ["comparison_matrix_html", "extraction_html"]

_NB_TABLE = "border-collapse:collapse;font-size:13px;text-align:left"

_NB_CELL = "border:1px solid #d8dbe0;padding:2px 6px;vertical-align:top;text-align:left"

_NB_COLOUR = {"agree": "#e3f4e7", "differ": "#fde7e4", "omit": "#f1f2f4", "single": "#e6eefc"}


def _nb_row(cells: Iterable[str], *, head: bool = False, colours: Iterable[str] = ()) -> str:
    tag = "th" if head else "td"
    shades = list(colours)
    out = []
    for i, c in enumerate(cells):
        shade = f";background:{shades[i]}" if i < len(shades) and shades[i] else ""
        out.append(f'<{tag} style="{_NB_CELL}{shade}">{c}</{tag}>')
    return "<tr>" + "".join(out) + "</tr>"


def _nb_table(caption: str, lines: list[str]) -> str:
    """The table around the lines, with its caption."""
    return f'<table style="{_NB_TABLE}"><caption>{esc(caption)}</caption>{"".join(lines)}</table>'


def comparison_matrix_html(comparison: Comparison, *, max_rows: int = 40) -> str:
    """The comparison as a compact HTML table, for a notebook (``_repr_html_``).

    One line per row: verdict, what is counted, window, then a column per article
    (up to twelve articles) or the reporting articles in one column (beyond). The
    first ``max_rows`` rows are shown, then how many more there are. Every string is
    escaped; no script, no style sheet.

    >>> from discrepancy import Article, Comparison
    >>> page = comparison_matrix_html(Comparison(articles=(Article(id="<a>", text="x"),), rows=()))
    >>> page.startswith("<table"), "&lt;a&gt;" in page, "<a>" in page
    (True, True, False)
    """
    names = article_names(comparison.articles)
    wide = len(comparison.articles) > MATRIX_MAX
    caption = comparison.summary()
    heads = ["verdict", "figure", "when"] + (
        ["reported by"] if wide else [esc(names[a.id]) for a in comparison.articles]
    )
    lines = [_nb_row(heads, head=True)]
    for row in comparison.rows[:max_rows]:
        symbol, label = VERDICT_MARK[row.verdict]
        lead = [
            f"{esc(symbol)} {esc(label)}",
            esc(row_title(row)),
            esc(window_words(row.key.window)),
        ]
        shade = [_NB_COLOUR[row.verdict.value], "", ""]
        if wide:
            said = [
                f"{esc(names.get(c.article_id, c.article_id))}: {esc(cell_figure(c))}"
                for c in row.cells
                if is_reported(c)
            ]
            silent = len(row.cells) - len(said)
            lines.append(
                _nb_row(
                    [*lead, "; ".join(said) + (f" (· {silent:,} silent)" if silent else "")],
                    colours=shade,
                )
            )
        else:
            cells = [esc(cell_figure(c)) if is_reported(c) else "·" for c in row.cells]
            colours = [_NB_COLOUR[cell_state(row, c)] for c in row.cells]
            lines.append(_nb_row([*lead, *cells], colours=[*shade, *colours]))
    more = len(comparison.rows) - max_rows
    if more > 0:
        lines.append(
            f'<tr><td colspan="{len(heads)}" style="{_NB_CELL}">… and {more:,} more rows '
            "(comparison.to_html() gives the whole report)</td></tr>"
        )
    return _nb_table(caption, lines)


def extraction_html(extraction: Extraction, *, max_facts: int = 60) -> str:
    """An extraction as a compact HTML table of its facts, for a notebook."""
    a = extraction.article
    caption = (
        f"{a.outlet or a.id} · {when_words(a.published)} · {len(extraction.facts):,} facts, "
        f"{len(extraction.rejected):,} numeric mentions rejected"
    )
    heads = ["#", "figure", "counts", "value", "when", "where", "said by"]
    lines = [_nb_row(heads, head=True)]
    for i, f in enumerate(extraction.facts[:max_facts]):
        q = f.quantity
        lines.append(
            _nb_row(
                [
                    str(i),
                    esc(f.surface),
                    esc(" ".join(x for x in (f.subject, f.event) if x)),
                    esc(interval_words(q.value, q.unit)),
                    esc(window_words(f.time.key()) if f.time else ""),
                    esc(f.location or ""),
                    esc(f.attribution.source if f.attribution else ""),
                ]
            )
        )
    more = len(extraction.facts) - max_facts
    if more > 0:
        lines.append(f'<tr><td colspan="7" style="{_NB_CELL}">… and {more:,} more facts</td></tr>')
    return _nb_table(caption, lines)
