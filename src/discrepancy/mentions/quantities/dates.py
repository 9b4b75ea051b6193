"""Numeric mentions of time, which are no figures: clock times and media time stamps,
times of day, dates in digits or with a month name, days of the month, years and
spans of years, decades, and ordinals.
"""

from __future__ import annotations

import re

from ...models import RejectReason
from .nouns import _NOUN_STOP, _PLURAL_NOUN
from .patterns import _ASCII_DIGITS, _NEXT_WORD, _SCALE_AFTER
from .state import _Scanner

_TIME_SUFFIX = re.compile(
    r"[ \t\u00a0]?(?:[ap]\.m\.|[ap]m(?![a-z])|o'clock|o’clock)"
    r"|[ \t\u00a0]+(?:gmt|utc|local\ time)(?![a-z])",
    re.VERBOSE,
)
_NUMERIC_DATE = re.compile(
    r"""
    [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])           # 2025-09-07
    | [0-9]{4}/[0-9]{1,2}/[0-9]{1,2}(?![0-9])         # 2025/09/07
    | [0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})(?![0-9])  # 07/09/2025, 7.9.25
    | [0-9]{1,2}/[0-9]{1,2}(?![0-9/])                 # 9/11, 24/7
    """,
    re.VERBOSE,
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_DECADE = re.compile(r"s(?![a-z])")
_DAY_RANGE_END = re.compile(r"[ \t\u00a0]*[-–][ \t\u00a0]*[0-9]{1,2}(?![0-9])")
_MONTH_START = re.compile(r",?[ \t\u00a0]+(?:of[ \t\u00a0]+)?[A-Z]")
# A clock time or media time stamp starting at a digit.
_CLOCK = re.compile(
    r"""
    (?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?P<f>\.[0-9]+)?(?![0-9:])
    (?P<ampm>[ \t\u00a0]?(?:[ap]\.?m\.?(?![a-z])|gmt|utc|local\ time|hrs?(?![a-z])))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_STAMP_LINE = re.compile(r"(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t\u00a0]*)+")
_YEAR_RANGE = re.compile(r"[0-9]{4}(?:[-–/][0-9]{2}(?:[0-9]{2})?)(?![0-9])")
# Month names stay in code: the order of this alternation decides what upper-case text
# matches ("SEP" before "SEPT" in "5 SEPT"); the same forms, lower case, are the time
# scanner's LOWER_MONTHS (mentions/times/triggers.py).
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NAMES = frozenset(_MONTHS.split("|") + _MONTHS.upper().split("|"))
# Month name right before a day number, matched on the reversed original text.
_MONTH_BEFORE = re.compile(
    r"(?:[ \t\u00a0]+\.?|\.)(?:"
    + "|".join(m[::-1] for m in _MONTHS.split("|") + [m.upper() for m in _MONTHS.split("|")])
    + r")(?![A-Za-z])"
)
_MONTH_AFTER = re.compile(
    r"""
    (?:st|nd|rd|th)?
    (?:[ \t\u00a0]*(?:[-–]|to|and)[ \t\u00a0]*[0-9]{1,2}(?:st|nd|rd|th)?)?
    ,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:<months>)(?![a-z])\.?
    """.replace("<months>", _MONTHS + "|" + _MONTHS.upper()),
    re.VERBOSE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"""[ \t\u00a0]*(?:
        (?:ni|ecnis|yb|morf|litnu|llit|fo|gnirud|eht|erofeb|retfa|dne|ylrae|etal|dim|
           ni\ dna|ot|s'|s’|raey|gninnigeb|ecno|nosaes|lacsif|yf|ssalc)(?![a-z])
        | ,[ \t\u00a0]*[0-9]                 # "September 5, 2025"
        | ,[ \t\u00a0]*\.?(?:<months>)(?![a-z])  # "5 Sep, 2025"
    )""".replace("<months>", "|".join(m.lower()[::-1] for m in _MONTHS.split("|"))),
    re.VERBOSE,
)
# "a fall of", "an average of" (reversed): an indefinite noun of amount before "of".
_AMOUNT_OF = re.compile(r"[ \t\u00a0]*fo[ \t\u00a0]+[a-z]+[ \t\u00a0]+(?:a|na)(?![a-z])")
# A possessive determiner before a four-digit figure makes it a year: "its 2019 sales".
_POSSESSIVE_BEFORE = re.compile(r"[ \t\u00a0]+(?:sti|rieht|sih|reh|ruo|s'|s’)(?![a-z])")


def _clock(sc: _Scanner, d: int) -> int:
    """Reject the clock time ("14:11", "9:30 pm") or media duration ("1:02:33") at ``d``."""
    text = sc.text
    m = _CLOCK.match(text, d)
    if m is None:
        end = d
        while end < len(text) and (text[end] in _ASCII_DIGITS or text[end] == ":"):
            end += 1
        while text[end - 1] == ":":
            end -= 1
        return sc.reject(d, end, RejectReason.NAME)
    end = m.end()
    if m.group("s") is not None or m.group("f") is not None:
        # "1:02:33", and a race time "won in 2:04.3": durations, not clocks.
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    if m.group("ampm") is None and _player_line(sc, d, end, m.group()):
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    hours = int(m.group("h"))
    if hours >= 24 and m.group("ampm") is None:
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    return sc.reject(d, end, RejectReason.TIME_OF_DAY)


def _player_line(sc: _Scanner, d: int, end: int, stamp: str) -> bool:
    """Whether a clock stamp stands on a line of media-player debris.

    A line holding only time stamps is player debris when it has several, when
    its stamp is the "0:00" of an idle player, or when a neighbouring line is
    also only stamps ("0:00" / "24:55" under "Podcasts").
    """
    text = sc.text
    start = text.rfind("\n", max(0, d - 120), d) + 1
    stop = text.find("\n", end, end + 120)
    stop = len(text) if stop < 0 else stop
    line = text[start:stop].strip()
    if not _STAMP_LINE.fullmatch(line):
        return False
    if stamp == "0:00" or len(line.split()) > 1:
        return True
    before = text[max(0, start - 60) : max(0, start - 1)].rsplit("\n", 1)[-1].strip()
    after = text[stop + 1 : stop + 60].split("\n", 1)[0].strip()
    return bool(_STAMP_LINE.fullmatch(before) or _STAMP_LINE.fullmatch(after))


def _ordinal_or_date(sc: _Scanner, d: int, e: int) -> int:
    """Reject "5th" at ``d`` as a date next to a month name, else as an ordinal."""
    rev, _ = sc.left(d, 16)
    if _MONTH_BEFORE.match(rev) or _MONTH_AFTER.match(sc.text, e):
        return sc.reject(d, e + 2, RejectReason.DATE)
    return sc.reject(d, e + 2, RejectReason.ORDINAL)


def _year(sc: _Scanner, d: int, e: int, rev: str, rlow: str) -> int | None:
    """End of a year mention starting at ``d``, or None when it reads as a count."""
    text, low = sc.text, sc.low
    ranged = _YEAR_RANGE.match(text, d)
    if ranged is not None and _is_year_range(ranged.group()):
        return ranged.end()
    if _MONTH_BEFORE.match(rev):
        return e
    word = _NEXT_WORD.match(low, e + 1) if e < len(low) and low[e] == " " else None
    if (
        (word is not None and word.group() == "per")
        or sc.rules.unit_after.match(low, e)
        or low[e : e + 1].isalpha()
    ):
        return None  # "an average of 1800 per household", "the 1750 sq m site", "the 1500m"
    context = _YEAR_CONTEXT_BEFORE.match(rlow)
    if context is not None:
        if _AMOUNT_OF.match(rlow) and _counts_after(word):
            return None  # "a fall of 2019 points", "an average of 1500 patients"
        return e  # "in 2019", "the summer of 2019"
    if _POSSESSIVE_BEFORE.match(rlow) and int(text[d:e]) % 100:
        return e  # "its 2019 sales"; "Russia's 2000 drones" is a round count
    if sc.has_money_or_hedge(d):
        # "over 2,000 people", "more than 1500": a count; "an increase over 2021"
        # (a figure not round, with no counted noun after it): a year.
        plural = word is not None and _PLURAL_NOUN.fullmatch(word.group()) is not None
        if plural or int(text[d:e]) % 10 == 0 or sc.rules.currency_before.match(rev):
            return None
        return e
    if _SCALE_AFTER.match(low, e):
        return None
    if word is not None and text[e + 1].isupper():
        return e  # "the Tokyo 2020 Games": a year in a name
    if word is not None and _PLURAL_NOUN.fullmatch(word.group()):
        return None
    return e


def _counts_after(word: re.Match[str] | None) -> bool:
    """Whether ``word``, right after a four-digit figure, is a plural noun it counts.

    After "a <noun> of" the figure is an amount ("a total of 1500 patients", "a fall of
    2019 points"); after "the <noun> of" a period ("the end of 2019 sales") stays a year.
    """
    return (
        word is not None
        and _PLURAL_NOUN.fullmatch(word.group()) is not None
        and word.group() not in _NOUN_STOP
    )


def _is_year_range(candidate: str) -> bool:
    """Whether "2014-15" / "2014-2015" / "2022/23" spans years (the end after the start)."""
    first, tail = candidate[:4], candidate[5:]
    if not 1500 <= int(first) <= 2100:
        return False
    end = int(first[:2] + tail) if len(tail) == 2 else int(tail)
    return int(first) < end <= int(first) + 100


def _time_of_day(sc: _Scanner, d: int, e: int, raw: str, plain: bool) -> int | None:
    """Reject a time of day with its suffix ("9am", "10.30 p.m.", "0830 GMT"), if one follows."""
    suffix = _TIME_SUFFIX.match(sc.low, e)
    if suffix is None:
        return None
    if float(raw) < 25 or (
        # "0830 GMT": a four-digit clock, read only before a time zone word.
        plain
        and len(raw) == 4
        and int(raw[:2]) < 24
        and int(raw[2:]) < 60
        and suffix.group().strip()[:1] in ("g", "u", "l")
    ):
        return sc.reject(d, suffix.end(), RejectReason.TIME_OF_DAY)
    return None


def _day_or_year(sc: _Scanner, d: int, e: int, raw: str, rev: str, last: str) -> int | None:
    """Reject the plain number ``raw`` at ``d`` as a day next to a month name or as a
    year ("in 2019"), if it reads as one.

    After the month ("Sept 5") the span takes an ordinal suffix and a day range
    ("Sept 5-7"); before it ("5-7 March", "5th of May"), the day and its range end
    where the month name starts.
    """
    text = sc.text
    value = int(raw)
    if len(raw) == 4 and 1500 <= value <= 2200:
        year_end = _year(sc, d, e, rev, sc.left_low(d, 24))
        return None if year_end is None else sc.reject(d, year_end, RejectReason.YEAR)
    if len(raw) > 2 or not 1 <= value <= 31:
        return None
    if last.rstrip(".") in _MONTH_NAMES and _MONTH_BEFORE.match(rev):
        after = _MONTH_AFTER.match(text, e)
        end = e
        if after is not None and after.group().startswith(("st", "nd", "rd", "th")):
            end = e + 2
        joined = _DAY_RANGE_END.match(text, end, end + 8)
        if joined is not None:
            end = joined.end()
        return sc.reject(d, end, RejectReason.DATE)
    after = _MONTH_AFTER.match(text, e)
    if after is None:
        return None
    month = _MONTH_START.search(after.group())
    return sc.reject(d, e + (month.start() if month else 0), RejectReason.DATE)


def _numeric_date(sc: _Scanner, d: int) -> int | None:
    """Reject a date in digits ("2025-09-07", "07/09/2025", "9/11"), if one starts at ``d``."""
    date = _NUMERIC_DATE.match(sc.text, d)
    return None if date is None else sc.reject(d, date.end(), RejectReason.DATE)


def _year_range(sc: _Scanner, d: int) -> int | None:
    """Reject a span of years ("2014-15", "2022/23"), if one starts at ``d``."""
    ranged = _YEAR_RANGE.match(sc.text, d)
    if ranged is None or not _is_year_range(ranged.group()):
        return None
    return sc.reject(d, ranged.end(), RejectReason.YEAR)
