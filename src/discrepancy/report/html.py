"""A comparison as one self-contained HTML page, for readers who will not run Python.

The page holds a matrix of rows (what is counted, when, where) against articles, each
cell the figure as the article wrote it, coloured and labelled by verdict; the reason in
plain words under each row; a small interval chart under each row where figures differ;
and, per cell, the evidence: the article's sentence with the figure marked, and what is
known about the article. Choosing a cell (a real button) copies its evidence into a
side panel; without JavaScript the same evidence is listed at the end of the page.

Everything in a comparison is untrusted (article text, outlet names, addresses): every
string goes through :func:`html.escape`, addresses become links only for http(s), no
data is ever placed inside ``<script>``, the script never parses markup, and a strict
Content-Security-Policy forbids any network access. The output depends only on the
comparison: the same comparison gives byte-identical HTML.
"""

from __future__ import annotations

from importlib import resources
from typing import NamedTuple

from ..models import Article, Cell, Comparison, Row, RowKind, Verdict
from .cells import (
    MATRIX_MAX,
    STATE_MARK,
    VERDICT_MARK,
    cell_figure,
    cell_state,
    esc,
    is_reported,
    note_parts,
    row_title,
    window_words,
)
from .chart import interval_chart
from .evidence import article_meta, cell_evidence
from .labels import agreement_counts, article_names, row_notes, when_words
from .updates import update_sequence, update_words

__all__ = ["HINT", "LEGEND", "Parts", "comparison_html", "comparison_parts", "names_list", "page"]

# Silent articles named per row, then counted.
_MAX_NAMED = 12

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _attributions(row: Row) -> list[str]:
    seen: list[str] = []
    for cell in row.cells:
        a = cell.fact.attribution if cell.fact is not None else None
        if a is not None:
            words = a.source + (f" via {a.via}" if a.via else "")
            if words not in seen:
                seen.append(words)
    return seen


def _header_cell(article: Article, name: str) -> str:
    sub = [esc(when_words(article.published))]
    if article.published_inferred:
        sub.append("<em>(inferred)</em>")
    ident = f"<span class=aid>{esc(article.id)}</span>" if name != article.id else ""
    return (
        f'<th scope="col" class=art><span class=outlet>{esc(name)}</span>'
        f"<span class=pub>{' '.join(sub)}</span>{ident}</th>"
    )


def _row_meta(row: Row) -> str:
    k = row.key
    bits = [f"<span>When: {esc(window_words(k.window))}</span>"] if k.window else []
    if k.location:
        bits.append(f"<span>Where: {esc(k.location)}</span>")
    if k.unit:
        bits.append(f"<span>Unit: {esc(k.unit)}</span>")
    if k.claimant:
        bits.append(f"<span>Claimed by: {esc(k.claimant)}</span>")
    said = _attributions(row)
    if said:
        bits.append(f"<span>Said by: {esc('; '.join(said))}</span>")
    return "<span class=meta>" + "".join(bits) + "</span>"


def _cell_button(row: Row, cell: Cell, name: str, anchor: str, *, named: bool = False) -> str:
    state = cell_state(row, cell)
    symbol, label = STATE_MARK[state]
    figure = cell_figure(cell)
    notes = note_parts(cell.note)
    small = "; ".join(n for n in notes if n != figure)
    aria = f"{name}: {figure} ({label}). Show the evidence."
    who = f"<span class=who>{esc(name)}</span>" if named else ""
    return (
        f'<button type="button" class="cell v-{state}" data-evidence="{esc(anchor)}" '
        f'aria-pressed="false" aria-controls="panel" aria-label="{esc(aria)}">{who}'
        f'<span class=sym aria-hidden="true">{esc(symbol)}</span> '
        f"<span class=fig>{esc(figure)}</span>"
        + (f"<span class=note>{esc(small)}</span>" if small else "")
        + "</button>"
    )


def names_list(ids: list[str], names: dict[str, str]) -> str:
    shown = [names.get(i, i) for i in ids[:_MAX_NAMED]]
    more = len(ids) - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more else "")


def _reports_cell(row: Row, r: int, names: dict[str, str], prefix: str) -> str:
    """The wide layout's one cell: a button per reporting article, the silent summarised."""
    buttons = []
    silent: list[str] = []
    early: list[str] = []
    for i, c in enumerate(row.cells):
        if is_reported(c):
            name = names.get(c.article_id, c.article_id)
            buttons.append(_cell_button(row, c, name, f"{prefix}ev-{r}-{i}", named=True))
        elif c.note == "published_before_window":
            early.append(c.article_id)
        else:
            silent.append(c.article_id)
    quiet = []
    if silent:
        quiet.append(f"· Silent ({len(silent):,}): {esc(names_list(silent, names))}")
    if early:
        quiet.append(
            f"· Published before this period ended ({len(early):,}): "
            f"{esc(names_list(early, names))}"
        )
    return (
        "<td class=reports><div class=report-list>"
        + "".join(buttons)
        + "</div>"
        + "".join(f"<p class=silent>{q}</p>" for q in quiet)
        + "</td>"
    )


