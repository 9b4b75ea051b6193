"""Properties of the number rules of issue #17: each rule the held-out tables
(``test_numbers_heldout.py``) led to, checked over generated sentences rather than a
few examples.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Direction, Form, find_quantities

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """``n`` (20 to 99) in English words, as wire copy writes it ("Fifty two")."""
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + ("" if unit == 0 else " " + _UNITS[unit - 1])


def _seen(text: str) -> list[tuple[float | None, float | None, str | None, Direction, Form]]:
    return [(q.value.low, q.value.high, q.unit, q.direction, q.form) for q in find_quantities(text)]


@given(
    verb=st.sampled_from(
        [
            ("ticked up", Direction.UP),
            ("edged up", Direction.UP),
            ("inched up", Direction.UP),
            ("crept up", Direction.UP),
            ("went up", Direction.UP),
            ("ticked down", Direction.DOWN),
            ("edged down", Direction.DOWN),
            ("inched down", Direction.DOWN),
        ]
    ),
    tenths=st.integers(min_value=1, max_value=999),
)
def test_a_level_reached_by_a_change_is_no_bound(verb: tuple[str, Direction], tenths: int) -> None:
    phrase, way = verb
    value = tenths / 10
    got = _seen(f"The jobless rate {phrase} to {value}% in May.")
    assert got == [(value, value, "percent", way, Form.LEVEL)]


@given(value=st.integers(min_value=1, max_value=999))
def test_up_to_without_a_verb_of_change_stays_a_bound(value: int) -> None:
    got = _seen(f"Gusts of up to {value} km/h are forecast.")
    assert got == [(None, float(value), "kilometer_per_hour", Direction.NONE, Form.LEVEL)]


@given(
    cents=st.integers(min_value=1, max_value=99),
    before=st.sampled_from([("$", "USD"), ("€", "EUR"), ("", "USD")]),
)
def test_cents_are_a_hundredth_of_the_money_before_them(
    cents: int, before: tuple[str, str]
) -> None:
    sign, code = before
    price = f"{sign}3.10, " if sign else ""
    got = find_quantities(f"Diesel sold at {price}up {cents} cents on the week.")
    assert [(q.nominal, q.unit, q.direction) for q in got][-1] == (
        round(cents / 100, 2),
        code,
        Direction.UP,
    )
    assert len(got) == (2 if sign else 1)


@given(n=st.integers(min_value=20, max_value=99))
def test_number_words_echoed_in_digits_are_one_figure(n: int) -> None:
    text = f"{_words(n).capitalize()} ({n}) officers were hurt."
    got = find_quantities(text)
    assert [(q.surface, q.nominal) for q in got] == [(f"{_words(n).capitalize()} ({n})", n)]


@given(
    n=st.integers(min_value=20, max_value=99),
    other=st.integers(min_value=1, max_value=19),
)
def test_different_digits_in_brackets_stay_a_figure_of_their_own(n: int, other: int) -> None:
    got = find_quantities(f"{_words(n).capitalize()} ({other}) officers were hurt.")
    assert [q.nominal for q in got] == [n, other]


@given(
    year=st.integers(min_value=1500, max_value=2100),
    noun=st.sampled_from(["a fall of", "a total of", "an average of", "a loss of"]),
    counted=st.sampled_from(["points", "patients", "jobs", "votes"]),
)
def test_an_amount_of_four_digits_before_a_plural_is_no_year(
    year: int, noun: str, counted: str
) -> None:
    got = find_quantities(f"The report showed {noun} {year} {counted} in the region.")
    assert [q.nominal for q in got] == [year]
    assert find_quantities(f"The report showed the end of {year} {counted} in the region.") == []


@given(
    low=st.integers(min_value=-20, max_value=40),
    width=st.integers(min_value=1, max_value=15),
    letter=st.sampled_from([("C", "degree_Celsius"), ("F", "degree_Fahrenheit")]),
    joiner=st.sampled_from([" to ", "-"]),
)
def test_glued_degrees_at_both_ends_are_one_range(
    low: int, width: int, letter: tuple[str, str], joiner: str
) -> None:
    mark, unit = letter
    high = low + width
    if low < 0 and joiner == "-":
        joiner = " to "  # "-5C--2C" is no way to write it
    got = _seen(f"Highs of {low}{mark}{joiner}{high}{mark} are expected.")
    assert got == [(float(low), float(high), unit, Direction.NONE, Form.LEVEL)]


@given(
    distance=st.sampled_from([100, 200, 400, 800, 1500, 5000, 10000]),
    event=st.sampled_from(["final", "finals", "heats", "hurdles", "relay", "freestyle"]),
)
def test_a_race_distance_is_metres_never_millions(distance: int, event: str) -> None:
    got = _seen(f"She qualified for the {distance}m {event} on Sunday.")
    assert got == [(float(distance), float(distance), "meter", Direction.NONE, Form.LEVEL)]
