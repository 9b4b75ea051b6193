"""The values extraction hands on: facts with their bases and sources, rejects, statements."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, PrivateAttr, model_validator

from .articles import Article
from .base import FROZEN, FieldValue, Span
from .figures import Quantity
from .labels import interval_notation, window_label
from .time import TimeMention, TimeWindow

__all__ = [
    "Attribution",
    "Basis",
    "Extraction",
    "Fact",
    "FactLink",
    "LinkRole",
    "LocationBasis",
    "RejectReason",
    "Rejected",
    "SourceBasis",
    "Statement",
    "SubjectBasis",
    "TimeBasis",
]


class TimeBasis(StrEnum):
    """Where a fact's time window came from."""

    STATED = "stated"  # a time expression in the same sentence governs the figure
    CONTEXT = "context"  # carried over from an earlier sentence about the same event
    DEFAULT = "default"  # no expression: a marked default around publication
    NONE = "none"  # nothing to go on (no expression and no publication date)


class LocationBasis(StrEnum):
    """Where a fact's location came from.

    A place named in the figure's own sentence is ``stated``. A sentence that names
    no place ("Organisers said more than 100,000 people took part") takes the place
    of the sentences just before it ("Tens of thousands marched in Madrid"):
    ``context``, an inference the fact marks as one.
    """

    STATED = "stated"  # named in the figure's own sentence
    CONTEXT = "context"  # carried over from an earlier sentence of the same passage
    NONE = "none"  # no place (or, on a fact built by hand, a place of unrecorded origin)


class SubjectBasis(StrEnum):
    """Where a fact's subject came from.

    The vocabulary names the subjects it knows and maps their synonyms onto one
    name ("fatalities", "lives lost" and "people killed" are all ``death``). Any
    other figure that counts or measures something takes the head of its own noun
    phrase, singular and lower case, with the words that change what is counted
    ("first responder", "nonfarm payroll", "unemployment rate"): ``text``.
    """

    VOCABULARY = "vocabulary"  # a form or cue of the vocabulary named it
    TEXT = "text"  # read from the figure's noun phrase in the text


class Basis(StrEnum):
    """What kind of count a figure is, when the text says so.

    Rival counts of one thing (the police estimate and the organisers' count, a
    forecast and the figure released) are different facts; the basis keeps them
    apart. ``none`` is a plain statement of the figure.
    """

    ESTIMATE = "estimate"  # "an estimated 40,000", "police estimated the crowd at"
    POLL = "poll"  # "polls give her 48%", "a survey found"
    FORECAST = "forecast"  # "economists expected 110,000", "forecast to reach"
    PROJECTION = "projection"  # "projected to win 300 seats", "exit projections"
    PRELIMINARY = "preliminary"  # "preliminary results", "early count", "provisional"
    FINAL = "final"  # "final results", "the final toll", "certified"
    NONE = "none"


class SourceBasis(StrEnum):
    """How a fact's source was found.

    Before this field an attribution said only whether it was ``carried`` (a
    boolean), and a wire story's agency was told by its ``cue`` ``"dateline"``; JSON
    written that way is still read (see :class:`Attribution`).
    """

    STATED = "stated"  # the figure's own sentence credits the source ("police said")
    CARRIED = "carried"  # carried from the statement the figure continues
    DATELINE = "dateline"  # the agency of a wire story's dateline ("PARIS (AFP) —")
    FRAME = "frame"  # an estimating or counting frame names the estimator
    UNNAMED = "unnamed"  # the text credits no one by name ("reportedly", "the 110,000 expected")


