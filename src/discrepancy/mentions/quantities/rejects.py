"""Numeric mentions that are no figures: clock and media times, dates, years,
ordinals, phone numbers, addresses, and names with numbers ("F-16", "World War 2",
"the FTSE 250", "42 Harbour Street").
"""

from __future__ import annotations

import re

from ...models import RejectReason
from .nouns import _NOUN_STOP, _PLURAL_NOUN, _is_plural, _plural_form
from .patterns import _ASCII_DIGITS, _NEXT_WORD, _RIGHT_PEEK, _SCALE_AFTER
from .state import _Scanner, _word_before

# A clock time or media time stamp starting at a digit.
_CLOCK = re.compile(
    r"""
    (?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?P<f>\.[0-9]+)?(?![0-9:])
    (?P<ampm>[ \t\u00a0]?(?:[ap]\.?m\.?(?![a-z])|gmt|utc|local\ time|hrs?(?![a-z])))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_STAMP_LINE = re.compile(r"(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t\u00a0]*)+")
_YEAR_RANGE = re.compile(r"[0-9]{4}(?:[-–/][0-9]{2}(?:[0-9]{2})?)(?![0-9])")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NAMES = frozenset(_MONTHS.split("|") + _MONTHS.upper().split("|"))
# Month name right before a day number, matched on the reversed original text.
_MONTH_BEFORE = re.compile(
    r"(?:[ \t\u00a0]+\.?|\.)(?:"
    + "|".join(m[::-1] for m in _MONTHS.split("|") + [m.upper() for m in _MONTHS.split("|")])
    + r")(?![A-Za-z])"
)
_MONTH_AFTER = re.compile(
    r"""
    (?:st|nd|rd|th)?
    (?:[ \t\u00a0]*(?:[-–]|to|and)[ \t\u00a0]*[0-9]{1,2}(?:st|nd|rd|th)?)?
    ,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:<months>)(?![a-z])\.?
    """.replace("<months>", _MONTHS + "|" + _MONTHS.upper()),
    re.VERBOSE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"""[ \t\u00a0]*(?:
        (?:ni|ecnis|yb|morf|litnu|llit|fo|gnirud|eht|erofeb|retfa|dne|ylrae|etal|dim|
           ni\ dna|ot|s'|s’|raey|gninnigeb|ecno|nosaes|lacsif|yf|ssalc)(?![a-z])
        | ,[ \t\u00a0]*[0-9]                 # "September 5, 2025"
        | ,[ \t\u00a0]*\.?(?:<months>)(?![a-z])  # "5 Sep, 2025"
    )""".replace("<months>", "|".join(m.lower()[::-1] for m in _MONTHS.split("|"))),
    re.VERBOSE,
)
_NON_SPACE = re.compile(r"\S*")
_NAME_TAIL = re.compile(r"(?:[-/]?[A-Za-z0-9]+)*")
# Words after which a figure with a letter glued to it is a label, not a temperature.
_LABEL_WORDS = frozenset(
    [
        "apartment",
        "article",
        "avenue",
        "base",
        "bay",
        "bed",
        "berth",
        "block",
        "box",
        "building",
        "bus",
        "camp",
        "category",
        "cell",
        "channel",
        "chapter",
        "class",
        "clause",
        "court",
        "door",
        "exit",
        "field",
        "flat",
        "flight",
        "flights",
        "floor",
        "form",
        "freeway",
        "gate",
        "grade",
        "hall",
        "hangar",
        "highway",
        "interstate",
        "junction",
        "lane",
        "level",
        "line",
        "lot",
        "model",
        "motorway",
        "no",
        "number",
        "page",
        "paragraph",
        "pier",
        "pitch",
        "platform",
        "plot",
        "road",
        "room",
        "rooms",
        "route",
        "row",
        "runway",
        "seat",
        "seats",
        "section",
        "sector",
        "shelter",
        "site",
        "size",
        "stage",
        "stand",
        "street",
        "suite",
        "terminal",
        "tower",
        "train",
        "type",
        "unit",
        "version",
        "vitamin",
        "ward",
        "wing",
        "zone",
    ]
)
# "3-1", "2–2": the second half of a sports score (a range never runs downwards).
_SCORE = re.compile(r"[-\u2013]([0-9]{1,2})(?![0-9]|[-\u2013.,][0-9])")
_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)
# A possessive determiner before a four-digit figure makes it a year: "its 2019 sales".
_POSSESSIVE_BEFORE = re.compile(r"[ \t\u00a0]+(?:sti|rieht|sih|reh|ruo|s'|s’)(?![a-z])")
_ERA_BEFORE = re.compile(r"[ \t\u00a0]+(?:\.D\.A|DA|\.E\.C|EC)(?![A-Za-z])")  # reversed
_ERA_AFTER = re.compile(r"[ \t\u00a0]+(?:BC|B\.C\.|BCE|AD|A\.D\.|CE)(?![A-Za-z])")


def _in_name(
    sc: _Scanner, d: int, e: int, raw: str, word: re.Match[str] | None, last: str, rev: str
) -> tuple[int, int, RejectReason] | None:
    """The span of a name, label, score or address that the figure at ``d`` is part of.

    - A whole number right after a capitalised word inside a sentence, with no
      counted noun after it: "the FTSE 250 rose", "Nikkei 225", "Pixel 9", "ISO
      9001", "IL 62704". Not in title case ("Fires 500 Drones"), not after a
      month, a weekday or a possessive.
    - After a label word in lower case: "a category 4 storm", "level 3".
    - A number in brackets after a name: "Smith (17)", a jersey number or rating.
    - A sports score: "won 3-1", "a 2-2 draw" (a range never runs downwards).
    - A house number before a capitalised street name: "42 Harbour Street".
    """
    text, low = sc.text, sc.low
    n = len(text)
    if not raw.isdigit():
        return None
    if len(raw) <= 4 and (_ERA_BEFORE.match(rev) or _ERA_AFTER.match(text, e)):
        return d, e, RejectReason.YEAR  # "A.D. 900", "300 BC"
    prev = text[d - 1] if d > sc.pos else ""
    if prev == "(" and text[e : e + 1] == ")" and e - d <= 3:
        if _word_before(text, d - 1, sc.pos)[:1].isupper():
            return d - 1, e + 1, RejectReason.NAME
        return None
    if text[e : e + 1] in ("-", "\u2013") and e - d <= 2:
        score = _SCORE.match(text, e)
        if score is not None and int(score.group(1)) <= int(raw):
            return d, score.end(), RejectReason.NAME
    nxt = _RIGHT_PEEK.match(low, e)
    following = nxt.group("w") if nxt is not None else ""
    if following.isalpha() and (
        _is_plural(following) or following in sc.rules.units or following in sc.rules.right_first
    ):
        return None
    if text[e : e + 1].isalpha():
        return None
    if nxt is not None and len(following) >= 2 and nxt.group("sp") == " ":
        model = text[e + 1 : e + 1 + len(following)]
        if model.isupper():
            after_model = _NEXT_WORD.match(low, e + 2 + len(following))
            counted = after_model is not None and after_model.group() not in _NOUN_STOP
            if not (counted and _is_plural(after_model.group())):  # type: ignore[union-attr]
                return (
                    d,
                    e + 1 + len(following),
                    RejectReason.NAME,
                )  # "the 737 MAX", "a 911 GT3"
    if word is not None and word.start("w") == 1 and last[:1].isupper():
        before_name = text[max(sc.pos, d - 80) : d - word.end()].rstrip(" \t\u00a0")
        sentence_start = not before_name or before_name[-1] in '.!?\n"“:'
        p = e + (len(nxt.group("sp")) if nxt is not None else 0)
        titled = p < n and text[p].isupper()
        if (
            not sentence_start
            and not titled
            and last not in _MONTH_NAMES
            and last.lower() not in _WEEKDAYS
            and not _plural_form(last.lower())  # "Republicans 222" counts
            and not sc.rules.currency_before.match(sc.left(d, 8)[0])
        ):
            return d - word.end(), e, RejectReason.NAME
    if word is not None and last in _LABEL_WORDS and not last.endswith("s"):
        return d - word.end(), e, RejectReason.NAME
    if e - d <= 5 and text[e + 1 : e + 2].isupper():
        street = sc.rules.street_after.match(text, e)
        if street is not None:
            return d, street.end(), RejectReason.NAME
    return None


def _identifier(sc: _Scanner, d: int) -> tuple[int, int] | None:
    """The span of a URL, e-mail or path holding position ``d``, if it is one."""
    text = sc.text
    lo = max(sc.pos, d - 200)
    back = _NON_SPACE.match(text[lo:d][::-1])
    start = d - (back.end() if back is not None else 0)
    ahead = _NON_SPACE.match(text, d, min(len(text), d + 400))
    end = ahead.end() if ahead is not None else d + 1
    token = text[start:end]
    if "://" in token or token[:4].lower() == "www." or ("@" in token and "." in token):
        while end > d + 1 and not text[end - 1].isalnum():
            end -= 1
        return start, max(end, d + 1)
    return None


def _name(sc: _Scanner, d: int) -> int:
    """Reject the alphanumeric token around ``d`` as a name ("F-16", "G7", "MH17")."""
    text = sc.text
    start = d
    while start > sc.pos and (
        text[start - 1].isalnum()
        or (text[start - 1] in "-‐" and start - 2 >= sc.pos and text[start - 2].isalnum())
    ):
        start -= 1
    end = _tail_end(text, d)
    end = _name_end(text, d, end)
    return sc.reject(start, end, RejectReason.NAME)


def _clock(sc: _Scanner, d: int) -> int:
    """Reject the clock time ("14:11", "9:30 pm") or media duration ("1:02:33") at ``d``."""
    text = sc.text
    m = _CLOCK.match(text, d)
    if m is None:
        end = d
        while end < len(text) and (text[end] in _ASCII_DIGITS or text[end] == ":"):
            end += 1
        while text[end - 1] == ":":
            end -= 1
        return sc.reject(d, end, RejectReason.NAME)
    end = m.end()
    if m.group("s") is not None or m.group("f") is not None:
        # "1:02:33", and a race time "won in 2:04.3": durations, not clocks.
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    if m.group("ampm") is None and _player_line(sc, d, end, m.group()):
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    hours = int(m.group("h"))
    if hours >= 24 and m.group("ampm") is None:
        return sc.reject(d, end, RejectReason.MEDIA_DURATION)
    return sc.reject(d, end, RejectReason.TIME_OF_DAY)


def _player_line(sc: _Scanner, d: int, end: int, stamp: str) -> bool:
    """Whether a clock stamp stands on a line of media-player debris.

    A line holding only time stamps is player debris when it has several, when
    its stamp is the "0:00" of an idle player, or when a neighbouring line is
    also only stamps ("0:00" / "24:55" under "Podcasts").
    """
    text = sc.text
    start = text.rfind("\n", max(0, d - 120), d) + 1
    stop = text.find("\n", end, end + 120)
    stop = len(text) if stop < 0 else stop
    line = text[start:stop].strip()
    if not _STAMP_LINE.fullmatch(line):
        return False
    if stamp == "0:00" or len(line.split()) > 1:
        return True
    before = text[max(0, start - 60) : max(0, start - 1)].rsplit("\n", 1)[-1].strip()
    after = text[stop + 1 : stop + 60].split("\n", 1)[0].strip()
    return bool(_STAMP_LINE.fullmatch(before) or _STAMP_LINE.fullmatch(after))


def _ordinal_or_date(sc: _Scanner, d: int, e: int) -> int:
    """Reject "5th" at ``d`` as a date next to a month name, else as an ordinal."""
    rev, _ = sc.left(d, 16)
    if _MONTH_BEFORE.match(rev) or _MONTH_AFTER.match(sc.text, e):
        return sc.reject(d, e + 2, RejectReason.DATE)
    return sc.reject(d, e + 2, RejectReason.ORDINAL)


def _year(sc: _Scanner, d: int, e: int, rev: str, rlow: str) -> int | None:
    """End of a year mention starting at ``d``, or None when it reads as a count."""
    text, low = sc.text, sc.low
    ranged = _YEAR_RANGE.match(text, d)
    if ranged is not None and _is_year_range(ranged.group()):
        return ranged.end()
    if _MONTH_BEFORE.match(rev):
        return e
    word = _NEXT_WORD.match(low, e + 1) if e < len(low) and low[e] == " " else None
    if (word is not None and word.group() == "per") or sc.rules.unit_after.match(low, e):
        return None  # "an average of 1800 per household", "the 1750 sq m site"
    if _YEAR_CONTEXT_BEFORE.match(rlow):
        return e  # "in 2019"
    if _POSSESSIVE_BEFORE.match(rlow) and int(text[d:e]) % 100:
        return e  # "its 2019 sales"; "Russia's 2000 drones" is a round count
    if sc.has_money_or_hedge(d):
        # "over 2,000 people", "more than 1500": a count; "an increase over 2021"
        # (a figure not round, with no counted noun after it): a year.
        plural = word is not None and _PLURAL_NOUN.fullmatch(word.group()) is not None
        if plural or int(text[d:e]) % 10 == 0 or sc.rules.currency_before.match(rev):
            return None
        return e
    if _SCALE_AFTER.match(low, e):
        return None
    if word is not None and text[e + 1].isupper():
        return e  # "the Tokyo 2020 Games": a year in a name
    if word is not None and _PLURAL_NOUN.fullmatch(word.group()):
        return None
    return e


def _is_year_range(candidate: str) -> bool:
    """Whether "2014-15" / "2014-2015" / "2022/23" spans years (the end after the start)."""
    first, tail = candidate[:4], candidate[5:]
    if not 1500 <= int(first) <= 2100:
        return False
    end = int(first[:2] + tail) if len(tail) == 2 else int(tail)
    return int(first) < end <= int(first) + 100


def _is_phone(candidate: str) -> bool:
    """Whether digit groups read as a phone number: nine digits or more, not thousands."""
    digits = sum(c.isdigit() for c in candidate)
    if digits < 9:
        return False
    if candidate.startswith(("+", "(")) or "-" in candidate or "." in candidate:
        return True
    groups = candidate.split()
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return not thousands


def _tail_end(text: str, p: int) -> int:
    """End of the alphanumeric chain ("-800", "x9", "/B") that starts at ``p``."""
    m = _NAME_TAIL.match(text, p)
    return p if m is None else m.end()


def _name_end(text: str, d: int, end: int) -> int:
    """Trim a name span so it never ends on a hyphen or slash."""
    while end > d + 1 and text[end - 1] in "-/":
        end -= 1
    return end
