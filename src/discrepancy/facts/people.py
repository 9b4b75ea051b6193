"""Counts of people and the tolls that befall them: which subjects count people, and
which event a toll's own noun names.
"""

from __future__ import annotations

import functools

import regex

from ..rules.alternations import alternation
from ..rules.vocab import Vocabulary
from ..text.nounphrase import singular
from .lexicon import SUFFERED

__all__ = [
    "entry_person",
    "ground_toll",
    "people_noun",
    "people_part",
    "severity",
    "toll_event",
    "with_people",
]


def people_noun(vocab: Vocabulary, noun: str | None) -> str | None:
    """The scanner's noun as the group of a toll: "child", "steward"; None for
    "people" and for a word of the toll itself ("dead")."""
    if not noun or noun in ("person", "people") or noun in vocab.word_class("function"):
        return None
    if vocab.subject_for_form(noun) not in (None, "person") or noun in _toll_singulars(vocab):
        return None
    return singular(noun, vocab.plurals)


def people_part(vocab: Vocabulary, noun: str | None) -> str | None:
    """The group a count of people is by its own noun when that noun counts people by
    age or sex (word class ``people_part_noun``): "40 children" of a boat's 700
    people, "100 women were aboard". None for any other noun ("people", "protesters").

    >>> vocab = Vocabulary.default()
    >>> people_part(vocab, "children"), people_part(vocab, "minor"), people_part(vocab, "people")
    ('child', 'minor', None)
    """
    words = (noun or "").lower().split()
    if not words or words[-1] not in vocab.word_class("people_part_noun"):
        return None
    return singular(words[-1], vocab.plurals)


def ground_toll(vocab: Vocabulary, text: str, end: int) -> str | None:
    """The group of a toll the words right after it (its figure or its noun, ending at
    ``end``) count on the ground apart from those aboard (word class ``ground_scope``):
    "killing 241 people on board and dozens on the ground". Not "on the ground floor"
    (word class ``ground_scope_not_before``).

    >>> vocab = Vocabulary.default()
    >>> ground_toll(vocab, "Up to 30 people on the ground were killed.", 15)
    'on the ground'
    >>> ground_toll(vocab, "12 people on the ground floor died.", 9) is None
    True
    """
    return "on the ground" if _ground(vocab).match(text, end) else None


# Built once per vocabulary (held by identity).
@functools.lru_cache(maxsize=16)
def _ground(vocab: Vocabulary) -> regex.Pattern[str]:
    scope = alternation(vocab.word_class("ground_scope"), reverse=False)
    not_before = alternation(vocab.word_class("ground_scope_not_before"), reverse=False)
    return regex.compile(rf"(?i)\s+{scope}(?!\w)(?!\s+{not_before}(?!\w))")


def severity(vocab: Vocabulary, text: str, start: int, end: int) -> str | None:
    """The grade of an injured count the words of its own clause give, from ``start``
    (its figure's end) to ``end`` (the next figure or the clause's end): "critical"
    ("Twelve of the injured are in critical condition", "three critically hurt",
    word class ``severity_critical``), "serious" ("five in serious condition", word
    class ``severity_serious``), else None. The gravest grade named wins.

    >>> vocab = Vocabulary.default()
    >>> text = "Twelve of the injured are in critical condition."
    >>> severity(vocab, text, 6, len(text))
    'critical'
    >>> text = "Forty were hurt, four of them seriously."
    >>> severity(vocab, text, 5, 16), severity(vocab, text, 22, len(text))
    (None, 'serious')
    >>> text = "Twelve officers were injured, none seriously."
    >>> severity(vocab, text, 6, len(text)) is None
    True
    """
    denied = _denied(vocab)
    for grade in ("critical", "serious"):
        for m in _severity(vocab, grade).finditer(text, start, end):
            if denied.search(text, max(start, m.start() - 20), m.start()) is None:
                return grade
    return None


# Built once per vocabulary (held by identity).
@functools.lru_cache(maxsize=16)
def _denied(vocab: Vocabulary) -> regex.Pattern[str]:
    words = alternation(vocab.word_class("severity_negator"), reverse=False)
    return regex.compile(rf"(?i)(?<!\w){words}\s+$")


# Built once per vocabulary and grade (held by identity).
@functools.lru_cache(maxsize=16)
def _severity(vocab: Vocabulary, grade: str) -> regex.Pattern[str]:
    words = alternation(vocab.word_class(f"severity_{grade}"), reverse=False)
    return regex.compile(rf"(?i)(?<!\w){words}(?!\w)")


def with_people(vocab: Vocabulary, group: str | None, people: str | None) -> str | None:
    """A group read before a noun of people, with that noun: "nursing" and "student" make
    "nursing student"; a group that already ends in the noun keeps it once ("29
    Ukrainians dead": the name before the noun is the noun itself, so "ukrainian").

    >>> vocab = Vocabulary.default()
    >>> with_people(vocab, "nursing", "student"), with_people(vocab, "Ukrainians", "ukrainian")
    ('nursing student', 'ukrainian')
    """
    if not group or not people:
        return group or people
    *modifiers, head = group.split()
    if singular(head.lower(), vocab.plurals) == people:
        return " ".join([*modifiers, people])
    return f"{group} {people}"


# Built once per vocabulary (held by identity).
@functools.lru_cache(maxsize=16)
def _toll_singulars(vocab: Vocabulary) -> frozenset[str]:
    """The singulars of the irregular plurals that are a subject's own form, not people's:
    "life" of "lives" (a toll's noun: "claimed 80 lives" counts deaths, of no group)."""
    return frozenset(
        one
        for many, one in vocab.plurals.items()
        if vocab.subject_for_form(many) not in (None, "person")
    )


def entry_person(vocab: Vocabulary, subject: str | None) -> bool:
    """Whether a subject counts people ("troop", "rescuer", "person")."""
    entry = vocab.subjects.get(subject or "")
    return entry is not None and entry.person


def toll_event(vocab: Vocabulary, subject: str | None, event: str | None) -> str | None:
    """The event a toll's own noun names, over a verb borrowed from a neighbour.

    "9 people have died and 14 are missing": the 14 are missing, not killed. A
    toll (deaths, injured, missing) takes its own event over any verb that is not a
    toll's ("as earthquake hits").
    """
    if subject is None or event is None or subject == "person":
        return event
    entry = vocab.events.get(event)
    # A verb any group of people may undergo ("released", "rescued") is no toll's own.
    if entry is None or entry.person_subject in (None, "person"):
        if subject not in SUFFERED:
            return event
        # "At least 40 dead as earthquake hits Turkey", "1,000 injured when a quake
        # struck": what hit is the quake; a toll's own event is what befell them.
    elif entry.person_subject == subject:
        return event
    implied = vocab.subjects[subject].implies if subject in vocab.subjects else None
    if implied is not None:
        return implied  # missing, not trapped, for "Three missing as storm hits"
    own = [e.name for e in vocab.events.values() if e.person_subject == subject]
    return own[0] if len(own) == 1 else event
