"""Unit conversion on the library's small pint registry.

Expected figures are the international definitions (1 mile = 1.609344 km,
1 acre = 4046.8564224 m², 1 ha = 10,000 m²), worked out by hand.
"""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Interval, parse_quantity
from discrepancy.comparison.units import convert, known_unit, registry, same_dimension

# (value, unit, to, expected)
CONVERSIONS = [
    (27, "kilometer", "mile", 27 / 1.609344),
    (17, "mile", "kilometer", 17 * 1.609344),
    (10, "kilometer", "meter", 10_000),
    (5000, "foot", "meter", 1524),
    (850, "hectare", "acre", 850 * 10_000 / 4046.8564224),
    (2100, "acre", "hectare", 2100 * 4046.8564224 / 10_000),
    (1, "square_kilometer", "hectare", 100),
    (1, "square_mile", "square_kilometer", 1.609344**2),
    (18, "hour", "minute", 1080),
    (2, "day", "hour", 48),
    (100, "kilometer_per_hour", "mile_per_hour", 100 / 1.609344),
    (0, "degree_Celsius", "degree_Fahrenheit", 32),
    (100, "degree_Celsius", "degree_Fahrenheit", 212),
]


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    CONVERSIONS,
    ids=[f"{v} {u} -> {t}" for v, u, t, _ in CONVERSIONS],
)
def test_point_conversions(value: float, unit: str, to: str, expected: float) -> None:
    out = convert(Interval.point(value), unit, to)
    assert out.low == pytest.approx(expected)
    assert out.high == pytest.approx(expected)


def test_open_ends_and_unbounded_sides_are_kept() -> None:
    more = convert(Interval(low=2100, low_closed=False), "acre", "hectare")
    assert more.low == pytest.approx(849.84, abs=0.01)
    assert more.high is None
    assert not more.low_closed
    nearly = convert(Interval(low=810, high=900, high_closed=False), "kilometer", "mile")
    assert nearly.low_closed
    assert not nearly.high_closed


def test_seed_style_comparison_after_conversion() -> None:
    # "27 km" and "about 17 miles" describe the same distance once converted.
    km = parse_quantity("27 km")
    miles = parse_quantity("about 17 miles")
    assert km.unit is not None
    assert miles.unit is not None
    assert same_dimension(km.unit, miles.unit)
    assert convert(km.value, km.unit, miles.unit).overlaps(miles.value)


def test_same_unit_is_returned_unchanged() -> None:
    interval = Interval(low=1, high=2)
    assert convert(interval, "USD", "USD") is interval
    assert convert(interval, "magnitude", "magnitude") is interval


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("kilometer", "mile", True),
        ("hectare", "acre", True),
        ("square_kilometer", "square_mile", True),
        ("kilometer", "hectare", False),
        ("hour", "day", True),
        ("percent", "percent", True),
        ("percent", "percentage_point", False),
        ("USD", "USD", True),
        ("USD", "EUR", False),
        ("magnitude", "kilometer", False),
        ("no_such_unit", "kilometer", False),
    ],
)
def test_same_dimension(a: str, b: str, same: bool) -> None:
    assert same_dimension(a, b) is same
    assert same_dimension(b, a) is same


@pytest.mark.parametrize(
    ("unit", "to", "message"),
    [
        ("mile", "hectare", "different dimensions"),
        ("USD", "EUR", "unknown unit 'USD'"),
        ("kilometer", "magnitude", "unknown unit 'magnitude'"),
    ],
)
def test_conversion_errors_say_why(unit: str, to: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        convert(Interval.point(1), unit, to)


def test_every_unit_the_scanner_emits_is_known() -> None:
    from discrepancy.rules.quantities import _rules

    for unit, kind in _rules().units.values():
        if unit != "magnitude":
            assert known_unit(unit), (unit, kind)


def test_registry_is_one_object_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(registry())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r is seen[0] for r in seen)


def test_importing_the_library_does_not_load_pint() -> None:
    code = (
        "import sys, discrepancy; discrepancy.find_quantities('about 17 miles'); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@given(
    st.floats(min_value=0, max_value=1e9),
    st.sampled_from(["kilometer", "mile", "foot", "meter"]),
    st.sampled_from(["kilometer", "mile", "foot", "meter"]),
)
def test_property_round_trip(value: float, unit: str, to: str) -> None:
    there = convert(Interval.point(value), unit, to)
    back = convert(there, to, unit)
    assert back.low == pytest.approx(value, rel=1e-9, abs=1e-9)
