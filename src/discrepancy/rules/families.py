"""Families of events and subjects: the words outlets use for one thing, as data.

Comparison lines facts up on a family, not on an exact label: "drones launched"
and "drones deployed" meet in one row, each cell still shows its own wording. A
family also says whether its figures are *cumulative*: a death toll, an arrest
count or a tally of homes destroyed is a running total of one event, so the tolls
outlets give on the days after the event are updates of one figure, while drones
launched on two nights are two figures.

A family is written on the subject or event entry it is named after (fields
``family``, ``cumulative`` and, for subjects, ``implies``), so a user extends one by
adding an entry; the words that say what kind of place a name is form the word
class ``place_type``:

>>> families = Families.default()
>>> families.event("deployed"), families.event("intercepted")
('launched', 'intercepted')
>>> families.cumulative(subject="person", event="killed"), families.cumulative("drone", "launched")
(True, False)
>>> from discrepancy.rules.vocab import Vocabulary
>>> grown = Vocabulary.default().extended(
...     [{"kind": "subject", "name": "death", "forms": [], "family": ["loss of life"]}])
>>> Families.of(grown).subject("loss of life"), families.subject("loss of life")
('death', 'loss of life')
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable

from .._exceptions import VocabularyError
from .schemas.words import EntityEntry, EventEntry, SubjectEntry
from .vocab import Vocabulary

__all__ = ["Families"]


def _tables(
    entries: Iterable[SubjectEntry | EventEntry], what: str
) -> tuple[dict[str, str], set[str]]:
    """Each member's family, and the members of cumulative families.

    Raises:
        VocabularyError: a name is in two families.
    """
    family: dict[str, str] = {}
    cumulative: set[str] = set()
    for entry in entries:
        members = (entry.name, *entry.family) if entry.family else ()
        for member in members:
            if member in family:
                raise VocabularyError(
                    f"{what} {member!r} is in two families ({family[member]!r} and "
                    f"{entry.name!r}); give each {what} one family"
                )
            family[member] = entry.name
        if entry.cumulative:
            cumulative.update((entry.name, *entry.family))
    return family, cumulative


def _key(name: str) -> str:
    """A place name as spellings are matched: lower case, single spaces."""
    return " ".join(name.lower().split())


def _places(vocabulary: Vocabulary) -> tuple[dict[str, str], dict[str, str]]:
    """Each spelling of a place or country -> its name, and each place -> the place it
    lies in (its ``parent``).

    Raises:
        VocabularyError: a parent names no place or country entity.
    """
    entities = [e for e in vocabulary.entries if isinstance(e, EntityEntry)]
    names: dict[str, str] = {}
    for entity in entities:
        if entity.type in ("place", "country"):
            for alias in (entity.name, *entity.aliases):
                names.setdefault(_key(alias), entity.name)
    parent: dict[str, str] = {}
    for entity in entities:
        if entity.parent is None:
            continue
        found = names.get(_key(entity.parent))
        if found is None:
            raise VocabularyError(
                f"entity {entity.name!r}: its parent {entity.parent!r} is no place or country "
                "entity"
            )
        parent.setdefault(entity.name, found)
    return names, parent


_BY_VOCABULARY: weakref.WeakKeyDictionary[Vocabulary, Families] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


class Families:
    """The families of a vocabulary: event and subject -> family, and which figures
    are cumulative.

    Args:
        vocabulary: the vocabulary whose subject and event entries state the families.

    Raises:
        VocabularyError: a subject or an event is in two families.
    """

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._event, self._cumulative_events = _tables(vocabulary.events.values(), "event")
        self._subject, self._cumulative_subjects = _tables(vocabulary.subjects.values(), "subject")
        self._implied = {s.name: s.implies for s in vocabulary.subjects.values() if s.implies}
        self._unit_only = vocabulary.word_class("unit_only_subject")
        self._place_name, self._parent = _places(vocabulary)
        self._place_types = vocabulary.word_class("place_type")

    @classmethod
    def of(cls, vocabulary: Vocabulary) -> Families:
        """The families of ``vocabulary``, built on first use and kept with it."""
        found = _BY_VOCABULARY.get(vocabulary)
        if found is None:
            with _LOCK:
                found = _BY_VOCABULARY.get(vocabulary)
                if found is None:
                    found = _BY_VOCABULARY[vocabulary] = cls(vocabulary)
        return found

    @classmethod
    def default(cls) -> Families:
        """The families of the shipped vocabulary (built once)."""
        return cls.of(Vocabulary.default())

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

    def unnamed(self, subject: str | None) -> bool:
        """Whether a subject names only the unit of its figures ("share" for a
        percentage, "money" for an amount; word class ``unit_only_subject``), not what
        they measure.

        >>> Families.default().unnamed("share"), Families.default().unnamed("turnout")
        (True, False)
        """
        return subject in self._unit_only

    def place_name(self, name: str) -> str:
        """The one name of a place across its spellings (itself when no entity has it).

        >>> Families.default().place_name("Kiev"), Families.default().place_name("Tarvo")
        ('Kyiv', 'Tarvo')
        """
        return self._place_name.get(_key(name), name)

    def within(self, place: str) -> tuple[str, ...]:
        """The places a place lies in, as the entity data states them, nearest first.

        >>> Families.default().within("Lahaina")
        ('Maui', 'Hawaii', 'United States')
        """
        out: list[str] = []
        current = self.place_name(place)
        while (up := self._parent.get(current)) is not None and up not in out and up != place:
            out.append(up)
            current = up
        return tuple(out)

    def cumulative(self, subject: str | None, event: str | None) -> bool:
        """Whether a figure of this subject and event is a running tally of one event."""
        if event is not None:
            return event in self._cumulative_events
        return subject in self._cumulative_subjects
