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

import html
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources

import regex

from .._exceptions import DiscrepancyError
from ..models import (
    Article,
    Cell,
    Comparison,
    Extraction,
    Fact,
    Interval,
    LocationBasis,
    Row,
    RowKind,
    Statement,
    TimeBasis,
    Verdict,
    window_label,
)
from .labels import article_names, interval_words, number_words, readable, when_words
from .updates import update_sequence, update_words

__all__ = ["comparison_html", "comparison_matrix_html", "extraction_html"]

# Links are emitted only for plain web addresses; anything else (javascript:, data:,
# relative paths, addresses hiding control characters or spaces) is shown as text.
_WEB_URL = regex.compile(
    r"""
    https?+://            # only the two web schemes, lower or upper case
    [^\s\x00-\x1f\x7f]++  # the rest: no whitespace or control characters anywhere
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Where a sentence ends, for statements (facts carry their own sentence span).
_SENTENCE_END = regex.compile(
    r"""
    [.!?][”"’)]*+\s   # a full stop (maybe closing a quote) followed by a space
    | \n              # or a line break
    """,
    regex.VERBOSE,
)

# Longest evidence passage shown whole; longer sentences are clipped around the figure.
_MAX_PASSAGE = 700
# Up to this many articles the page is a matrix (a column per article). Beyond, each
# row lists only the articles that report it and summarises the silent ones, so the
# page grows with what was reported, not with rows x articles.
_MATRIX_MAX = 12
# Silent articles named per row, then counted.
_MAX_NAMED = 12
_CONTEXT = 300

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# Symbol and short label per cell state, so colour is never the only signal.
_STATE_MARK = {
    "agree": ("✓", "agree"),
    "differ": ("≠", "differ"),
    # An empty cell has its own glyph, so it never reads as the row's "– omit" verdict.
    "omit": ("·", "not reported"),
    "single": ("●", "sole report"),
}
_VERDICT_MARK = {
    Verdict.AGREE: ("✓", "agree"),
    Verdict.DIFFER: ("≠", "differ"),
    Verdict.OMIT: ("–", "omit"),
}
_BASIS_WORDS = {
    TimeBasis.STATED: "stated with the figure",
    TimeBasis.CONTEXT: "carried from an earlier sentence",
    TimeBasis.DEFAULT: "assumed from the publication date",
    TimeBasis.NONE: "",
}
_NOTE_WORDS = {
    "not_reported": "not reported",
    "published_before_window": "published before this period ended",
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# --------------------------------------------------------------------------- words


def _num(value: float) -> str:
    """A figure with thousands separators and no spurious decimals."""
    return number_words(value, places=4)


def _when(value: date | datetime | None) -> str:
    return "date unknown" if value is None else when_words(value)


def _window(key: str | None) -> str:
    """A window label that wraps between its two days on a narrow screen."""
    return window_label(key).replace("..", " – ")


def _row_title(row: Row) -> str:
    k = row.key
    if k.kind is RowKind.STATEMENT:
        quote = k.event or ""
        quote = quote if len(quote) <= 90 else quote[:89] + "…"
        return f"{k.subject}: “{quote}”"
    return " ".join(x for x in (k.subject, k.event) if x)


def _attributions(row: Row) -> list[str]:
    seen: list[str] = []
    for cell in row.cells:
        a = cell.fact.attribution if cell.fact is not None else None
        if a is not None:
            words = a.source + (f" via {a.via}" if a.via else "")
            if words not in seen:
                seen.append(words)
    return seen


def _reported(cell: Cell) -> bool:
    return cell.fact is not None or cell.statement is not None


def _state(row: Row, cell: Cell) -> str:
    if not _reported(cell):
        return "omit"
    if row.verdict is Verdict.DIFFER:
        return "differ"
    return "single" if sum(map(_reported, row.cells)) == 1 else "agree"


def _note_parts(note: str | None) -> list[str]:
    """Readable pieces of a cell note ("copy_of:b; also: 900")."""
    out = []
    for part in (note or "").split("; "):
        if not part:
            continue
        if part.startswith("copy_of:"):
            out.append(f"copy of {part.removeprefix('copy_of:')}")
        else:
            out.append(_NOTE_WORDS.get(part, part))
    return out


def _cell_figure(cell: Cell) -> str:
    if cell.fact is not None:
        return cell.fact.surface
    if cell.statement is not None:
        st = cell.statement
        if st.time_surface:
            return st.time_surface
        return _window(st.time.key()) if st.time is not None else "undated"
    return "not reported"


# --------------------------------------------------------------------------- evidence


def _link(url: str) -> str:
    if _WEB_URL.fullmatch(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(url)}</a>'
    return f"<span class=url>{_e(url)}</span>"


def _passage(text: str, start: int, end: int, mark: tuple[int, int] | None) -> str:
    """``text[start:end]`` escaped, with ``mark`` wrapped in ``<mark>``, clipped if long."""
    start, end = max(0, start), min(len(text), end)
    if mark is not None and not (start <= mark[0] <= mark[1] <= end):
        mark = None
    lead = trail = ""
    if end - start > _MAX_PASSAGE:
        centre = mark or (start, start)
        new_start = max(start, centre[0] - _CONTEXT)
        new_end = min(end, centre[1] + _CONTEXT)
        lead = "…" if new_start > start else ""
        trail = "…" if new_end < end else ""
        start, end = new_start, new_end
    if mark is None:
        return lead + _e(text[start:end]) + trail
    return (
        lead
        + _e(text[start : mark[0]])
        + "<mark>"
        + _e(text[mark[0] : mark[1]])
        + "</mark>"
        + _e(text[mark[1] : end])
        + trail
    )


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, looking at most ``_CONTEXT`` chars away."""
    before = max(0, start - _CONTEXT)
    ends = list(_SENTENCE_END.finditer(text, before, start))
    s0 = ends[-1].end() if ends else before
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CONTEXT))
    s1 = after.end() if after else min(len(text), end + _CONTEXT)
    return s0, s1


