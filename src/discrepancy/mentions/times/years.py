"""The readers of years and the periods named by them.

"in 2023", "between 2019 and 2022", "since 2014", "the 1990s", "Q2", "H1 2024" and
"the third quarter of last year".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from ...models import Granularity, TimePart, TimeWindow
from .patterns import (
    AFTER_PERIOD_YEAR,
    AFTER_YEAR_RANGE,
    BACK_ORDINAL,
    BACK_THE,
    BACK_YEAR_CUE,
    YEAR_BEFORE_BAD,
)
from .periods import YEARS_IN, add_months, unresolved, window_of
from .scan import Hit, Scan
from .triggers import ORDINALS, norm

_ORDINAL_TAILS: Final = tuple(
    word + sep
    for base in ("first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th")
    for word in (base, base.capitalize())
    for sep in (" ", "-")
)


def read_decade(scan: Scan, s: int, e: int) -> Hit | None:
    """ "the 1990s", "the 1980's"; a hundred before 2000 ("the 1800s") is a century."""
    first = int(scan.text[s : s + 4])
    unit = "century" if first % 100 == 0 and first < 2000 else "decade"
    last = first + YEARS_IN[unit] - 1
    the = BACK_THE.match(scan.text, max(scan.floor, s - 8), s)
    start = the.start() if the is not None and the["the"].lower() == "the" else s
    return Hit(start, e, window_of(date(first, 1, 1), date(last, 12, 31), Granularity.SPAN), unit)


def read_quarter(
    scan: Scan, s: int, e: int, index: int, months: int, strict: bool = False
) -> Hit | None:
    """Quarter ``index`` (months=3) or half (months=6) of a year named after it or inferred."""
    text = scan.text
    if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha():
        return None  # "H1-B"
    unit = "quarter" if months == 3 else "half"
    if not 1 <= index <= 12 // months:
        return None
    after = AFTER_PERIOD_YEAR.match(text, e, e + 24)
    pub = scan.pub_day
    year: int | None = None
    end = e
    if after is not None:
        end = after.end()
        if after["y"]:
            year = int(after["y"])
        elif after["yy"]:
            year = 2000 + int(after["yy"])
        elif pub is not None:
            year = pub.year + {"last": -1, "next": 1}.get(after["rel"].lower(), 0)
        else:
            rel = after["rel"].lower()
            phrase = f"{unit} {index} of {'this' if rel == 'the' else rel} year"
            return Hit(s, end, unresolved(Granularity.SPAN, phrase), unit)
    elif strict:
        return None  # "in the third quarter" of a match, "the first half" of a game
    inferred: tuple[TimePart, ...] = ()
    if year is None:
        if pub is None:
            return Hit(s, end, unresolved(Granularity.SPAN, f"{unit} {index}"), unit)
        year = pub.year if date(pub.year, (index - 1) * months + 1, 1) <= pub else pub.year - 1
        inferred = ("year",)
    first = date(year, (index - 1) * months + 1, 1)
    last = add_months(first, months) - timedelta(days=1)
    window = window_of(first, last, Granularity.SPAN, inferred)
    return Hit(s, end, window, unit)


def read_ordinal_period(scan: Scan, s: int, e: int) -> Hit | None:
    """ "the third quarter of 2023", "the first half of last year" (a year must follow)."""
    text = scan.text
    if not text.endswith(_ORDINAL_TAILS, max(0, s - 8), s):
        return None
    back = BACK_ORDINAL.match(text, max(scan.floor, s - 16), s)
    if back is None:
        return None
    half = text[s:e] == "half"
    index = ORDINALS[back["ord"].lower()]
    if index < 0:
        index = 2 if half else 4
    if half and index > 2:
        return None
    hit = read_quarter(scan, s, e, index, 6 if half else 3, strict=True)
    if hit is None:
        return None
    return Hit(back.start(), hit.end, hit.window, hit.unit)


def read_year(scan: Scan, s: int, e: int) -> Hit | None:
    text = scan.text
    if s > 0 and text[s - 1] in YEAR_BEFORE_BAD and text[max(0, s - 4) : s].lower() != "mid-":
        return None
    if text[e : e + 1] in ("%", "/") or (
        e + 1 < len(text) and text[e] in ".,:-–" and text[e + 1].isdigit()
    ):
        return None
    year = int(text[s:e])
    low = max(scan.floor, s - 24)
    start = s
    phrase = ""
    cue = BACK_YEAR_CUE.match(text, low, s)
    rng = AFTER_YEAR_RANGE.match(text, e, e + 16)
    opens = cue is not None and norm(cue.group()) in ("from", "between")
    if rng is not None and int(rng["y2"]) > year and (opens or rng["conj"] in ("-", "–", "—")):
        if opens and cue is not None:
            start = cue.start()
        span = window_of(date(year, 1, 1), date(int(rng["y2"]), 12, 31), Granularity.SPAN)
        return Hit(start, rng.end(), span)
    if cue is None:
        if not scan.coordinated(s, Granularity.YEAR, strict=True):
            return None  # "2000 people": a bare four-digit number is a count, not a year
    else:
        word = norm(cue.group()).rstrip("-")
        if word in ("in", "since", "during", "from"):
            start = cue.start()
        if word == "since":
            phrase = f"since {year}"
    if phrase:
        if scan.pub_day is None:
            window = TimeWindow(
                start=date(year, 1, 1),
                granularity=Granularity.SPAN,
                unknown=("end",),
                relative=phrase,
            )
        elif scan.pub_day.year < year:
            return None
        else:
            window = window_of(date(year, 1, 1), scan.pub_day, Granularity.SPAN)
        return Hit(start, e, window)
    return Hit(start, e, window_of(date(year, 1, 1), date(year, 12, 31), Granularity.YEAR))
