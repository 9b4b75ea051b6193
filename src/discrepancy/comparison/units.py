"""Unit conversion for figures, on a small private pint registry.

The registry is built from ``data/units.txt`` on first use, under a lock, and never
at import: pint's default registry costs over 100 ms to load, this tiny one a few
ms, and ``import discrepancy`` does not import pint at all.

Unit names are the canonical names a :class:`~discrepancy.Quantity` carries
(``kilometer``, ``mile``, ``hectare``, ``acre``, ``square_kilometer``, ``percent``,
``hour``...). Currency codes and ``magnitude`` (an earthquake scale, not a physical
unit) are not pint units: they compare only with themselves.

>>> from discrepancy import Interval
>>> miles = convert(Interval.point(27), "kilometer", "mile")
>>> round(miles.low, 2)
16.78
>>> same_dimension("kilometer", "mile"), same_dimension("hectare", "mile")
(True, False)
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..models import Interval

if TYPE_CHECKING:
    import pint

__all__ = ["convert", "known_unit", "registry", "same_dimension"]

_REGISTRY: pint.UnitRegistry[Any] | None = None
_LOCK = threading.Lock()


def registry() -> pint.UnitRegistry[Any]:
    """The library's pint registry, created on first call (thread safe).

    >>> registry().Quantity(1, "hectare").to("acre").magnitude > 2.47
    True
    """
    global _REGISTRY
    if _REGISTRY is None:
        with _LOCK:
            if _REGISTRY is None:
                import pint

                path = resources.files("discrepancy.rules") / "data" / "units.txt"
                with resources.as_file(path) as file:
                    _REGISTRY = pint.UnitRegistry(str(file), autoconvert_offset_to_baseunit=False)
    return _REGISTRY


@lru_cache(maxsize=256)
def _dimensionality(unit: str) -> str | None:
    reg = registry()
    try:
        return str(reg.get_dimensionality(unit))
    except Exception:  # pint raises several error types for unknown or odd names
        return None


def known_unit(unit: str) -> bool:
    """Whether ``unit`` is a unit of the registry (not a currency, not ``magnitude``).

    >>> known_unit("acre"), known_unit("USD"), known_unit("magnitude")
    (True, False, False)
    """
    return _dimensionality(unit) is not None


def same_dimension(a: str, b: str) -> bool:
    """Whether figures in units ``a`` and ``b`` can be compared after conversion.

    Equal names always compare. Dimensionless units (``percent``,
    ``percentage_point``) compare only with themselves: a change in points is not
    a percentage.

    >>> same_dimension("square_kilometer", "hectare"), same_dimension("percent", "percentage_point")
    (True, False)
    >>> same_dimension("USD", "USD"), same_dimension("USD", "EUR")
    (True, False)
    """
    if a == b:
        return True
    da, db = _dimensionality(a), _dimensionality(b)
    if da is None or db is None or da == "dimensionless":
        return False
    return da == db


def convert(interval: Interval, unit: str, to: str) -> Interval:
    """``interval`` measured in ``unit``, expressed in ``to``.

    Open and closed ends and unbounded sides are kept. Offset units (degrees
    Celsius and Fahrenheit) convert each bound as a temperature.

    Args:
        interval: the figure's interval.
        unit: its unit (a canonical name such as ``kilometer``).
        to: the target unit.

    Returns:
        The converted interval (the same object when the units are equal).

    Raises:
        ValueError: the units are unknown or of different dimensions.

    >>> from discrepancy import Interval
    >>> str(convert(Interval(low=100, low_closed=False), "hectare", "square_kilometer"))
    '(1, inf)'
    >>> convert(Interval.point(1), "mile", "hectare")
    Traceback (most recent call last):
    ...
    ValueError: cannot convert mile to hectare: different dimensions
    """
    if unit == to:
        return interval
    if not same_dimension(unit, to):
        known = [u for u in (unit, to) if not known_unit(u)]
        if known:
            raise ValueError(
                f"cannot convert {unit} to {to}: unknown unit {known[0]!r} "
                "(currencies and 'magnitude' convert only to themselves)"
            )
        raise ValueError(f"cannot convert {unit} to {to}: different dimensions")
    reg = registry()

    def one(value: float | None) -> float | None:
        if value is None:
            return None
        return float(reg.Quantity(value, unit).to(to).magnitude)

    low, high = one(interval.low), one(interval.high)
    if low is not None and high is not None and low > high:
        # Only possible with a negative factor, which no unit here has; keep order safe.
        low, high = high, low
    if low is not None and high is not None and low == high:
        return Interval.point(low)
    return interval.model_copy(update={"low": low, "high": high})
