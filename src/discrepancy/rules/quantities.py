"""The quantity scanner's rules: the patterns and tables compiled once from a
vocabulary's quantity entries (hedges, currencies, units, name cues, streets, count
compounds, changes, margins, nationalities), by default those of
``data/quantities.jsonl``.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from ..models import (
    Direction,
    Qualifier,
    QuantityKind,
)
from .alternations import LazyPattern, alternation, first_word
from .loader import read_shipped
from .numbers import SCALE_WORDS
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
    "cr": 1e7,  # crore, in Indian copy ("Rs 500 cr")
    "k": 1e3,
    "m": 1e6,
}

_KIND_OF_DIMENSION = {
    "length": QuantityKind.LENGTH,
    "area": QuantityKind.AREA,
    "percent": QuantityKind.PERCENT,
    "measure": QuantityKind.MEASURE,
}


@dataclass
class _Words:
    """The quantity entries' words, sorted by the patterns that read them."""

    hedges: dict[str, Qualifier] = field(default_factory=dict)  # normalised phrase
    before: list[str] = field(default_factory=list)  # hedges before a figure
    after: list[str] = field(default_factory=list)  # hedges after a figure
    cur_before: dict[str, str] = field(default_factory=dict)
    cur_after: dict[str, str] = field(default_factory=dict)
    cur_glued: list[str] = field(default_factory=list)
    units: dict[str, tuple[str, QuantityKind]] = field(default_factory=dict)
    units_glued: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    compounds: set[str] = field(default_factory=set)
    changes: dict[str, dict[str, Direction]] = field(default_factory=dict)
    modifiers: list[str] = field(default_factory=list)
    margins: dict[str, list[str]] = field(
        default_factory=lambda: {"before": [], "after": [], "noun": []}
    )
    nationalities: set[str] = field(default_factory=set)

    def add(self, entry: BaseModel) -> None:
        """File an entry's words (entries of other kinds are no quantity words)."""
        if isinstance(entry, HedgeEntry):
            key = " ".join(entry.phrase.lower().split())
            self.hedges[key] = Qualifier(entry.qualifier)
            (self.before if entry.position == "before" else self.after).append(key)
        elif isinstance(entry, CurrencyEntry):
            self._currency(entry)
        elif isinstance(entry, UnitEntry):
            for form in [*entry.forms, *entry.glued]:
                self.units[" ".join(form.lower().split())] = (
                    entry.unit,
                    _KIND_OF_DIMENSION[entry.dimension],
                )
            self.units_glued.extend(form.lower() for form in entry.glued)
        else:
            self._phrase(entry)

    def _currency(self, entry: CurrencyEntry) -> None:
        if entry.position == "before":
            self.cur_before[entry.form] = entry.code
        else:
            form = " ".join(entry.form.lower().split())
            self.cur_after[form] = entry.code
            if entry.glued:
                self.cur_glued.append(form)

    def _phrase(self, entry: BaseModel) -> None:
        if isinstance(entry, NameCueEntry):
            self.cues.append(entry.phrase)
        elif isinstance(entry, StreetEntry):
            self.streets.append(entry.phrase)
        elif isinstance(entry, CountCompoundEntry):
            self.compounds.add(entry.phrase)
        elif isinstance(entry, ChangeEntry):
            self.changes.setdefault(entry.phrase, {})[entry.role] = Direction(entry.direction)
        elif isinstance(entry, ChangeModifierEntry):
            self.modifiers.append(entry.phrase)
        elif isinstance(entry, MarginEntry):
            self.margins[entry.position].append(entry.phrase)
        elif isinstance(entry, NationalityEntry):
            self.nationalities.update(f.lower() for f in entry.forms)