def _dl(pairs: Iterable[tuple[str, str]]) -> str:
    """A definition list; values are already-escaped HTML."""
    return "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def _article_meta(article: Article) -> str:
    pairs = [
        ("Outlet", _e(article.outlet) if article.outlet else "<span class=basis>not stated</span>"),
        (
            "Published",
            _e(_when(article.published))
            + (" <em>(inferred)</em>" if article.published_inferred else ""),
        ),
        ("Article", f"<code>{_e(article.id)}</code>"),
    ]
    if article.url:
        pairs.append(("Address", _link(article.url)))
    if article.notes:
        pairs.append(
            ("Notes", "<ul>" + "".join(f"<li>{_e(n)}</li>" for n in article.notes) + "</ul>")
        )
    return _dl(pairs)


def _fact_details(fact: Fact) -> str:
    q = fact.quantity
    pairs = [("Figure", f"{_e(fact.surface)}: {_e(interval_words(q.value, q.unit))}")]
    if fact.time is not None or fact.time_surface:
        when = _window(fact.time.key()) if fact.time is not None else "no window"
        said = f"“{_e(fact.time_surface)}” → " if fact.time_surface else ""
        basis = _BASIS_WORDS[fact.time_basis]
        pairs.append(
            (
                "When",
                f"{said}{_e(when)}" + (f" <span class=basis>({basis})</span>" if basis else ""),
            )
        )
    if fact.location:
        carried = fact.location_basis is LocationBasis.CONTEXT
        note = " <span class=basis>(carried from an earlier sentence)</span>" if carried else ""
        pairs.append(("Where", _e(fact.location) + note))
    if fact.attribution is not None:
        a = fact.attribution
        pairs.append(("Said by", _e(a.source) + (f", via {_e(a.via)}" if a.via else "")))
    if fact.negated:
        pairs.append(("Note", "stated as a negation (none reported)"))
    return _dl(pairs)


def _statement_details(st: Statement) -> str:
    pairs = [("Speaker", _e(st.speaker))]
    when = _window(st.time.key()) if st.time is not None else "not dated"
    said = f"“{_e(st.time_surface)}” → " if st.time_surface else ""
    pairs.append(("Dated", f"{said}{_e(when)}"))
    return _dl(pairs)


