"""The scanner core: trigger hits in text order, each handed to its reader.

A reading is then widened by the words around it (see :mod:`.ranges`) and joined
with the one before it ("from May to June"); readings never overlap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ...models import Granularity, TimeMention, trusted
from .dates import read_iso, read_numeric_date
from .days import read_day_word
from .holidays import read_holiday
from .months import read_month
from .ranges import JOINERS, WIDEN_TAILS, join, widen
from .relative import read_relative
from .scan import Hit, Scan
from .seasons import SEASON_START, read_season
from .triggers import DAY_WORDS, LOWER_MONTHS, find_triggers
from .weekdays import read_weekday
from .years import read_decade, read_ordinal_period, read_quarter_word, read_year


def run(scan: Scan) -> list[TimeMention]:
    """Every time expression in the scan's text, in order, as non-overlapping mentions."""
    text = scan.text
    out: list[TimeMention] = []
    for s, e, kind in find_triggers(text, scan.holidays):
        if s < scan.floor:
            continue
        scan.at = (s, e)
        hit = _READERS[kind](scan, s, e)
        if hit is None:
            continue
        # Widen only where a cue word touches the reading (few do; a call per
        # reading cost about 8% of the scan).
        if text.endswith(WIDEN_TAILS, max(0, hit.start - 9), hit.start) or text.startswith(
            JOINERS, hit.end
        ):
            hit = widen(scan, hit)
        prev = scan.prev
        joined = None
        if prev is not None and out and hit.start - prev.end < 16:
            joined = join(scan, prev, hit)
        if joined is not None:
            out.pop()
            hit = joined
        scan.floor = hit.end
        scan.prev = hit
        out.append(
            trusted(
                TimeMention,
                span=(hit.start, hit.end),
                surface=text[hit.start : hit.end],
                window=hit.window,
            )
        )
        if hit.window.granularity in (Granularity.DAY, Granularity.NIGHT):
            scan.last_day = hit.window
    return out


def _read_unit(scan: Scan, s: int, e: int) -> Hit | None:
    """A word after a space: a day word, a lower-case month, a season, a half, or a unit."""
    word = scan.text[s:e]
    if word in DAY_WORDS:
        return read_day_word(scan, s, e)
    if word in LOWER_MONTHS:
        return read_month(scan, s, e, lower=True)
    if word.lower() in SEASON_START:
        return read_season(scan, s, e)
    if word == "half":
        return read_ordinal_period(scan, s, e)
    if word == "quarter":
        return read_ordinal_period(scan, s, e) or read_relative(scan, s, e)
    return read_relative(scan, s, e)


def _read_number(scan: Scan, s: int, e: int) -> Hit | None:
    """Four digits or more: a decade ("the 1990s"), a year, or an ISO or numeric date."""
    if scan.text[e - 1] == "s":
        return read_decade(scan, s, e)
    if e - s == 4 and s > 3 and scan.text[s - 1] in "/.-":
        numeric = read_numeric_date(scan, s, e)
        if numeric is not None:
            return numeric
    return read_year(scan, s, e) if e - s == 4 else read_iso(scan, s, e)


# The reader of each kind of trigger (see triggers.find_triggers).
_READERS: Final[dict[str, Callable[[Scan, int, int], Hit | None]]] = {
    "unit": _read_unit,
    "month": read_month,
    "weekday": read_weekday,
    "num": _read_number,
    "word": read_day_word,
    "holiday": read_holiday,
    "qh": read_quarter_word,
    "season": read_season,
}
