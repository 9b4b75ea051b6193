"""The state of one scan over one text, and the look-ups every reader shares.

A :class:`Scan` holds the text, the publication day, the floor below which the text
is already read, the previous reading (for lists and ranges) and the last day or
night named (for anaphora). A :class:`Hit` is one reading: a span and its window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from ...models import Granularity, TimeWindow, day_of
from .patterns import AFTER_REL_YEAR, AFTER_YEAR, BACK_COORD, LIST_GOES_ON
from .periods import unresolved, window_of
from .triggers import SHIPPED_HOLIDAYS, Holidays

_PERIOD_OF: Final = {
    Granularity.YEAR: "year",
    Granularity.MONTH: "month",
    Granularity.WEEK: "week",
}

_REL_YEAR_STARTS: Final = (" last", " this", " next", " of")


@dataclass(slots=True)
class Hit:
    """One reading: the span ``start:end`` of the text and the window it names."""

    start: int
    end: int
    window: TimeWindow
    unit: str = ""  # the calendar period a SPAN window is one of (quarter, half, decade...)

    @property
    def period(self) -> str:
        """The calendar unit the window is one whole (or to-date) of, "" if none."""
        return self.unit or _PERIOD_OF.get(self.window.granularity, "")


class Scan:
    """One pass over one text: what the readers share, and what they leave for the next.

    Attributes:
        text: the text scanned.
        pub_day: the publication day, or None when relative phrases cannot resolve.
        floor: where the last reading ended; no reading starts before it.
        prev: the last reading (lists and ranges join with it).
        last_day: the window of the last day or night named (anaphora carry it).
        holidays: the holidays the scan reads (the shipped ones, or a vocabulary's).
    """

    __slots__ = ("floor", "holidays", "last_day", "prev", "pub_day", "text")

    def __init__(
        self,
        text: str,
        published: date | datetime | None,
        holidays: Holidays = SHIPPED_HOLIDAYS,
    ) -> None:
        """A scan of ``text`` about to start, relative phrases read on ``published``."""
        self.text = text
        self.holidays = holidays
        self.pub_day = None if published is None else day_of(published)
        self.floor = 0
        self.last_day: TimeWindow | None = None
        self.prev: Hit | None = None

    def coordinated(self, s: int, granularity: Granularity, *, strict: bool = False) -> bool:
        """Whether ``s`` follows "and"/"or"/a comma after a mention of the same shape.

        ``strict`` (years): a bare comma counts only inside a list ("in 2016, 2017 and
        2018"), never before a count ("In 2019, 1500 people...").
        """
        prev = self.prev
        if prev is None or prev.window.granularity is not granularity:
            return False
        coord = BACK_COORD.match(self.text, max(self.floor, s - 8), s)
        if coord is None or coord.start() != prev.end:
            return False
        if strict and coord.group().strip() == ",":
            return LIST_GOES_ON.match(self.text, s + 4, s + 12) is not None
        return True

    def preceded(self, pos: int, word: str) -> bool:
        """Whether ``word`` appears in the few words before ``pos`` (for "between ... and")."""
        before = self.text[max(self.floor, pos - 40) : pos].lower()
        return f"{word} " in before

    def year_after(self, pos: int) -> tuple[int | None, int]:
        """The year stated at ``pos`` ("2025", "of 1990", "last year") and where it ends."""
        m = AFTER_YEAR.match(self.text, pos, pos + 16)
        if m is not None:
            return int(m["y"]), m.end()
        rel = None
        if self.pub_day is not None and self.text.startswith(_REL_YEAR_STARTS, pos):
            rel = AFTER_REL_YEAR.match(self.text, pos, pos + 20)
        if rel is None or self.pub_day is None:
            return None, pos
        return self.pub_day.year + {"last": -1, "next": 1}.get(rel["rel"].lower(), 0), rel.end()

    def day_from_pub(self, s: int, e: int, offset: int, phrase: str, *, night: bool = False) -> Hit:
        """The day ``offset`` days from publication (or the night after it), read at ``s:e``.

        Without a publication date the window stays unresolved, named by ``phrase``.
        """
        granularity = Granularity.NIGHT if night else Granularity.DAY
        pub = self.pub_day
        if pub is None:
            return Hit(s, e, unresolved(granularity, phrase))
        day = pub + timedelta(days=offset)
        return Hit(s, e, window_of(day, day + timedelta(days=int(night)), granularity))
