"""The words a time expression is built from and the trigger scans that find its core.

Month, weekday, number and ordinal names, the regex fragments every pattern shares
(spaces, dashes, a month, a weekday, a year), and the three scans over the whole text
(capitalised words and digits; unit words after a space; holidays, quarters and
halves) whose hits the scanner reads one by one. The holidays are those of
``holidays.jsonl`` (:data:`SHIPPED_HOLIDAYS`) or of a caller's vocabulary
(:func:`holidays_for`).
"""

from __future__ import annotations

import calendar
import functools
import re
import threading
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import regex

from ...rules.alternations import trie
from ...rules.holidays import Holiday, load_holidays
from ...rules.vocab import Vocabulary

_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
MONTH_NAMES: Final = tuple(calendar.month_name)
WEEKDAYS: Final[dict[str, int]] = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_NUMBER_WORDS: Final[dict[str, int]] = {
    word: number
    for number, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six"),
            *("seven", "eight", "nine", "ten", "eleven", "twelve"),
        )
    )
} | {"a": 1, "an": 1}
# Most days a month can have, in any year (February 29 exists in leap years).
MAX_DAY: Final = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip


SP = r"[\x20\t\xa0\u2009\u202f]"  # horizontal space only: a date never spans lines
DASH = r"(?:-|–|—)"
ORD = r"(?:st|nd|rd|th)?"
NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
COUPLE = rf"(?:a{SP}++)?couple{SP}++of"  # "a couple of weeks ago": two"
YEAR = r"(?:1[89]|20)\d\d"

# Two trigger scans, each tuned so the engine can skip text fast (measured on news
# text: one combined pattern ran at 2-3 MB/s, these two together at about 25 MB/s).
# Capitalised words and digits: months, weekdays, years, ISO dates, and the
# relative words that stand alone at the start of a sentence.
_CAPS_TRIGGER = regex.compile(
    # No leading \b: a pattern that starts with literal characters lets the engine skip
    # fast. A look-behind for a word character keeps that skip and costs less than
    # checking the character before each hit in Python (measured: 8% of the scan).
    rf"""
    (?<!\w)
    (?:
        (?P<num> {YEAR}                               # 2022
            (?: -[01]\d-[0-3]\d                        # 2025-09-07
                (?: [T\x20][0-2]\d:[0-5]\d (?::[0-5]\d)?+ )?+    # T14:11, 14:11:05
              | (?<=0) ['’]?s                           # the 1990s, the 1980's
            )?+
        )
        | (?P<month>                                   # September, Sept, Sep (capitalised)
            J(?:an(?:uary)?|u(?:ne?|ly?)) | Feb(?:ruary)? | Ma(?:r(?:ch)?|y)
            | A(?:pr(?:il)?|ug(?:ust)?) | Sep(?:t(?:ember)?)? | Oct(?:ober)?
            | Nov(?:ember)? | Dec(?:ember)?
        )
        | (?P<weekday> {WEEKDAY} )                    # Saturday
        | (?P<word> Today|Tonight|Tomorrow|Yesterday|Overnight )
    )\b
    """,
    regex.VERBOSE,
)
# Relative phrases, found by their unit word after a space ("last night", "the same
# day", "the past 24 hours"): a leading literal space lets the stdlib engine skip
# from space to space, which is more than twice as fast here as the regex module.
# Factored on shared prefixes ("ma(?:r(?:ch)?|y)"): a flat list of the lower-case
# month names here halved the scan's speed. The lower-case seasons share the prefixes
# of units and months; capitalised ones ride in the holidays' trie (see _SEASON_WORDS).
_UNITS = r"""(
        t(?:o(?:day|night|morrow)) | yesterday | overnight  # whole phrases on their own
        | y(?:ears?) | nights? | w(?:eek(?:end|s)?|inter) | days? | hours | evening
        | m(?:onths?|orning|a(?:r(?:ch)?|y)) | dec(?:ades?|ember)?   # units, lower-case
        | a(?:fternoon|pr(?:il)?|u(?:g(?:ust)?|tumn)) | f(?:ortnights?|all)   # months and
        | quarters? | half                                                    # seasons
        | j(?:an(?:uary)?|u(?:ne?|ly?)) | feb(?:ruary)? | s(?:ep(?:t(?:ember)?)?|pring|ummer)
        | oct(?:ober)? | nov(?:ember)?
    )\b"""
_UNIT_TRIGGER = re.compile(r"[\x20\xa0\n(\"“‘'-]" + _UNITS, re.VERBOSE)
_UNIT_AT_START = re.compile(_UNITS, re.VERBOSE)
LOWER_MONTHS: Final = frozenset((*(name.lower() for name in MONTH_NAMES[1:]), *_MONTHS, "sept"))
DAY_WORDS: Final = frozenset({"today", "tonight", "tomorrow", "yesterday", "overnight"})


def norm(phrase: str) -> str:
    """A phrase lower-cased, its spaces folded to one."""
    return " ".join(phrase.lower().split())


