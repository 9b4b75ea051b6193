"""The reader of month names.

A month with a day ("5 September", "September 1-5") hands on to :mod:`.dates`; a
month alone needs a year, a preposition or a modifier ("in May 2024", "late August",
"the first five days of September", "last August", "from May to October").
"""

from __future__ import annotations

from datetime import date

import regex

from ...models import Granularity, TimeWindow, day_of
from .dates import dated, day_then_month, month_then_day
from .patterns import (
    ABBREV_DOT,
    AFTER_DAY,
    AFTER_LOWER_MONTH,
    AFTER_MONTH_RANGE,
    BACK_DAY,
    BACK_LOWER_MONTH,
    BACK_MONTH_MOD,
    BACK_PERIOD_TO,
    BACK_PREP,
    DIGIT,
    DIGIT4,
)
from .periods import calendar_period, days_in_month, unresolved, window_of
from .scan import Hit, Scan
from .triggers import MAX_DAY, MONTH_NAMES, month_number, norm, to_number


def read_month(scan: Scan, s: int, e: int, *, lower: bool = False) -> Hit | None:
    """A month name; written in lower case (headlines, feeds) it needs more to be a date.

    "june 5", "in june" and "5 june" are dates; "may" and "march" (a modal and a
    verb) and three-letter forms ("mar", "dec") only with a year ("may 2024").
    """
    if not lower:
        return _month_core(scan, s, e)
    word = scan.text[s:e]
    strict = word in ("may", "march") or (len(word) <= 4 and word not in ("june", "july"))
    if (
        word in ("may", "march")
        and BACK_LOWER_MONTH.match(scan.text, max(scan.floor, s - 8), s)
        and AFTER_LOWER_MONTH.match(scan.text, e)
    ):
        strict = False  # "in march, realtors say": a preposition and a phrase's end
    if strict and DIGIT4.search(scan.text, e, e + 16) is None:
        return None  # the modal "may" is common: a year must follow
    hit = _month_core(scan, s, e)
    if hit is None or (strict and DIGIT4.search(scan.text, hit.start, hit.end) is None):
        return None
    return hit


def _month_core(scan: Scan, s: int, e: int) -> Hit | None:
    """The month at ``s:e`` with the day before it, the day after it, or alone."""
    text = scan.text
    month = month_number(text[s:e])
    after = e
    # "Sept. 5": the dot of an abbreviation joins the day ("in May. 5 people..." does not).
    if e - s <= 4 and text[s:e] != "May" and ABBREV_DOT.match(text, e, e + 4):
        after = e + 1
    low = max(scan.floor, s - 64)
    back = BACK_DAY.match(text, low, s) if DIGIT.search(text, max(low, s - 12), s) else None
    if back is not None and back["conj"] == "and" and not scan.preceded(back.start(), "between"):
        back = None
    if back is not None:
        return day_then_month(scan, back, month, after, low)
    fwd = AFTER_DAY.match(text, after, after + 40)
    if fwd is not None:
        return month_then_day(scan, fwd, s, month, low)
    return _month_alone(scan, s, e, month, after, low)


def _month_alone(scan: Scan, s: int, e: int, month: int, after: int, low: int) -> Hit | None:
    """A month with no day: it needs a modifier, a preposition or a year to be a date."""
    year, end = scan.year_after(after)
    if year is None:
        end = e
    mod = BACK_MONTH_MOD.match(scan.text, low, s)
    if mod is not None:
        return _month_modified(scan, mod, month, year, end)
    return _month_after_word(scan, s, month, year, end, low)


def _month_modified(
    scan: Scan, mod: regex.Match[str], month: int, year: int | None, end: int
) -> Hit | None:
    """ "late August", "mid-September 2024", "since early May", "the first five days of June"."""
    first_day, last_day = _month_part(mod)
    # The surface starts at the modifier ("late August"), or at "since".
    if mod["prep"] is not None and mod["prep"].lower() == "since":
        start, prefix = mod.start(), "since "
    else:
        start, prefix = mod.start("core"), ""
    window = _month_window(
        scan, month, first_day, month, last_day, year, year, Granularity.SPAN, prefix
    )
    return None if window is None else Hit(start, end, window)


