"""Hedges around a figure: before it ("more than", "nearly", "between"), after it
("800+", "or more"), an upper bound after a lower one ("more than 200 but fewer than
300"), and the hedge a conversion in brackets shares ("more than 100 km (62 miles)").
"""

from __future__ import annotations

import re

from ...models import Qualifier
from ...rules.numbers import SCALE_WORDS
from ...rules.shipped import shipped_word_class
from .patterns import _GROUP_SEP, _NUMBER, _RANGE_CURRENCY, _RIGHT_PEEK, _SCALE_AFTER
from .state import _Figure, _Scanner, _word_before

_RANGE_OPENER = re.compile(r"[ \t\u00a0]+(neewteb|morf)(?![a-z])")  # reversed "between", "from"
# Verbs of change before "from" (reversed, as the window left of a figure is read):
# "rose from 80 to 93" is a change between two figures. Each is a verb of change in
# quantities.jsonl, but "revised", which changes a figure in no stated direction.
_CHANGE_VERBS = re.compile(
    r"[ \t\u00a0]+(?:esor|nesir|esir|desaercni|debmilc|depmuj|llef|deppord|denilced|werg|"
    r"desiar|desiver|degrus|deraos|degnulp|delbuod|delpirt|depmuls|gnisir|gnillaf)(?![a-z])"
)
# "over 10 years" is mostly "during ten years" in news; "over 10 years old" is a bound.
_DURATION_UNITS = shipped_word_class("duration_unit_name", "mentions.jsonl")
_DURING = frozenset(["revo"])  # reversed, as the hedge pattern reads it
_AGE_AFTER = re.compile(r"[ \t\u00a0]+(?:old|ago|of age)(?![a-z])")
# "sub-200 sq m", "sub-£1,000": a prefix and a hyphen glued to the figure bound it.
_BELOW_PREFIXES = shipped_word_class("below_prefix", "mentions.jsonl")
_BELOW_PREFIX = re.compile(  # on the reversed window: the hyphen, then the prefix
    r"[-\u2010\u2011](?P<h>" + "|".join(sorted(w[::-1] for w in _BELOW_PREFIXES)) + r")(?![^\W_])"
)
# A hedge that ends in "to" may be the preposition of a verb of change ("ticked up to").
_TO_REVERSED = "ot"
_UP_REVERSED = "pu"
_LOWER_BOUNDS = frozenset([Qualifier.MORE_THAN, Qualifier.AT_LEAST])
_RANGE_OPENERS = frozenset(["between", "from"])
# Between a figure and its conversion in brackets: "100 km (62 miles)".
_CONVERSION_GAP = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
_UNCONVERTED = (Qualifier.EXACT, Qualifier.RANGE, Qualifier.VAGUE)
# "Cases top 200", "crowds topping 10,000": hedges that are verbs, a bound only as one.
_HEDGE_VERBS = shipped_word_class("hedge_verb", "mentions.jsonl")
_HEDGE_VERB_BLOCKERS = shipped_word_class("hedge_verb_blocker", "mentions.jsonl")
_OBJECT_HEDGE_VERBS = shipped_word_class("object_hedge_verb", "mentions.jsonl")
_NOUN_STOP = shipped_word_class("noun_stop", "mentions.jsonl")
_APOSTROPHES = frozenset("'\u2019")
_SCORE_AFTER = re.compile(r"[ \t\u00a0]*(?:to|-|\u2013)[ \t\u00a0]*\d")  # "52 to 48", "3-1"
_NON_FINITE = ("ing", "ed")  # forms of a verb hedge that may open a clause
_SUBJECT_SPAN = 40  # characters before a verb hedge where the word it follows is looked for


def _read_left_hedge(sc: _Scanner, f: _Figure) -> re.Match[str] | None:
    """Take the hedge before the figure ("more than 1,300"); return its match, if taken.

    Sets ``f.qualifier``, ``f.hedge`` and ``f.start``. Without a hedge, "between" or
    "from" before the figure may open a range (``f.between``, ``f.range_start``), or
    mark a change between two figures ("rose from 80 to 93", ``f.no_range``).
    """
    rules = sc.rules
    hm = rules.hedge_before.match(f.rlow) if f.last in rules.hedge_last else None
    if hm is not None:
        if hm.group("h").startswith(_TO_REVERSED) and _reached(sc, f.rlow, hm):
            return None  # "ticked up to 6.3%": a level reached, which the governor reads
        if (
            f.unit in _DURATION_UNITS
            and hm.group("h") in _DURING
            and not _AGE_AFTER.match(sc.low, f.end)
        ):
            return None  # "over 10 years", "over three days": a duration, not a bound
        phrase = " ".join(hm.group("h")[::-1].split())
        if phrase in _HEDGE_VERBS and not _verb_hedge(sc, f, f.start - hm.end(), phrase):
            return None  # "the top 10", "passed 12 bills": no bound
        f.qualifier = rules.hedges[phrase]
        f.start -= hm.end()
        f.hedge = sc.text[f.start : f.start + len(hm.group("h"))]
        return hm
    pm = _BELOW_PREFIX.match(f.rlow)
    if pm is not None:
        f.qualifier = Qualifier.LESS_THAN
        f.start -= pm.end()
        f.hedge = sc.text[f.start : f.start + pm.end()]
        return pm
    if f.last in _RANGE_OPENERS:
        bm = _RANGE_OPENER.match(f.rlow)
        if bm is not None:
            if bm.group(1) == "morf" and _CHANGE_VERBS.match(f.rlow, bm.end()):
                # "rose from 80 to 93" is a change between two figures, not a range.
                f.no_range = True
            else:
                f.between = True
                f.range_start = f.start - bm.end()
    return None


