"""The reader of relative phrases found by their unit word.

"this week", "last month", "the past 24 hours", "over the weekend", "since the start
of the year"; it hands anaphora ("the day before") to :mod:`.anaphora` and offsets
("two years ago") to :mod:`.offsets`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import regex

from ...models import Granularity
from .anaphora import read_anaphor
from .offsets import read_near_now
from .patterns import AFTER_OF, AFTER_UNIT, BACK_EARLIER, BACK_THE, NEAR_NOW, OF_THE, RELATIVE
from .periods import add_months, calendar_period, days_in_month, monday_of, unresolved, window_of
from .scan import Hit, Scan
from .triggers import to_number

_SAME_MOD: Final = {"coming": "next", "previous": "last", "current": "this"}


def read_relative(scan: Scan, s: int, e: int) -> Hit | None:
    text = scan.text
    low = max(scan.floor, s - 48)
    m = None
    more = AFTER_UNIT.match(text, e, e + 12)
    if more is not None:  # "two days later", "the day before", "two years ago"
        m = RELATIVE.match(text, low, more.end())
        near = None if m is not None else NEAR_NOW.match(text, low, more.end())
        if near is not None:
            return read_near_now(scan, near)
    if m is None:
        m = RELATIVE.match(text, low, e)
    if m is None:
        if text.find("in ", max(low, s - 30), s) >= 0 or text.endswith(OF_THE, max(0, s - 9), s):
            near = NEAR_NOW.match(text, low, e)
            if near is not None:
                return read_near_now(scan, near)
        return None
    if m["r_ana"] is not None:
        return read_anaphor(scan, m)
    s, e = m.span()
    low = max(scan.floor, s - 24)
    if m["r_wkend"] is not None:
        return read_weekend(scan, s, e)
    if m["r_mod"] is not None:
        return this_last(scan, m, s, e, low)
    if m["r_span"] is not None:
        return past_n(scan, m, s, e, low)
    # "since the start of the month"
    pub = scan.pub_day
    unit = m["r_since_unit"].lower()
    phrase = f"since the start of the {unit}"
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, phrase))
    if unit == "week":
        first = monday_of(pub)
    elif unit == "month":
        first = pub.replace(day=1)
    else:
        first = date(pub.year, 1, 1)
    return Hit(s, e, window_of(first, pub, Granularity.SPAN))


def this_last(scan: Scan, m: regex.Match[str], s: int, e: int, low: int) -> Hit | None:
    text = scan.text
    mod, unit = m["r_mod"].lower(), m["r_unit"].lower()
    if AFTER_OF.match(text, e, e + 8):
        return None  # "the last week of August": the month carries the mention
    mod = _SAME_MOD.get(mod, mod)
    the = BACK_THE.match(text, low, s)
    rolling = mod == "past" or (the is not None and the["the"].lower() == "the")
    rolling = rolling or unit == "fortnight"  # "the past fortnight", "next fortnight"
    if rolling and the is not None:
        s = the.start()
    pub = scan.pub_day
    one = timedelta(days=1)
    if unit == "night":
        if mod not in ("last", "past") or (rolling and mod == "last"):
            return None  # "the last night of the festival"
        if pub is None:
            return Hit(s, e, unresolved(Granularity.NIGHT, "last night"))
        return Hit(s, e, window_of(pub - one, pub, Granularity.NIGHT))
    if unit in ("morning", "afternoon", "evening"):
        if mod not in ("this", "last") or rolling:
            return None
        phrase = f"{mod} {unit}"
        if pub is None:
            return Hit(s, e, unresolved(Granularity.DAY, phrase))
        day = pub if mod == "this" else pub - one
        return Hit(s, e, window_of(day, day, Granularity.DAY))
    if unit == "decade" and not rolling:
        return None  # "last decade", "this decade": which ten years is not settled
    if unit == "quarter" and rolling and mod == "last":
        return None  # "in the last quarter": of a game as often as of a fiscal year
    later = False
    if mod == "this":
        earlier = BACK_EARLIER.match(text, low, s)
        if earlier is not None:
            s = earlier.start()
            later = earlier.group().lower().startswith("later")
    forward = mod == "next"
    phrase = f"the {'next' if forward else 'past'} {unit}" if rolling else f"{mod} {unit}"
    if later:
        phrase = f"later this {unit}"
    granularity = {
        "week": Granularity.WEEK,
        "month": Granularity.MONTH,
        "year": Granularity.YEAR,
    }.get(unit, Granularity.SPAN)
    if rolling or later:
        granularity = Granularity.SPAN
    if pub is None:
        return Hit(s, e, unresolved(granularity, phrase))
    if rolling:
        sign = 1 if forward else -1
        if unit in ("week", "fortnight"):
            other = pub + timedelta(days=sign * (7 if unit == "week" else 14))
        elif unit == "weekend":
            return None
        else:
            months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
            other = add_months(pub, sign * months)
        first, last = (pub, other) if forward else (other, pub)
        return Hit(s, e, window_of(first, last, granularity))
    if later:  # "later this week": from publication to the period's end
        return Hit(s, e, window_of(pub, calendar_period(pub, unit)[1], granularity))
    step = {"last": -1, "this": 0, "next": 1}[mod]
    if unit == "quarter":
        first, last = calendar_period(pub, "quarter", step)
        window = window_of(first, pub if step == 0 else last, Granularity.SPAN)
        return Hit(s, e, window, "quarter")
    if unit in ("week", "weekend"):
        monday = monday_of(pub) + timedelta(days=7 * step)
        if unit == "weekend":
            saturday = monday + timedelta(days=5)
            return Hit(s, e, window_of(saturday, saturday + one, Granularity.SPAN))
        last = pub if step == 0 else monday + timedelta(days=6)
        return Hit(s, e, window_of(monday, last, granularity))
    if unit == "month":
        first = add_months(pub.replace(day=1), step)
        last = pub if step == 0 else first.replace(day=days_in_month(first.year, first.month))
        return Hit(s, e, window_of(first, last, granularity))
    year = pub.year + step
    last = pub if step == 0 else date(year, 12, 31)
    return Hit(s, e, window_of(date(year, 1, 1), last, granularity))


def read_weekend(scan: Scan, s: int, e: int) -> Hit | None:
    """ "over the weekend", "this past weekend": the latest weekend begun by publication."""
    if AFTER_OF.match(scan.text, e, e + 8):
        return None  # "the weekend of 12-13 October": the dates carry the mention
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, "the weekend"))
    saturday = monday_of(pub) + timedelta(days=5)
    if saturday > pub:
        saturday -= timedelta(days=7)
    return Hit(s, e, window_of(saturday, saturday + timedelta(days=1), Granularity.SPAN))


def past_n(scan: Scan, m: regex.Match[str], s: int, e: int, low: int) -> Hit | None:
    count = to_number(m["r_n"])
    if not count or AFTER_OF.match(scan.text, e, e + 8):
        return None
    the = BACK_THE.match(scan.text, low, s)
    if the is not None and the["the"].lower() == "the":
        s = the.start()
    mod, units = m["r_span"].lower(), m["r_units"].lower()
    forward = mod in ("next", "coming")
    phrase = f"{'the next' if forward else 'the past'} {count} {units}"
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, phrase))
    if units in ("months", "years"):
        months = count * (12 if units == "years" else 1)
        other = add_months(pub, months if forward else -months)
    else:
        days = -(-count // 24) if units == "hours" else count * (7 if units == "weeks" else 1)
        other = pub + timedelta(days=days if forward else -days)
    first, last = (pub, other) if forward else (other, pub)
    return Hit(s, e, window_of(first, last, Granularity.SPAN))
