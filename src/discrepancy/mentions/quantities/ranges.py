"""Second figures after a first: ranges ("10-15", "two or three", "between 3 and 5
million"), and shares ("one in six").
"""

from __future__ import annotations

import re

from ...models import Direction, Form, Qualifier, QuantityKind
from ...rules.numbers import NUMBER_WORDS, SCALE_WORDS
from ...rules.quantities import _ABBR_SCALE, _form
from ...text.numwords import read_number_words
from .patterns import (
    _ASCII_DIGITS,
    _GLUED_DEGREES,
    _GROUP_SEP,
    _NUMBER,
    _RANGE_CURRENCY,
    _RANGE_JOIN,
    _RUN,
    _SCALE_AFTER,
    _TOKEN,
    _WORD,
)
from .state import _Figure, _Scanner
from .units import _METRE_CONTEXT

# "30k or 45k ... respectively": two figures, not a range.
_RESPECTIVELY = re.compile(r"[^.;!?]{0,120}?respectively")
# Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SMALL_INT = re.compile(r"[0-9]{1,3}(?![0-9,.:])")
_ONE_IN = re.compile(r"[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+")  # "one out of five"


_RANGE_QUALIFIERS = frozenset(
    [Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_MOST, Qualifier.AT_LEAST]
)
_SCALE_LETTERS = {"k": 1e3, "m": 1e6, "b": 1e9}


def _read_range(sc: _Scanner, f: _Figure, governor: tuple[Direction, Form, str] | None) -> None:
    """Take a range's second figure: "10-15", "two or three", "between 110,000 and 150,000".

    Sets ``f.value`` (the first figure, scaled like the second), ``f.high``,
    ``f.end``, the unit the second figure names, and the qualifier ``RANGE`` for an
    unhedged range; "between" joins the hedge and the span. After a change word, "to"
    leads to the level reached, not to a range ("rose by 100 to 1,500"). For two
    figures that are no range ("raised the age from 62 to 64 years") only the unit
    they share is taken.
    """
    if f.no_range:
        if f.unit is None:
            ahead = _range(sc, f)
            if ahead is not None and ahead[3] is not None:
                f.unit, f.kind = ahead[3], ahead[4]
        return
    if f.vague is not None or f.qualifier not in _RANGE_QUALIFIERS:
        return
    joined = _range(sc, f)
    if joined is None:
        return
    if (
        governor is not None
        and _RANGE_JOIN.match(sc.low, f.end).group().strip() == "to"  # type: ignore[union-attr]
        and (f.unit is not None or joined[3] is None or sc.low.endswith("point", f.start, f.end))
        and not (governor[2] == "of" and joined[3] == f.unit)  # "gains of 3% to 4%": a range
    ):
        # "rose by $2.1 billion to $48.7 billion", "jumped half a point to 4.3%": a
        # change, then the level reached
        return
    f.value, f.high, f.end, unit2, kind2 = joined
    if f.unit is None and unit2 is not None:
        f.unit, f.kind = unit2, kind2
    if f.between:
        f.hedge = sc.text[f.range_start : f.start].split()[0]
        f.start = f.range_start
    if f.qualifier is Qualifier.EXACT:
        f.qualifier = Qualifier.RANGE


def _range(sc: _Scanner, f: _Figure) -> tuple[float, float, int, str | None, QuantityKind] | None:
    """``(first, second, end, unit, kind)`` of a range whose first figure ends at ``f.end``.

    The second figure's scale carries over to the first when the first has none
    ("between 3 and 5 million").
    """
    text = sc.text
    joined = _joiner(sc, f.end, f.between)
    if joined is None:
        return None
    joiner, p = joined
    opened = _second_start(sc, p, f)
    if opened is None:
        return None
    p, negative, currency2 = opened
    if text[p] in _ASCII_DIGITS:
        read = _second_digits(sc, p, joiner, f)
        value = f.value
    else:
        read, value = _second_words(sc, p, f)
    if read is None:
        return None
    second, q = read
    if negative:
        second = -second
    first, second, q = _second_scale(sc, p, q, value, second, f)
    named = _second_unit(sc, q, f.unit, f.currency, currency2)
    if named is None:
        return None
    unit2, kind2, q = named
    if negative and second < first:
        first, second = second, first  # "from -5 °C to -12 °C" runs down in value
    if second < first and joiner == "to" and f.unit is None and unit2 == "percent":
        f.unit, f.kind = unit2, kind2  # "52 to 48 percent": two shares, one unit
    if second <= first or (f.unit is not None and unit2 is None and joiner == "to"):
        return None  # "rose 10 percent to 3,400": a change, and then a level
    if joiner == "or" and _RESPECTIVELY.match(sc.low, q):
        return None
    return first, second, q, unit2, kind2


