"""Strategies for figures: intervals, hedged quantity phrases and quantities.

>>> from hypothesis import find
>>> find(phrase_cases(), lambda c: c.hedge == "at least", settings=REPRODUCIBLE).phrase
'at least 1'
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from ..models import DEFAULT_POLICY, Interval, Policy, Qualifier, Quantity, QuantityKind
from ._common import REPRODUCIBLE  # noqa: F401 - the doctests find() with it

__all__ = [
    "PhraseCase",
    "intervals",
    "phrase_cases",
    "quantities",
    "quantity_at",
    "quantity_phrases",
]


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


def quantity_at(case: PhraseCase, start: int) -> Quantity:
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
    return phrase_cases(policy=policy).map(lambda c: quantity_at(c, 0))