class Attribution(BaseModel):
    """Who the text says gave a figure, and through whom it was relayed.

    Attributes:
        source: who gave the figure ("Labor Department", "police", "Okafor"); for an
            unnamed source, the words the text gives it ("some reports", "economists"),
            or ``forecasters`` for a forecast no one is named for.
        via: who passed it on ("AFP" in "police told AFP"), if named.
        cue: the words that credit the source ("said", "according to").
        span: where the source is named in the article text.
        found: how the source was found (:class:`SourceBasis`): ``stated`` in the
            figure's own sentence; ``carried`` from the statement it continues ("The
            navy said 40 were intercepted. A further 6 struck the port."), ``span``
            then pointing to where the source was named; the ``dateline`` agency of a
            wire story; an estimating ``frame`` ("Officers estimated the march at
            40,000"); or ``unnamed``.

    JSON written before ``found`` existed is read: ``"carried": true`` is ``carried``,
    and a ``"dateline"`` cue is ``dateline``.

    >>> Attribution(source="Zelensky", via="EuroNews").via
    'EuroNews'
    >>> Attribution(source="navy", cue="said", found="carried").carried
    True
    >>> Attribution.model_validate({"source": "navy", "carried": True}).found
    <SourceBasis.CARRIED: 'carried'>
    """

    model_config = FROZEN

    source: str
    via: str | None = None
    cue: str | None = None
    span: Span | None = None
    found: SourceBasis = SourceBasis.STATED

    @model_validator(mode="before")
    @classmethod
    def _read_carried(cls, data: Any) -> Any:
        """Read the attributions of older JSON, which had ``carried`` for ``found``."""
        if isinstance(data, dict) and "carried" in data:
            data = dict(data)
            carried = data.pop("carried")
            if "found" not in data:
                if data.get("cue") == "dateline":
                    data["found"] = SourceBasis.DATELINE
                elif carried:
                    data["found"] = SourceBasis.CARRIED
        return data

    @property
    def carried(self) -> bool:
        """Whether the source was carried from an earlier sentence (``found`` is ``carried``)."""
        return self.found is SourceBasis.CARRIED


class LinkRole(StrEnum):
    """How a fact stands to the fact its :class:`FactLink` points to.

    A move is told in up to three figures: "revised down by 62,000, from 118,000 to
    56,000" gives a change (62,000), the level before (118,000) and the level after
    (56,000). Each figure links to one other, read from its own side:

    - ``reaches``: a change, linked to the level it reaches ("rose by 3% to $41": the
      3% reaches $41).
    - ``reached_by``: a level, linked to the change that reached it, when the text
      gives no level before it (the $41, reached by the 3%).
    - ``from``: the earlier level of a move, linked to the later one ("fell from 4.3%
      to 4.1%": the 4.3% is the level the move went from). It is the previous value,
      not the level the text reports now.
    - ``to``: the later level of a move, linked to the earlier one (the 4.1%).
    """

    REACHES = "reaches"
    REACHED_BY = "reached_by"
    FROM = "from"
    TO = "to"


class FactLink(BaseModel):
    """A link from one fact to another fact of the same extraction.

    Attributes:
        role: how this fact stands to the other (:class:`LinkRole`).
        fact: the index in :attr:`Extraction.facts` of the other fact.

    >>> FactLink(role="from", fact=2)
    FactLink(role=<LinkRole.FROM: 'from'>, fact=2)
    """

    model_config = FROZEN

    role: LinkRole
    fact: int = Field(ge=0)


