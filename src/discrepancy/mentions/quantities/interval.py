"""The interval of values a hedge allows around a figure ("nearly 900" is [810, 900))."""

from __future__ import annotations

from ...models import Interval, Policy, Qualifier, trusted


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
