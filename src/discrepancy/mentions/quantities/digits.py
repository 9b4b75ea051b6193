"""What the digits at a trigger are: a figure, or a mention of another kind.

:func:`_at_digit` reads the number and asks the readers in a fixed order, from
what is glued to the digits to what the words around them say; the first reader
that claims the digits decides, and what no reader claims is a figure:

1. glued before: a URL or path, a decimal with no leading zero (".45"), a letter
   ("M6.1", "RM45", "G7"), a word and a hyphen ("magnitude-7", "mid-1990s", "F-16"),
   the apostrophe of a decade ("the '90s");
2. punctuation after: a clock ("14:11"), a fraction ("3/4 cup"), a date ("9/11"),
   dotted digits ("1.2.3"), a span of years ("2014-15"), a path ("24/7b");
3. the words around: a name cue ("World War 2"), letters glued after ("5th", "4G",
   "40C"), a phone number, a time of day ("9am"), a day next to a month or a year,
   a name or label ("the FTSE 250", "category 4").
"""

from __future__ import annotations

import re

from ...models import RejectReason
from ...rules.shipped import shipped_word_class
from .assemble import _quantity
from .dates import (
    _DECADE,
    _ORDINAL_SUFFIX,
    _TIME_SUFFIX,
    _clock,
    _day_or_year,
    _numeric_date,
    _ordinal_or_date,
    _time_of_day,
    _year_range,
)
from .hedges import _BELOW_PREFIXES
from .names import (
    _dotted,
    _identifier,
    _in_name,
    _name,
    _phone,
    _tail_end,
    listed_label,
    may_label,
    numbered_service,
    rates,
)
from .numerals import (
    _FRACTION,
    _core_digits,
    _fraction,
    _fraction_ok,
    _glued_degrees,
    _vulgar,
)
from .patterns import _ASCII_DIGITS, _GLUED_DEGREES, _GROUP_SEP, _NUMBER, _SCALE_AFTER
from .state import _Core, _Scanner, _word_before
from .units import _wrong_case

# "13F filing": one capital letter glued to the number, then the noun of a form.
_FORM_LETTER = re.compile(r"[A-Z](?![^\W_])[ \t\u00a0]+([a-z]+)")
_DOCUMENT_NOUNS = shipped_word_class("document_noun", "mentions.jsonl")
_LEFT_WORD_CASED = re.compile(r"[ \t\u00a0]{0,2}(?P<w>\.?[A-Za-z]+)")  # reversed window
# Characters before digits that may make them part of something else. As in any
# str, "" is in them: digits at the scan position, with nothing before them in the
# window, go through the readers of step 1 too.
_GLUE_BEFORE = "/=:#?&@_.%-‐'’"
_ADDRESS_BEFORE = "/=:#?&@_.%"
# Characters after digits that may make them a clock, date, fraction or path.
_PUNCTUATION_AFTER = ":-/.–"
# First letters of the time suffixes ("am", "pm", "o'clock", "GMT", "UTC", "local time",
# "hrs"), either case: a cheap test before _TIME_SUFFIX.
_TIME_SUFFIX_FIRST = frozenset("apoguhlAPOGUHL")
_SPACES = frozenset([" ", "\u00a0"])
_SCORE_DASHES = frozenset(["-", "\u2013"])
# "M6.1" is a magnitude; "M4" only before a word of a quake ("an M7 quake"): the M4
# of British copy is a motorway.
_QUAKE_AFTER = re.compile(r"(?:[ \t\u00a0]+|-)(?:earthquake|quake|tremor|temblor|aftershock)")
# A decimal comma: its digits, then (group pc) a percent sign or a scale word, or the
# end of the figure (read only after a currency sign); see _decimal_comma.
_DECIMAL_COMMA = re.compile(
    r",(?P<dec>[0-9]{1,2})(?![0-9]|[,.][0-9])"
    r"(?P<pc>(?=[ \t\u00a0]?%|[ \t\u00a0]+(?:million|billion|trillion|mln|bln|bn|mn|"
    r"per[ \t\u00a0]cent|percent)(?![a-z])))?"
)
_YEAR_PREFIXES = shipped_word_class("year_prefix", "mentions.jsonl")
_NOW_PREFIXES = shipped_word_class("now_prefix", "mentions.jsonl")