class Fact(BaseModel):
    """A figure with what it counts, who did it, when, where and who said so.

    Attributes:
        span / surface: the figure itself in the article text.
        sentence_span: the sentence holding it (evidence).
        quantity: the parsed figure.
        subject: canonical thing counted ("drone", "death", "region"), None if unknown.
        event: canonical event ("launched", "intercepted", "killed"), None if unknown.
        actor: who did it ("Russia", "police"), None if unknown.
        location: where ("Ukraine", "Kyiv"), None if unknown.
        location_basis: whether ``location`` was stated in the figure's sentence or
            carried from the sentences before it.
        time: the window the figure covers.
        time_basis: whether ``time`` was stated, carried from context, or a default.
        time_surface: the words that gave the window, when stated or carried.
        attribution: who the text says gave the figure.
        part_of: index in :attr:`Extraction.facts` of the whole this figure is a part
            of ("430 of the drones" -> the 502 launched).
        negated: True for zero facts stated as negations ("No casualties").
        subject_basis: whether the vocabulary named the subject or it was read from
            the figure's noun phrase (:class:`SubjectBasis`).
        group: the group the figure counts within its subject, when the text names
            one ("child" in "Among the dead are 12 children", "Indian" in "169
            Indian nationals", "healthcare" in "Healthcare (+55,000)").
        party: the candidate or party a vote figure is for ("Labour" in "Labour won
            412 seats"), None elsewhere.
        basis: what kind of count it is: an estimate, a poll, a forecast, a
            projection, a preliminary or a final count (:class:`Basis`).
        link: the other figure of the same move, when the text ties two together
            (:class:`FactLink`): the level a change reaches ("rose by 3% to $41"),
            the levels a move went from and to ("fell from 4.3% to 4.1%"). None for
            a figure on its own; JSON written before links existed reads as None.
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        what = " ".join(x for x in (self.subject, self.event) if x) or "no subject"
        bits = [repr(self.surface), what, interval_notation(self.quantity.value)]
        bits.append(window_label(self.time.key()) if self.time is not None else "no window")
        if self.location:
            bits.append(f"in {self.location}")
        if self.attribution is not None:
            bits.append(f"per {self.attribution.source}")
        return f"Fact({', '.join(bits)})"

    model_config = FROZEN

    span: Span
    surface: str
    sentence_span: Span
    quantity: Quantity
    subject: str | None = None
    event: str | None = None
    actor: str | None = None
    location: str | None = None
    location_basis: LocationBasis = LocationBasis.NONE
    time: TimeWindow | None = None
    time_basis: TimeBasis = TimeBasis.NONE
    time_surface: str | None = None
    attribution: Attribution | None = None
    part_of: int | None = None
    negated: bool = False
    subject_basis: SubjectBasis = SubjectBasis.VOCABULARY
    group: str | None = None
    party: str | None = None
    basis: Basis = Basis.NONE
    link: FactLink | None = None


class RejectReason(StrEnum):
    """Why a numeric mention did not become a fact."""

    BOILERPLATE = "boilerplate"
    TIME_OF_DAY = "time_of_day"
    MEDIA_DURATION = "media_duration"
    YEAR = "year"
    DATE = "date"
    ORDINAL = "ordinal"
    NAME = "name"
    DETERMINER = "determiner"
    NO_SUBJECT = "no_subject"
    DUPLICATE = "duplicate"


class Rejected(BaseModel):
    """A number or number word that did not become a fact, and why."""

    model_config = FROZEN

    span: Span
    surface: str
    reason: RejectReason


class Statement(BaseModel):
    """A quoted or reported statement with the day the text gives for it."""

    model_config = FROZEN

    speaker: str
    quote: str
    span: Span
    time: TimeWindow | None = None
    time_surface: str | None = None


class Extraction(FieldValue):
    """Everything extracted from one article.

    Attributes:
        article: the article (metadata and text, so spans can be shown).
        facts: figures that became facts, in text order (``part_of`` and ``link``
            name another fact by its index here; a link to itself or past the end is
            refused).
        rejected: every other numeric mention, with the reason.
        statements: dated statements (quotes with a speaker and a day).
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        return (
            f"Extraction({self.article.id!r}, {len(self.facts):,} facts, "
            f"{len(self.rejected):,} rejected, {len(self.statements):,} statements)"
        )

    def _repr_html_(self) -> str:
        from ..report.notebook import extraction_html

        return extraction_html(self)

    model_config = FROZEN

    article: Article
    facts: tuple[Fact, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    statements: tuple[Statement, ...] = ()
    # What extract() read once and comparison uses again instead of scanning the text
    # a second time: the time expressions and the spans of page debris. Neither is
    # serialised nor part of the value (see FieldValue); an Extraction made any other
    # way has None, and the reader scans.
    _time_mentions: tuple[TimeMention, ...] | None = PrivateAttr(default=None)
    _debris: tuple[Span, ...] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _links_point_to_facts(self) -> Extraction:
        for i, fact in enumerate(self.facts):
            link = fact.link
            if link is not None and (link.fact >= len(self.facts) or link.fact == i):
                raise ValueError(
                    f"fact {i} ({fact.surface!r}) links to fact {link.fact}, which is "
                    f"{'itself' if link.fact == i else 'not among the facts'}: a link "
                    f"names another fact of the same extraction by its index"
                )
        return self
