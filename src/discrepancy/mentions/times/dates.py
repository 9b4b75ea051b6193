"""The readers of explicit calendar dates.

Month-day dates and day ranges with their year, time of day and preposition
("on September 5, 2025 at 14:00", "the night of 5 May", "since 1 March"), and ISO dates
("2025-09-07", "2025-09-07T14:11").
"""

from __future__ import annotations

from datetime import date, datetime, time

import regex

from ...models import Granularity, TimePart, TimeWindow, day_of
from .patterns import (
    AFTER_B_RANGE,
    AFTER_TIME,
    BACK_NIGHT_OF,
    BACK_NUMERIC_DATE,
    BACK_PREP,
    BACK_WEEKDAY,
    YEAR_BEFORE_BAD,
)
from .periods import no_year, shift_month_day, window_of
from .scan import Hit, Scan
from .triggers import MAX_DAY, WEEKDAYS, month_number, norm


def dated(
    scan: Scan,
    first: tuple[int | None, int, int],
    last: tuple[int | None, int, int],
    granularity: Granularity,
    *,
    at: time | None = None,
    phrase: str = "",
) -> TimeWindow | None:
    """A window between two (year or None, month, day) triples; None if not a date.

    A year stated at one end holds for the other; with none stated, it is the year
    that puts the first day on or before publication (listed in ``inferred``), or
    unknown without a publication date. ``at`` is a time of day for a single day;
    a ``phrase`` starting "since" runs the window to publication.
    """
    _, m1, d1 = first
    _, m2, d2 = last
    if not (1 <= d1 <= MAX_DAY[m1] and 1 <= d2 <= MAX_DAY[m2]):
        return None
    y1, y2, inferred = _years(scan, first, last)
    if y1 is None or y2 is None:
        if phrase.startswith("since"):
            return TimeWindow(granularity=granularity, unknown=("year", "end"), relative=phrase)
        return no_year(granularity, ((m1, d1), (m2, d2)))
    try:
        start: date | datetime = date(y1, m1, d1)
        end: date | datetime = date(y2, m2, d2)
    except ValueError:
        if inferred:  # February 29 in a year the publication date picked
            return TimeWindow(
                granularity=granularity, unknown=("year",), month_day=((m1, d1), (m2, d2))
            )
        return None
    if start > end:
        return None
    if at is not None and start == end:
        start = end = datetime.combine(day_of(start), at)
    if phrase.startswith("since"):
        return _since_date(scan, start, granularity, inferred, phrase)
    return window_of(start, end, granularity, inferred)


def _years(
    scan: Scan, first: tuple[int | None, int, int], last: tuple[int | None, int, int]
) -> tuple[int | None, int | None, tuple[TimePart, ...]]:
    """The years of both ends (None where unknown), and ``("year",)`` if inferred."""
    y1, m1, d1 = first
    y2, m2, d2 = last
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    elif y2 is None and y1 is not None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    elif y1 is None and scan.pub_day is not None:
        pub = scan.pub_day
        if scan.ahead():  # the first such dates ending on or after publication
            # a month's end stands in as day 28 (see months._month_window)
            last_day = 31 if d2 >= 28 else d2
            y2 = pub.year if (m2, last_day) >= (pub.month, pub.day) else pub.year + 1
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
            return y1, y2, ("year",)
        y1 = pub.year if (m1, d1) <= (pub.month, pub.day) else pub.year - 1
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        return y1, y2, ("year",)
    return y1, y2, ()


def _since_date(
    scan: Scan,
    start: date | datetime,
    granularity: Granularity,
    inferred: tuple[TimePart, ...],
    phrase: str,
) -> TimeWindow | None:
    """ "since 1 March": from the date to publication (end unknown without one)."""
    pub = scan.pub_day
    if pub is None:
        return TimeWindow(
            start=start,
            granularity=granularity,
            unknown=("end",),
            inferred=inferred,
            relative=phrase,
        )
    if pub < day_of(start):
        return None
    return window_of(start, pub, granularity, inferred)


def _time_after(scan: Scan, pos: int) -> tuple[time | None, int]:
    """The time of day stated at ``pos`` ("at 14:00", "2 pm", "T09:30") and where it ends."""
    m = AFTER_TIME.match(scan.text, pos, pos + 24)
    if m is None or (m["mi"] is None and m["ap"] is None):
        return None, pos
    hour = int(m["h"])
    if m["ap"] is not None:
        if not 1 <= hour <= 12:
            return None, pos
        hour = hour % 12 + (12 if m["ap"] in "Pp" else 0)
    return time(hour, int(m["mi"] or 0)), m.end()


def day_then_month(
    scan: Scan, back: regex.Match[str], month: int, after: int, low: int
) -> Hit | None:
    """ "5 September", "1-5 September", "28 August to 3 September", "Tuesday, 7 March".

    ``back`` is the day (or days) read before the month; ``after`` where the month ends.
    """
    start = back.start()
    d = int(back["d"])
    d1 = int(back["d1"]) if back["d1"] else d
    m2, d2, end = month, d, after
    rng = AFTER_B_RANGE.match(scan.text, after, after + 40)
    if (
        back["d1"] is None
        and rng is not None
        and (rng["conj"] != "and" or scan.preceded(start, "between"))
    ):
        m2, d2, end = month_number(rng["m2"]), int(rng["d2"]), rng.end()
    return _finish_date(scan, start, end, (month, d1), (m2, d2), low)


