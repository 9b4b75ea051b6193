"""The quantity layer: every figure in a news text as a typed interval with its span.

Tables are grouped by where the cases come from: the seed articles (checked against
the real text), invented but realistic news phrasing, things that are not figures,
and bugs caught while writing the scanner. Expected values were worked out by hand
from the conventions in ``_policy.py`` and the issue, not copied from output.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import discrepancy
from discrepancy import (
    InputError,
    Interval,
    ParseError,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Rejected,
    RejectReason,
)
from discrepancy.mentions.quantities import find_quantities, parse_quantity, scan
from discrepancy.testing import phrase_cases
from tests.helpers import SEEDS, quantity_at

INF = math.inf

Q = Qualifier
K = QuantityKind


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _bounds(q: Quantity) -> tuple[float, float]:
    low = -INF if q.value.low is None else q.value.low
    high = INF if q.value.high is None else q.value.high
    return low, high


# --------------------------------------------------------------------------- seeds

# (seed, surface, qualifier, nominal, low, high, noun)
SEED_FIGURES = [
    ("000", "over 1,300", Q.MORE_THAN, 1300, 1300, INF, "drone"),
    ("000", "nearly 900", Q.NEARLY, 900, 810, 900, "guided bomb"),
    ("000", "around 50", Q.APPROXIMATE, 50, 45, 55, "missile"),
    ("000", "14", Q.EXACT, 14, 14, 14, "region"),
    ("001", "more than 1,300", Q.MORE_THAN, 1300, 1300, INF, "drone"),
    ("001", "nearly 900", Q.NEARLY, 900, 810, 900, "guided bomb"),
    ("001", "some 50", Q.APPROXIMATE, 50, 45, 55, "missile"),
    ("001", "14", Q.EXACT, 14, 14, 14, "region"),
    ("003", "91", Q.EXACT, 91, 91, 91, "drone"),
    ("003", "18", Q.EXACT, 18, 18, 18, "strike"),
    ("003", "eight", Q.EXACT, 8, 8, 8, "location"),
    ("003", "up to 50 percent", Q.AT_MOST, 50, -INF, 50, None),
    ("004", "502", Q.EXACT, 502, 502, 502, "drone"),
    ("004", "24", Q.EXACT, 24, 24, 24, "missile"),
    ("004", "430", Q.EXACT, 430, 430, 430, "drone"),
    ("004", "21", Q.EXACT, 21, 21, 21, "missile"),
    ("004", "at least seven", Q.AT_LEAST, 7, 7, INF, "country"),
    ("004", "dozens", Q.VAGUE, 24, 24, INF, "location"),
    ("004", "At least one", Q.AT_LEAST, 1, 1, INF, "drone"),
]


@pytest.mark.parametrize(
    ("seed", "surface", "qualifier", "nominal", "low", "high", "noun"),
    SEED_FIGURES,
    ids=[f"{s}-{surface}" for s, surface, *_ in SEED_FIGURES],
)
def test_seed_figures(
    seed: str,
    surface: str,
    qualifier: Qualifier,
    nominal: float,
    low: float,
    high: float,
    noun: str | None,
) -> None:
    text = _seed(seed)
    q = quantity_at(find_quantities(text), surface)
    assert text[q.span[0] : q.span[1]] == surface
    assert q.qualifier is qualifier
    assert q.nominal == pytest.approx(nominal)
    assert _bounds(q)[0] == pytest.approx(low)
    assert _bounds(q)[1] == pytest.approx(high)
    assert q.noun == noun


def test_seed_open_and_closed_ends() -> None:
    text = _seed("000")
    over = quantity_at(find_quantities(text), "over 1,300")
    assert not over.value.low_closed
    assert 1300 not in over.value
    assert 1301 in over.value
    nearly = quantity_at(find_quantities(text), "nearly 900")
    assert nearly.value.low_closed
    assert not nearly.value.high_closed
    assert quantity_at(find_quantities(text), "around 50").hedge == "around"
    up_to = quantity_at(find_quantities(_seed("003")), "up to 50 percent")
    assert up_to.value.high_closed
    assert (up_to.unit, up_to.kind) == ("percent", K.PERCENT)


SEED_NOT_FIGURES = [
    ("002", "0:00", RejectReason.MEDIA_DURATION),
    ("002", "24:55", RejectReason.MEDIA_DURATION),
    ("002", "15:36", RejectReason.MEDIA_DURATION),
    ("002", "14:11", RejectReason.TIME_OF_DAY),
    ("002", "5", RejectReason.DATE),
    ("002", "2025", RejectReason.YEAR),
    ("003", "0:02:36", RejectReason.MEDIA_DURATION),
    ("003", "2022", RejectReason.YEAR),
    ("003", "19th", RejectReason.ORDINAL),
    ("003", "16x9", RejectReason.NAME),
    ("003", "first", RejectReason.ORDINAL),
    ("004", "World War 2", RejectReason.NAME),
    ("004", "2025-09-04", RejectReason.DATE),
    ("004", "one-on-one", RejectReason.DETERMINER),
    ("001", "one", RejectReason.DETERMINER),
    ("001", "2025-09-07", RejectReason.DATE),
]


@pytest.mark.parametrize(
    ("seed", "surface", "reason"),
    SEED_NOT_FIGURES,
    ids=[f"{s}-{surface}" for s, surface, _ in SEED_NOT_FIGURES],
)
def test_seed_not_figures(seed: str, surface: str, reason: RejectReason) -> None:
    found, rejected = scan(_seed(seed))
    assert surface not in {q.surface for q in found}
    assert reason in {r.reason for r in rejected if r.surface == surface}


def test_seed_003_dates_are_never_figures() -> None:
    text = _seed("003")
    surfaces = [q.surface for q in find_quantities(text)]
    assert not {"1", "5", "6"} & set(surfaces)
    assert all(":" not in s for s in surfaces)


def test_seed_002_has_no_figures() -> None:
    assert find_quantities(_seed("002")) == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_accounting(seed: str) -> None:
    _check_accounting(_seed(seed))


# --------------------------------------------------------------------------- invented

# (phrase, surface, qualifier, nominal, low, high, unit, kind)
P = Policy()
NEWS = "invented: news phrasing"  # provenance of the cases below

APPROXIMATORS = [
    ("about 50 people", "about 50", Q.APPROXIMATE, 50, 45, 55, NEWS),
    ("around 50", "around 50", Q.APPROXIMATE, 50, 45, 55, NEWS),
    ("some 280 demonstrations", "some 280", Q.APPROXIMATE, 280, 252, 308, NEWS),
    ("roughly 1,000 troops", "roughly 1,000", Q.APPROXIMATE, 1000, 900, 1100, NEWS),
    ("approximately 400 homes", "approximately 400", Q.APPROXIMATE, 400, 360, 440, NEWS),
    (
        "an estimated 1.28 million took part",
        "an estimated 1.28 million",
        Q.APPROXIMATE,
        1.28e6,
        1.152e6,
        1.408e6,
        NEWS,
    ),
    ("estimated 300 wounded", "estimated 300", Q.APPROXIMATE, 300, 270, 330, NEWS),
    ("circa 200 vessels", "circa 200", Q.APPROXIMATE, 200, 180, 220, NEWS),
    ("c. 200 vessels", "c. 200", Q.APPROXIMATE, 200, 180, 220, NEWS),
    ("~200 vessels", "~200", Q.APPROXIMATE, 200, 180, 220, NEWS),
    ("50 or so drones", "50 or so", Q.APPROXIMATE, 50, 45, 55, NEWS),
    ("nearly 900 bombs", "nearly 900", Q.NEARLY, 900, 810, 900, NEWS),
    ("almost 70,000 people", "almost 70,000", Q.NEARLY, 70000, 63000, 70000, NEWS),
    ("just under 400", "just under 400", Q.NEARLY, 400, 360, 400, NEWS),
    ("close to 400 rescue workers", "close to 400", Q.NEARLY, 400, 360, 400, NEWS),
    ("nearing 100 arrests", "nearing 100", Q.NEARLY, 100, 90, 100, NEWS),
    ("more than 2,500 troops", "more than 2,500", Q.MORE_THAN, 2500, 2500, INF, NEWS),
    ("over 500 homes", "over 500", Q.MORE_THAN, 500, 500, INF, NEWS),
    ("above 40 percent", "above 40 percent", Q.MORE_THAN, 40, 40, INF, NEWS),
    ("in excess of 300 flights", "in excess of 300", Q.MORE_THAN, 300, 300, INF, NEWS),
    ("upwards of 200 people", "upwards of 200", Q.MORE_THAN, 200, 200, INF, NEWS),
    ("north of 10,000 fans", "north of 10,000", Q.MORE_THAN, 10000, 10000, INF, NEWS),
    ("more than a dozen drones", "more than a dozen", Q.MORE_THAN, 12, 12, INF, NEWS),
    ("over a dozen", "over a dozen", Q.MORE_THAN, 12, 12, INF, NEWS),
    ("800+ drones", "800+", Q.AT_LEAST, 800, 800, INF, NEWS),
    ("a 1,000-plus crowd", "1,000-plus", Q.AT_LEAST, 1000, 1000, INF, NEWS),
    ("100 or more people", "100 or more", Q.AT_LEAST, 100, 100, INF, NEWS),
    ("at least 24 civilians", "at least 24", Q.AT_LEAST, 24, 24, INF, NEWS),
    ("no fewer than 30 boats", "no fewer than 30", Q.AT_LEAST, 30, 30, INF, NEWS),
    ("no less than 30 boats", "no less than 30", Q.AT_LEAST, 30, 30, INF, NEWS),
    ("a minimum of 12 hostages", "a minimum of 12", Q.AT_LEAST, 12, 12, INF, NEWS),
    ("up to 5,000 troops", "up to 5,000", Q.AT_MOST, 5000, -INF, 5000, NEWS),
    ("as many as 40 people", "as many as 40", Q.AT_MOST, 40, -INF, 40, NEWS),
    ("at most 3 ships", "at most 3", Q.AT_MOST, 3, -INF, 3, NEWS),
    ("no more than 10 people", "no more than 10", Q.AT_MOST, 10, -INF, 10, NEWS),
    ("a maximum of 60 days", "a maximum of 60 days", Q.AT_MOST, 60, -INF, 60, NEWS),
    ("less than 5 percent", "less than 5 percent", Q.LESS_THAN, 5, -INF, 5, NEWS),
    ("fewer than 100 people", "fewer than 100", Q.LESS_THAN, 100, -INF, 100, NEWS),
    ("under 18 years", "under 18 years", Q.LESS_THAN, 18, -INF, 18, NEWS),
    ("below 20 percent", "below 20 percent", Q.LESS_THAN, 20, -INF, 20, NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "surface", "qualifier", "nominal", "low", "high", "provenance"),
    APPROXIMATORS,
    ids=[a[0] for a in APPROXIMATORS],
)
def test_invented_approximators(
    phrase: str,
    surface: str,
    qualifier: Qualifier,
    nominal: float,
    low: float,
    high: float,
    provenance: str,
) -> None:
    q = parse_quantity(phrase)
    assert q.surface == surface
    assert q.qualifier is qualifier
    assert q.nominal == pytest.approx(nominal)
    assert _bounds(q)[0] == pytest.approx(low)
    assert _bounds(q)[1] == pytest.approx(high)
    if qualifier is not Q.EXACT:
        assert q.hedge is not None


RANGES = [
    (
        "between 110,000 and 150,000 people",
        "between 110,000 and 150,000",
        110000,
        150000,
        "person",
        NEWS,
    ),
    ("14,500 to 25,000 people", "14,500 to 25,000", 14500, 25000, "person", NEWS),
    ("10-15 people", "10-15", 10, 15, "person", NEWS),
    ("10–15 people", "10–15", 10, 15, "person", NEWS),
    ("from 10 to 20 drones", "from 10 to 20", 10, 20, "drone", NEWS),
    ("two or three people", "two or three", 2, 3, "person", NEWS),
    ("between 3 and 5 million people", "between 3 and 5 million", 3e6, 5e6, "person", NEWS),
    (
        "10,000 to 20,000 subscribers",
        "10,000 to 20,000",
        10000,
        20000,
        "subscriber",
        NEWS,
    ),
]


NOT_RANGES = [
    # A change followed by the level it reached: two figures, never one range.
    ("Shares fell 2.1% to $38.40 in New York.", ["2.1%", "$38.40"], NEWS),
    ("The index rose 10 percent to 3,400 points.", ["10 percent", "3,400"], NEWS),
]


@pytest.mark.parametrize(
    ("text", "surfaces", "provenance"), NOT_RANGES, ids=[r[0] for r in NOT_RANGES]
)
def test_a_change_and_a_level_are_not_a_range(
    text: str, surfaces: list[str], provenance: str
) -> None:
    assert [q.surface for q in find_quantities(text)] == surfaces


@pytest.mark.parametrize(
    ("phrase", "surface", "low", "high", "noun", "provenance"), RANGES, ids=[r[0] for r in RANGES]
)
def test_invented_ranges(
    phrase: str, surface: str, low: float, high: float, noun: str, provenance: str
) -> None:
    q = parse_quantity(phrase)
    assert (q.surface, q.qualifier) == (surface, Q.RANGE)
    assert (q.value.low, q.value.high) == (low, high)
    assert (q.value.low_closed, q.value.high_closed) == (True, True)
    assert q.nominal == low
    assert q.noun == noun


VAGUE = [
    ("dozens of locations", "dozens", "dozens", "location", "seed 004"),
    ("scores of people were injured", "scores", "scores", "person", NEWS),
    ("hundreds of homes", "hundreds", "hundreds", "home", NEWS),
    (
        "thousands of people",
        "thousands",
        "thousands",
        "person",
        "fixture lisbon-pension-strike-2027-03",
    ),
    ("tens of thousands of people", "tens of thousands", "tens of thousands", "person", NEWS),
    ("Hundreds of thousands marched", "Hundreds of thousands", "hundreds of thousands", None, NEWS),
    ("millions of dollars", "millions", "millions", "dollar", NEWS),
    ("several buildings", "several", "several", "building", NEWS),
    ("a few days", "a few", "a few", "day", NEWS),
    ("a handful of protesters", "a handful", "a handful", "protester", NEWS),
    ("a couple of soldiers", "a couple", "a couple", "soldier", NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "surface", "key", "noun", "provenance"), VAGUE, ids=[v[0] for v in VAGUE]
)
def test_invented_vague(
    phrase: str, surface: str, key: str, noun: str | None, provenance: str
) -> None:
    q = parse_quantity(phrase)
    bounds = P.vague(key)
    assert bounds is not None
    assert (q.surface, q.qualifier) == (surface, Q.VAGUE)
    assert (q.value.low, q.value.high) == bounds
    assert q.nominal == bounds[0]
    assert q.noun == noun


def test_vague_uses_the_policy() -> None:
    policy = Policy(vague_bounds={"dozens": (36.0, 200.0)})
    q = parse_quantity("dozens of villages", policy=policy)
    assert (q.value.low, q.value.high, q.nominal) == (36.0, 200.0, 36.0)


def test_widths_use_the_policy() -> None:
    policy = Policy(approximate_width=0.2, nearly_width=0.05)
    assert _bounds(parse_quantity("about 50", policy=policy)) == (40, 60)
    assert _bounds(parse_quantity("nearly 1000", policy=policy)) == (950, 1000)


def test_zero_nearly_width_keeps_a_valid_interval() -> None:
    q = parse_quantity("nearly 900", policy=Policy(nearly_width=0.0))
    assert (q.value.low, q.value.high, q.value.high_closed) == (None, 900, False)


NUMBER_FORMS = [
    ("1,300 drones", 1300, "seed 000"),
    ("1.300 drones", 1300, NEWS),
    ("1 300 drones", 1300, NEWS),  # wire-style plain space
    ("1\u00a0300 drones", 1300, NEWS),
    ("1\u202f300 drones", 1300, NEWS),
    ("1\u2009300 drones", 1300, NEWS),
    ("1,234,567 people", 1234567, NEWS),
    ("1.234.567 people", 1234567, NEWS),
    ("71.63%", 71.63, NEWS),
    ("-5 degrees", -5, NEWS),
    ("+3 points", 3, NEWS),
    ("eight hundred", 800, NEWS),
    ("twenty-five", 25, NEWS),
    ("twenty five", 25, NEWS),
    ("one hundred and twenty", 120, NEWS),
    ("a hundred and five", 105, NEWS),
    ("one and a half million", 1.5e6, NEWS),
    ("half a million", 5e5, NEWS),
    ("a million people", 1e6, NEWS),
    ("two dozen", 24, NEWS),
    ("a dozen", 12, NEWS),
    ("half a dozen", 6, NEWS),
    ("a score of drones", 20, NEWS),
    ("1.3 million", 1.3e6, NEWS),
    ("10.6m viewers", 10.6e6, NEWS),
    ("3.5 billion", 3.5e9, NEWS),
    ("400k", 4e5, NEWS),
    ("2.5bn", 2.5e9, NEWS),
    ("2 million", 2e6, NEWS),
    ("seven thousand", 7000, NEWS),
    ("three hundred thousand", 300000, NEWS),
    ("Eight locations", 8, NEWS),
    # A fraction of a scale word is a count, not a share.
    ("a quarter of a million people", 250_000, NEWS),
    ("three quarters of a million homes", 750_000, NEWS),
    ("half of a million", 500_000, NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "value", "provenance"), NUMBER_FORMS, ids=[n[0] for n in NUMBER_FORMS]
)
def test_invented_number_forms(phrase: str, value: float, provenance: str) -> None:
    q = parse_quantity(phrase)
    assert q.nominal == pytest.approx(value)
    assert q.value.low == pytest.approx(value)
    assert q.value.high == pytest.approx(value)
    assert q.qualifier is Q.EXACT


def test_a_fraction_of_a_scale_word_spans_the_whole_phrase() -> None:
    q = parse_quantity("about a quarter of a million people")
    assert q.surface == "about a quarter of a million"
    assert (q.unit, q.noun, q.qualifier) == (None, "person", Q.APPROXIMATE)
    assert parse_quantity("a third of the homes").unit == "percent"  # a share stays a share


HEDGED_WORDS = [
    ("nearly two dozen people", Q.NEARLY, 24, NEWS),
    ("more than a dozen", Q.MORE_THAN, 12, NEWS),
    ("about a million", Q.APPROXIMATE, 1e6, NEWS),
    ("at least seven countries", Q.AT_LEAST, 7, "seed 004"),
]


@pytest.mark.parametrize(
    ("phrase", "qualifier", "nominal", "provenance"), HEDGED_WORDS, ids=[h[0] for h in HEDGED_WORDS]
)
def test_hedged_number_words(
    phrase: str, qualifier: Qualifier, nominal: float, provenance: str
) -> None:
    q = parse_quantity(phrase)
    assert (q.qualifier, q.nominal) == (qualifier, nominal)


# (phrase, surface, nominal, unit, kind)
UNITS = [
    ("up to 50 percent", "up to 50 percent", 50, "percent", K.PERCENT, "seed 003"),
    ("50 per cent", "50 per cent", 50, "percent", K.PERCENT, NEWS),
    ("85% contained", "85%", 85, "percent", K.PERCENT, NEWS),
    ("a third of the drones", "a third", 100 / 3, "percent", K.PERCENT, NEWS),
    ("two-thirds of voters", "two-thirds", 200 / 3, "percent", K.PERCENT, NEWS),
    ("one in six adults", "one in six", 100 / 6, "percent", K.PERCENT, NEWS),
    ("half of the homes", "half", 50, "percent", K.PERCENT, NEWS),
    ("$2.5bn", "$2.5bn", 2.5e9, "USD", K.MONEY, NEWS),
    ("$5.5 billion", "$5.5 billion", 5.5e9, "USD", K.MONEY, NEWS),
    ("US$5 million", "US$5 million", 5e6, "USD", K.MONEY, NEWS),
    ("USD 5 million", "USD 5 million", 5e6, "USD", K.MONEY, NEWS),
    ("€300 million", "€300 million", 3e8, "EUR", K.MONEY, NEWS),
    ("£3bn", "£3bn", 3e9, "GBP", K.MONEY, NEWS),
    ("¥20 billion", "¥20 billion", 2e10, "JPY", K.MONEY, NEWS),
    ("100 yuan", "100 yuan", 100, "CNY", K.MONEY, NEWS),
    ("5 million rupees", "5 million rupees", 5e6, "INR", K.MONEY, NEWS),
    ("20 million baht", "20 million baht", 2e7, "THB", K.MONEY, NEWS),
    ("1.5 billion Philippine pesos", "1.5 billion Philippine pesos", 1.5e9, "PHP", K.MONEY, NEWS),
    ("1200 euros per month", "1200 euros", 1200, "EUR", K.MONEY, NEWS),
    ("20 dollars", "20 dollars", 20, "USD", K.MONEY, NEWS),
    ("$10m", "$10m", 1e7, "USD", K.MONEY, NEWS),
    ("about 17 miles", "about 17 miles", 17, "mile", K.LENGTH, NEWS),
    ("27 km", "27 km", 27, "kilometer", K.LENGTH, NEWS),
    ("10 kilometers", "10 kilometers", 10, "kilometer", K.LENGTH, NEWS),
    ("10 kilometres", "10 kilometres", 10, "kilometer", K.LENGTH, NEWS),
    ("a 1,000-kilometre line", "1,000-kilometre", 1000, "kilometer", K.LENGTH, NEWS),
    ("300 metres", "300 metres", 300, "meter", K.LENGTH, NEWS),
    ("a 100m sprint", "100m", 100, "meter", K.LENGTH, NEWS),
    ("5,000 feet", "5,000 feet", 5000, "foot", K.LENGTH, NEWS),
    ("878 ha", "878 ha", 878, "hectare", K.AREA, NEWS),
    ("850 hectares", "850 hectares", 850, "hectare", K.AREA, NEWS),
    ("2,100 acres", "2,100 acres", 2100, "acre", K.AREA, NEWS),
    ("10 square kilometres", "10 square kilometres", 10, "square_kilometer", K.AREA, NEWS),
    ("5 km2", "5 km2", 5, "square_kilometer", K.AREA, NEWS),
    ("3 sq km", "3 sq km", 3, "square_kilometer", K.AREA, NEWS),
    ("12 square miles", "12 square miles", 12, "square_mile", K.AREA, NEWS),
    ("magnitude 6.1", "magnitude 6.1", 6.1, "magnitude", K.MEASURE, NEWS),
    ("a 6.1-magnitude quake", "6.1-magnitude", 6.1, "magnitude", K.MEASURE, NEWS),
    ("the magnitude-6.1 quake", "magnitude-6.1", 6.1, "magnitude", K.MEASURE, NEWS),
    ("an M9.5 earthquake", "M9.5", 9.5, "magnitude", K.MEASURE, NEWS),
    ("a magnitude of 6.5", "magnitude of 6.5", 6.5, "magnitude", K.MEASURE, NEWS),
    ("the roughly 18-hour onslaught", "roughly 18-hour", 18, "hour", K.MEASURE, NEWS),
    ("30 mph winds", "30 mph", 30, "mile_per_hour", K.MEASURE, NEWS),
    ("-5°C", "-5°C", -5, "degree_Celsius", K.MEASURE, NEWS),
    # Degrees glued to the figure, the way UK papers write temperatures.
    ("temperatures hit 40C on Tuesday", "40C", 40, "degree_Celsius", K.MEASURE, NEWS),
    ("a high of 46.2C.", "46.2C", 46.2, "degree_Celsius", K.MEASURE, NEWS),
    ("a heat index of 104F", "104F", 104, "degree_Fahrenheit", K.MEASURE, NEWS),
    # Rain, snow and hail are measured in millimetres, centimetres and inches.
    ("up to 400 mm of rain", "up to 400 mm", 400, "millimeter", K.LENGTH, NEWS),
    ("30 centimetres of snow", "30 centimetres", 30, "centimeter", K.LENGTH, NEWS),
    ("5 inches of rain", "5 inches", 5, "inch", K.LENGTH, NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "surface", "nominal", "unit", "kind", "provenance"), UNITS, ids=[u[0] for u in UNITS]
)
def test_invented_units(
    phrase: str, surface: str, nominal: float, unit: str, kind: QuantityKind, provenance: str
) -> None:
    q = parse_quantity(phrase)
    assert q.surface == surface
    assert q.nominal == pytest.approx(nominal)
    assert (q.unit, q.kind) == (unit, kind)


def test_unit_pairs_give_one_quantity_per_unit() -> None:
    qs = find_quantities("The fire burned 878 ha (2 170 acres) some 55 km (35 miles) away.")
    assert [(q.surface, q.unit) for q in qs] == [
        ("878 ha", "hectare"),
        ("2 170 acres", "acre"),
        ("some 55 km", "kilometer"),
        ("35 miles", "mile"),
    ]


NOUNS = [
    ("91 Russian drones", "drone", "seed 003"),
    ("nearly 900 guided bombs", "guided bomb", "seed 000"),
    ("14 Ukrainian regions", "region", "seed 000"),
    ("dozens of locations", "location", "seed 004"),
    ("430 of the drones", "drone", "seed 004"),
    ("21 of the missiles", "missile", "seed 004"),
    ("1,300 people", "person", NEWS),
    ("12 children", "child", NEWS),
    ("three women and", "woman", NEWS),
    ("40 men", "man", NEWS),
    ("5 casualties", "casualty", NEWS),
    ("36 cruise missiles", "cruise missile", NEWS),
    ("20 ballistic missiles", "ballistic missile", NEWS),
    (
        "40 police officers and paramedics",
        "police officer",
        NEWS,
    ),
    ("50 missiles of various types", "missile", "seed 001"),
    ("502 drones and 24 missiles", "drone", "seed 004"),
    ("seven countries are ready", "country", "seed 004"),
    ("one woman died", "woman", NEWS),
    ("29 Ukrainians were killed", "ukrainian", NEWS),
    ("eight locations in the country", "location", "seed 003"),
    ("80 on Friday", None, NEWS),
    # The owner in a partitive is not what is counted (bug caught with the extractor).
    ("150 of the region's 600 buses", None, NEWS),
    ("600 buses", "bus", NEWS),
    ("Police said 12.", None, NEWS),
]


@pytest.mark.parametrize(("phrase", "noun", "provenance"), NOUNS, ids=[n[0] for n in NOUNS])
def test_invented_nouns(phrase: str, noun: str | None, provenance: str) -> None:
    assert find_quantities(phrase)[0].noun == noun


def test_noun_is_not_part_of_the_surface() -> None:
    q = parse_quantity("over 1,300 drones")
    assert (q.surface, q.noun) == ("over 1,300", "drone")


def test_hedge_is_kept_as_written() -> None:
    assert parse_quantity("Over 1,300 drones").hedge == "Over"
    assert parse_quantity("more than  1,300").hedge == "more than"
    assert parse_quantity("between 1 and 2").hedge == "between"
    assert parse_quantity("91 drones").hedge is None


def test_positions_in_running_text() -> None:
    text = "Russia launched more than 1,300 drones, nearly 900 guided bombs and some 50 missiles."
    qs = find_quantities(text)
    assert [q.surface for q in qs] == ["more than 1,300", "nearly 900", "some 50"]
    for q in qs:
        assert text[q.span[0] : q.span[1]] == q.surface
    assert [q.span[0] for q in qs] == sorted(q.span[0] for q in qs)


# --------------------------------------------------------------------------- not figures

NOT_A_FIGURE = "invented: not a figure"  # provenance of the cases below

NOT_FIGURES = [
    ("at 14:11 local time", "14:11 local time", RejectReason.TIME_OF_DAY, NOT_A_FIGURE),
    ("at 14:11, police said", "14:11", RejectReason.TIME_OF_DAY, NOT_A_FIGURE),
    ("at 8:00 p.m. on Monday", "8:00 p.m.", RejectReason.TIME_OF_DAY, NOT_A_FIGURE),
    ("at 5pm", "5pm", RejectReason.TIME_OF_DAY, NOT_A_FIGURE),
    ("struck at 0830 GMT", "0830 GMT", RejectReason.TIME_OF_DAY, NOT_A_FIGURE),
    ("the clip 0:02:36 long", "0:02:36", RejectReason.MEDIA_DURATION, NOT_A_FIGURE),
    ("Podcasts\n0:00\n24:55\n", "24:55", RejectReason.MEDIA_DURATION, "seed 002"),
    ("Podcasts\n0:00\n24:55\n", "0:00", RejectReason.MEDIA_DURATION, "seed 002"),
    ("in 2022 the war", "2022", RejectReason.YEAR, NOT_A_FIGURE),
    ("the 2022 full-scale invasion", "2022", RejectReason.YEAR, NOT_A_FIGURE),
    ("since 1990, prices", "1990", RejectReason.YEAR, NOT_A_FIGURE),
    ("in the 1990s", "1990s", RejectReason.YEAR, NOT_A_FIGURE),
    ("the 2014-2015 season", "2014-2015", RejectReason.YEAR, NOT_A_FIGURE),
    ("the 2022/23 budget", "2022/23", RejectReason.YEAR, NOT_A_FIGURE),
    ("by mid-2024", "mid-2024", RejectReason.YEAR, NOT_A_FIGURE),
    ("on September 5 in Kyiv", "5", RejectReason.DATE, NOT_A_FIGURE),
    ("on Sept. 5 in Kyiv", "5", RejectReason.DATE, NOT_A_FIGURE),
    ("on 5 September 2025", "5", RejectReason.DATE, NOT_A_FIGURE),
    ("on 5 September 2025", "2025", RejectReason.YEAR, NOT_A_FIGURE),
    ("on September 5, 2025,", "2025", RejectReason.YEAR, NOT_A_FIGURE),
    ("published 2025-09-07", "2025-09-07", RejectReason.DATE, NOT_A_FIGURE),
    ("5 Sep, 2025 14:11", "5", RejectReason.DATE, "seed 002"),
    ("on the 5th of September", "5th", RejectReason.DATE, NOT_A_FIGURE),
    ("from 1-5 September", "1-5", RejectReason.DATE, NOT_A_FIGURE),
    ("the 19th package", "19th", RejectReason.ORDINAL, NOT_A_FIGURE),
    ("for the first time", "first", RejectReason.ORDINAL, NOT_A_FIGURE),
    ("a third term in office", "third", RejectReason.ORDINAL, NOT_A_FIGURE),
    ("World War 2 parade", "World War 2", RejectReason.NAME, NOT_A_FIGURE),
    ("F-16 jets", "F-16", RejectReason.NAME, NOT_A_FIGURE),
    ("S-300 systems", "S-300", RejectReason.NAME, NOT_A_FIGURE),
    ("Su-34 bombers", "Su-34", RejectReason.NAME, NOT_A_FIGURE),
    ("the Covid-19 pandemic", "Covid-19", RejectReason.NAME, NOT_A_FIGURE),
    ("the G7 summit", "G7", RejectReason.NAME, NOT_A_FIGURE),
    ("a Boeing 737 jet", "Boeing 737", RejectReason.NAME, NOT_A_FIGURE),
    ("NATO's Article 5 clause", "Article 5", RejectReason.NAME, NOT_A_FIGURE),
    ("outside No. 10 today", "No. 10", RejectReason.NAME, NOT_A_FIGURE),
    ("flight MH17 was", "MH17", RejectReason.NAME, NOT_A_FIGURE),
    ("call +380 44 123 4567 today", "+380 44 123 4567", RejectReason.NAME, NOT_A_FIGURE),
    ("call (555) 123-4567 today", "(555) 123-4567", RejectReason.NAME, NOT_A_FIGURE),
    ("Leopard 2 tanks", "Leopard 2", RejectReason.NAME, NOT_A_FIGURE),
    # A letter glued to a figure after a label word is a name, even C or F.
    ("take seat 12C now", "12C", RejectReason.NAME, NOT_A_FIGURE),
    (
        "across Highway 97C overnight",
        "Highway 97C",
        RejectReason.NAME,
        "fixture kettle-ridge-wildfire-2028-08",
    ),
    ("file Form 1040F today", "1040F", RejectReason.NAME, NOT_A_FIGURE),
    ("the 12C-3 result", "12C-3", RejectReason.NAME, NOT_A_FIGURE),
    (
        "see https://example.com/2023/08/13/story-12",
        "https://example.com/2023/08/13/story-12",
        RejectReason.NAME,
        NOT_A_FIGURE,
    ),
    ("it was one of the largest", "one", RejectReason.DETERMINER, NOT_A_FIGURE),
    ("a one-on-one meeting", "one-on-one", RejectReason.DETERMINER, "seed 004"),
    ("no one was hurt", "one", RejectReason.DETERMINER, NOT_A_FIGURE),
    ("the one that got away", "one", RejectReason.DETERMINER, NOT_A_FIGURE),
    ("one could argue", "one", RejectReason.DETERMINER, NOT_A_FIGURE),
]


@pytest.mark.parametrize(
    ("text", "surface", "reason", "provenance"), NOT_FIGURES, ids=[f"{n[0]!r}" for n in NOT_FIGURES]
)
def test_not_figures(text: str, surface: str, reason: RejectReason, provenance: str) -> None:
    found, rejected = scan(text)
    assert surface not in {q.surface for q in found}
    assert (surface, reason) in {(r.surface, r.reason) for r in rejected}
    _check_accounting(text)


@pytest.mark.parametrize(
    ("text", "provenance"),
    [
        ("Putin offered a blunt message to Kyiv's partners.", NOT_A_FIGURE),
        ("It is a sign of the times.", NOT_A_FIGURE),
        ("Someone said that anyone can come.", NOT_A_FIGURE),
        ("at 14:11 in 2022 on September 5 after World War 2", NOT_A_FIGURE),
    ],
    ids=["blunt-message", "sign-of-the-times", "anyone", "times-years-dates"],
)
def test_texts_without_figures(text: str, provenance: str) -> None:
    assert find_quantities(text) == []


def test_a_hedged_one_is_a_figure() -> None:
    q = parse_quantity("at least one of the drones")
    assert (q.surface, q.qualifier, q.nominal, q.noun) == (
        "at least one",
        Q.AT_LEAST,
        1,
        "drone",
    )


def test_years_that_count_things() -> None:
    assert parse_quantity("killed 2000 people").nominal == 2000
    assert parse_quantity("about 2015 people").qualifier is Q.APPROXIMATE


def test_change_is_not_a_range() -> None:
    qs = find_quantities("The toll rose from 80 to 93 people.")
    assert [(q.surface, q.qualifier) for q in qs] == [("80", Q.EXACT), ("93", Q.EXACT)]


# --------------------------------------------------------------------------- bugs caught


BUGS = [
    # A missing sign read as a minus: every figure came out negative.
    ("91 drones", "91", 91, "bug: scanner"),
    # A possessive plural ended up inside the noun.
    ("three countries' leaders", "three", 3, "seed 003"),
    # "Sept. 5" (abbreviation with a dot) was read as a figure.
    ("on Sept. 5 and 12 drones", "12", 12, "bug: scanner"),
    # A comma before a four-digit count made it a year ("5 Sep, 2025" style).
    ("On Sunday, 1500 people marched.", "1500", 1500, "bug: scanner"),
]


@pytest.mark.parametrize(
    ("text", "surface", "nominal", "provenance"), BUGS, ids=[b[0] for b in BUGS]
)
def test_bugs_caught(text: str, surface: str, nominal: float, provenance: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.nominal) == (surface, nominal)


def test_possessive_noun() -> None:
    assert parse_quantity("three countries' leaders").noun == "country"


# --------------------------------------------------------------------------- errors


def test_parse_error_says_what_was_given() -> None:
    with pytest.raises(ParseError, match=r"no quantity in 'no figures here'.*'more than 1,300'"):
        parse_quantity("no figures here")


def test_parse_error_names_the_rejected_mention() -> None:
    with pytest.raises(ParseError, match="time of day"):
        parse_quantity("14:11")


@pytest.mark.parametrize("bad", [b"12 drones", 12, None, ["12"]])
def test_non_text_is_an_input_error(bad: object) -> None:
    with pytest.raises(InputError, match="takes text"):
        parse_quantity(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_quantities(bad)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        scan(bad)  # type: ignore[arg-type]


def test_empty_text() -> None:
    assert scan("") == ([], [])
    with pytest.raises(ParseError):
        parse_quantity("")


def test_public_names() -> None:
    assert discrepancy.parse_quantity is parse_quantity
    assert discrepancy.find_quantities is find_quantities


# --------------------------------------------------------------------------- hangs


@pytest.mark.parametrize(
    "junk",
    [
        "1" * 1_000_000,
        "," * 1_000_000,
        "more than " * 100_000,
        "a" * 1_000_000,
        "$" * 1_000_000,
        "12:" * 300_000,
        "1/" * 500_000,
        # Dense junk where every trigger becomes a figure: smaller, same hang check.
        "1," * 50_000,
        "one " * 25_000,
        "1 " * 50_000,
        "1-" * 50_000,
        "twenty-" * 15_000,
    ],
    ids=[
        "digits",
        "commas",
        "hedges",
        "letters",
        "dollars",
        "colons",
        "slashes",
        "digit-commas",
        "ones",
        "spaced-digits",
        "hyphens",
        "twenty-",
    ],
)
def test_megabyte_of_junk_completes(junk: str) -> None:
    # A hang detector, not a speed assertion: linear work finishes far inside this.
    started = time.process_time()
    scan(junk)
    assert time.process_time() - started < 60


# --------------------------------------------------------------------------- properties

_DIGIT_RUN = re.compile(r"[0-9]+")
_NUMBER_WORD_SET = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    ]
)
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _number_words(text: str) -> list[tuple[int, int]]:
    """Number words as whole words: not touching another letter or digit."""
    out = []
    for m in _ASCII_WORD.finditer(text):
        s, e = m.span()
        if m.group().lower() not in _NUMBER_WORD_SET:
            continue
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            continue
        out.append((s, e))
    return out


def _check_accounting(text: str) -> None:
    found, rejected = scan(text)
    assert find_quantities(text) == found
    spans: list[tuple[int, int]] = []
    items: list[Quantity | Rejected] = [*found, *rejected]
    for item in items:
        s, e = item.span
        assert text[s:e] == item.surface
        assert 0 <= s < e <= len(text)
        spans.append((s, e))
    for q in found:
        # Every model is valid as built (re-validate to catch skipped checks).
        Quantity.model_validate(q.model_dump())
        assert q.value.low is None or q.value.low <= q.nominal
        assert q.value.high is None or q.nominal <= q.value.high
    for r in rejected:
        Rejected.model_validate(r.model_dump())
    spans.sort()
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2, f"overlapping spans in {text!r}: {spans}"
    starts = [s for s, _ in spans]
    mentions = [m.span() for m in _DIGIT_RUN.finditer(text)] + _number_words(text)
    for s, e in mentions:
        i = bisect.bisect_right(starts, s) - 1
        assert i >= 0, f"{text[s:e]!r} at {s} is in no span of {text!r}"
        # bisect guarantees spans[i][0] <= s; the mention must also end inside it.
        assert e <= spans[i][1], f"{text[s:e]!r} at {s} is in no span of {text!r}: {spans}"


_PIECES = st.sampled_from(
    [
        "one",
        "One",
        "ONE",
        "two",
        "twenty",
        "-",
        "five",
        "hundred",
        "thousand",
        "million",
        "a",
        "an",
        "dozen",
        "dozens",
        "of",
        "the",
        "first",
        "third",
        "half",
        "and",
        "or",
        "to",
        "between",
        "more than",
        "nearly",
        "about",
        "at least",
        "up to",
        "over",
        "+",
        "plus",
        "%",
        "percent",
        "$",
        "€",
        "km",
        "miles",
        "m",
        "bn",
        "k",
        "September",
        "Sept.",
        "May",
        "World War",
        "Article",
        "F",
        "No.",
        ":",
        ",",
        ".",
        "/",
        "'",
        "’",
        "(",
        ")",
        "\n",
        " ",
        " ",
        " ",
        "\u00a0",
        "\u2009",
        "s",
        "th",
        "x",
        "in",
        "one-on-one",
        "from",
        "rose",
        "magnitude",
        "M",
        "drones",
        "people",
        "Russian",
        "https://",
        "www.",
        "@",
    ]
)
_NUMERALS = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.sampled_from(
        [
            "1,300",
            "0:00",
            "14:11",
            "0:02:36",
            "2022",
            "19th",
            "2025-09-07",
            "1 300",
            "10-15",
            "800",
            "24:55",
            "1990s",
            "4567",
        ]
    ),
)
_NEWSY_TEXT = st.lists(st.one_of(_PIECES, _NUMERALS, st.text(max_size=3)), max_size=40).map(
    lambda parts: "".join(p if i % 3 else p + " " for i, p in enumerate(parts))
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWSY_TEXT)
def test_property_accounting_on_newsy_text(text: str) -> None:
    _check_accounting(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_property_never_raises_on_unicode(text: str) -> None:
    _check_accounting(text)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1000, max_value=10**12),
    st.sampled_from([",", "\u00a0", "\u202f", "\u2009", " "]),
)
def test_property_separated_digits_round_trip(n: int, sep: str) -> None:
    q = parse_quantity(_group(n, sep))
    assert (q.nominal, q.qualifier) == (n, Q.EXACT)


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, conj: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
        if n and conj:
            parts.append("and")
    if n >= 20:
        tens = _TENS[n // 10]
        parts.append(f"{tens}{'-' if hyphen else ' '}{_ONES[n % 10]}" if n % 10 else tens)
    elif n >= 10:
        parts.append(_TEENS[n - 10])
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def _english(n: int, hyphen: bool = True, conj: bool = False) -> str:
    """A small English renderer for 1 <= n < 1,000,000 (written for this test)."""
    if n >= 1000:
        head = f"{_below_thousand(n // 1000, hyphen, conj)} thousand"
        rest = n % 1000
        return f"{head} {_below_thousand(rest, hyphen, conj)}" if rest else head
    return _below_thousand(n, hyphen, conj)


def test_english_renderer() -> None:
    assert _english(123456, conj=True) == (
        "one hundred and twenty-three thousand four hundred and fifty-six"
    )
    assert _english(20) == "twenty"
    assert _english(7000) == "seven thousand"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.booleans(), st.booleans())
def test_property_english_words_round_trip(n: int, hyphen: bool, conj: bool) -> None:
    text = _english(n, hyphen, conj)
    q = parse_quantity(text)
    assert q.nominal == n, text
    assert q.surface == text


@settings(max_examples=300, deadline=None)
@given(phrase_cases())
def test_property_shared_phrase_strategy(case: object) -> None:
    phrase = case.phrase  # type: ignore[attr-defined]
    q = parse_quantity(phrase)
    assert q.value == case.value, phrase  # type: ignore[attr-defined]
    assert q.qualifier is case.qualifier  # type: ignore[attr-defined]
    assert q.unit == case.unit  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["about", "nearly", "more than", "at least", "up to", "fewer than", ""]),
    st.integers(min_value=0, max_value=10**9),
    st.floats(min_value=0.0, max_value=0.99),
    st.floats(min_value=0.0, max_value=0.99),
)
def test_property_nominal_within_bounds(hedge: str, n: int, wa: float, wn: float) -> None:
    policy = Policy(approximate_width=wa, nearly_width=wn)
    q = parse_quantity(f"{hedge} {n:,}".strip(), policy=policy)
    assert q.nominal == n
    assert q.value.low is None or q.value.low <= q.nominal
    assert q.value.high is None or q.nominal <= q.value.high
    Interval.model_validate(q.value.model_dump())


SOUTH_ASIAN_SCALES = [
    # text, low = high, unit: lakh and crore scale a figure as million does
    ("1.5 lakh", 150_000.0, None, "invented: South Asian scales"),
    ("two lakh", 200_000.0, None, "invented: South Asian scales"),
    ("Rs 2,000 crore", 2e10, "INR", "invented: South Asian scales"),
    ("Tk 500 crore", 5e9, "BDT", "invented: South Asian scales"),
    ("3 crores", 3e7, None, "invented: South Asian scales"),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "provenance"),
    SOUTH_ASIAN_SCALES,
    ids=[c[0] for c in SOUTH_ASIAN_SCALES],
)
def test_lakh_and_crore_scale_a_figure(
    text: str, value: float, unit: str | None, provenance: str
) -> None:
    q = parse_quantity(text)
    assert (q.value.low, q.value.high, q.unit) == (value, value, unit)


VAGUE_IN_DOZENS = [
    # text, low, high: a vague count of dozens is that many twelves
    ("several dozen", 36.0, 108.0, NEWS),
    ("a couple of dozen", 24.0, 36.0, NEWS),
    ("a few dozen", 24.0, 60.0, NEWS),
]


@pytest.mark.parametrize(
    ("text", "low", "high", "provenance"), VAGUE_IN_DOZENS, ids=[c[0] for c in VAGUE_IN_DOZENS]
)
def test_vague_dozens(text: str, low: float, high: float, provenance: str) -> None:
    q = parse_quantity(text)
    assert (q.value.low, q.value.high, q.surface) == (low, high, text)


def test_shy_of_is_nearly() -> None:
    q = parse_quantity("shy of 100")
    assert q.qualifier.value == "nearly"
    assert q.value.high == 100.0
    assert not q.value.high_closed
