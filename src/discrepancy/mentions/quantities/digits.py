"""Figures that start at a digit: grouped and decimal numbers, signs, fractions
("3/4 cup", "2½ miles"), powers of ten, glued degrees ("40C"), and the choice at each
digit between a figure and a mention that is not one (see :mod:`.rejects`).
"""

from __future__ import annotations

import re

from ...models import RejectReason
from .assemble import _quantity
from .nouns import _is_plural
from .patterns import (
    _ASCII_DIGITS,
    _GROUP_SEP,
    _NEXT_WORD,
    _NUMBER,
    _OF_AFTER,
    _SCALE_AFTER,
    _VULGAR,
)
from .rejects import (
    _LABEL_WORDS,
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _MONTH_NAMES,
    _YEAR_RANGE,
    _clock,
    _identifier,
    _in_name,
    _is_phone,
    _is_year_range,
    _name,
    _ordinal_or_date,
    _tail_end,
    _year,
)
from .state import _Core, _Scanner, _word_before

_TIME_SUFFIX = re.compile(
    r"[ \t\u00a0]?(?:[ap]\.m\.|[ap]m(?![a-z])|o'clock|o’clock)"
    r"|[ \t\u00a0]+(?:gmt|utc|local\ time)(?![a-z])",
    re.VERBOSE,
)
_NUMERIC_DATE = re.compile(
    r"""
    [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])           # 2025-09-07
    | [0-9]{4}/[0-9]{1,2}/[0-9]{1,2}(?![0-9])         # 2025/09/07
    | [0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})(?![0-9])  # 07/09/2025, 7.9.25
    | [0-9]{1,2}/[0-9]{1,2}(?![0-9/])                 # 9/11, 24/7
    """,
    re.VERBOSE,
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_DECADE = re.compile(r"s(?![a-z])")
_DAY_RANGE_END = re.compile(r"[ \t\u00a0]*[-–][ \t\u00a0]*[0-9]{1,2}(?![0-9])")
_MONTH_START = re.compile(r",?[ \t\u00a0]+(?:of[ \t\u00a0]+)?[A-Z]")
_LEFT_WORD_CASED = re.compile(r"[ \t\u00a0]{0,2}(?P<w>\.?[A-Za-z]+)")  # reversed window
_PHONE = re.compile(
    r"""
    (?:\+[0-9]{1,3}[ .\-]?)?                  # country code
    (?:\([0-9]{2,5}\)[ .\-]?)?                # area code in brackets
    [0-9]{2,5}(?:[ .\-][0-9]{2,5}){1,4}+      # groups
    (?![0-9])
    """,
    re.VERBOSE,
)
# "40C", "104F": degrees glued to the figure (see _glued_degrees).
_GLUED_DEGREES = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# First letters of the time suffixes ("am", "pm", "o'clock", "GMT", "UTC", "local time",
# "hrs"), either case: a cheap test before _TIME_SUFFIX.
_TIME_SUFFIX_FIRST = frozenset("apoguhlAPOGUHL")
_SPACES = frozenset([" ", "\u00a0"])
_SCORE_DASHES = frozenset(["-", "\u2013"])
# Continental figures elsewhere in a text: dot grouping twice, or a decimal comma.
_DOT_STYLE = re.compile(
    r"[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])|(?<![0-9,])[0-9]{1,3},[0-9]{1,2}(?![0-9,])"
)
# "3/4 cup", "2 1/2 inches": a numerator below a denominator written in recipes,
# measures and shares; other denominators ("9/11", "5/12") read as dates.
_FRACTION = re.compile(
    r"(?:(?P<whole>[0-9]{1,3})[ \t\u00a0]+)?(?P<a>[0-9]{1,2})/(?P<b>[2-58]|10|16)(?![0-9/])"
)
_DATE_PREPOSITION = frozenset(["on", "by", "since", "until", "till", "from", "before", "after"])
_EXPONENT = re.compile(r"[ \t\u00a0]?[×x\*][ \t\u00a0]?10(?:\^|\*\*)(?P<n>-?[0-9]{1,2})(?![0-9])")
# What may glue to the end of digits: a vulgar fraction, or a times sign of a power.
_DIGIT_TAILS = frozenset([*_VULGAR, "×", "x", "*"])
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009\u200b\u200c\u200d]")  # spaces grouping digits


