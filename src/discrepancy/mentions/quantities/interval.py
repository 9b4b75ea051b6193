"""The interval of values a figure allows: its hedge around one number ("nearly 900"
is [810, 900)), a range with its hedge, a vague word's bounds, or two bounds.
"""

from __future__ import annotations

from ...models import Interval, Policy, Qualifier, trusted
from .state import _Figure


def _bounds(
    low: float | None = None,
    high: float | None = None,
    low_closed: bool = True,
    high_closed: bool = True,
) -> Interval:
    """An :class:`Interval` with float bounds (the callers order them)."""
    return trusted(
        Interval,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        low_closed=low_closed,
        high_closed=high_closed,
    )


def _interval(qualifier: Qualifier, n: float, policy: Policy) -> tuple[Interval, float]:
    """The interval a hedge allows around ``n``, with the nominal figure."""
    if qualifier is Qualifier.EXACT:
        return _bounds(n, n), n
    if qualifier is Qualifier.APPROXIMATE:
        w = policy.approximate_width
        a, b = sorted((n * (1 - w), n * (1 + w)))
        return _bounds(low=a, high=b), n
    if qualifier is Qualifier.NEARLY:
        low = n * (1 - policy.nearly_width)
        if low >= n:
            # Zero width (or a figure at or below zero): only the open top is known.
            return _bounds(high=n, high_closed=False), n
        return _bounds(low=low, high=n, high_closed=False), n
    if qualifier is Qualifier.MORE_THAN:
        return _bounds(low=n, low_closed=False), n
    if qualifier is Qualifier.AT_LEAST:
        return _bounds(low=n), n
    if qualifier is Qualifier.AT_MOST:
        return _bounds(high=n), n
    if qualifier is Qualifier.LESS_THAN:
        return _bounds(high=n, high_closed=False), n
    return _bounds(n, n), n


def _figure_interval(
    f: _Figure, upper: tuple[float, bool] | None, policy: Policy
) -> tuple[Interval, float]:
    """The interval and nominal figure of an assembled figure.

    Args:
        f: the figure; a vague one gets the qualifier ``VAGUE`` here.
        upper: ``(high, closed)`` of an upper bound after a lower one ("more than
            200 but fewer than 300"), if one was read.
        policy: the widths of the hedges.
    """
    if upper is not None:
        high, high_closed = upper
        interval = _bounds(
            low=f.value,
            high=high,
            low_closed=f.qualifier is Qualifier.AT_LEAST,
            high_closed=high_closed,
        )
        return interval, f.value
    if f.vague is not None:
        f.qualifier = Qualifier.VAGUE
        low_b, high_b = f.vague
        return _bounds(low=low_b, high=high_b), low_b
    if f.high is not None:
        return _range_interval(f.qualifier, f.value, f.high, policy)
    return _interval(f.qualifier, f.value, policy)


def _range_interval(
    qualifier: Qualifier, first: float, second: float, policy: Policy
) -> tuple[Interval, float]:
    """The interval a hedged range allows ("about 10-15", "up to 20-30"), with its nominal."""
    a, b = sorted((first, second))
    if qualifier is Qualifier.RANGE or a == b:
        return _bounds(low=a, high=b), a
    if qualifier is Qualifier.APPROXIMATE:
        w = policy.approximate_width
        if a >= 0:
            return _bounds(low=a * (1 - w), high=b * (1 + w)), a
        return _bounds(low=a, high=b), a
    if qualifier is Qualifier.AT_MOST:
        return _bounds(high=b), b
    return _bounds(low=a), a