def _evidence(row: Row, cell: Cell, article: Article, anchor: str, name: str) -> str:
    """One cell's evidence: the sentence with the figure marked, then the article."""
    text = article.text
    state = _state(row, cell)
    symbol, label = _STATE_MARK[state]
    parts = [
        f'<div class="evidence" id="{_e(anchor)}">',
        f"<p class=ev-row>{_e(_row_title(row))} · {_e(_window(row.key.window))}</p>",
        f'<h3>{_e(name)} <span class="chip v-{state}">{_e(symbol)} {_e(label)}</span></h3>',
    ]
    if cell.fact is not None:
        f = cell.fact
        passage = _passage(text, f.sentence_span[0], f.sentence_span[1], f.span)
        parts.append(f"<blockquote>{passage}</blockquote>")
        parts.append(_fact_details(f))
    elif cell.statement is not None:
        st = cell.statement
        s0, s1 = _sentence_of(text, *st.span)
        parts.append(f"<blockquote>{_passage(text, s0, s1, st.span)}</blockquote>")
        parts.append(_statement_details(st))
    else:
        parts.append(f"<p class=absent>This article does not report this {_e(_kind(row))}.</p>")
    notes = [n for n in _note_parts(cell.note) if n != "not reported"]
    if notes:
        said = "; ".join(notes)
        # Only the first letter: str.capitalize() would lower-case the outlet names in it.
        parts.append(f"<p class=cell-note>{_e(said[:1].upper() + said[1:])}.</p>")
    parts.append(_article_meta(article))
    parts.append("</div>")
    return "".join(parts)


def _kind(row: Row) -> str:
    return "statement" if row.key.kind is RowKind.STATEMENT else "figure"


# --------------------------------------------------------------------------- chart

_W, _LEFT, _RIGHT, _TOP, _LINE = 440, 140, 422, 14, 36


@dataclass(frozen=True)
class _Line:
    name: str
    surface: str
    value: Interval
    nominal: float
    unit: str | None


def _ticks(low: float, high: float, count: int = 5, *, whole: bool = False) -> list[float]:
    """Round-numbered ticks (1, 2, 2.5 or 5 times a power of ten) inside [low, high].

    With ``whole`` (an axis of counts) every tick is a whole number.

    >>> _ticks(1144, 1456)
    [1150.0, 1200.0, 1250.0, 1300.0, 1350.0, 1400.0, 1450.0]
    >>> _ticks(0, 3), _ticks(0, 3, whole=True)
    ([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0], [0.0, 1.0, 2.0, 3.0])
    """
    span = high - low
    magnitude = 10 ** math.floor(math.log10(span / count))
    steps = [m * magnitude for m in (10, 5, 2.5, 2, 1)]
    if whole:
        steps = [s for s in steps if s >= 1 and float(s).is_integer()] or [1.0]
    # The round step whose tick count comes nearest ``count`` (the larger on a tie).
    step = min(steps, key=lambda s: abs(span / s - count))
    first = math.ceil(low / step)
    return [
        float(round(i * step, 10))
        for i in range(first, first + count + 2)
        if low - 1e-9 * step <= i * step <= high + 1e-9 * step
    ]


def _tick_label(value: float, biggest: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e4, "k")):
        if biggest >= 10 * size:
            return _num(round(value / size, 3)) + suffix
    return _num(value)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _chart_lines(row: Row, names: dict[str, str]) -> list[_Line] | None:
    """The intervals to draw, in one unit; None when they cannot share an axis."""
    facts = [(c.article_id, c.fact) for c in row.cells if c.fact is not None]
    if len(facts) < 2:
        return None
    units = {f.quantity.unit for _, f in facts}
    target = row.key.unit if row.key.unit in units else sorted(u or "" for u in units)[-1] or None
    lines = []
    for aid, f in facts:
        value, nominal, unit = f.quantity.value, f.quantity.nominal, f.quantity.unit
        if unit != target:
            if unit is None or target is None:
                return None  # a bare count beside a measurement has no common axis
            # pint loads only when a row really mixes units.
            from ..comparison.units import convert

            try:
                value = convert(value, unit, target)
                nominal_iv = convert(Interval.point(nominal), unit, target)
            except (DiscrepancyError, ValueError):
                return None
            nominal = nominal_iv.low if nominal_iv.low is not None else nominal
        if not math.isfinite(nominal):
            return None
        # An infinite bound is drawn like a missing one: an arrow to the edge.
        value = value.model_copy(
            update={
                "low": value.low if value.low is not None and math.isfinite(value.low) else None,
                "high": value.high
                if value.high is not None and math.isfinite(value.high)
                else None,
            }
        )
        lines.append(_Line(names.get(aid, aid), f.surface, value, nominal, target))
    return lines


