"""The values of a figure: the interval its words allow, its hedge, kind, direction and form.

>>> from discrepancy import Interval
>>> more = Interval(low=1300, low_closed=False)
>>> 1300 in more, 1301 in more
(False, True)
>>> more.overlaps(Interval.point(1500))
True
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, model_validator

from .base import FROZEN, Span
from .labels import interval_notation

__all__ = ["Direction", "Form", "Interval", "Qualifier", "Quantity", "QuantityKind"]


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

    model_config = FROZEN

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

    ``level``: "the rate was 4.2%", "rose to 4.2%", "from 118,000 to 56,000".
    ``change``: "rose 6%", "revised down by 62,000", "a 12% drop".
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
        return f"Quantity({self.surface!r}, {interval_notation(self.value)})"

    model_config = FROZEN

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
