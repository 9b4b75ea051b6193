"""The seed specification (``../shared/SEED_FACTS.md``): the figures of the five seed
articles end to end, with their subjects, values, windows and sources, what is no figure
there, and the bugs the review of their goldens caught."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from discrepancy import Qualifier, TimeBasis, extract, load_article
from discrepancy.models import Extraction, Fact, RejectReason
from tests.helpers import ANY, SEEDS, Anything, fact_covering

PUBLISHED = {
    "000": None,
    "001": date(2025, 9, 7),
    "002": datetime(2025, 9, 5, 14, 11),
    "003": None,
    "004": date(2025, 9, 4),
}


def _seed(prefix: str) -> Extraction:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract(load_article(path), published=PUBLISHED[prefix])


_CACHE: dict[str, Extraction] = {}


def seed(prefix: str) -> Extraction:
    if prefix not in _CACHE:
        _CACHE[prefix] = _seed(prefix)
    return _CACHE[prefix]


Bound = float | None | Anything


def check_value(fact: Fact, low: Bound, high: Bound, qualifier: Qualifier) -> None:
    """The qualifier, both bounds (None: unbounded; ANY: worked out by the policy), and
    which ends are closed, as the qualifier says."""
    assert fact.quantity.qualifier is qualifier
    value = fact.quantity.value
    assert (value.low, value.high) == (low, high)
    if qualifier is Qualifier.EXACT:
        assert value.is_point
    if qualifier is Qualifier.MORE_THAN:
        assert not value.low_closed
    if qualifier is Qualifier.AT_LEAST:
        assert value.low_closed
    if qualifier is Qualifier.NEARLY:
        assert not value.high_closed
    if qualifier is Qualifier.AT_MOST:
        assert value.high_closed
    if qualifier is Qualifier.APPROXIMATE:
        assert value.low is not None
        assert value.high is not None
        assert value.low < fact.quantity.nominal < value.high


ZEL = ("Zelensky", None)


ZEL_EURONEWS = ("Zelensky", "EuroNews")


UAF = ("Ukrainian Air Force", None)


SEPT_1_5 = "span:????-09-01..????-09-05"


SEPT_1_5_2025 = "span:2025-09-01..2025-09-05"


NIGHT_003 = "night:unresolved:overnight"


NIGHT_004 = "night:2025-09-03..2025-09-04"


SEED_FIGURES = [
    # seed, locator, figure, subject, low, high, qualifier, window key, (source, via);
    # None must be None (no bound, no source), ANY is not checked
    ("000", "over 1,300 drones", "1,300", "drone", 1300, None, Qualifier.MORE_THAN, SEPT_1_5, ZEL),
    (
        "000",
        "nearly 900 guided bombs",
        "900",
        "guided bomb",
        ANY,
        900,
        Qualifier.NEARLY,
        SEPT_1_5,
        ZEL,
    ),
    ("000", "around 50 missiles", "50", "missile", ANY, ANY, Qualifier.APPROXIMATE, SEPT_1_5, ZEL),
    ("000", "across 14 Ukrainian regions", "14", "region", 14, 14, Qualifier.EXACT, SEPT_1_5, ZEL),
    (
        "001",
        "more than 1,300 drones",
        "1,300",
        "drone",
        1300,
        None,
        Qualifier.MORE_THAN,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    (
        "001",
        "nearly 900 guided bombs",
        "900",
        "guided bomb",
        ANY,
        900,
        Qualifier.NEARLY,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    (
        "001",
        "some 50 missiles",
        "50",
        "missile",
        ANY,
        ANY,
        Qualifier.APPROXIMATE,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    ("001", "hit 14 regions", "14", "region", 14, 14, Qualifier.EXACT, SEPT_1_5_2025, ZEL_EURONEWS),
    ("003", "91 Russian drones", "91", "drone", 91, 91, Qualifier.EXACT, NIGHT_003, UAF),
    ("003", "18 strikes", "18", "strike", 18, 18, Qualifier.EXACT, NIGHT_003, UAF),
    ("003", "eight locations", "eight", "location", 8, 8, Qualifier.EXACT, NIGHT_003, UAF),
    (
        "003",
        "up to 50 percent",
        "50",
        "tariff",
        None,
        50,
        Qualifier.AT_MOST,
        "span:????-08-21..????-08-31",
        None,
    ),
    ("004", "502 drones", "502", "drone", 502, 502, Qualifier.EXACT, NIGHT_004, UAF),
    ("004", "24 missiles", "24", "missile", 24, 24, Qualifier.EXACT, NIGHT_004, UAF),
    (
        "004",
        "intercept 430 of the drones",
        "430",
        "drone",
        430,
        430,
        Qualifier.EXACT,
        NIGHT_004,
        UAF,
    ),
    ("004", "21 of the missiles", "21", "missile", 21, 21, Qualifier.EXACT, NIGHT_004, UAF),
    (
        "004",
        "at least seven countries",
        "seven",
        "country",
        7,
        None,
        Qualifier.AT_LEAST,
        ANY,
        ("Sybiha", None),
    ),
    (
        "004",
        "dozens of locations",
        "dozens",
        "location",
        24,
        None,
        Qualifier.VAGUE,
        NIGHT_004,
        None,
    ),
]


@pytest.mark.parametrize(
    ("prefix", "locator", "figure", "subject", "low", "high", "qualifier", "window", "said_by"),
    SEED_FIGURES,
    ids=[f"{row[0]}-{row[1]}" for row in SEED_FIGURES],
)
def test_seed_figures(
    prefix: str,
    locator: str,
    figure: str,
    subject: str,
    low: Bound,
    high: Bound,
    qualifier: Qualifier,
    window: str | Anything,
    said_by: tuple[str, str | None] | None,
) -> None:
    fact = fact_covering(seed(prefix), figure, within=locator)
    assert fact.subject == subject
    check_value(fact, low, high, qualifier)
    assert (fact.time.key() if fact.time else None) == window
    if isinstance(window, str):
        assert fact.time_basis in (TimeBasis.STATED, TimeBasis.CONTEXT)
    attribution = fact.attribution
    assert ((attribution.source, attribution.via) if attribution else None) == said_by


def test_seed_004_parts_point_at_their_wholes() -> None:
    ex = seed("004")
    launched = fact_covering(ex, "502", within="502 drones")
    missiles = fact_covering(ex, "24", within="24 missiles")
    assert ex.facts[fact_covering(ex, "430", within="430 of the drones").part_of or 0] == launched
    assert ex.facts[fact_covering(ex, "21", within="21 of the missiles").part_of or 0] == missiles
    assert fact_covering(ex, "430", within="430 of the drones").event == "intercepted"
    assert launched.event == "launched"
    assert launched.actor == "Russia"


def test_seed_003_no_casualties_is_a_zero_fact() -> None:
    ex = seed("003")
    zero = [f for f in ex.facts if f.negated]
    assert [f.surface for f in zero] == ["No casualties"]
    fact = zero[0]
    assert fact.subject == "casualty"
    assert fact.quantity.value.is_point
    assert fact.quantity.value.low == 0
    assert fact.attribution is None
    assert fact.time is not None
    assert fact.time.key() == NIGHT_003


def test_seed_001_regions_inherit_the_window_from_context() -> None:
    fact = fact_covering(seed("001"), "14", within="hit 14 regions")
    assert fact.time_basis is TimeBasis.CONTEXT
    assert fact.time_surface == "the first five days of September"
    assert fact.event == "hit"


def test_seed_000_window_keeps_the_year_unknown() -> None:
    fact = fact_covering(seed("000"), "1,300", within="over 1,300 drones")
    assert fact.time is not None
    assert not fact.time.year_known
    assert fact.time.month_day == ((9, 1), (9, 5))
    # "revealing that in just the first five days...": the time is in the reported clause.
    assert fact.time_basis is TimeBasis.STATED
    assert fact.actor == "Russia"
    assert fact.event == "launched"


NOT_FIGURES = [
    ("002", "0:00"),
    ("002", "24:55"),
    ("002", "15:36"),
    ("003", "0:02:36"),
    ("003", "27\u00a0languages"),
    ("003", "23\u00a0countries"),
    ("003", "2022 full-scale"),
    ("003", "19th package"),
    ("004", "World War 2"),
]


@pytest.mark.parametrize(("prefix", "phrase"), NOT_FIGURES, ids=[p for _, p in NOT_FIGURES])
def test_seed_not_figures(prefix: str, phrase: str) -> None:
    ex = seed(prefix)
    text = ex.article.text
    at = text.find(phrase)
    assert at >= 0
    span = (at, at + len(phrase))
    assert not [f for f in ex.facts if f.span[0] < span[1] and span[0] < f.span[1]]


def test_seed_debris_figures_are_rejected_as_boilerplate() -> None:
    ex = seed("003")
    text = ex.article.text
    at = text.find("27\u00a0languages")
    reasons = {r.reason for r in ex.rejected if r.span[0] <= at < r.span[1]}
    assert reasons == {RejectReason.BOILERPLATE}


def test_seed_000_regions_are_hit_by_the_actor_of_the_verb() -> None:
    fact = fact_covering(seed("000"), "14", within="across 14 Ukrainian regions")
    assert (fact.event, fact.actor, fact.location) == ("hit", "Russia", "Ukraine")


def test_seed_003_drones_in_an_attack_report_were_launched() -> None:
    fact = fact_covering(seed("003"), "91", within="91 Russian drones")
    assert (fact.event, fact.actor) == ("launched", "Russia")


def test_seed_003_the_three_countries_leaders_is_no_count() -> None:
    ex = seed("003")
    at = ex.article.text.find("three countries' leaders")
    assert not [f for f in ex.facts if f.span[0] == at]
    assert any(r.span[0] == at and r.reason is RejectReason.DETERMINER for r in ex.rejected)


def test_seed_004_possessive_country_yields_to_the_city() -> None:
    fact = fact_covering(seed("004"), "one", within="At least one of the Russian drones")
    assert fact.location == "Kyiv"


def test_seed_004_right_now_is_the_publication_day() -> None:
    fact = fact_covering(seed("004"), "seven", within="at least seven countries")
    assert fact.time is not None
    assert fact.time.key() == "day:2025-09-04..2025-09-04"
