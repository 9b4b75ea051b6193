"""The readers of spans counted from publication.

Offsets ("two years ago", "in three weeks' time") and periods of now ("the rest of the
month", "the end of the year", "year to date").
"""

from __future__ import annotations

from datetime import timedelta

import regex

from ...models import Granularity
from .patterns import BACK_COPULA, BACK_THE, CLAUSE_END, FUTURE_CUE
from .periods import calendar_period, part_of, unresolved, window_of, year_span
from .scan import Hit, Scan
from .triggers import norm, to_number


def read_near_now(scan: Scan, m: regex.Match[str]) -> Hit | None:
    """The offset or period of now that ``m`` (a match of ``NEAR_NOW``) found."""
    s, e = m.span()
    if m["r_ago_n"] is not None or m["r_in"] is not None:
        return _read_offset(scan, m, s, e)
    return _read_period_of_now(scan, m, s, e, max(scan.floor, s - 24))


def _read_offset(scan: Scan, m: regex.Match[str], s: int, e: int) -> Hit | None:
    """ "two years ago", "a week from now", "in three weeks('s time)": a day, month or year.

    Days, weeks and fortnights land on a day; months on the calendar month; years
    and decades on the calendar year ("two months ago" in a May 8 article is March).
    """
    text = scan.text
    if m["r_ago_n"] is not None:
        count, unit = to_number(m["r_ago_n"]), m["r_ago_u"].lower()
        forward = not m["r_ago_dir"].lower().startswith("ago")
    else:
        count, unit, forward = to_number(m["r_in_n"]), m["r_in_u"].lower(), True
        if m["r_in_time"] is None and (count is None or count < 2 or not _future(scan, s)):
            return None  # "rose 5% in three weeks", "the highest in a year": durations
    if not count:
        return None
    unit = unit.rstrip("s")
    granularity = {"month": Granularity.MONTH, "year": Granularity.YEAR}.get(
        "year" if unit == "decade" else unit, Granularity.DAY
    )
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(granularity, norm(text[s:e])))
    sign = 1 if forward else -1
    if granularity is Granularity.DAY:
        day = pub + timedelta(days=sign * count * {"day": 1, "week": 7, "fortnight": 14}[unit])
        return Hit(s, e, window_of(day, day, granularity))
    if granularity is Granularity.MONTH:
        first, last = calendar_period(pub, "month", sign * count)
        return Hit(s, e, window_of(first, last, granularity))
    year = pub.year + sign * count * (10 if unit == "decade" else 1)
    return Hit(s, e, window_of(*year_span(year, year), granularity))


def _future(scan: Scan, s: int) -> bool:
    """Whether the clause before ``s`` speaks of the future ("will", "is due", "is")."""
    text = scan.text
    low = max(scan.floor, s - 80)
    if BACK_COPULA.match(text, low, s):
        return True
    clause = text[low:s]
    ends = [m.end() for m in CLAUSE_END.finditer(clause)]
    if ends:
        clause = clause[ends[-1] :]
    return FUTURE_CUE.search(clause) is not None


def _read_period_of_now(scan: Scan, m: regex.Match[str], s: int, e: int, low: int) -> Hit | None:
    """ "the rest of the month", "the end of the year", "year to date"."""
    pub = scan.pub_day
    if m["r_todate"] is not None:
        unit = m["r_todate"].lower()
        phrase = f"{unit} to date"
        granularity = {"year": Granularity.YEAR, "month": Granularity.MONTH}.get(
            unit, Granularity.WEEK if unit == "week" else Granularity.SPAN
        )
        if pub is None:
            return Hit(s, e, unresolved(granularity, phrase))
        return Hit(s, e, window_of(calendar_period(pub, unit)[0], pub, granularity))
    the = BACK_THE.match(scan.text, low, s)
    if the is not None and the["the"].lower() == "the":
        s = the.start()
    if m["r_rest"] is not None:
        unit = m["r_rest_u"].lower()
        if pub is None:
            return Hit(s, e, unresolved(Granularity.SPAN, f"the rest of the {unit}"))
        return Hit(s, e, window_of(pub, calendar_period(pub, unit)[1], Granularity.SPAN))
    unit, pos = m["r_part_u"].lower(), m["r_part"].lower()
    if pub is None:
        return Hit(s, e, unresolved(Granularity.SPAN, f"the {pos} of the {unit}"))
    first, last = part_of(*calendar_period(pub, unit), unit, pos)
    return Hit(s, e, window_of(first, last, Granularity.SPAN))
