"""The readers of years and the periods named by them.

"in 2023", "between 2019 and 2022", "since 2014", "the 1990s", "Q2", "H1 2024" and
"the third quarter of last year".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import regex

from ...models import Granularity, TimePart, TimeWindow
from ...rules.shipped import shipped_word_class
from .patterns import (
    AFTER_PERIOD_YEAR,
    AFTER_SHORT_YEAR,
    AFTER_YEAR_RANGE,
    BACK_ORDINAL,
    BACK_THE,
    BACK_YEAR_CUE,
    CLAUSE_END,
    YEAR_BEFORE_BAD,
)
from .periods import YEARS_IN, add_months, unresolved, window_of, year_span
from .scan import Hit, Scan
from .triggers import ORDINALS, norm

_REPORT_CUE: Final = shipped_word_class("report_period_cue", "windows.jsonl")
_GAME_CUE: Final = shipped_word_class("game_period_cue", "windows.jsonl")
_SENTENCE_WORD = regex.compile(r"[A-Za-z][A-Za-z-]*|[%$€£¥]")
_SENTENCE_REACH = 120  # characters looked at on each side of a bare quarter

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
    return Hit(start, e, window_of(*year_span(first, last), Granularity.SPAN), unit)


def read_quarter_word(scan: Scan, s: int, e: int) -> Hit | None:
    """ "Q2" (a quarter, the year inferred if not stated) or "H1 2024" (a half-year)."""
    index = int(scan.text[s + 1])
    if scan.text[s] == "Q":
        return _read_quarter(scan, s, e, index, 3)
    # "H2" alone is as often hydrogen as a half-year: a year must follow.
    return _read_quarter(scan, s, e, index, 6, strict=True)


def _read_quarter(
    scan: Scan, s: int, e: int, index: int, months: int, strict: bool = False, bare: bool = False
) -> Hit | None:
    """Quarter ``index`` (months=3) or half (months=6) of a year named after it or inferred.

    ``strict``: a year must follow, unless ``bare`` ("the fourth quarter") and the
    sentence reports figures by period.
    """
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
    elif strict and (not bare or text.startswith(" of", e) or not _reports_by_period(scan, s, e)):
        return None  # "in the third quarter" of a match, "the first half" of a game
    inferred: tuple[TimePart, ...] = ()
    if year is None:
        if pub is None:
            return Hit(s, end, unresolved(Granularity.SPAN, f"{unit} {index}"), unit)
        first_month = (index - 1) * months + 1
        if scan.ahead():  # the first such period not over at publication
            year = pub.year + (add_months(date(pub.year, first_month, 1), months) <= pub)
        else:
            year = pub.year if date(pub.year, first_month, 1) <= pub else pub.year - 1
        inferred = ("year",)
    first = date(year, (index - 1) * months + 1, 1)
    last = add_months(first, months) - timedelta(days=1)
    window = window_of(first, last, Granularity.SPAN, inferred)
    return Hit(s, end, window, unit)


def _reports_by_period(scan: Scan, s: int, e: int) -> bool:
    """Whether the sentence around ``s:e`` reports figures by calendar period.

    "Profit rose 8% in the fourth quarter" does (a percent or currency sign, or a noun
    of such figures, and no word of a game); "the Lakers led by 12 in the third
    quarter" does not.
    """
    text = scan.text
    low, high = max(0, s - _SENTENCE_REACH), e + _SENTENCE_REACH
    ends = [m.end() for m in CLAUSE_END.finditer(text, low, s)]
    low = ends[-1] if ends else low
    stop = CLAUSE_END.search(text, e, high)
    high = stop.start() if stop is not None else high
    report = False
    for m in _SENTENCE_WORD.finditer(text, low, high):
        word = m.group().lower()
        if word in _GAME_CUE:
            return False
        report = report or word in _REPORT_CUE or word in "%$€£¥"
    return report


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
    bare = back.group()[:3].lower() == "the"  # "last quarter" is read as relative
    hit = _read_quarter(scan, s, e, index, 6 if half else 3, strict=True, bare=bare)
    if hit is None:
        return None
    return Hit(back.start(), hit.end, hit.window, hit.unit)


def read_year(scan: Scan, s: int, e: int) -> Hit | None:
    """ "in 2023", "2019-2022", "between 2019 and 2022", "since 2014", "2016 and 2018".

    A bare four-digit number is a count ("2000 people"): a year needs a cue word
    before it, or to follow another year in a list.
    """
    text = scan.text
    year = int(text[s:e])
    short = AFTER_SHORT_YEAR.match(text, e, e + 4) if text[e : e + 1] in "-–/" else None
    if short is not None and int(short["yy"]) == (year + 1) % 100:
        return _season_years(scan, s, short.end(), year)
    if not _stands_alone(text, s, e):
        return None
    cue = BACK_YEAR_CUE.match(text, max(scan.floor, s - 24), s)
    rng = AFTER_YEAR_RANGE.match(text, e, e + 16)
    opens = cue is not None and norm(cue.group()) in ("from", "between")
    if rng is not None and int(rng["y2"]) > year and (opens or rng["conj"] in ("-", "–", "—")):
        start = cue.start() if cue is not None and opens else s
        span = window_of(*year_span(year, int(rng["y2"])), Granularity.SPAN)
        return Hit(start, rng.end(), span)
    start = s
    if cue is None:
        possessive = text.startswith(("'s", "’s"), e)  # "2021's drought"
        if not possessive and not scan.coordinated(s, Granularity.YEAR, strict=True):
            return None  # "2000 people": a bare four-digit number is a count, not a year
    else:
        word = norm(cue.group()).rstrip("-")
        if word in ("in", "since", "during", "from"):
            start = cue.start()
        if word == "since":
            return _since_year(scan, start, e, year)
    return Hit(start, e, window_of(*year_span(year, year), Granularity.YEAR))


def _season_years(scan: Scan, s: int, e: int, year: int) -> Hit | None:
    """ "the 2023-24 season", "in 2023/24": the two years a season or fiscal year spans.

    Which months it runs is not written (a football season, a school year, a fiscal
    year all differ), so the window is both calendar years.
    """
    if s > 0 and scan.text[s - 1] in YEAR_BEFORE_BAD:
        return None
    cue = BACK_YEAR_CUE.match(scan.text, max(scan.floor, s - 24), s)
    start = cue.start() if cue is not None and norm(cue.group()) in ("in", "during") else s
    return Hit(start, e, window_of(*year_span(year, year + 1), Granularity.SPAN))


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether the four digits at ``s:e`` are not part of a number, a date or a ratio.

    "1,2024", "2024/25", "2024%" and "2024.5" are not years; "mid-2024" is.
    """
    if s > 0 and text[s - 1] in YEAR_BEFORE_BAD and text[max(0, s - 4) : s].lower() != "mid-":
        return False
    return not (
        text[e : e + 1] in ("%", "/")
        or (e + 1 < len(text) and text[e] in ".,:-–" and text[e + 1].isdigit())
    )


def _since_year(scan: Scan, start: int, e: int, year: int) -> Hit | None:
    """ "since 2014": from the year's first day to publication (None if it is later)."""
    pub = scan.pub_day
    if pub is None:
        window = TimeWindow(
            start=date(year, 1, 1),
            granularity=Granularity.SPAN,
            unknown=("end",),
            relative=f"since {year}",
        )
    elif pub.year < year:
        return None
    else:
        window = window_of(date(year, 1, 1), pub, Granularity.SPAN)
    return Hit(start, e, window)
