"""The scanner core: trigger hits in text order, each handed to its reader.

A reading is then widened by the words around it (see :mod:`.ranges`) and joined
with the one before it ("from May to June"); readings never overlap.
"""

from __future__ import annotations

from ...models import Granularity, TimeMention, trusted
from .dates import read_iso
from .days import read_day_word
from .holidays import read_holiday
from .months import read_month
from .ranges import JOINERS, WIDEN_TAILS, join, widen
from .relative import read_relative
from .scan import Hit, Scan
from .triggers import (
    CAPS_TRIGGER,
    DAY_WORDS,
    HOLIDAY_TRIGGER,
    LOWER_MONTHS,
    QUARTER_WORDS,
    UNIT_AT_START,
    UNIT_TRIGGER,
)
from .weekdays import read_weekday
from .years import read_decade, read_ordinal_period, read_quarter, read_year


def run(scan: Scan) -> list[TimeMention]:
    text = scan.text
    out: list[TimeMention] = []
    triggers = [(m.start(), m.end(), m.lastgroup or "") for m in CAPS_TRIGGER.finditer(text)]
    triggers += [(m.start(1), m.end(1), "unit") for m in UNIT_TRIGGER.finditer(text)]
    triggers += [
        (m.start(), m.end(), "qh" if m.group() in QUARTER_WORDS else "holiday")
        for m in HOLIDAY_TRIGGER.finditer(text)
        if not (m.start() and text[m.start() - 1].isalnum())
    ]
    first = UNIT_AT_START.match(text)
    if first is not None:
        triggers.append((0, first.end(1), "unit"))
    triggers.sort()
    for s, e, kind in triggers:
        if s < scan.floor:
            continue
        hit: Hit | None
        if kind == "unit":
            word = text[s:e]
            if word in DAY_WORDS:
                hit = read_day_word(scan, s, e)
            elif word in LOWER_MONTHS:
                hit = read_month(scan, s, e, lower=True)
            elif word == "half":
                hit = read_ordinal_period(scan, s, e)
            elif word == "quarter":
                hit = read_ordinal_period(scan, s, e) or read_relative(scan, s, e)
            else:
                hit = read_relative(scan, s, e)
        elif kind == "month":
            hit = read_month(scan, s, e)
        elif kind == "weekday":
            hit = read_weekday(scan, s, e)
        elif kind == "num":
            if text[e - 1] == "s":
                hit = read_decade(scan, s, e)
            else:
                hit = read_year(scan, s, e) if e - s == 4 else read_iso(scan, s, e)
        elif kind == "word":
            hit = read_day_word(scan, s, e)
        elif kind == "holiday":
            hit = read_holiday(scan, s, e)
        elif text[s] == "Q":  # "Q2": a quarter, the year inferred if not stated
            hit = read_quarter(scan, s, e, int(text[s + 1]), 3)
        else:  # "H1 2024"; "H2" alone is as often hydrogen as a half-year
            hit = read_quarter(scan, s, e, int(text[s + 1]), 6, strict=True)
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
