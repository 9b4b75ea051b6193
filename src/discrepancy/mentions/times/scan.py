"""The state of one scan over one text, and the look-ups every reader shares.

A :class:`Scan` holds the text, the publication day, the floor below which the text
is already read, the previous reading (for lists and ranges) and the last day or
night named (for anaphora). A :class:`Hit` is one reading: a span and its window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

import regex

from ...models import Granularity, TimeWindow, day_of
from ...rules.alternations import trie
from ...rules.shipped import shipped_word_class
from .patterns import AFTER_REL_YEAR, AFTER_YEAR, BACK_COORD, CLAUSE_END, LIST_GOES_ON
from .periods import unresolved, window_of
from .triggers import SHIPPED_HOLIDAYS, Holidays

_PERIOD_OF: Final = {
    Granularity.YEAR: "year",
    Granularity.MONTH: "month",
    Granularity.WEEK: "week",
}

_REL_YEAR_STARTS: Final = (" last", " this", " next", " of")

# The tense of a clause, for dates without a year or a "last"/"next": its nearest
# verb before the date decides, or after it when none before does.
_AHEAD: Final = shipped_word_class("ahead_cue", "windows.jsonl")
_AHEAD_TO: Final = shipped_word_class("ahead_to_cue", "windows.jsonl")
_PAST: Final = shipped_word_class("past_verb", "windows.jsonl")
_DETERMINERS: Final = shipped_word_class("cue_determiner", "windows.jsonl")
_WORD_BEFORE = regex.compile(r"(?r)\b([A-Za-z]+)[ \t]+")
# The cue words as one alternation, searched backwards (nearest first) and forwards:
# a search in the engine costs far less than a loop over the clause's words.
_CUE_WORDS: Final = _AHEAD | _AHEAD_TO | _PAST | {w.replace("'", "’") for w in _AHEAD}
_CUE = rf"\b(?:{trie(_CUE_WORDS)})\b|['’]ll\b|\b[A-Za-z]{{3,}}ed\b"
_CUE_BACK = regex.compile("(?r)" + _CUE, regex.IGNORECASE)
# Most clauses of news copy have no word of what is to come: a look-up of the
# clause's words settles them faster than any search (a tenth of the scan's time).
_ANY_AHEAD: Final = _CUE_WORDS - _PAST
_CUE_ON = regex.compile(_CUE, regex.IGNORECASE)
_CLAUSE_START = regex.compile(r"(?r)[.!?;\n]")
_TO = regex.compile(r"[ \t]+to\b")
_BE_BEFORE = regex.compile(r"\bbe[ \t]+$")
_COPULA_BEFORE: Final = ("is ", "are ", "'s ", "’s ")
_CLAUSE_REACH = 90  # characters looked at on each side of a date for its verb


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

    __slots__ = ("at", "floor", "holidays", "last_day", "prev", "pub_day", "text")

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
        self.at = (0, 0)  # the span of the trigger being read (for the tense of its clause)

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

    def ahead(self) -> bool:
        """Whether the clause of the trigger being read speaks of what is still to come.

        The nearest cue before the trigger decides: a modal or a verb of plans and
        schedules ("will", "starts", "plans to") says ahead, a past verb ("fell",
        "arrested") says back; a present copula just before it ("is on Saturday")
        says ahead. With no cue before, the first one after it decides ("On Friday,
        MPs will vote"). Without any cue the clause tells of the past.
        """
        text = self.text
        s, e = self.at
        before = text[max(0, s - 8) : s].lstrip().lower()
        if before.startswith(_COPULA_BEFORE) or before.endswith((" is on ", " are on ")):
            return True
        low = max(0, s - _CLAUSE_REACH)
        near = text[low : e + _CLAUSE_REACH].lower()
        if _ANY_AHEAD.isdisjoint(near.split()) and "'ll" not in near and "’ll" not in near:
            return False
        start = _CLAUSE_START.search(text, low, s)
        low = low if start is None else start.end()
        if text.startswith(".", e):  # "Sept. 3-5, expects": an abbreviation's dot
            e += 1
        stop = CLAUSE_END.search(text, e, e + _CLAUSE_REACH)
        high = e + _CLAUSE_REACH if stop is None else stop.start()
        pos = s
        while (m := _CUE_BACK.search(text, low, pos)) is not None:
            tense = self._tense(m)
            if tense is not None:
                return tense
            pos = m.start()
        while (m := _CUE_ON.search(text, e, high)) is not None:
            tense = self._tense(m)
            if tense is not None:
                return tense
            e = m.end()
        return False

    def _tense(self, m: regex.Match[str]) -> bool | None:
        """True for a word that says ahead, False for a past verb, None for neither."""
        word = m.group().lower().replace("’", "'")
        if word == "'ll":
            return True
        if word in _AHEAD:
            before = _WORD_BEFORE.match(self.text, max(0, m.start() - 8), m.start())
            if before is not None and before[1].lower() in _DETERMINERS:
                return None  # "the start of March", "a run on the bank": nouns
            # "closed due to floods": "due to" before a noun gives a cause
            return word != "due" or _TO.match(self.text, m.end()) is None
        if word in _AHEAD_TO and _TO.match(self.text, m.end()) is not None:
            return True
        if word in _PAST or (len(word) > 4 and word.endswith("ed") and word[-4:-2] != "ee"):
            # "will be closed": a participle after "be" leaves the tense to the modal
            return None if _BE_BEFORE.search(self.text, max(0, m.start() - 4), m.start()) else False
        return None

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
