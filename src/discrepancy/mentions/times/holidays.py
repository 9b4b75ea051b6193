"""The reader of holidays: "on Christmas Day", "after Easter", "over the Easter weekend".

The holidays themselves (names, forms and the rule that places each in a year) are
data, loaded by :mod:`discrepancy.rules.holidays`; a scan reads those of its vocabulary
(:attr:`.scan.Scan.holidays`).

A holiday's weekend ("over the Easter weekend", "the Memorial Day long weekend") is
the Saturday and Sunday next to the holiday with the holiday itself: a Monday holiday
gives Saturday to Monday, a Thursday or Friday one that day to Sunday. Easter-based
days that touch it are part of it, so Easter's weekend runs from Good Friday to Easter
Monday, the four-day public holiday of Britain, Ireland, Australia, Canada and much
of Europe (the Saturday and Sunday of American usage lie within it). A holiday on a
Tuesday or Wednesday has no weekend: the day alone is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from ...models import Granularity, TimePart
from ...rules.holidays import Holiday
from .patterns import AFTER_HOLIDAY_WEEKEND, BACK_HOLIDAY
from .periods import unresolved, window_of
from .scan import Hit, Scan
from .triggers import norm

_KEPT = ("on", "in", "during", "since", "this", "last", "next")
_WEEKEND_KEPT = (*_KEPT, "over", "at", "for", "through", "throughout", "after", "before", "the")
_ONE_DAY = timedelta(days=1)


def read_holiday(scan: Scan, s: int, e: int) -> Hit | None:
    """ "on Christmas Day", "after Easter", "Thanksgiving 2023", "last Christmas"."""
    text = scan.text
    holiday = scan.holidays.by_form[norm(text[s:e])]
    back = BACK_HOLIDAY.match(text, max(scan.floor, s - 16), s)
    word = "" if back is None else norm(back["w"])
    weekend = AFTER_HOLIDAY_WEEKEND.match(text, e, e + 28)
    if holiday.needs_cue and back is None and weekend is None:
        return None  # "Christmas trees", "Easter Island"
    start = back.start() if back is not None and word in _KEPT else s
    if weekend is not None:
        w_back, w_word = back, word
        if back is not None and word == "the":  # "over the Easter weekend"
            prep = BACK_HOLIDAY.match(text, max(scan.floor, back.start() - 16), back.start())
            if prep is not None and norm(prep["w"]) in _WEEKEND_KEPT:
                w_back, w_word = prep, norm(prep["w"])
        w_start = w_back.start() if w_back is not None and w_word in _WEEKEND_KEPT else s
        hit = _weekend(scan, holiday, w_word, w_start, weekend.end())
        if hit is not None or (holiday.needs_cue and back is None):
            return hit
    return _day(scan, holiday, word, start, e)


def _day(scan: Scan, holiday: Holiday, word: str, start: int, e: int) -> Hit:
    """The holiday's day, or from it to publication after "since"."""
    year, end = scan.year_after(e)
    pub = scan.pub_day
    if year is None and pub is None:
        return Hit(start, end, unresolved(Granularity.DAY, _phrase(holiday, word)))
    inferred: tuple[TimePart, ...] = ()
    if year is None:
        assert pub is not None
        year, inferred = _year(holiday.on, word, pub, ahead=scan.ahead())
    day = holiday.on(year)
    if word == "since" and pub is not None and day <= pub:
        return Hit(start, end, window_of(day, pub, Granularity.SPAN))
    return Hit(start, end, window_of(day, day, Granularity.DAY, inferred))


def _weekend(scan: Scan, holiday: Holiday, word: str, start: int, e: int) -> Hit | None:
    """ "over the Easter weekend", "the Labor Day long weekend 2023": the holiday's weekend."""
    year, end = scan.year_after(e)
    pub = scan.pub_day
    if year is None and pub is None:
        return Hit(start, end, unresolved(Granularity.SPAN, f"{_phrase(holiday, word)} weekend"))
    easter = tuple(h for h in scan.holidays.by_form.values() if h.rule == "easter")

    def around(year: int) -> tuple[date, date]:
        """The holiday's weekend in ``year`` (the holiday alone, if it has none)."""
        return _around(holiday.on(year), frozenset(h.on(year) for h in easter))

    def first_day(year: int) -> date:
        """The first day of the holiday's weekend in ``year``."""
        return around(year)[0]

    inferred: tuple[TimePart, ...] = ()
    if year is None:
        assert pub is not None
        year, inferred = _year(first_day, word, pub, ahead=scan.ahead())
    first, last = around(year)
    if first == last:
        return None  # a Tuesday or Wednesday holiday: "weekend" names another period
    if word == "since" and pub is not None and first <= pub:
        return Hit(start, end, window_of(first, pub, Granularity.SPAN))
    return Hit(start, end, window_of(first, last, Granularity.SPAN, inferred))


def _around(day: date, easter_days: frozenset[date]) -> tuple[date, date]:
    """The weekend that ``day`` joins, with the Easter-based days that touch it."""
    weekday = day.weekday()
    if weekday in (1, 2):
        return day, day
    first = day - timedelta(days=2) if weekday == 0 else day - timedelta(days=max(weekday - 5, 0))
    last = day + timedelta(days=6 - weekday) if weekday else day
    while first - _ONE_DAY in easter_days:
        first -= _ONE_DAY
    while last + _ONE_DAY in easter_days:
        last += _ONE_DAY
    return first, last


def _year(
    when: Callable[[int], date], word: str, pub: date, *, ahead: bool
) -> tuple[int, tuple[TimePart, ...]]:
    """The year a holiday (or its weekend) read on ``pub`` falls in, and what is inferred.

    "next" the first after publication, "last" the latest before it, "this" the
    publication year; otherwise the latest on or before publication, or in a clause
    of what is to come (``ahead``) the first on or after it (year inferred).
    """
    this = when(pub.year)
    if word == "next":
        return pub.year + (this <= pub), ()
    if word == "last":
        return pub.year - (this >= pub), ()
    if word == "this":
        return pub.year, ()
    if ahead and word != "since":
        return pub.year + (this < pub), ("year",)
    return pub.year - (this > pub), ("year",)


def _phrase(holiday: Holiday, word: str) -> str:
    """How an unresolved holiday is named: "easter", "last christmas"."""
    name = holiday.name.lower()
    return f"{word} {name}" if word in ("last", "next") else name
