"""The words extraction runs on, as validated data users can extend.

Every list that decides what a figure counts, what happened, who said so, where,
and which lines of a page are debris lives in JSON Lines files under
``discrepancy/rules/data/`` (one entry per line, each line checked by a pydantic model
with ``extra="forbid"``, so a typo in a key is an error and never silence). The
approach follows spaCy's ``SpanRuler`` patterns (rules as plain data with a
schema) and price-parser's ``_currencies.py`` (a vocabulary module that says
where its words come from).

Sources and intent of the shipped lists:

* ``subjects.jsonl``: nouns that follow a figure in wire copy (AP, Reuters, AFP
  style) for the families the library compares: weapons (drones, Shahed, UAV;
  missiles, cruise and ballistic; guided bombs), places hit (regions, cities,
  locations), human tolls (dead, injured, missing, casualties, arrests), crowds
  (people, protesters, demonstrators), responders, buildings and homes, and
  measurement families keyed on the figure's kind (depth, distance, area burned,
  magnitude, money, tariffs, shares).
* ``events.jsonl``: the verbs reporters use for each canonical event (launched /
  fired / unleashed; intercepted / shot down / downed; killed / died; ...).
  ``person_subject`` turns a count of people into the toll the verb names
  ("24 people were killed" counts deaths).
* ``cues.jsonl``: speech and report cues ("said", "according to") and relay cues
  ("as per", "as quoted by") used for attribution.
* ``entities.jsonl``: a small gazetteer with aliases so one entity has one name
  across spellings (Kyiv / Kiev, Zelensky / Zelenskyy, Sybiha / Sibiga).
* ``negations.jsonl``: zero tolls stated without a digit ("No casualties").
* ``grammar.jsonl``: closed classes of English that bound a noun phrase
  (determiners, prepositions, auxiliaries, pronouns), the verbs that join a
  noun phrase to the figure it states ("payrolls rose by 73,000", "the number of
  unemployed was 7.2 million"), the heads that pass their count on to an "of"
  phrase ("the number of", "the ranks of"), and the cues of a figure's basis
  (estimate, poll, forecast, projection, preliminary or final count). Compiled
  from standard English grammars (closed word classes) and wire-copy usage.
* ``boilerplate.jsonl``: markers of page debris (share prompts, comment
  policies, media-player text, self-promotion footers, cookie banners).

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
import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from .._exceptions import VocabularyError
from .names import WORD_CLASSES

__all__ = [
    "BasisEntry",
    "BoilerplateEntry",
    "CueEntry",
    "EntityEntry",
    "EventEntry",
    "NegationEntry",
    "PhraseTable",
    "PluralEntry",
    "SubjectEntry",
    "Vocabulary",
    "WordClassEntry",
    "tokenize",
]

_STRICT = ConfigDict(frozen=True, extra="forbid")
_KINDS = ("count", "percent", "money", "length", "area", "measure")


def _check_regex(pattern: str) -> str:
    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
    return pattern


class SubjectEntry(BaseModel):
    """What a figure counts, and the words that say so.

    Attributes:
        name: the canonical subject, singular lower case ("drone").
        forms: words that follow the figure ("drones", "UAVs", "Shahed").
        cues_before: phrases that name the subject before a bare figure
            ("death toll ... rose to 80").
        person: True for counts of people, which a governing verb may turn
            into a toll ("24 people were killed" counts deaths).
        default_event: event to assume when no verb governs the figure
            ("across 14 regions" were hit).
        kinds: the quantity kinds the entry applies to (default: counts).
        units: for measures, the units the entry accepts (hours for durations).
        fallback: use this subject for its kinds when nothing more specific fits.
        requires_context: the subject only applies when one of these words is
            in the sentence (a magnitude needs a quake).
        max_value: the largest plausible figure (a magnitude above 10 is not one).
        event_aliases: events that mean another event for this subject: drones
            "destroyed" by air defences were intercepted (``{"destroyed":
            "intercepted"}``), where buildings destroyed stay destroyed.
    """

    model_config = _STRICT

    kind: Literal["subject"] = "subject"
    name: Annotated[str, Field(min_length=1)]
    forms: tuple[str, ...] = ()
    cues_before: tuple[str, ...] = ()
    person: bool = False
    default_event: str | None = None
    kinds: tuple[Literal["count", "percent", "money", "length", "area", "measure"], ...] = (
        "count",
    )
    units: tuple[str, ...] = ()
    fallback: bool = False
    requires_context: tuple[str, ...] = ()
    max_value: float | None = None
    # Written as a JSON object; kept as sorted pairs so the entry stays hashable.
    event_aliases: tuple[tuple[str, str], ...] = ()

    @field_validator("event_aliases", mode="before")
    @classmethod
    def _pairs(cls, value: object) -> object:
        return tuple(sorted(value.items())) if isinstance(value, Mapping) else value

    def event_alias(self, event: str) -> str:
        """The event ``event`` means for this subject (itself unless aliased)."""
        return next((to for name, to in self.event_aliases if name == event), event)


class EventEntry(BaseModel):
    """A canonical event and the verbs that express it."""

    model_config = _STRICT

    kind: Literal["event"] = "event"
    name: Annotated[str, Field(min_length=1)]
    forms: tuple[str, ...]
    person_subject: str | None = None


class CueEntry(BaseModel):
    """A speech, report or relay cue.

    Attributes:
        phrase: the cue words ("according to", "said", "as per").
        role: ``source`` names who gave the figure, ``relay`` who passed it on.
        position: where the named party stands: ``before`` the cue
            ("the air force said") or ``after`` it ("according to the air force").
    """

    model_config = _STRICT

    kind: Literal["cue"] = "cue"
    phrase: Annotated[str, Field(min_length=1)]
    role: Literal["source", "relay"] = "source"
    position: Literal["before", "after"] = "before"


class EntityEntry(BaseModel):
    """A named entity with its spellings."""

    model_config = _STRICT

    kind: Literal["entity"] = "entity"
    name: Annotated[str, Field(min_length=1)]
    type: Literal["person", "place", "country", "organization", "outlet"]
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None  # a country's capital city: what "the capital" names


class NegationEntry(BaseModel):
    """A zero toll stated in words ("No casualties have been reported")."""

    model_config = _STRICT

    kind: Literal["negation"] = "negation"
    pattern: str
    subject: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _check_regex(value)


class WordClassEntry(BaseModel):
    """A class of words the code reads by name (see :mod:`discrepancy.rules.names`).

    Attributes:
        name: the class, one of the names in ``WORD_CLASSES`` (for example
            ``function``: words that end a noun phrase; ``linking``: verbs that join
            a noun phrase to the figure after it, "rose by"; ``not_counted``: nouns a
            figure never counts, "years", "times"). An unknown name is an error.
        words: the words or phrases, lower case.
        note: why these words are in the class and where they come from.
    """

    model_config = _STRICT

    kind: Literal["words"] = "words"
    name: str
    words: tuple[str, ...]
    note: str | None = None

    @field_validator("name")
    @classmethod
    def _declared(cls, value: str) -> str:
        if value not in WORD_CLASSES:
            known = ", ".join(sorted(WORD_CLASSES))
            raise ValueError(f"unknown word class {value!r} (known: {known})")
        return value


class PluralEntry(BaseModel):
    """Plurals that the regular rules of English do not undo ("people" -> "person").

    A noun listed here is a plural even when it does not end in "s" ("police",
    "staff"); a form that maps to itself has no singular of its own.
    """

    model_config = _STRICT

    kind: Literal["plural"] = "plural"
    pairs: dict[str, str]


class BasisEntry(BaseModel):
    """Phrases that say what kind of count a figure is ("an estimated", "exit poll").

    Attributes:
        basis: one of ``estimate``, ``poll``, ``forecast``, ``projection``,
            ``preliminary``, ``final``.
        cues: phrases, lower case, found in the figure's clause before it or right
            after it ("expected", "forecast to", "preliminary results").
    """

    model_config = _STRICT

    kind: Literal["basis"] = "basis"
    basis: Literal["estimate", "poll", "forecast", "projection", "preliminary", "final"]
    cues: tuple[str, ...]


class BoilerplateEntry(BaseModel):
    """A marker of page debris; the whole line holding it is debris."""

    model_config = _STRICT

    kind: Literal["boilerplate"] = "boilerplate"
    pattern: str
    scope: Literal["line"] = "line"
    note: str | None = None
    needle: str | None = Field(
        default=None,
        description="lower-case words every match contains, used to find candidate lines "
        "fast; derived from the pattern's literal start when omitted",
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _check_regex(value)


Entry = Annotated[
    SubjectEntry
    | EventEntry
    | CueEntry
    | EntityEntry
    | NegationEntry
    | BoilerplateEntry
    | WordClassEntry
    | PluralEntry
    | BasisEntry,
    Field(discriminator="kind"),
]
_ENTRY: TypeAdapter[Any] = TypeAdapter(Entry)
_DATA_FILES = (
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
)


def _parse_lines(lines: Iterable[str], source: str) -> list[BaseModel]:
    entries: list[BaseModel] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise VocabularyError(f"{source}:{number}: not valid JSON ({exc.msg})") from exc
        entries.append(_validate(raw, f"{source}:{number}"))
    return entries


def _validate(raw: object, where: str) -> BaseModel:
    try:
        entry: BaseModel = _ENTRY.validate_python(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise VocabularyError(f"{where}: {problems}") from exc
    return entry


# The same few names and forms are looked up again and again within an article.
@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


# Invisible format characters (zero-width space, bidi marks, soft hyphen, BOM) are
# no tokens: scrapers leave them between a figure and its noun.
_TOKEN = regex.compile(r"[\p{L}\p{N}]++(?:['’.\-/&][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}\p{Cf}]")

Token = tuple[int, int, str]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` as (start, end, lower case).

    >>> [t[2] for t in tokenize("Ukraine's air force said: 12 UAVs.")]
    ["ukraine's", 'air', 'force', 'said', ':', '12', 'uavs', '.']
    """
    stop = len(text) if end is None else end
    if _FAST_TOKENS and _FAST_TEXT.fullmatch(text, start, stop) is not None:
        return _fast_tokenize(text, start, stop)
    return [
        (m.start(), m.end(), m.group().lower().replace("’", "'"))
        for m in _TOKEN.finditer(text, start, stop)
    ]


