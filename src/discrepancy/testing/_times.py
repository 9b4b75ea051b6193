"""Strategies for time windows: resolved, without a year, and relative."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import strategies as st

from ..models import Granularity, TimePart, TimeWindow
from ._common import FIRST_DAY, LAST_DAY, REPRODUCIBLE  # noqa: F401 - REPRODUCIBLE: for the doctests

__all__ = ["time_windows"]


@st.composite
def _window(draw: st.DrawFn) -> TimeWindow:
    shape = draw(st.sampled_from(("resolved",) * 4 + ("no_year", "relative")))
    if shape == "relative":
        return TimeWindow(
            granularity=draw(st.sampled_from((Granularity.NIGHT, Granularity.WEEK))),
            relative=draw(st.sampled_from(("overnight", "last night", "last week", "this week"))),
        )
    granularity = draw(st.sampled_from(tuple(Granularity)))
    day = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY - timedelta(days=31)))
    if granularity is Granularity.DAY:
        start, end = day, day
    elif granularity is Granularity.NIGHT:
        start, end = day, day + timedelta(days=1)
    elif granularity is Granularity.WEEK:
        # The Monday on or after the day, so a week never starts before FIRST_DAY.
        start = day + timedelta(days=(7 - day.weekday()) % 7)
        end = start + timedelta(days=6)
    elif granularity is Granularity.MONTH:
        start = day.replace(day=1)
        end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    elif granularity is Granularity.YEAR:
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    else:
        start, end = day, day + timedelta(days=draw(st.integers(1, 30)))
    if shape == "no_year" and granularity in (Granularity.DAY, Granularity.SPAN):
        return TimeWindow(
            granularity=granularity,
            unknown=("year",),
            month_day=((start.month, start.day), (end.month, end.day)),
        )
    inferred: tuple[TimePart, ...] = draw(st.sampled_from(((), ("year",))))
    return TimeWindow(start=start, end=end, granularity=granularity, inferred=inferred)


def time_windows() -> st.SearchStrategy[TimeWindow]:
    """Valid time windows: resolved days, nights, weeks, months, years and spans
    (2000-2035), windows whose year the text never gives, and unresolved relative ones.

    >>> from hypothesis import find
    >>> find(time_windows(), lambda w: w.granularity.value == "night" and w.resolved,
    ...      settings=REPRODUCIBLE).key()
    'night:2000-01-01..2000-01-02'
    """
    return _window()