def _chart(row: Row, names: dict[str, str], index: int) -> str:
    """An inline SVG: one line per reporting article on a shared number axis."""
    lines = _chart_lines(row, names)
    if lines is None:
        return ""
    finite = [x for ln in lines for x in (ln.value.low, ln.value.high, ln.nominal) if x is not None]
    low, high = min(finite), max(finite)
    pad = (high - low) * 0.12 if high > low else max(abs(high) * 0.1, 1.0)
    open_top = any(ln.value.high is None for ln in lines)
    open_bottom = any(ln.value.low is None for ln in lines)
    lo = low - pad * (2 if open_bottom else 1)
    hi = high + pad * (2 if open_top else 1)
    if low >= 0 > lo:
        lo = 0.0 if not open_bottom else lo

    def x(v: float) -> float:
        return _LEFT + (v - lo) / (hi - lo) * (_RIGHT - _LEFT)

    height = _TOP + _LINE * len(lines) + 30
    axis_y = _TOP + _LINE * len(lines) + 2
    title_id = f"chart-{index}-t"
    words = "; ".join(f"{ln.name}: {ln.surface} ({interval_words(ln.value)})" for ln in lines)
    out = [
        f'<svg class=chart viewBox="0 0 {_W} {height}" role="img" '
        f'aria-labelledby="{title_id}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{title_id}">{_e(words)}</title>',
    ]
    # A chart of counts (no unit) gets whole-number ticks: there is no half a drone.
    ticks = _ticks(lo, hi, whole=all(ln.unit is None for ln in lines))
    biggest = max(abs(lo), abs(hi))
    for t in ticks:
        tx = f"{x(t):.1f}"
        out.append(f'<line class=grid x1="{tx}" x2="{tx}" y1="{_TOP - 6}" y2="{axis_y}"/>')
        out.append(
            f'<text class=tick x="{tx}" y="{axis_y + 16}" text-anchor="middle">'
            f"{_e(_tick_label(t, biggest))}</text>"
        )
    out.append(f'<line class=axis x1="{_LEFT}" x2="{_RIGHT}" y1="{axis_y}" y2="{axis_y}"/>')
    for i, ln in enumerate(lines):
        y = _TOP + _LINE * i + 12
        v = ln.value
        x0 = x(v.low) if v.low is not None else float(_LEFT)
        x1 = x(v.high) if v.high is not None else float(_RIGHT)
        out.append(f"<g><title>{_e(ln.name)}: {_e(ln.surface)}, {_e(interval_words(v))}</title>")
        out.append(
            f'<text class=name x="2" y="{y - 2}">{_e(_clip(ln.name, 17))}</text>'
            f'<text class=surface x="2" y="{y + 12}">{_e(_clip(ln.surface, 20))}</text>'
        )
        out.append(f'<line class=seg x1="{x0:.1f}" x2="{x1:.1f}" y1="{y}" y2="{y}"/>')
        if v.low is None:
            out.append(f'<path class=arrow d="M{x0:.1f} {y}l9 -5v10z"/>')
        if v.high is None:
            out.append(f'<path class=arrow d="M{x1:.1f} {y}l-9 -5v10z"/>')
        nx = x(ln.nominal)
        out.append(f'<path class=nominal d="M{nx:.1f} {y - 9}v18"/>')
        ends = [(v.low, v.low_closed), (v.high, v.high_closed)]
        for bound, closed in ends[:1] if v.is_point else ends:
            if bound is not None:
                kind = "closed" if closed else "open"
                out.append(f'<circle class="end {kind}" cx="{x(bound):.1f}" cy="{y}" r="4.5"/>')
        out.append("</g>")
    out.append("</svg>")
    return (
        "<figure class=chart-box>"
        + "".join(out)
        + "<figcaption>● bound included · ○ bound excluded · ▶ no bound on that side · "
        "│ the figure as written</figcaption></figure>"
    )