def _at_digit(sc: _Scanner, d: int) -> int:
    text, low = sc.text, sc.low
    n = len(text)
    prev = text[d - 1] if d > sc.pos else ""
    m = _NUMBER.match(text, d)
    if m is None:
        return _vulgar(sc, d)  # the trigger found a vulgar fraction, no digit
    e = m.end()
    raw = m.group()
    nxt = text[e] if e < n else ""

    # Inside an address or identifier: a URL, an e-mail, a path.
    if prev and (prev.isalpha() or prev in "/=:#?&@_.%"):
        span = _identifier(sc, d)
        if span is not None:
            return sc.reject(span[0], span[1], RejectReason.NAME)
        if prev == "." and raw.isdigit() and (d == 1 or not text[d - 2].isalnum()):
            # ".312", "a .45 calibre": a decimal with no leading zero.
            core = _Core(d - 1, e, float("0." + raw), False, True, False)
            return _quantity(sc, core)
    if prev.isalpha():
        if (
            prev in "Mm"
            and (d - 1 == sc.pos or not text[d - 2].isalnum())
            and float(_GROUP_SEP.sub("", raw)) < 10
        ):
            # "M9.5", "M6.1": the earthquake scale.
            return _quantity(sc, _core_digits(sc, d, e, raw), cue=d - 1, unit="magnitude")
        if prev in sc.rules.currency_last and sc.rules.currency_before.match(sc.left(d, 8)[0]):
            # A currency code glued to the digits: "RM45,000", "USD2.5m", "$US7m".
            return _quantity(sc, _core_digits(sc, d, e, raw))
        return _name(sc, d)
    if prev in "-‐" and d >= 2 and text[d - 2].isalpha():
        head = _word_before(low, d - 1, sc.pos)
        if head == "magnitude":
            return _quantity(
                sc, _core_digits(sc, d, e, raw), cue=d - 1 - len(head), unit="magnitude"
            )
        if head == "minus":
            return _quantity(sc, _core_digits(sc, d, e, raw))
        if head in ("mid", "pre", "post", "early", "late", "end", "start") and len(raw) == 4:
            return sc.reject(d - 1 - len(head), e, RejectReason.YEAR)
        return _name(sc, d)
    if prev in "'’" and nxt == "s" and len(raw) == 2:
        return sc.reject(d - 1, e + 1, RejectReason.YEAR)  # the '90s

    # Clocks, dates and dotted identifiers continue the digits with punctuation.
    after1 = text[e + 1] if e + 1 < n else ""
    if nxt == ":" and after1 in _ASCII_DIGITS:
        return _clock(sc, d)
    if nxt in "-/." or (e - d in (1, 2) and nxt in "/."):
        if nxt == "/" and e - d <= 2:
            frac = _FRACTION.match(text, d)  # "3/4 cup"
            if frac is not None and _fraction_ok(sc, frac, d):
                return _fraction(sc, frac, d)
        date = _NUMERIC_DATE.match(text, d)
        if date is not None:
            return sc.reject(d, date.end(), RejectReason.DATE)
    if nxt == "." and after1 in _ASCII_DIGITS:
        end = e
        while end < n and (
            text[end] in _ASCII_DIGITS
            or (text[end] == "." and end + 1 < n and text[end + 1] in _ASCII_DIGITS)
        ):
            end += 1
        return sc.reject(d, end, RejectReason.NAME)
    if nxt in "-–/" and len(raw) == 4 and raw.isdigit():
        ranged = _YEAR_RANGE.match(text, d)
        if ranged is not None and _is_year_range(ranged.group()):
            return sc.reject(d, ranged.end(), RejectReason.YEAR)
    if nxt == "/" and after1 in _ASCII_DIGITS:
        return sc.reject(d, _tail_end(text, e), RejectReason.NAME)

    plain = raw.isdigit()
    if len(raw) > 40:
        # No figure in news runs to forty digits: an identifier or debris.
        return sc.reject(d, _tail_end(text, e), RejectReason.NAME)
    # A name cue right before: "World War 2", "Article 5", "Boeing 737", "Boeing 767F".
    rev, rlow = sc.left(d, 24)
    word = _LEFT_WORD_CASED.match(rev)
    last = word.group("w")[::-1] if word is not None else ""
    if last in sc.rules.cue_last:
        cue = sc.rules.name_cue.match(rev)
        if cue is not None:
            return sc.reject(d - cue.end(), _tail_end(text, e), RejectReason.NAME)

    # Glued letters: an ordinal, a decade, a unit or scale, or else a name ("4G", "16x9").
    if nxt.isalpha():
        if plain and _ORDINAL_SUFFIX.match(low, e):
            return _ordinal_or_date(sc, d, e)
        if plain and raw.endswith("0") and _DECADE.match(low, e):
            return sc.reject(d, e + 1, RejectReason.YEAR)
        if not (
            _SCALE_AFTER.match(low, e)
            or sc.rules.unit_after.match(low, e)
            or sc.rules.currency_after.match(low, e)
            or _TIME_SUFFIX.match(low, e)
        ):
            if _glued_degrees(sc, d, e, raw):
                core = _core_digits(sc, d, e, raw)
                core.end = e + 1
                return _quantity(sc, core, unit=_GLUED_DEGREES[nxt])
            return _name(sc, d)

    # Phone numbers: long digit groups joined by spaces, dots or dashes.
    if prev in ("+", "(") or (
        (prev == "" or prev.isspace() or prev == "-")
        and nxt in " .-\u00a0"
        and after1 in _ASCII_DIGITS
    ):
        if nxt == " " and text[e + 2 : e + 3] == "/" and e - d <= 3:
            frac = _FRACTION.match(text, d)  # "2 1/2 inches"
            if frac is not None and _fraction_ok(sc, frac, d):
                return _fraction(sc, frac, d)
        begin = d - 1 if prev in ("+", "(") else d
        phone = _PHONE.match(text, begin)
        if phone is not None and _is_phone(phone.group()):
            return sc.reject(begin, phone.end(), RejectReason.NAME)

    if (after1 if nxt in _SPACES else nxt) in _TIME_SUFFIX_FIRST and (
        plain or (raw.replace(".", "").isdigit() and len(raw) <= 5)
    ):
        suffix = _TIME_SUFFIX.match(low, e)
        if (
            suffix is not None
            and (
                float(raw) < 25
                # "0830 GMT": a four-digit clock, read only before a time zone word.
                or (
                    plain
                    and len(raw) == 4
                    and int(raw[:2]) < 24
                    and int(raw[2:]) < 60
                    and suffix.group().strip()[:1] in ("g", "u", "l")
                )
            )
        ):
            return sc.reject(d, suffix.end(), RejectReason.TIME_OF_DAY)
    if plain and len(raw) <= 2 and 1 <= int(raw) <= 31:
        if last.rstrip(".") in _MONTH_NAMES and _MONTH_BEFORE.match(rev):
            after = _MONTH_AFTER.match(text, e)
            end = e
            if after is not None and after.group().startswith(("st", "nd", "rd", "th")):
                end = e + 2
            joined = _DAY_RANGE_END.match(text, end, end + 8)
            if joined is not None:
                end = joined.end()
            return sc.reject(d, end, RejectReason.DATE)
        after = _MONTH_AFTER.match(text, e)
        if after is not None:
            # The day (and a day range) ends before the month name.
            month = _MONTH_START.search(after.group())
            end = e + (month.start() if month else 0)
            return sc.reject(d, end, RejectReason.DATE)
    if plain and len(raw) == 4 and 1500 <= int(raw) <= 2200:
        year_end = _year(sc, d, e, rev, rlow)
        if year_end is not None:
            return sc.reject(d, year_end, RejectReason.YEAR)
    if (
        prev == "("
        or nxt in _SCORE_DASHES
        or after1.isupper()
        or last[:1].isupper()
        or last in _LABEL_WORDS
    ):
        named = _in_name(sc, d, e, raw, word, last, rev)
        if named is not None:
            return sc.reject(*named)
    return _quantity(sc, _core_digits(sc, d, e, raw))


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
    digits = raw
    if not plain:
        decimal = "." in raw
        if decimal and "," not in raw and raw.count(".") > 1:
            digits = raw.replace(".", "")
            decimal = False
        elif "," in raw or _GROUP_SPACE.search(raw) is not None:
            digits = _GROUP_SEP.sub("", raw)
        elif (
            decimal
            and _dot_thousands(raw)
            and not _SCALE_AFTER.match(sc.low, e)
            and not sc.rules.unit_after.match(sc.low, e)
            and _groups_with_dots(sc, raw, e)
        ):
            digits = raw.replace(".", "")
            decimal = False
    value = float(digits)
    tail = text[e : e + 1]
    if tail in _DIGIT_TAILS:
        if tail in _VULGAR:
            value += _VULGAR[tail]  # "2½ miles"
            e += 1
            decimal, plain = True, False
        exponent = _EXPONENT.match(text, e)
        if exponent is not None:
            value *= 10.0 ** int(exponent.group("n"))  # "6.02×10^23"
            e = exponent.end()
            decimal, plain = True, False
    sign = text[start] if start < d else ""
    if sign and sign in "-−mM":
        value = -value
    return _Core(start, e, value, False, decimal, plain and not sign)


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
