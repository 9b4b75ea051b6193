"""Figures spelled in words: runs of number words ("twenty-five", "half a
million"), fraction words and shares ("two thirds", "half the residents"), vague
quantities ("dozens of", "several hundred"), and "one" as a pronoun.
"""

from __future__ import annotations

import re

from ...models import RejectReason
from ...rules.numbers import FRACTION_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS
from ...rules.quantities import _form
from ...rules.shipped import shipped_word_class
from ...text.numwords import read_number_words
from .assemble import _quantity
from .names import rates
from .nouns import _NOUN_STOP
from .patterns import (
    _ASCII_DIGITS,
    _FOLD_WORDS,
    _GROUP_SEP,
    _OF_AFTER,
    _RIGHT_PEEK,
    _RUN,
    _TOKEN,
    _VAGUE_DETERMINERS,
    _VAGUE_WORDS,
)
from .state import _article_before, _Core, _Scanner, _word_before

_ONE_ON_ONE = re.compile(r"-on-one(?![a-z])")
_ONE_ON_ONE_SPACED = re.compile(r"[ \t\u00a0]+on[ \t\u00a0]+one(?![a-z])")
_VAGUE_OF_SCALE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(thousands|millions|billions)(?![a-z])")
# "several hundred", "a few thousand", "several thousands" (a plural scale after a
# determiner is the same figure).
_VAGUE_SCALE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(hundred|thousand|million|billion|lakh|crore|dozen)s?(?![a-z])"
)
# "dozens upon dozens", "hundreds and hundreds": a vague word said twice for emphasis is
# one figure, the word's own bounds.
_REPEATED = re.compile(r"[ \t\u00a0]+(?:upon|and|on|after)[ \t\u00a0]+(?P<w>[a-z]+)(?![a-z])")
_VAGUE_UNITS = {**SCALE_WORDS, "dozen": 12.0}  # "several dozen" is three to nine dozen
# "a quarter of a million", "a quarter million", "three quarters of a billion".
_OF_A_SCALE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+an?[ \t\u00a0]+)?(thousand|million|billion)(?![a-z])"
)
_DETERMINER_BEFORE = shipped_word_class("determiner_before_one", "mentions.jsonl")
_DETERMINER_AFTER = re.compile(
    r"[ \t\u00a0]+(?:of|another|who|whom|whose|can|could|must|should|would|might|may|will)(?![a-z])"
    r"|-on-one(?![a-z])|[ \t\u00a0]+on[ \t\u00a0]+one(?![a-z])"
)
_OF_A = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?an?[ \t\u00a0]+(?=[a-z])")
# The decimals of a small number whose whole part a converter spelled out ("three.1
# million", "two.5%"): scraped copy where a style rule ("spell out one to nine") was
# applied to the digits before the dot. Only a dot and digits glued on both sides.
_GLUED_DECIMALS = re.compile(r"\.[0-9]++(?![0-9]|[.,][0-9])")
# The same number in digits in brackets after the words, as legal and official copy
# writes it: "Fifty two (52)", "ten thousand (10,000) dollars".
_ECHO = re.compile(
    r"[ \t\u00a0]?\([ \t\u00a0]*(?P<n>[0-9]{1,3}(?:,[0-9]{3})*+|[0-9]+)[ \t\u00a0]*\)"
)
_A_POINT = re.compile(r"[ \t\u00a0]+an?[ \t\u00a0]+(?P<pp>percentage[ \t\u00a0]+)?point(?![a-z])")
_HALF_THE = re.compile(r"[ \t\u00a0]+(?:the|its|their|all)(?![a-z])")
_RATING_MAX = 12  # the highest rating spelled out: Beaufort force twelve
_BARE_SCORES_BEFORE = shipped_word_class("bare_scores_before", "mentions.jsonl")
_BARE_SCORES_AFTER = shipped_word_class("bare_scores_after", "mentions.jsonl")
_SENTENCE_OPENERS = frozenset('.!?\n"“:;')
_CLAUSE_END = frozenset(".,;:!?")


