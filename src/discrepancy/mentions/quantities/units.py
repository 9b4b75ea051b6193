"""What a figure is counted in: a currency sign or code before or after it, a scale
word or letter ("million", "bn", "10.6m", "4MM"), a unit, and the second part of a
compound figure ("12 dollars and 40 cents", "6 ft 2 in").
"""

from __future__ import annotations

import re

from ...models import QuantityKind
from ...rules.numbers import SCALE_WORDS
from ...rules.quantities import _ABBR_SCALE, _form
from ...rules.shipped import shipped_word_class
from .nouns import _is_plural
from .patterns import _NEXT_WORD, _SCALE_AFTER
from .state import _Core, _Figure, _last_word, _Scanner

# Upper-case scale letters, read on the original text: "raised 10M", "1.4 B people",
# and the financial "US$ 4MM" (with money only: "4mm" is millimetres).
_CASED_FIRST = frozenset("MB")
_SCALE_CASED = re.compile(r"[ \t\u00a0]?(?P<s>MM|M|B)(?![^\W_])")
# "three times higher", "five times as many": "times" before a comparison is a ratio.
_TIMES = re.compile(
    r"[ \t\u00a0]times[ \t\u00a0]+(?:higher|lower|more|less|larger|bigger|greater|smaller|"
    r"faster|as|the)(?![a-z])"
)
# Glued one-letter units written in lower case only (gram, tonne): the capital letter
# after digits is a name ("5G", "4T"). Watt, volt and litre take either case.
_LOWER_ONLY = frozenset("gt")
# "pounds" as a weight rather than sterling (see _weighed); on the reversed window.
_OF_WEIGHT = re.compile(r"[ \t\u00a0]+of(?![a-z])")
_WEIGH_BEFORE = re.compile(r"[ \t\u00a0]*(?:[a-z]+[ \t\u00a0]+)?(?:s|de|gni)?hgiew(?![a-z])")
_MINUS = frozenset("-\u2212")
# After a lower-case "m": the figure is a height, length or distance in metres.
_METRE_CONTEXT = re.compile(
    r"(?:[ \t\u00a0]+|-)(?:tall|high|long|wide|deep|away|above|below|across|thick|"
    r"in[ \t\u00a0]+(?:height|length|diameter|depth|width))(?![a-z])"
)
_METRE_EVENTS = shipped_word_class("metre_event", "mentions.jsonl")
# A range's second end in millions or metres after a first: "12m and 15m", "12m-15m".
_JOINERS = frozenset(["and", "to", "or"])
_SECOND_M = re.compile(
    r"(?:[ \t\u00a0]+(?:and|to|or)[ \t\u00a0]+|[-\u2013])[0-9]{1,4}(?:\.[0-9]+)?m[ \t\u00a0]+"
)
_CUE_MAGNITUDE = re.compile(r"(?:[ \t\u00a0]+fo)?[ \t\u00a0-]*edutingam(?![a-z])")
# "12 dollars and 40 cents", "6 ft 2 in": a figure's second part.
_CENTS_AFTER = re.compile(
    r"[ \t\u00a0]+and[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:cents?|pence|p)(?![a-z])"
)
# A hundredth of a currency unit after a figure ("12 cents", "99¢"), read as that unit.
_CENTS = re.compile(r"[ \t\u00a0]?(?:cents?(?![a-z])|¢)")
# Currencies a hundredth of which is no cent: pence have a code of their own (GBX).
_NO_CENTS = frozenset(["GBP", "GBX"])
_INCHES_AFTER = re.compile(
    r"[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:in|ins|inches|inch|\"|”)(?![a-z])"
)