def _why(row: Row, ident: str, names: dict[str, str], by_id: dict[str, Article]) -> str:
    explanation, assumed = row_notes(row, names)
    why = [f"<p>{esc(explanation)}</p>"]
    steps = update_sequence(row, by_id)
    if steps:
        words = update_words(steps, names)
        why.append(f"<p class=updates>{esc(words[:1].upper() + words[1:])}.</p>")
    if row.assumptions:
        # Shortest first: the plainest sentence shows, the rest wait behind "more".
        said = sorted(assumed, key=len)
        why.append(f"<p class=assume>Assumed: {esc(said[0])}</p>")
        if len(said) > 1:
            why.append(
                f"<details class=assume><summary>{len(said) - 1} more assumption"
                f"{'s' if len(said) > 2 else ''}</summary><ul class=assume>"
                + "".join(f"<li>{esc(a)}</li>" for a in said[1:])
                + "</ul></details>"
            )
    if row.verdict is Verdict.DIFFER and row.key.kind is RowKind.FIGURE:
        why.append(interval_chart(row, names, ident))
    return "".join(why)


def _row_html(
    row: Row, r: int, by_id: dict[str, Article], names: dict[str, str], *, wide: bool, prefix: str
) -> str:
    symbol, label = VERDICT_MARK[row.verdict]
    if wide:
        cells = _reports_cell(row, r, names, prefix)
        span = 2
    else:
        cells = "".join(
            f"<td class=v-{cell_state(row, c)}>"
            + _cell_button(row, c, names.get(c.article_id, c.article_id), f"{prefix}ev-{r}-{i}")
            + "</td>"
            for i, c in enumerate(row.cells)
        )
        span = len(row.cells) + 1
    return (
        f'<tr class="fact r-{row.verdict.value}" id="{prefix}row-{r}">'
        f'<th scope="row" class=rowhead><span class="chip v-{row.verdict.value}">'
        f"{esc(symbol)} {esc(label)}</span> <span class=what>{esc(row_title(row))}</span>"
        f"{_row_meta(row)}</th>{cells}</tr>"
        f'<tr class=why><td colspan="{span}"><div class=why-in>'
        + _why(row, f"{prefix}{r}", names, by_id)
        + "</div></td></tr>"
    )


def _summary(comparison: Comparison, names: dict[str, str]) -> str:
    n = len(comparison.articles)
    text = (
        f"{n} article{'s' if n != 1 else ''}, {len(comparison.rows)} rows: "
        f"{esc(agreement_counts(comparison.rows))}."
    )
    copies = "".join(
        f"<li>Copies of one story (similarity {g.similarity:.2f}): "
        f"{esc(names_list(list(g.article_ids), names))}</li>"
        for g in comparison.copies
    )
    return f"<p class=summary>{text}</p>" + (f"<ul class=copies>{copies}</ul>" if copies else "")


LEGEND = (
    '<ul class=legend aria-label="Legend">'
    '<li><span class="chip v-agree">✓ agree</span> the figures are the same or compatible</li>'
    '<li><span class="chip v-differ">≠ differ</span> the figures do not match</li>'
    '<li><span class="chip v-omit">– omit</span> some article does not report it</li>'
    '<li><span class="chip v-omit">· not reported</span> this article does not report it</li>'
    '<li><span class="chip v-single">● sole report</span> only one article reports it</li>'
    "</ul>"
)


def _asset(name: str) -> str:
    """A file of ``report/assets``, shipped as package data."""
    return resources.files("discrepancy.report").joinpath("assets", name).read_text("utf-8")


# The page's style sheet and script, read once; each file opens with its first rule
# or statement, so the page puts each on a line of its own.
_STYLE = _asset("report.css")

_SCRIPT = _asset("report.js")


class Parts(NamedTuple):
    """One comparison's pieces of a page, its anchors prefixed so that several
    comparisons can share one page."""

    summary: str
    """The counts and the copy groups."""
    table: str
    """The matrix in its scrolling box, and a hint when there are no rows."""
    articles: str
    """One ``<details>`` per article: what is known about it."""
    evidence: str
    """One ``<details>`` per row: the evidence of its cells (the script copies it)."""