def _at_word(sc: _Scanner, s: int, e: int) -> int:
    """Read the number word at ``s`` (ending at ``e``) as a figure, or pass over it.

    Vague words and fraction or ordinal words have their own readers; the others
    start a run of number words ("twenty-five", "a dozen", "one and a half million").
    """
    low, text = sc.low, sc.text
    if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
        return e  # part of a longer word ("éone"), seen as a word only in ASCII
    word = low[s:e]
    if word in _VAGUE_WORDS or word in _VAGUE_DETERMINERS:
        return _vague(sc, s, e, word)
    if word == "score":
        before = _article_before(low, s, sc.pos)
        if before is not None and _OF_AFTER.match(low, e):
            return _quantity(sc, _Core(before, e, 20.0, True, False, False))  # "a score of"
        return e
    if word in ORDINAL_WORDS or word in FRACTION_WORDS:
        return _fraction_or_ordinal(sc, s, e, word)
    if word in _FOLD_WORDS:  # "a fourfold increase": a ratio of 4
        return _quantity(sc, _Core(s, e, _FOLD_WORDS[word], True, False, False), unit="fold")
    run = _RUN.match(low, s)
    assert run is not None
    start = s
    if word in SCALE_WORDS or word == "dozen":
        before = _article_before(low, s, sc.pos)
        if before is not None:
            start = before
    return _number_run(sc, start, run.end(), s)


def _fraction_or_ordinal(sc: _Scanner, s: int, e: int, word: str) -> int:
    """A fraction word ("a quarter of a million", "half a mile", "a third of voters",
    "half the residents") or an ordinal ("third", rejected)."""
    low = sc.low
    before = _article_before(low, s, sc.pos)
    fraction = word in FRACTION_WORDS
    scaled = _OF_A_SCALE.match(low, e) if fraction else None
    led = before is not None or word == "half"  # "a quarter", "half"
    if scaled is None and fraction and led:
        end = _fraction_of_unit(sc, s, e, word, before)
        if end is not None:
            return end
    if scaled is not None and led:
        # "a quarter of a million", "half of a million": a count, not a share.
        value = SCALE_WORDS[scaled.group(1)] / FRACTION_WORDS[word]
        start = s if before is None else before
        return _quantity(sc, _Core(start, scaled.end(), value, True, False, False))
    if fraction and before is not None and _fraction_reads(sc, e, before):
        return _quantity(
            sc,
            _Core(before, e, 100.0 / FRACTION_WORDS[word], True, True, False),
            unit="percent",
        )
    if word == "half":
        return _half(sc, s, e)
    if word in ORDINAL_WORDS:
        return sc.reject(s, e, RejectReason.ORDINAL)
    return e  # "quarter", "thirds" on their own are not figures


def _fraction_of_unit(sc: _Scanner, s: int, e: int, word: str, before: int | None) -> int | None:
    """A fraction of a unit: "a quarter of a percentage point", "half a mile"."""
    of_a = _OF_A.match(sc.low, e)
    um = sc.rules.unit_after.match(sc.low, of_a.end()) if of_a is not None else None
    if um is None:
        return None
    start = s if before is None else before
    core = _Core(start, um.end(), 1.0 / FRACTION_WORDS[word], True, True, False)
    return _quantity(sc, core, unit=sc.rules.units[_form(um, "u")][0])


def _half(sc: _Scanner, s: int, e: int) -> int:
    """ "half" starting a number ("half a million"), a share ("half of the votes", "half
    the residents"), or nothing."""
    low = sc.low
    run = _RUN.match(low, s)
    if run is not None and run.end() > e:
        return _number_run(sc, s, run.end(), s)
    point = _A_POINT.match(low, e)
    if point is not None:
        # "jumped half a point": half of a point, or of a percentage point
        unit = "percentage_point" if point.group("pp") else None
        return _quantity(sc, _Core(s, point.end(), 0.5, True, True, False), unit=unit)
    if (
        _OF_AFTER.match(low, e)
        or _HALF_THE.match(low, e)
        or sc.has_money_or_hedge(s)
        or _word_before(low, s, sc.pos) in ("by", "than")
    ):
        # "half of the votes", "half the residents", "fell by (nearly) half"
        return _quantity(sc, _Core(s, e, 50.0, True, True, False), unit="percent")
    return e