def month_then_day(scan: Scan, fwd: regex.Match[str], s: int, month: int, low: int) -> Hit | None:
    """ "September 5", "September 1-5", "August 28 to September 3", "Friday, July 4th".

    ``fwd`` is the day (or days) read after the month that starts at ``s``.
    """
    text = scan.text
    start = s
    weekday = BACK_WEEKDAY.match(text, low, s)
    if weekday is not None:
        start = weekday.start()
    named = None if weekday is None else WEEKDAYS.get(weekday["wd"].lower())
    d = int(fwd["d"])
    m2, d2, end = month, d, fwd.end("d")
    if text[end : end + 2].lower() in ("st", "nd", "rd", "th"):
        end += 2  # "July 4th of 1990": the year may follow the ordinal
    if fwd["d2"] is not None and (fwd["conj"] != "and" or scan.preceded(s, "between")):
        m2 = month_number(fwd["m2"]) if fwd["m2"] else month
        d2, end = int(fwd["d2"]), fwd.end()
    return _finish_date(scan, start, end, (month, d), (m2, d2), low, named)


def _finish_date(
    scan: Scan,
    start: int,
    end: int,
    first: tuple[int, int],
    last: tuple[int, int],
    low: int,
    weekday: int | None = None,
) -> Hit | None:
    """Year, time and prefix of a month-day date or day range.

    A weekday written with a date and no year ("Sunday, March 30") picks the year
    nearest publication in which the date falls on it.
    """
    text = scan.text
    year, end = scan.year_after(end)
    by_weekday = False
    if year is None and weekday is not None and scan.pub_day is not None and first == last:
        year = _year_of_weekday(scan.pub_day, first, weekday)
        by_weekday = year is not None
    at: time | None = None
    if first == last:
        at, end = _time_after(scan, end)
    granularity = Granularity.DAY if first == last else Granularity.SPAN
    phrase = ""
    night = BACK_NIGHT_OF.match(text, low, start)
    if night is not None:
        start = night.start()
        granularity = Granularity.NIGHT
        if first == last:
            last = shift_month_day(first, 1)
    else:
        prep = BACK_PREP.match(text, low, start)
        if prep is not None and prep["keep"] is not None:
            word = norm(prep.group())
            if word in ("on", "in", "during", "from", "since", "between"):
                start = prep.start()
                if word == "since":
                    phrase = "since " + norm(text[prep.end() : end])
                    granularity = Granularity.SPAN
    window = dated(scan, (year, *first), (year, *last), granularity, at=at, phrase=phrase)
    if window is None:
        return None
    if by_weekday:  # the year is read from the weekday, not written
        window = window.model_copy(update={"inferred": ("year",)})
    return Hit(start, end, window)


def _year_of_weekday(pub: date, month_day: tuple[int, int], weekday: int) -> int | None:
    """The year nearest ``pub``'s in which ``month_day`` falls on ``weekday``, if one is near."""
    for year in (pub.year, pub.year + 1, pub.year - 1):
        try:
            if date(year, *month_day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def read_numeric_date(scan: Scan, s: int, e: int) -> Hit | None:
    """ "13/04/2024", "04/13/2024", "03/05/2024", "10.06.2024": a day and a month.

    Dots put the day first; with slashes or dashes a number above 12 says which is
    the day. When both orders make a date, the
    publication day may decide: a past clause cannot tell of a day after it, a clause
    of what is to come of a day before it. Otherwise nothing is guessed ("dated
    5/9/2025" in a 2025-09-11 article could be either).
    """
    m = BACK_NUMERIC_DATE.match(scan.text, max(scan.floor, s - 6), s)
    if m is None or m["s1"] != m["s2"]:
        return None
    if m["s1"] == "." and len(m["a"]) + len(m["b"]) < 4:
        return None  # "version 2.10.2024": dotted dates write both numbers in two digits
    year, a, b = int(scan.text[s:e]), int(m["a"]), int(m["b"])
    readings: set[date] = set()
    # Dots are written day first (10.06.2024 is 10 June); slashes and dashes either way.
    for month, number in ((b, a),) if m["s1"] == "." else ((a, b), (b, a)):
        try:
            readings.add(date(year, month, number))
        except ValueError:
            continue
    pub = scan.pub_day
    if len(readings) > 1 and pub is not None:
        ahead = scan.ahead()
        readings = {d for d in readings if (d >= pub if ahead else d <= pub)}
    if len(readings) != 1:
        return None
    (read,) = readings
    return Hit(m.start(), e, window_of(read, read, Granularity.DAY))


def read_iso(scan: Scan, s: int, e: int) -> Hit | None:
    """An ISO date or date and time: "2025-09-07", "2025-09-07T14:11"."""
    surface = scan.text[s:e]
    if s > 0 and scan.text[s - 1] in YEAR_BEFORE_BAD:
        return None
    try:
        day = date(int(surface[:4]), int(surface[5:7]), int(surface[8:10]))
    except ValueError:
        return None
    value: date | datetime = day
    if len(surface) > 10:
        value = datetime.combine(day, time(int(surface[11:13]), int(surface[14:16])))
    return Hit(s, e, window_of(value, value, Granularity.DAY))