def _joiner(sc: _Scanner, end: int, between: bool) -> tuple[str, int] | None:
    """The word or dash joining two figures at ``end`` and where the second starts.

    "and" and "up to" join only after "between" or "from"; after those, only "and",
    "to", "up to" and dashes do.
    """
    j = _RANGE_JOIN.match(sc.low, end)
    if j is None:
        return None
    joiner = " ".join(j.group().strip().lstrip("-").split())
    if joiner in ("and", "up to") and not between:
        return None  # "from 600 up to 1,100" only
    if between and joiner not in ("and", "to", "up to") and joiner not in _DASHES:
        return None
    return joiner, j.end()


def _second_start(sc: _Scanner, p: int, f: _Figure) -> tuple[int, bool, str | None] | None:
    """``(start, negative, currency)`` of the second figure after the joiner at ``p``.

    A minus sign counts only after a negative first figure ("from -5 °C to -12 °C");
    a currency sign only when it is the first figure's, or the first had none and
    no unit ("fell 2.1% to $38.40" is a change, and then a price).
    """
    text = sc.text
    negative = False
    if text[p : p + 1] in ("-", "\u2212") and text[p + 1 : p + 2] in _ASCII_DIGITS:
        negative = f.value < 0  # a dash after a positive figure is no sign
        if not negative:
            return None
        p += 1
    currency2: str | None = None
    cm = _RANGE_CURRENCY.match(text, p)
    if cm is not None:
        currency2 = sc.rules.currencies_before[cm.group()]
        if currency2 != f.currency and (f.currency is not None or f.unit is not None):
            return None
        p = cm.end()
    if p >= len(text):
        return None
    return p, negative, currency2


def _second_digits(sc: _Scanner, p: int, joiner: str, f: _Figure) -> tuple[float, int] | None:
    """``(value, end)`` of a second figure in digits at ``p``, unless it is no figure.

    Digits glued to a word that is no scale or unit, a clock or date or decimal
    dot after them, and a span of years ("1914-1918") make no range.
    """
    text, low = sc.text, sc.low
    m = _NUMBER.match(text, p)
    assert m is not None
    q = m.end()
    if q < len(text) and (
        text[q].isalpha()
        and not (_SCALE_AFTER.match(low, q) or sc.rules.unit_after.match(low, q))
        and _GLUED_DEGREES.get(text[q]) != f.unit  # "28C to 32C"
    ):
        return None
    if (q < len(text) and text[q] in ":/") or (
        q + 1 < len(text) and text[q] == "." and text[q + 1] in _ASCII_DIGITS
    ):
        return None
    second = float(_GROUP_SEP.sub("", m.group()))
    if (
        joiner in _DASHES
        and f.core.plain
        and m.group().isdigit()
        and len(m.group()) == 4
        and 1500 <= second <= 2100
        and 1500 <= f.value <= 2100
    ):
        return None  # a span of years, never a range of counts
    return second, q