def _fraction_reads(sc: _Scanner, e: int, before: int) -> bool:
    """Whether "a third" after an article is a fraction rather than an ordinal."""
    if _OF_AFTER.match(sc.low, e):
        return True
    rest = sc.low[e : e + 2]
    if not rest or (not rest[0].isalnum() and rest[0] not in "- "):
        return True
    return sc.has_money_or_hedge(before) or _word_before(sc.low, before - 1, sc.pos) in (
        "by",
        "than",
    )


def _number_run(sc: _Scanner, start: int, run_end: int, first: int) -> int:
    """Read a run of number words from ``first`` (``start`` may include "a")."""
    low = sc.low
    spans = [
        (m.start() + first, m.end() + first, m.group()) for m in _TOKEN.finditer(low[first:run_end])
    ]
    tokens = [t[2] for t in spans]
    if start < first:
        tokens.insert(0, low[start:first].split()[0])
        spans.insert(0, (start, first, tokens[0]))
    value, used = read_number_words(tokens)
    if start == first and tokens[0] in SCALE_WORDS and _after_digits(sc, start):
        # A scale word right after digits scales a name the digit reader rejected
        # ("R200 million", "G7 billion"): no figure of its own.
        return sc.reject(start, spans[0][1], RejectReason.NAME)
    if used == 0:
        # A lone scale word ("million") or "dozen" with nothing before it.
        head = tokens[0] if start == first else tokens[1]
        value = SCALE_WORDS.get(head, 12.0)
        used = 1 if start == first else 2
    end = spans[used - 1][1]
    if used < len(tokens) and tokens[used] in FRACTION_WORDS and tokens[used] != "half":
        # "two thirds", "one-third": a share, written as a percentage.
        frac = FRACTION_WORDS[tokens[used]]
        scaled = _OF_A_SCALE.match(low, spans[used][1])
        if scaled is not None:  # "three quarters of a million": a count
            value = value * SCALE_WORDS[scaled.group(1)] / frac
            return _quantity(sc, _Core(start, scaled.end(), value, True, False, False))
        return _quantity(
            sc,
            _Core(start, spans[used][1], 100.0 * value / frac, True, True, False),
            unit="percent",
        )
    if used < len(tokens) and tokens[used] == "half" and tokens[used - 1] in NUMBER_WORDS:
        # "one half" is a share; "one-half" likewise.
        return _quantity(
            sc, _Core(start, spans[used][1], 50.0 * value, True, True, False), unit="percent"
        )
    glued = _GLUED_DECIMALS.match(sc.text, end) if used == 1 and value <= 10 else None
    if glued is not None:
        # "three.1 million": a style rule spelled out the whole part of "3.1".
        value = float(f"{int(value)}{glued.group()}")
        return _quantity(sc, _Core(start, glued.end(), value, False, True, False))
    if tokens[:used] == ["one"] and _determiner(sc, start, end):
        return sc.reject(*_determiner_span(sc, start, end), RejectReason.DETERMINER)
    echo = _ECHO.match(sc.text, end) if sc.text[end : end + 2].strip()[:1] == "(" else None
    if echo is not None and float(_GROUP_SEP.sub("", echo.group("n"))) == value:
        end = echo.end()  # "Fifty two (52) officers": the digits repeat the words
    core = _Core(start, end, value, True, value != int(value), False)
    rated = _rated_by(sc, start, end) if start == first and value <= _RATING_MAX else None
    if rated is not None:  # "a category five hurricane": a rating, its word the unit
        return _quantity(sc, core, cue=rated[0], unit=rated[1])
    return _quantity(sc, core)


def _rated_by(sc: _Scanner, start: int, end: int) -> tuple[int, str] | None:
    """(start, word) of a rating word right before a number word ("category five")."""
    last = _word_before(sc.low, start, sc.pos)
    if not last or not rates(sc, last, end):
        return None
    p = start
    while p > sc.pos and sc.low[p - 1] in " \t\u00a0":
        p -= 1
    return p - len(last), last


def _after_digits(sc: _Scanner, s: int) -> bool:
    """Whether a digit ends the text right before ``s``, past one space."""
    p = s - 1 if s > 0 and sc.text[s - 1] in " \u00a0" else s
    return p > 0 and sc.text[p - 1] in _ASCII_DIGITS


