"""The evidence of one cell of the HTML page: the article's sentence with the figure
marked, what was read about the figure, and what is known about the article.

Addresses become links only for plain http(s) addresses; everything else is text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..models import Article, Cell, Fact, LocationBasis, Row, RowKind, Statement, TimeBasis
from .cells import STATE_MARK, cell_state, esc, note_parts, row_title, window_words
from .labels import interval_words, when_words

__all__ = ["article_meta", "cell_evidence"]

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

_CONTEXT = 300

_BASIS_WORDS = {
    TimeBasis.STATED: "stated with the figure",
    TimeBasis.CONTEXT: "carried from an earlier sentence",
    TimeBasis.DEFAULT: "assumed from the publication date",
    TimeBasis.NONE: "",
}


def _link(url: str) -> str:
    if _WEB_URL.fullmatch(url):
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(url)}</a>'
    return f"<span class=url>{esc(url)}</span>"


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
        return lead + esc(text[start:end]) + trail
    return (
        lead
        + esc(text[start : mark[0]])
        + "<mark>"
        + esc(text[mark[0] : mark[1]])
        + "</mark>"
        + esc(text[mark[1] : end])
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
    return "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def article_meta(article: Article) -> str:
    """What is known about the article, as a definition list."""
    pairs = [
        (
            "Outlet",
            esc(article.outlet) if article.outlet else "<span class=basis>not stated</span>",
        ),
        (
            "Published",
            esc(when_words(article.published))
            + (" <em>(inferred)</em>" if article.published_inferred else ""),
        ),
        ("Article", f"<code>{esc(article.id)}</code>"),
    ]
    if article.url:
        pairs.append(("Address", _link(article.url)))
    if article.notes:
        pairs.append(
            ("Notes", "<ul>" + "".join(f"<li>{esc(n)}</li>" for n in article.notes) + "</ul>")
        )
    return _dl(pairs)


def _fact_details(fact: Fact) -> str:
    q = fact.quantity
    pairs = [("Figure", f"{esc(fact.surface)}: {esc(interval_words(q.value, q.unit))}")]
    if fact.time is not None or fact.time_surface:
        when = window_words(fact.time.key()) if fact.time is not None else "no window"
        said = f"“{esc(fact.time_surface)}” → " if fact.time_surface else ""
        basis = _BASIS_WORDS[fact.time_basis]
        pairs.append(
            (
                "When",
                f"{said}{esc(when)}" + (f" <span class=basis>({basis})</span>" if basis else ""),
            )
        )
    if fact.location:
        carried = fact.location_basis is LocationBasis.CONTEXT
        note = " <span class=basis>(carried from an earlier sentence)</span>" if carried else ""
        pairs.append(("Where", esc(fact.location) + note))
    if fact.attribution is not None:
        a = fact.attribution
        pairs.append(("Said by", esc(a.source) + (f", via {esc(a.via)}" if a.via else "")))
    if fact.negated:
        pairs.append(("Note", "stated as a negation (none reported)"))
    return _dl(pairs)


def _statement_details(st: Statement) -> str:
    pairs = [("Speaker", esc(st.speaker))]
    when = window_words(st.time.key()) if st.time is not None else "not dated"
    said = f"“{esc(st.time_surface)}” → " if st.time_surface else ""
    pairs.append(("Dated", f"{said}{esc(when)}"))
    return _dl(pairs)


def _kind(row: Row) -> str:
    return "statement" if row.key.kind is RowKind.STATEMENT else "figure"


def cell_evidence(row: Row, cell: Cell, article: Article, anchor: str, name: str) -> str:
    """One cell's evidence: the sentence with the figure marked, then the article."""
    text = article.text
    state = cell_state(row, cell)
    symbol, label = STATE_MARK[state]
    parts = [
        f'<div class="evidence" id="{esc(anchor)}">',
        f"<p class=ev-row>{esc(row_title(row))} · {esc(window_words(row.key.window))}</p>",
        f'<h3>{esc(name)} <span class="chip v-{state}">{esc(symbol)} {esc(label)}</span></h3>',
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
        parts.append(f"<p class=absent>This article does not report this {esc(_kind(row))}.</p>")
    notes = [n for n in note_parts(cell.note) if n != "not reported"]
    if notes:
        said = "; ".join(notes)
        # Only the first letter: str.capitalize() would lower-case the outlet names in it.
        parts.append(f"<p class=cell-note>{esc(said[:1].upper() + said[1:])}.</p>")
    parts.append(article_meta(article))
    parts.append("</div>")
    return "".join(parts)