def _at_digit(sc: _Scanner, d: int) -> int:
    """Read the digits at ``d`` as a figure, or reject them; return the end of the span."""
    text = sc.text
    m = _NUMBER.match(text, d)
    if m is None:
        return _vulgar(sc, d)  # the trigger found a vulgar fraction, no digit
    e = m.end()
    raw = m.group()
    prev = text[d - 1] if d > sc.pos else ""
    nxt = text[e] if e < len(text) else ""
    after1 = text[e + 1] if e + 1 < len(text) else ""
    if prev.isalpha() or prev in _GLUE_BEFORE:
        end = _glued_before(sc, d, e, raw, prev, nxt)
        if end is not None:
            return end
    if nxt == "," and after1 in _ASCII_DIGITS and raw.isdigit() and len(raw) <= 3:
        decimal = _decimal_comma(sc, d, e)
        if decimal is not None:
            return decimal
    if nxt in _PUNCTUATION_AFTER:
        end = _punctuated(sc, d, e, raw, nxt, after1)
        if end is not None:
            return end
    if len(raw) > 40:
        # No figure in news runs to forty digits: an identifier or debris.
        return sc.reject(d, _tail_end(text, e), RejectReason.NAME)
    return _among_words(sc, d, e, raw, prev, nxt, after1)


def _decimal_comma(sc: _Scanner, d: int, e: int) -> int | None:
    """Read "3,5%", "1,2 million", "€ 5,50" with a decimal comma, as European copy in
    English writes them: one or two digits after the comma, then a percent sign or a
    scale word, or two digits after a currency sign. None when the comma is no decimal
    ("1,2 and 3")."""
    text = sc.text
    m = _DECIMAL_COMMA.match(text, e)
    if m is None:
        return None
    if m.group("pc") is None and not (
        len(m.group("dec")) == 2 and sc.rules.currency_before.match(sc.left(d, 8)[0])
    ):
        return None
    core = _core_digits(sc, d, e, text[d:e])
    whole = abs(core.value)
    value = whole + float("0." + m.group("dec"))
    core.value, core.end = (-value if core.value < 0 else value), m.end("dec")
    core.decimal, core.plain = True, False
    return _quantity(sc, core)


def _glued_before(sc: _Scanner, d: int, e: int, raw: str, prev: str, nxt: str) -> int | None:
    """Digits glued to what stands before them (step 1 of :func:`_at_digit`)."""
    if prev and (prev.isalpha() or prev in _ADDRESS_BEFORE):
        end = _in_address(sc, d, e, raw, prev)
        if end is not None:
            return end
    if prev.isalpha():
        return _after_letter(sc, d, e, raw, prev)
    if prev in "-‐" and d >= 2 and sc.text[d - 2].isalpha():
        return _after_word_and_hyphen(sc, d, e, raw)
    if prev in "'’" and nxt == "s" and len(raw) == 2:
        return sc.reject(d - 1, e + 1, RejectReason.YEAR)  # the '90s
    return None


def _in_address(sc: _Scanner, d: int, e: int, raw: str, prev: str) -> int | None:
    """Reject digits inside a URL, e-mail or path; read ".312" or "a .45 calibre"."""
    span = _identifier(sc, d)
    if span is not None:
        return sc.reject(span[0], span[1], RejectReason.NAME)
    if prev == "." and raw.isdigit() and (d == 1 or not sc.text[d - 2].isalnum()):
        # A decimal with no leading zero.
        return _quantity(sc, _Core(d - 1, e, float("0." + raw), False, True, False))
    return None


