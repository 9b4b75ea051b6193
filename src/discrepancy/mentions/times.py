"""Time expressions in news text, resolved against the publication date.

A figure only compares with another when both cover the same period: "91 drones
overnight", "502 drones last night" and "1,300 drones in the first five days of
September" are three different windows. :func:`find_times` finds every date or
time-window expression in a text and resolves it to a :class:`TimeWindow`.

How the scan works: one compiled trigger regex finds the core of each expression
(a month name, a weekday, a four-digit year, an ISO date or a relative phrase such
as "last night"); a few small anchored patterns then look a bounded distance back
(prepositions, "early"/"late", "the first five days of", a day number) and ahead
(day, year, range end, time of day). Every pattern is bounded, so the scan is
linear in the length of the text.

Reading rules (the contract the tests check):

* Relative words resolve against the publication day: a weekday ("on Saturday")
  is the latest such day on or before publication ("last Saturday" strictly
  before, "next Saturday" strictly after, "this Saturday" in the publication's
  Monday-to-Sunday week); "last night" and "overnight" are the night from the day
  before publication to publication day (granularity ``night``); "this week" and
  "earlier this week" run from the Monday of the publication week to publication
  day; "last week" is the previous Monday to Sunday, while "the last week" and
  "the past week" are the seven days up to publication.
* Without a publication date a relative phrase is not guessed: the window has
  ``start``/``end`` None, ``unknown == ("start", "end")`` and ``relative`` holds
  the normalised phrase ("overnight", "saturday", "last month").
* A month and day with no year take the year from the publication date (the year
  that puts the date on or before publication) and list ``"year"`` in
  ``inferred``; with no publication date the year stays unknown
  (``unknown == ("year",)``, ``month_day`` set, ``start``/``end`` None).
* Anaphora ("the same day", "that day", "the day before", "the next day", "that
  night") are carried from the closest earlier single-day (or night) mention in
  the same text. The link is a heuristic, so such windows list ``"start"`` and
  ``"end"`` in ``inferred``: that is how a reader tells a carried day from a
  stated one.
* Not dates: ``May``/``March`` without a day, a year or a preposition ("May they
  have...", "March organisers said"), lowercase "march"/"may", numeric dates such
  as ``5/9/2025`` (day and month order is ambiguous), bare numbers, clock times
  without a date ("0:00 0:02:36"), weekday names inside names ("Sunday
  Times"), and a quarter or half with no year ("in the third quarter" of a game).
* Offsets ("two years ago", "in three weeks' time"), quarters and halves ("Q2",
  "H1 2024"), decades, parts of periods ("late last year", "the end of 2026"),
  ranges ending "now", holidays (``data/holidays.jsonl``), "year to date", periods
  ending on a day ("the week to Sunday") and lists ("in 2016 and 2018"): the table
  in docs/concepts/time-windows.md gives each reading.

>>> from datetime import date
>>> [(t.surface, str(t.window)) for t in find_times(
...     "Russia launched 502 drones last night. Putin spoke on Wednesday.",
...     published=date(2025, 9, 4))]
[('last night', 'night:2025-09-03..2025-09-04'), ('on Wednesday', 'day:2025-09-03..2025-09-03')]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Final

import regex

from .._exceptions import InputTypeError, ParseError
from ..models import Granularity, TimeMention, TimePart, TimeWindow, trusted
from ..rules.holidays import load_holidays, nth_weekday
from ..text.gate import require_text

__all__ = ["find_times", "parse_time"]

# --------------------------------------------------------------------------- vocabulary

_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_MONTH_NAMES: Final = tuple(calendar.month_name)
_WEEKDAYS: Final[dict[str, int]] = {
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
_MAX_DAY: Final = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip


def _trie(words: Iterable[str]) -> str:
    r"""One regex for many literal words, factored on shared prefixes.

    An alternation of fifty names costs the engine fifty tries at every capital
    letter; the factored form costs about one (measured: 1.6x faster in the stdlib engine).

    >>> print(_trie(["Easter", "Easter Monday", "Eve"]))
    E(?:aster(?:[\x20\xa0]Monday)?|ve)
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alternatives = [
            (re.escape(char) if char != " " else r"[\x20\xa0]") + emit(sub)
            for char, sub in sorted(node.items())
            if char
        ]
        optional = "" in node
        if len(alternatives) == 1 and not optional:
            return alternatives[0]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        if optional:
            return f"(?:{body})?" if len(alternatives) == 1 else body + "?"
        return body

    return emit(tree)


_HOLIDAYS: Final = load_holidays()
# Capitalised forms as written (the scan is case-sensitive), in a scan of their own.
# Quarters and halves ("Q2", "H1") ride along as two more words of the trie: in the
# trigger scan above they made the engine stop at every capital H, and as a group of
# their own here they cost the stdlib engine its fast literal-prefix search.
_QUARTER_WORDS: Final = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2"})
_HOLIDAY_TRIGGER: Final = re.compile(
    f"(?:{_trie({f for h in _HOLIDAYS.values() for f in h.forms} | _QUARTER_WORDS)})" + r"\b"
)

# --------------------------------------------------------------------------- patterns

