"""Numbers that belong to names, which are no figures: identifiers and addresses (URLs,
e-mails, paths, phone numbers, dotted versions), names with numbers ("F-16", "G7",
"World War 2", "the FTSE 250", "Boeing 737 MAX"), labels ("category 4", "seat 12C"),
sports scores ("won 3-1") and house numbers ("42 Harbour Street").
"""

from __future__ import annotations

import re

from ...models import RejectReason
from ...rules.shipped import shipped_word_class
from .dates import _MONTH_NAMES
from .nouns import _NOUN_STOP, _is_plural, _plural_form, _singular
from .patterns import _ASCII_DIGITS, _NEXT_WORD, _RIGHT_PEEK
from .state import _Scanner, _word_before

_NON_SPACE = re.compile(r"\S*")
_NAME_TAIL = re.compile(r"(?:[-/]?[A-Za-z0-9]+)*")
# Words after which a figure with a letter glued to it is a label, not a temperature.
_LABEL_WORDS = shipped_word_class("label_word", "mentions.jsonl")
# Words before a plural label word that make it a noun ("of flights 171"), never a verb
# ("the hall seats 400").
_LABEL_PLURAL_AFTER = shipped_word_class("label_plural_after", "mentions.jsonl")
# The words that join a second label to the first: "flights 171 and 172" (reversed).
_LABEL_JOINER = re.compile(r"[ \t\u00a0]+(?:dna|ro|&)[ \t\u00a0]+")
_JOINER_WIDTH = 9
# "3-1", "2–2": the second half of a sports score (a range never runs downwards).
_SCORE = re.compile(r"[-\u2013]([0-9]{1,2})(?![0-9]|[-\u2013.,][0-9])")
_WEEKDAYS = shipped_word_class("weekday_name", "mentions.jsonl")
_SERVICE_NOUNS = shipped_word_class("service_noun", "mentions.jsonl")
# "a Category 4 storm", "a level 3 alert", "a Force 9 gale": a rating on a scale.
_RATING_WORDS = shipped_word_class("rating_word", "mentions.jsonl")
_RATING_BEFORE_NOUN = shipped_word_class("rating_word_before_noun", "mentions.jsonl")
_RATING_NOUNS = shipped_word_class("rating_noun", "mentions.jsonl")
_SPACES = frozenset(" \u00a0")
# "the 38 bus", "the 8.05 service": a route number, or a departure's hour and minutes.
_SERVICE_NUMBER = re.compile(r"[0-9]{1,3}|(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]")
_ERA_BEFORE = re.compile(r"[ \t\u00a0]+(?:\.D\.A|DA|\.E\.C|EC)(?![A-Za-z])")  # reversed
_ERA_AFTER = re.compile(r"[ \t\u00a0]+(?:BC|B\.C\.|BCE|AD|A\.D\.|CE)(?![A-Za-z])")
_PHONE = re.compile(
    r"""
    (?:\+[0-9]{1,3}[ .\-]?)?                  # country code
    (?:\([0-9]{2,5}\)[ .\-]?)?                # area code in brackets
    [0-9]{2,5}(?:[ .\-][0-9]{2,5}){1,4}+      # groups
    (?![0-9])
    """,
    re.VERBOSE,
)


def _in_name(
    sc: _Scanner, d: int, e: int, raw: str, word: re.Match[str] | None, last: str, rev: str
) -> tuple[int, int, RejectReason] | None:
    """The span of a name, label, score or address that the figure at ``d`` is part of.

    - A year with its era: "A.D. 900", "300 BC".
    - A number in brackets after a name: "Smith (17)", a jersey number or rating.
    - A sports score: "won 3-1", "a 2-2 draw" (a range never runs downwards).
    - A model after the number: "the 737 MAX", "a 911 GT3".
    - A whole number right after a capitalised word inside a sentence, with no
      counted noun after it: "the FTSE 250 rose", "Nikkei 225", "Pixel 9", "ISO
      9001", "IL 62704". Not in title case ("Fires 500 Drones"), not after a
      month, a weekday or a possessive.
    - After a label word in lower case: "a category 4 storm", "level 3", "on bus 38";
      a plural one only where it cannot be a verb: "of flights 171", not "the hall
      seats 400" (see :func:`label_word`).
    - A house number before a capitalised street name: "42 Harbour Street".
    - The second of a list of such names: "flights 171 and 172", "Articles 5 and 6".

    Args:
        sc: the scan.
        d: start of the digits.
        e: end of the digits.
        raw: the digits.
        word: the match of the word before, on the reversed window ``rev``.
        last: that word, read forwards.
        rev: the reversed original text left of ``d``.
    """
    text = sc.text
    if not raw.isdigit():
        return None
    if len(raw) <= 4 and (_ERA_BEFORE.match(rev) or _ERA_AFTER.match(text, e)):
        return d, e, RejectReason.YEAR  # "A.D. 900", "300 BC"
    prev = text[d - 1] if d > sc.pos else ""
    if prev == "(" and text[e : e + 1] == ")" and e - d <= 3:
        return _bracketed(sc, d, e)
    if text[e : e + 1] in ("-", "\u2013") and e - d <= 2:
        score = _SCORE.match(text, e)
        if score is not None and int(score.group(1)) <= int(raw):
            return d, score.end(), RejectReason.NAME
    peek = _RIGHT_PEEK.match(sc.low, e)
    following = peek.group("w") if peek is not None else ""
    if following.isalpha() and (
        (_is_plural(following) and following not in _NOUN_STOP)  # not "the FTSE 250 has"
        or following in sc.rules.units
        or (following in sc.rules.right_first and following not in _NOUN_STOP)
    ):  # a joiner ("and", "to", "in") after a name is no sign of a count: "Game 4 in Boston"
        return None  # the number counts something
    if text[e : e + 1].isalpha():
        return None
    if listed_label(sc, d):
        return d, e, RejectReason.NAME  # "flights 171 and 172", "Articles 5 and 6"
    return _named_by_words(sc, d, e, word, last, peek)


