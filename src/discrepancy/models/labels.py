"""Values in words, for reprs and reports: a window key as a label, an interval as notation.

The models' reprs and every report speak of windows and intervals the same way, so the
words live here, below both.

>>> window_label("span:2025-09-01..2025-09-05")
'2025-09-01..2025-09-05'
>>> window_label("night:2025-09-03..2025-09-04")
'night of 2025-09-03/04'
>>> window_label("day:????-09-05..????-09-05")
'09-05 (year not stated)'
>>> window_label("night:unresolved:overnight@003")
'overnight (undated)'
>>> window_label("span:since the war began..2026-11-16")
'since the war began, to 2026-11-16'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .comparison import Row
    from .figures import Interval

__all__ = [
    "ID_MARKS",
    "interval_notation",
    "mark",
    "marked_notes",
    "marked_row",
    "plain",
    "window_label",
]


def window_label(key: str | None) -> str:
    """A short human label for a window key (see :meth:`TimeWindow.key`)."""
    if not key:
        return "any time"
    shape, _, rest = key.partition(":")
    # An "@article" suffix keeps one article's undated window apart from others'.
    rest = rest.split("@", 1)[0]
    if rest.startswith("unresolved:"):
        return f"{rest.removeprefix('unresolved:')} (undated)"
    start, _, end = rest.partition("..")
    if start[:1].isalpha():
        return f"{start}, to {end}"  # a running total: "since the war began, to 2026-11-16"
    if start.startswith("????"):
        s, e = start[5:], end[5:]
        return f"{s if s == e else s + '..' + e} (year not stated)"
    if shape == "night" and start[:8] == end[:8]:
        return f"night of {start}/{end[8:]}"
    return start if start == end else f"{start}..{end}"


def _number(value: float) -> str:
    # Round away float noise (50 * 1.1 == 55.00000000000001) so a golden does not
    # change when the same interval is computed in another order.
    rounded = round(value, 6)
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


def interval_notation(value: Interval) -> str:
    """The short notation of an interval: brackets for closed ends, parentheses for
    open ones, ``inf`` for a missing bound.

    >>> from discrepancy import Interval
    >>> interval_notation(Interval(low=45, high=50 * 1.1))
    '[45, 55]'
    >>> interval_notation(Interval(low=1300, low_closed=False))
    '(1300, inf)'
    >>> interval_notation(Interval(high=0.5, high_closed=False))
    '(-inf, 0.5)'
    """
    low = "(-inf" if value.low is None else ("[" if value.low_closed else "(") + _number(value.low)
    high = (
        "inf)" if value.high is None else _number(value.high) + ("]" if value.high_closed else ")")
    )
    return f"{low}, {high}"


# Article ids in a row's notes, marked while the comparison writes them, so a report
# names the outlet only where a note names an article (see comparison/notes.py).
# Private-use characters (U+E000, U+E001) around an article id in a note being built.
ID_MARKS = ("\ue000", "\ue001")
_MARKED_ID = re.compile(f"{ID_MARKS[0]}([^{ID_MARKS[0]}{ID_MARKS[1]}]*){ID_MARKS[1]}")
# Where a row keeps its marked notes: a key of its __dict__ that is no field, so JSON,
# equality and copies of the row's fields never see it.
_MARKED = "marked_notes"


def mark(aid: str) -> str:
    """An article id as a note writes it: marked, so a report can name its outlet."""
    return f"{ID_MARKS[0]}{aid}{ID_MARKS[1]}"


def plain(text: str, names: Mapping[str, str] | None = None) -> str:
    """A note without id marks: the English a row stores, or with ``names`` the text
    people read, each marked id replaced by its name. A lone mark character (one an
    article's own text may hold, in a quoted figure) is left as it is.

    >>> plain(mark("a") + " gives a figure")
    'a gives a figure'
    >>> plain(mark("a") + " gives a figure", {"a": "Wire"})
    'Wire gives a figure'
    """
    if names is None:
        return _MARKED_ID.sub(r"\1", text)
    return _MARKED_ID.sub(lambda m: names.get(m[1], m[1]), text)


def marked_row(row: Row) -> Row:
    """``row``, whose explanation and assumptions carry id marks, with the plain text in
    its fields and the marked text kept beside them (see :func:`marked_notes`)."""
    out = row.model_copy(
        update={
            "explanation": plain(row.explanation),
            "assumptions": tuple(plain(a) for a in row.assumptions),
        }
    )
    out.__dict__[_MARKED] = (row.explanation, *row.assumptions)
    return out


def marked_notes(row: Row) -> tuple[str, ...] | None:
    """The row's explanation and assumptions with id marks, when the comparison made
    the row and its text is still the text it made; else None."""
    notes = row.__dict__.get(_MARKED)
    if not isinstance(notes, tuple):
        return None
    if tuple(plain(n) for n in notes) != (row.explanation, *row.assumptions):
        return None
    return notes
