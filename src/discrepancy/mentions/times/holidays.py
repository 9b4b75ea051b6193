"""The reader of holidays: "on Christmas Day", "after Easter", "Thanksgiving 2023".

The holidays themselves (names, forms and the rule that places each in a year) are
data, loaded by :mod:`discrepancy.rules.holidays`; a scan reads those of its vocabulary
(:attr:`.scan.Scan.holidays`).
"""

from __future__ import annotations

from ...models import Granularity, TimePart
from .patterns import BACK_HOLIDAY
from .periods import unresolved, window_of
from .scan import Hit, Scan
from .triggers import norm


def read_holiday(scan: Scan, s: int, e: int) -> Hit | None:
    """ "on Christmas Day", "after Easter", "Thanksgiving 2023", "last Christmas"."""
    text = scan.text
    holiday = scan.holidays.by_form[norm(text[s:e])]
    back = BACK_HOLIDAY.match(text, max(scan.floor, s - 16), s)
    word = "" if back is None else norm(back["w"])
    if holiday.needs_cue and back is None:
        return None  # "Christmas trees", "Easter Island"
    kept = ("on", "in", "during", "since", "this", "last", "next")
    start = back.start() if back is not None and word in kept else s
    year, end = scan.year_after(e)
    pub = scan.pub_day
    inferred: tuple[TimePart, ...] = ()
    if year is None:
        if pub is None:
            phrase = f"{word} {holiday.name.lower()}" if word in ("last", "next") else ""
            return Hit(start, end, unresolved(Granularity.DAY, phrase or holiday.name.lower()))
        this = holiday.on(pub.year)
        if word == "next":
            year = pub.year + (this <= pub)
        elif word == "last":
            year = pub.year - (this >= pub)
        elif word == "this":
            year = pub.year
        else:  # the latest on or before publication, as for a month and day
            year = pub.year - (this > pub)
            inferred = ("year",)
    day = holiday.on(year)
    if word == "since" and pub is not None and day <= pub:
        return Hit(start, end, window_of(day, pub, Granularity.SPAN))
    return Hit(start, end, window_of(day, day, Granularity.DAY, inferred))