def _after_letter(sc: _Scanner, d: int, e: int, raw: str, prev: str) -> int:
    """Digits right after a letter: the earthquake scale ("M9.5"), a currency code
    glued to them ("RM45,000", "USD2.5m", "$US7m"), or else a name ("G7", "MH17")."""
    text = sc.text
    if (
        prev in "Mm"
        and (d - 1 == sc.pos or not text[d - 2].isalnum())
        and float(_GROUP_SEP.sub("", raw)) < 10
        and ("." in raw or _QUAKE_AFTER.match(sc.low, e) is not None)
    ):
        return _quantity(sc, _core_digits(sc, d, e, raw), cue=d - 1, unit="magnitude")
    if prev in sc.rules.currency_last and sc.rules.currency_before.match(sc.left(d, 8)[0]):
        return _quantity(sc, _core_digits(sc, d, e, raw))
    return _name(sc, d)


def _after_word_and_hyphen(sc: _Scanner, d: int, e: int, raw: str) -> int | None:
    """Digits after a word and a hyphen: "magnitude-7", "minus-12", "mid-1990s", else
    a name ("F-16", "Su-34").

    After a bounding prefix ("sub-200") or a word that dates an age ("now-9-year-old")
    the digits are left to the later readers, as if the hyphen were a space: the left
    hedge reader takes "sub-" as a bound.
    """
    head = _word_before(sc.low, d - 1, sc.pos)
    if head in _BELOW_PREFIXES or head in _NOW_PREFIXES:
        return None
    if head == "magnitude":
        return _quantity(sc, _core_digits(sc, d, e, raw), cue=d - 1 - len(head), unit="magnitude")
    if head == "minus":
        return _quantity(sc, _core_digits(sc, d, e, raw))
    if head in _YEAR_PREFIXES and len(raw) == 4:
        return sc.reject(d - 1 - len(head), e, RejectReason.YEAR)
    return _name(sc, d)


def _punctuated(sc: _Scanner, d: int, e: int, raw: str, nxt: str, after1: str) -> int | None:
    """Digits that punctuation continues (step 2 of :func:`_at_digit`)."""
    if nxt == ":" and after1 in _ASCII_DIGITS:
        return _clock(sc, d)
    if nxt in "-/.":
        if nxt == "/" and e - d <= 2:
            frac = _FRACTION.match(sc.text, d)  # "3/4 cup"
            if frac is not None and _fraction_ok(sc, frac, d):
                return _fraction(sc, frac, d)
        end = _numeric_date(sc, d)
        if end is not None:
            return end
    if nxt == "." and after1 in _ASCII_DIGITS:
        return _dotted(sc, d, e)
    if nxt in "-–/" and len(raw) == 4 and raw.isdigit():
        end = _year_range(sc, d)
        if end is not None:
            return end
    if nxt == "/" and after1 in _ASCII_DIGITS:
        return sc.reject(d, _tail_end(sc.text, e), RejectReason.NAME)
    return None