# --------------------------------------------------------------------------- page


def _header_cell(article: Article, name: str) -> str:
    sub = [_e(_when(article.published))]
    if article.published_inferred:
        sub.append("<em>(inferred)</em>")
    ident = f"<span class=aid>{_e(article.id)}</span>" if name != article.id else ""
    return (
        f'<th scope="col" class=art><span class=outlet>{_e(name)}</span>'
        f"<span class=pub>{' '.join(sub)}</span>{ident}</th>"
    )


def _row_meta(row: Row) -> str:
    k = row.key
    bits = [f"<span>When: {_e(_window(k.window))}</span>"] if k.window else []
    if k.location:
        bits.append(f"<span>Where: {_e(k.location)}</span>")
    if k.unit:
        bits.append(f"<span>Unit: {_e(k.unit)}</span>")
    if k.claimant:
        bits.append(f"<span>Claimed by: {_e(k.claimant)}</span>")
    said = _attributions(row)
    if said:
        bits.append(f"<span>Said by: {_e('; '.join(said))}</span>")
    return "<span class=meta>" + "".join(bits) + "</span>"


def _cell_button(row: Row, cell: Cell, name: str, anchor: str, *, named: bool = False) -> str:
    state = _state(row, cell)
    symbol, label = _STATE_MARK[state]
    figure = _cell_figure(cell)
    notes = _note_parts(cell.note)
    small = "; ".join(n for n in notes if n != figure)
    aria = f"{name}: {figure} ({label}). Show the evidence."
    who = f"<span class=who>{_e(name)}</span>" if named else ""
    return (
        f'<button type="button" class="cell v-{state}" data-evidence="{_e(anchor)}" '
        f'aria-pressed="false" aria-controls="panel" aria-label="{_e(aria)}">{who}'
        f'<span class=sym aria-hidden="true">{_e(symbol)}</span> '
        f"<span class=fig>{_e(figure)}</span>"
        + (f"<span class=note>{_e(small)}</span>" if small else "")
        + "</button>"
    )


def _names_list(ids: list[str], names: dict[str, str]) -> str:
    shown = [names.get(i, i) for i in ids[:_MAX_NAMED]]
    more = len(ids) - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more else "")


def _reports_cell(row: Row, r: int, names: dict[str, str]) -> str:
    """The wide layout's one cell: a button per reporting article, the silent summarised."""
    buttons = []
    silent: list[str] = []
    early: list[str] = []
    for i, c in enumerate(row.cells):
        if _reported(c):
            name = names.get(c.article_id, c.article_id)
            buttons.append(_cell_button(row, c, name, f"ev-{r}-{i}", named=True))
        elif c.note == "published_before_window":
            early.append(c.article_id)
        else:
            silent.append(c.article_id)
    quiet = []
    if silent:
        quiet.append(f"· Silent ({len(silent):,}): {_e(_names_list(silent, names))}")
    if early:
        quiet.append(
            f"· Published before this period ended ({len(early):,}): "
            f"{_e(_names_list(early, names))}"
        )
    return (
        "<td class=reports><div class=report-list>"
        + "".join(buttons)
        + "</div>"
        + "".join(f"<p class=silent>{q}</p>" for q in quiet)
        + "</td>"
    )


