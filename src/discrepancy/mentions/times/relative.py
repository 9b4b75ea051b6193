"""The reader of relative phrases found by their unit word.

"this week", "last month", "the past 24 hours", "over the weekend", "since the start
of the year"; it hands anaphora ("the day before") to :mod:`.anaphora` and offsets
("two years ago") to :mod:`.offsets`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

import regex

from ...models import Granularity
from .anaphora import carry_period, read_anaphor
from .offsets import read_near_now
from .patterns import (
    AFTER_OF,
    AFTER_UNIT,
    BACK_EARLIER,
    BACK_THE,
    BACK_THIS_TIME,
    NEAR_NOW,
    OF_THE,
    RELATIVE,
    SENTENCE_END,
)
from .periods import (
    add_months,
    calendar_period,
    day_of_week,
    unresolved,
    weekday_date,
    window_of,
)
from .scan import Hit, Scan
from .triggers import to_number

_SAME_MOD: Final = {"coming": "next", "previous": "last", "current": "this"}
_CALENDAR_UNITS: Final = {
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}
_ONE_DAY: Final = timedelta(days=1)
_ANTECEDENT_REACH: Final = 120  # characters between a mention and "the previous month"


def read_relative(scan: Scan, s: int, e: int) -> Hit | None:
    """The relative phrase that ends with the unit word at ``s:e``, if any.

    The phrase is matched backwards from the unit word, or from the word after it
    ("two days later", "the day before", "two years ago"); offsets and periods of now
    are tried only where a cue ("ago", "in", "of the") says they may be there.
    """
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
        return _read_weekend(scan, s, e)
    if m["r_mod"] is not None:
        return _this_last(scan, m, s, e, low)
    if m["r_span"] is not None:
        return _past_n(scan, m, s, e, low)
    return _since_start(scan, m["r_since_unit"].lower(), s, e)


def _since_start(scan: Scan, unit: str, s: int, e: int) -> Hit:
    """ "since the start of the month": from the first day of the week, month or year."""
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, f"since the start of the {unit}"))
    return Hit(s, e, window_of(calendar_period(pub, unit)[0], pub, Granularity.SPAN))


def _this_last(scan: Scan, m: regex.Match[str], s: int, e: int, low: int) -> Hit | None:
    """ "this week", "last month", "next year", "the past fortnight", "later this week".

    A calendar period ("last week" is the previous Monday to Sunday, "this month" its
    first day to publication) unless "the" or "past" makes it a span up to (or from)
    publication ("the last week", "the past month"); "last night" and parts of a day
    ("this morning") have readers of their own.
    """
    text = scan.text
    mod, unit = m["r_mod"].lower(), m["r_unit"].lower()
    if AFTER_OF.match(text, e, e + 8):
        return None  # "the last week of August": the month carries the mention
    if mod == "previous" and unit in ("week", "month", "year") and _antecedent_near(scan, s):
        # "in March, after falling the previous month": the month before March
        the = BACK_THE.match(text, low, s)
        start = s if the is None else the.start()
        phrase = f"the previous {unit}"
        return Hit(start, e, carry_period(scan, unit, -1, phrase, adjacent=True))
    mod = _SAME_MOD.get(mod, mod)
    the = BACK_THE.match(text, low, s)
    rolling = mod == "past" or (the is not None and the["the"].lower() == "the")
    rolling = rolling or unit == "fortnight"  # "the past fortnight", "next fortnight"
    if rolling and the is not None:
        s = the.start()
    if unit == "night":
        return _last_night(scan, s, e, mod, rolling)
    if unit in ("morning", "afternoon", "evening"):
        return _part_of_day(scan, s, e, mod, unit, rolling)
    if unit == "decade" and not rolling:
        return None  # "last decade", "this decade": which ten years is not settled
    if unit == "quarter" and rolling and mod == "last":
        return None  # "in the last quarter": of a game as often as of a fiscal year
    if unit == "year" and mod in ("last", "next") and not rolling:
        same = BACK_THIS_TIME.match(text, low, s)
        if same is not None:
            return _this_time(scan, same.start(), e, mod)
    later = False
    if mod == "this":
        earlier = BACK_EARLIER.match(text, low, s)
        if earlier is not None:
            s = earlier.start()
            later = earlier.group().lower().startswith("later")
    if later:
        return _later_this(scan, s, e, unit)
    if rolling:
        forward = mod == "next"
        phrase = f"the {'next' if forward else 'past'} {unit}"
        return _rolling(scan, s, e, unit, phrase, forward=forward)
    return _calendar_unit(scan, s, e, unit, mod)


def _antecedent_near(scan: Scan, s: int) -> bool:
    """Whether a mention read earlier in the same sentence lies close before ``s``."""
    prev = scan.prev
    if prev is None or s - prev.end > _ANTECEDENT_REACH:
        return False
    return SENTENCE_END.search(scan.text, prev.end, s) is None


def _last_night(scan: Scan, s: int, e: int, mod: str, rolling: bool) -> Hit | None:
    """ "last night", "this past night": the night from the day before publication."""
    if mod not in ("last", "past") or (rolling and mod == "last"):
        return None  # "the last night of the festival"
    return scan.day_from_pub(s, e, -1, "last night", night=True)


def _part_of_day(scan: Scan, s: int, e: int, mod: str, unit: str, rolling: bool) -> Hit | None:
    """ "this morning", "last evening": the day of publication, or the day before."""
    if mod not in ("this", "last") or rolling:
        return None
    return scan.day_from_pub(s, e, 0 if mod == "this" else -1, f"{mod} {unit}")


def _this_time(scan: Scan, s: int, e: int, mod: str) -> Hit:
    """ "this time last year", "the same time next year": publication's day a year away.

    The day is approximate (the writer means "about now", a year off), so it is a day
    window that lists ``start`` and ``end`` in ``inferred``, as carried anaphora do;
    February 29 lands on February 28.
    """
    phrase = f"this time {mod} year"
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.DAY, phrase))
    day = add_months(pub, -12 if mod == "last" else 12)
    return Hit(s, e, window_of(day, day, Granularity.DAY, ("start", "end")))


def _later_this(scan: Scan, s: int, e: int, unit: str) -> Hit:
    """ "later this week": from publication (or the period's first day, when later) to its end.

    One reading for every unit: the period is the calendar one that holds publication
    (a week is Monday to Sunday, a fortnight the publication's week and the week
    after, a weekend the Saturday and Sunday of the publication's week).
    """
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, f"later this {unit}"))
    if unit == "weekend":
        first, last = day_of_week(pub, 5), day_of_week(pub, 6)
    elif unit == "fortnight":
        first, last = day_of_week(pub, 0), day_of_week(pub, 6, 1)
    else:
        first, last = calendar_period(pub, unit)
    return Hit(s, e, window_of(max(pub, first), last, Granularity.SPAN))


def _rolling(scan: Scan, s: int, e: int, unit: str, phrase: str, *, forward: bool) -> Hit | None:
    """ "the past month", "the next fortnight": a span that ends (or starts) at publication."""
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, phrase))
    sign = 1 if forward else -1
    if unit in ("week", "fortnight"):
        other = pub + timedelta(days=sign * (7 if unit == "week" else 14))
    elif unit == "weekend":  # "the next weekend": the first to begin after publication
        saturday = weekday_date(pub, 5, "next" if forward else "on")
        return Hit(s, e, window_of(saturday, saturday + _ONE_DAY, Granularity.SPAN))
    else:
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
        other = add_months(pub, sign * months)
    first, last = (pub, other) if forward else (other, pub)
    return Hit(s, e, window_of(first, last, Granularity.SPAN))


def _calendar_unit(scan: Scan, s: int, e: int, unit: str, mod: str) -> Hit:
    """ "last week", "this month", "next quarter", "this weekend": a calendar period.

    "this" runs from the period's first day to publication, or to its last day in a
    clause of what is to come ("expects 40 million passengers this year"); "last"
    and "next" are the whole period before or after.
    """
    granularity = _CALENDAR_UNITS.get(unit, Granularity.SPAN)
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(granularity, f"{mod} {unit}"))
    step = {"last": -1, "this": 0, "next": 1}[mod]
    if unit == "weekend":
        saturday = day_of_week(pub, 5, step)
        return Hit(s, e, window_of(saturday, saturday + _ONE_DAY, Granularity.SPAN))
    first, last = calendar_period(pub, unit, step)
    to_date = step == 0 and not scan.ahead()
    window = window_of(first, pub if to_date else last, granularity)
    return Hit(s, e, window, "quarter" if unit == "quarter" else "")


def _read_weekend(scan: Scan, s: int, e: int) -> Hit | None:
    """ "over the weekend", "this past weekend": the latest weekend begun by publication."""
    if AFTER_OF.match(scan.text, e, e + 8):
        return None  # "the weekend of 12-13 October": the dates carry the mention
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, "the weekend"))
    saturday = weekday_date(pub, 5, "on")
    return Hit(s, e, window_of(saturday, saturday + timedelta(days=1), Granularity.SPAN))


def _past_n(scan: Scan, m: regex.Match[str], s: int, e: int, low: int) -> Hit | None:
    """ "the past 24 hours", "the next three weeks": a span up to (or from) publication."""
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
