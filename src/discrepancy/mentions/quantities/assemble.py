"""One figure assembled around the number read at a trigger: currency, hedge,
scale, unit, range, share, counted noun and change, then the Quantity with its interval.
"""

from __future__ import annotations

import re

from ...models import Direction, Form, Qualifier, Quantity, QuantityKind, RejectReason, trusted
from ...rules.quantities import _ABBR_SCALE, _form
from ...text.numwords import SCALE_WORDS
from .changes import _direction, _governor
from .interval import _bounds, _interval
from .nouns import _kind_compound, _noun
from .patterns import _LEVEL_GAP_MAX, _RANGE_JOIN, _RIGHT_PEEK, _SCALE_AFTER
from .ranges import _one_in, _range, _upper_bound
from .scale import _million, _tidy
from .state import _Core, _Scanner

# Upper-case scale letters, read on the original text: "raised 10M", "1.4 B people",
# and the financial "US$ 4MM" (with money only: "4mm" is millimetres).
_CASED_FIRST = frozenset("MB")
_SCALE_CASED = re.compile(r"[ \t\u00a0]?(?P<s>MM|M|B)(?![^\W_])")
_RANGE_OPENER = re.compile(r"[ \t\u00a0]+(neewteb|morf)(?![a-z])")  # reversed "between", "from"
_LEFT_WORD = re.compile(r"[ \t\u00a0]{0,3}(?P<w>\.?[a-z~]+|~)")  # on a reversed window
_NO_TAIL = frozenset(",;:)]}\"”’'!?.")
_CHANGE_VERBS = re.compile(
    r"[ \t\u00a0]+(?:esor|nesir|esir|desaercni|debmilc|depmuj|llef|deppord|denilced|werg|"
    r"desiar|desiver|detiuj|derawos|dehgnulp|delbuod|delpirt|deggums|gnisir|gnillaf)(?![a-z])"
)
# Bounds that name a threshold crossed ("fell below $30,000"): the figure is a level.
_THRESHOLD_HEDGES = frozenset(["below", "above", "under", "beyond", "past"])
# Between a figure and its conversion in brackets: "100 km (62 miles)".
_CONVERSION_GAP = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
_KIND_COMPOUND_MAX = 20  # "a six-cylinder engine", "a 12-speed gearbox"; not "a 300-job cut"
# "12 dollars and 40 cents", "6 ft 2 in", "6.02×10^23": a figure's second part.
_CENTS_AFTER = re.compile(
    r"[ \t\u00a0]+and[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:cents?|pence|p)(?![a-z])"
)
_INCHES_AFTER = re.compile(
    r"[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:in|ins|inches|inch|\"|”)(?![a-z])"
)
# "over 10 years" is mostly "during ten years" in news; "over 10 years old" is a bound.
_DURATION_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
_DURING = frozenset(["revo"])  # reversed, as the hedge pattern reads it
_AGE_AFTER = re.compile(r"[ \t\u00a0]+(?:old|ago|of age)(?![a-z])")
_LOWER_BOUNDS = frozenset([Qualifier.MORE_THAN, Qualifier.AT_LEAST])
_NO_CHANGE = (Direction.NONE, Form.LEVEL)
_CUE_MAGNITUDE = re.compile(r"(?:[ \t\u00a0]+fo)?[ \t\u00a0-]*edutingam(?![a-z])")