# A space inside a holiday's name: a space or a no-break space, one of them.
_SPACE = r"[\x20\xa0]"

# Quarters and halves ("Q2", "H1") ride along as two more words of the holidays' trie:
# in the trigger scan of capitalised words they made the engine stop at every capital
# H, and as a group of their own here they cost the stdlib engine its fast
# literal-prefix search.
_QUARTER_WORDS: Final = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2"})
# Capitalised seasons ("Summer 2023", "Last Winter") ride along too: as five more
# branches of the unit scan they cost it a third of its speed (measured).
_SEASON_WORDS: Final = frozenset({"Spring", "Summer", "Autumn", "Fall", "Winter"})


_TRIE_KINDS: Final = {word: "qh" for word in _QUARTER_WORDS} | {
    word: "season" for word in _SEASON_WORDS
}


@dataclass(frozen=True)
class Holidays:
    """The holidays a scan reads: each by its lower-case form, and the scan of their forms.

    Attributes:
        by_form: the holiday of each lower-case form.
        trigger: finds every form as written (the scan is case-sensitive), and the
            quarters and halves.
    """

    by_form: Mapping[str, Holiday]
    trigger: re.Pattern[str]


@functools.lru_cache(maxsize=16)
def _compiled(by_form: tuple[tuple[str, Holiday], ...]) -> Holidays:
    """The holidays of ``by_form`` (form, holiday) pairs, compiled once per set of entries."""
    forms = {f for _, holiday in by_form for f in holiday.forms if f.strip()}
    return Holidays(
        # Keyed as the reader looks a form up: spaces folded, so a form written with
        # two spaces or a tab is found too.
        by_form={norm(form): holiday for form, holiday in by_form},
        trigger=re.compile(trie(forms | _QUARTER_WORDS | _SEASON_WORDS, space=_SPACE) + r"\b"),
    )


SHIPPED_HOLIDAYS: Final = _compiled(tuple(load_holidays().items()))
_BY_VOCABULARY: weakref.WeakKeyDictionary[Vocabulary, Holidays] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def holidays_for(vocabulary: Vocabulary) -> Holidays:
    """The holidays of a vocabulary, compiled once per set of holiday entries.

    A vocabulary whose holidays are the shipped ones (the default, and any vocabulary
    extended with other kinds only) shares :data:`SHIPPED_HOLIDAYS`.

    >>> from discrepancy.rules.vocab import Vocabulary
    >>> holidays_for(Vocabulary.default()) is SHIPPED_HOLIDAYS
    True
    """
    found = _BY_VOCABULARY.get(vocabulary)
    if found is None:
        # Keyed by the entries: vocabularies with the same holidays share one table.
        found = _compiled(tuple(vocabulary.holidays.items()))
        with _LOCK:
            found = _BY_VOCABULARY.setdefault(vocabulary, found)
    return found


def find_triggers(text: str, holidays: Holidays = SHIPPED_HOLIDAYS) -> list[tuple[int, int, str]]:
    """The core of every candidate expression, in text order, as (start, end, kind).

    ``kind`` says which reader takes it: ``num`` (a year, an ISO date, a decade),
    ``month``, ``weekday``, ``word`` (a capitalised day word such as "Yesterday"),
    ``unit`` (a unit word, a lower-case month or season after a space), ``holiday``,
    ``qh`` (a quarter or half: "Q2", "H1") or ``season`` (a capitalised season).
    Holidays are the forms of ``holidays``.

    >>> find_triggers("On Sunday, 2 days after Easter 2024")
    [(3, 9, 'weekday'), (13, 17, 'unit'), (24, 30, 'holiday'), (31, 35, 'num')]
    """
    triggers = [(m.start(), m.end(), m.lastgroup or "") for m in _CAPS_TRIGGER.finditer(text)]
    triggers += [(m.start(1), m.end(1), "unit") for m in _UNIT_TRIGGER.finditer(text)]
    triggers += [
        (m.start(), m.end(), _TRIE_KINDS.get(m.group(), "holiday"))
        for m in holidays.trigger.finditer(text)
        if not (m.start() and text[m.start() - 1].isalnum())
    ]
    first = _UNIT_AT_START.match(text)
    if first is not None:
        triggers.append((0, first.end(1), "unit"))
    triggers.sort()
    return triggers


def month_number(token: str) -> int:
    """The number of a month name or abbreviation ("Sept" is 9)."""
    return _MONTHS[token[:3].lower()]


def to_number(token: str) -> int | None:
    """The count a token names: digits, a number word, "a"/"an" (1), "a couple of" (2).

    >>> to_number("24"), to_number("five"), to_number("a couple of"), to_number("dozens")
    (24, 5, 2, None)
    """
    if token.isdigit():
        return int(token)
    if token.lower().split()[-1:] == ["of"]:  # "a couple of"
        return 2
    return _NUMBER_WORDS.get(token.lower())
