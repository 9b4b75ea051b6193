"""The words extraction runs on, as validated data users can extend.

Every list that decides what a figure counts, what happened, who said so, where,
and which lines of a page are debris lives in JSON Lines files under
``discrepancy/rules/data/`` (one entry per line, each line checked by a pydantic model
with ``extra="forbid"``, so a typo in a key is an error and never silence). The
approach follows spaCy's ``SpanRuler`` patterns (rules as plain data with a
schema) and price-parser's ``_currencies.py`` (a vocabulary module that says
where its words come from).

The shipped files, read in this order by :meth:`Vocabulary.default` (each opens with a
``//`` comment on where its words come from, and each list of words has a ``note``):

* ``subjects.jsonl``: nouns that follow a figure in wire copy for what the library
  compares (weapons, places hit, tolls, crowds, responders, homes, measures keyed on
  the figure's kind), with the families comparison lines them up by.
* ``events.jsonl``: the verbs reporters use for each canonical event (launched /
  fired; intercepted / shot down; killed / died), with their families.
* ``cues.jsonl``: speech, report and relay cues ("said", "according to", "as per").
* ``entities.jsonl``: a small gazetteer with aliases (Kyiv / Kiev), and place types.
* ``negations.jsonl``: zero tolls stated without a digit ("No casualties").
* ``boilerplate.jsonl``: markers of page debris (share prompts, cookie banners).
* ``grammar.jsonl``: closed word classes that bound a noun phrase, the verbs that join
  one to its figure, plurals, and the cues of a figure's basis (estimate, poll...).
* ``quantities.jsonl``: the quantity scanner's hedges, currencies, units and cues,
  compiled by :func:`discrepancy.rules.quantities.rules_for`.
* ``holidays.jsonl``: the named days news dates by.

Each kind's model is in :mod:`discrepancy.rules.schemas`; :mod:`discrepancy.rules.loader`
reads every file.

>>> v = Vocabulary.default()
>>> v.subject_for_form("UAVs"), v.event_for_form("shot down")
('drone', 'intercepted')
>>> v.canonical_entity("Kiev"), v.canonical_entity("Zelenskyy")
('Kyiv', 'Zelensky')
>>> extra = v.extended([{"kind": "subject", "name": "tank", "forms": ["tanks"]}])
>>> extra.subject_for_form("tanks"), v.subject_for_form("tanks")
('tank', 'vehicle')
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import regex
from pydantic import BaseModel

from .._exceptions import InputTypeError, VocabularyError
from .holidays import holidays_by_form
from .loader import coerce, read_file, read_shipped
from .markers import MARKER_FLAGS, NEGATION_FLAGS, line_markers, literal_start, negation_source
from .names import WORD_CLASSES, check_declared
from .phrases import PhraseTable, Token, tokenize
from .schemas.holidays import Holiday
from .schemas.quantities import QUANTITY_ENTRIES
from .schemas.words import (
    BasisEntry,
    BoilerplateEntry,
    CueEntry,
    EntityEntry,
    EventEntry,
    NegationEntry,
    PluralEntry,
    SectorEntry,
    SubjectEntry,
    WordClassEntry,
)

# The entry models, tokens and phrase tables are read by the stages from here.
__all__ = [
    "BasisEntry",
    "BoilerplateEntry",
    "CueEntry",
    "EntityEntry",
    "EventEntry",
    "NegationEntry",
    "PhraseTable",
    "PluralEntry",
    "SectorEntry",
    "SubjectEntry",
    "Token",
    "Vocabulary",
    "WordClassEntry",
    "require_vocabulary",
    "tokenize",
]

_KINDS = ("count", "percent", "money", "length", "area", "measure")
# Read in this order; later entries win where two give the same form. The quantity
# scanner's words and the holidays come first: no other file holds their kinds.
_DATA_FILES = (
    "quantities.jsonl",
    "holidays.jsonl",
    "subjects.jsonl",
    "events.jsonl",
    "cues.jsonl",
    "entities.jsonl",
    "negations.jsonl",
    "boilerplate.jsonl",
    "grammar.jsonl",
    "text.jsonl",
    "articles.jsonl",
    "sources.jsonl",
    "windows.jsonl",
    "mentions.jsonl",
    "numbers.jsonl",
    "facts.jsonl",
    "sectors.jsonl",
)

_E = TypeVar("_E", bound=BaseModel)
_Named = TypeVar("_Named", SubjectEntry, EventEntry)


# The same few names and forms are looked up again and again within an article.
@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@dataclass(frozen=True)
class _Entity:
    name: str
    type: str
    country: str | None = None


class Vocabulary:
    """Validated extraction vocabulary, compiled once.

    Build one with :meth:`default` (the shipped data, loaded once, thread-safe)
    or :meth:`from_entries`, and grow it with :meth:`extended`. Instances are
    immutable after construction and safe to share between threads.

    Args:
        entries: validated entries (any mix of kinds).

    Attributes:
        entries: every entry, in order.
        subjects: subject entries by name (same-name entries merged).
        events: event entries by name (same-name entries merged).
        quantity_entries: the entries of the quantity scanner's kinds, which
            :func:`discrepancy.rules.quantities.rules_for` compiles.
        holidays: the holiday entries by lower-case form.

    >>> v = Vocabulary.default()
    >>> v.entity_type("EuroNews"), v.entity_type("Kerr County")
    ('outlet', 'place')
    """

    _default: Vocabulary | None = None
    _lock = threading.Lock()

    def __init__(self, entries: Sequence[BaseModel]) -> None:
        self.entries: tuple[BaseModel, ...] = tuple(entries)
        self.subjects: dict[str, SubjectEntry] = _merged(self.entries, SubjectEntry, _merge_subject)
        self.events: dict[str, EventEntry] = _merged(self.entries, EventEntry, _merge_event)
        self.cues = _of(self.entries, CueEntry)
        self.negations = _of(self.entries, NegationEntry)
        self.boilerplate = _of(self.entries, BoilerplateEntry)
        self.word_classes: dict[str, frozenset[str]] = {}
        for entry in _of(self.entries, WordClassEntry):
            words = frozenset(_norm(w) for w in entry.words)
            self.word_classes[entry.name] = self.word_classes.get(entry.name, words) | words
        self.plurals: dict[str, str] = {
            _norm(k): _norm(v) for e in _of(self.entries, PluralEntry) for k, v in e.pairs.items()
        }
        self.basis_cues = PhraseTable()
        for basis in _of(self.entries, BasisEntry):
            for cue in basis.cues:
                self.basis_cues.add(cue, basis.basis)
        # A sector's forms, each to the sector's name ("healthcare" -> "health care").
        self.sectors = PhraseTable()
        for sector in _of(self.entries, SectorEntry):
            for form in (sector.name, *sector.forms):
                self.sectors.add(form, sector.name)
        self.linking = PhraseTable()
        for phrase in self.word_classes.get("linking", ()):
            self.linking.add(phrase, phrase)
        # The quantity scanner's entries, compiled by rules.quantities.rules_for().
        self.quantity_entries: tuple[BaseModel, ...] = tuple(
            e for e in self.entries if isinstance(e, QUANTITY_ENTRIES)
        )
        self.holidays: dict[str, Holiday] = holidays_by_form(self.entries)
        self._compile_subjects()
        self._compile_events_and_cues()
        self._compile_markers()
        self._compile_entities(_of(self.entries, EntityEntry))

    # ------------------------------------------------------------------ building

    @classmethod
    def default(cls) -> Vocabulary:
        """The shipped vocabulary, loaded and compiled on first use only."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    default = cls([e for name in _DATA_FILES for e in read_shipped(name)])
                    check_declared(default.word_classes, default.subjects, default.events)
                    cls._default = default
        return cls._default

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, object] | BaseModel]) -> Vocabulary:
        """A vocabulary from raw mappings or entry models (validated here).

        Raises:
            VocabularyError: an entry fails its schema.
        """
        return cls(coerce(entries, "entries"))

    def extended(
        self, extra: str | Path | Iterable[Mapping[str, object] | BaseModel]
    ) -> Vocabulary:
        """A new vocabulary with ``extra`` entries added after this one's.

        ``extra`` is a path to a ``.jsonl`` file or an iterable of entries of any
        kind, quantity and holiday kinds included. Subjects and events with an
        existing name gain the new forms and family members.

        Raises:
            VocabularyError: a line or entry fails its schema (file and line named).

        >>> v = Vocabulary.default().extended([{"kind": "cue", "phrase": "tweeted"}])
        >>> any(c.phrase == "tweeted" for c in v.cues)
        True
        """
        added = read_file(extra) if isinstance(extra, str | Path) else coerce(extra, "extended()")
        return Vocabulary([*self.entries, *added])

    def _compile_subjects(self) -> None:
        # Later entries win, so a user's extension can re-file a form.
        self._form_subject: dict[str, str] = {}
        self._cue_before_subject: dict[str, str] = {}
        self.subject_forms = PhraseTable()
        self.measure_forms: dict[str, PhraseTable] = {k: PhraseTable() for k in _KINDS}
        for subject in self.subjects.values():
            counted = "count" in subject.kinds
            measures = [self.measure_forms[kind] for kind in subject.kinds if kind != "count"]
            for form in subject.forms:
                if counted:
                    self._form_subject[_norm(form)] = subject.name
                    self.subject_forms.add(form, subject.name)
                for table in measures:
                    table.add(form, subject.name)
            for cue in subject.cues_before:
                self._cue_before_subject[_norm(cue)] = subject.name
        self.subject_cues = PhraseTable()
        for cue, name in self._cue_before_subject.items():
            self.subject_cues.add(cue, name)

    def _compile_events_and_cues(self) -> None:
        self._form_event: dict[str, str] = {}
        for event in self.events.values():
            for form in event.forms:
                self._form_event[_norm(form)] = event.name
        self.event_forms = PhraseTable()
        for form, name in self._form_event.items():
            self.event_forms.add(form, name)
        self._cue: dict[str, CueEntry] = {_norm(c.phrase): c for c in self.cues}
        self.cue_forms = PhraseTable()
        for phrase in self._cue:
            self.cue_forms.add(phrase, phrase)
        self.cue_phrases = tuple(self._cue)

    def _compile_markers(self) -> None:
        self.negation_re = [
            (regex.compile(negation_source(n.pattern), NEGATION_FLAGS), n.subject)
            for n in self.negations
        ]
        self.boilerplate_re = [regex.compile(b.pattern, MARKER_FLAGS) for b in self.boilerplate]
        self.boilerplate_lines = line_markers([b.pattern for b in self.boilerplate])
        self.boilerplate_needles = [
            b.needle.lower() if b.needle else literal_start(b.pattern) for b in self.boilerplate
        ]

    def _compile_entities(self, entities: tuple[EntityEntry, ...]) -> None:
        # The first entity to claim a spelling keeps it.
        self._alias: dict[str, _Entity] = {}
        self._adjective: dict[str, _Entity] = {}
        self._capital: dict[str, str] = {}  # country -> capital
        self._capital_of: dict[str, str] = {}  # normalised capital -> country
        self.entity_forms = PhraseTable()
        self.adjective_forms = PhraseTable()
        for entity in entities:
            if entity.capital:
                self._capital.setdefault(entity.name, entity.capital)
                self._capital_of.setdefault(_norm(entity.capital), entity.name)
            target = _Entity(entity.name, entity.type, entity.country)
            for alias in (entity.name, *entity.aliases):
                self._alias.setdefault(_norm(alias), target)
                exact = alias.isupper() and len(alias) <= 4
                self.entity_forms.add(alias, alias, exact_case=exact)
            for adjective in entity.adjectives:
                self._adjective.setdefault(_norm(adjective), target)
                self.adjective_forms.add(adjective, adjective, exact_case=True)
        for entity in entities:
            known = self._alias.get(_norm(entity.country)) if entity.country else None
            if entity.country and (known is None or known.type != "country"):
                raise VocabularyError(
                    f"entity {entity.name!r}: its country {entity.country!r} is no country entity"
                )
        self.person_aliases = tuple(
            (_norm(alias), entity.name)
            for entity in entities
            if entity.type == "person"
            for alias in (entity.name, *entity.aliases)
        )

    # ------------------------------------------------------------------ lookups

    def subject_for_form(self, form: str) -> str | None:
        """The canonical subject a noun form names, or None.

        >>> Vocabulary.default().subject_for_form("Fatalities")
        'death'
        """
        return self._form_subject.get(_norm(form))

    def word_class(self, name: str) -> frozenset[str]:
        """The words of a closed class (empty when the vocabulary has none).

        >>> "the" in Vocabulary.default().word_class("function")
        True
        """
        if name not in WORD_CLASSES:
            raise VocabularyError(f"no word class {name!r} is declared in rules/names.py")
        return self.word_classes.get(name, frozenset())

    def subject_for_cue(self, cue: str) -> str | None:
        """The subject a phrase before a bare figure names ("death toll")."""
        return self._cue_before_subject.get(_norm(cue))

    def event_for_form(self, form: str) -> str | None:
        """The canonical event a verb form names, or None."""
        return self._form_event.get(_norm(form))

    def cue(self, phrase: str) -> CueEntry | None:
        """The cue entry for a matched cue phrase."""
        return self._cue.get(_norm(phrase))

    def canonical_entity(self, alias: str) -> str | None:
        """The one name of an entity across spellings, or None if unknown."""
        found = self._alias.get(_norm(alias))
        return None if found is None else found.name

    def entity_type(self, alias: str) -> str | None:
        """``person``, ``place``, ``country``, ``organization`` or ``outlet``."""
        found = self._alias.get(_norm(alias))
        if found is None:
            found = self._adjective.get(_norm(alias))
        return None if found is None else found.type

    def country_of(self, alias: str) -> str | None:
        """The country a body speaks and acts for ("the Pentagon"), or None.

        >>> v = Vocabulary.default()
        >>> v.country_of("the Pentagon"), v.country_of("IDF"), v.country_of("Israel")
        ('United States', 'Israel', None)
        """
        found = self._alias.get(_norm(alias))
        return None if found is None else found.country

    def actor(self, alias: str) -> str | None:
        """Who acts when ``alias`` does: a country, an organisation or the country a
        body stands for ("the Kremlin": Russia); None for anything else.

        >>> v = Vocabulary.default()
        >>> v.actor("Kremlin"), v.actor("Russian forces"), v.actor("Kharkiv")
        ('Russia', 'Russia', None)
        """
        found = self._alias.get(_norm(alias))
        if found is None or found.type not in ("country", "organization"):
            return None
        return found.country or found.name

    def capital(self, place: str) -> str | None:
        """The capital "the capital" means in a text about ``place``: a country's capital,
        or ``place`` itself when it is one.

        >>> v = Vocabulary.default()
        >>> v.capital("Ukraine"), v.capital("Madrid"), v.capital("Kharkiv")
        ('Kyiv', 'Madrid', None)
        """
        name = self.canonical_entity(place) or place
        if name in self._capital:
            return self._capital[name]
        return name if _norm(name) in self._capital_of else None

    def adjective_entity(self, adjective: str) -> str | None:
        """The country a demonym names ("Russian" -> "Russia")."""
        found = self._adjective.get(_norm(adjective))
        return None if found is None else found.name


