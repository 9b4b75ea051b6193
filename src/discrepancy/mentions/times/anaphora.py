"""The reader of anaphora: "the same day", "the day before", "two days later".

The day such a phrase points to is carried from the closest earlier day or night
mention in the same text, so its window lists ``start`` and ``end`` as inferred.
"""

from __future__ import annotations

from datetime import timedelta

import regex

from ...models import Granularity, TimePart, TimeWindow, day_of
from .patterns import AFTER_EVENT, AFTER_YESTERDAY, BACK_EARLIER, BACK_ON, BACK_THE
from .periods import shift_month_day, unresolved
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
        yesterday = AFTER_YESTERDAY.match(text, e, e + 16)
        if yesterday is not None and offset == -1 and not night:
            return scan.day_from_pub(s, yesterday.end(), -2, "the day before yesterday")
        if AFTER_EVENT.match(text, e, e + 16):
            return None
        phrase = f"the {words[0]} {words[1]}"
    elif words[-1] in ("earlier", "later"):
        count = to_number(words[0])
        if not count:
            return None
        offset = count if words[-1] == "later" else -count
        phrase = f"{count} days {words[-1]}"
    else:
        back = BACK_THE.match(text, low, s)
        if back is None or back["the"].lower() != "the":
            return None
        s = back.start()
        offset = -1 if words[0] == "previous" else 1
        phrase = f"the {words[0]} {words[1]}"
    granularity = Granularity.NIGHT if night else Granularity.DAY
    return Hit(s, e, _carry(scan, granularity, offset, phrase))


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