def _bracketed(sc: _Scanner, d: int, e: int) -> tuple[int, int, RejectReason] | None:
    """The span of "(17)" after a capitalised word ("Smith (17)"), with its brackets."""
    if _word_before(sc.text, d - 1, sc.pos)[:1].isupper():
        return d - 1, e + 1, RejectReason.NAME
    return None


def _named_by_words(
    sc: _Scanner,
    d: int,
    e: int,
    word: re.Match[str] | None,
    last: str,
    peek: re.Match[str] | None,
) -> tuple[int, int, RejectReason] | None:
    """A model name after the number, a capitalised name or label word before it, or a
    street name after it (see :func:`_in_name`)."""
    text = sc.text
    following = peek.group("w") if peek is not None else ""
    if peek is not None and len(following) >= 2 and peek.group("sp") == " ":
        model = _model_after(sc, e, following)
        if model is not None:
            return d, model, RejectReason.NAME  # "the 737 MAX", "a 911 GT3"
    if word is not None and word.start("w") == 1 and last[:1].isupper():
        spaces = len(peek.group("sp")) if peek is not None else 0
        if _after_capitalised(sc, d, e + spaces, word, last):
            return d - word.end(), e, RejectReason.NAME
    if word is not None and label_word(sc, d, word, last):
        return d - word.end(), e, RejectReason.NAME
    if e - d <= 5 and text[e + 1 : e + 2].isupper():
        street = sc.rules.street_after.match(text, e)
        if street is not None:
            return d, street.end(), RejectReason.NAME
    return None


def rates(sc: _Scanner, last: str, e: int) -> bool:
    """Whether the lower-case word ``last`` before the number ending at ``e`` makes it a
    rating on a scale: "a Category 4 storm", "downgraded to category five", "a level 3
    alert", "a Force 9 gale". A rating measures the thing rated; it is no name ("Gate 4")
    and no count. "level", "force", "stage", "tier" rate only before a rating noun, or
    one word and a rating noun ("a Level 4 travel advisory"): "on level 3 of the car
    park" is a floor, "to force 5,000 people out" a verb."""
    if last in _RATING_WORDS:
        return True
    if last not in _RATING_BEFORE_NOUN:
        return False
    p = e
    for _ in range(2):
        if sc.text[p : p + 1] not in _SPACES:
            return False
        word = _NEXT_WORD.match(sc.low, p + 1)
        if word is None:
            return False
        if word.group() in _RATING_NOUNS:
            return True
        p = word.end()
    return False


def numbered_service(
    sc: _Scanner, d: int, e: int, last: str
) -> tuple[int, int, RejectReason] | None:
    """The span of a number after "the" that names a route or a departure before a
    transport noun: "the 38 bus" (a name), "the 8.05 service" (a time of day), or a
    departure before "from" or "to" and a place ("the 4.15 from Paddington"). A plural
    after the noun counts it again: "the 38 bus routes"."""
    if last not in ("the", "The") or not _SERVICE_NUMBER.fullmatch(sc.text, d, e):
        return None
    peek = _RIGHT_PEEK.match(sc.low, e)
    if peek is None or peek.group("sp") != " ":
        return None
    dotted = not sc.text[d:e].isdigit()
    if dotted and peek.group("w") in ("from", "to"):
        # "the 4.15 from Paddington", "the 07.32 to Brighton": a departure
        ends = _RIGHT_PEEK.match(sc.text, peek.end())
        if ends is not None and ends.group("sp") == " " and ends.group("w")[:1].isupper():
            return d, e, RejectReason.TIME_OF_DAY
        return None
    if peek.group("w") not in _SERVICE_NOUNS:
        return None
    after = _RIGHT_PEEK.match(sc.low, peek.end())
    following = after.group("w") if after is not None else ""
    if following.isalpha() and _is_plural(following) and following not in _NOUN_STOP:
        return None
    return d, e, RejectReason.TIME_OF_DAY if dotted else RejectReason.NAME


