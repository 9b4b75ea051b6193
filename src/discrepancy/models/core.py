"""The typed values every stage of the pipeline hands to the next.

article -> mentions (:class:`Quantity`, :class:`TimeMention`) -> facts (:class:`Fact`,
:class:`Extraction`) -> comparison (:class:`Row`, :class:`Comparison`).

All models are frozen pydantic v2 models: hashable where their fields are, safe to
share between threads, and serialisable to JSON with a stable schema.

>>> from discrepancy import Interval
>>> more = Interval(low=1300, low_closed=False)
>>> 1300 in more, 1301 in more
(False, True)
>>> more.overlaps(Interval.point(1500))
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .policy import DEFAULT_POLICY, Policy

__all__ = [
    "Article",
    "Attribution",
    "Basis",
    "Cell",
    "Comparison",
    "CopyGroup",
    "Direction",
    "Extraction",
    "Fact",
    "Form",
    "Granularity",
    "Interval",
    "LocationBasis",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "Reason",
    "RejectReason",
    "Rejected",
    "Row",
    "RowKey",
    "RowKind",
    "Statement",
    "SubjectBasis",
    "TimeBasis",
    "TimeMention",
    "TimeWindow",
    "Verdict",
]

Span = tuple[int, int]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

_M = TypeVar("_M", bound=BaseModel)
_REQUIRED = object()
_FIELDS: dict[type[BaseModel], tuple[tuple[str, Any], ...]] = {}
_new = object.__new__
_set = object.__setattr__
# The test suite sets this: every trusted() build is then validated as well, and a
# value of the wrong type or out of range fails the test that made it.
CHECK_TRUSTED = False


def trusted(cls: type[_M], /, **values: Any) -> _M:
    """Build a model from values the library made and typed itself, without validation.

    The extractors build tens of models per article; pydantic validation of values
    they already produced in the right types (floats, tuples, enum members, ordered
    bounds) was a sixth of their time. Only library code calls this, never with user
    input. Omitted fields take their defaults; a call giving every field gives them
    in declared order (the order reprs and dumps follow).

    >>> trusted(Interval, low=1.0, high=2.0) == Interval(low=1.0, high=2.0)
    True
    """
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = tuple(
            (name, _REQUIRED if info.is_required() else info.get_default())
            for name, info in cls.model_fields.items()
        )
    if len(values) == len(fields):
        data = values  # every field, given in declared order (checked under test)
    else:
        data = {name: values.get(name, default) for name, default in fields}
    if CHECK_TRUSTED:
        if data is values and tuple(values) != tuple(name for name, _ in fields):
            raise AssertionError(f"trusted {cls.__name__}: fields out of order {tuple(values)}")
        _check_trusted(cls, values, data)
    model = _new(cls)
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _check_trusted(cls: type[BaseModel], values: dict[str, Any], data: dict[str, Any]) -> None:
    checked = cls(**values).__dict__
    for name, value in data.items():
        if value is _REQUIRED:
            raise AssertionError(f"trusted {cls.__name__}: {name} is required")
        want = checked[name]
        same = type(value) is type(want) and value == want
        if same and isinstance(value, tuple):
            same = all(type(a) is type(b) for a, b in zip(value, want, strict=True))
        if not same:
            raise AssertionError(
                f"trusted {cls.__name__}.{name}: {value!r} ({type(value).__name__}) "
                f"validates to {want!r} ({type(want).__name__})"
            )


# --------------------------------------------------------------------------- intervals


class Interval(BaseModel):
    """A set of numbers between two optional bounds.

    ``None`` for a bound means unbounded on that side. A closed bound includes the
    figure itself ("at least 7" is ``[7, inf)``), an open one excludes it ("more than
    1,300" is ``(1300, inf)``).

    >>> Interval(low=45, high=55).contains(50)
    True
    >>> Interval(high=900, high_closed=False).contains(900)
    False
    >>> Interval.point(24).overlaps(Interval(low=24, low_closed=False))
    False
    """

    model_config = _FROZEN

    low: float | None = None
    high: float | None = None
    low_closed: bool = True
    high_closed: bool = True

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        for bound in (self.low, self.high):
            if bound is not None and math.isnan(bound):
                raise ValueError("an interval bound cannot be NaN")
        if self.low is not None and self.high is not None:
            if self.low > self.high:
                raise ValueError(f"low {self.low} is above high {self.high}")
            if self.low == self.high and not (self.low_closed and self.high_closed):
                raise ValueError("an interval with equal bounds must be closed on both ends")
        return self

    @classmethod
    def point(cls, value: float) -> Interval:
        """The interval holding exactly one figure.

        >>> Interval.point(14)
        Interval(low=14.0, high=14.0, low_closed=True, high_closed=True)
        """
        return cls(low=value, high=value)

    @property
    def is_point(self) -> bool:
        """True when the interval holds exactly one figure."""
        return self.low is not None and self.low == self.high

    @property
    def is_bounded(self) -> bool:
        """True when both ends are finite."""
        return self.low is not None and self.high is not None

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies inside the interval, honouring open ends."""
        if self.low is not None and (
            value < self.low or (value == self.low and not self.low_closed)
        ):
            return False
        return not (
            self.high is not None
            and (value > self.high or (value == self.high and not self.high_closed))
        )

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        return self.contains(float(value))

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one figure.

        >>> Interval(low=1300, low_closed=False).overlaps(Interval(low=1300, low_closed=False))
        True
        >>> Interval(high=900, high_closed=False).overlaps(Interval.point(900))
        False
        """
        return _ends_before(self, other) is False and _ends_before(other, self) is False

    def scaled(self, factor: float) -> Interval:
        """The interval with both bounds multiplied by a positive ``factor``."""
        if factor <= 0:
            raise ValueError("scale factor must be positive")
        return self.model_copy(
            update={
                "low": None if self.low is None else self.low * factor,
                "high": None if self.high is None else self.high * factor,
            }
        )

    def __str__(self) -> str:
        left = "(-inf" if self.low is None else ("[" if self.low_closed else "(") + _fmt(self.low)
        right = (
            "inf)" if self.high is None else _fmt(self.high) + ("]" if self.high_closed else ")")
        )
        return f"{left}, {right}"


def _ends_before(a: Interval, b: Interval) -> bool:
    """True when every figure of ``a`` lies below every figure of ``b``."""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    return a.high == b.low and not (a.high_closed and b.low_closed)


def _fmt(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


class Qualifier(StrEnum):
    """How the text hedges a figure."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"


class QuantityKind(StrEnum):
    """What sort of figure a quantity is: a count of things or a measurement."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    LENGTH = "length"
    AREA = "area"
    MEASURE = "measure"


class Direction(StrEnum):
    """Which way a change goes, read from the verb or word that governs a figure.

    "rose 6%" and "a 12% drop" are changes up and down; "rose to 4.2%" is a level
    reached by a rise (direction up, form level). A figure no verb of change
    governs has direction ``none``.
    """

    UP = "up"
    DOWN = "down"
    NONE = "none"


class Form(StrEnum):
    """Whether a figure is a level, a change of a level, or a margin between two.

    ``level``: "the rate was 4.2%", "rose to 4.2%", "from 147,000 to 14,000".
    ``change``: "rose 6%", "revised down by 133,000", "a 12% drop".
    ``margin``: "won by 250,000 votes", "1.5 points ahead", "a lead of 3 points".
    """

    LEVEL = "level"
    CHANGE = "change"
    MARGIN = "margin"


class Quantity(BaseModel):
    """One figure found in text, with its hedge kept as an interval.

    Attributes:
        span: ``(start, end)`` character offsets; ``text[start:end] == surface``.
        surface: the exact words of the figure, hedge included ("nearly 900").
        nominal: the figure as written (1300 for "over 1,300", the first bound of a
            range, the lower bound of a vague word such as "dozens").
        value: the interval the words allow.
        qualifier: the hedge family.
        hedge: the hedge words as written ("over", "more than"), or None.
        unit: pint unit name (``percent``, ``kilometer``, ``mile``, ``hectare``,
            ``acre``...) or ISO currency code for money; None for counts.
        kind: count, percent, money, length, area or another measure.
        noun: the counted noun that follows, singular ("guided bomb"), or None.
        direction: up or down when a verb or word of change governs the figure
            ("rose 6%", "down 2 points", "a 12% drop", "fell to 3.1%"), else none.
        form: level (the default), change ("rose by 6%") or margin ("won by 250
            votes", "3 points ahead").
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        from ..report.golden import interval_notation

        return f"Quantity({self.surface!r}, {interval_notation(self.value)})"

    model_config = _FROZEN

    span: Span
    surface: str
    nominal: float
    value: Interval
    qualifier: Qualifier
    hedge: str | None = None
    unit: str | None = None
    kind: QuantityKind = QuantityKind.COUNT
    noun: str | None = None
    direction: Direction = Direction.NONE
    form: Form = Form.LEVEL

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        start, end = self.span
        if not 0 <= start <= end:
            raise ValueError(f"bad span {self.span}")
        if end - start != len(self.surface):
            raise ValueError(f"span {self.span} does not match surface {self.surface!r}")
        return self


# --------------------------------------------------------------------------- time


class Granularity(StrEnum):
    """The shape of a time window."""

    DAY = "day"
    NIGHT = "night"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    SPAN = "span"


TimePart = Literal["year", "start", "end", "time"]


class TimeWindow(BaseModel):
    """The period a figure or statement covers.

    ``start`` and ``end`` are inclusive days (or datetimes when a time of day is
    known). A part the text does not state is listed in ``unknown`` and never
    guessed: "September 5" in an article with no known year has ``start`` and
    ``end`` None, ``unknown == ("year",)`` and ``month_day == ((9, 5), (9, 5))``.
    A part worked out rather than read (a year taken from the publication date)
    is listed in ``inferred``.

    >>> from datetime import date
    >>> w = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity="span")
    >>> w.key()
    'span:2025-09-01..2025-09-05'
    >>> TimeWindow(granularity="day", unknown=("year",), month_day=((9, 5), (9, 5))).key()
    'day:????-09-05..????-09-05'
    """

    model_config = _FROZEN

    start: datetime | date | None = None
    end: datetime | date | None = None
    granularity: Granularity
    unknown: tuple[TimePart, ...] = ()
    inferred: tuple[TimePart, ...] = ()
    month_day: tuple[tuple[int, int], tuple[int, int]] | None = None
    relative: str | None = Field(
        default=None,
        description="the normalised relative phrase when the window could not be resolved "
        "to dates (no publication date): 'overnight', 'last week'...",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start is not None and self.end is not None and _day(self.start) > _day(self.end):
            raise ValueError(f"window start {self.start} is after its end {self.end}")
        return self

    @property
    def year_known(self) -> bool:
        """False when the text never says which year the window is in."""
        return "year" not in self.unknown

    @property
    def resolved(self) -> bool:
        """True when both ends are known dates."""
        return self.start is not None and self.end is not None

    def key(self) -> str:
        """A stable string naming the window, used to line facts up across articles.

        >>> from datetime import date
        >>> TimeWindow(start=date(2025, 9, 3), end=date(2025, 9, 4), granularity="night").key()
        'night:2025-09-03..2025-09-04'
        """
        return self._key

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied; the cached key is not carried over.

        >>> from datetime import date
        >>> w = TimeWindow(start=date(2027, 5, 9), end=date(2027, 5, 9), granularity="day")
        >>> later = {"start": date(2027, 5, 16), "end": date(2027, 5, 16)}
        >>> w.key(), w.model_copy(update=later).key()
        ('day:2027-05-09..2027-05-09', 'day:2027-05-16..2027-05-16')
        """
        copy = super().model_copy(update=update, deep=deep)
        # The key is cached in the instance's __dict__, which a copy takes whole: a
        # window moved by a week kept its old key (and so did every row it keyed).
        copy.__dict__.pop("_key", None)
        return copy

    @cached_property
    def _key(self) -> str:
        # Computed once per window: comparison asks for it for every fact it aligns.
        if self.start is not None and self.end is not None:
            return f"{self.granularity.value}:{_day(self.start)}..{_day(self.end)}"
        if self.start is None and self.end is not None and self.relative:
            # A running total "since the war began" up to a known day.
            return f"{self.granularity.value}:{self.relative}..{_day(self.end)}"
        if self.month_day is not None:
            (m1, d1), (m2, d2) = self.month_day
            return f"{self.granularity.value}:????-{m1:02d}-{d1:02d}..????-{m2:02d}-{d2:02d}"
        return f"{self.granularity.value}:unresolved:{self.relative or '?'}"

    def __str__(self) -> str:
        return self.key()


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


class TimeMention(BaseModel):
    """A time expression found in text and the window it resolves to."""

    model_config = _FROZEN

    span: Span
    surface: str
    window: TimeWindow


# --------------------------------------------------------------------------- articles


class Article(BaseModel):
    """One news article: its text, exactly as given, and what is known about it.

    Attributes:
        id: a name unique among the articles compared (the file stem by default).
        text: the body exactly as given; every span indexes into it.
        outlet: the outlet as the text or its metadata shows it, else None.
        published: publication date or datetime, None when nothing says.
        published_inferred: True when ``published`` was worked out rather than read.
        notes: human-readable inferences and warnings ("published not before
            September 6 (the latest date mentioned; year unknown)").
        url: the page's address if known.
        language: an ISO 639-1 code.
        path: the file it was read from, if any.

    >>> a = Article(id="x", text="Police said 12 people were arrested.")
    >>> a.outlet is None and a.published is None
    True
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        when = self.published.isoformat() if self.published is not None else None
        inferred = " (inferred)" if self.published_inferred else ""
        return (
            f"Article(id={self.id!r}, outlet={self.outlet!r}, published={when!r}{inferred}, "
            f"{len(self.text):,} chars)"
        )

    model_config = _FROZEN

    id: str
    text: str
    outlet: str | None = None
    published: datetime | date | None = None
    published_inferred: bool = False
    notes: tuple[str, ...] = ()
    url: str | None = None
    language: str = "en"
    path: str | None = None

    @property
    def published_day(self) -> date | None:
        """The publication day, whatever the precision of ``published``."""
        return None if self.published is None else _day(self.published)

    @classmethod
    def from_raw(cls, text: str, *, id: str, path: str | None = None) -> Article:
        """Build an article from a file's text, reading front matter, date tokens,
        datelines and self-identifying footers. See :func:`discrepancy.load_article`.
        """
        from ..articles.load import article_from_raw

        return article_from_raw(text, id=id, path=path)

    @classmethod
    def from_html(cls, html: str, *, url: str | None = None, id: str | None = None) -> Article:
        """Build an article from a web page (needs the ``html`` extra: trafilatura)."""
        from ..articles.load import article_from_html

        return article_from_html(html, url=url, id=id)


# --------------------------------------------------------------------------- facts


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


class Attribution(BaseModel):
    """Who the text says gave a figure, and through whom it was relayed.

    Attributes:
        source: who gave the figure ("Labor Department", "police", "Hagari").
        via: who passed it on ("AFP" in "police told AFP"), if named.
        cue: the words that credit the source ("said", "according to").
        span: where the source is named in the article text.
        carried: True when the figure's own sentence names no source and the
            source is carried from the statement it continues ("The navy said 40
            were intercepted. A further 6 struck the port."); ``span`` then points
            to where the source was named.

    >>> Attribution(source="Zelensky", via="EuroNews").via
    'EuroNews'
    >>> Attribution(source="navy", cue="said", carried=True).carried
    True
    """

    model_config = _FROZEN

    source: str
    via: str | None = None
    cue: str | None = None
    span: Span | None = None
    carried: bool = False


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
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        from ..report.golden import interval_notation

        what = " ".join(x for x in (self.subject, self.event) if x) or "no subject"
        bits = [repr(self.surface), what, interval_notation(self.quantity.value)]
        from ..report.render import window_label

        bits.append(window_label(self.time.key()) if self.time is not None else "no window")
        if self.location:
            bits.append(f"in {self.location}")
        if self.attribution is not None:
            bits.append(f"per {self.attribution.source}")
        return f"Fact({', '.join(bits)})"

    model_config = _FROZEN

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

    model_config = _FROZEN

    span: Span
    surface: str
    reason: RejectReason


class Statement(BaseModel):
    """A quoted or reported statement with the day the text gives for it."""

    model_config = _FROZEN

    speaker: str
    quote: str
    span: Span
    time: TimeWindow | None = None
    time_surface: str | None = None


class Extraction(BaseModel):
    """Everything extracted from one article.

    Attributes:
        article: the article (metadata and text, so spans can be shown).
        facts: figures that became facts, in text order.
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
        from ..report.html import extraction_html

        return extraction_html(self)

    model_config = _FROZEN

    article: Article
    facts: tuple[Fact, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    statements: tuple[Statement, ...] = ()


# --------------------------------------------------------------------------- comparison


class Verdict(StrEnum):
    """What the outlets do on one row."""

    AGREE = "agree"
    DIFFER = "differ"
    OMIT = "omit"


class Agreement(StrEnum):
    """What the outlets that report a row say, leaving the silent ones aside.

    A row's :class:`Verdict` is ``omit`` as soon as one outlet is silent; its
    agreement tells whether the outlets that do report it agree, differ, or whether
    only one reports it.
    """

    AGREE = "agree"
    DIFFER = "differ"
    SINGLE = "single"


class Reason(StrEnum):
    """Machine-readable reason behind a verdict."""

    SAME_FIGURE = "same_figure"
    EQUIVALENT_WORDING = "equivalent_wording"
    CONSISTENT = "consistent"
    DIFFERENT_FIGURES = "different_figures"
    DISJOINT = "disjoint"
    NOT_REPORTED = "not_reported"
    SINGLE_SOURCE = "single_source"
    PUBLISHED_BEFORE_WINDOW = "published_before_window"
    DIFFERENT_CLAIMANTS = "different_claimants"


class RowKind(StrEnum):
    """A row is about a figure or about the day of a statement."""

    FIGURE = "figure"
    STATEMENT = "statement"


class RowKey(BaseModel):
    """What a row is about: the fact key facts are aligned on."""

    model_config = _FROZEN

    kind: RowKind = RowKind.FIGURE
    subject: str
    event: str | None = None
    window: str | None = None
    location: str | None = None
    unit: str | None = None
    claimant: str | None = Field(
        default=None,
        description="set when one key carries rival figures from different sources "
        "(police vs organisers): each source's figures get their own row",
    )
    group: str | None = Field(
        default=None, description="the group counted: children, adults, Indian nationals..."
    )
    party: str | None = Field(default=None, description="the candidate or party of a vote figure")
    basis: str | None = Field(
        default=None,
        description="the kind of count when it is not a plain statement or an estimate: "
        "poll, forecast, projection, preliminary, final",
    )
    form: str | None = Field(
        default=None,
        description="None for a level; 'change up', 'change down', 'change' or 'margin' for a "
        "figure that is a change or a margin",
    )
    rank: int = Field(
        default=0,
        ge=0,
        description="0 for the row of each outlet's main figure for the key; 1, 2... for "
        "rows of the other, different figures outlets give for the same key (one figure "
        "per outlet per row)",
    )


class Cell(BaseModel):
    """One article's entry in a row.

    Attributes:
        article_id: the article.
        fact: the fact it gives, or None when it does not report the row.
        statement: for statement rows, the dated statement.
        note: why a cell is empty or special ("not_reported",
            "published_before_window", "copy_of:<id>").
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        if self.fact is not None:
            shown = repr(self.fact.surface)
        elif self.statement is not None:
            shown = f"statement by {self.statement.speaker!r}"
        else:
            shown = self.note or "empty"
        return f"Cell({self.article_id!r}, {shown})"

    model_config = _FROZEN

    article_id: str
    fact: Fact | None = None
    statement: Statement | None = None
    note: str | None = None


class Row(BaseModel):
    """One fact key across all compared articles, with a verdict and its reason.

    Verdicts follow one rule: ``differ`` when any two reported figures are
    incompatible (or are different reports of the same thing), else ``omit`` when
    any article does not report the row, else ``agree``.
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        from ..report.render import row_label, window_label

        said = sum(c.fact is not None or c.statement is not None for c in self.cells)
        return (
            f"Row({self.verdict.value}: {row_label(self)} · {window_label(self.key.window)}, "
            f"{said} of {len(self.cells)} report it)"
        )

    model_config = _FROZEN

    key: RowKey
    cells: tuple[Cell, ...]
    verdict: Verdict
    reason: Reason
    reasons: tuple[Reason, ...] = Field(
        default=(),
        description="every reason that applies, the primary one first: an omit row whose "
        "reporters agree in different words has (not_reported, equivalent_wording)",
    )
    explanation: str
    assumptions: tuple[str, ...] = ()
    window: TimeWindow | None = None
    independent: int = Field(
        default=0, description="reporting articles, counting copies of one story once"
    )
    agreement: Agreement = Field(
        default=Agreement.SINGLE,
        description="what the reporting outlets say among themselves: agree, differ, "
        "or single (only one reports it); silent outlets do not count",
    )


class CopyGroup(BaseModel):
    """Articles that are near-identical copies of one story."""

    model_config = _FROZEN

    article_ids: tuple[str, ...]
    similarity: float


class Comparison(BaseModel):
    """The result of :func:`discrepancy.compare`."""

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        return f"Comparison({self.summary()})"

    def summary(self) -> str:
        """One line for people: what the reporting outlets say, then who is silent.

        Rows are counted by :attr:`Row.agreement`, what the outlets that report a row
        say among themselves, so a row two outlets agree on while a third is silent
        counts as agreeing (its verdict is ``omit``).

        >>> from discrepancy import compare
        >>> compare(["Police arrested 12 people on 4 May 2024.",
        ...          "Officers arrested 12 people on 4 May 2024.",
        ...          "The march went ahead on 4 May 2024."]).summary()
        '3 articles, 1 row: 0 differ, 1 agree, 0 from one article only; 1 with an article silent'
        """
        n, rows = len(self.articles), len(self.rows)
        by = {a: sum(r.agreement is a for r in self.rows) for a in Agreement}
        silent = sum(
            any(c.fact is None and c.statement is None for c in r.cells) for r in self.rows
        )
        return (
            f"{n:,} article{'s' if n != 1 else ''}, {rows:,} row{'s' if rows != 1 else ''}: "
            f"{by[Agreement.DIFFER]:,} differ, {by[Agreement.AGREE]:,} agree, "
            f"{by[Agreement.SINGLE]:,} from one article only; {silent:,} with an article silent"
        )

    def _repr_html_(self) -> str:
        from ..report.html import comparison_matrix_html

        return comparison_matrix_html(self)

    model_config = _FROZEN

    articles: tuple[Article, ...]
    rows: tuple[Row, ...]
    copies: tuple[CopyGroup, ...] = ()

    def to_markdown(self) -> str:
        """The comparison as a Markdown table."""
        from ..report.render import comparison_markdown

        return comparison_markdown(self)

    def to_table(self, *, width: int | None = None) -> str:
        """The comparison as a plain-text terminal table."""
        from ..report.render import comparison_table

        return comparison_table(self, width=width)

    def to_html(self) -> str:
        """The comparison as one self-contained HTML page."""
        from ..report.html import comparison_html

        return comparison_html(self)


def policy_or_default(policy: Policy | None) -> Policy:
    """The given policy, or the library default."""
    return DEFAULT_POLICY if policy is None else policy