def _among_words(sc: _Scanner, d: int, e: int, raw: str, prev: str, nxt: str, after1: str) -> int:
    """Digits read with the words around them (step 3 of :func:`_at_digit`)."""
    text = sc.text
    plain = raw.isdigit()
    # A name cue right before: "World War 2", "Article 5", "Boeing 737", "Boeing 767F".
    rev = sc.text[max(sc.pos, d - 24) : d][::-1]  # as sc.left(d, 24), original case only
    word = _LEFT_WORD_CASED.match(rev)
    last = word.group("w")[::-1] if word is not None else ""
    if word is not None and plain and len(raw) <= 2:
        rating = _rating(sc, d, e, raw, last.lower(), word.end())
        if rating is not None:
            return rating
    if last in sc.rules.cue_last:
        cue = sc.rules.name_cue.match(rev)
        if cue is not None:
            return sc.reject(d - cue.end(), _tail_end(text, e), RejectReason.NAME)
    if nxt.isalpha():
        end = _glued_after(sc, d, e, raw, plain, nxt)
        if end is not None:
            return end
    if prev in ("+", "(") or (
        (prev == "" or prev.isspace() or prev == "-")
        and nxt in " .-\u00a0"
        and after1 in _ASCII_DIGITS
    ):
        end = _phone_or_fraction(sc, d, e, prev, nxt)
        if end is not None:
            return end
    if (after1 if nxt in _SPACES else nxt) in _TIME_SUFFIX_FIRST and (
        plain or (raw.replace(".", "").isdigit() and len(raw) <= 5)
    ):
        end = _time_of_day(sc, d, e, raw, plain)
        if end is not None:
            return end
    if plain and (len(raw) <= 2 or len(raw) == 4):
        end = _day_or_year(sc, d, e, raw, rev, last)
        if end is not None:
            return end
    service = numbered_service(sc, d, e, last) if last in ("the", "The") else None
    if service is not None:
        return sc.reject(*service)
    if (
        prev == "("
        or nxt in _SCORE_DASHES
        or after1.isupper()
        or last[:1].isupper()
        or may_label(last)
        or listed_label(sc, d)
    ):
        named = _in_name(sc, d, e, raw, word, last, rev)
        if named is not None:
            return sc.reject(*named)
    return _quantity(sc, _core_digits(sc, d, e, raw))


def _rating(sc: _Scanner, d: int, e: int, raw: str, last: str, width: int) -> int | None:
    """A rating on a scale after its word, the word its unit ("a Category 4 storm",
    "a level 3 alert"; see :func:`.names.rates`)."""
    if not rates(sc, last, e):
        return None
    return _quantity(sc, _core_digits(sc, d, e, raw), cue=d - width, unit=last)


def _glued_after(sc: _Scanner, d: int, e: int, raw: str, plain: bool, nxt: str) -> int | None:
    """Letters glued after the digits: an ordinal ("5th"), a decade ("1990s"), a
    temperature ("40C") or a name ("4G", "16x9", a form's "13F filing"); None when
    they are a scale, unit, currency or time suffix ("10m", "5km", "9am"), which the
    figure takes."""
    low = sc.low
    if plain and _ORDINAL_SUFFIX.match(low, e):
        return _ordinal_or_date(sc, d, e)
    if plain and raw.endswith("0") and _DECADE.match(low, e):
        return sc.reject(d, e + 1, RejectReason.YEAR)
    if (
        sc.text[e] == "K"
        and len(raw) == 1
        and not sc.text[e + 1 : e + 2].isalnum()
        and not sc.rules.currency_before.match(sc.left(d, 8)[0])
    ):
        return _name(sc, d)  # "4K", "8K" video, a "5K" run: names; "$4K", "400K" scale
    form = _FORM_LETTER.match(sc.text, e)
    if form is not None and form.group(1) in _DOCUMENT_NOUNS:
        return _name(sc, d)  # "its 13F filing": a form's name, not 13 degrees
    unit = sc.rules.unit_after.match(low, e)
    if (
        _SCALE_AFTER.match(low, e)
        or (unit is not None and not _wrong_case(sc.text, unit))
        or sc.rules.currency_after.match(low, e)
        or _TIME_SUFFIX.match(low, e)
    ):
        return None
    if _glued_degrees(sc, d, e, raw):
        core = _core_digits(sc, d, e, raw)
        core.end = e + 1
        return _quantity(sc, core, unit=_GLUED_DEGREES[nxt])
    return _name(sc, d)


def _phone_or_fraction(sc: _Scanner, d: int, e: int, prev: str, nxt: str) -> int | None:
    """A whole number and a fraction ("2 1/2 inches"), or a phone number."""
    text = sc.text
    if nxt == " " and text[e + 2 : e + 3] == "/" and e - d <= 3:
        frac = _FRACTION.match(text, d)
        if frac is not None and _fraction_ok(sc, frac, d):
            return _fraction(sc, frac, d)
    return _phone(sc, d - 1 if prev in ("+", "(") else d)
