"""The reader of day words: today, tonight, tomorrow, yesterday and overnight."""

from __future__ import annotations

from datetime import timedelta

from ...models import Granularity
from .patterns import AFTER_DAYPART, AFTER_OVERNIGHT, BACK_EARLIER
from .periods import unresolved, weekday_date, window_of
from .scan import Hit, Scan
from .triggers import WEEKDAYS


def read_day_word(scan: Scan, s: int, e: int) -> Hit | None:
    """today, tonight, yesterday (morning, night...), overnight (into Thursday)."""
    text = scan.text
    low = max(scan.floor, s - 24)
    pub = scan.pub_day
    one = timedelta(days=1)
    word = text[s:e].lower()
    if word == "yesterday":
        part = AFTER_DAYPART.match(text, e, e + 16)
        if part is not None:
            e = part.end()
            if part["part"].lower() == "night":
                if pub is None:
                    return Hit(s, e, unresolved(Granularity.NIGHT, "last night"))
                return Hit(s, e, window_of(pub - one, pub, Granularity.NIGHT))
        if pub is None:
            return Hit(s, e, unresolved(Granularity.DAY, "yesterday"))
        return Hit(s, e, window_of(pub - one, pub - one, Granularity.DAY))
    if word == "overnight":
        into = AFTER_OVERNIGHT.match(text, e, e + 40)
        if into is not None and into["into"] is None:
            # "overnight Saturday (into Sunday)": the night after Saturday's day
            wd = WEEKDAYS[into["wd"].lower()]
            nxt = into["wd2"]
            e = into.end() if nxt and WEEKDAYS[nxt.lower()] == (wd + 1) % 7 else into.end("wd")
            if pub is not None:
                day = weekday_date(pub, wd, "on")
                return Hit(s, e, window_of(day, day + one, Granularity.NIGHT))
            return Hit(s, e, unresolved(Granularity.NIGHT, f"{into['wd'].lower()} night"))
        if into is not None:
            e = into.end("wd")
            if pub is not None:
                day = weekday_date(pub, WEEKDAYS[into["wd"].lower()], "on")
                return Hit(s, e, window_of(day - one, day, Granularity.NIGHT))
            phrase = f"overnight into {into['wd'].lower()}"
            return Hit(s, e, unresolved(Granularity.NIGHT, phrase))
        if pub is None:
            return Hit(s, e, unresolved(Granularity.NIGHT, "overnight"))
        return Hit(s, e, window_of(pub - one, pub, Granularity.NIGHT))
    earlier = BACK_EARLIER.match(text, low, s)
    if earlier is not None:
        s = earlier.start()
    if word == "tonight":
        if pub is None:
            return Hit(s, e, unresolved(Granularity.NIGHT, "tonight"))
        return Hit(s, e, window_of(pub, pub + one, Granularity.NIGHT))
    if word == "tomorrow":
        if earlier is not None:
            s = earlier.end()  # "later tomorrow" is tomorrow
        part = AFTER_DAYPART.match(text, e, e + 16)
        night = part is not None and part["part"].lower() == "night"
        if part is not None:
            e = part.end()
        granularity = Granularity.NIGHT if night else Granularity.DAY
        if pub is None:
            return Hit(s, e, unresolved(granularity, "tomorrow" + " night" * night))
        return Hit(s, e, window_of(pub + one, pub + one * (1 + night), granularity))
    if pub is None:
        return Hit(s, e, unresolved(Granularity.DAY, "today"))
    return Hit(s, e, window_of(pub, pub, Granularity.DAY))