def require_vocabulary(value: object, func: str) -> Vocabulary | None:
    """``value`` when it is a :class:`Vocabulary` or None; else :class:`InputTypeError`
    naming ``func``, the public function that received it as ``vocabulary=``."""
    if value is None or isinstance(value, Vocabulary):
        return value
    raise InputTypeError(
        f"{func}() takes vocabulary= as a discrepancy.Vocabulary or None, "
        f"not {type(value).__name__}"
    )


def _of(entries: Iterable[BaseModel], kind: type[_E]) -> tuple[_E, ...]:
    return tuple(e for e in entries if isinstance(e, kind))


def _merged(
    entries: Iterable[BaseModel], kind: type[_Named], merge: Callable[[_Named, _Named], _Named]
) -> dict[str, _Named]:
    """Entries of one kind by name, an entry with a name already seen merged into it."""
    out: dict[str, _Named] = {}
    for entry in _of(entries, kind):
        old = out.get(entry.name)
        out[entry.name] = entry if old is None else merge(old, entry)
    return out


def _merge_subject(old: SubjectEntry, new: SubjectEntry) -> SubjectEntry:
    return old.model_copy(
        update={
            "forms": old.forms + new.forms,
            "cues_before": old.cues_before + new.cues_before,
            "event_aliases": tuple(
                sorted({**dict(old.event_aliases), **dict(new.event_aliases)}.items())
            ),
            "family": old.family + new.family,
            **_stated(new, "cumulative", "implies"),
        }
    )


def _merge_event(old: EventEntry, new: EventEntry) -> EventEntry:
    return old.model_copy(
        update={
            "forms": old.forms + new.forms,
            "family": old.family + new.family,
            **_stated(new, "cumulative"),
        }
    )


def _stated(entry: BaseModel, *fields: str) -> dict[str, object]:
    """The fields an entry states itself (a later entry overrides only what it states)."""
    return {f: getattr(entry, f) for f in fields if f in entry.model_fields_set}
