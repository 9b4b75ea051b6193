"""The value of digits: separators and their style ("1,300", "1.300", "1 300", "12,50,000"),
signs ("-4", "minus 4"), fractions ("3/4 cup", "2½ miles", "⅓ of stores"), powers of ten
("6.02×10^23") and degrees glued to a figure ("40C").
"""

from __future__ import annotations

import re

from ...rules.shipped import shipped_word_class
from .assemble import _quantity
from .names import _LABEL_WORDS
from .nouns import _is_plural
from .patterns import (
    _GLUED_DEGREES,
    _GROUP_SEP,
    _NEXT_WORD,
    _OF_AFTER,
    _SCALE_AFTER,
    _VULGAR,
)
from .state import _Core, _Scanner, _word_before

# The second end of a range of glued degrees after its hyphen ("28C-32C").
_DEGREES_RANGE_END = re.compile(r"[0-9]{1,3}(?:\.[0-9]+)?[CF](?![^\W_])")
# Continental figures elsewhere in a text: dot grouping twice, or a decimal comma.
_DOT_STYLE = re.compile(
    r"[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])|(?<![0-9,])[0-9]{1,3},[0-9]{1,2}(?![0-9,])"
)
# "3/4 cup", "2 1/2 inches": a numerator below a denominator written in recipes,
# measures and shares; other denominators ("9/11", "5/12") read as dates.
_FRACTION = re.compile(
    r"(?:(?P<whole>[0-9]{1,3})[ \t\u00a0]+)?(?P<a>[0-9]{1,2})/(?P<b>[2-58]|10|16)(?![0-9/])"
)
_DATE_PREPOSITION = shipped_word_class("date_preposition", "mentions.jsonl")
_EXPONENT = re.compile(r"[ \t\u00a0]?[×x\*][ \t\u00a0]?10(?:\^|\*\*)(?P<n>-?[0-9]{1,2})(?![0-9])")
# What may glue to the end of digits: a vulgar fraction, or a times sign of a power.
_DIGIT_TAILS = frozenset([*_VULGAR, "×", "x", "*"])
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009\u200b\u200c\u200d]")  # spaces grouping digits


def _fraction_ok(sc: _Scanner, frac: re.Match[str], d: int) -> bool:
    """Whether "3/4" at ``d`` is a fraction: below one, then a word, no date word before."""
    if int(frac.group("a")) >= int(frac.group("b")) or int(frac.group("a")) == 0:
        return False
    if _word_before(sc.low, d, sc.pos) in _DATE_PREPOSITION:
        return False
    return _NEXT_WORD.match(sc.low, frac.end() + 1) is not None and (
        sc.low[frac.end() : frac.end() + 1] == " "
    )


def _fraction(sc: _Scanner, frac: re.Match[str], d: int) -> int:
    """A slash fraction: a share before "of" ("3/4 of voters"), else a number."""
    value = int(frac.group("a")) / int(frac.group("b"))
    if frac.group("whole") is not None:
        value += int(frac.group("whole"))
    elif _OF_AFTER.match(sc.low, frac.end()):
        core = _Core(d, frac.end(), 100.0 * value, False, True, False)
        return _quantity(sc, core, unit="percent")
    return _quantity(sc, _Core(d, frac.end(), value, False, True, False))


def _vulgar(sc: _Scanner, d: int) -> int:
    """A vulgar fraction character on its own: "⅓ of stores", "¾ cup"."""
    value = _VULGAR[sc.text[d]]
    if _OF_AFTER.match(sc.low, d + 1):
        return _quantity(sc, _Core(d, d + 1, 100.0 * value, False, True, False), unit="percent")
    return _quantity(sc, _Core(d, d + 1, value, False, True, False))


def _glued_degrees(sc: _Scanner, d: int, e: int, raw: str) -> bool:
    """Whether "40C", "46.2C" or "104F" is a temperature, the way UK papers write it.

    An upper-case C or F glued to a figure of at most three whole digits and ending
    the word ("12C-3" does not), after no word that labels seats, rooms or forms
    ("seat 12C", "Form 1040F" are names).
    """
    text = sc.text
    if text[e] not in _GLUED_DEGREES or len(raw.partition(".")[0]) > 3:
        return False
    after = text[e + 1 : e + 2]
    if after == "-" and _DEGREES_RANGE_END.match(text, e + 2):
        after = ""  # "28C-32C": a range of temperatures, the same letter at both ends
    if after.isalnum() or after in ("-", "/", "'", "’"):
        return False
    return _word_before(sc.low, d, sc.pos) not in _LABEL_WORDS


