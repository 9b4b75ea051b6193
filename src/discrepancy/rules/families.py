"""Families of events and subjects: the words outlets use for one thing, as data.

Comparison lines facts up on a family, not on an exact label: "drones launched"
and "drones deployed" meet in one row, each cell still shows its own wording. A
family also says whether its figures are *cumulative*: a death toll, an arrest
count or a tally of homes destroyed is a running total of one event, so the tolls
outlets give on the days after the event are updates of one figure, while drones
launched on two nights are two figures.

The families live in ``data/families.jsonl``, one JSON object per line, checked by
the pydantic models below (an unknown key is an error):

>>> families = Families.default()
>>> families.event("deployed"), families.event("intercepted")
('launched', 'intercepted')
>>> families.cumulative(subject="person", event="killed"), families.cumulative("drone", "launched")
(True, False)
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .._exceptions import VocabularyError

__all__ = ["EventFamily", "Families", "PlaceTypes", "SubjectFamily"]

_Name = Annotated[str, Field(min_length=1)]


class EventFamily(BaseModel):
    """Events that name one act, under the family's name."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["event_family"] = "event_family"
    name: _Name
    events: tuple[_Name, ...]
    cumulative: bool = False
    note: _Name


class SubjectFamily(BaseModel):
    """Subjects that count one thing, under the family's name, and whether their
    figures are running tallies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["subject_family"] = "subject_family"
    name: _Name
    subjects: tuple[_Name, ...]
    cumulative: bool = False
    implies: _Name | None = None  # the event its figures need no word for ("death": killed)
    note: _Name


class PlaceTypes(BaseModel):
    """Words that name what kind of place a name is ("Marsa Province" is "Marsa")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["place_types"] = "place_types"
    words: tuple[_Name, ...]
    note: _Name


_Entry = Annotated[EventFamily | SubjectFamily | PlaceTypes, Field(discriminator="kind")]
_ADAPTER: TypeAdapter[_Entry] = TypeAdapter(_Entry)


def _enter(table: dict[str, str], members: tuple[str, ...], family: str, what: str) -> None:
    """Record each member's family, refusing a member that already has one."""
    for member in members:
        if member in table:
            raise VocabularyError(
                f"{what} {member!r} is in two families ({table[member]!r} and {family!r}); "
                f"give each {what} one family"
            )
        table[member] = family


class Families:
    """The loaded families: event name -> family, and which figures are cumulative."""

    def __init__(self, entries: list[EventFamily | SubjectFamily | PlaceTypes]) -> None:
        self._event: dict[str, str] = {}
        self._cumulative_events: set[str] = set()
        self._cumulative_subjects: set[str] = set()
        self._subject: dict[str, str] = {}
        self._implied: dict[str, str] = {}
        self._place_types: set[str] = set()
        for entry in entries:
            if isinstance(entry, PlaceTypes):
                self._place_types.update(w.lower() for w in entry.words)
            elif isinstance(entry, EventFamily):
                _enter(self._event, entry.events, entry.name, "event")
                if entry.cumulative:
                    self._cumulative_events.update(entry.events)
            else:
                _enter(self._subject, entry.subjects, entry.name, "subject")
                if entry.cumulative:
                    self._cumulative_subjects.update(entry.subjects)
                if entry.implies is not None:
                    self._implied[entry.name] = entry.implies

    @classmethod
    def from_lines(cls, lines: list[str], *, source: str = "families") -> Families:
        """Families from JSON lines (blank lines are skipped).

        Raises:
            VocabularyError: a line is not valid JSON or not a valid entry.
        """
        entries: list[EventFamily | SubjectFamily | PlaceTypes] = []
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entries.append(_ADAPTER.validate_python(json.loads(line)))
            except ValueError as exc:
                raise VocabularyError(f"{source}, line {n}: {exc}") from exc
        return cls(entries)

    @staticmethod
    @cache
    def default() -> Families:
        """The families shipped in ``data/families.jsonl`` (loaded once)."""
        text = (
            resources.files("discrepancy.rules").joinpath("data/families.jsonl").read_text("utf-8")
        )
        return Families.from_lines(text.splitlines(), source="data/families.jsonl")

    def event(self, event: str | None) -> str | None:
        """The family an event aligns under (the event itself when it has none)."""
        return None if event is None else self._event.get(event, event)

    def subject(self, subject: str | None) -> str | None:
        """The family a subject aligns under (the subject itself when it has none).

        >>> Families.default().subject("fatality"), Families.default().subject("drone")
        ('death', 'drone')
        """
        return None if subject is None else self._subject.get(subject, subject)

    def says(self, subject: str, event: str | None) -> str:
        """A subject and event in words, without an event the subject already says.

        >>> Families.default().says("death", "killed"), Families.default().says("drone", "launched")
        ('death', 'drone launched')
        """
        family = self.subject(subject) or subject
        if event is None or self._implied.get(family) == self.event(event):
            return subject
        return f"{subject} {event}"

    def place(self, name: str | None) -> str | None:
        """A place's name without the word that says what kind of place it is.

        >>> Families.default().place("Marsa Province"), Families.default().place("Kyiv")
        ('Marsa', 'Kyiv')
        """
        if name is None:
            return None
        head, _, last = name.rpartition(" ")
        return head if head and last.lower() in self._place_types else name

    def cumulative(self, subject: str | None, event: str | None) -> bool:
        """Whether a figure of this subject and event is a running tally of one event."""
        if event is not None:
            return event in self._cumulative_events
        return subject in self._cumulative_subjects
