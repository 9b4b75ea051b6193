"""The reader of anaphora: "the same day", "the day before", "two days later".

The day such a phrase points to is carried from the closest earlier day or night
mention in the same text, so its window lists ``start`` and ``end`` as inferred.
"""

from __future__ import annotations

from datetime import timedelta

import regex

from ...models import Granularity, TimePart, TimeWindow, day_of
from .patterns import AFTER_EVENT, AFTER_NEXT_DAY, BACK_EARLIER, BACK_ON, BACK_THE
from .periods import add_months, calendar_period, shift_month_day, unresolved
from .scan import Hit, Scan
from .triggers import norm, to_number


def read_anaphor(scan: Scan, m: regex.Match[str]) -> Hit | None:
    """ "the same day", "that night", "the day before", "the next day", "two days later".

    ``m`` is the relative phrase whose ``r_ana`` group matched; "the day before
    yesterday" is counted from publication, the rest from the last day named.
    """
    text = scan.text
    s, e = m.span()
    low = max(scan.floor, s - 24)
    core = norm(m["r_ana"])
    words = core.split()
    night = "night" in words
    offset = 0
    if words[0] in ("same", "that"):
        back = BACK_THE.match(text, low, s) if words[0] == "same" else None
        if words[0] == "same":
            if back is None or back["the"].lower() == "a":
                return None
            s = back.start()
        else:
            earlier = BACK_EARLIER.match(text, low, s) or BACK_ON.match(text, low, s)
            if earlier is not None:
                s = earlier.start()
        phrase = f"the same {words[1]}"
    elif words[-1] in ("before", "after"):
        back = BACK_THE.match(text, low, s)
        if back is None or back["the"].lower() == "that":
            return None
        s = back.start()
        offset = -1 if words[-1] == "before" else 1
        if words[0] in _PERIOD_OF:  # "the year before", "the month after"
            phrase = f"the {words[0]} {words[-1]}"
            return Hit(s, e, carry_period(scan, words[0], offset, phrase, adjacent=True))
        next_day = AFTER_NEXT_DAY.match(text, e, e + 16)
        if next_day is not None and not night:
            word = next_day["w"].lower()
            if (word == "yesterday") == (offset == -1):
                return scan.day_from_pub(s, next_day.end(), 2 * offset, f"{core} {word}")
        if AFTER_EVENT.match(text, e, e + 16):
            return None
        phrase = f"the {words[0]} {words[1]}"
    elif words[-1] in ("earlier", "later"):
        count = to_number(words[0])
        if not count:
            return None
        offset = count if words[-1] == "later" else -count
        unit = words[1].rstrip("s")
        phrase = f"{count} {unit}s {words[-1]}"
        if unit != "day":
            return Hit(s, e, carry_period(scan, unit, offset, phrase, adjacent=False))
    else:
        back = BACK_THE.match(text, low, s)
        if back is None or back["the"].lower() != "the":
            return None
        s = back.start()
        offset = -1 if words[0] == "previous" else 1
        phrase = f"the {words[0]} {words[1]}"
        if words[1] in _PERIOD_OF:
            return Hit(s, e, carry_period(scan, words[1], offset, phrase, adjacent=True))
    granularity = Granularity.NIGHT if night else Granularity.DAY
    return Hit(s, e, _carry(scan, granularity, offset, phrase))


_PERIOD_OF = {"week": Granularity.WEEK, "month": Granularity.MONTH, "year": Granularity.YEAR}
_MONTHS_IN = {"month": 1, "year": 12}


def carry_period(scan: Scan, unit: str, offset: int, phrase: str, *, adjacent: bool) -> TimeWindow:
    """The window "two weeks later", "a year earlier" or "the following month" points to.

    It is carried from the last mention read (its dates inferred). ``adjacent`` ("the
    following week", "the previous month"): the calendar week, month or year after
    (or before) the one that holds it. Otherwise the mention moved by ``offset``
    units: a day stays a day ("on Jan. 3 ... two weeks later" is Jan. 17), a period
    of the unit moves by whole periods ("in 2023 ... a year earlier" is 2022), a
    month by twelve for each year. With nothing to carry from, a span back ("up from
    30 a year earlier") counts back from publication; anything else stays open.
    """
    granularity = _PERIOD_OF[unit]
    ante = None if scan.prev is None else scan.prev.window
    carried: tuple[TimePart, ...] = ("start", "end")
    if ante is not None and ante.start is not None and ante.end is not None:
        first, last = day_of(ante.start), day_of(ante.end)
        held = ante.granularity
        inferred = tuple(dict.fromkeys((*ante.inferred, *carried)))
    elif adjacent or offset > 0 or scan.pub_day is None:
        return unresolved(granularity if adjacent else Granularity.DAY, phrase)
    else:
        first = last = scan.pub_day
        held, inferred = Granularity.DAY, carried
    if adjacent:
        a, b = calendar_period(last if offset > 0 else first, unit, offset)
        return TimeWindow(start=a, end=b, granularity=granularity, inferred=inferred)
    if held in (Granularity.DAY, Granularity.NIGHT):
        if unit == "week":
            moved = first + timedelta(days=7 * offset)
        else:
            moved = add_months(first, offset * _MONTHS_IN[unit])
        end = moved + (last - first)
        return TimeWindow(start=moved, end=end, granularity=held, inferred=inferred)
    if held is granularity or (held is Granularity.MONTH and unit == "year"):
        step = offset * (12 if held is not granularity else 1)
        a, b = calendar_period(first, "month" if held is Granularity.MONTH else unit, step)
        return TimeWindow(start=a, end=b, granularity=held, inferred=inferred)
    return unresolved(granularity, phrase)


def _carry(scan: Scan, granularity: Granularity, offset: int, phrase: str) -> TimeWindow:
    """The window an anaphor points to, carried from the last day or night mention."""
    ante = scan.last_day
    carried: tuple[TimePart, ...] = ("start", "end")
    if ante is None and offset < 0 and scan.pub_day is not None:
        # "up from 30 a day earlier" with no day named before: earlier than the
        # report itself, so counted back from publication (an inference).
        first = scan.pub_day + timedelta(days=offset)
        return TimeWindow(
            start=first,
            end=first + timedelta(days=1 if granularity is Granularity.NIGHT else 0),
            granularity=granularity,
            inferred=carried,
        )
    if ante is None:
        return unresolved(granularity, phrase)
    # A day carried from a night ("overnight ... later that day") is the morning after.
    use_end = ante.granularity is Granularity.NIGHT and granularity is Granularity.DAY
    length = 1 if granularity is Granularity.NIGHT else 0
    inferred = tuple(dict.fromkeys((*ante.inferred, *carried)))
    if ante.start is not None and ante.end is not None:
        first = day_of(ante.end if use_end else ante.start) + timedelta(days=offset)
        return TimeWindow(
            start=first,
            end=first + timedelta(days=length),
            granularity=granularity,
            inferred=inferred,
        )
    if ante.month_day is not None:
        first_md = shift_month_day(ante.month_day[1 if use_end else 0], offset)
        return TimeWindow(
            granularity=granularity,
            unknown=ante.unknown,
            inferred=inferred,
            month_day=(first_md, shift_month_day(first_md, length)),
        )
    return unresolved(granularity, f"{phrase} ({ante.relative})")