def _core_digits(sc: _Scanner, d: int, e: int, raw: str) -> _Core:
    """The number spelled by the digits ``raw`` at ``d``: its sign, separators, a glued
    vulgar fraction and a power of ten ("-4", "1,300", "2½", "6.02×10^23")."""
    text = sc.text
    start = d
    if (
        d - 1 >= sc.pos
        and text[d - 1] in "-−+"
        and (d - 1 == 0 or text[d - 2] in " \t\n(\u00a0$€£¥₹")
    ):
        start = d - 1
    elif _cell_sign(text, d, sc.pos):
        start = d - 2  # "| + 55,000 |": a signed count in a table cell, spaced
    elif (
        d >= 6
        and sc.low[d - 6 : d - 1] == "minus"
        and text[d - 1] in " -\u00a0"
        and d - 6 >= sc.pos
        and (d - 6 == 0 or not text[d - 7].isalnum())
    ):
        start = d - 6  # "minus 4", "minus-12 degrees": the sign in words
    plain = raw.isdigit()  # ASCII digits only: _NUMBER reads no other digit
    decimal = False
    if plain:
        value = float(raw)
    else:
        digits, decimal = _without_separators(sc, raw, e)
        value = float(digits)
    if text[e : e + 1] in _DIGIT_TAILS:
        glued = _glued_tail(text, e, value)
        if glued is not None:
            value, e = glued
            decimal, plain = True, False
    sign = text[start] if start < d else ""
    if sign and sign in "-−mM":
        value = -value
    return _Core(start, e, value, False, decimal, plain and not sign)


def _cell_sign(text: str, d: int, floor: int) -> bool:
    """Whether a sign and one space stand before ``d`` at the start of a table cell:
    "| + 55,000 |", "| \u2212 6,500 |" (the cell's bar, at most one space, the sign)."""
    if d - 3 < floor or text[d - 1] != " " or text[d - 2] not in "+-\u2212":
        return False
    bar = d - 3 if text[d - 3] != " " else d - 4
    return bar >= floor and text[bar] == "|"


def _without_separators(sc: _Scanner, raw: str, e: int) -> tuple[str, bool]:
    """``(digits, decimal)`` of a number with separators: the digits without the ones
    that group thousands ("1,300", "1 300", "1.234.567", "1.300 drones"), and whether
    a decimal point is left."""
    decimal = "." in raw
    if decimal and "," not in raw and raw.count(".") > 1:
        return raw.replace(".", ""), False
    if "," in raw or _GROUP_SPACE.search(raw) is not None:
        return _GROUP_SEP.sub("", raw), decimal
    if (
        decimal
        and _dot_thousands(raw)
        and not _SCALE_AFTER.match(sc.low, e)
        and not sc.rules.unit_after.match(sc.low, e)
        and _groups_with_dots(sc, raw, e)
    ):
        return raw.replace(".", ""), False
    return raw, decimal


def _glued_tail(text: str, e: int, value: float) -> tuple[float, int] | None:
    """``(value, end)`` with a vulgar fraction ("2½ miles") or a power of ten
    ("6.02×10^23") glued to the digits that end at ``e``; None when neither is."""
    tail = text[e : e + 1]
    glued = False
    if tail in _VULGAR:
        value += _VULGAR[tail]
        e += 1
        glued = True
    exponent = _EXPONENT.match(text, e)
    if exponent is not None:
        value *= 10.0 ** int(exponent.group("n"))
        e = exponent.end()
        glued = True
    return (value, e) if glued else None


def _groups_with_dots(sc: _Scanner, raw: str, e: int) -> bool:
    """Whether "1.300" groups thousands here rather than being a decimal.

    English writes "104.275" as a decimal; a dot groups thousands only where the
    text shows that style elsewhere ("1.234.567", "3,5 %"), or for a single-digit
    head before a counted noun ("1.300 drones": no one counts 1.3 drones).
    """
    if sc.dot_style is None:
        sc.dot_style = _DOT_STYLE.search(sc.text) is not None
    if sc.dot_style:
        return True
    word = _NEXT_WORD.match(sc.low, e + 1) if sc.low[e : e + 1] == " " else None
    return (
        raw.index(".") == 1
        and word is not None
        and _is_plural(word.group())
        and word.group() not in sc.rules.units
        and word.group() not in ("points", "percent")
    )


def _dot_thousands(raw: str) -> bool:
    """Whether "1.300" groups thousands (three digits after one dot, a 1-3 digit head)."""
    head, _, tail = raw.partition(".")
    return len(tail) == 3 and 1 <= len(head) <= 3 and head[0] != "0"