def _read_sign_before(sc: _Scanner, f: _Figure) -> None:
    """Take a currency sign or code ("$2.5bn", "US$ 5") or the word "magnitude" before
    the number into the figure; set ``f.rlow`` and ``f.last`` left of where it starts."""
    rules, text, start = sc.rules, sc.text, f.start
    rlow = sc.left_low(start)
    # The last character of a sign ends right before the figure, or before one space.
    floor = max(sc.pos, start - 48)
    before = text[start - 1] if start - 1 >= floor else ""
    if before in " \u00a0":
        before = text[start - 2] if start - 2 >= floor else ""
    if before in rules.currency_last and f.vague is None and (not f.core.words or f.unit is None):
        cur = rules.currency_before.match(sc.left(start)[0])
        if cur is not None:
            f.currency = rules.currencies_before[cur.group("c")[::-1]]
            f.start -= cur.end()
            if f.value > 0 and _signed(text, f.start, floor):
                f.start -= 1  # "-$450m": the sign before the currency
                f.value = -f.value
            rlow = sc.left_low(f.start)
    if f.unit is None and f.currency is None and f.vague is None and "edutingam" in rlow[:14]:
        mag = _CUE_MAGNITUDE.match(rlow)
        if mag is not None:
            f.start -= mag.end()
            f.unit, f.kind = "magnitude", QuantityKind.MEASURE
            rlow = sc.left_low(f.start)
    f.rlow = rlow
    f.last = _last_word(rlow)


def _signed(text: str, start: int, floor: int) -> bool:
    """Whether a minus sign stands right before ``start``, itself after a space or bracket."""
    return (
        start - 1 >= floor
        and text[start - 1] in _MINUS
        and (start == 1 or text[start - 2] in " \t\n(\u00a0")
    )


def _read_scale(sc: _Scanner, f: _Figure) -> None:
    """Take the scale after digits into ``f.value``: "1.3 million", "$2.5bn", "4MM", "400k".

    A lower-case "m" glued to the digits is million or metre (see :func:`_million`);
    read as metres it sets the unit.
    """
    text, end = sc.text, f.end
    if text[end : end + 1] in _CASED_FIRST or text[end + 1 : end + 2] in _CASED_FIRST:
        cased = _SCALE_CASED.match(text, end)
    else:
        cased = None
    if cased is not None:
        if cased.group("s") != "MM" or f.currency is not None:
            f.value *= 1e9 if cased.group("s") == "B" else 1e6
            f.end = cased.end()
    else:
        sm = _SCALE_AFTER.match(sc.low, end)
        if sm is not None:
            _apply_scale(sc, f, sm)
    if f.value != f.core.value:
        f.value = _tidy(f.value)  # "$4.1bn" is 4.1e9, not 4099999999.9999995


def _apply_scale(sc: _Scanner, f: _Figure, sm: re.Match[str]) -> None:
    """Apply a scale word, abbreviation or glued letter matched by ``_SCALE_AFTER``."""
    word, abbr, glued = sm.group("w"), sm.group("a") or sm.group("a2"), sm.group("g")
    if word is not None:
        f.value *= SCALE_WORDS[word]
        f.end = sm.end()
        # "3 hundred thousand", "3 lakh crore": a larger scale word follows.
        more = _SCALE_AFTER.match(sc.low, f.end)
        if (
            more is not None
            and more.group("w") is not None
            and SCALE_WORDS[more.group("w")] > SCALE_WORDS[word]
        ):
            f.value *= SCALE_WORDS[more.group("w")]
            f.end = more.end()
    elif abbr is not None:
        f.value *= _ABBR_SCALE[abbr]
        f.end = sm.end()
    elif glued == "k" or (glued == "b" and f.currency is not None):
        f.value *= 1e3 if glued == "k" else 1e9
        f.end = sm.end()
    elif glued == "m" and _million(sc, sm.end(), f.currency, f.core):
        f.value *= 1e6
        f.end = sm.end()
    elif glued == "m" and f.unit is None:
        f.unit, f.kind = "meter", QuantityKind.LENGTH
        f.end = sm.end()


