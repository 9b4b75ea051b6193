"""The reader of day words: today, tonight, tomorrow, yesterday and overnight."""

from __future__ import annotations

from datetime import timedelta

from ...models import Granularity
from .patterns import AFTER_DAYPART, AFTER_OVERNIGHT, BACK_EARLIER
from .periods import unresolved, weekday_date, window_of
from .scan import Hit, Scan
from .triggers import WEEKDAYS


def read_day_word(scan: Scan, s: int, e: int) -> Hit | None:
    """today, tonight, tomorrow, yesterday (morning, night...), overnight (into Thursday)."""
    word = scan.text[s:e].lower()
    if word == "yesterday":
        return _yesterday(scan, s, e)
    if word == "overnight":
        return _overnight(scan, s, e)
    if word == "tomorrow":
        return _tomorrow(scan, s, e)  # "later tomorrow" is tomorrow: the surface starts at it
    earlier = BACK_EARLIER.match(scan.text, max(scan.floor, s - 24), s)
    if earlier is not None:
        s = earlier.start()  # "earlier today", "later tonight"
    if word == "tonight":
        return scan.day_from_pub(s, e, 0, "tonight", night=True)
    return scan.day_from_pub(s, e, 0, "today")


def _yesterday(scan: Scan, s: int, e: int) -> Hit:
    """ "yesterday", "yesterday morning" (the day before publication), "yesterday night"."""
    part = AFTER_DAYPART.match(scan.text, e, e + 16)
    if part is not None:
        e = part.end()
        if part["part"].lower() == "night":
            return scan.day_from_pub(s, e, -1, "last night", night=True)
    return scan.day_from_pub(s, e, -1, "yesterday")


def _tomorrow(scan: Scan, s: int, e: int) -> Hit:
    """ "tomorrow", "tomorrow morning" (the day after publication), "tomorrow night"."""
    part = AFTER_DAYPART.match(scan.text, e, e + 16)
    night = part is not None and part["part"].lower() == "night"
    if part is not None:
        e = part.end()
    return scan.day_from_pub(s, e, 1, "tomorrow" + " night" * night, night=night)


def _overnight(scan: Scan, s: int, e: int) -> Hit:
    """ "overnight" (the night before publication), "overnight into Thursday" (the night
    before Thursday), "overnight Saturday (into Sunday)" (US wire style: Saturday night).
    """
    into = AFTER_OVERNIGHT.match(scan.text, e, e + 40)
    if into is None:
        return scan.day_from_pub(s, e, -1, "overnight", night=True)
    name = into["wd"].lower()
    weekday = WEEKDAYS[name]
    if into["into"] is None:
        following = into["wd2"]
        joined = following and WEEKDAYS[following.lower()] == (weekday + 1) % 7
        e = into.end() if joined else into.end("wd")
        shift, phrase = 0, f"{name} night"
    else:
        e = into.end("wd")
        shift, phrase = -1, f"overnight into {name}"
    pub = scan.pub_day
    if pub is None:
        return Hit(s, e, unresolved(Granularity.NIGHT, phrase))
    day = weekday_date(pub, weekday, "on") + timedelta(days=shift)
    return Hit(s, e, window_of(day, day + timedelta(days=1), Granularity.NIGHT))
