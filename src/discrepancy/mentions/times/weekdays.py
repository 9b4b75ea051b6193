"""The reader of weekday names.

"on Saturday", "last Friday", "Monday night", "Tuesday to Thursday", and weekdays a
week, a month or a day number pins down ("Friday next week", "the first Monday of
June", "Friday the 12th").
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

import regex

from ...models import Granularity, TimePart
from ...rules.holidays import nth_weekday
from .patterns import (
    AFTER_NAME,
    AFTER_OF_MONTH,
    AFTER_OF_REL_MONTH,
    AFTER_THE_NTH,
    AFTER_WEEK_OF,
    AFTER_WEEKDAY,
    BACK_NAMED_DAY,
    BACK_NTH,
    BACK_ON,
    BACK_WEEKDAY_MOD,
    WEEKDAY_THEN_DATE,
)
from .periods import (
    add_months,
    day_of_week,
    days_in_month,
    unresolved,
    weekday_date,
    window_of,
)
from .scan import Hit, Scan
from .triggers import ORDINALS, WEEKDAYS, month_number, norm

_WEEK_OF_STARTS: Final = (" next", " last", " this", " of")
_THE_NTH_STARTS: Final = (" the", ", the")


def read_weekday(scan: Scan, s: int, e: int) -> Hit | None:
    """ "on Saturday", "last Friday", "Monday night", "Tuesday to Thursday", "since Monday".

    The day is read on the publication day (see :func:`.periods.weekday_date`); a
    weekday followed by a date ("Tuesday, 7 March") is left to the date, and one in a
    name ("Sunday Times", "Black Friday") is not a date.
    """
    text = scan.text
    if WEEKDAY_THEN_DATE.match(text, e, e + 32):
        return None  # the date that follows carries the mention
    low = max(scan.floor, s - 24)
    if BACK_NAMED_DAY.match(text, low, s) or AFTER_NAME.match(text, e, e + 16):
        return None
    name = text[s:e].lower()
    weekday = WEEKDAYS[name]
    compound = _weekday_compound(scan, s, e, weekday, low)
    if compound is not None:
        return compound
    start, mode = s, "on"
    pre = BACK_WEEKDAY_MOD.match(text, low, s)
    if pre is not None:
        start, mode = pre.start(), pre["mod"].lower()
    after = AFTER_WEEKDAY.match(text, e, e + 24)
    if after is not None and after["part"] is not None:  # "Monday morning", "Monday night"
        night = after["part"].lower() == "night"
        return _weekday_day(scan, start, after.end(), name, mode, night=night)
    if after is not None and (after["conj"].lower() != "and" or mode == "between"):
        return _weekday_range(scan, start, after.end(), name, after["wd2"].lower())
    return _weekday_day(scan, start, e, name, mode, night=False)


def _weekday_day(scan: Scan, start: int, end: int, name: str, mode: str, *, night: bool) -> Hit:
    """The day (or the night after it) a weekday with its modifier names; "since" runs on."""
    pub = scan.pub_day
    if pub is None:
        phrase = name
        if mode not in ("on", "early", "late", "from", "between"):
            phrase = f"{mode} {name}"
        if night:
            phrase = f"{phrase} night"
        granularity = Granularity.NIGHT if night else Granularity.DAY
        if mode == "since":
            granularity = Granularity.SPAN
        return Hit(start, end, unresolved(granularity, phrase))
    if mode == "on" and not night and scan.ahead():
        mode = "ahead"  # "MPs will vote on Friday"
    day = weekday_date(pub, WEEKDAYS[name], mode)
    if mode == "since":
        return Hit(start, end, window_of(day, pub, Granularity.SPAN))
    if night:
        return Hit(start, end, window_of(day, day + timedelta(days=1), Granularity.NIGHT))
    return Hit(start, end, window_of(day, day, Granularity.DAY))


def _weekday_range(scan: Scan, start: int, end: int, name: str, name2: str) -> Hit:
    """ "Tuesday to Thursday": the latest such run of days ending on or before publication,
    or in a clause of what is to come the first starting on or after it."""
    pub = scan.pub_day
    if pub is None:
        return Hit(start, end, unresolved(Granularity.SPAN, f"{name} to {name2}"))
    weekday, weekday2 = WEEKDAYS[name], WEEKDAYS[name2]
    if scan.ahead():
        first = weekday_date(pub, weekday, "ahead")
        last = first + timedelta(days=(weekday2 - weekday) % 7)
    else:
        last = weekday_date(pub, weekday2, "on")
        first = last - timedelta(days=(weekday2 - weekday) % 7)
    return Hit(start, end, window_of(first, last, Granularity.SPAN))


def _weekday_compound(scan: Scan, s: int, e: int, weekday: int, low: int) -> Hit | None:
    """A weekday a week, a month or a day number pins down.

    "on Friday next week" (the Friday of next week), "the first Monday of June"
    (year as for a month), "Friday the 12th" (the latest Friday that was a 12th on
    or before publication).
    """
    text = scan.text
    week = AFTER_WEEK_OF.match(text, e, e + 24) if text.startswith(_WEEK_OF_STARTS, e) else None
    nth = BACK_NTH.match(text, low, s) if text.startswith((" of", " in"), e) else None
    the = AFTER_THE_NTH.match(text, e, e + 12) if text.startswith(_THE_NTH_STARTS, e) else None
    if week is None and nth is None and the is None:
        return None
    on = BACK_ON.match(text, low, s)
    start = s if on is None else on.start()
    name = text[s:e].lower()
    if week is not None:
        return _weekday_of_week(scan, start, week, name, weekday)
    of = AFTER_OF_MONTH.match(text, e, e + 20) if nth is not None else None
    if nth is not None and of is not None:
        return _nth_weekday_of_month(scan, nth, of, low, weekday)
    rel = AFTER_OF_REL_MONTH.match(text, e, e + 20) if nth is not None else None
    if nth is not None and rel is not None:
        return _nth_weekday_of_this_month(scan, nth, rel, low, weekday)
    if the is not None and 1 <= int(the["d"]) <= 31:
        return _weekday_the_nth(scan, start, the, name, weekday)
    return None


def _weekday_of_week(
    scan: Scan, start: int, week: regex.Match[str], name: str, weekday: int
) -> Hit:
    """ "Friday next week", "on Monday last week": that weekday of a calendar week."""
    rel = week["rel"].lower()
    pub = scan.pub_day
    if pub is None:
        return Hit(start, week.end(), unresolved(Granularity.DAY, f"{name} {rel} week"))
    step = {"last": -1, "this": 0, "next": 1}[rel]
    day = day_of_week(pub, weekday, step)
    return Hit(start, week.end(), window_of(day, day, Granularity.DAY))


def _nth_weekday_of_month(
    scan: Scan, nth: regex.Match[str], of: regex.Match[str], low: int, weekday: int
) -> Hit:
    """ "the first Monday of June (2024)": the year as for a month with a day."""
    text = scan.text
    on = BACK_ON.match(text, low, nth.start())
    start = nth.start() if on is None else on.start()
    month = month_number(of["m"])
    index = ORDINALS[nth["ord"].lower()]
    year, end = scan.year_after(of.end())
    inferred: tuple[TimePart, ...] = ()
    if year is None:
        pub = scan.pub_day
        if pub is None:
            phrase = norm(text[nth.start() : of.end()])
            return Hit(start, of.end(), unresolved(Granularity.DAY, phrase))
        year = pub.year
        if scan.ahead():
            year += nth_weekday(year, month, weekday, index) < pub
        elif nth_weekday(year, month, weekday, index) > pub:
            year -= 1
        inferred = ("year",)
    day = nth_weekday(year, month, weekday, index)
    return Hit(start, end, window_of(day, day, Granularity.DAY, inferred))


def _nth_weekday_of_this_month(
    scan: Scan, nth: regex.Match[str], rel: regex.Match[str], low: int, weekday: int
) -> Hit:
    """ "the last Sunday of the month", "the first Friday of next month": of publication's."""
    on = BACK_ON.match(scan.text, low, nth.start())
    start = nth.start() if on is None else on.start()
    word = rel["rel"].lower()
    pub = scan.pub_day
    if pub is None:
        phrase = norm(scan.text[nth.start() : rel.end()])
        return Hit(start, rel.end(), unresolved(Granularity.DAY, phrase))
    month = add_months(pub.replace(day=1), {"next": 1, "last": -1}.get(word, 0))
    day = nth_weekday(month.year, month.month, weekday, ORDINALS[nth["ord"].lower()])
    return Hit(start, rel.end(), window_of(day, day, Granularity.DAY))


def _weekday_the_nth(
    scan: Scan, start: int, the: regex.Match[str], name: str, weekday: int
) -> Hit | None:
    """ "Friday the 12th": the latest Friday that was a 12th on or before publication (the
    first on or after it in a clause of what is to come)."""
    number = int(the["d"])
    pub = scan.pub_day
    if pub is None:
        return Hit(start, the.end(), unresolved(Granularity.DAY, f"{name} the {number}"))
    step = 1 if scan.ahead() else -1
    first = pub.replace(day=1)
    for _ in range(28):  # a weekday falls on every day number within 14 months
        if number <= days_in_month(first.year, first.month):
            day = first.replace(day=number)
            if (day - pub).days * step >= 0 and day.weekday() == weekday:
                return Hit(start, the.end(), window_of(day, day, Granularity.DAY, ("year",)))
        first = add_months(first, step)
    return None