def _build_rules(entries: Sequence[BaseModel]) -> _Rules:
    w = _Words()
    for entry in entries:
        w.add(entry)
    spaced = [p for p in w.after if p[0].isalnum()]
    return _Rules(
        hedge_before=_hedge_before(w),
        hedge_after=_hedge_after(w, spaced),
        hedges=w.hedges,
        currency_before=re.compile(
            r"[ \t\u00a0]?(?P<c>" + alternation(w.cur_before, reverse=True) + r")(?![A-Za-z0-9])"
        ),
        currency_after=_currency_after(w),
        currencies_before=w.cur_before,
        currencies_after=w.cur_after,
        unit_after=_unit_after(w),
        units=w.units,
        unit_kinds=dict(w.units.values()),
        name_cue=re.compile(
            r"[ \t\u00a0]{0,2}(?P<n>" + alternation(w.cues, reverse=True) + r")(?![^\W_])"
        ),
        nationalities=frozenset(w.nationalities),
        count_compounds=frozenset(w.compounds),
        upper_after=_upper_after(w),
        change_before=_change_before(w),
        change_after=_change_after(w),
        changes=w.changes,
        margin_before=_margin_before(w),
        margin_after=_margin_after(w),
        # "a lead of", "a margin of": the nouns of a margin ("a 10-point lead")
        margin_nouns=frozenset(p.split()[-2] for p in w.margins["before"] if p.endswith(" of")),
        after_first=_after_first(w),
        change_last=_change_last(w),
        street_after=LazyPattern(
            r"(?:[ \t\u00a0]+[A-Z][a-z]+){1,3}[ \t\u00a0]+(?:"
            + alternation(w.streets, reverse=False)
            + r")(?![A-Za-z])\.?"
        ),
        hedge_last=frozenset(p.split()[-1] for p in w.before),
        right_first=_right_first(w, spaced),
        currency_last=frozenset(f[-1] for f in w.cur_before),
        cue_last=frozenset(c.split()[-1] for c in w.cues),
    )


def _hedge_before(w: _Words) -> re.Pattern[str]:
    # Reversed window: optional spaces, the hedge reversed, then a word boundary
    # (the character before the hedge in the text must not be a letter or digit).
    return re.compile(r"\s{0,3}(?P<h>" + alternation(w.before, reverse=True) + r")(?![^\W_])")


def _hedge_after(w: _Words, spaced: list[str]) -> re.Pattern[str]:
    attached = [p for p in w.after if not p[0].isalnum()]
    return re.compile(
        r"(?:(?P<a>" + alternation(attached, reverse=False) + r")"
        r"|[ \t\u00a0]+(?P<s>" + alternation(spaced, reverse=False) + r"))"
        r"(?![^\W_]|(?<=\+)[0-9])"
    )


def _currency_after(w: _Words) -> re.Pattern[str]:
    return _spaced_or_glued(r"[ \t\u00a0]*", "c", w.cur_after, w.cur_glued)


def _unit_after(w: _Words) -> re.Pattern[str]:
    # "220 km/hthe cyclone": a page that lost the space after a unit written with a
    # slash and one letter ("km/h", "m/s") still wrote that unit, not kilometres.
    return _spaced_or_glued(
        r"(?:[ \t\u00a0]{0,2}|-)", "u", w.units, w.units_glued, ends=r"|(?<=/[a-z])"
    )


def _spaced_or_glued(
    space: str, group: str, forms: Iterable[str], glued: list[str], ends: str = ""
) -> re.Pattern[str]:
    """Forms after ``space`` (group ``group``) or glued forms right after the digits
    (group ``group`` + "2"), as :func:`_form` reads them, ending a word (or as ``ends``,
    a further alternative, allows)."""
    return re.compile(
        rf"(?:{space}(?P<{group}>"
        + alternation([f for f in forms if f not in glued], reverse=False)
        + rf")|(?P<{group}2>"
        + alternation(glued, reverse=False)
        + rf"))(?:(?![^\W_]){ends})"
    )


def _upper_after(w: _Words) -> LazyPattern:
    upper = [
        h
        for h in w.before
        if w.hedges[h] in (Qualifier.LESS_THAN, Qualifier.AT_MOST) and h[0].isalpha()
    ]
    return LazyPattern(
        r",?[ \t\u00a0]+(?:but|and)[ \t\u00a0]+(?P<h>"
        + alternation(upper, reverse=False)
        + r")[ \t\u00a0]+(?=[0-9$€£])"
    )


def _change_before(w: _Words) -> LazyPattern:
    return LazyPattern(
        # reversed: a preposition, then up to six words of object ("cut rates
        # by", "raised its forecast to", "increase the price of a pack by", "grew at
        # a"), or "of" after a noun ("a drop of"), an adverb in -ly, and the word of
        # change.
        r"[ \t\u00a0]*(?:(?:(?:"
        + alternation(w.modifiers, reverse=True)
        + r")[ \t\u00a0]+n?a[ \t\u00a0]+)?"
        # "by a record 12%", "to an annualised 1.4%": a modifier of the change between
        r"(?P<p>yb|ot|morf|tsap|dnoyeb|a\ ta|na\ ta)[ \t\u00a0]+(?:[a-z'’]+[ \t\u00a0]+){0,6}?"
        # "to a record low of", "to a total of": the level named after "to"
        r"|fo[ \t\u00a0]+(?:[a-z'’-]+[ \t\u00a0]+){1,3}?(?P<p2>ot)[ \t\u00a0]+"
        r"|(?P<of>fo)[ \t\u00a0]+)?(?:yl[a-z]{2,}[ \t\u00a0]+)?"
        r"(?P<g>" + alternation(w.changes, reverse=True) + r")(?![a-z])"
    )