def comparison_parts(comparison: Comparison, prefix: str = "", label: str = "Comparison") -> Parts:
    """The pieces of the page of ``comparison``; every anchor starts with ``prefix``.

    Args:
        comparison: the result of :func:`discrepancy.compare`.
        prefix: put before every ``id`` the pieces hold (rows, evidence, charts).
        label: what the scrolling table is called for a screen reader.
    """
    by_id = {a.id: a for a in comparison.articles}
    names = article_names(comparison.articles)
    wide = len(comparison.articles) > MATRIX_MAX
    # Cells name articles by id; an id missing from the article list still gets a column
    # entry instead of a crash.
    for row in comparison.rows:
        for c in row.cells:
            if c.article_id not in by_id:
                by_id[c.article_id] = Article(id=c.article_id, text="")
                names[c.article_id] = c.article_id
    if wide:
        columns = '<th scope="col">Reported by (choose one for its evidence)</th>'
        caption = (
            "Rows: what is counted, when and where. Each row lists the articles that "
            "report it; the silent ones are counted below."
        )
    else:
        columns = "".join(_header_cell(a, names[a.id]) for a in comparison.articles)
        caption = "Rows: what is counted, when and where. Columns: articles."
    body_rows = "".join(
        _row_html(row, r, by_id, names, wide=wide, prefix=prefix)
        for r, row in enumerate(comparison.rows)
    )
    evidence = "".join(
        "<details><summary>"
        + f"{esc(VERDICT_MARK[row.verdict][0])} {esc(row_title(row))} · "
        + f"{esc(window_words(row.key.window))}</summary>"
        + "".join(
            cell_evidence(row, c, by_id[c.article_id], f"{prefix}ev-{r}-{i}", names[c.article_id])
            for i, c in enumerate(row.cells)
            if not wide or is_reported(c)
        )
        + "</details>"
        for r, row in enumerate(comparison.rows)
    )
    articles = "".join(
        f"<details><summary>{esc(names[a.id])} · {esc(when_words(a.published))}</summary>"
        f'<div class="evidence">{article_meta(a)}</div></details>'
        for a in comparison.articles
    )
    empty = "" if comparison.rows else "<p class=hint>No figures to compare in these articles.</p>"
    table = "".join(
        [
            '<div class=scroll tabindex="0" role="region" '
            f'aria-label="{esc(label)} table, scrolls sideways">',
            f"<table class=matrix><caption class=hint>{caption}</caption>",
            f'<thead><tr><th scope="col" class=corner>Figure</th>{columns}</tr></thead>',
            f"<tbody>{body_rows}</tbody></table></div>{empty}",
        ]
    )
    return Parts(_summary(comparison, names), table, articles, evidence)


HINT = "<p class=hint>Choose a figure to see the sentence it comes from.</p>"


def page(title: str, header: str, main: str, more: str, *, style: str = "") -> str:
    """A whole page: ``header`` under the title, ``main`` beside the evidence panel,
    ``more`` after them; the shared style sheet (and ``style`` after it) and script."""
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n",
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
            '<meta name=viewport content="width=device-width, initial-scale=1">\n',
            "<meta name=referrer content=no-referrer>\n",
            '<meta name=generator content="discrepancy">\n',
            f"<title>{esc(title)}</title>\n<style>\n{_STYLE}{style}</style>\n</head>\n<body>\n",
            f"<header class=top><h1>{esc(title)}</h1>{header}</header>\n",
            f"<div class=layout><main>{main}</main>\n",
            '<aside id=panel tabindex="-1" aria-live="polite" aria-label="Evidence">',
            '<div class=panel-head><h2>Evidence</h2><button type="button" id=panel-close '
            'aria-label="Close the evidence">×</button></div>',
            "<div id=panel-body><p class=hint>Choose a figure in the table to see the "
            "sentence it comes from and what is known about the article.</p></div>"
            "</aside></div>\n",
            more,
            "<footer>Made with discrepancy. The page is self-contained: it loads nothing "
            "from the network.</footer>\n",
            f"<script>\n{_SCRIPT}</script>\n</body>\n</html>\n",
        ]
    )


def comparison_html(comparison: Comparison) -> str:
    """The comparison as one self-contained, offline HTML5 page.

    Args:
        comparison: the result of :func:`discrepancy.compare`.

    Returns:
        The page: inline CSS, a small inline script, inline SVG charts, no external
        resources, every untrusted string escaped. Same input, byte-identical output.

    >>> from discrepancy import Article, Comparison
    >>> page = comparison_html(Comparison(articles=(Article(id="a<b>", text="x"),), rows=()))
    >>> page.startswith("<!DOCTYPE html>"), "a&lt;b&gt;" in page, "a<b>" in page
    (True, True, False)
    """
    parts = comparison_parts(comparison)
    return page(
        f"Figures compared across {len(comparison.articles)} articles",
        parts.summary + LEGEND + HINT,
        parts.table,
        f"<section class=more><h2>The articles</h2>{parts.articles}"
        f"<h2>All evidence, row by row</h2>{parts.evidence}</section>\n",
    )
