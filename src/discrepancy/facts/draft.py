"""The draft: a figure being read, which the passes fill in turn, and the fact it
becomes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..models import (
    Attribution,
    Basis,
    Fact,
    FactLink,
    LocationBasis,
    Quantity,
    Rejected,
    SubjectBasis,
    TimeBasis,
    TimeWindow,
    trusted,
)
from .document import Document, Span

__all__ = [
    "PRE_SPAN",
    "Draft",
    "Reading",
    "earlier_draft",
    "pre_window_start",
    "sentence_span",
    "to_fact",
]


PRE_SPAN = 90  # how far back a figure's governing verb, actor and cues are looked for


@dataclass(slots=True)
class Draft:
    """A figure being read, before it becomes a :class:`Fact`."""

    quantity: Quantity
    sentence: int
    noun_end: int
    subject: str | None = None
    subject_fallback: bool = False
    compound: bool = False
    event: str | None = None
    event_from_pre: bool = False
    event_default: bool = False  # assumed from the subject, no verb read
    actor: str | None = None
    location: str | None = None
    location_basis: LocationBasis = LocationBasis.NONE
    attribution: Attribution | None = None
    part_of: int | None = None
    negated: bool = False
    time: TimeWindow | None = None
    time_basis: TimeBasis = TimeBasis.NONE
    time_surface: str | None = None
    subject_basis: SubjectBasis = SubjectBasis.VOCABULARY
    elided: bool = False  # the noun is the figure before's ("three were hurt, one critically")
    group: str | None = None
    party: str | None = None
    basis: Basis = Basis.NONE
    link: FactLink | None = None  # the other figure of the same move (its index in the drafts)


@dataclass(slots=True)
class Reading:
    """What the passes hand on: the drafts in text order and the mentions rejected so far."""

    drafts: list[Draft] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def to_fact(doc: Document, d: Draft) -> Fact:
    """The fact a draft becomes, once every pass has run."""
    return trusted(
        Fact,
        span=d.quantity.span,
        surface=d.quantity.surface,
        sentence_span=doc.sentences[d.sentence] if doc.sentences else d.quantity.span,
        quantity=d.quantity,
        subject=d.subject,
        event=d.event,
        actor=d.actor,
        location=d.location,
        location_basis=d.location_basis,
        time=d.time,
        time_basis=d.time_basis,
        time_surface=d.time_surface,
        attribution=d.attribution,
        part_of=d.part_of,
        negated=d.negated,
        subject_basis=d.subject_basis,
        group=d.group,
        party=d.party,
        basis=d.basis,
        link=d.link,
    )


def sentence_span(doc: Document, d: Draft) -> Span:
    """The span of a draft's sentence (the whole text when there are no sentences)."""
    return doc.sentences[d.sentence] if doc.sentences else (0, len(doc.text))


def pre_window_start(doc: Document, d: Draft, previous: Draft | None) -> int:
    """Where the words before a figure that may govern it start: its sentence, at
    most :data:`PRE_SPAN` characters back, and not before the noun of the figure
    before it in the same sentence.
    """
    s_start = sentence_span(doc, d)[0]
    floor = previous.noun_end if previous is not None and previous.sentence == d.sentence else 0
    return max(s_start, floor, d.quantity.span[0] - PRE_SPAN)


def earlier_draft(
    drafts: Sequence[Draft],
    index: int,
    *,
    back: int,
    sentences: int,
    accept: Callable[[Draft], bool],
) -> Draft | None:
    """The nearest draft before ``drafts[index]`` that ``accept`` takes, looking at most
    ``back`` drafts and ``sentences`` sentences back (a constant cost per figure): the
    figure an elided count continues ("three were hurt, one critically"). None when
    there is none that near."""
    d = drafts[index]
    for p in reversed(drafts[max(0, index - back) : index]):
        if d.sentence - p.sentence > sentences:
            return None
        if accept(p):
            return p
    return None
