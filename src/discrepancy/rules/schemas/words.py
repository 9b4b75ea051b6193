"""The vocabulary of facts: what a figure counts, what happened, who said so, where,
and which lines of a page are debris (``subjects.jsonl``, ``events.jsonl``,
``cues.jsonl``, ``entities.jsonl``, ``negations.jsonl``, ``boilerplate.jsonl``,
``grammar.jsonl``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..markers import MARKER_FLAGS, NEGATION_FLAGS, negation_source
from ..names import WORD_CLASSES

__all__ = [
    "BasisEntry",
    "BoilerplateEntry",
    "CueEntry",
    "EntityEntry",
    "EventEntry",
    "NegationEntry",
    "PluralEntry",
    "SubjectEntry",
    "WordClassEntry",
]

_STRICT = ConfigDict(frozen=True, extra="forbid")
_Name = Annotated[str, Field(min_length=1)]


def _check_regex(pattern: str, source: str, flags: int) -> str:
    """``pattern``, if ``source`` (the pattern as the vocabulary compiles it) compiles."""
    try:
        regex.compile(source, flags)
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
        family: other subjects that count the same thing and line up with this one
            when outlets are compared ("fatality", "life", "victim" for ``death``).
            A name may be in one family only.
        cumulative: figures of this subject and its family are running tallies of
            one event (a death toll given on the next day updates the same figure).
        implies: the event this subject's figures need no word for (``death``:
            ``killed``): a figure no verb governs takes it, and it is left out when a
            subject and event are put in words.
        note: why these words are here and where they come from.
    """

    model_config = _STRICT

    kind: Literal["subject"] = "subject"
    name: _Name
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
    family: tuple[_Name, ...] = ()
    cumulative: bool = False
    implies: _Name | None = None
    note: str | None = None

    @field_validator("event_aliases", mode="before")
    @classmethod
    def _pairs(cls, value: object) -> object:
        return tuple(sorted(value.items())) if isinstance(value, Mapping) else value

    def event_alias(self, event: str) -> str:
        """The event ``event`` means for this subject (itself unless aliased)."""
        return next((to for name, to in self.event_aliases if name == event), event)


class EventEntry(BaseModel):
    """A canonical event and the verbs that express it.

    Attributes:
        name: the canonical event, a past participle ("intercepted").
        forms: the verbs and phrases that express it ("shot down", "downed").
        person_subject: the toll a count of people becomes under this verb ("24
            people were killed" counts ``death``).
        family: other events that name the same act and line up with this one when
            outlets are compared ("deployed" for ``launched``). A name may be in one
            family only.
        cumulative: figures of this event and its family are running tallies of one
            event (deaths, arrests, homes destroyed), not acts of a given day.
        note: why these words are here and where they come from.
    """

    model_config = _STRICT

    kind: Literal["event"] = "event"
    name: _Name
    forms: tuple[str, ...]
    person_subject: str | None = None
    family: tuple[_Name, ...] = ()
    cumulative: bool = False
    note: str | None = None


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
    # The country an organisation speaks and acts for ("the Pentagon": United States):
    # as a source it is named by itself, as an actor and a side it is that country.
    country: str | None = None
    # The place a place lies in (a district in its city, a city in its region or
    # country, an island in its state): comparison lets a figure given for a place
    # meet the same figure given for the place it lies in.
    parent: str | None = None

    @model_validator(mode="after")
    def _country_of_body(self) -> EntityEntry:
        if self.country is not None and self.type != "organization":
            raise ValueError(f"{self.name}: only an organization stands for a country")
        if self.parent is not None and self.type != "place":
            raise ValueError(f"{self.name}: only a place lies in another place (parent)")
        return self


class NegationEntry(BaseModel):
    """A zero toll stated in words ("No casualties have been reported")."""

    model_config = _STRICT

    kind: Literal["negation"] = "negation"
    pattern: str
    subject: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _check_regex(value, negation_source(value), NEGATION_FLAGS)


class WordClassEntry(BaseModel):
    """A class of words the code reads by name (see :mod:`discrepancy.rules.names`).

    Attributes:
        name: the class, one of the names in ``WORD_CLASSES`` (for example
            ``function``: words that end a noun phrase; ``linking``: verbs that join
            a noun phrase to the figure after it, "rose by"; ``not_counted``: nouns a
            figure never counts, "years", "times"). An unknown name is an error.
        words: the words or phrases, lower case.
        note: why these words are in the class and where they come from (required).
    """

    model_config = _STRICT

    kind: Literal["words"] = "words"
    name: str
    words: tuple[str, ...]
    note: _Name

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
    "staff"); a form that maps to itself has no singular of its own. ``note`` (required)
    says why the pairs are here and where they come from.
    """

    model_config = _STRICT

    kind: Literal["plural"] = "plural"
    pairs: dict[str, str]
    note: _Name


class BasisEntry(BaseModel):
    """Phrases that say what kind of count a figure is ("an estimated", "exit poll").

    Attributes:
        basis: one of ``estimate``, ``poll``, ``forecast``, ``projection``,
            ``preliminary``, ``final``.
        cues: phrases, lower case, found in the figure's clause before it or right
            after it ("expected", "forecast to", "preliminary results").
        note: why these cues are here and where they come from (required).
    """

    model_config = _STRICT

    kind: Literal["basis"] = "basis"
    basis: Literal["estimate", "poll", "forecast", "projection", "preliminary", "final"]
    cues: tuple[str, ...]
    note: _Name


class SectorEntry(BaseModel):
    """An industry or sector of an economy with the names news gives it
    ("health care", "healthcare"; "manufacturing", "manufacturers", "factories").

    A count of jobs whose clause opens with a sector ("Factories cut 9,000 jobs")
    counts that sector's jobs: the sector is the figure's group, under its ``name``,
    so that outlets naming it differently meet in one row.

    Attributes:
        name: the sector as rows name it, lower case.
        forms: the phrases news uses for it, lower case (``name`` is one too).
        note: why these forms are one sector and where they come from (required).
    """

    model_config = _STRICT

    kind: Literal["sector"] = "sector"
    name: _Name
    forms: tuple[str, ...] = ()
    note: _Name


class BoilerplateEntry(BaseModel):
    """A marker of page debris; the whole line holding it is debris.

    ``note`` (required) says what the marker catches and where it was seen.
    """

    model_config = _STRICT

    kind: Literal["boilerplate"] = "boilerplate"
    pattern: str
    scope: Literal["line"] = "line"
    note: _Name
    needle: str | None = Field(
        default=None,
        description="lower-case words every match contains, used to find candidate lines "
        "fast; derived from the pattern's literal start when omitted",
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _check_regex(value, value, MARKER_FLAGS)