def _read_unit_after(sc: _Scanner, f: _Figure) -> None:
    """Take a currency word ("500 euros", "Rs 20 crore") or else a unit ("100 km") after
    the figure; sets ``f.currency`` or ``f.unit`` and ``f.kind``."""
    rules, low = sc.rules, sc.low
    if f.currency is None:
        ca = rules.currency_after.match(low, f.end)
        if ca is not None and ca.group("c") == "pounds" and _weighed(sc, f, ca.end()):
            f.unit, f.kind = "pound", rules.unit_kinds.get("pound", QuantityKind.MEASURE)
            f.end = ca.end()  # "weighs 250 pounds", "20 pounds of cocaine": a weight
            return
        if ca is not None:
            f.currency = rules.currencies_after[_form(ca, "c")]
            f.end = ca.end()
    if f.currency is None:
        um = rules.unit_after.match(low, f.end)
        if um is not None and _wrong_case(sc.text, um):
            um = None
        if um is not None:
            f.unit, f.kind = rules.units[_form(um, "u")]
            f.end = um.end()
        elif low[f.end : f.end + 6] == " times" and _TIMES.match(low, f.end):
            f.unit, f.kind = "fold", rules.unit_kinds.get("fold", QuantityKind.MEASURE)
            f.end += 6  # "three times higher": a ratio, as "threefold"
        elif low[f.end : f.end + 2] == " m" and _METRE_CONTEXT.match(low, f.end + 2):
            f.unit, f.kind = "meter", QuantityKind.LENGTH  # "3,800 m long"
            f.end += 2
        elif not f.core.words or f.core.value < 100:
            _read_cents(sc, f)


def _weighed(sc: _Scanner, f: _Figure, end: int) -> bool:
    """Whether "pounds" after a figure is a weight: before "of" ("20 pounds of
    cocaine") or after a verb of weighing ("weighs 250 pounds")."""
    return _OF_WEIGHT.match(sc.low, end) is not None or _WEIGH_BEFORE.match(f.rlow) is not None


def _wrong_case(text: str, um: re.Match[str]) -> bool:
    """Whether a glued one-letter unit is written in the case no unit of that letter
    takes: "5G" is a network and "3T" no tonnes; "45W", "12V", "2L" are units."""
    glued = um.group("u2")
    return (
        glued is not None
        and len(glued) == 1
        and glued in _LOWER_ONLY
        and text[um.start("u2")].isupper()
    )


def _read_cents(sc: _Scanner, f: _Figure) -> None:
    """Read "12 cents", "99¢" as money: a hundredth of the currency of the last amount
    of money before it in the text ("$36.44, up 12 cents"), or of the dollar."""
    cents = _CENTS.match(sc.low, f.end)
    if cents is None:
        return
    currency = next((q.unit for q in reversed(sc.found) if q.kind is QuantityKind.MONEY), None)
    f.currency = currency if currency is not None and currency not in _NO_CENTS else "USD"
    f.value = _tidy(f.value / 100.0)
    f.end = cents.end()


def _read_money_or_feet(sc: _Scanner, f: _Figure) -> None:
    """Money takes its currency as unit, and cents after it ("12 dollars and 40 cents");
    feet take inches after them ("6 ft 2 in")."""
    low, end = sc.low, f.end
    if f.currency is not None:
        f.unit, f.kind = f.currency, QuantityKind.MONEY
        cents = _CENTS_AFTER.match(low, end) if low[end : end + 4] == " and" else None
        if cents is not None:
            f.value += int(cents.group("n")) / 100.0
            f.end = cents.end()
    elif f.unit == "foot" and end < len(sc.text) and sc.text[end] == " ":
        inches = _INCHES_AFTER.match(low, end)
        if inches is not None:
            f.value += int(inches.group("n")) / 12.0
            f.end = inches.end()


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
    if word is None or word.group() in _JOINERS:
        # "between 12m and 15m subscribers": the noun after the range's second end.
        second = _SECOND_M.match(sc.low, end)
        word = _NEXT_WORD.match(sc.low, second.end()) if second is not None else word
    if word is not None and word.group() in _METRE_EVENTS:
        return False  # "the 200m finals", "the 400m hurdles": a race's distance
    if word is not None and _is_plural(word.group()) and word.group() not in sc.rules.units:
        return True
    return core.decimal


def _tidy(x: float) -> float:
    """``x`` to 12 significant digits: the float noise of a product is no part of a figure."""
    return float(f"{x:.12g}")
