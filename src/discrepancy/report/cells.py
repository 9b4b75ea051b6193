"""What the HTML views show of a row and its cells: titles, states, marks and figures.

Shared by the page (:mod:`.html`), its evidence (:mod:`.evidence`) and the notebook
views (:mod:`.notebook`). Every untrusted string goes through :func:`esc`.
"""

from __future__ import annotations

import html

from ..models import Cell, Row, RowKind, Verdict, window_label

__all__ = [
    "MATRIX_MAX",
    "STATE_MARK",
    "VERDICT_MARK",
    "cell_figure",
    "cell_state",
    "esc",
    "is_reported",
    "note_parts",
    "row_title",
    "window_words",
]

# Symbol and short label per cell state, so colour is never the only signal.
STATE_MARK = {
    "agree": ("✓", "agree"),
    "differ": ("≠", "differ"),
    # An empty cell has its own glyph, so it never reads as the row's "– omit" verdict.
    "omit": ("·", "not reported"),
    "single": ("●", "sole report"),
}

VERDICT_MARK = {
    Verdict.AGREE: ("✓", "agree"),
    Verdict.DIFFER: ("≠", "differ"),
    Verdict.OMIT: ("–", "omit"),
}

_NOTE_WORDS = {
    "not_reported": "not reported",
    "published_before_window": "published before this period ended",
}

# Up to this many articles the page is a matrix (a column per article). Beyond, each
# row lists only the articles that report it and summarises the silent ones, so the
# page grows with what was reported, not with rows x articles.
MATRIX_MAX = 12


def esc(text: object) -> str:
    """Text escaped for HTML, quotes included: every untrusted string goes through it."""
    return html.escape(str(text), quote=True)


def window_words(key: str | None) -> str:
    """A window label that wraps between its two days on a narrow screen."""
    return window_label(key).replace("..", " – ")


def row_title(row: Row) -> str:
    """What a row counts, in words: subject and event, or who said what for a statement."""
    k = row.key
    if k.kind is RowKind.STATEMENT:
        quote = k.event or ""
        quote = quote if len(quote) <= 90 else quote[:89] + "…"
        return f"{k.subject}: “{quote}”"
    return " ".join(x for x in (k.subject, k.event) if x)


def is_reported(cell: Cell) -> bool:
    """Whether the cell gives a figure or a statement."""
    return cell.fact is not None or cell.statement is not None


def cell_state(row: Row, cell: Cell) -> str:
    """The cell's state for its colour and mark: agree, differ, omit or single."""
    if not is_reported(cell):
        return "omit"
    if row.verdict is Verdict.DIFFER:
        return "differ"
    return "single" if sum(map(is_reported, row.cells)) == 1 else "agree"


def note_parts(note: str | None) -> list[str]:
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


def cell_figure(cell: Cell) -> str:
    """The cell as the article wrote it: the figure, the statement's day, or "not reported"."""
    if cell.fact is not None:
        return cell.fact.surface
    if cell.statement is not None:
        st = cell.statement
        if st.time_surface:
            return st.time_surface
        return window_words(st.time.key()) if st.time is not None else "undated"
    return "not reported"