def _second_words(sc: _Scanner, p: int, f: _Figure) -> tuple[tuple[float, int] | None, float]:
    """``((value, end), first)`` of a second figure in words at ``p``.

    ``first`` is the first figure, scaled when both share a scale word ("between
    six and seven thousand"); the read is None when no number word starts at ``p``.
    """
    low = sc.low
    value = f.value
    wm = _WORD.match(low, p)
    if wm is None or (wm.group() not in NUMBER_WORDS and wm.group() not in SCALE_WORDS):
        return None, value
    run = _RUN.match(low, p)
    assert run is not None
    tokens = _TOKEN.findall(low[p : run.end()])
    second, used = read_number_words(tokens)
    if used == 0:
        return None, value
    spans = [m.end() for m in _TOKEN.finditer(low[p : run.end()])]
    if tokens[used - 1] in SCALE_WORDS and f.core.words:
        # "between six and seven thousand": the scale word is shared.
        word_scale = SCALE_WORDS[tokens[used - 1]]
        if value < word_scale and value < second / word_scale + 1e-12:
            value *= word_scale
    return (second, p + spans[used - 1]), value


def _second_scale(
    sc: _Scanner, p: int, q: int, first: float, second: float, f: _Figure
) -> tuple[float, float, int]:
    """``(first, second, end)`` with the second figure's scale, which the first shares
    when it has none ("3-5 million", "$2-3bn").

    A glued "m" is million after money, and after a first figure whose own glued
    "m" was read as million ("between 1.2m and 1.5m").
    """
    sm = _SCALE_AFTER.match(sc.low, q)
    if sm is None or sc.text[p].isalpha():
        return first, second, q
    word, abbr, glued = sm.group("w"), sm.group("a") or sm.group("a2"), sm.group("g")
    scale = 1.0
    if word is not None:
        scale = SCALE_WORDS[word]
    elif abbr is not None:
        scale = _ABBR_SCALE[abbr]
    elif (
        glued == "k"
        or (glued in "mb" and f.currency is not None)
        or (
            glued == "m"
            and f.value != f.core.value
            and sc.low[f.end - 1] == "m"
            and not _METRE_CONTEXT.match(sc.low, sm.end())
        )
    ):
        scale = _SCALE_LETTERS[glued]
    if scale == 1.0:
        return first, second, q
    second *= scale
    if first * scale <= second and first < second / scale + 1e-12:
        first *= scale
    return first, second, sm.end()


def _second_unit(
    sc: _Scanner, q: int, unit: str | None, currency: str | None, currency2: str | None
) -> tuple[str | None, QuantityKind, int] | None:
    """``(unit, kind, end)`` the second figure names: its currency sign or the unit after
    it; None when that unit differs from the first figure's.

    A currency word names the money of both ("2 to 3 euros"), a glued "m" after
    metres is metres ("a 100m-200m stretch").
    """
    rules, low = sc.rules, sc.low
    if unit == "meter" and low[q : q + 1] == "m" and not low[q + 1 : q + 2].isalnum():
        return unit, QuantityKind.LENGTH, q + 1
    if (
        unit is not None
        and _GLUED_DEGREES.get(sc.text[q : q + 1]) == unit
        and not low[q + 1 : q + 2].isalnum()
    ):
        return unit, rules.unit_kinds.get(unit, QuantityKind.MEASURE), q + 1  # "28C to 32C"
    um = None if currency2 is not None else rules.unit_after.match(low, q)
    if um is not None:
        unit2, kind2 = rules.units[_form(um, "u")]
        if unit is not None and unit2 != unit:
            return None
        return unit2, kind2, um.end()
    if currency is not None:
        ca = rules.currency_after.match(low, q)
        if ca is not None:
            q = ca.end()
    elif currency2 is None and unit is None:
        ca = rules.currency_after.match(low, q)
        if ca is not None:
            return rules.currencies_after[_form(ca, "c")], QuantityKind.MONEY, ca.end()
    if currency2 is not None:
        return currency2, QuantityKind.MONEY, q
    return None, QuantityKind.COUNT, q


def _read_one_in(sc: _Scanner, f: _Figure) -> None:
    """Read "one in six" as a share, in percent (sets value, end, unit and kind)."""
    value = f.value
    if (
        f.high is not None
        or f.unit is not None
        or f.vague is not None
        or value <= 0
        or value != int(value)
    ):
        return
    share = _one_in(sc, f.end)
    if share is not None and share[0] > value:
        den, f.end = share
        f.value = 100.0 * value / den
        f.unit, f.kind = "percent", QuantityKind.PERCENT


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
