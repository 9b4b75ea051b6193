"""The quantity scanner's rules: the entries of ``data/quantities.jsonl`` and the
patterns and tables compiled from them once (hedges, currencies, units, name cues,
streets, count compounds, changes, margins, nationalities).
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from ..models import (
    Direction,
    Qualifier,
    QuantityKind,
)
from ..text.numwords import (
    SCALE_WORDS,
)
from .loader import read_shipped
from .schemas.quantities import (
    ChangeEntry,
    ChangeModifierEntry,
    CountCompoundEntry,
    CurrencyEntry,
    HedgeEntry,
    MarginEntry,
    NameCueEntry,
    NationalityEntry,
    StreetEntry,
    UnitEntry,
)
from .vocab import Vocabulary

# Currency codes that take a scale letter before them ("30 MUSD", "500 KEUR").
_SCALED_CODES = ("usd", "eur", "gbp", "chf", "jpy", "cny", "sek", "nok", "dkk")
_ABBR_SCALE = {
    "bn": 1e9,
    "bln": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mio": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "k": 1e3,
    "m": 1e6,
}

# --------------------------------------------------------------------------- vocabulary

_KIND_OF_DIMENSION = {
    "length": QuantityKind.LENGTH,
    "area": QuantityKind.AREA,
    "percent": QuantityKind.PERCENT,
    "measure": QuantityKind.MEASURE,
}


class _LazyPattern:
    """A pattern compiled on its first use.

    The cues of change, margins, two-sided bounds and streets are read for few
    figures; compiling them at once would add a third to the first call's rule build.
    """

    __slots__ = ("_pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._pattern: re.Pattern[str] | None = None

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = re.compile(self.source)
        return pattern.match(string, pos)


@dataclass(frozen=True)
class _Rules:
    """Patterns and tables compiled once from ``data/quantities.jsonl``."""

    hedge_before: re.Pattern[str]  # on the reversed lower-case window left of a figure
    hedge_after: re.Pattern[str]  # at the end of a figure, lower-case text
    hedges: dict[str, Qualifier]  # normalised phrase -> qualifier
    currency_before: re.Pattern[str]  # reversed original-case window
    currency_after: re.Pattern[str]
    currencies_before: dict[str, str]
    currencies_after: dict[str, str]
    unit_after: re.Pattern[str]
    units: dict[str, tuple[str, QuantityKind]]  # form -> (canonical unit, kind)
    unit_kinds: dict[str, QuantityKind]  # canonical unit -> kind
    name_cue: re.Pattern[str]  # reversed original-case window
    nationalities: frozenset[str]
    street_after: _LazyPattern  # capitalised words and a street word after a figure
    count_compounds: frozenset[str]  # "strong" in "a 40-strong crowd"
    upper_after: _LazyPattern  # "but fewer than" after a lower bound
    change_before: _LazyPattern  # reversed lower-case window: "rose by", "a drop of"
    change_after: _LazyPattern  # "% drop", "points higher"
    changes: dict[str, dict[str, Direction]]  # phrase -> role -> direction
    margin_before: _LazyPattern  # reversed lower-case window: "won by", "a lead of"
    margin_after: _LazyPattern  # "(points) ahead"
    change_last: frozenset[str]  # last word before a figure of each cue above
    after_first: frozenset[str]  # first word after a figure of each cue above
    # Cheap pre-checks, so most figures skip most patterns:
    hedge_last: frozenset[str]  # last word of each hedge before a figure
    right_first: frozenset[str]  # first word of anything that may follow a figure
    currency_last: frozenset[str]  # last character of each currency sign or code
    cue_last: frozenset[str]  # last word of each name cue


_SHIPPED: _Rules | None = None
_BY_VOCABULARY: weakref.WeakKeyDictionary[Vocabulary, _Rules] = weakref.WeakKeyDictionary()
_RULES_LOCK = threading.Lock()


def _rules() -> _Rules:
    """The rules of the shipped ``quantities.jsonl``, compiled on first use under a lock.

    The shipped file alone is read: scanning for quantities needs no other vocabulary.
    """
    global _SHIPPED
    if _SHIPPED is None:
        with _RULES_LOCK:
            if _SHIPPED is None:
                _SHIPPED = _build_rules(read_shipped("quantities.jsonl"))
    return _SHIPPED


def rules_for(vocabulary: Vocabulary) -> _Rules:
    """The quantity rules compiled from a vocabulary's quantity entries, once per vocabulary.

    A vocabulary whose quantity entries are the shipped ones (the default, and any
    vocabulary extended with other kinds only) shares the shipped rules.

    >>> from discrepancy.rules.vocab import Vocabulary
    >>> rules_for(Vocabulary.default()) is _rules()
    True
    >>> grown = Vocabulary.default().extended(
    ...     [{"kind": "hedge", "phrase": "a whisker under", "qualifier": "nearly",
    ...       "position": "before"}])
    >>> rules_for(grown).hedges["a whisker under"]
    <Qualifier.NEARLY: 'nearly'>
    """
    found = _BY_VOCABULARY.get(vocabulary)
    if found is None:
        entries = vocabulary.quantity_entries
        # Shared entries compare by identity first: this costs one pass of pointer tests.
        shipped = entries == read_shipped("quantities.jsonl")
        found = _rules() if shipped else _build_rules(entries)
        with _RULES_LOCK:
            found = _BY_VOCABULARY.setdefault(vocabulary, found)
    return found


def _phrase_pattern(phrase: str, *, reverse: bool) -> str:
    """A phrase as a regex, spaces matching any run of spaces, optionally reversed."""
    text = phrase[::-1] if reverse else phrase
    return r"\s+".join(re.escape(part) for part in text.split())


def _alternation(phrases: Iterable[str], *, reverse: bool) -> str:
    """The phrases as one trie-factored alternation (longest first at every branch).

    A flat alternation of a few hundred phrases is tried one phrase after another
    where it fails, which is at most positions; the trie fails at the first letter.
    """
    # No phrases: an alternative that never matches (an empty one would match anywhere).
    return _trie({" ".join((p[::-1] if reverse else p).split()) for p in phrases}) or "(?!)"


def _build_rules(entries: Sequence[BaseModel]) -> _Rules:
    hedges: dict[str, Qualifier] = {}
    before: list[str] = []
    after: list[str] = []
    cur_before: dict[str, str] = {}
    cur_after: dict[str, str] = {}
    cur_glued: list[str] = []
    units_glued: list[str] = []
    units: dict[str, tuple[str, QuantityKind]] = {}
    cues: list[str] = []
    streets: list[str] = []
    compounds: set[str] = set()
    changes: dict[str, dict[str, Direction]] = {}
    modifiers: list[str] = []
    margins: dict[str, list[str]] = {"before": [], "after": [], "noun": []}
    nationalities: set[str] = set()
    for entry in entries:
        if isinstance(entry, HedgeEntry):
            key = " ".join(entry.phrase.lower().split())
            hedges[key] = Qualifier(entry.qualifier)
            (before if entry.position == "before" else after).append(key)
        elif isinstance(entry, CurrencyEntry):
            if entry.position == "before":
                cur_before[entry.form] = entry.code
            else:
                form = " ".join(entry.form.lower().split())
                cur_after[form] = entry.code
                if entry.glued:
                    cur_glued.append(form)
        elif isinstance(entry, UnitEntry):
            for form in [*entry.forms, *entry.glued]:
                units[" ".join(form.lower().split())] = (
                    entry.unit,
                    _KIND_OF_DIMENSION[entry.dimension],
                )
            units_glued.extend(form.lower() for form in entry.glued)
        elif isinstance(entry, NameCueEntry):
            cues.append(entry.phrase)
        elif isinstance(entry, StreetEntry):
            streets.append(entry.phrase)
        elif isinstance(entry, CountCompoundEntry):
            compounds.add(entry.phrase)
        elif isinstance(entry, ChangeEntry):
            changes.setdefault(entry.phrase, {})[entry.role] = Direction(entry.direction)
        elif isinstance(entry, ChangeModifierEntry):
            modifiers.append(entry.phrase)
        elif isinstance(entry, MarginEntry):
            margins[entry.position].append(entry.phrase)
        elif isinstance(entry, NationalityEntry):
            nationalities.update(f.lower() for f in entry.forms)
    attached = [p for p in after if not p[0].isalnum()]
    spaced = [p for p in after if p[0].isalnum()]
    return _Rules(
        # Reversed window: optional spaces, the hedge reversed, then a word boundary
        # (the character before the hedge in the text must not be a letter or digit).
        hedge_before=re.compile(
            r"\s{0,3}(?P<h>" + _alternation(before, reverse=True) + r")(?![^\W_])"
        ),
        hedge_after=re.compile(
            r"(?:(?P<a>" + _alternation(attached, reverse=False) + r")"
            r"|[ \t\u00a0]+(?P<s>" + _alternation(spaced, reverse=False) + r"))"
            r"(?![^\W_]|(?<=\+)[0-9])"
        ),
        hedges=hedges,
        currency_before=re.compile(
            r"[ \t\u00a0]?(?P<c>" + _alternation(cur_before, reverse=True) + r")(?![A-Za-z0-9])"
        ),
        currency_after=re.compile(
            r"(?:[ \t\u00a0]*(?P<c>"
            + _alternation([c for c in cur_after if c not in cur_glued], reverse=False)
            + r")|(?P<c2>"
            + _alternation(cur_glued, reverse=False)
            + r"))(?![^\W_])"
        ),
        currencies_before=cur_before,
        currencies_after=cur_after,
        unit_after=re.compile(
            r"(?:(?:[ \t\u00a0]{0,2}|-)(?P<u>"
            + _alternation([u for u in units if u not in units_glued], reverse=False)
            + r")|(?P<u2>"
            + _alternation(units_glued, reverse=False)
            + r"))(?![^\W_])"
        ),
        units=units,
        unit_kinds=dict(units.values()),
        name_cue=re.compile(
            r"[ \t\u00a0]{0,2}(?P<n>" + _alternation(cues, reverse=True) + r")(?![^\W_])"
        ),
        nationalities=frozenset(nationalities),
        count_compounds=frozenset(compounds),
        upper_after=_LazyPattern(
            r",?[ \t\u00a0]+(?:but|and)[ \t\u00a0]+(?P<h>"
            + _alternation(
                [
                    h
                    for h in before
                    if hedges[h] in (Qualifier.LESS_THAN, Qualifier.AT_MOST) and h[0].isalpha()
                ],
                reverse=False,
            )
            + r")[ \t\u00a0]+(?=[0-9$€£])"
        ),
        change_before=_LazyPattern(
            # reversed: a preposition, then up to four words of object ("cut rates
            # by", "raised its forecast to") or "of" after a noun ("a drop of"), an
            # adverb in -ly, and the word of change.
            r"[ \t\u00a0]*(?:(?P<p>yb|ot|morf)[ \t\u00a0]+(?:[a-z'’]+[ \t\u00a0]+){0,4}?"
            r"|(?P<of>fo)[ \t\u00a0]+)?(?:yl[a-z]{2,}[ \t\u00a0]+)?"
            r"(?P<g>" + _alternation(changes, reverse=True) + r")(?![a-z])"
        ),
        change_after=_LazyPattern(
            r"(?:[ \t\u00a0]+|-)(?:(?:"
            + _alternation(modifiers, reverse=False)
            + r")[ \t\u00a0]+)?(?P<g>"
            + _alternation(
                [c for c, roles in changes.items() if "noun" in roles or c in ("higher", "lower")],
                reverse=False,
            )
            + r")(?![a-z])"
        ),
        changes=changes,
        margin_before=_LazyPattern(
            r"[ \t\u00a0]*(?P<m>" + _alternation(margins["before"], reverse=True) + r")(?![a-z])"
        ),
        margin_after=_LazyPattern(
            r"(?:[ \t\u00a0]+(?:"
            + _alternation(margins["noun"], reverse=False)
            + r"))?[ \t\u00a0]+(?:"
            + _alternation(margins["after"], reverse=False)
            + r")(?![a-z])"
        ),
        after_first=frozenset(
            _first_word(p)
            for p in [
                *modifiers,
                *(c for c, roles in changes.items() if "noun" in roles),
                "higher",
                "lower",
                *margins["noun"],
                *margins["after"],
            ]
        ),
        change_last=frozenset(
            [
                *(c.split()[-1] for c in changes),
                *(m.split()[-1] for m in margins["before"]),
                "by",
                "to",
                "from",
                "of",
                "or",
            ]
        ),
        street_after=_LazyPattern(
            r"(?:[ \t\u00a0]+[A-Z][a-z]+){1,3}[ \t\u00a0]+(?:"
            + _alternation(streets, reverse=False)
            + r")(?![A-Za-z])\.?"
        ),
        hedge_last=frozenset(p.split()[-1] for p in before),
        right_first=frozenset(
            _first_word(p)
            for p in [
                *spaced,
                *cur_after,
                *units,
                *SCALE_WORDS,
                *_ABBR_SCALE,
                "bn",
                "to",
                "and",
                "or",
                "in",
                "out",
                "b",
                "m",
                "mm",
                *(scale + code for scale in "mk" for code in _SCALED_CODES),
            ]
        ),
        currency_last=frozenset(f[-1] for f in cur_before),
        cue_last=frozenset(c.split()[-1] for c in cues),
    )


def _form(m: re.Match[str], group: str) -> str:
    """The vocabulary form a unit or currency match read, spaced or glued."""
    return " ".join((m.group(group) or m.group(group + "2")).split())


def _first_word(phrase: str) -> str:
    m = re.match(r"[a-z]+", phrase)
    return m.group() if m else phrase[:1]


# --------------------------------------------------------------------------- fixed patterns


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """A regex alternation factored as a trie, so the engine never retries a prefix."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            (r"\s+" if k == " " else re.escape(k)) + build(v) for k, v in sorted(node.items()) if k
        ]
        if not branches:
            return ""
        if len(branches) == 1 and len(branches[0]) == 1:
            group = branches[0]
        else:
            group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return build(root)