def _why(row: Row, r: int, names: dict[str, str], by_id: dict[str, Article]) -> str:
    why = [f"<p>{_e(readable(row.explanation, names))}</p>"]
    steps = update_sequence(row, by_id)
    if steps:
        words = update_words(steps, names)
        why.append(f"<p class=updates>{_e(words[:1].upper() + words[1:])}.</p>")
    if row.assumptions:
        # Shortest first: the plainest sentence shows, the rest wait behind "more".
        said = sorted((readable(a, names) for a in row.assumptions), key=len)
        why.append(f"<p class=assume>Assumed: {_e(said[0])}</p>")
        if len(said) > 1:
            why.append(
                f"<details class=assume><summary>{len(said) - 1} more assumption"
                f"{'s' if len(said) > 2 else ''}</summary><ul class=assume>"
                + "".join(f"<li>{_e(a)}</li>" for a in said[1:])
                + "</ul></details>"
            )
    if row.verdict is Verdict.DIFFER and row.key.kind is RowKind.FIGURE:
        why.append(_chart(row, names, r))
    return "".join(why)


def _row_html(
    row: Row, r: int, by_id: dict[str, Article], names: dict[str, str], *, wide: bool
) -> str:
    symbol, label = _VERDICT_MARK[row.verdict]
    if wide:
        cells = _reports_cell(row, r, names)
        span = 2
    else:
        cells = "".join(
            f"<td class=v-{_state(row, c)}>"
            + _cell_button(row, c, names.get(c.article_id, c.article_id), f"ev-{r}-{i}")
            + "</td>"
            for i, c in enumerate(row.cells)
        )
        span = len(row.cells) + 1
    return (
        f'<tr class="fact r-{row.verdict.value}" id="row-{r}">'
        f'<th scope="row" class=rowhead><span class="chip v-{row.verdict.value}">'
        f"{_e(symbol)} {_e(label)}</span> <span class=what>{_e(_row_title(row))}</span>"
        f"{_row_meta(row)}</th>{cells}</tr>"
        f'<tr class=why><td colspan="{span}"><div class=why-in>'
        + _why(row, r, names, by_id)
        + "</div></td></tr>"
    )


def _summary(comparison: Comparison, names: dict[str, str]) -> str:
    counts = {v: sum(r.verdict is v for r in comparison.rows) for v in Verdict}
    n = len(comparison.articles)
    text = (
        f"{n} article{'s' if n != 1 else ''}, {len(comparison.rows)} rows: "
        f"<strong>{counts[Verdict.DIFFER]} differ</strong>, {counts[Verdict.AGREE]} agree, "
        f"{counts[Verdict.OMIT]} with an outlet silent."
    )
    copies = "".join(
        f"<li>Copies of one story (similarity {g.similarity:.2f}): "
        f"{_e(_names_list(list(g.article_ids), names))}</li>"
        for g in comparison.copies
    )
    return f"<p class=summary>{text}</p>" + (f"<ul class=copies>{copies}</ul>" if copies else "")


_LEGEND = (
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
    by_id = {a.id: a for a in comparison.articles}
    names = article_names(comparison.articles)
    wide = len(comparison.articles) > _MATRIX_MAX
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
        _row_html(row, r, by_id, names, wide=wide) for r, row in enumerate(comparison.rows)
    )
    evidence = "".join(
        "<details><summary>"
        + f"{_e(_VERDICT_MARK[row.verdict][0])} {_e(_row_title(row))} · "
        + f"{_e(_window(row.key.window))}</summary>"
        + "".join(
            _evidence(row, c, by_id[c.article_id], f"ev-{r}-{i}", names[c.article_id])
            for i, c in enumerate(row.cells)
            if not wide or _reported(c)
        )
        + "</details>"
        for r, row in enumerate(comparison.rows)
    )
    articles = "".join(
        f"<details><summary>{_e(names[a.id])} · {_e(_when(a.published))}</summary>"
        f'<div class="evidence">{_article_meta(a)}</div></details>'
        for a in comparison.articles
    )
    title = f"Figures compared across {len(comparison.articles)} articles"
    empty = "" if comparison.rows else "<p class=hint>No figures to compare in these articles.</p>"
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n",
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
            '<meta name=viewport content="width=device-width, initial-scale=1">\n',
            "<meta name=referrer content=no-referrer>\n",
            '<meta name=generator content="discrepancy">\n',
            f"<title>{_e(title)}</title>\n<style>\n{_STYLE}</style>\n</head>\n<body>\n",
            f"<header class=top><h1>{_e(title)}</h1>{_summary(comparison, names)}{_LEGEND}",
            "<p class=hint>Choose a figure to see the sentence it comes from.</p></header>\n",
            "<div class=layout><main>",
            '<div class=scroll tabindex="0" role="region" '
            'aria-label="Comparison table, scrolls sideways">',
            f"<table class=matrix><caption class=hint>{caption}</caption>",
            f'<thead><tr><th scope="col" class=corner>Figure</th>{columns}</tr></thead>',
            f"<tbody>{body_rows}</tbody></table></div>{empty}</main>\n",
            '<aside id=panel tabindex="-1" aria-live="polite" aria-label="Evidence">',
            '<div class=panel-head><h2>Evidence</h2><button type="button" id=panel-close '
            'aria-label="Close the evidence">×</button></div>',
            "<div id=panel-body><p class=hint>Choose a figure in the table to see the "
            "sentence it comes from and what is known about the article.</p></div>"
            "</aside></div>\n",
            f"<section class=more><h2>The articles</h2>{articles}",
            f"<h2>All evidence, row by row</h2>{evidence}</section>\n",
            "<footer>Made with discrepancy. The page is self-contained: it loads nothing "
            "from the network.</footer>\n",
            f"<script>\n{_SCRIPT}</script>\n</body>\n</html>\n",
        ]
    )