def _verb_hedge(sc: _Scanner, f: _Figure, start: int, phrase: str) -> bool:
    """Whether a hedge that is a verb ("top", "passed", "nearing") is one here.

    A verb follows the phrase it is said of: after a determiner, a possessive or a
    preposition, or with no word before it, "top" is an adjective ("the top 10",
    "Liverpool's top 3", "Top 5 picks"). A verb that may take what the figure counts
    as its object ("passed 12 bills", "crossed 3 borders") bounds the figure only
    when no plural noun follows it ("the toll passed 1,000").
    """
    low = sc.low
    before = _word_before(low, start, max(0, start - _SUBJECT_SPAN))
    if not before:
        # "Top 10 clubs": a present form opening a sentence is no verb; "...,
        # exceeding 39 deaths" is one, whose subject stands before the comma.
        return phrase.endswith(_NON_FINITE)
    if before in _HEDGE_VERB_BLOCKERS:
        return False
    at = low.rfind(before, max(0, start - _SUBJECT_SPAN), start)
    if at > 0 and low[at - 1] in _APOSTROPHES:
        return False  # "the league's top 5"
    if _SCORE_AFTER.match(low, f.end):
        return False  # "the bill passed 52 to 48": a tally of votes, no bound
    if phrase in _OBJECT_HEDGE_VERBS:
        peek = _RIGHT_PEEK.match(low, f.end)
        nxt = peek.group("w") if peek is not None else ""
        if nxt.isalpha() and nxt.endswith("s") and nxt not in _NOUN_STOP:
            return False
    return True


def _reached(sc: _Scanner, rlow: str, hm: re.Match[str]) -> bool:
    """Whether the hedge ``hm`` ("up to") ends a word of change and "to" ("ticked up to").

    "Up to" after a verb of change whose last word is "up" ("edged up", "inched up")
    names the level the change reached, no bound: the "up" belongs to the verb.
    """
    change = sc.rules.change_before.match(rlow)
    return (
        change is not None
        and change.group("p") == "ot"
        and change.start("g") + len(_UP_REVERSED) == hm.end()
        and not change.group("g").isalpha()  # "edged up", not the adverb "up" alone
    )


def _read_trailing_hedge(sc: _Scanner, f: _Figure) -> re.Match[str] | None:
    """Take a hedge after the figure ("800+", "1,000-plus", "or more"); return its match.

    A hedge before the figure wins, except that "about 500 or more" is a bound.
    The match is returned for a vague figure too, which takes no hedge.
    """
    trail = sc.rules.hedge_after.match(sc.low, f.end)
    if trail is None or f.vague is not None:
        return trail
    text, end = sc.text, f.end
    trailing = sc.rules.hedges[" ".join(trail.group().split())]
    if f.hedge is None:
        f.qualifier = trailing
        f.hedge = text[end : trail.end()].strip().lstrip("-")
    elif f.qualifier is Qualifier.APPROXIMATE and trailing in (
        Qualifier.AT_LEAST,
        Qualifier.AT_MOST,
    ):
        # "about 500 or more": the bound is what the figure says.
        f.qualifier = trailing
        f.hedge = f"{f.hedge} {text[end : trail.end()].strip()}"
    f.end = trail.end()
    return trail


def _upper_bound(sc: _Scanner, f: _Figure) -> tuple[float, bool] | None:
    """``(high, closed)`` of "but fewer than 300" after a lower bound, taken up to ``f.end``."""
    if f.qualifier not in _LOWER_BOUNDS or f.high is not None or f.vague is not None:
        return None
    m = sc.rules.upper_after.match(sc.low, f.end)
    if m is None:
        return None
    p = m.end()
    if f.currency is not None:
        cm = _RANGE_CURRENCY.match(sc.text, p)
        if cm is not None:
            p = cm.end()
    num = _NUMBER.match(sc.text, p)
    if num is None:
        return None
    q = num.end()
    high = float(_GROUP_SEP.sub("", num.group()))
    sm = _SCALE_AFTER.match(sc.low, q)
    if sm is not None and sm.group("w") is not None:
        high *= SCALE_WORDS[sm.group("w")]
        q = sm.end()
    if high <= f.value:
        return None
    f.end = q
    return high, sc.rules.hedges[" ".join(m.group("h").split())] is Qualifier.AT_MOST


def _carry_conversion_hedge(sc: _Scanner, f: _Figure) -> None:
    """Give an exact figure in brackets the hedge of the figure it converts.

    "more than 100 km (62 miles)": the conversion is more than 62 miles too.
    """
    if f.qualifier is not Qualifier.EXACT or f.high is not None or not sc.found:
        return
    last = sc.found[-1]
    if (
        last.unit is not None
        and last.qualifier not in _UNCONVERTED
        and _CONVERSION_GAP.fullmatch(sc.text, last.span[1], f.start)
    ):
        f.qualifier, f.hedge = last.qualifier, last.hedge
