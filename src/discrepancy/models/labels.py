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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import Interval

__all__ = ["interval_notation", "window_label"]


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
