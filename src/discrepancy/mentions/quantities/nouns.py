"""The counted noun after a figure ("502 drones" counts drone), singular and plural
forms, and figures that name a kind ("a four-speed gearbox").
"""

from __future__ import annotations

import functools
import re

from ...models import QuantityKind
from ...rules.numbers import NUMBER_WORDS, SCALE_WORDS
from ...rules.schemas.quantities import SingularEntry
from ...rules.shipped import shipped_entries, shipped_word_class
from .state import _article_before, _Scanner

_NOUN_PHRASE = re.compile(
    r"""
    [ \t\u00a0]+
    (?P<of>of[ \t\u00a0]+                 # "430 of the drones", "dozens of locations"
        (?:(?:the|these|those|its|their|his|her|our|all|all[ \t\u00a0]+the)[ \t\u00a0]+)?
    )?
    (?P<ws>[a-z][a-z'’]*(?:-[a-z]+)*(?:[ \t\u00a0]+[a-z][a-z'’]*(?:-[a-z]+)*){0,4}+)
    (?![a-z])
    """,
    re.VERBOSE,
)
# Word classes and plurals of rules/data/mentions.jsonl, read once.
_SINGULAR = {
    plural.lower(): singular.lower()
    for entry in shipped_entries(SingularEntry, "mentions.jsonl")
    for plural, singular in entry.pairs.items()
}
_INVARIANT = shipped_word_class("invariant_plural", "mentions.jsonl")
_NOUN_STOP = shipped_word_class("noun_stop", "mentions.jsonl")
_PARTICIPLE_NOUNS = shipped_word_class("participle_noun", "mentions.jsonl")
_PLURAL_NOUN = re.compile(r"[a-z]*(?:[^su'’]s|people|children|women|men|police|personnel)")
_PAST_VERBS = shipped_word_class("figure_past_verb", "mentions.jsonl")
# A word that ends a counted noun phrase: a function word, a verb in the past ("lost"),
# a number or a scale word.
_NOUN_BREAK = _NOUN_STOP | _PAST_VERBS | frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
_COMPOUND_AFTER = re.compile(r"-(?P<w>[a-z]+)[ \t\u00a0]+[a-z]")


def _kind_compound(sc: _Scanner, start: int, end: int) -> int | None:
    """End of "four-speed" in "a four-speed gearbox": a figure that names a kind.

    A singular article, a small figure, a hyphen and a singular word that is no
    unit, then a noun: the figure describes the thing, it counts nothing in the
    story. Large figures count ("a 258,000-job overstatement").
    Nouns that keep a count ("a 40-strong crowd") are listed in the rules data.
    """
    m = _COMPOUND_AFTER.match(sc.low, end)
    if m is None or _article_before(sc.low, start, sc.pos) is None:
        return None
    word = m.group("w")
    if word in sc.rules.count_compounds or _is_plural(word) or word in _NOUN_BREAK:
        return None
    return m.end("w")


def _noun(sc: _Scanner, end: int, kind: QuantityKind) -> str | None:
    """The counted noun after a figure, singular and lower case.

    The head is the first plural word, with up to two modifiers before it ("guided
    bomb"); without a plural, the first word that is no nationality ("Ukrainian
    soldier"). A percentage counts only with "of" ("40 percent of voters").
    """
    m = _NOUN_PHRASE.match(sc.low, end)
    if m is None:
        return None
    of = m.group("of") is not None
    if kind is QuantityKind.PERCENT and not of:
        return None
    ws = m.group("ws")
    first = ws.split(None, 1)[0]
    if (
        _is_plural(first)
        and first not in _NOUN_BREAK
        and first not in _INVARIANT
        and "'" not in first
        and "’" not in first
    ):
        # The usual case, "502 drones", read without the rest of the phrase: a plain
        # plural first word is the head whatever follows it.
        return _singular(first)
    words = _phrase_words(ws, of)
    if not words:
        return None
    # The head is the first plural word; before it, only modifiers ("guided bombs").
    head = None
    for i, w in enumerate(words[:4]):
        if w in _INVARIANT and i + 1 < len(words) and _plural_form(words[i + 1]):
            continue  # "police officers": the invariant word is a modifier here
        if _is_plural(w):
            if i == 0:
                return _singular(w)
            head = i
            break
    nationalities = sc.rules.nationalities
    if head is None:
        first = words[0]
        if first.endswith(("ed", "ing")):
            # A participle after a figure is a verb ("thousands marched"), except
            # the few that name people in tolls ("75 wounded").
            return first if first in _PARTICIPLE_NOUNS else None
        head = _head_after_nationalities(words, nationalities)
        if head is None:
            return None
    phrase = [w for w in words[:head] if w not in nationalities][-2:]
    phrase.append(_singular(words[head]))
    return " ".join(phrase)


def _phrase_words(ws: str, of: bool) -> list[str] | None:
    """The words of the noun phrase in ``ws``, up to a function word, number or possessive.

    None when the phrase after "of" names an owner ("150 of the region's buses").
    """
    words: list[str] = []
    for w in ws.split():
        if w in _NOUN_BREAK:
            break
        if w[-1] in "'’" or w.endswith(("'s", "’s")):
            if words and any(_is_plural(x) for x in words):
                break  # "drones hit Ukraine's capital": the phrase already ended
            if of:
                return None  # "150 of the region's buses": the owner is not counted
            # A possessive ends the phrase: "three countries' leaders".
            words.append(w[:-1] if w[-1] in "'’" else w[:-2])
            break
        words.append(w)
    return words


def _head_after_nationalities(words: list[str], nationalities: frozenset[str]) -> int | None:
    """Index of the singular head after leading nationalities ("Ukrainian soldier"); None
    for a gerund ("500 fleeing")."""
    head = 0
    while (
        head + 1 < len(words[:3])
        and not words[head].endswith(("ed", "ing"))
        and (words[head] in nationalities)
    ):
        head += 1
    return None if words[head].endswith("ing") else head


# Word-level answers are memoised: news repeats a small vocabulary of counted nouns,
# and the caches hold short words only (a bounded, per-process table).
@functools.lru_cache(maxsize=8192)
def _plural_form(word: str) -> bool:
    """Whether ``word`` is shaped like a plural ("drones", "people"), by its ending."""
    return _PLURAL_NOUN.fullmatch(word) is not None


@functools.lru_cache(maxsize=8192)
def _is_plural(word: str) -> bool:
    """Whether ``word`` is a plural, an irregular one or a word that never changes."""
    return word in _SINGULAR or word in _INVARIANT or _plural_form(word)


@functools.lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    """The singular of a plural noun ("casualties" -> "casualty", "people" -> "person")."""
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word in _INVARIANT:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