# --------------------------------------------------------------------------- notebooks

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
    return f'<table style="{_NB_TABLE}"><caption>{_e(caption)}</caption>{"".join(lines)}</table>'


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
    wide = len(comparison.articles) > _MATRIX_MAX
    caption = comparison.summary()
    heads = ["verdict", "figure", "when"] + (
        ["reported by"] if wide else [_e(names[a.id]) for a in comparison.articles]
    )
    lines = [_nb_row(heads, head=True)]
    for row in comparison.rows[:max_rows]:
        symbol, label = _VERDICT_MARK[row.verdict]
        lead = [f"{_e(symbol)} {_e(label)}", _e(_row_title(row)), _e(_window(row.key.window))]
        shade = [_NB_COLOUR[row.verdict.value], "", ""]
        if wide:
            said = [
                f"{_e(names.get(c.article_id, c.article_id))}: {_e(_cell_figure(c))}"
                for c in row.cells
                if _reported(c)
            ]
            silent = len(row.cells) - len(said)
            lines.append(
                _nb_row(
                    [*lead, "; ".join(said) + (f" (· {silent:,} silent)" if silent else "")],
                    colours=shade,
                )
            )
        else:
            cells = [_e(_cell_figure(c)) if _reported(c) else "·" for c in row.cells]
            colours = [_NB_COLOUR[_state(row, c)] for c in row.cells]
            lines.append(_nb_row([*lead, *cells], colours=[*shade, *colours]))
    more = len(comparison.rows) - max_rows
    if more > 0:
        lines.append(
            f'<tr><td colspan="{len(heads)}" style="{_NB_CELL}">… and {more:,} more rows '
            "(comparison.to_html() gives the whole report)</td></tr>"
        )
    return (
        f'<table style="{_NB_TABLE}"><caption>{_e(caption)}</caption>' + "".join(lines) + "</table>"
    )


def extraction_html(extraction: Extraction, *, max_facts: int = 60) -> str:
    """An extraction as a compact HTML table of its facts, for a notebook."""
    a = extraction.article
    caption = (
        f"{a.outlet or a.id} · {_when(a.published)} · {len(extraction.facts):,} facts, "
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
                    _e(f.surface),
                    _e(" ".join(x for x in (f.subject, f.event) if x)),
                    _e(interval_words(q.value, q.unit)),
                    _e(_window(f.time.key()) if f.time else ""),
                    _e(f.location or ""),
                    _e(f.attribution.source if f.attribution else ""),
                ]
            )
        )
    more = len(extraction.facts) - max_facts
    if more > 0:
        lines.append(f'<tr><td colspan="7" style="{_NB_CELL}">… and {more:,} more facts</td></tr>')
    return (
        f'<table style="{_NB_TABLE}"><caption>{_e(caption)}</caption>' + "".join(lines) + "</table>"
    )
