"""Calendar arithmetic and the windows built from it.

Month ends, adding months, the Monday of a week, the weekday a relative name points
to, whole periods (week, month, quarter, half, year) and their parts ("early", "the
end of"), and the cached constructors of frozen :class:`TimeWindow` values.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

from ...models import Granularity, TimePart, TimeWindow


def days_in_month(year: int, month: int) -> int:
    """The number of days in a month (its last day).

    >>> days_in_month(2024, 2), days_in_month(2025, 2)
    (29, 28)
    """
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month it lands in.

    >>> add_months(date(2025, 3, 31), -1), add_months(date(2025, 11, 15), 3)
    (datetime.date(2025, 2, 28), datetime.date(2026, 2, 15))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def day_of_week(day: date, weekday: int, step: int = 0) -> date:
    """The ``weekday`` (Monday 0) of the Monday-to-Sunday week holding ``day``, ``step`` weeks on.

    >>> day_of_week(date(2025, 9, 3), 0), day_of_week(date(2025, 9, 3), 5, -1)
    (datetime.date(2025, 9, 1), datetime.date(2025, 8, 30))
    """
    return day + timedelta(days=7 * step + weekday - day.weekday())


def year_span(first: int, last: int) -> tuple[date, date]:
    """January 1 of year ``first`` to December 31 of year ``last``."""
    return date(first, 1, 1), date(last, 12, 31)


def weekday_date(pub: date, weekday: int, mode: str) -> date:
    """The day called ``weekday`` (Monday 0) as read on ``pub``, by its modifier ``mode``.

    Plain ("on Saturday"): the latest such day on or before ``pub``; "last"/"past"
    strictly before; "next"/"coming" strictly after; "this" in the Monday-to-Sunday
    week of ``pub``; "ahead" (a clause of what is to come) the first on or after ``pub``.

    >>> friday = date(2025, 9, 5)
    >>> [weekday_date(friday, 4, mode).day for mode in ("on", "last", "next", "this")]
    [5, 29, 12, 5]
    >>> weekday_date(friday, 0, "ahead").day, weekday_date(friday, 4, "ahead").day
    (8, 5)
    """
    if mode == "ahead":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    if mode in ("last", "past"):
        return pub - timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    if mode in ("next", "coming"):
        return pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    if mode == "this":
        return day_of_week(pub, weekday)
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


# Frozen windows are shared: the same few windows recur throughout a text (and a
# corpus), and building one through pydantic costs more than the rest of a match.
@lru_cache(maxsize=4096)
def unresolved(granularity: Granularity, phrase: str) -> TimeWindow:
    """A window a relative ``phrase`` names when there is no publication date to read it on."""
    return TimeWindow(granularity=granularity, unknown=("start", "end"), relative=phrase)


@lru_cache(maxsize=4096)
def window_of(
    start: date | datetime,
    end: date | datetime,
    granularity: Granularity,
    inferred: tuple[TimePart, ...] = (),
) -> TimeWindow:
    """The window from ``start`` to ``end``; ``inferred`` lists the parts not stated."""
    return TimeWindow(start=start, end=end, granularity=granularity, inferred=inferred)


@lru_cache(maxsize=4096)
def no_year(
    granularity: Granularity, month_day: tuple[tuple[int, int], tuple[int, int]]
) -> TimeWindow:
    """A window of month-days whose year is unknown."""
    return TimeWindow(granularity=granularity, unknown=("year",), month_day=month_day)


def shift_month_day(month_day: tuple[int, int], days: int) -> tuple[int, int]:
    """Move a month-day with no known year, counting February 29 only when given."""
    year = 2000 if month_day == (2, 29) else 2001
    moved = date(year, *month_day) + timedelta(days=days)
    return moved.month, moved.day


_MONTHS_IN: Final = {"year": 12, "half": 6, "quarter": 3, "season": 3}
YEARS_IN: Final = {"decade": 10, "century": 100}


def calendar_period(day: date, unit: str, step: int = 0) -> tuple[date, date]:
    """The whole week, month, quarter, half or year holding ``day``, ``step`` periods on."""
    if unit == "week":
        monday = day_of_week(day, 0, step)
        return monday, monday + timedelta(days=6)
    size = _MONTHS_IN.get(unit, 1)
    first = date(day.year, (day.month - 1) // size * size + 1, 1)
    first = add_months(first, size * step)
    last = add_months(first, size) - timedelta(days=1)
    return first, last


def part_of(first: date, last: date, unit: str, pos: str) -> tuple[date, date]:
    """The part of a whole period a modifier names.

    "early", "mid" and "late" are thirds (a year's are January-April, May-August,
    September-December; a month's are days 1-10, 11-20, 21-end, as for "late
    August"; a week's Monday-Wednesday, Tuesday-Thursday, Thursday-Sunday);
    "start"/"beginning" and "end"/"close" are the first or last month of a year, half,
    quarter or season ("late summer" is August), and the same thirds for a month or a
    week.
    """
    pos = {"beginning": "start", "middle": "mid", "close": "end"}.get(pos, pos)
    if unit in _MONTHS_IN:
        size = _MONTHS_IN[unit]
        third = max(size // 3, 1)
        ranges = {
            "early": (0, third),
            "start": (0, 1),
            "mid": (third, 2 * third) if size > 3 else (1, 2),
            "late": (size - third, size),
            "end": (size - 1, size),
        }
        a, b = ranges[pos]
        return add_months(first, a), add_months(first, b) - timedelta(days=1)
    if unit in YEARS_IN:
        size = YEARS_IN[unit]
        a, b = {
            "early": (0, size * 4 // 10),
            "start": (0, size * 2 // 10),
            "mid": (size * 4 // 10, size * 7 // 10),
            "late": (size * 7 // 10, size),
            "end": (size * 8 // 10, size),
        }[pos]
        return year_span(first.year + a, first.year + b - 1)
    if unit == "week":
        a, b = {"early": (0, 2), "start": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6)}[pos]
        return first + timedelta(days=a), first + timedelta(days=b)
    a, b = {"early": (1, 10), "start": (1, 10), "mid": (11, 20)}.get(pos, (21, last.day))
    return first.replace(day=a), first.replace(day=b)