def may_label(last: str) -> bool:
    """Whether ``last``, the word before a number, is a label word or the plural of one
    ("gate", "gates"): a cheap test before :func:`label_word`."""
    return last in _LABEL_WORDS or (_plural_form(last) and _singular(last) in _LABEL_WORDS)


def label_word(sc: _Scanner, d: int, word: re.Match[str], last: str) -> bool:
    """Whether the lower-case word ``last`` right before the number at ``d`` makes it a
    label: "gate 4", "on bus 38", "of flights 171", "on routes 9 and 11".

    A plural may be a verb whose object is a count ("the hall seats 400", "the stadium
    houses 300"): it labels the number only after a preposition or determiner, where
    no verb can stand.
    """
    if last[:1].isupper() and last[1:].islower():
        last = last.lower()  # "Bus 42 was hijacked": a label word opening a sentence
    if not _plural_form(last):
        return last in _LABEL_WORDS
    if last not in _LABEL_WORDS and _singular(last) not in _LABEL_WORDS:
        return False
    return _word_before(sc.low, d - word.end(), sc.pos) in _LABEL_PLURAL_AFTER


def listed_label(sc: _Scanner, d: int) -> bool:
    """Whether the number at ``d`` is the second of a list of labels or names, joined to
    the first by "and", "or" or "&": "flights 171 and 172", "Articles 5 and 6". The first
    is the last span the scan rejected as a name, right before the joiner."""
    if not sc.rejected:
        return False
    _, end, reason = sc.rejected[-1]
    # The joiner is a few characters: a name further back is not the first of a list.
    if d - end > _JOINER_WIDTH or reason is not RejectReason.NAME:
        return False
    if not sc.text[end - 1 : end].isdigit():
        return False
    joiner = _LABEL_JOINER.match(sc.low[end:d][::-1])
    return joiner is not None and joiner.end() == d - end


def _model_after(sc: _Scanner, e: int, following: str) -> int | None:
    """End of an upper-case model word after the number ("737 MAX") that no counted
    plural follows ("the 737 MAX jets" counts jets)."""
    low = sc.low
    model = sc.text[e + 1 : e + 1 + len(following)]
    if not model.isupper():
        return None
    after_model = _NEXT_WORD.match(low, e + 2 + len(following))
    if (
        after_model is not None
        and after_model.group() not in _NOUN_STOP
        and _is_plural(after_model.group())
    ):
        return None
    return e + 1 + len(following)


def _after_capitalised(sc: _Scanner, d: int, p: int, word: re.Match[str], last: str) -> bool:
    """Whether the capitalised ``last`` right before the number at ``d`` names it.

    Not at the start of a sentence, not in title case (the word at ``p``, after the
    number, is capitalised), not after a month, a weekday, a plural ("Republicans
    222" counts) or a currency.
    """
    text = sc.text
    before_name = text[max(sc.pos, d - 80) : d - word.end()].rstrip(" \t\u00a0")
    if not before_name or before_name[-1] in '.!?\n"“:':
        return False
    if p < len(text) and text[p].isupper():
        return False
    return (
        last not in _MONTH_NAMES
        and last.lower() not in _WEEKDAYS
        and not _plural_form(last.lower())
        and not sc.rules.currency_before.match(sc.left(d, 8)[0])
    )


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


def _phone(sc: _Scanner, begin: int) -> int | None:
    """Reject a phone number starting at ``begin`` ("+44 20 7946 0958"), if it is one."""
    phone = _PHONE.match(sc.text, begin)
    if phone is None or not _is_phone(phone.group()):
        return None
    return sc.reject(begin, phone.end(), RejectReason.NAME)


def _dotted(sc: _Scanner, d: int, e: int) -> int:
    """Reject digits joined by dots ("192.168.0.1", "1.2.3", "2.4.1"): a version or address."""
    text = sc.text
    n = len(text)
    end = e
    while end < n and (
        text[end] in _ASCII_DIGITS
        or (text[end] == "." and end + 1 < n and text[end + 1] in _ASCII_DIGITS)
    ):
        end += 1
    return sc.reject(d, end, RejectReason.NAME)