# Most news sentences are ASCII plus a few punctuation marks. For those, tokenize()
# takes a path that gives the same tokens about twice as fast: the stdlib ``re``
# engine over the lower-cased text, ASCII classes instead of Unicode properties,
# and offsets summed from (whitespace, token) pairs instead of one match object per
# token. Every character below is checked against _TOKEN's own classes at import
# (a punctuation mark must be a one-character token and its own lower case; a space
# must be ``\s``), and a sample is tokenized both ways: if _TOKEN changes and they
# disagree, the fast path is switched off rather than returning different tokens.
_FAST_SPACE = "".join(
    c for c in (*map(chr, range(128)), "\xa0", "\u2009", "\u202f") if regex.match(r"\s", c)
)
_FAST_PUNCT = "".join(
    c
    for c in "’‘“”–—…«»•·€£°′″„"
    if c.lower() == c and regex.fullmatch(r"[^\s\p{L}\p{N}\p{Cf}]", c)
)


def _codes(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


_FAST_TEXT = re.compile(rf"[\x00-\x7f{_codes(_FAST_PUNCT + _FAST_SPACE)}]*+")
_FAST_PAIR = re.compile(
    rf"""
    ([{_codes(_FAST_SPACE)}]*+)                 # the spaces before a token
    ([a-z0-9]++(?:['.\-/&][a-z0-9]++)*+        # a word (text is lower-cased, ’ is ')
    | [^{_codes(_FAST_SPACE)}a-z0-9])           # or one other character
    """,
    re.VERBOSE,
)


def _fast_tokenize(text: str, start: int, stop: int) -> list[Token]:
    out: list[Token] = []
    at = start
    for space, token in _FAST_PAIR.findall(text[start:stop].lower().replace("’", "'")):
        at += len(space)
        end = at + len(token)
        out.append((at, end, token))
        at = end
    return out


def _fast_path_agrees() -> bool:
    sample = "".join(map(chr, range(128))) + _FAST_PUNCT + _FAST_SPACE + " Ab’c D-9 x/y&z it’s."
    slow = [
        (m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(sample)
    ]
    return (
        _FAST_TEXT.fullmatch(sample) is not None and _fast_tokenize(sample, 0, len(sample)) == slow
    )


_FAST_TOKENS = _fast_path_agrees()


class PhraseTable:
    """Phrases matched token by token through a dictionary keyed on the first token.

    Matching costs a dictionary lookup per token instead of a regex alternation
    over every character, which keeps extraction fast on large corpora.

    >>> table = PhraseTable()
    >>> table.add("shot down", "intercepted")
    >>> toks = tokenize("Air defences shot down 40 drones")
    >>> table.match(toks, 2)
    (4, 'intercepted')
    """

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
        # One-word phrases matched in any case: such a token is a match by itself.
        self._single: set[str] = set()

    def add(self, phrase: str, value: str, *, exact_case: bool = False) -> None:
        """Add ``phrase`` (later additions of the same phrase win)."""
        words = tuple(t[2] for t in tokenize(phrase))
        if not words:
            return
        bucket = self._first.setdefault(words[0], [])
        bucket[:] = [b for b in bucket if b[0] != words or (b[2] is not None) != exact_case]
        bucket.append((words, value, phrase if exact_case else None))
        bucket.sort(key=lambda b: -len(b[0]))
        if len(words) == 1 and not exact_case:
            self._single.add(words[0])

    @property
    def heads(self) -> Mapping[str, object]:
        """First words of the phrases: a token that is not one starts no phrase."""
        return self._first

    def match(
        self, tokens: Sequence[Token], i: int, limit: int | None = None, text: str | None = None
    ) -> tuple[int, str] | None:
        """The longest phrase starting at token ``i``: (index after it, value)."""
        candidates = self._first.get(tokens[i][2])
        if not candidates:
            return None
        stop = len(tokens) if limit is None else min(limit, len(tokens))
        for words, value, exact in candidates:
            n = len(words)
            if i + n > stop:
                continue
            # The second word rejects most candidates without building a generator.
            if n == 1 or (
                tokens[i + 1][2] == words[1]
                and (n == 2 or all(tokens[i + k][2] == words[k] for k in range(2, n)))
            ):
                if exact is not None and (
                    text is None or text[tokens[i][0] : tokens[i + n - 1][1]] != exact
                ):
                    continue
                return i + n, value
        return None

    def first(
        self, tokens: Sequence[Token], lo: int, hi: int, text: str | None = None
    ) -> tuple[int, int, str] | None:
        """The first match within tokens ``lo..hi``: (start index, end index, value)."""
        heads = self._first
        # Most tokens start no phrase: a set-membership test skips the call to match().
        for i in range(lo, min(hi, len(tokens))):
            if tokens[i][2] in heads:
                m = self.match(tokens, i, hi, text)
                if m is not None:
                    return i, m[0], m[1]
        return None

    def occurs(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> bool:
        """Whether any phrase matches within tokens ``lo..hi`` (``first() is not None``).

        >>> table = PhraseTable()
        >>> table.add("shot down", "intercepted")
        >>> table.occurs(tokenize("Air defences shot down 40 drones"))
        True
        """
        stop = len(tokens) if hi is None else min(hi, len(tokens))
        heads, single = self._first, self._single
        for i in range(lo, stop):
            word = tokens[i][2]
            if word in heads and (word in single or self.match(tokens, i, stop) is not None):
                return True
        return False

    def last(
        self, tokens: Sequence[Token], lo: int, hi: int, text: str | None = None
    ) -> tuple[int, int, str] | None:
        """The last match starting within tokens ``lo..hi``."""
        found = None
        heads = self._first
        i = max(lo, 0)
        stop = min(hi, len(tokens))
        while i < stop:
            m = self.match(tokens, i, stop, text) if tokens[i][2] in heads else None
            if m is not None:
                found = (i, m[0], m[1])
                i = m[0]
            else:
                i += 1
        return found


@dataclass(frozen=True)
class _Entity:
    name: str
    type: str


class Vocabulary:
    """Validated extraction vocabulary, compiled once.

    Build one with :meth:`default` (the shipped data, loaded once, thread-safe)
    or :meth:`from_entries`, and grow it with :meth:`extended`. Instances are
    immutable after construction and safe to share between threads.

    Args:
        entries: validated entries (any mix of kinds).

    >>> v = Vocabulary.default()
    >>> v.entity_type("EuroNews"), v.entity_type("Kerr County")
    ('outlet', 'place')
    """

    _default: Vocabulary | None = None
    _lock = threading.Lock()

    def __init__(self, entries: Sequence[BaseModel]) -> None:
        self.entries: tuple[BaseModel, ...] = tuple(entries)
        self.subjects: dict[str, SubjectEntry] = {}
        self.events: dict[str, EventEntry] = {}
        cues: list[CueEntry] = []
        entities: list[EntityEntry] = []
        negations: list[NegationEntry] = []
        boilerplate: list[BoilerplateEntry] = []
        self.word_classes: dict[str, frozenset[str]] = {}
        self.basis_cues = PhraseTable()
        self.plurals: dict[str, str] = {}
        for entry in self.entries:
            if isinstance(entry, SubjectEntry):
                self.subjects[entry.name] = _merge_subject(self.subjects.get(entry.name), entry)
            elif isinstance(entry, EventEntry):
                old = self.events.get(entry.name)
                self.events[entry.name] = (
                    entry
                    if old is None
                    else old.model_copy(update={"forms": old.forms + entry.forms})
                )
            elif isinstance(entry, CueEntry):
                cues.append(entry)
            elif isinstance(entry, EntityEntry):
                entities.append(entry)
            elif isinstance(entry, NegationEntry):
                negations.append(entry)
            elif isinstance(entry, BoilerplateEntry):
                boilerplate.append(entry)
            elif isinstance(entry, WordClassEntry):
                words = frozenset(_norm(w) for w in entry.words)
                self.word_classes[entry.name] = self.word_classes.get(entry.name, words) | words
            elif isinstance(entry, PluralEntry):
                self.plurals.update((_norm(k), _norm(v)) for k, v in entry.pairs.items())
            elif isinstance(entry, BasisEntry):
                for cue in entry.cues:
                    self.basis_cues.add(cue, entry.basis)
        self.linking = PhraseTable()
        for phrase in self.word_classes.get("linking", ()):
            self.linking.add(phrase, phrase)
        self.cues = tuple(cues)
        self.negations = tuple(negations)
        self.boilerplate = tuple(boilerplate)
        self._compile(entities)

    # ------------------------------------------------------------------ building

    @classmethod
    def default(cls) -> Vocabulary:
        """The shipped vocabulary, loaded and compiled on first use only."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    entries: list[BaseModel] = []
                    folder = resources.files("discrepancy.rules") / "data"
                    for name in _DATA_FILES:
                        text = (folder / name).read_text(encoding="utf-8")
                        entries.extend(_parse_lines(text.splitlines(), name))
                    default = cls(entries)
                    empty = sorted(set(WORD_CLASSES) - set(default.word_classes))
                    if empty:
                        raise VocabularyError(
                            f"the shipped data has no words for the classes {empty}"
                        )
                    cls._default = default
        return cls._default

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, object] | BaseModel]) -> Vocabulary:
        """A vocabulary from raw mappings or entry models (validated here).

        Raises:
            VocabularyError: an entry fails its schema.
        """
        return cls(_coerce(entries, "entries"))

    def extended(
        self, extra: str | Path | Iterable[Mapping[str, object] | BaseModel]
    ) -> Vocabulary:
        """A new vocabulary with ``extra`` entries added after this one's.

        ``extra`` is a path to a ``.jsonl`` file or an iterable of entries.
        Subjects and events with an existing name gain the new forms.

        Raises:
            VocabularyError: a line or entry fails its schema (file and line named).

        >>> v = Vocabulary.default().extended([{"kind": "cue", "phrase": "tweeted"}])
        >>> any(c.phrase == "tweeted" for c in v.cues)
        True
        """
        if isinstance(extra, str | Path):
            path = Path(extra)
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise VocabularyError(f"{path}: cannot read vocabulary file ({exc})") from exc
            added = _parse_lines(lines, str(path))
        else:
            added = _coerce(extra, "extended()")
        return Vocabulary([*self.entries, *added])

    def _compile(self, entities: list[EntityEntry]) -> None:
        # Later entries win, so a user's extension can re-file a form.
        self._form_subject: dict[str, str] = {}
        for subject in self.subjects.values():
            if "count" in subject.kinds:
                for form in subject.forms:
                    self._form_subject[_norm(form)] = subject.name
        self._cue_before_subject: dict[str, str] = {}
        for subject in self.subjects.values():
            for cue in subject.cues_before:
                self._cue_before_subject[_norm(cue)] = subject.name
        self._form_event: dict[str, str] = {}
        for event in self.events.values():
            for form in event.forms:
                self._form_event[_norm(form)] = event.name
        self._cue: dict[str, CueEntry] = {_norm(c.phrase): c for c in self.cues}
        self.negation_re = [
            (regex.compile(rf"(?<!\w){n.pattern}(?!\w)", regex.IGNORECASE), n.subject)
            for n in self.negations
        ]
        self.boilerplate_re = [
            regex.compile(b.pattern, regex.IGNORECASE | regex.MULTILINE) for b in self.boilerplate
        ]
        self.boilerplate_lines = _line_markers([b.pattern for b in self.boilerplate])
        self.boilerplate_needles = [
            b.needle.lower() if b.needle else _literal_start(b.pattern) for b in self.boilerplate
        ]
        self._alias: dict[str, _Entity] = {}
        self._adjective: dict[str, _Entity] = {}
        self._capital: dict[str, str] = {}  # country -> capital
        self._capital_of: dict[str, str] = {}  # normalised capital -> country
        adjectives: list[str] = []
        for entity in entities:
            if entity.capital:
                self._capital.setdefault(entity.name, entity.capital)
                self._capital_of.setdefault(_norm(entity.capital), entity.name)
            target = _Entity(entity.name, entity.type)
            for alias in (entity.name, *entity.aliases):
                self._alias.setdefault(_norm(alias), target)
            for adjective in entity.adjectives:
                self._adjective.setdefault(_norm(adjective), target)
                adjectives.append(adjective)
        self._tables(entities, adjectives)

    def _tables(self, entities: list[EntityEntry], adjectives: list[str]) -> None:
        self.subject_forms = PhraseTable()
        self.measure_forms: dict[str, PhraseTable] = {k: PhraseTable() for k in _KINDS}
        for subject in self.subjects.values():
            for form in subject.forms:
                if "count" in subject.kinds:
                    self.subject_forms.add(form, subject.name)
                for kind in subject.kinds:
                    if kind != "count":
                        self.measure_forms[kind].add(form, subject.name)
        self.subject_cues = PhraseTable()
        for cue, name in self._cue_before_subject.items():
            self.subject_cues.add(cue, name)
        self.event_forms = PhraseTable()
        for form, name in self._form_event.items():
            self.event_forms.add(form, name)
        self.cue_forms = PhraseTable()
        for phrase in self._cue:
            self.cue_forms.add(phrase, phrase)
        self.cue_phrases = tuple(self._cue)
        self.person_aliases = tuple(
            (_norm(alias), entity.name)
            for entity in entities
            if entity.type == "person"
            for alias in (entity.name, *entity.aliases)
        )
        self.entity_forms = PhraseTable()
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                exact = alias.isupper() and len(alias) <= 4
                self.entity_forms.add(alias, alias, exact_case=exact)
        self.adjective_forms = PhraseTable()
        for adjective in adjectives:
            self.adjective_forms.add(adjective, adjective, exact_case=True)

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


# Constructs that would change meaning when patterns are joined into one alternation:
# inline flags and named groups (any "(?" but a plain group), and back-references.
_UNJOINABLE = regex.compile(r"\(\?(?!:)|\\(?:[1-9]|g)")


def _line_markers(patterns: Sequence[str]) -> regex.Pattern[str] | None:
    """The line-anchored markers ("^...") as one alternation, in order, or None.

    The debris scan tries the anchored markers on every short line; one regex call
    per line instead of one per marker is several times faster. Alternatives are
    tried in order at the same position, so the first marker that matches wins, as
    in a loop over the markers. Group ``_b<k>`` is the k-th anchored marker. None
    when a marker holds an inline flag, a named group or a back-reference, which an
    alternation would not keep apart (the scan then loops over the markers).
    """
    anchored = [p for p in patterns if p.startswith("^")]
    if not anchored or any(_UNJOINABLE.search(p) for p in anchored):
        return None
    joined = "|".join(f"(?P<_b{k}>{p})" for k, p in enumerate(anchored))
    return regex.compile(joined, regex.IGNORECASE | regex.MULTILINE)


_LITERAL = regex.compile(r"(?:[\w '!,.-]|\\[.!?'])+")


def _literal_start(pattern: str) -> str | None:
    """The literal words a pattern starts with (lower case), or None if anchored or none."""
    if pattern.startswith("^"):
        return None
    m = _LITERAL.match(pattern)
    if m is None:
        return None
    literal = m.group().replace("\\", "")
    # Stop before a character a following quantifier may make optional.
    if m.end() < len(pattern) and pattern[m.end()] in "?*{":
        literal = literal[:-1]
    literal = literal.strip().lower()
    return literal if len(literal) >= 4 else None


def _merge_subject(old: SubjectEntry | None, new: SubjectEntry) -> SubjectEntry:
    if old is None:
        return new
    return old.model_copy(
        update={
            "forms": old.forms + new.forms,
            "cues_before": old.cues_before + new.cues_before,
            "event_aliases": tuple(
                sorted({**dict(old.event_aliases), **dict(new.event_aliases)}.items())
            ),
        }
    )


def _coerce(entries: Iterable[Mapping[str, object] | BaseModel], where: str) -> list[BaseModel]:
    out: list[BaseModel] = []
    for index, entry in enumerate(entries, 1):
        raw = entry.model_dump() if isinstance(entry, BaseModel) else dict(entry)
        out.append(_validate(raw, f"{where} entry {index}"))
    return out