def _month_after_word(
    scan: Scan, s: int, month: int, year: int | None, end: int, low: int
) -> Hit | None:
    """ "in May", "May 2024", "since March", "last August", "from May to October", "and June".

    A month with neither a year nor a preposition counts only in a list of months;
    after "and", "to" or "of" it is a name ("Theresa May", "Queen of May").
    """
    text = scan.text
    start, prefix = s, ""
    prep = BACK_PREP.match(text, low, s)
    if prep is None and year is None and not scan.coordinated(s, Granularity.MONTH):
        return None
    if prep is not None:
        word = norm(prep.group())
        if prep["keep"] is not None:
            start = prep.start()
            if word in ("last", "this", "next"):
                return _month_relative(scan, start, end, month, year, word)
            if word == "since":
                prefix = "since "
        elif (
            year is None
            and word in ("and", "to", "of")
            and not scan.coordinated(s, Granularity.MONTH)
            and BACK_PERIOD_TO.match(text, low, s) is None  # "the year to March"
        ):
            return None  # "Theresa May", "Queen of May": not a bare month
    rng = AFTER_MONTH_RANGE.match(text, end, end + 24) if year is None else None
    if rng is not None and (rng["conj"] != "and" or scan.preceded(s, "between")):
        return _month_range(scan, start, rng, month, prefix)
    window = _month_window(scan, month, 1, month, 0, year, year, Granularity.MONTH, prefix)
    return None if window is None else Hit(start, end, window)


def _month_range(
    scan: Scan, start: int, rng: regex.Match[str], month: int, prefix: str
) -> Hit | None:
    """ "May to October", "from May to Oct. 2025": whole months, the year from the end."""
    month2 = month_number(rng["m2"])
    year2, end = scan.year_after(rng.end())
    if year2 is None:
        end = rng.end()
    window = _month_window(scan, month, 1, month2, 0, None, year2, Granularity.SPAN, prefix)
    return None if window is None else Hit(start, end, window)


def _month_part(mod: regex.Match[str]) -> tuple[int, int]:
    """First and last day (0 = month end, negative = from the end) for a modifier."""
    if mod["pos"] is not None:
        pos = mod["pos"].lower()
        if pos in ("early", "start", "beginning"):
            return 1, 10
        if pos in ("mid", "middle"):
            return 11, 20
        return 21, 0
    if mod["half"] is not None:
        return (1, 15) if mod["half"].lower() == "first" else (16, 0)
    if mod["fl1"] is not None:
        return (1, 7) if mod["fl1"].lower() == "first" else (-6, 0)
    count = to_number(mod["n"]) or 1
    days = min(count * (7 if mod["unit"].lower() == "weeks" else 1), 28)
    return (1, days) if mod["fl"].lower() == "first" else (1 - days, 0)


def _month_window(
    scan: Scan,
    month: int,
    first_day: int,
    month2: int,
    last_day: int,
    year: int | None,
    year2: int | None,
    granularity: Granularity,
    phrase_prefix: str,
) -> TimeWindow | None:
    """A window over (part of) a month or months; day 0 means the month's end."""
    # Month ends depend on the year: resolve it first with a 28-day stand-in. The
    # year is the one whose month starts on or before publication ("mid-September"
    # in a September 7 article is this September).
    probe = dated(
        scan,
        (year, month, 1),
        (year2, month2, 28),
        granularity,
        phrase=phrase_prefix,
    )
    if probe is None or probe.start is None or probe.end is None:
        if probe is None:
            return None
        end_guess = MAX_DAY[month2]
        d1 = first_day if first_day > 0 else MAX_DAY[month] + first_day
        d2 = last_day if last_day > 0 else end_guess + last_day
        if probe.month_day is not None:
            return probe.model_copy(update={"month_day": ((month, d1), (month2, d2))})
        return probe.model_copy(update={"relative": f"{phrase_prefix}{MONTH_NAMES[month].lower()}"})
    y1, y2 = day_of(probe.start).year, day_of(probe.end).year
    if phrase_prefix.startswith("since"):
        y2 = y1
    month_end = days_in_month(y1, month)
    d1 = first_day if first_day > 0 else month_end + first_day
    month2_end = days_in_month(y2, month2)
    d2 = last_day if last_day > 0 else month2_end + last_day
    start = date(y1, month, d1)
    if phrase_prefix.startswith("since"):
        return probe.model_copy(update={"start": start})
    return window_of(start, date(y2, month2, d2), granularity, probe.inferred)


def _month_relative(
    scan: Scan, start: int, end: int, month: int, year: int | None, word: str
) -> Hit | None:
    """ "last August", "this August", "next August"."""
    if year is not None:
        window = _month_window(scan, month, 1, month, 0, year, year, Granularity.MONTH, "")
        return None if window is None else Hit(start, end, window)
    phrase = f"{word} {MONTH_NAMES[month].lower()}"
    pub = scan.pub_day
    if pub is None:
        return Hit(start, end, unresolved(Granularity.MONTH, phrase))
    if word == "last":
        y = pub.year if month < pub.month else pub.year - 1
    elif word == "next":
        y = pub.year if month > pub.month else pub.year + 1
    else:
        y = pub.year
    first, last = calendar_period(date(y, month, 1), "month")
    return Hit(start, end, window_of(first, last, Granularity.MONTH))
