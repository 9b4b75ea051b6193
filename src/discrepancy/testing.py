"""Hypothesis strategies for fuzzing extraction rules, comparisons and golden files.

Import this module only in tests: it is the one place the library imports
``hypothesis``. Every strategy draws valid models (they pass pydantic validation) or
realistic news English, so a property that fails points at the code under test,
not at the data::

    from hypothesis import given
    import discrepancy
    from discrepancy.testing import quantity_phrases

    @given(quantity_phrases())
    def test_my_rules_parse_every_hedge(case):
        phrase, expected = case
        assert discrepancy.parse_quantity(phrase).value == expected

Examples in these docstrings use :func:`hypothesis.find`, which returns the simplest
value matching a condition, so they give the same answer on every run.

>>> from hypothesis import find
>>> from discrepancy.testing import REPRODUCIBLE
>>> phrase, value = find(quantity_phrases(), lambda c: c[0].startswith("more than "),
...                      settings=REPRODUCIBLE)
>>> phrase, str(value)
('more than 1', '(1, inf)')
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

try:
    from hypothesis import settings
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        f"discrepancy.testing needs hypothesis: pip install 'discrepancy[testing]' ({exc})"
    ) from exc

from .models import (
    DEFAULT_POLICY,
    Article,
    Attribution,
    Comparison,
    Extraction,
    Fact,
    Granularity,
    Interval,
    LocationBasis,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    TimeBasis,
    TimePart,
    TimeWindow,
)

__all__ = [
    "REPRODUCIBLE",
    "PhraseCase",
    "article_texts",
    "articles",
    "assert_sound",
    "extractions",
    "facts",
    "intervals",
    "phrase_cases",
    "quantities",
    "quantity_phrases",
    "time_windows",
]

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2035, 12, 31)

#: Settings under which :func:`hypothesis.find` gives the same answer on every machine:
#: no example database, derandomised, and enough tries to reach rare hedges.
REPRODUCIBLE = settings(database=None, derandomize=True, max_examples=1000)

_days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


# --------------------------------------------------------------------------- intervals


@st.composite
def _interval(draw: st.DrawFn, low: float, high: float, unbounded: bool) -> Interval:
    a = draw(st.integers(int(low), int(high)))
    b = draw(st.integers(a, int(high)))
    lo: float | None = float(a)
    hi: float | None = float(b)
    if unbounded:
        if draw(st.booleans()):
            lo = None
        elif draw(st.booleans()):
            hi = None
    if lo is not None and lo == hi:
        return Interval.point(lo)
    return Interval(
        low=lo,
        high=hi,
        low_closed=lo is None or draw(st.booleans()),
        high_closed=hi is None or draw(st.booleans()),
    )


def intervals(
    *, min_value: float = 0, max_value: float = 10_000_000, unbounded: bool = True
) -> st.SearchStrategy[Interval]:
    """Valid intervals with whole-number bounds between ``min_value`` and ``max_value``.

    Args:
        min_value: the smallest bound drawn.
        max_value: the largest bound drawn.
        unbounded: also draw intervals open to one side (``None`` bound).

    >>> from hypothesis import find
    >>> str(find(intervals(), lambda i: i.low is None, settings=REPRODUCIBLE))
    '(-inf, 0)'
    """
    return _interval(min_value, max_value, unbounded)


# --------------------------------------------------------------------------- phrases

# (hedge words, qualifier) in the order the library's cue vocabulary knows them.
_HEDGES: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.EXACT: ("",),
    Qualifier.APPROXIMATE: ("about", "around", "some", "roughly", "an estimated"),
    Qualifier.NEARLY: ("nearly", "almost", "close to"),
    Qualifier.MORE_THAN: ("more than", "over"),
    Qualifier.AT_LEAST: ("at least",),
    Qualifier.LESS_THAN: ("fewer than", "less than", "under"),
    Qualifier.AT_MOST: ("up to", "at most"),
}

# Unit words as written -> (pint unit or ISO currency, kind). Counts have no unit.
_UNITS: tuple[tuple[str, str, QuantityKind], ...] = (
    ("{n}%", "percent", QuantityKind.PERCENT),
    ("{n} percent", "percent", QuantityKind.PERCENT),
    ("{n} kilometres", "kilometer", QuantityKind.LENGTH),
    ("{n} km", "kilometer", QuantityKind.LENGTH),
    ("{n} miles", "mile", QuantityKind.LENGTH),
    ("{n} hectares", "hectare", QuantityKind.AREA),
    ("{n} acres", "acre", QuantityKind.AREA),
    ("€{n}", "EUR", QuantityKind.MONEY),
)

_NOUNS = (
    "drones",
    "missiles",
    "people",
    "protesters",
    "homes",
    "residents",
    "firefighters",
    "regions",
    "villages",
    "buildings",
)

# Vague words that always take "of" plus a plural noun in news English.
_VAGUE = ("dozens", "hundreds", "thousands", "tens of thousands", "scores")


@dataclass(frozen=True)
class PhraseCase:
    """A quantity phrase and everything it should parse to.

    Attributes:
        phrase: the words ("more than 1,300 drones").
        value: the interval the default policy gives them.
        qualifier: the hedge family.
        nominal: the figure as written.
        hedge: the hedge words, or None.
        unit: the pint unit or currency code, None for counts.
        kind: the quantity kind.
        noun: the counted noun as written (plural), or None.
    """

    phrase: str
    value: Interval
    qualifier: Qualifier
    nominal: float
    hedge: str | None
    unit: str | None
    kind: QuantityKind
    noun: str | None


def _number(n: int, grouped: bool) -> str:
    # News English groups four-digit figures in the range of years ("1,500 drones");
    # an ungrouped "1500" reads as a year, so it is never drawn as a figure.
    return f"{n:,}" if grouped or 1000 <= n <= 2999 else str(n)


def _hedged(qualifier: Qualifier, n: int, policy: Policy) -> Interval:
    x = float(n)
    if qualifier is Qualifier.APPROXIMATE:
        return Interval(
            low=x * (1 - policy.approximate_width), high=x * (1 + policy.approximate_width)
        )
    if qualifier is Qualifier.NEARLY:
        return Interval(low=x * (1 - policy.nearly_width), high=x, high_closed=False)
    if qualifier is Qualifier.MORE_THAN:
        return Interval(low=x, low_closed=False)
    if qualifier is Qualifier.AT_LEAST:
        return Interval(low=x)
    if qualifier is Qualifier.LESS_THAN:
        return Interval(high=x, high_closed=False)
    if qualifier is Qualifier.AT_MOST:
        return Interval(high=x)
    return Interval.point(x)


@st.composite
def _phrase_case(draw: st.DrawFn, policy: Policy, units: bool) -> PhraseCase:
    shape = draw(st.sampled_from(("hedged", "hedged", "hedged", "range", "vague")))
    grouped = draw(st.booleans())
    if shape == "vague":
        word = draw(st.sampled_from(_VAGUE))
        counted = draw(st.sampled_from(_NOUNS))
        low, high = policy.vague_bounds[word]
        return PhraseCase(
            phrase=f"{word} of {counted}",
            value=Interval(low=low, high=high),
            qualifier=Qualifier.VAGUE,
            nominal=low,
            hedge=None,
            unit=None,
            kind=QuantityKind.COUNT,
            noun=counted,
        )
    template, unit, kind = "{n}", None, QuantityKind.COUNT
    noun: str | None = None
    if units and draw(st.booleans()):
        template, unit, kind = draw(st.sampled_from(_UNITS))
    elif draw(st.booleans()):
        noun = draw(st.sampled_from(_NOUNS))
    upper = 100 if kind is QuantityKind.PERCENT else 2_000_000
    tail = f" {noun}" if noun else ""
    if shape == "range":
        a = draw(st.integers(1, upper - 1))
        b = draw(st.integers(a + 1, upper))
        body = template.format(n=_number(b, grouped))
        phrase = f"between {_number(a, grouped)} and {body}{tail}"
        return PhraseCase(
            phrase=phrase,
            value=Interval(low=a, high=b),
            qualifier=Qualifier.RANGE,
            nominal=a,
            hedge="between",
            unit=unit,
            kind=kind,
            noun=noun,
        )
    n = draw(st.integers(1, upper))
    qualifier = draw(st.sampled_from(tuple(_HEDGES)))
    hedge = draw(st.sampled_from(_HEDGES[qualifier])) or None
    figure = template.format(n=_number(n, grouped)) + tail
    return PhraseCase(
        phrase=f"{hedge} {figure}" if hedge else figure,
        value=_hedged(qualifier, n, policy),
        qualifier=qualifier,
        nominal=float(n),
        hedge=hedge,
        unit=unit,
        kind=kind,
        noun=noun,
    )


def phrase_cases(
    *, policy: Policy | None = None, units: bool = True
) -> st.SearchStrategy[PhraseCase]:
    """Quantity phrases with every field they should parse to.

    Args:
        policy: the widths and vague bounds behind the expected intervals;
            :data:`discrepancy.DEFAULT_POLICY` if None.
        units: also draw percentages, lengths, areas and money.

    >>> from hypothesis import find
    >>> case = find(phrase_cases(), lambda c: c.qualifier.value == "vague",
    ...             settings=REPRODUCIBLE)
    >>> case.phrase, str(case.value)
    ('dozens of drones', '[24, inf)')
    """
    return _phrase_case(DEFAULT_POLICY if policy is None else policy, units)


def quantity_phrases(
    *, policy: Policy | None = None, units: bool = True
) -> st.SearchStrategy[tuple[str, Interval]]:
    """``(phrase, expected interval)`` pairs: "more than 1,300", "nearly 900", "some 50",
    "between 110,000 and 150,000", "dozens of villages", "up to 50%"...

    Args:
        policy: the widths and vague bounds behind the expected intervals.
        units: also draw percentages, lengths, areas and money.

    >>> from hypothesis import find
    >>> find(quantity_phrases(units=False), lambda c: c[0].startswith("nearly "),
    ...      settings=REPRODUCIBLE)
    ('nearly 1', Interval(low=0.9, high=1.0, low_closed=True, high_closed=False))
    """
    return phrase_cases(policy=policy, units=units).map(lambda c: (c.phrase, c.value))


def _quantity(case: PhraseCase, start: int) -> Quantity:
    noun = case.noun[:-1] if case.noun and case.noun != "people" else case.noun
    return Quantity(
        span=(start, start + len(case.phrase)),
        surface=case.phrase,
        nominal=case.nominal,
        value=case.value,
        qualifier=case.qualifier,
        hedge=case.hedge,
        unit=case.unit,
        kind=case.kind,
        noun=noun,
    )


def quantities(*, policy: Policy | None = None) -> st.SearchStrategy[Quantity]:
    """Valid :class:`~discrepancy.Quantity` models whose surface is a realistic phrase.

    The span starts at 0 (the quantity stands alone); use :func:`extractions` for
    quantities placed inside article text.

    >>> from hypothesis import find
    >>> q = find(quantities(), lambda q: q.unit == "acre", settings=REPRODUCIBLE)
    >>> q.surface, q.kind.value
    ('1 acres', 'area')
    """
    return phrase_cases(policy=policy).map(lambda c: _quantity(c, 0))


# --------------------------------------------------------------------------- time


@st.composite
def _window(draw: st.DrawFn) -> TimeWindow:
    shape = draw(st.sampled_from(("resolved",) * 4 + ("no_year", "relative")))
    if shape == "relative":
        return TimeWindow(
            granularity=draw(st.sampled_from((Granularity.NIGHT, Granularity.WEEK))),
            relative=draw(st.sampled_from(("overnight", "last night", "last week", "this week"))),
        )
    granularity = draw(st.sampled_from(tuple(Granularity)))
    day = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY - timedelta(days=31)))
    if granularity is Granularity.DAY:
        start, end = day, day
    elif granularity is Granularity.NIGHT:
        start, end = day, day + timedelta(days=1)
    elif granularity is Granularity.WEEK:
        # The Monday on or after the day, so a week never starts before FIRST_DAY.
        start = day + timedelta(days=(7 - day.weekday()) % 7)
        end = start + timedelta(days=6)
    elif granularity is Granularity.MONTH:
        start = day.replace(day=1)
        end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    elif granularity is Granularity.YEAR:
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    else:
        start, end = day, day + timedelta(days=draw(st.integers(1, 30)))
    if shape == "no_year" and granularity in (Granularity.DAY, Granularity.SPAN):
        return TimeWindow(
            granularity=granularity,
            unknown=("year",),
            month_day=((start.month, start.day), (end.month, end.day)),
        )
    inferred: tuple[TimePart, ...] = draw(st.sampled_from(((), ("year",))))
    return TimeWindow(start=start, end=end, granularity=granularity, inferred=inferred)


def time_windows() -> st.SearchStrategy[TimeWindow]:
    """Valid time windows: resolved days, nights, weeks, months, years and spans
    (2000-2035), windows whose year the text never gives, and unresolved relative ones.

    >>> from hypothesis import find
    >>> find(time_windows(), lambda w: w.granularity.value == "night" and w.resolved,
    ...      settings=REPRODUCIBLE).key()
    'night:2000-01-01..2000-01-02'
    """
    return _window()


# --------------------------------------------------------------------------- articles

_OUTLETS = ("Atlantic Wire", "The Daily Sun", "Harbour Daily", "Valley Herald", "Euro Daily")
_SOURCES = (
    "police said",
    "officials said",
    "the interior ministry said",
    "organisers said",
    "the fire service said",
    "according to the air force",
)
_TIMES = (
    "on Monday",
    "on Thursday",
    "overnight",
    "last week",
    "on March 4",
    "in the first five days of September",
    "since Sunday",
)
# (noun as written, verb phrase): the pairs a news sentence uses.
_EVENTS = (
    ("people", "were killed"),
    ("people", "were injured"),
    ("people", "were arrested"),
    ("people", "are missing"),
    ("residents", "were evacuated"),
    ("homes", "were destroyed"),
    ("drones", "were launched"),
    ("missiles", "were shot down"),
    ("protesters", "marched"),
)
_DEBRIS = (
    "Share this article",
    "0:00 / 2:47",
    "Read more: 5 things to know about the storm",
    "© 2027 Example Media Ltd. Registered in England No. 04512877.",
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    case = draw(phrase_cases(units=False).filter(lambda c: c.noun is None))
    noun, verb = draw(st.sampled_from(_EVENTS))
    when = draw(st.sampled_from(_TIMES))
    source = draw(st.sampled_from(_SOURCES))
    figure = case.phrase
    if case.qualifier is Qualifier.VAGUE:
        figure = figure.rsplit(" of ", 1)[0] + " of"
    body = f"{figure} {noun} {verb} {when}"
    return f"{body[0].upper()}{body[1:]}, {source}."


@st.composite
def _body(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(_sentence(), min_size=1, max_size=6))
    if draw(st.booleans()):
        sentences.insert(draw(st.integers(0, len(sentences))), "No casualties were reported.")
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    if draw(st.booleans()):
        paragraphs.append(draw(st.sampled_from(_DEBRIS)))
    return "\n\n".join(paragraphs) + "\n"


def _front_matter(outlet: str, published: date | None) -> str:
    slug = outlet.lower().replace(" ", "")
    day = published.isoformat() if published else "unknown"
    return f"url: https://{slug}.example/news/story\noutlet: {outlet}\npublished: {day}\n---\n"


@st.composite
def _raw(draw: st.DrawFn, front_matter: bool | None) -> str:
    body = draw(_body())
    with_front = draw(st.booleans()) if front_matter is None else front_matter
    if not with_front:
        return body
    outlet = draw(st.sampled_from(_OUTLETS))
    published = draw(st.none() | _days)
    return _front_matter(outlet, published) + body


def article_texts(*, front_matter: bool | None = None) -> st.SearchStrategy[str]:
    """Raw article files: realistic news sentences with figures, time expressions and
    attribution, sometimes a zero fact or a line of page debris.

    Args:
        front_matter: True to always start with a ``url:`` / ``outlet:`` /
            ``published:`` block ending with ``---``, False never, None either.

    >>> from hypothesis import find
    >>> text = find(article_texts(front_matter=True), lambda t: "unknown" in t,
    ...             settings=REPRODUCIBLE)
    >>> print(text.split("---")[0].strip())
    url: https://atlanticwire.example/news/story
    outlet: Atlantic Wire
    published: unknown
    """
    return _raw(front_matter)


@st.composite
def _article(draw: st.DrawFn) -> Article:
    return Article(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        text=draw(_body()),
        outlet=draw(st.none() | st.sampled_from(_OUTLETS)),
        published=draw(st.none() | _days),
    )


def articles() -> st.SearchStrategy[Article]:
    """Valid :class:`~discrepancy.Article` models with synthetic news text, an outlet or
    none, and a publication date between 2000 and 2035 or none.

    >>> from datetime import date
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(articles())
    ... def check(article):
    ...     assert article.published is None or date(2000, 1, 1) <= article.published
    ...     assert article.text.strip()
    >>> check()
    """
    return _article()


# --------------------------------------------------------------------------- facts


@st.composite
def _fact_in(draw: st.DrawFn, offset: int) -> tuple[str, Fact]:
    case = draw(phrase_cases())
    noun, verb = draw(st.sampled_from(_EVENTS))
    lead = draw(st.sampled_from(("Officials said ", "Police said ", "")))
    sentence = f"{lead}{case.phrase} {verb}."
    start = offset + len(lead)
    quantity = _quantity(case, start)
    window = draw(st.none() | time_windows())
    basis = TimeBasis.NONE if window is None else draw(st.sampled_from(tuple(TimeBasis)[:3]))
    source = draw(st.none() | st.sampled_from(("police", "officials", "Zelensky")))
    via = draw(st.none() | st.sampled_from(_OUTLETS)) if source else None
    place = draw(st.none() | st.sampled_from(("Kyiv", "Ukraine", "Lisbon", "Opole province")))
    fact = Fact(
        span=quantity.span,
        surface=quantity.surface,
        sentence_span=(offset, offset + len(sentence)),
        quantity=quantity,
        subject=draw(st.none() | st.just(noun.rstrip("s"))),
        event=draw(st.none() | st.just(verb.split()[-1])),
        actor=draw(st.none() | st.sampled_from(("police", "Russia"))),
        location=place,
        location_basis=(
            LocationBasis.NONE
            if place is None
            else draw(st.sampled_from((LocationBasis.STATED, LocationBasis.CONTEXT)))
        ),
        time=window,
        time_basis=basis,
        attribution=Attribution(source=source, via=via) if source else None,
    )
    return sentence, fact


def facts() -> st.SearchStrategy[Fact]:
    """Valid :class:`~discrepancy.Fact` models: a hedged figure with a subject, an event,
    a time window, a location and an attribution, each sometimes missing.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(facts())
    ... def check(fact):
    ...     assert fact.span[1] - fact.span[0] == len(fact.surface)
    ...     assert fact.sentence_span[0] <= fact.span[0] <= fact.span[1] <= fact.sentence_span[1]
    >>> check()
    """
    return _fact_in(0).map(lambda pair: pair[1])


@st.composite
def _extraction(draw: st.DrawFn, max_facts: int) -> Extraction:
    count = draw(st.integers(0, max_facts))
    sentences: list[str] = []
    found: list[Fact] = []
    offset = 0
    for _ in range(count):
        sentence, fact = draw(_fact_in(offset))
        sentences.append(sentence)
        found.append(fact)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    article = Article(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        text=text,
        published=draw(st.none() | _days),
    )
    return Extraction(article=article, facts=tuple(found))


def extractions(*, max_facts: int = 5) -> st.SearchStrategy[Extraction]:
    """Valid :class:`~discrepancy.Extraction` models whose facts' spans index their
    article's text (``text[start:end] == surface``), in text order.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(extractions())
    ... def check(ex):
    ...     assert all(ex.article.text[slice(*f.span)] == f.surface for f in ex.facts)
    >>> check()
    """
    return _extraction(max_facts)


def assert_sound(extraction: Extraction, *others: Extraction) -> Comparison:
    """Check what users are shown of an extraction: its evidence and every output.

    Every fact, its quantity and every rejected mention has a span that indexes the
    article text as given (``text[start:end] == surface``); the extraction's JSON is
    written as UTF-8 and reads back equal; compared with ``others``, the comparison's
    JSON, HTML, Markdown and terminal table are written as UTF-8. For fuzzers and for
    tests of hostile input.

    Args:
        extraction: the extraction to check.
        others: extractions to compare it with.

    Returns:
        The comparison of ``extraction`` with ``others``, for further checks.

    Raises:
        AssertionError: a span does not index the text, or JSON does not read back.
        UnicodeEncodeError: an output cannot be written as UTF-8.

    >>> import discrepancy
    >>> ex = discrepancy.extract("Police said 1,\u200e300 people were arrested.")
    >>> assert_sound(ex).rows[0].cells[0].fact.surface == "1,\u200e300"
    True
    """
    from .comparison.align import compare

    text = extraction.article.text
    for fact in extraction.facts:
        assert text[fact.span[0] : fact.span[1]] == fact.surface, fact
        q = fact.quantity
        assert text[q.span[0] : q.span[1]] == q.surface, q
    for rejected in extraction.rejected:
        assert text[rejected.span[0] : rejected.span[1]] == rejected.surface, rejected
    dumped = extraction.model_dump_json()
    dumped.encode("utf-8")
    assert Extraction.model_validate_json(dumped) == extraction
    comparison = compare([extraction, *others])
    comparison.model_dump_json().encode("utf-8")
    comparison.to_html().encode("utf-8")
    comparison.to_markdown().encode("utf-8")
    comparison.to_table(width=80).encode("utf-8")
    return comparison
