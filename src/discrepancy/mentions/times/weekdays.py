"""The reader of weekday names.

"on Saturday", "last Friday", "Monday night", "Tuesday to Thursday", and weekdays a
week, a month or a day number pins down ("Friday next week", "the first Monday of
June", "Friday the 12th").
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from ...models import Granularity, TimePart
from ...rules.holidays import nth_weekday
from .patterns import (
    AFTER_NAME,
    AFTER_OF_MONTH,
    AFTER_THE_NTH,
    AFTER_WEEK_OF,
    AFTER_WEEKDAY,
    BACK_NAMED_DAY,
    BACK_NTH,
    BACK_ON,
    BACK_WEEKDAY_MOD,
    WEEKDAY_THEN_DATE,
)
from .periods import add_months, days_in_month, monday_of, unresolved, weekday_date, window_of
from .scan import Hit, Scan
from .triggers import ORDINALS, WEEKDAYS, month_number, norm

_WEEK_OF_STARTS: Final = (" next", " last", " this", " of")
_THE_NTH_STARTS: Final = (" the", ", the")


def read_weekday(scan: Scan, s: int, e: int) -> Hit | None:
    text = scan.text
    if WEEKDAY_THEN_DATE.match(text, e, e + 32):
        return None  # the date that follows carries the mention
    low = max(scan.floor, s - 24)
    if BACK_NAMED_DAY.match(text, low, s) or AFTER_NAME.match(text, e, e + 16):
        return None
    weekday = WEEKDAYS[text[s:e].lower()]
    compound = weekday_compound(scan, s, e, weekday, low)
    if compound is not None:
        return compound
    start, end = s, e
    mode = "on"
    pre = BACK_WEEKDAY_MOD.match(text, low, s)
    if pre is not None:
        start = pre.start()
        mode = pre["mod"].lower()
    name = text[s:e].lower()
    granularity = Granularity.DAY
    weekday2: int | None = None
    after = AFTER_WEEKDAY.match(text, e, e + 24)
    if after is not None:
        if after["part"] is not None:
            end = after.end()
            if after["part"].lower() == "night":
                granularity = Granularity.NIGHT
        elif after["conj"].lower() != "and" or mode == "between":
            end = after.end()
            weekday2 = WEEKDAYS[after["wd2"].lower()]
            granularity = Granularity.SPAN
    pub = scan.pub_day
    if pub is None:
        phrase = name
        if mode not in ("on", "early", "late", "from", "between"):
            phrase = f"{mode} {name}"
        if weekday2 is not None:
            phrase = f"{name} to {after['wd2'].lower() if after else ''}"
        elif granularity is Granularity.NIGHT:
            phrase = f"{phrase} night"
        if mode == "since":
            granularity = Granularity.SPAN
        return Hit(start, end, unresolved(granularity, phrase))
    if weekday2 is not None:
        last = weekday_date(pub, weekday2, "on")
        first = last - timedelta(days=(weekday2 - weekday) % 7)
        return Hit(start, end, window_of(first, last, Granularity.SPAN))
    day = weekday_date(pub, weekday, mode)
    if mode == "since":
        return Hit(start, end, window_of(day, pub, Granularity.SPAN))
    if granularity is Granularity.NIGHT:
        return Hit(start, end, window_of(day, day + timedelta(days=1), Granularity.NIGHT))
    return Hit(start, end, window_of(day, day, Granularity.DAY))


def weekday_compound(scan: Scan, s: int, e: int, weekday: int, low: int) -> Hit | None:
    """A weekday a week, a month or a day number pins down.

    "on Friday next week" (the Friday of next week), "the first Monday of June"
    (year as for a month), "Friday the 12th" (the latest Friday that was a 12th on
    or before publication).
    """
    text = scan.text
    pub = scan.pub_day
    name = text[s:e].lower()
    week = AFTER_WEEK_OF.match(text, e, e + 24) if text.startswith(_WEEK_OF_STARTS, e) else None
    nth = BACK_NTH.match(text, low, s) if text.startswith((" of", " in"), e) else None
    the = AFTER_THE_NTH.match(text, e, e + 12) if text.startswith(_THE_NTH_STARTS, e) else None
    if week is None and nth is None and the is None:
        return None
    on = BACK_ON.match(text, low, s)
    start = s if on is None else on.start()
    if week is not None:
        rel = week["rel"].lower()
        if pub is None:
            return Hit(start, week.end(), unresolved(Granularity.DAY, f"{name} {rel} week"))
        step = {"last": -1, "this": 0, "next": 1}[rel]
        day = monday_of(pub) + timedelta(days=7 * step + weekday)
        return Hit(start, week.end(), window_of(day, day, Granularity.DAY))
    of = AFTER_OF_MONTH.match(text, e, e + 20) if nth is not None else None
    if nth is not None and of is not None:
        on = BACK_ON.match(text, low, nth.start())
        start = nth.start() if on is None else on.start()
        month = month_number(of["m"])
        index = ORDINALS[nth["ord"].lower()]
        year, end = scan.year_after(of.end())
        inferred: tuple[TimePart, ...] = ()
        if year is None:
            if pub is None:
                phrase = norm(text[nth.start() : of.end()])
                return Hit(start, of.end(), unresolved(Granularity.DAY, phrase))
            year = pub.year
            if nth_weekday(year, month, weekday, index) > pub:
                year -= 1
            inferred = ("year",)
        day = nth_weekday(year, month, weekday, index)
        window = window_of(day, day, Granularity.DAY, inferred)
        return Hit(start, end, window)
    if the is not None and 1 <= int(the["d"]) <= 31:
        number = int(the["d"])
        if pub is None:
            return Hit(start, the.end(), unresolved(Granularity.DAY, f"{name} the {number}"))
        first = pub.replace(day=1)
        for _ in range(28):  # a weekday falls on every day number within 14 months
            if number <= days_in_month(first.year, first.month):
                day = first.replace(day=number)
                if day <= pub and day.weekday() == weekday:
                    window = window_of(day, day, Granularity.DAY, ("year",))
                    return Hit(start, the.end(), window)
            first = add_months(first, -1)
    return None
