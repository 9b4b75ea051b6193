"""Scale after a figure: whether a lower-case "m" is million or metre, and the
rounding of scaled products.
"""

from __future__ import annotations

import re

from .nouns import _is_plural
from .patterns import _NEXT_WORD
from .state import _Core, _Scanner

# After a lower-case "m": the figure is a height, length or distance in metres.
_METRE_CONTEXT = re.compile(
    r"(?:[ \t\u00a0]+|-)(?:tall|high|long|wide|deep|away|above|below|across|thick|"
    r"in[ \t\u00a0]+(?:height|length|diameter|depth|width))(?![a-z])"
)


def _million(sc: _Scanner, end: int, currency: str | None, core: _Core) -> bool:
    """Whether a lower-case "m" glued to a figure is million rather than metre.

    Money is always millions ("£2m"); so is a figure before a plural noun ("12m
    subscribers"). A figure before a word of height, length or distance is in
    metres ("1.9m tall", "8m-long"); otherwise a decimal reads as millions
    ("1.5m"), a whole number as metres ("the 100m final").
    """
    if currency is not None:
        return True
    if _METRE_CONTEXT.match(sc.low, end):
        return False
    word = _NEXT_WORD.match(sc.low, end + 1) if sc.low[end : end + 1] == " " else None
    if word is not None and _is_plural(word.group()) and word.group() not in sc.rules.units:
        return True
    return core.decimal


def _tidy(x: float) -> float:
    """``x`` to 12 significant digits: the float noise of a product is no part of a figure."""
    return float(f"{x:.12g}")
