"""The state of one scan over one text, and the look-ups every reader shares.

A :class:`Scan` holds the text, the publication day, the floor below which the text
is already read, the previous reading (for lists and ranges) and the last day or
night named (for anaphora). A :class:`Hit` is one reading: a span and its window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from ...models import Granularity, TimeWindow, day_of
from ...rules.shipped import shipped_word_class
from .patterns import AFTER_REL_YEAR, AFTER_YEAR, BACK_COORD, LIST_GOES_ON
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
_ANY_AHEAD: Final = _AHEAD | _AHEAD_TO
_CUES: Final = _ANY_AHEAD | _PAST
_CUE_ENDINGS: Final = ("ed", "'ll")  # regular past verbs, "they'll"
# The same words as a plain split leaves them, punctuation and all ("will,"): most
# clauses are settled by this look-up, before the clause is cut into words (which
# costs more than the rest of a date's reading).
_ANY_AHEAD_RAW: Final = frozenset(
    form
    for word in _ANY_AHEAD | {w.replace("'", "’") for w in _ANY_AHEAD}
    for form in (word, *(word + p for p in ",.;:!?)\"”’'"), *(p + word for p in "(\"“‘'"))
)
# The clause's words, split in C: a loop over a dozen words costs less than any
# search for the cues in the engine (a trie of them, searched both ways, took a fifth
# of the scan; a findall of words, a tenth; a translation table, as much).
_PUNCTUATION: Final = ",.;:!?()[]—–-/“”\"‘'"  # stripped from the ends of the words
# A clause ends at a sentence's end, a semicolon, a line or a quotation mark.
_CLAUSE_ENDS: Final = (".", "!", "?", ";", "”", '"')
_QUOTES: Final = ("“", '"', "‘")
_CONTRACTED_WILL = re.compile(r"\w['’]ll\b")  # "they'll"
_COPULA_BEFORE: Final = (" is ", " are ", "'s ", "’s ", " is on ", " are on ")
_CLAUSE_REACH = 60  # characters looked at on each side of a date for its verb


def _contracted_will(sentence: str) -> bool:
    """Whether ``sentence`` has a "they'll" (a plain look-up first: the search is slow)."""
    return ("'ll" in sentence or "’ll" in sentence) and bool(_CONTRACTED_WILL.search(sentence))


def _found(index: int, default: int) -> int:
    """``index`` as ``str.find`` gives it, or ``default`` where nothing was found."""
    return default if index < 0 else index


def _tense(word: str, before: str, after: str) -> bool | None:
    """What ``word`` (between ``before`` and ``after``) says of its clause: True ahead,
    False past, None nothing."""
    if word in _AHEAD:
        if before in _DETERMINERS:
            return None  # "the start of March", "a run on the bank": nouns
        # "closed due to floods": "due to" before a noun gives a cause
        return word != "due" or after != "to"
    if word.endswith("'ll") or (word in _AHEAD_TO and after == "to"):
        return True
    if word in _PAST or (len(word) > 4 and word.endswith("ed") and word[-4:-2] != "ee"):
        # "will be closed", "will cut rates": a participle after "be", or a base form
        # after a modal or "to", leaves the tense to the word before
        return None if before == "be" or before == "to" or before in _AHEAD else False
    return None


def _tense_before(tokens: list[str]) -> bool | None:
    """The tense the nearest cue among ``tokens`` (the words before a date) gives.

    The clause ends at a word that closes one ("said;", "U.S." too, which only costs
    a cue) or opens a quotation ("“Something will happen,” he said on Monday").
    """
    after = ""
    for j in range(len(tokens) - 1, -1, -1):
        token = tokens[j]
        if token.endswith(_CLAUSE_ENDS):
            return None
        word = token.strip(_PUNCTUATION)
        if word in _CUES or word.endswith(_CUE_ENDINGS):
            tense = _tense(word, tokens[j - 1].strip(_PUNCTUATION) if j else "", after)
            if tense is not None:
                return tense
        if token.startswith(_QUOTES):
            return None
        after = word
    return None


def _tense_after(tokens: list[str]) -> bool | None:
    """The tense the first cue among ``tokens`` (the words after a date) gives."""
    before = ""
    for j, token in enumerate(tokens):
        if token.startswith(_QUOTES):
            return None
        word = token.strip(_PUNCTUATION)
        if word in _CUES or word.endswith(_CUE_ENDINGS):
            after = tokens[j + 1].strip(_PUNCTUATION) if j + 1 < len(tokens) else ""
            tense = _tense(word, before, after)
            if tense is not None:
                return tense
        if token.endswith(_CLAUSE_ENDS):
            return None
        before = word
    return None


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
        if text.endswith(_COPULA_BEFORE, max(0, s - 8), s):
            return True  # "the derby is on Saturday"
        low = max(0, s - _CLAUSE_REACH)
        near = text[low : e + _CLAUSE_REACH].lower()
        if _ANY_AHEAD_RAW.isdisjoint(near.split()) and not _contracted_will(near):
            return False  # most clauses of news copy: nothing of what is to come
        # The sentence around the date: from the last line or sentence end before it
        # to the first after it ("Sept. 3-5, expects": an abbreviation's dot goes on).
        cut = max(near.rfind("\n", 0, s - low), near.rfind(". ", 0, s - low)) + 1
        skip = e + 1 - low if text.startswith(".", e) else e - low
        end = min(
            _found(near.find("\n", skip), len(near)), _found(near.find(". ", skip), len(near))
        )
        sentence = near[cut:end]
        s, skip = s - low - cut, skip - cut
        sentence = sentence.replace("’", "'")
        tense = _tense_before(sentence[:s].split())
        if tense is None:
            tense = _tense_after(sentence[skip:].split())
        return bool(tense)

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