def _change_after(w: _Words) -> LazyPattern:
    nouns = [c for c, roles in w.changes.items() if "noun" in roles or c in ("higher", "lower")]
    return LazyPattern(
        # "a 12% drop", "a 5% annual rise", and one word of what changes ("a 10% pay
        # rise", group x; changes._direction refuses a function word there)
        r"(?:[ \t\u00a0]+|-)(?:(?:"
        + alternation(w.modifiers, reverse=False)
        + r")[ \t\u00a0]+|(?P<x>[a-z]+)[ \t\u00a0]+)?(?P<g>"
        + alternation(nouns, reverse=False)
        + r")(?![a-z])"
    )


def _margin_before(w: _Words) -> LazyPattern:
    # reversed: a margin phrase, or a verb of one ending in "by" with up to three
    # words of object before the "by" ("leads her rival by", "won the seat by", "won
    # the by-election by": a word may be hyphenated).
    verbs = [p[: -len(" by")] for p in w.margins["before"] if p.endswith(" by")]
    return LazyPattern(
        r"[ \t\u00a0]*(?P<m>"
        + alternation(w.margins["before"], reverse=True)
        + r"|yb[ \t\u00a0]+(?:[a-z'’-]+[ \t\u00a0]+){1,3}?(?:"
        + alternation(verbs, reverse=True)
        + r"))(?![a-z])"
    )


def _margin_after(w: _Words) -> LazyPattern:
    return LazyPattern(
        r"(?:[ \t\u00a0]+(?:"
        + alternation(w.margins["noun"], reverse=False)
        + r"))?[ \t\u00a0]+(?:"
        + alternation(w.margins["after"], reverse=False)
        + r")(?![a-z])"
    )


def _after_first(w: _Words) -> frozenset[str]:
    return frozenset(
        first_word(p)
        for p in [
            *w.modifiers,
            *(c for c, roles in w.changes.items() if "noun" in roles),
            "higher",
            "lower",
            *w.margins["noun"],
            *w.margins["after"],
        ]
    )


def _change_last(w: _Words) -> frozenset[str]:
    return frozenset(
        [
            *(c.split()[-1] for c in w.changes),
            *(m.split()[-1] for m in w.margins["before"]),
            "by",
            "to",
            "from",
            "of",
            "or",
            "a",  # "grew at a 2.5% rate"
            "an",
            "past",  # "climbed past 1,000"
            "beyond",
            *(m.split()[-1] for m in w.modifiers),  # "rose by a record 12%"
        ]
    )


def _right_first(w: _Words, spaced: list[str]) -> frozenset[str]:
    return frozenset(
        first_word(p)
        for p in [
            *spaced,
            *w.cur_after,
            *w.units,
            *SCALE_WORDS,
            *_ABBR_SCALE,
            "bn",
            "cents",  # a hundredth of a currency (mentions/quantities/units.py)
            "cent",
            "times",  # "three times higher" (mentions/quantities/units.py)
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
    )


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
    street_after: LazyPattern  # capitalised words and a street word after a figure
    count_compounds: frozenset[str]  # "strong" in "a 40-strong crowd"
    upper_after: LazyPattern  # "but fewer than" after a lower bound
    change_before: LazyPattern  # reversed lower-case window: "rose by", "a drop of"
    change_after: LazyPattern  # "% drop", "points higher"
    changes: dict[str, dict[str, Direction]]  # phrase -> role -> direction
    margin_before: LazyPattern  # reversed lower-case window: "won by", "a lead of"
    margin_after: LazyPattern  # "(points) ahead"
    margin_nouns: frozenset[str]  # "lead", "margin", "gap", "majority"
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


def _form(m: re.Match[str], group: str) -> str:
    """The vocabulary form a unit or currency match read, spaced or glued."""
    return " ".join((m.group(group) or m.group(group + "2")).split())