_SP = r"[\x20\t\xa0\u2009\u202f]"  # horizontal space only: a date never spans lines
_DASH = r"(?:-|–|—)"
_ORD = r"(?:st|nd|rd|th)?"
_NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_COUPLE = rf"(?:a{_SP}++)?couple{_SP}++of"  # "a couple of weeks ago": two"
_YEAR = r"(?:1[89]|20)\d\d"

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
        (?P<num> {_YEAR}                               # 2022
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
        | (?P<weekday> {_WEEKDAY} )                    # Saturday
        | (?P<word> Today|Tonight|Tomorrow|Yesterday|Overnight )
    )\b
    """,
    regex.VERBOSE,
)
# Relative phrases, found by their unit word after a space ("last night", "the same
# day", "the past 24 hours"): a leading literal space lets the stdlib engine skip
# from space to space, which is more than twice as fast here as the regex module.
# Factored on shared prefixes ("ma(?:r(?:ch)?|y)"): a flat list of the lower-case
# month names here halved the scan's speed.
_UNITS = r"""(
        t(?:o(?:day|night|morrow)) | yesterday | overnight  # whole phrases on their own
        | y(?:ears?) | nights? | week(?:end|s)? | days? | hours | evening
        | m(?:onths?|orning|a(?:r(?:ch)?|y)) | dec(?:ades?|ember)?   # units, and lower-case
        | a(?:fternoon|pr(?:il)?|ug(?:ust)?) | fortnights? | quarters? | half     # months
        | j(?:an(?:uary)?|u(?:ne?|ly?)) | feb(?:ruary)? | sep(?:t(?:ember)?)?
        | oct(?:ober)? | nov(?:ember)?
    )\b"""
_UNIT_TRIGGER = re.compile(r"[\x20\xa0\n(\"“‘'-]" + _UNITS, re.VERBOSE)
_UNIT_AT_START = re.compile(_UNITS, re.VERBOSE)
_LOWER_MONTHS: Final = frozenset((*(name.lower() for name in _MONTH_NAMES[1:]), *_MONTHS, "sept"))
_DAY_WORDS: Final = frozenset({"today", "tonight", "tomorrow", "yesterday", "overnight"})
# The whole relative phrase, matched backwards from the end of its unit word.
_RELATIVE = regex.compile(
    rf"""(?r)\b(?i:
        (?P<r_ana>                                     # anaphora: carried from an earlier day
            same{_SP}++(?:day|night)
            | that{_SP}++(?:day|night)
            | (?:day|night){_SP}++(?:before|after)
            | (?:previous|next|following){_SP}++(?:day|night)
            | (?:a|one|two|three|four|five|six|seven|\d){_SP}++days?{_SP}++(?:earlier|later)
        )
        | (?P<r_wkend>                                 # the weekend just gone (or under way)
            (?: (?:over|at|during|on|in){_SP}++ )? the{_SP}++ (?:past{_SP}++)? weekend
            | this{_SP}++past{_SP}++weekend
          )
        | (?P<r_mod> last|this|next|past|coming|previous|current ) {_SP}++
          (?P<r_unit> night|weekend|week|fortnight|month|quarter|year|decade
                      |morning|afternoon|evening )
        | (?P<r_span> past|last|previous|next|coming ) {_SP}++
          (?P<r_n> \d{{1,3}}|{_NUMWORD}|{_COUPLE} ) {_SP}++
          (?P<r_units> hours|days|weeks|fortnights|months|quarters|years|decades )
        | (?P<r_since> since{_SP}++the{_SP}++(?:start|beginning){_SP}++of{_SP}++
          (?:the|this){_SP}++(?P<r_since_unit>week|month|year) )
    )\b
    """,
    regex.VERBOSE,
)
# Offsets and periods of now, in a pattern of their own: tried only where a cue says
# they may be there ("ago", "in", "of the"), they leave the common case its speed.
_NEAR_NOW = regex.compile(
    rf"""(?r)\b(?i:
        (?P<r_ago_n> \d{{1,3}}|{_NUMWORD}|a|an|{_COUPLE} ) {_SP}++  # two years ago, a week hence
          (?P<r_ago_u> days?|weeks?|fortnights?|months?|years?|decades? ) {_SP}++
          (?P<r_ago_dir> ago | from{_SP}++(?:now|today) | hence )
        | (?P<r_in> in ) {_SP}++ (?:(?:another|about|around|roughly|just|only){_SP}++)?
          (?P<r_in_n> \d{{1,3}}|{_NUMWORD}|a|an|{_COUPLE} ) {_SP}++  # in three weeks('s time)
          (?P<r_in_u> days?|weeks?|fortnights?|months?|years?|decades? )
          (?P<r_in_time> ['’]s?{_SP}++time )?
        | (?P<r_rest> rest|remainder ) {_SP}++of{_SP}++(?:the|this){_SP}++
          (?P<r_rest_u> week|month|quarter|year )                 # the rest of the month
        | (?P<r_part> end|start|beginning|middle|close ) {_SP}++of{_SP}++the{_SP}++
          (?P<r_part_u> week|month|quarter|year )                 # the end of the year
        | (?P<r_todate> year|month|quarter|week ) (?:{_SP}++|-) to (?:{_SP}++|-) date
    )\b
    """,
    regex.VERBOSE,
)
_OF_THE: Final = (" of the ", " of this ")
_AFTER_UNIT = regex.compile(
    rf"""(?:
        {_SP}++(?:earlier|later|before|after|ago|hence|from{_SP}++(?:now|today)|to{_SP}++date)
      | -to-date | ['’]s?{_SP}++time
    )\b""",
    regex.I | regex.VERBOSE,
)

# Look-behind patterns run in reverse mode ((?r)): ``match(text, floor, end)`` is
# anchored at ``end``, so they only read the few characters before a trigger.
_BACK_DAY = regex.compile(
    rf"""(?r)
    (?: (?P<wd>{_WEEKDAY}) ,?{_SP}++ )?                         # "Tuesday, 7 March"
    (?: (?P<the>the){_SP}++ )?
    (?: \b(?P<d1>\d{{1,2}}){_ORD} {_SP}*+ (?P<conj>{_DASH}|to|until|through|and) {_SP}*+ )?
    \b(?P<d>\d{{1,2}}){_ORD} {_SP}++ (?:of{_SP}++)?             # "5 September", "5th of May"
    """,
    regex.VERBOSE,
)
_BACK_WEEKDAY = regex.compile(
    rf"(?r)(?:\b(?P<mod>on|this|last){_SP}++)?\b(?P<wd>{_WEEKDAY}),?{_SP}++(?:the{_SP}++)?",
    regex.VERBOSE,
)
_BACK_MONTH_MOD = regex.compile(
    rf"""(?r)
    (?: \b(?P<prep>in|on|from|since|by|until|during|before|after){_SP}++ )?
    (?: just{_SP}++ )?
    (?P<core>
        (?: the{_SP}++ )? (?: very{_SP}++ )?
        (?P<pos> early|mid|late|end|start|beginning|middle ) (?:{_SP}++of{_SP}++|{_SP}++|-)
      | the{_SP}++ (?P<fl>first|last){_SP}++ (?P<n>\d{{1,2}}|{_NUMWORD}){_SP}++
        (?P<unit>days|weeks){_SP}++of{_SP}++                  # the first five days of
      | the{_SP}++ (?P<fl1>first|last){_SP}++week{_SP}++of{_SP}++
      | the{_SP}++ (?P<half>first|second){_SP}++half{_SP}++of{_SP}++
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BACK_NIGHT_OF = regex.compile(rf"(?r)(?:\bon{_SP}++)?\bthe{_SP}++night{_SP}++of{_SP}++", regex.I)
_BACK_PREP = regex.compile(
    rf"""(?r)
    \b(?:
        (?P<keep> on|in|during|from|since|between|last|this|next|the{_SP}++month{_SP}++of )
      | (?P<cue> until|till|by|before|after|throughout|through|of|and|to )
    ){_SP}++
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BACK_WEEKDAY_MOD = regex.compile(
    rf"(?r)\b(?P<mod>on|last|next|this|since|from|between|early|late|past|coming){_SP}++",
    regex.I,
)
_BACK_NAMED_DAY = regex.compile(
    rf"(?r)\b(?:Good|Black|Cyber|Super|Bloody|Ash|Easter|Palm|Holy|Maundy|Shrove){_SP}++"
)
_BACK_THE = regex.compile(rf"(?r)\b(?:(?P<prep>on|of){_SP}++)?(?P<the>the|that|a){_SP}++", regex.I)
_BACK_EARLIER = regex.compile(rf"(?r)\b(?:earlier|later|so{_SP}++far){_SP}++", regex.I)
_BACK_ON = regex.compile(rf"(?r)\b(?:on|in){_SP}++", regex.I)
_BACK_YEAR_CUE = regex.compile(
    rf"""(?r)
    (?: \b(?:in|since|of|by|until|till|from|during|before|after|between|early|late|the|year
           |spring|summer|autumn|fall|winter|end{_SP}++of|start{_SP}++of|beginning{_SP}++of)
        (?:{_SP}++|-)
      | \bmid- | ['’]s{_SP}++ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_ABBREV_DOT = regex.compile(rf"\.(?={_SP}*+\d)")
_AFTER_DAY = regex.compile(
    rf"""
    {_SP}++ (?P<d>\d{{1,2}}){_ORD} \b (?![:.,]?\d|{_SP}*%)      # "September 5", "Sept. 5th"
    (?:
        {_SP}*+ (?P<conj>{_DASH}|to|until|till|through|and) {_SP}*+
        (?: (?P<m2>{_MONTH})\.?{_SP}++ )?
        (?P<d2>\d{{1,2}}){_ORD} \b (?![:.,]?\d|{_SP}*%)          # "1-5", "28 to September 3"
    )?+
    """,
    regex.VERBOSE,
)
_AFTER_B_RANGE = regex.compile(
    rf"""
    {_SP}*+ (?P<conj>{_DASH}|to|until|till|through|and) {_SP}*+
    (?P<d2>\d{{1,2}}){_ORD} {_SP}++ (?:of{_SP}++)?
    (?P<m2>{_MONTH})\b                                   # "28 August to 3 September"
    """,
    regex.VERBOSE,
)
_AFTER_MONTH_RANGE = regex.compile(
    rf"""
    {_SP}*+ (?P<conj>{_DASH}|to|until|till|through|and) {_SP}*+
    (?P<m2>{_MONTH})\b (?:\.(?={_SP}*+\d))?                # "May to Oct. 2025"
    """,
    regex.VERBOSE,
)
_AFTER_YEAR = regex.compile(
    rf"(?:,{_SP}*+|{_SP}++(?:of{_SP}++)?)(?P<y>{_YEAR})\b(?![.,:/]?\d|-\d)",  # "June of 1990"
)
# "in March last year", "June of next year": a year named relative to publication.
_AFTER_REL_YEAR = regex.compile(
    rf"{_SP}++(?:of{_SP}++)?(?P<rel>last|this|next){_SP}++year\b", regex.I
)
_AFTER_TIME = regex.compile(
    rf"""
    (?: ,?{_SP}*+ (?:at{_SP}++)? | T )
    (?P<h>[01]?\d|2[0-3])
    (?: :(?P<mi>[0-5]\d) )?
    (?: {_SP}?+ (?P<ap>[AaPp]) \.?+ [Mm] (?:\.|\b) )?
    (?![\d:])
    """,
    regex.VERBOSE,
)
_AFTER_WEEKDAY = regex.compile(
    rf"""
    {_SP}++ (?P<part>night|morning|afternoon|evening)\b
    | {_SP}*+ (?P<conj>{_DASH}|to|until|through|and) {_SP}*+ (?P<wd2>{_WEEKDAY})\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_WEEKDAY_THEN_DATE = regex.compile(
    rf",?{_SP}++(?:the{_SP}++)?(?:\d{{1,2}}{_ORD}{_SP}++(?:of{_SP}++)?{_MONTH}\b|{_MONTH}\b\.?{_SP}*+\d)"
)
_AFTER_NAME = regex.compile(
    rf"{_SP}++(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Observer|Star"
    rf"|Tribune|People|Sport|World|Business|Review|League|School|Service)\b"
)
_AFTER_DAYPART = regex.compile(rf"{_SP}++(?P<part>morning|afternoon|evening|night)\b", regex.I)
# "overnight into Thursday" is the night before Thursday; "overnight Saturday" (US wire
# style) is Saturday night, optionally "... into Sunday".
_AFTER_OVERNIGHT = regex.compile(
    rf"""{_SP}++(?:(?P<into>into|on|to){_SP}++)?(?P<wd>{_WEEKDAY})\b
    (?: {_SP}++(?:into|to){_SP}++(?P<wd2>{_WEEKDAY})\b )?""",
    regex.VERBOSE,
)
_AFTER_YESTERDAY = regex.compile(rf"{_SP}++yesterday\b", regex.I)
# "the day before the summit" is relative to an event, not to an earlier date.
_AFTER_EVENT = regex.compile(
    rf"{_SP}++(?:the|a|an|his|her|its|their|our|my|this|that|\p{{Lu}}|\d)\b", regex.I
)
_AFTER_OF = regex.compile(rf"{_SP}++of{_SP}", regex.I)
_AFTER_YEAR_RANGE = regex.compile(
    rf"{_SP}*+(?P<conj>{_DASH}|to|until|through|and){_SP}*+(?P<y2>{_YEAR})\b(?![.,:/]?\d|-\d)"
)

# Patterns a first reading is widened or narrowed by (see ``_Scanner._widen``).
_BACK_PART = regex.compile(  # "late last year", "mid-2023"
    rf"""(?r)
    (?: (?:\bthe{_SP}++)? \b(?P<pos>early|mid|late) (?:{_SP}++|-)
      | (?:\bthe{_SP}++)? (?:very{_SP}++)?
        \b(?P<pos2>end|start|beginning|middle|close) {_SP}++of{_SP}++ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BACK_PERIOD_TO = regex.compile(  # "in the week to Sunday"
    rf"""(?r)
    (?: \b(?:in|over|during|for){_SP}++ )? \bthe{_SP}++
    (?: (?P<n>\d{{1,2}}|{_NUMWORD}) (?:{_SP}++|-) )?
    (?P<unit>weeks?|months?|quarters?|years?)
    {_SP}++ (?:to|ending|ended|through|thru|until) {_SP}++
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BACK_OPEN = regex.compile(rf"(?r)\b(?P<w>from|between){_SP}++", regex.I)
_JOIN = regex.compile(rf"{_SP}*+(?P<conj>and|to|until|till|through|{_DASH}){_SP}*+", regex.I)
_AFTER_TO_NOW = regex.compile(
    rf"{_SP}*+(?P<conj>and|to|until|till|through|{_DASH}){_SP}*+(?:now|today|the{_SP}++present|date)\b",
    regex.I,
)
_BACK_COORD = regex.compile(rf"(?r)(?:,{_SP}*+(?:(?:and|or){_SP}++)?|{_SP}++(?:and|or|&){_SP}++)")
_BACK_ORDINAL = regex.compile(  # "the third quarter"
    rf"(?r)(?:\bthe{_SP}++)?\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:{_SP}++|-)",
    regex.I,
)
_AFTER_PERIOD_YEAR = regex.compile(  # "of 2023", "of last year"
    rf"""(?: {_SP}++ (?:of{_SP}++)? | ['’] (?=\d\d\b) )
    (?: (?P<y>{_YEAR})\b(?![.,:/]?\d) | (?P<yy>\d\d)\b
      | (?P<rel>last|this|next|the){_SP}++year\b )""",
    regex.VERBOSE | regex.IGNORECASE,
)
_AFTER_WEEK_OF = regex.compile(  # "on Friday next week"
    rf"{_SP}++(?:of{_SP}++)?(?P<rel>this|last|next){_SP}++week\b", regex.I
)
_BACK_NTH = regex.compile(  # "the first Monday of June"
    rf"(?r)\bthe{_SP}++(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th){_SP}++",
    regex.I,
)
_AFTER_OF_MONTH = regex.compile(rf"{_SP}++(?:of|in){_SP}++(?P<m>{_MONTH})\b(?:\.(?={_SP}*+\d))?")
_AFTER_THE_NTH = regex.compile(  # "Friday the 12th"
    rf",?{_SP}++the{_SP}++(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
)
_BACK_HOLIDAY = regex.compile(
    rf"""(?r)\b(?P<w>on|at|over|before|after|since|until|till|by|during|for|around|from
    |through|in|of|this|last|next|the|ahead{_SP}++of){_SP}++""",
    regex.VERBOSE | regex.IGNORECASE,
)
_FUTURE_CUE = regex.compile(
    r"""\b(?:will|shall|won['’]t|['’]ll|due|scheduled|expected|set{_SP}to|going{_SP}to|plans?|planned
    |aims?|hopes?|intends?|would|could|should|might|must|opens?|begins?|starts?|ends?|expires?
    |resumes?|returns?|reopens?|takes?{_SP}effect)\b""".replace("{_SP}", _SP),
    regex.VERBOSE | regex.IGNORECASE,
)
_LIST_GOES_ON = regex.compile(rf"(?:,|{_SP}++(?:and|or)\b)")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_BACK_COPULA = regex.compile(
    rf"(?r)\b(?:is|are|['’]s|was|were|be){_SP}++"
)  # "the vote is in two weeks"
_DIGIT4 = re.compile(r"\d{4}")

_DIGIT = re.compile(r"\d")
_OPENERS: Final = frozenset({"from", "betw", "From", "Betw"})
_YEAR_BEFORE_BAD = frozenset("0123456789/.-:,$€£#+")


# --------------------------------------------------------------------------- helpers


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _last_day(year, month)))


def _month_number(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if token.lower().split()[-1:] == ["of"]:  # "a couple of"
        return 2
    return _NUMBER_WORDS.get(token.lower())


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_date(pub: date, weekday: int, mode: str) -> date:
    """The day called ``weekday`` as read on ``pub`` (see the module rules)."""
    if mode in ("last", "past"):
        return pub - timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    if mode in ("next", "coming"):
        return pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    if mode == "this":
        return _monday(pub) + timedelta(days=weekday)
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


# Frozen windows are shared: the same few windows recur throughout a text (and a
# corpus), and building one through pydantic costs more than the rest of a match.
@lru_cache(maxsize=4096)
def _unresolved(granularity: Granularity, phrase: str) -> TimeWindow:
    return TimeWindow(granularity=granularity, unknown=("start", "end"), relative=phrase)


@lru_cache(maxsize=4096)
def _window(
    start: date | datetime,
    end: date | datetime,
    granularity: Granularity,
    inferred: tuple[TimePart, ...] = (),
) -> TimeWindow:
    return TimeWindow(start=start, end=end, granularity=granularity, inferred=inferred)


@lru_cache(maxsize=4096)
def _no_year(
    granularity: Granularity, month_day: tuple[tuple[int, int], tuple[int, int]]
) -> TimeWindow:
    return TimeWindow(granularity=granularity, unknown=("year",), month_day=month_day)


def _shift_md(month_day: tuple[int, int], days: int) -> tuple[int, int]:
    """Move a month-day with no known year, counting February 29 only when given."""
    year = 2000 if month_day == (2, 29) else 2001
    moved = date(year, *month_day) + timedelta(days=days)
    return moved.month, moved.day


_PERIOD_OF: Final = {
    Granularity.YEAR: "year",
    Granularity.MONTH: "month",
    Granularity.WEEK: "week",
}
_JOINERS: Final = (
    " and ",
    " to ",
    " until ",
    " till ",
    " through ",
    "-",
    "–",
    "—",
    " -",
    " –",
    " —",
)
_SAME_MOD: Final = {"coming": "next", "previous": "last", "current": "this"}
_REL_YEAR_STARTS: Final = (" last", " this", " next", " of")
_WEEK_OF_STARTS: Final = (" next", " last", " this", " of")
_THE_NTH_STARTS: Final = (" the", ", the")
_WIDEN_TAILS: Final = (
    *(" to ", " ending ", " ended ", " through ", " thru ", " until ", " of ", "ince "),
    *("early ", "Early ", "mid-", "Mid-", "mid ", "Mid ", "late ", "Late ", "late-", "Late-"),
)
_ORDINAL_TAILS: Final = tuple(
    word + sep
    for base in ("first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th")
    for word in (base, base.capitalize())
    for sep in (" ", "-")
)
_SINCE: Final = ("since ", "Since ")
_ENDING_WORDS: Final = frozenset({"to", "ending", "ended", "through", "thru", "until"})
_PART_WORDS: Final = frozenset({"early", "mid", "late", "of"})


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    window: TimeWindow
    unit: str = ""  # the calendar period a SPAN window is one of (quarter, half, decade...)

    @property
    def period(self) -> str:
        """The calendar unit the window is one whole (or to-date) of, "" if none."""
        return self.unit or _PERIOD_OF.get(self.window.granularity, "")


_MONTHS_IN: Final = {"year": 12, "half": 6, "quarter": 3}
_YEARS_IN: Final = {"decade": 10, "century": 100}


def _calendar_period(day: date, unit: str, step: int = 0) -> tuple[date, date]:
    """The whole week, month, quarter, half or year holding ``day``, ``step`` periods on."""
    if unit == "week":
        monday = _monday(day) + timedelta(days=7 * step)
        return monday, monday + timedelta(days=6)
    size = _MONTHS_IN.get(unit, 1)
    first = date(day.year, (day.month - 1) // size * size + 1, 1)
    first = _add_months(first, size * step)
    last = _add_months(first, size) - timedelta(days=1)
    return first, last


def _part_of(first: date, last: date, unit: str, pos: str) -> tuple[date, date]:
    """The part of a whole period a modifier names.

    "early", "mid" and "late" are thirds (a year's are January-April, May-August,
    September-December; a month's are days 1-10, 11-20, 21-end, as for "late
    August"; a week's Monday-Wednesday, Tuesday-Thursday, Thursday-Sunday);
    "start"/"beginning" and "end"/"close" are the first or last month of a year, half
    or quarter, and the same thirds for a month or a week.
    """
    pos = {"beginning": "start", "middle": "mid", "close": "end"}.get(pos, pos)
    if unit in _MONTHS_IN:
        size = _MONTHS_IN[unit]
        third = max(size // 3, 1)
        ranges = {
            "early": (0, third),
            "start": (0, 1),
            "mid": (third, 2 * third) if size > 3 else (1, 2),
            "late": (size - third, size),
            "end": (size - 1, size),
        }
        a, b = ranges[pos]
        return _add_months(first, a), _add_months(first, b) - timedelta(days=1)
    if unit in _YEARS_IN:
        size = _YEARS_IN[unit]
        a, b = {
            "early": (0, size * 4 // 10),
            "start": (0, size * 2 // 10),
            "mid": (size * 4 // 10, size * 7 // 10),
            "late": (size * 7 // 10, size),
            "end": (size * 8 // 10, size),
        }[pos]
        return date(first.year + a, 1, 1), date(first.year + b - 1, 12, 31)
    if unit == "week":
        a, b = {"early": (0, 2), "start": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6)}[pos]
        return first + timedelta(days=a), first + timedelta(days=b)
    a, b = {"early": (1, 10), "start": (1, 10), "mid": (11, 20)}.get(pos, (21, last.day))
    return first.replace(day=a), first.replace(day=b)


# --------------------------------------------------------------------------- scanner


class _Scanner:
    """One pass over one text: triggers, look-around, anaphora state."""

    __slots__ = ("floor", "last_day", "prev", "pub", "pub_day", "text")

    def __init__(self, text: str, published: date | datetime | None) -> None:
        self.text = text
        self.pub = published
        self.pub_day = None if published is None else _day_of(published)
        self.floor = 0
        self.last_day: TimeWindow | None = None
        self.prev: _Hit | None = None

    def run(self) -> list[TimeMention]:
        text = self.text
        out: list[TimeMention] = []
        triggers = [(m.start(), m.end(), m.lastgroup or "") for m in _CAPS_TRIGGER.finditer(text)]
        triggers += [(m.start(1), m.end(1), "unit") for m in _UNIT_TRIGGER.finditer(text)]
        triggers += [
            (m.start(), m.end(), "qh" if m.group() in _QUARTER_WORDS else "holiday")
            for m in _HOLIDAY_TRIGGER.finditer(text)
            if not (m.start() and text[m.start() - 1].isalnum())
        ]
        first = _UNIT_AT_START.match(text)
        if first is not None:
            triggers.append((0, first.end(1), "unit"))
        triggers.sort()
        for s, e, kind in triggers:
            if s < self.floor:
                continue
            hit: _Hit | None
            if kind == "unit":
                word = text[s:e]
                if word in _DAY_WORDS:
                    hit = self._day_word(s, e)
                elif word in _LOWER_MONTHS:
                    hit = self._month(s, e, lower=True)
                elif word == "half":
                    hit = self._ordinal_period(s, e)
                elif word == "quarter":
                    hit = self._ordinal_period(s, e) or self._relative(s, e)
                else:
                    hit = self._relative(s, e)
            elif kind == "month":
                hit = self._month(s, e)
            elif kind == "weekday":
                hit = self._weekday(s, e)
            elif kind == "num":
                if text[e - 1] == "s":
                    hit = self._decade(s, e)
                else:
                    hit = self._year(s, e) if e - s == 4 else self._iso(s, e)
            elif kind == "word":
                hit = self._day_word(s, e)
            elif kind == "holiday":
                hit = self._holiday(s, e)
            elif text[s] == "Q":  # "Q2": a quarter, the year inferred if not stated
                hit = self._quarter(s, e, int(text[s + 1]), 3)
            else:  # "H1 2024"; "H2" alone is as often hydrogen as a half-year
                hit = self._quarter(s, e, int(text[s + 1]), 6, strict=True)
            if hit is None:
                continue
            # Widen only where a cue word touches the reading (few do; a call per
            # reading cost about 8% of the scan).
            if text.endswith(_WIDEN_TAILS, max(0, hit.start - 9), hit.start) or text.startswith(
                _JOINERS, hit.end
            ):
                hit = self._widen(hit)
            prev = self.prev
            joined = None
            if prev is not None and out and hit.start - prev.end < 16:
                joined = self._join(prev, hit)
            if joined is not None:
                out.pop()
                hit = joined
            self.floor = hit.end
            self.prev = hit
            out.append(
                trusted(
                    TimeMention,
                    span=(hit.start, hit.end),
                    surface=text[hit.start : hit.end],
                    window=hit.window,
                )
            )
            if hit.window.granularity in (Granularity.DAY, Granularity.NIGHT):
                self.last_day = hit.window
        return out

    # ------------------------------------------------------------ widening a reading

    def _widen(self, hit: _Hit) -> _Hit:
        """What the words around a reading add: a part of it, a period ending on it, "to now"."""
        text = self.text
        low = max(self.floor, hit.start - 48)
        window = hit.window
        # Most readings have none of these words before them: reading the word before
        # saves two reverse matches per reading.
        s = hit.start
        word = ""
        if s > 1 and text[s - 1] in " -\xa0":
            floor = max(low, s - 12)
            word = text[max(text.rfind(" ", floor, s - 1) + 1, floor) : s - 1].lower()
        ended = _BACK_PERIOD_TO.match(text, low, hit.start) if word in _ENDING_WORDS else None
        if ended is not None and window.end is not None:
            # "in the week to Sunday", "the 12 months to March": a period ending there.
            last = _day_of(window.end)
            count = _number(ended["n"]) if ended["n"] else 1
            unit = ended["unit"].lower().rstrip("s")
            if count:
                if unit == "week":
                    first = last - timedelta(days=7 * count - 1)
                else:
                    months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
                    first = _add_months(last + timedelta(days=1), -months)
                week = unit == "week" and count == 1
                granularity = Granularity.WEEK if week else Granularity.SPAN
                return _Hit(ended.start(), hit.end, _window(first, last, granularity))
        part = None
        if word in _PART_WORDS and hit.period:
            part = _BACK_PART.match(text, low, hit.start)
        if part is not None:
            pos = (part["pos"] or part["pos2"]).lower()
            start = part.start()
            if window.start is None or (self.pub_day is None and window.relative):
                phrase = f"{pos} {window.relative or ''}".strip()
                return _Hit(start, hit.end, _unresolved(Granularity.SPAN, phrase))
            first = _day_of(window.start)
            if hit.period in _YEARS_IN or hit.period == "half":
                whole = (first, _day_of(window.end or window.start))
            else:
                whole = _calendar_period(first, hit.period)
            a, b = _part_of(*whole, hit.period, pos)
            return self._since(_Hit(start, hit.end, _window(a, b, Granularity.SPAN)))
        now = None
        if text.startswith(_JOINERS, hit.end):
            now = _AFTER_TO_NOW.match(text, hit.end, hit.end + 24)
        opened = None if now is None else _BACK_OPEN.match(text, low, hit.start)
        if (
            now is not None
            and (opened is not None or text[hit.start : hit.start + 4] in _OPENERS)
            and window.start is not None
            and self.pub_day is not None
            and _day_of(window.start) <= self.pub_day
        ):
            # "between January 2023 and now", "from 2019 to date"
            start = hit.start if opened is None else opened.start()
            return _Hit(start, now.end(), _window(window.start, self.pub_day, Granularity.SPAN))
        return self._since(hit)

    def _since(self, hit: _Hit) -> _Hit:
        """ "since the 1980s", "since Q2", "since late 2022": a running window up to publication."""
        start, window = hit.start, hit.window
        if (
            not self.text.endswith(_SINCE, max(0, start - 6), start)
            or window.start is None
            or self.pub_day is None
            or _day_of(window.start) > self.pub_day
        ):
            return hit
        return _Hit(start - 6, hit.end, _window(window.start, self.pub_day, Granularity.SPAN))

    def _join(self, prev: _Hit, hit: _Hit) -> _Hit | None:
        """ "between 2019 and March 2022", "from May 2023 to June": one window, not two."""
        text = self.text
        join = _JOIN.fullmatch(text, prev.end, hit.start)
        if join is None or prev.window.start is None or hit.window.end is None:
            return None
        opener = text[prev.start : prev.start + 8].lower()
        if not opener.startswith(("from ", "between ")):
            back = _BACK_OPEN.match(text, max(0, prev.start - 12), prev.start)
            if back is None:
                return None
            opener = back["w"].lower()
            start = back.start()
        else:
            start = prev.start
        if (join["conj"].lower() == "and") != opener.startswith("between"):
            return None
        first, last = _day_of(prev.window.start), _day_of(hit.window.end)
        if "year" in prev.window.inferred and "year" not in hit.window.inferred:
            # "from May to Oct 2025": the year stated at the end holds for the start.
            moved = first.replace(year=last.year) if (first.month, first.day) != (2, 29) else None
            if moved is not None:
                first = moved if moved <= last else moved.replace(year=last.year - 1)
        if first > last:
            return None
        return _Hit(start, hit.end, _window(first, last, Granularity.SPAN))

    def _coordinated(self, s: int, granularity: Granularity, *, strict: bool = False) -> bool:
        """Whether ``s`` follows "and"/"or"/a comma after a mention of the same shape.

        ``strict`` (years): a bare comma counts only inside a list ("in 2016, 2017 and
        2018"), never before a count ("In 2019, 1500 people...").
        """
        prev = self.prev
        if prev is None or prev.window.granularity is not granularity:
            return False
        coord = _BACK_COORD.match(self.text, max(self.floor, s - 8), s)
        if coord is None or coord.start() != prev.end:
            return False
        if strict and coord.group().strip() == ",":
            return _LIST_GOES_ON.match(self.text, s + 4, s + 12) is not None
        return True

    # ------------------------------------------------------------ named periods

    def _holiday(self, s: int, e: int) -> _Hit | None:
        """ "on Christmas Day", "after Easter", "Thanksgiving 2023", "last Christmas"."""
        text = self.text
        holiday = _HOLIDAYS[_norm(text[s:e])]
        back = _BACK_HOLIDAY.match(text, max(self.floor, s - 16), s)
        word = "" if back is None else _norm(back["w"])
        if holiday.needs_cue and back is None:
            return None  # "Christmas trees", "Easter Island"
        kept = ("on", "in", "during", "since", "this", "last", "next")
        start = back.start() if back is not None and word in kept else s
        year, end = self._year_after(e)
        pub = self.pub_day
        inferred: tuple[TimePart, ...] = ()
        if year is None:
            if pub is None:
                phrase = f"{word} {holiday.name.lower()}" if word in ("last", "next") else ""
                return _Hit(
                    start, end, _unresolved(Granularity.DAY, phrase or holiday.name.lower())
                )
            this = holiday.on(pub.year)
            if word == "next":
                year = pub.year + (this <= pub)
            elif word == "last":
                year = pub.year - (this >= pub)
            elif word == "this":
                year = pub.year
            else:  # the latest on or before publication, as for a month and day
                year = pub.year - (this > pub)
                inferred = ("year",)
        day = holiday.on(year)
        if word == "since" and pub is not None and day <= pub:
            return _Hit(start, end, _window(day, pub, Granularity.SPAN))
        if inferred:
            return _Hit(
                start,
                end,
                _window(day, day, Granularity.DAY, inferred),
            )
        return _Hit(start, end, _window(day, day, Granularity.DAY))

    def _decade(self, s: int, e: int) -> _Hit | None:
        """ "the 1990s", "the 1980's"; a hundred before 2000 ("the 1800s") is a century."""
        first = int(self.text[s : s + 4])
        unit = "century" if first % 100 == 0 and first < 2000 else "decade"
        last = first + _YEARS_IN[unit] - 1
        the = _BACK_THE.match(self.text, max(self.floor, s - 8), s)
        start = the.start() if the is not None and the["the"].lower() == "the" else s
        return _Hit(
            start, e, _window(date(first, 1, 1), date(last, 12, 31), Granularity.SPAN), unit
        )

    def _quarter(
        self, s: int, e: int, index: int, months: int, strict: bool = False
    ) -> _Hit | None:
        """Quarter ``index`` (months=3) or half (months=6) of a year named after it or inferred."""
        text = self.text
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha():
            return None  # "H1-B"
        unit = "quarter" if months == 3 else "half"
        if not 1 <= index <= 12 // months:
            return None
        after = _AFTER_PERIOD_YEAR.match(text, e, e + 24)
        pub = self.pub_day
        year: int | None = None
        end = e
        if after is not None:
            end = after.end()
            if after["y"]:
                year = int(after["y"])
            elif after["yy"]:
                year = 2000 + int(after["yy"])
            elif pub is not None:
                year = pub.year + {"last": -1, "next": 1}.get(after["rel"].lower(), 0)
            else:
                rel = after["rel"].lower()
                phrase = f"{unit} {index} of {'this' if rel == 'the' else rel} year"
                return _Hit(s, end, _unresolved(Granularity.SPAN, phrase), unit)
        elif strict:
            return None  # "in the third quarter" of a match, "the first half" of a game
        inferred: tuple[TimePart, ...] = ()
        if year is None:
            if pub is None:
                return _Hit(s, end, _unresolved(Granularity.SPAN, f"{unit} {index}"), unit)
            year = pub.year if date(pub.year, (index - 1) * months + 1, 1) <= pub else pub.year - 1
            inferred = ("year",)
        first = date(year, (index - 1) * months + 1, 1)
        last = _add_months(first, months) - timedelta(days=1)
        window = _window(first, last, Granularity.SPAN, inferred)
        return _Hit(s, end, window, unit)

    def _ordinal_period(self, s: int, e: int) -> _Hit | None:
        """ "the third quarter of 2023", "the first half of last year" (a year must follow)."""
        text = self.text
        if not text.endswith(_ORDINAL_TAILS, max(0, s - 8), s):
            return None
        back = _BACK_ORDINAL.match(text, max(self.floor, s - 16), s)
        if back is None:
            return None
        half = text[s:e] == "half"
        index = _ORDINALS[back["ord"].lower()]
        if index < 0:
            index = 2 if half else 4
        if half and index > 2:
            return None
        hit = self._quarter(s, e, index, 6 if half else 3, strict=True)
        if hit is None:
            return None
        return _Hit(back.start(), hit.end, hit.window, hit.unit)

    # ------------------------------------------------------------ offsets from publication

    def _offset(self, m: regex.Match[str], s: int, e: int) -> _Hit | None:
        """ "two years ago", "a week from now", "in three weeks('s time)": a day, month or year.

        Days, weeks and fortnights land on a day; months on the calendar month; years
        and decades on the calendar year ("two months ago" in a May 8 article is March).
        """
        text = self.text
        if m["r_ago_n"] is not None:
            count, unit = _number(m["r_ago_n"]), m["r_ago_u"].lower()
            forward = not m["r_ago_dir"].lower().startswith("ago")
        else:
            count, unit, forward = _number(m["r_in_n"]), m["r_in_u"].lower(), True
            if m["r_in_time"] is None and (count is None or count < 2 or not self._future(s)):
                return None  # "rose 5% in three weeks", "the highest in a year": durations
        if not count:
            return None
        unit = unit.rstrip("s")
        granularity = {"month": Granularity.MONTH, "year": Granularity.YEAR}.get(
            "year" if unit == "decade" else unit, Granularity.DAY
        )
        pub = self.pub_day
        if pub is None:
            return _Hit(s, e, _unresolved(granularity, _norm(text[s:e])))
        sign = 1 if forward else -1
        if granularity is Granularity.DAY:
            day = pub + timedelta(days=sign * count * {"day": 1, "week": 7, "fortnight": 14}[unit])
            return _Hit(s, e, _window(day, day, granularity))
        if granularity is Granularity.MONTH:
            first, last = _calendar_period(pub, "month", sign * count)
            return _Hit(s, e, _window(first, last, granularity))
        year = pub.year + sign * count * (10 if unit == "decade" else 1)
        return _Hit(s, e, _window(date(year, 1, 1), date(year, 12, 31), granularity))

    def _future(self, s: int) -> bool:
        """Whether the clause before ``s`` speaks of the future ("will", "is due", "is")."""
        text = self.text
        low = max(self.floor, s - 80)
        if _BACK_COPULA.match(text, low, s):
            return True
        clause = text[low:s]
        ends = [m.end() for m in _CLAUSE_END.finditer(clause)]
        if ends:
            clause = clause[ends[-1] :]
        return _FUTURE_CUE.search(clause) is not None

    def _period_of_now(self, m: regex.Match[str], s: int, e: int, low: int) -> _Hit | None:
        """ "the rest of the month", "the end of the year", "year to date"."""
        pub = self.pub_day
        if m["r_todate"] is not None:
            unit = m["r_todate"].lower()
            phrase = f"{unit} to date"
            granularity = {"year": Granularity.YEAR, "month": Granularity.MONTH}.get(
                unit, Granularity.WEEK if unit == "week" else Granularity.SPAN
            )
            if pub is None:
                return _Hit(s, e, _unresolved(granularity, phrase))
            return _Hit(s, e, _window(_calendar_period(pub, unit)[0], pub, granularity))
        the = _BACK_THE.match(self.text, low, s)
        if the is not None and the["the"].lower() == "the":
            s = the.start()
        if m["r_rest"] is not None:
            unit = m["r_rest_u"].lower()
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.SPAN, f"the rest of the {unit}"))
            return _Hit(s, e, _window(pub, _calendar_period(pub, unit)[1], Granularity.SPAN))
        unit, pos = m["r_part_u"].lower(), m["r_part"].lower()
        if pub is None:
            return _Hit(s, e, _unresolved(Granularity.SPAN, f"the {pos} of the {unit}"))
        first, last = _part_of(*_calendar_period(pub, unit), unit, pos)
        return _Hit(s, e, _window(first, last, Granularity.SPAN))

    # ------------------------------------------------------------ calendar dates

    def _dated(
        self,
        first: tuple[int | None, int, int],
        last: tuple[int | None, int, int],
        granularity: Granularity,
        *,
        at: time | None = None,
        phrase: str = "",
    ) -> TimeWindow | None:
        """A window between two (year or None, month, day) triples; None if not a date."""
        y1, m1, d1 = first
        y2, m2, d2 = last
        if not (1 <= d1 <= _MAX_DAY[m1] and 1 <= d2 <= _MAX_DAY[m2]):
            return None
        inferred: tuple[TimePart, ...] = ()
        if y1 is None and y2 is not None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        elif y2 is None and y1 is not None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        elif y1 is None and self.pub_day is not None:
            pub = self.pub_day
            y1 = pub.year if (m1, d1) <= (pub.month, pub.day) else pub.year - 1
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
            inferred = ("year",)
        if y1 is None or y2 is None:
            if phrase.startswith("since"):
                return TimeWindow(granularity=granularity, unknown=("year", "end"), relative=phrase)
            return _no_year(granularity, ((m1, d1), (m2, d2)))
        try:
            start: date | datetime = date(y1, m1, d1)
            end: date | datetime = date(y2, m2, d2)
        except ValueError:
            if inferred:  # February 29 in a year the publication date picked
                return TimeWindow(
                    granularity=granularity, unknown=("year",), month_day=((m1, d1), (m2, d2))
                )
            return None
        if start > end:
            return None
        if at is not None and start == end:
            start = end = datetime.combine(_day_of(start), at)
        if phrase.startswith("since"):
            if self.pub_day is None:
                return TimeWindow(
                    start=start,
                    granularity=granularity,
                    unknown=("end",),
                    inferred=inferred,
                    relative=phrase,
                )
            if self.pub_day < _day_of(start):
                return None
            end = self.pub_day
        return _window(start, end, granularity, inferred)

    def _time_after(self, pos: int) -> tuple[time | None, int]:
        m = _AFTER_TIME.match(self.text, pos, pos + 24)
        if m is None or (m["mi"] is None and m["ap"] is None):
            return None, pos
        hour = int(m["h"])
        if m["ap"] is not None:
            if not 1 <= hour <= 12:
                return None, pos
            hour = hour % 12 + (12 if m["ap"] in "Pp" else 0)
        return time(hour, int(m["mi"] or 0)), m.end()

    def _year_after(self, pos: int) -> tuple[int | None, int]:
        m = _AFTER_YEAR.match(self.text, pos, pos + 16)
        if m is not None:
            return int(m["y"]), m.end()
        rel = None
        if self.pub_day is not None and self.text.startswith(_REL_YEAR_STARTS, pos):
            rel = _AFTER_REL_YEAR.match(self.text, pos, pos + 20)
        if rel is None or self.pub_day is None:
            return None, pos
        return self.pub_day.year + {"last": -1, "next": 1}.get(rel["rel"].lower(), 0), rel.end()

    def _month(self, s: int, e: int, *, lower: bool = False) -> _Hit | None:
        """A month name; written in lower case (headlines, feeds) it needs more to be a date.

        "june 5", "in june" and "5 june" are dates; "may" and "march" (a modal and a
        verb) and three-letter forms ("mar", "dec") only with a year ("may 2024").
        """
        if not lower:
            return self._month_core(s, e)
        word = self.text[s:e]
        strict = word in ("may", "march") or (len(word) <= 4 and word not in ("june", "july"))
        if strict and _DIGIT4.search(self.text, e, e + 16) is None:
            return None  # the modal "may" is common: a year must follow
        hit = self._month_core(s, e)
        if hit is None or (strict and _DIGIT4.search(self.text, hit.start, hit.end) is None):
            return None
        return hit

    def _month_core(self, s: int, e: int) -> _Hit | None:
        text = self.text
        month = _month_number(text[s:e])
        after = e
        # "Sept. 5": the dot of an abbreviation joins the day ("in May. 5 people..." does not).
        if e - s <= 4 and text[s:e] != "May" and _ABBREV_DOT.match(text, e, e + 4):
            after = e + 1
        low = max(self.floor, s - 64)
        start = s
        phrase_prefix = ""

        # "5 September", "1-5 September", "Tuesday, 7 March", "the 5th of May"
        back = _BACK_DAY.match(text, low, s) if _DIGIT.search(text, max(low, s - 12), s) else None
        if (
            back is not None
            and back["conj"] == "and"
            and not self._preceded(back.start(), "between")
        ):
            back = None
        if back is not None:
            start = back.start()
            d = int(back["d"])
            d1 = int(back["d1"]) if back["d1"] else d
            m2, d2, end = month, d, after
            rng = _AFTER_B_RANGE.match(text, after, after + 40)
            if (
                back["d1"] is None
                and rng is not None
                and (rng["conj"] != "and" or self._preceded(start, "between"))
            ):
                m2, d2, end = _month_number(rng["m2"]), int(rng["d2"]), rng.end()
            return self._finish_date(start, end, (month, d1), (m2, d2), low)

        # "September 5", "September 1-5", "August 28 to September 3"
        fwd = _AFTER_DAY.match(text, after, after + 40)
        if fwd is not None:
            weekday = _BACK_WEEKDAY.match(text, low, s)
            if weekday is not None:
                start = weekday.start()
            d = int(fwd["d"])
            m2, d2, end = month, d, fwd.end("d")
            if text[end : end + 2].lower() in ("st", "nd", "rd", "th"):
                end += 2  # "July 4th of 1990": the year may follow the ordinal
            if fwd["d2"] is not None and (fwd["conj"] != "and" or self._preceded(s, "between")):
                m2 = _month_number(fwd["m2"]) if fwd["m2"] else month
                d2, end = int(fwd["d2"]), fwd.end()
            return self._finish_date(start, end, (month, d), (m2, d2), low)

        # a month with no day: needs a modifier, a preposition or a year
        year, end = self._year_after(after)
        if year is None:
            end = e
        first_day, last_day = 1, 0  # 0 = the month's last day
        granularity = Granularity.MONTH
        mod = _BACK_MONTH_MOD.match(text, low, s)
        if mod is not None:
            start = mod.start()
            granularity = Granularity.SPAN
            first_day, last_day = self._month_part(mod)
            # The surface starts at the modifier ("late August"), or at "since".
            if mod["prep"] is not None and mod["prep"].lower() == "since":
                phrase_prefix = "since "
            else:
                start = mod.start("core")
        else:
            prep = _BACK_PREP.match(text, low, s)
            if prep is None and year is None and not self._coordinated(s, Granularity.MONTH):
                return None
            if prep is not None:
                word = _norm(prep.group())
                if prep["keep"] is not None:
                    start = prep.start()
                    if word in ("last", "this", "next"):
                        return self._month_relative(start, end, month, year, word)
                    if word == "since":
                        phrase_prefix = "since "
                elif (
                    year is None
                    and word in ("and", "to", "of")
                    and not self._coordinated(s, Granularity.MONTH)
                    and _BACK_PERIOD_TO.match(text, low, s) is None  # "the year to March"
                ):
                    return None  # "Theresa May", "Queen of May": not a bare month
            rng = _AFTER_MONTH_RANGE.match(text, end, end + 24) if year is None else None
            if rng is not None and (rng["conj"] != "and" or self._preceded(s, "between")):
                month2 = _month_number(rng["m2"])
                year2, end2 = self._year_after(rng.end())
                end = end2 if year2 is not None else rng.end()
                window = self._month_window(
                    month, 1, month2, 0, None, year2, Granularity.SPAN, phrase_prefix
                )
                return None if window is None else _Hit(start, end, window)
        window = self._month_window(
            month, first_day, month, last_day, year, year, granularity, phrase_prefix
        )
        return None if window is None else _Hit(start, end, window)

    def _finish_date(
        self,
        start: int,
        end: int,
        first: tuple[int, int],
        last: tuple[int, int],
        low: int,
    ) -> _Hit | None:
        """Year, time and prefix of a month-day date or day range."""
        text = self.text
        year, end = self._year_after(end)
        at: time | None = None
        if first == last:
            at, end = self._time_after(end)
        granularity = Granularity.DAY if first == last else Granularity.SPAN
        phrase = ""
        night = _BACK_NIGHT_OF.match(text, low, start)
        if night is not None:
            start = night.start()
            granularity = Granularity.NIGHT
            if first == last:
                last = _shift_md(first, 1)
        else:
            prep = _BACK_PREP.match(text, low, start)
            if prep is not None and prep["keep"] is not None:
                word = _norm(prep.group())
                if word in ("on", "in", "during", "from", "since", "between"):
                    start = prep.start()
                    if word == "since":
                        phrase = "since " + _norm(text[prep.end() : end])
                        granularity = Granularity.SPAN
        window = self._dated((year, *first), (year, *last), granularity, at=at, phrase=phrase)
        if window is None:
            return None
        return _Hit(start, end, window)

    def _month_part(self, mod: regex.Match[str]) -> tuple[int, int]:
        """First and last day (0 = month end, negative = from the end) for a modifier."""
        if mod["pos"] is not None:
            pos = mod["pos"].lower()
            if pos in ("early", "start", "beginning"):
                return 1, 10
            if pos in ("mid", "middle"):
                return 11, 20
            return 21, 0
        if mod["half"] is not None:
            return (1, 15) if mod["half"].lower() == "first" else (16, 0)
        if mod["fl1"] is not None:
            return (1, 7) if mod["fl1"].lower() == "first" else (-6, 0)
        count = _number(mod["n"]) or 1
        days = min(count * (7 if mod["unit"].lower() == "weeks" else 1), 28)
        return (1, days) if mod["fl"].lower() == "first" else (1 - days, 0)

    def _month_window(
        self,
        month: int,
        first_day: int,
        month2: int,
        last_day: int,
        year: int | None,
        year2: int | None,
        granularity: Granularity,
        phrase_prefix: str,
    ) -> TimeWindow | None:
        """A window over (part of) a month or months; day 0 means the month's end."""
        # Month ends depend on the year: resolve it first with a 28-day stand-in. The
        # year is the one whose month starts on or before publication ("mid-September"
        # in a September 7 article is this September).
        probe = self._dated(
            (year, month, 1),
            (year2, month2, 28),
            granularity,
            phrase=phrase_prefix,
        )
        if probe is None or probe.start is None or probe.end is None:
            if probe is None:
                return None
            end_guess = _MAX_DAY[month2]
            d1 = first_day if first_day > 0 else _MAX_DAY[month] + first_day
            d2 = last_day if last_day > 0 else end_guess + last_day
            if probe.month_day is not None:
                return probe.model_copy(update={"month_day": ((month, d1), (month2, d2))})
            return probe.model_copy(
                update={"relative": f"{phrase_prefix}{_MONTH_NAMES[month].lower()}"}
            )
        y1, y2 = _day_of(probe.start).year, _day_of(probe.end).year
        if phrase_prefix.startswith("since"):
            y2 = y1
        month_end = _last_day(y1, month)
        d1 = first_day if first_day > 0 else month_end + first_day
        month2_end = _last_day(y2, month2)
        d2 = last_day if last_day > 0 else month2_end + last_day
        start = date(y1, month, d1)
        if phrase_prefix.startswith("since"):
            return probe.model_copy(update={"start": start})
        return _window(start, date(y2, month2, d2), granularity, probe.inferred)

    def _month_relative(
        self, start: int, end: int, month: int, year: int | None, word: str
    ) -> _Hit | None:
        """ "last August", "this August", "next August"."""
        if year is not None:
            window = self._month_window(month, 1, month, 0, year, year, Granularity.MONTH, "")
            return None if window is None else _Hit(start, end, window)
        phrase = f"{word} {_MONTH_NAMES[month].lower()}"
        pub = self.pub_day
        if pub is None:
            return _Hit(start, end, _unresolved(Granularity.MONTH, phrase))
        if word == "last":
            y = pub.year if month < pub.month else pub.year - 1
        elif word == "next":
            y = pub.year if month > pub.month else pub.year + 1
        else:
            y = pub.year
        return _Hit(
            start,
            end,
            _window(date(y, month, 1), date(y, month, _last_day(y, month)), Granularity.MONTH),
        )

    def _preceded(self, pos: int, word: str) -> bool:
        """Whether ``word`` appears in the few words before ``pos`` (for "between ... and")."""
        before = self.text[max(self.floor, pos - 40) : pos].lower()
        return f"{word} " in before

    def _iso(self, s: int, e: int) -> _Hit | None:
        surface = self.text[s:e]
        if s > 0 and self.text[s - 1] in _YEAR_BEFORE_BAD:
            return None
        try:
            day = date(int(surface[:4]), int(surface[5:7]), int(surface[8:10]))
        except ValueError:
            return None
        value: date | datetime = day
        if len(surface) > 10:
            value = datetime.combine(day, time(int(surface[11:13]), int(surface[14:16])))
        return _Hit(s, e, _window(value, value, Granularity.DAY))

    def _year(self, s: int, e: int) -> _Hit | None:
        text = self.text
        if s > 0 and text[s - 1] in _YEAR_BEFORE_BAD and text[max(0, s - 4) : s].lower() != "mid-":
            return None
        if text[e : e + 1] in ("%", "/") or (
            e + 1 < len(text) and text[e] in ".,:-–" and text[e + 1].isdigit()
        ):
            return None
        year = int(text[s:e])
        low = max(self.floor, s - 24)
        start = s
        phrase = ""
        cue = _BACK_YEAR_CUE.match(text, low, s)
        rng = _AFTER_YEAR_RANGE.match(text, e, e + 16)
        opens = cue is not None and _norm(cue.group()) in ("from", "between")
        if rng is not None and int(rng["y2"]) > year and (opens or rng["conj"] in ("-", "–", "—")):
            if opens and cue is not None:
                start = cue.start()
            span = _window(date(year, 1, 1), date(int(rng["y2"]), 12, 31), Granularity.SPAN)
            return _Hit(start, rng.end(), span)
        if cue is None:
            if not self._coordinated(s, Granularity.YEAR, strict=True):
                return None  # "2000 people": a bare four-digit number is a count, not a year
        else:
            word = _norm(cue.group()).rstrip("-")
            if word in ("in", "since", "during", "from"):
                start = cue.start()
            if word == "since":
                phrase = f"since {year}"
        if phrase:
            if self.pub_day is None:
                window = TimeWindow(
                    start=date(year, 1, 1),
                    granularity=Granularity.SPAN,
                    unknown=("end",),
                    relative=phrase,
                )
            elif self.pub_day.year < year:
                return None
            else:
                window = _window(date(year, 1, 1), self.pub_day, Granularity.SPAN)
            return _Hit(start, e, window)
        return _Hit(start, e, _window(date(year, 1, 1), date(year, 12, 31), Granularity.YEAR))

    # ------------------------------------------------------------ weekdays

    def _weekday(self, s: int, e: int) -> _Hit | None:
        text = self.text
        if _WEEKDAY_THEN_DATE.match(text, e, e + 32):
            return None  # the date that follows carries the mention
        low = max(self.floor, s - 24)
        if _BACK_NAMED_DAY.match(text, low, s) or _AFTER_NAME.match(text, e, e + 16):
            return None
        weekday = _WEEKDAYS[text[s:e].lower()]
        compound = self._weekday_compound(s, e, weekday, low)
        if compound is not None:
            return compound
        start, end = s, e
        mode = "on"
        pre = _BACK_WEEKDAY_MOD.match(text, low, s)
        if pre is not None:
            start = pre.start()
            mode = pre["mod"].lower()
        name = text[s:e].lower()
        granularity = Granularity.DAY
        weekday2: int | None = None
        after = _AFTER_WEEKDAY.match(text, e, e + 24)
        if after is not None:
            if after["part"] is not None:
                end = after.end()
                if after["part"].lower() == "night":
                    granularity = Granularity.NIGHT
            elif after["conj"].lower() != "and" or mode == "between":
                end = after.end()
                weekday2 = _WEEKDAYS[after["wd2"].lower()]
                granularity = Granularity.SPAN
        pub = self.pub_day
        if pub is None:
            phrase = name
            if mode not in ("on", "early", "late", "from", "between"):
                phrase = f"{mode} {name}"
            if weekday2 is not None:
                phrase = f"{name} to {after['wd2'].lower() if after else ''}"
            elif granularity is Granularity.NIGHT:
                phrase = f"{phrase} night"
            if mode == "since":
                granularity = Granularity.SPAN
            return _Hit(start, end, _unresolved(granularity, phrase))
        if weekday2 is not None:
            last = _weekday_date(pub, weekday2, "on")
            first = last - timedelta(days=(weekday2 - weekday) % 7)
            return _Hit(start, end, _window(first, last, Granularity.SPAN))
        day = _weekday_date(pub, weekday, mode)
        if mode == "since":
            return _Hit(start, end, _window(day, pub, Granularity.SPAN))
        if granularity is Granularity.NIGHT:
            return _Hit(start, end, _window(day, day + timedelta(days=1), Granularity.NIGHT))
        return _Hit(start, end, _window(day, day, Granularity.DAY))

    def _weekday_compound(self, s: int, e: int, weekday: int, low: int) -> _Hit | None:
        """A weekday a week, a month or a day number pins down.

        "on Friday next week" (the Friday of next week), "the first Monday of June"
        (year as for a month), "Friday the 12th" (the latest Friday that was a 12th on
        or before publication).
        """
        text = self.text
        pub = self.pub_day
        name = text[s:e].lower()
        week = (
            _AFTER_WEEK_OF.match(text, e, e + 24) if text.startswith(_WEEK_OF_STARTS, e) else None
        )
        nth = _BACK_NTH.match(text, low, s) if text.startswith((" of", " in"), e) else None
        the = _AFTER_THE_NTH.match(text, e, e + 12) if text.startswith(_THE_NTH_STARTS, e) else None
        if week is None and nth is None and the is None:
            return None
        on = _BACK_ON.match(text, low, s)
        start = s if on is None else on.start()
        if week is not None:
            rel = week["rel"].lower()
            if pub is None:
                return _Hit(start, week.end(), _unresolved(Granularity.DAY, f"{name} {rel} week"))
            step = {"last": -1, "this": 0, "next": 1}[rel]
            day = _monday(pub) + timedelta(days=7 * step + weekday)
            return _Hit(start, week.end(), _window(day, day, Granularity.DAY))
        of = _AFTER_OF_MONTH.match(text, e, e + 20) if nth is not None else None
        if nth is not None and of is not None:
            on = _BACK_ON.match(text, low, nth.start())
            start = nth.start() if on is None else on.start()
            month = _month_number(of["m"])
            index = _ORDINALS[nth["ord"].lower()]
            year, end = self._year_after(of.end())
            inferred: tuple[TimePart, ...] = ()
            if year is None:
                if pub is None:
                    phrase = _norm(text[nth.start() : of.end()])
                    return _Hit(start, of.end(), _unresolved(Granularity.DAY, phrase))
                year = pub.year
                if nth_weekday(year, month, weekday, index) > pub:
                    year -= 1
                inferred = ("year",)
            day = nth_weekday(year, month, weekday, index)
            window = _window(day, day, Granularity.DAY, inferred)
            return _Hit(start, end, window)
        if the is not None and 1 <= int(the["d"]) <= 31:
            number = int(the["d"])
            if pub is None:
                return _Hit(start, the.end(), _unresolved(Granularity.DAY, f"{name} the {number}"))
            first = pub.replace(day=1)
            for _ in range(28):  # a weekday falls on every day number within 14 months
                if number <= _last_day(first.year, first.month):
                    day = first.replace(day=number)
                    if day <= pub and day.weekday() == weekday:
                        window = _window(day, day, Granularity.DAY, ("year",))
                        return _Hit(start, the.end(), window)
                first = _add_months(first, -1)
        return None

    # ------------------------------------------------------------ relative phrases

    def _relative(self, s: int, e: int) -> _Hit | None:
        text = self.text
        low = max(self.floor, s - 48)
        m = None
        more = _AFTER_UNIT.match(text, e, e + 12)
        if more is not None:  # "two days later", "the day before", "two years ago"
            m = _RELATIVE.match(text, low, more.end())
            near = None if m is not None else _NEAR_NOW.match(text, low, more.end())
            if near is not None:
                return self._near_now(near)
        if m is None:
            m = _RELATIVE.match(text, low, e)
        if m is None:
            if text.find("in ", max(low, s - 30), s) >= 0 or text.endswith(
                _OF_THE, max(0, s - 9), s
            ):
                near = _NEAR_NOW.match(text, low, e)
                if near is not None:
                    return self._near_now(near)
            return None
        if m["r_ana"] is not None:
            return self._anaphor(m)
        s, e = m.span()
        low = max(self.floor, s - 24)
        if m["r_wkend"] is not None:
            return self._weekend(s, e)
        if m["r_mod"] is not None:
            return self._this_last(m, s, e, low)
        if m["r_span"] is not None:
            return self._past_n(m, s, e, low)
        # "since the start of the month"
        pub = self.pub_day
        unit = m["r_since_unit"].lower()
        phrase = f"since the start of the {unit}"
        if pub is None:
            return _Hit(s, e, _unresolved(Granularity.SPAN, phrase))
        if unit == "week":
            first = _monday(pub)
        elif unit == "month":
            first = pub.replace(day=1)
        else:
            first = date(pub.year, 1, 1)
        return _Hit(s, e, _window(first, pub, Granularity.SPAN))

    def _day_word(self, s: int, e: int) -> _Hit | None:
        """today, tonight, yesterday (morning, night...), overnight (into Thursday)."""
        text = self.text
        low = max(self.floor, s - 24)
        pub = self.pub_day
        one = timedelta(days=1)
        word = text[s:e].lower()
        if word == "yesterday":
            part = _AFTER_DAYPART.match(text, e, e + 16)
            if part is not None:
                e = part.end()
                if part["part"].lower() == "night":
                    if pub is None:
                        return _Hit(s, e, _unresolved(Granularity.NIGHT, "last night"))
                    return _Hit(s, e, _window(pub - one, pub, Granularity.NIGHT))
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.DAY, "yesterday"))
            return _Hit(s, e, _window(pub - one, pub - one, Granularity.DAY))
        if word == "overnight":
            into = _AFTER_OVERNIGHT.match(text, e, e + 40)
            if into is not None and into["into"] is None:
                # "overnight Saturday (into Sunday)": the night after Saturday's day
                wd = _WEEKDAYS[into["wd"].lower()]
                nxt = into["wd2"]
                e = into.end() if nxt and _WEEKDAYS[nxt.lower()] == (wd + 1) % 7 else into.end("wd")
                if pub is not None:
                    day = _weekday_date(pub, wd, "on")
                    return _Hit(s, e, _window(day, day + one, Granularity.NIGHT))
                return _Hit(s, e, _unresolved(Granularity.NIGHT, f"{into['wd'].lower()} night"))
            if into is not None:
                e = into.end("wd")
                if pub is not None:
                    day = _weekday_date(pub, _WEEKDAYS[into["wd"].lower()], "on")
                    return _Hit(s, e, _window(day - one, day, Granularity.NIGHT))
                phrase = f"overnight into {into['wd'].lower()}"
                return _Hit(s, e, _unresolved(Granularity.NIGHT, phrase))
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.NIGHT, "overnight"))
            return _Hit(s, e, _window(pub - one, pub, Granularity.NIGHT))
        earlier = _BACK_EARLIER.match(text, low, s)
        if earlier is not None:
            s = earlier.start()
        if word == "tonight":
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.NIGHT, "tonight"))
            return _Hit(s, e, _window(pub, pub + one, Granularity.NIGHT))
        if word == "tomorrow":
            if earlier is not None:
                s = earlier.end()  # "later tomorrow" is tomorrow
            part = _AFTER_DAYPART.match(text, e, e + 16)
            night = part is not None and part["part"].lower() == "night"
            if part is not None:
                e = part.end()
            granularity = Granularity.NIGHT if night else Granularity.DAY
            if pub is None:
                return _Hit(s, e, _unresolved(granularity, "tomorrow" + " night" * night))
            return _Hit(s, e, _window(pub + one, pub + one * (1 + night), granularity))
        if pub is None:
            return _Hit(s, e, _unresolved(Granularity.DAY, "today"))
        return _Hit(s, e, _window(pub, pub, Granularity.DAY))

    def _this_last(self, m: regex.Match[str], s: int, e: int, low: int) -> _Hit | None:
        text = self.text
        mod, unit = m["r_mod"].lower(), m["r_unit"].lower()
        if _AFTER_OF.match(text, e, e + 8):
            return None  # "the last week of August": the month carries the mention
        mod = _SAME_MOD.get(mod, mod)
        the = _BACK_THE.match(text, low, s)
        rolling = mod == "past" or (the is not None and the["the"].lower() == "the")
        rolling = rolling or unit == "fortnight"  # "the past fortnight", "next fortnight"
        if rolling and the is not None:
            s = the.start()
        pub = self.pub_day
        one = timedelta(days=1)
        if unit == "night":
            if mod not in ("last", "past") or (rolling and mod == "last"):
                return None  # "the last night of the festival"
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.NIGHT, "last night"))
            return _Hit(s, e, _window(pub - one, pub, Granularity.NIGHT))
        if unit in ("morning", "afternoon", "evening"):
            if mod not in ("this", "last") or rolling:
                return None
            phrase = f"{mod} {unit}"
            if pub is None:
                return _Hit(s, e, _unresolved(Granularity.DAY, phrase))
            day = pub if mod == "this" else pub - one
            return _Hit(s, e, _window(day, day, Granularity.DAY))
        if unit == "decade" and not rolling:
            return None  # "last decade", "this decade": which ten years is not settled
        if unit == "quarter" and rolling and mod == "last":
            return None  # "in the last quarter": of a game as often as of a fiscal year
        later = False
        if mod == "this":
            earlier = _BACK_EARLIER.match(text, low, s)
            if earlier is not None:
                s = earlier.start()
                later = earlier.group().lower().startswith("later")
        forward = mod == "next"
        phrase = f"the {'next' if forward else 'past'} {unit}" if rolling else f"{mod} {unit}"
        if later:
            phrase = f"later this {unit}"
        granularity = {
            "week": Granularity.WEEK,
            "month": Granularity.MONTH,
            "year": Granularity.YEAR,
        }.get(unit, Granularity.SPAN)
        if rolling or later:
            granularity = Granularity.SPAN
        if pub is None:
            return _Hit(s, e, _unresolved(granularity, phrase))
        if rolling:
            sign = 1 if forward else -1
            if unit in ("week", "fortnight"):
                other = pub + timedelta(days=sign * (7 if unit == "week" else 14))
            elif unit == "weekend":
                return None
            else:
                months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
                other = _add_months(pub, sign * months)
            first, last = (pub, other) if forward else (other, pub)
            return _Hit(s, e, _window(first, last, granularity))
        if later:  # "later this week": from publication to the period's end
            return _Hit(s, e, _window(pub, _calendar_period(pub, unit)[1], granularity))
        step = {"last": -1, "this": 0, "next": 1}[mod]
        if unit == "quarter":
            first, last = _calendar_period(pub, "quarter", step)
            window = _window(first, pub if step == 0 else last, Granularity.SPAN)
            return _Hit(s, e, window, "quarter")
        if unit in ("week", "weekend"):
            monday = _monday(pub) + timedelta(days=7 * step)
            if unit == "weekend":
                saturday = monday + timedelta(days=5)
                return _Hit(s, e, _window(saturday, saturday + one, Granularity.SPAN))
            last = pub if step == 0 else monday + timedelta(days=6)
            return _Hit(s, e, _window(monday, last, granularity))
        if unit == "month":
            first = _add_months(pub.replace(day=1), step)
            last = pub if step == 0 else first.replace(day=_last_day(first.year, first.month))
            return _Hit(s, e, _window(first, last, granularity))
        year = pub.year + step
        last = pub if step == 0 else date(year, 12, 31)
        return _Hit(s, e, _window(date(year, 1, 1), last, granularity))

    def _weekend(self, s: int, e: int) -> _Hit | None:
        """ "over the weekend", "this past weekend": the latest weekend begun by publication."""
        if _AFTER_OF.match(self.text, e, e + 8):
            return None  # "the weekend of 12-13 October": the dates carry the mention
        pub = self.pub_day
        if pub is None:
            return _Hit(s, e, _unresolved(Granularity.SPAN, "the weekend"))
        saturday = _monday(pub) + timedelta(days=5)
        if saturday > pub:
            saturday -= timedelta(days=7)
        return _Hit(s, e, _window(saturday, saturday + timedelta(days=1), Granularity.SPAN))

    def _past_n(self, m: regex.Match[str], s: int, e: int, low: int) -> _Hit | None:
        count = _number(m["r_n"])
        if not count or _AFTER_OF.match(self.text, e, e + 8):
            return None
        the = _BACK_THE.match(self.text, low, s)
        if the is not None and the["the"].lower() == "the":
            s = the.start()
        mod, units = m["r_span"].lower(), m["r_units"].lower()
        forward = mod in ("next", "coming")
        phrase = f"{'the next' if forward else 'the past'} {count} {units}"
        pub = self.pub_day
        if pub is None:
            return _Hit(s, e, _unresolved(Granularity.SPAN, phrase))
        if units in ("months", "years"):
            months = count * (12 if units == "years" else 1)
            other = _add_months(pub, months if forward else -months)
        else:
            days = -(-count // 24) if units == "hours" else count * (7 if units == "weeks" else 1)
            other = pub + timedelta(days=days if forward else -days)
        first, last = (pub, other) if forward else (other, pub)
        return _Hit(s, e, _window(first, last, Granularity.SPAN))

    def _near_now(self, m: regex.Match[str]) -> _Hit | None:
        s, e = m.span()
        if m["r_ago_n"] is not None or m["r_in"] is not None:
            return self._offset(m, s, e)
        return self._period_of_now(m, s, e, max(self.floor, s - 24))

    def _anaphor(self, m: regex.Match[str]) -> _Hit | None:
        text = self.text
        s, e = m.span()
        low = max(self.floor, s - 24)
        core = _norm(m["r_ana"])
        words = core.split()
        night = "night" in words
        offset = 0
        if words[0] in ("same", "that"):
            back = _BACK_THE.match(text, low, s) if words[0] == "same" else None
            if words[0] == "same":
                if back is None or back["the"].lower() == "a":
                    return None
                s = back.start()
            else:
                earlier = _BACK_EARLIER.match(text, low, s) or _BACK_ON.match(text, low, s)
                if earlier is not None:
                    s = earlier.start()
            phrase = f"the same {words[1]}"
        elif words[-1] in ("before", "after"):
            back = _BACK_THE.match(text, low, s)
            if back is None or back["the"].lower() == "that":
                return None
            s = back.start()
            offset = -1 if words[-1] == "before" else 1
            yesterday = _AFTER_YESTERDAY.match(text, e, e + 16)
            if yesterday is not None and offset == -1 and not night:
                e = yesterday.end()
                if self.pub_day is None:
                    return _Hit(s, e, _unresolved(Granularity.DAY, "the day before yesterday"))
                day = self.pub_day - timedelta(days=2)
                return _Hit(s, e, _window(day, day, Granularity.DAY))
            if _AFTER_EVENT.match(text, e, e + 16):
                return None
            phrase = f"the {words[0]} {words[1]}"
        elif words[-1] in ("earlier", "later"):
            count = _number(words[0])
            if not count:
                return None
            offset = count if words[-1] == "later" else -count
            phrase = f"{count} days {words[-1]}"
        else:
            back = _BACK_THE.match(text, low, s)
            if back is None or back["the"].lower() != "the":
                return None
            s = back.start()
            offset = -1 if words[0] == "previous" else 1
            phrase = f"the {words[0]} {words[1]}"
        granularity = Granularity.NIGHT if night else Granularity.DAY
        return _Hit(s, e, self._carry(granularity, offset, phrase))

    def _carry(self, granularity: Granularity, offset: int, phrase: str) -> TimeWindow:
        """The window an anaphor points to, carried from the last day or night mention."""
        ante = self.last_day
        carried: tuple[TimePart, ...] = ("start", "end")
        if ante is None and offset < 0 and self.pub_day is not None:
            # "up from 30 a day earlier" with no day named before: earlier than the
            # report itself, so counted back from publication (an inference).
            first = self.pub_day + timedelta(days=offset)
            return TimeWindow(
                start=first,
                end=first + timedelta(days=1 if granularity is Granularity.NIGHT else 0),
                granularity=granularity,
                inferred=carried,
            )
        if ante is None:
            return _unresolved(granularity, phrase)
        # A day carried from a night ("overnight ... later that day") is the morning after.
        use_end = ante.granularity is Granularity.NIGHT and granularity is Granularity.DAY
        length = 1 if granularity is Granularity.NIGHT else 0
        inferred = tuple(dict.fromkeys((*ante.inferred, *carried)))
        if ante.start is not None and ante.end is not None:
            first = _day_of(ante.end if use_end else ante.start) + timedelta(days=offset)
            return TimeWindow(
                start=first,
                end=first + timedelta(days=length),
                granularity=granularity,
                inferred=inferred,
            )
        if ante.month_day is not None:
            first_md = _shift_md(ante.month_day[1 if use_end else 0], offset)
            return TimeWindow(
                granularity=granularity,
                unknown=ante.unknown,
                inferred=inferred,
                month_day=(first_md, _shift_md(first_md, length)),
            )
        return _unresolved(granularity, f"{phrase} ({ante.relative})")


# --------------------------------------------------------------------------- public API


def find_times(text: str, *, published: date | datetime | None = None) -> list[TimeMention]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    Args:
        text: the article text (spans index into it).
        published: the publication date or datetime; relative phrases ("last night",
            "on Saturday") resolve against it. Without it they stay unresolved.

    Returns:
        Non-overlapping mentions in position order, with ``text[s:e] == surface``.

    Raises:
        InputError: when ``text`` is not a str.

    >>> from datetime import date
    >>> text = "On Friday, Peskov spoke. The day before, Zelensky spoke in Paris."
    >>> for t in find_times(text, published=date(2025, 9, 7)):
    ...     print(t.surface, t.window.key(), t.window.inferred)
    On Friday day:2025-09-05..2025-09-05 ()
    The day before day:2025-09-04..2025-09-04 ('start', 'end')
    >>> [t.window.key() for t in find_times("May they prosper. The march on 5 September.")]
    ['day:????-09-05..????-09-05']
    """
    text = require_text(text, "find_times", allow_empty=True, allow_html=True)
    if published is not None and not isinstance(published, date):
        raise InputTypeError(
            f"published must be a date or datetime, got {type(published).__name__}"
        )
    return _Scanner(text, published).run()


def parse_time(text: str, *, published: date | datetime | None = None) -> TimeWindow:
    """The window of the first time expression in a short phrase.

    Args:
        text: a phrase such as "last night", "on Saturday", "September 1-5, 2025".
        published: the publication date relative phrases resolve against.

    Returns:
        The resolved :class:`TimeWindow`.

    Raises:
        ParseError: when the phrase holds no time expression.
        InputError: when ``text`` is not a str.

    >>> from datetime import date
    >>> parse_time("the first five days of September", published=date(2025, 9, 7)).key()
    'span:2025-09-01..2025-09-05'
    >>> parse_time("overnight").relative
    'overnight'
    >>> parse_time("September 5").unknown
    ('year',)
    >>> parse_time("five drones")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    discrepancy._exceptions.ParseError: no time expression in 'five drones'; ...
    """
    text = require_text(text, "parse_time", allow_empty=True, allow_html=True)
    mentions = find_times(text, published=published)
    if not mentions:
        raise ParseError(
            f"no time expression in {text[:80]!r}; expected a date or window such as "
            "'September 5, 2025', 'on Saturday', 'last night' or 'the first five days of September'"
        )
    return mentions[0].window
