"""Second figures after a first: ranges ("10-15", "between 3 and 5 million"), upper
bounds after a lower one ("more than 200 but fewer than 300"), shares ("one in six").
"""

from __future__ import annotations

import re

from ...models import Qualifier, QuantityKind
from ...rules.quantities import _ABBR_SCALE, _form
from ...text.numwords import NUMBER_WORDS, SCALE_WORDS, read_number_words
from .patterns import (
    _ASCII_DIGITS,
    _GROUP_SEP,
    _NUMBER,
    _RANGE_JOIN,
    _RUN,
    _SCALE_AFTER,
    _TOKEN,
    _WORD,
)
from .state import _Core, _Scanner

# "30k or 45k ... respectively": two figures, not a range.
_RESPECTIVELY = re.compile(r"[^.;!?]{0,120}?respectively")
# Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SMALL_INT = re.compile(r"[0-9]{1,3}(?![0-9,.:])")
_RANGE_CURRENCY = re.compile(r"US\$|\$|€|£|¥|₹")
_ONE_IN = re.compile(r"[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+")  # "one out of five"


def _upper_bound(
    sc: _Scanner, end: int, low_value: float, currency: str | None
) -> tuple[float, bool, int] | None:
    """``(high, closed, end)`` of "but fewer than 300" after a lower bound, if any."""
    m = sc.rules.upper_after.match(sc.low, end)
    if m is None:
        return None
    p = m.end()
    if currency is not None:
        cm = _RANGE_CURRENCY.match(sc.text, p)
        if cm is not None:
            p = cm.end()
    num = _NUMBER.match(sc.text, p)
    if num is None:
        return None
    q = num.end()
    high = float(_GROUP_SEP.sub("", num.group()))
    sm = _SCALE_AFTER.match(sc.low, q)
    if sm is not None and sm.group("w") is not None:
        high *= SCALE_WORDS[sm.group("w")]
        q = sm.end()
    if high <= low_value:
        return None
    closed = sc.rules.hedges[" ".join(m.group("h").split())] is Qualifier.AT_MOST
    return high, closed, q


def _range(
    sc: _Scanner,
    end: int,
    value: float,
    unit: str | None,
    currency: str | None,
    core: _Core,
    between: bool,
) -> tuple[float, float, int, str | None, QuantityKind] | None:
    """``(first, second, end, unit, kind)`` of a range whose first figure ends at ``end``.

    The second figure's scale carries over to the first when the first has none
    ("between 3 and 5 million").
    """
    text, low, rules = sc.text, sc.low, sc.rules
    j = _RANGE_JOIN.match(low, end)
    if j is None:
        return None
    joiner = " ".join(j.group().strip().lstrip("-").split())
    if joiner == "and" and not between:
        return None
    if joiner == "up to" and not between:
        return None  # "from 600 up to 1,100" only
    if between and joiner not in ("and", "to", "up to") and joiner not in _DASHES:
        return None
    p = j.end()
    negative = False
    if text[p : p + 1] in ("-", "\u2212") and text[p + 1 : p + 2] in _ASCII_DIGITS:
        negative = value < 0  # "from -5 °C to -12 °C"; a dash after a positive is no sign
        if not negative:
            return None
        p += 1
    currency2: str | None = None
    cm = _RANGE_CURRENCY.match(text, p)
    if cm is not None:
        currency2 = rules.currencies_before[cm.group()]
        if currency2 != currency and (currency is not None or unit is not None):
            return None  # "fell 2.1% to $38.40": a change, and then a price
        p = cm.end()
    if p >= len(text):
        return None
    second: float
    if text[p] in _ASCII_DIGITS:
        m = _NUMBER.match(text, p)
        assert m is not None
        q = m.end()
        if q < len(text) and (
            text[q].isalpha() and not (_SCALE_AFTER.match(low, q) or rules.unit_after.match(low, q))
        ):
            return None
        if (q < len(text) and text[q] in ":/") or (
            q + 1 < len(text) and text[q] == "." and text[q + 1] in _ASCII_DIGITS
        ):
            return None
        second = float(_GROUP_SEP.sub("", m.group()))
        if (
            joiner in _DASHES
            and core.plain
            and m.group().isdigit()
            and len(m.group()) == 4
            and 1500 <= second <= 2100
            and 1500 <= value <= 2100
        ):
            return None  # a span of years, never a range of counts
    else:
        wm = _WORD.match(low, p)
        if wm is None or (wm.group() not in NUMBER_WORDS and wm.group() not in SCALE_WORDS):
            return None
        run = _RUN.match(low, p)
        assert run is not None
        tokens = _TOKEN.findall(low[p : run.end()])
        second, used = read_number_words(tokens)
        if used == 0:
            return None
        spans = [m.end() for m in _TOKEN.finditer(low[p : run.end()])]
        q = p + spans[used - 1]
        if tokens[used - 1] in SCALE_WORDS and core.words:
            # "between six and seven thousand": the scale word is shared.
            word_scale = SCALE_WORDS[tokens[used - 1]]
            if value < word_scale and value < second / word_scale + 1e-12:
                value *= word_scale
    if negative:
        second = -second
    # The second figure's own scale applies to the first when the first has none.
    sm = _SCALE_AFTER.match(low, q)
    scale = 1.0
    if sm is not None and not text[p].isalpha():
        word, abbr, glued = sm.group("w"), sm.group("a") or sm.group("a2"), sm.group("g")
        if word is not None:
            scale = SCALE_WORDS[word]
        elif abbr is not None:
            scale = _ABBR_SCALE[abbr]
        elif glued == "k" or (glued in "mb" and currency is not None):
            scale = {"k": 1e3, "m": 1e6, "b": 1e9}[glued]
        if scale != 1.0:
            q = sm.end()
    second *= scale
    first = value
    if scale != 1.0 and value * scale <= second and value < second / scale + 1e-12:
        first = value * scale
    unit2: str | None = currency2
    kind2 = QuantityKind.COUNT if currency2 is None else QuantityKind.MONEY
    um = None if currency2 is not None else rules.unit_after.match(low, q)
    if um is not None:
        unit2, kind2 = rules.units[_form(um, "u")]
        if unit is not None and unit2 != unit:
            return None
        q = um.end()
    elif currency is not None:
        ca = rules.currency_after.match(low, q)
        if ca is not None:
            q = ca.end()
    if negative and second < first:
        first, second = second, first  # "from -5 °C to -12 °C" runs down in value
    if second <= first or (unit is not None and unit2 is None and joiner == "to"):
        return None  # "rose 10 percent to 3,400": a change, and then a level
    if joiner == "or" and _RESPECTIVELY.match(low, q):
        return None
    return first, second, q, unit2, kind2


def _one_in(sc: _Scanner, end: int) -> tuple[float, int] | None:
    """``(denominator, end)`` of "in six" or "out of 10" after "one" at ``end``, if any."""
    m = _ONE_IN.match(sc.low, end)
    if m is None:
        return None
    p = m.end()
    if p < len(sc.text) and sc.text[p] in _ASCII_DIGITS:
        num = _SMALL_INT.match(sc.text, p)
        return (float(num.group()), num.end()) if num else None
    word = _WORD.match(sc.low, p)
    if word is not None and word.group() in NUMBER_WORDS:
        return float(NUMBER_WORDS[word.group()]), word.end()
    return None