def _quantity(
    sc: _Scanner,
    core: _Core,
    *,
    cue: int | None = None,
    unit: str | None = None,
    vague: tuple[float, float | None] | None = None,
) -> int:
    """Read hedge, currency, scale, unit, range and noun around ``core``; emit it."""
    text, low, rules, policy = sc.text, sc.low, sc.rules, sc.policy
    start, end, value = core.start, core.end, core.value
    kind = QuantityKind.COUNT
    currency: str | None = None
    if unit == "percent":
        kind = QuantityKind.PERCENT
    elif unit is not None:  # "magnitude", glued degrees, "half a mile"
        kind = rules.unit_kinds.get(unit, QuantityKind.MEASURE)
    if cue is not None:
        start = cue

    # Left: a currency sign ("$2.5bn", "US$ 5"), then a hedge before it.
    rev, rlow = sc.left(start)
    before = rev[:1] if rev[:1] not in " \u00a0" else rev[1:2]
    if before in rules.currency_last and vague is None and (not core.words or unit is None):
        cur = rules.currency_before.match(rev)
        if cur is not None:
            currency = rules.currencies_before[cur.group("c")[::-1]]
            start -= cur.end()
            rev, rlow = sc.left(start)
    if unit is None and currency is None and vague is None and "edutingam" in rlow[:14]:
        mag = _CUE_MAGNITUDE.match(rlow)
        if mag is not None:
            start -= mag.end()
            unit, kind = "magnitude", QuantityKind.MEASURE
            rev, rlow = sc.left(start)
    left_word = _LEFT_WORD.match(rlow)
    last = left_word.group("w")[::-1] if left_word is not None else ""

    # Right: only when the next word could be a scale, unit, hedge or joiner.
    peek = _RIGHT_PEEK.match(low, end)
    nxt = peek.group("w") if peek is not None else ""
    tail = bool(nxt) and (
        not peek.group("sp")  # type: ignore[union-attr]
        or not nxt.isalpha()
        or nxt in rules.right_first
    )
    if tail and not peek.group("sp") and nxt in _NO_TAIL:  # type: ignore[union-attr]
        tail = False

    # Right: scale, then currency word / unit / percent.
    if tail and not core.words and vague is None:
        cased = (
            _SCALE_CASED.match(text, end)
            if text[end : end + 1] in _CASED_FIRST or text[end + 1 : end + 2] in _CASED_FIRST
            else None
        )
        sm = None if cased is not None else _SCALE_AFTER.match(low, end)
        if cased is not None and (cased.group("s") != "MM" or currency is not None):
            value *= 1e9 if cased.group("s") == "B" else 1e6
            end = cased.end()
        elif sm is not None:
            word, abbr, glued = sm.group("w"), sm.group("a") or sm.group("a2"), sm.group("g")
            if word is not None:
                value *= SCALE_WORDS[word]
                end = sm.end()
            elif abbr is not None:
                value *= _ABBR_SCALE[abbr]
                end = sm.end()
            elif glued == "k" or (glued == "b" and currency is not None):
                value *= 1e3 if glued == "k" else 1e9
                end = sm.end()
            elif glued == "m" and _million(sc, sm.end(), currency, core):
                value *= 1e6
                end = sm.end()
            elif glued == "m" and unit is None:
                unit, kind = "meter", QuantityKind.LENGTH
                end = sm.end()
        if sm is not None and sm.group("w") is not None and end == sm.end():
            # "3 hundred thousand", "3 lakh crore": a larger scale word follows.
            more = _SCALE_AFTER.match(low, end)
            if (
                more is not None
                and more.group("w") is not None
                and SCALE_WORDS[more.group("w")] > SCALE_WORDS[sm.group("w")]
            ):
                value *= SCALE_WORDS[more.group("w")]
                end = more.end()
        if value != core.value:
            value = _tidy(value)  # "$4.1bn" is 4.1e9, not 4099999999.9999995
    if tail and unit is None and vague is None:
        if currency is None:
            ca = rules.currency_after.match(low, end)
            if ca is not None:
                currency = rules.currencies_after[_form(ca, "c")]
                end = ca.end()
        if currency is None:
            um = rules.unit_after.match(low, end)
            if um is not None:
                unit, kind = rules.units[_form(um, "u")]
                end = um.end()
    if currency is not None:
        unit, kind = currency, QuantityKind.MONEY
        cents = _CENTS_AFTER.match(low, end) if low[end : end + 4] == " and" else None
        if cents is not None:
            value += int(cents.group("n")) / 100.0  # "12 dollars and 40 cents"
            end = cents.end()
    elif unit == "foot" and end < len(text) and text[end] == " ":
        inches = _INCHES_AFTER.match(low, end)
        if inches is not None:
            value += int(inches.group("n")) / 12.0  # "6 ft 2 in"
            end = inches.end()

    # Left hedge.
    hedge: str | None = None
    qualifier = Qualifier.EXACT
    hm = rules.hedge_before.match(rlow) if last in rules.hedge_last else None
    between = False  # "between" or "from" opens a range
    no_range = False
    range_start = start
    if hm is not None and not (
        unit in _DURATION_UNITS and hm.group("h") in _DURING and not _AGE_AFTER.match(low, end)
    ):
        phrase = " ".join(hm.group("h")[::-1].split())
        qualifier = rules.hedges[phrase]
        start -= hm.end()
        hedge = text[start : start + len(hm.group("h"))]
    elif hm is not None:
        hm = None  # "over 10 years", "over three days": a duration, not a bound
    elif last in ("between", "from"):
        bm = _RANGE_OPENER.match(rlow)
        if bm is not None:
            if bm.group(1) == "morf" and _CHANGE_VERBS.match(rlow, bm.end()):
                # "rose from 80 to 93" is a change between two figures, not a range.
                no_range = True
            else:
                between = True
                range_start = start - bm.end()

    # Left: the word of change or margin that governs the figure ("rose by").
    governor = None
    near_change = sc.last_change is not None and start <= sc.last_change[0] + _LEVEL_GAP_MAX
    if (hm is not None or last in rules.change_last or near_change) and vague is None:
        if hm is not None:
            rev, rlow = sc.left(start)
            left_word = _LEFT_WORD.match(rlow)
            last = left_word.group("w")[::-1] if left_word is not None else ""
        if last in rules.change_last or near_change:
            governor = _governor(sc, start, last, rlow)
        if governor is not None:
            if (
                governor[1] is Form.CHANGE
                and hedge is not None
                and hedge.lower() in _THRESHOLD_HEDGES
            ):
                # "fell below $30,000", "rose above 5%": a threshold crossed is a level.
                governor, sc.role = (governor[0], Form.LEVEL, "to"), ""
            if governor[2] == "from":
                no_range = True

    # Right: trailing hedge ("800+", "1,000-plus", "or more"), unless one came before.
    trail = rules.hedge_after.match(low, end) if tail else None
    if trail is not None and vague is None:
        phrase = " ".join(trail.group().split())
        trailing = rules.hedges[phrase]
        if hedge is None:
            qualifier = trailing
            hedge = text[end : trail.end()].strip().lstrip("-")
        elif qualifier is Qualifier.APPROXIMATE and trailing in (
            Qualifier.AT_LEAST,
            Qualifier.AT_MOST,
        ):
            # "about 500 or more": the bound is what the figure says.
            qualifier = trailing
            hedge = f"{hedge} {text[end : trail.end()].strip()}"
        end = trail.end()

    # A range: "10-15", "two or three", "between 110,000 and 150,000", "from X to Y".
    high_value: float | None = None
    if no_range and tail and unit is None and trail is None:
        # "raised the age from 62 to 64 years": two levels, the unit shared.
        ahead = _range(sc, end, value, unit, currency, core, between)
        if ahead is not None and ahead[3] is not None:
            unit, kind = ahead[3], ahead[4]
    if (
        tail
        and not no_range
        and trail is None
        and vague is None
        and qualifier
        in (Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_MOST, Qualifier.AT_LEAST)
    ):
        joined = _range(sc, end, value, unit, currency, core, between)
        if (
            joined is not None
            and governor is not None
            and _RANGE_JOIN.match(low, end).group().strip() == "to"  # type: ignore[union-attr]
            and (unit is not None or joined[3] is None)
        ):
            # "rose by $2.1 billion to $48.7 billion", "rose by 100 to 1,500": a
            # change and then the level it reached, not a range.
            joined = None
        if joined is not None:
            value, high_value, end, unit2, kind2 = joined
            if unit is None and unit2 is not None:
                unit, kind = unit2, kind2
            if between:
                hedge = text[range_start:start].split()[0]
                start = range_start
            if qualifier is Qualifier.EXACT:
                qualifier = Qualifier.RANGE

    # "one in six": a share.
    if (
        tail
        and high_value is None
        and unit is None
        and vague is None
        and value > 0
        and value == int(value)
    ):
        share = _one_in(sc, end)
        if share is not None and share[0] > value:
            den, end = share
            value = 100.0 * value / den
            unit, kind = "percent", QuantityKind.PERCENT

    if (
        unit is not None
        and qualifier is Qualifier.EXACT
        and high_value is None
        and sc.found
        and sc.found[-1].unit is not None
        and sc.found[-1].qualifier not in (Qualifier.EXACT, Qualifier.RANGE, Qualifier.VAGUE)
        and _CONVERSION_GAP.fullmatch(text, sc.found[-1].span[1], start)
    ):
        # "more than 100 km (62 miles)": the conversion carries the hedge.
        qualifier, hedge = sc.found[-1].qualifier, sc.found[-1].hedge
    upper = (
        _upper_bound(sc, end, value, currency)
        if qualifier in _LOWER_BOUNDS and high_value is None and vague is None
        else None
    )
    if upper is not None:
        # "more than 200 but fewer than 300": one interval bounded on both sides.
        high, high_closed, end = upper
        interval = _bounds(
            low=value,
            high=high,
            low_closed=qualifier is Qualifier.AT_LEAST,
            high_closed=high_closed,
        )
        nominal = value
    elif vague is not None:
        qualifier = Qualifier.VAGUE
        low_b, high_b = vague
        interval = _bounds(low=low_b, high=high_b)
        nominal = low_b
    elif high_value is not None:
        a, b = sorted((value, high_value))
        if qualifier is Qualifier.RANGE or a == b:
            interval = _bounds(low=a, high=b)
            nominal = a
        elif qualifier is Qualifier.APPROXIMATE:
            w = policy.approximate_width
            interval = (
                _bounds(low=a * (1 - w), high=b * (1 + w)) if a >= 0 else _bounds(low=a, high=b)
            )
            nominal = a
        elif qualifier is Qualifier.AT_MOST:
            interval = _bounds(high=b)
            nominal = b
        else:
            interval = _bounds(low=a)
            nominal = a
    else:
        interval, nominal = _interval(qualifier, value, policy)

    noun = None
    if kind is QuantityKind.COUNT or vague is not None or unit == "percent":
        noun = _noun(sc, end, kind)
    if kind is QuantityKind.PERCENT and unit is None:
        unit = "percent"
    if (
        nxt == "-"
        and low[end : end + 1] == "-"
        and kind is QuantityKind.COUNT
        and high_value is None
        and 1 < value < _KIND_COMPOUND_MAX
    ):
        compound = _kind_compound(sc, start, end)
        if compound is not None:
            return sc.reject(start, compound, RejectReason.NAME)
    if governor is None and end == core.end and nxt not in rules.after_first:
        direction, form = _NO_CHANGE  # the usual case, decided cheaply
    else:
        direction, form = _direction(sc, governor, start, end, kind, unit, noun)
        if direction is not Direction.NONE:
            sc.last_change = (end, direction)
    sc.found.append(
        trusted(
            Quantity,
            span=(start, end),
            surface=text[start:end],
            nominal=nominal,
            value=interval,
            qualifier=qualifier,
            hedge=hedge,
            unit=unit,
            kind=kind,
            noun=noun,
            direction=direction,
            form=form,
        )
    )
    return end
