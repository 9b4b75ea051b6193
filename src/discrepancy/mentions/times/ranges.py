"""What the words around a reading add: ranges and periods built on it.

"in the week to Sunday" (a period ending on it), "late last year" (a part of it),
"between 2019 and now", "since the 1980s" (running to publication), and "from May
2023 to June" (two readings joined into one window).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

import regex

from ...models import Granularity, day_of
from .patterns import AFTER_TO_NOW, BACK_OPEN, BACK_PART, BACK_PERIOD_TO, JOIN, OPENERS
from .periods import YEARS_IN, add_months, calendar_period, part_of, unresolved, window_of
from .scan import Hit, Scan
from .triggers import to_number

# The words after a reading that may extend it, and the cue words before one that
# may widen it: the scanner calls widen() only where one of them touches a reading.
JOINERS: Final = (
    " and ",
    " to ",
    " until ",
    " till ",
    " through ",
    "-",
    "–",
    "—",
    " -",
    " –",
    " —",
)

WIDEN_TAILS: Final = (
    *(" to ", " ending ", " ended ", " through ", " thru ", " until ", " of ", "ince "),
    *("early ", "Early ", "mid-", "Mid-", "mid ", "Mid ", "late ", "Late ", "late-", "Late-"),
)
_SINCE: Final = ("since ", "Since ")
_ENDING_WORDS: Final = frozenset({"to", "ending", "ended", "through", "thru", "until"})
_PART_WORDS: Final = frozenset({"early", "mid", "late", "of"})


def widen(scan: Scan, hit: Hit) -> Hit:
    """What the words around a reading add: a period ending on it, a part of it, "to now"."""
    text = scan.text
    low = max(scan.floor, hit.start - 48)
    # Most readings have none of these words before them: reading the word before
    # saves two reverse matches per reading.
    word = _word_before(text, hit.start, low)
    if word in _ENDING_WORDS:
        ending = _period_ending(scan, hit, low)
        if ending is not None:
            return ending
    if word in _PART_WORDS and hit.period:
        part = BACK_PART.match(text, low, hit.start)
        if part is not None:
            return _part(scan, hit, part)
    if text.startswith(JOINERS, hit.end):
        to_now = _to_now(scan, hit, low)
        if to_now is not None:
            return to_now
    return _since(scan, hit)


def _word_before(text: str, s: int, low: int) -> str:
    """The word that ends one space or hyphen before ``s``, lower-cased ("" if none)."""
    if s > 1 and text[s - 1] in " -\xa0":
        floor = max(low, s - 12)
        return text[max(text.rfind(" ", floor, s - 1) + 1, floor) : s - 1].lower()
    return ""


def _period_ending(scan: Scan, hit: Hit, low: int) -> Hit | None:
    """ "in the week to Sunday", "the 12 months to March": a period ending with the reading."""
    ended = BACK_PERIOD_TO.match(scan.text, low, hit.start)
    if ended is None or hit.window.end is None:
        return None
    count = to_number(ended["n"]) if ended["n"] else 1
    if not count:
        return None
    last = day_of(hit.window.end)
    unit = ended["unit"].lower().rstrip("s")
    if unit == "week":
        first = last - timedelta(days=7 * count - 1)
    else:
        months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
        first = add_months(last + timedelta(days=1), -months)
    week = unit == "week" and count == 1
    granularity = Granularity.WEEK if week else Granularity.SPAN
    return Hit(ended.start(), hit.end, window_of(first, last, granularity))


def _part(scan: Scan, hit: Hit, part: regex.Match[str]) -> Hit:
    """ "late last year", "mid-2023", "the end of 2026": a part of the period read."""
    pos = (part["pos"] or part["pos2"]).lower()
    start = part.start()
    window = hit.window
    if window.start is None or (scan.pub_day is None and window.relative):
        phrase = f"{pos} {window.relative or ''}".strip()
        return Hit(start, hit.end, unresolved(Granularity.SPAN, phrase))
    first = day_of(window.start)
    if hit.period in YEARS_IN or hit.period in ("half", "season"):
        whole = (first, day_of(window.end or window.start))
    else:
        whole = calendar_period(first, hit.period)
    a, b = part_of(*whole, hit.period, pos)
    return _since(scan, Hit(start, hit.end, window_of(a, b, Granularity.SPAN)))


def _to_now(scan: Scan, hit: Hit, low: int) -> Hit | None:
    """ "between January 2023 and now", "from 2019 to date": from the reading to publication."""
    text = scan.text
    now = AFTER_TO_NOW.match(text, hit.end, hit.end + 24)
    if now is None:
        return None
    opened = BACK_OPEN.match(text, low, hit.start)
    first, pub = hit.window.start, scan.pub_day
    if (
        (opened is None and text[hit.start : hit.start + 4] not in OPENERS)
        or first is None
        or pub is None
        or day_of(first) > pub
    ):
        return None
    start = hit.start if opened is None else opened.start()
    return Hit(start, now.end(), window_of(first, pub, Granularity.SPAN))


def _since(scan: Scan, hit: Hit) -> Hit:
    """ "since the 1980s", "since Q2", "since late 2022": a running window up to publication.

    With no publication date, "since last year" stays one phrase, unresolved: the
    window a story's clock gives it later runs to the day it infers, never the year
    alone.
    """
    start, window = hit.start, hit.window
    if not scan.text.endswith(_SINCE, max(0, start - 6), start):
        return hit
    if scan.pub_day is None and window.start is None and window.relative:
        return Hit(start - 6, hit.end, unresolved(Granularity.SPAN, f"since {window.relative}"))
    if window.start is None or scan.pub_day is None or day_of(window.start) > scan.pub_day:
        return hit
    return Hit(start - 6, hit.end, window_of(window.start, scan.pub_day, Granularity.SPAN))


def join(scan: Scan, prev: Hit, hit: Hit) -> Hit | None:
    """ "between 2019 and March 2022", "from May 2023 to June": one window, not two."""
    text = scan.text
    join = JOIN.fullmatch(text, prev.end, hit.start)
    if join is None or prev.window.start is None or hit.window.end is None:
        return None
    opener = text[prev.start : prev.start + 8].lower()
    if not opener.startswith(("from ", "between ")):
        back = BACK_OPEN.match(text, max(0, prev.start - 12), prev.start)
        if back is None:
            return None
        opener = back["w"].lower()
        start = back.start()
    else:
        start = prev.start
    if (join["conj"].lower() == "and") != opener.startswith("between"):
        return None
    first, last = day_of(prev.window.start), day_of(hit.window.end)
    if "year" in prev.window.inferred and "year" not in hit.window.inferred:
        # "from May to Oct 2025": the year stated at the end holds for the start.
        moved = first.replace(year=last.year) if (first.month, first.day) != (2, 29) else None
        if moved is not None:
            first = moved if moved <= last else moved.replace(year=last.year - 1)
    if first > last:
        return None
    return Hit(start, hit.end, window_of(first, last, Granularity.SPAN))