def _determiner(sc: _Scanner, s: int, e: int) -> bool:
    """Whether "one" at ``s`` is a pronoun or determiner ("one of the", "no one")."""
    low = sc.low
    if _DETERMINER_AFTER.match(low, e):
        return not sc.has_money_or_hedge(s)
    before = _word_before(low, s, sc.pos)
    if before in _DETERMINER_BEFORE:
        return True
    # "the new one", "a bigger one": an adjective between a determiner and "one"
    # at the end of the phrase makes it a pronoun.
    if not before:
        return False
    nxt = _RIGHT_PEEK.match(low, e)
    following = nxt.group("w") if nxt is not None else ""
    if following.isalpha() and following not in _NOUN_STOP and not following.endswith("ed"):
        return False
    p = s - 1
    while p > sc.pos and low[p - 1] in " \t\u00a0":
        p -= 1
    return _word_before(low, p - len(before), sc.pos) in ("the", "a", "an", "this", "that")


def _determiner_span(sc: _Scanner, s: int, e: int) -> tuple[int, int]:
    """The span of the pronoun "one" at ``s``, with "-on-one" or "on one" after it."""
    m = _ONE_ON_ONE.match(sc.low, e)
    if m is not None:
        return s, m.end()
    m = _ONE_ON_ONE_SPACED.match(sc.low, e)
    return (s, m.end()) if m is not None else (s, e)


def _bare_scores(sc: _Scanner, s: int, e: int) -> bool:
    """Whether "scores" with no "of" after it is the vague figure (forty or more): at the
    start of a sentence or after a verb or joiner ("killing scores", "and scores"), before
    a verb or "more" ("Scores were injured", "scores more") or the end of the clause.
    After a noun it is a noun of results or a verb: "test scores were lower"."""
    low = sc.low
    before = _word_before(low, s, sc.pos)
    if before:
        if before not in _BARE_SCORES_BEFORE:
            return False
    else:
        p = s
        while p > sc.pos and low[p - 1] in " \t\u00a0":
            p -= 1
        if p > sc.pos and low[p - 1] not in _SENTENCE_OPENERS:
            return False
    peek = _RIGHT_PEEK.match(low, e)
    after = peek.group("w") if peek is not None else ""
    if after in _BARE_SCORES_AFTER:
        return True
    return bool(before) and (after == "" or after in _CLAUSE_END)


def _vague(sc: _Scanner, s: int, e: int, word: str) -> int:
    """A vague quantity ("dozens of", "a few hundred", "several"), as policy bounds."""
    low = sc.low
    start, key = s, word
    if word in ("few", "couple", "handful"):
        before = _article_before(low, s, sc.pos)
        if before is None or (word == "couple" and not _OF_AFTER.match(low, e)):
            return e
        start, key = before, "a " + word
    elif word in ("tens", "hundreds", "dozens"):
        m = _VAGUE_OF_SCALE.match(low, e)
        if m is not None:
            key = f"{word} of {m.group(1)}"
            e = m.end()
        elif word == "tens":
            return e
    elif word == "scores" and not _OF_AFTER.match(low, e) and not _bare_scores(sc, s, e):
        return e
    if word in _VAGUE_WORDS and key == word:
        again = _REPEATED.match(low, e)
        if again is not None and again.group("w") == word:
            e = again.end()  # "dozens upon dozens", "thousands upon thousands"
    bounds = sc.policy.vague(key)
    if bounds is None:
        bounds = sc.policy.vague(word) or (2.0, None)
    scale = 1.0
    if word in ("several", "few", "couple", "handful"):
        # "several hundred", "a few thousand", "a couple of dozen": the vague
        # bounds in that unit.
        m = _VAGUE_SCALE.match(low, e)
        if m is not None:
            scale = _VAGUE_UNITS[m.group(1)]
            e = m.end()
    low_b, high_b = bounds
    return _quantity(
        sc,
        _Core(start, e, low_b * scale, True, False, False),
        vague=(low_b * scale, None if high_b is None else high_b * scale),
    )
