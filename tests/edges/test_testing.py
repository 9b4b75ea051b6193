"""The Hypothesis strategies shipped in `discrepancy.testing`.

They must draw valid models, realistic phrases whose expected intervals follow the
policy, and article files the loader reads back; and the package root must never
import hypothesis.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import (
    DEFAULT_POLICY,
    Article,
    Extraction,
    Fact,
    Interval,
    Policy,
    Qualifier,
    Quantity,
    TimeWindow,
)
from discrepancy.report.golden import facts_lines
from discrepancy.testing import (
    PhraseCase,
    article_texts,
    articles,
    extractions,
    facts,
    intervals,
    phrase_cases,
    quantities,
    quantity_phrases,
    time_windows,
)

FAST = settings(max_examples=60, deadline=None)


# --------------------------------------------------------------------------- models


@pytest.mark.parametrize(
    ("strategy", "model"),
    [
        pytest.param(intervals(), Interval, id="intervals"),
        pytest.param(quantities(), Quantity, id="quantities"),
        pytest.param(time_windows(), TimeWindow, id="time_windows"),
        pytest.param(articles(), Article, id="articles"),
        pytest.param(facts(), Fact, id="facts"),
        pytest.param(extractions(), Extraction, id="extractions"),
    ],
)
def test_strategies_draw_models_that_revalidate(
    strategy: st.SearchStrategy[object], model: type[Interval]
) -> None:
    @FAST
    @given(strategy)
    def check(value: object) -> None:
        assert isinstance(value, model)
        assert model.model_validate_json(value.model_dump_json()) == value

    check()


@FAST
@given(intervals(min_value=5, max_value=50, unbounded=False))
def test_bounded_intervals_stay_inside_their_limits(interval: Interval) -> None:
    assert interval.low is not None
    assert interval.high is not None
    assert 5 <= interval.low <= interval.high <= 50


@FAST
@given(time_windows())
def test_windows_are_in_range_or_say_what_is_unknown(window: TimeWindow) -> None:
    if window.resolved:
        assert window.start is not None
        assert window.end is not None
        assert date(2000, 1, 1) <= window.start <= window.end <= date(2035, 12, 31)
    else:
        assert not window.year_known or window.relative is not None
    assert window.key()


@FAST
@given(extractions())
def test_extractions_give_golden_lines_that_read_back(ex: Extraction) -> None:
    lines = facts_lines(ex)
    assert len(lines) == len(ex.facts)
    for line, fact in zip(lines, ex.facts, strict=True):
        record = json.loads(line)
        start, end = record["span"]
        assert ex.article.text[start:end] == record["surface"] == fact.surface


# --------------------------------------------------------------------------- phrases


@FAST
@given(phrase_cases())
def test_expected_interval_matches_the_hedge(case: PhraseCase) -> None:
    v, n = case.value, case.nominal
    if case.qualifier is Qualifier.EXACT:
        assert v.is_point
        assert n in v
    elif case.qualifier is Qualifier.APPROXIMATE:
        assert v.low == pytest.approx(n * 0.9)
        assert v.high == pytest.approx(n * 1.1)
    elif case.qualifier is Qualifier.NEARLY:
        assert n not in v
        assert n * 0.95 in v
    elif case.qualifier is Qualifier.MORE_THAN:
        assert n not in v
        assert n + 1 in v
        assert v.high is None
    elif case.qualifier is Qualifier.AT_LEAST:
        assert n in v
        assert v.high is None
    elif case.qualifier is Qualifier.LESS_THAN:
        assert n not in v
        assert n - 1 in v
    elif case.qualifier is Qualifier.AT_MOST:
        assert n in v
        assert n + 1 not in v
    elif case.qualifier is Qualifier.RANGE:
        assert case.phrase.startswith("between ")
        assert n == v.low
    else:
        assert case.qualifier is Qualifier.VAGUE
        word = case.phrase.rsplit(" of ", 1)[0]
        assert (v.low, v.high) == DEFAULT_POLICY.vague_bounds[word]
    if case.hedge:
        assert case.phrase.startswith(case.hedge)


@FAST
@given(phrase_cases(policy=Policy(approximate_width=0.2)))
def test_policy_widths_reach_the_expected_interval(case: PhraseCase) -> None:
    if case.qualifier is Qualifier.APPROXIMATE:
        assert case.value.low == pytest.approx(case.nominal * 0.8)


@FAST
@given(quantity_phrases(units=False))
def test_count_phrases_carry_no_unit_words(pair: tuple[str, Interval]) -> None:
    phrase, _ = pair
    assert not any(u in phrase for u in ("%", "percent", "km", "€", "acres", "hectares"))


@pytest.mark.parametrize(
    ("hedge", "qualifier"),
    [
        pytest.param("more than ", Qualifier.MORE_THAN, id="more-than-1300"),
        pytest.param("nearly ", Qualifier.NEARLY, id="nearly-900"),
        pytest.param("some ", Qualifier.APPROXIMATE, id="some-50"),
        pytest.param("between ", Qualifier.RANGE, id="between-110000-and-150000"),
        pytest.param("dozens ", Qualifier.VAGUE, id="dozens"),
        pytest.param("up to ", Qualifier.AT_MOST, id="up-to"),
        pytest.param("fewer than ", Qualifier.LESS_THAN, id="fewer-than"),
        pytest.param("at least ", Qualifier.AT_LEAST, id="at-least"),
    ],
)
def test_every_hedge_the_issue_names_is_drawn(hedge: str, qualifier: Qualifier) -> None:
    from hypothesis import find

    case = find(
        phrase_cases(),
        lambda c: c.phrase.startswith(hedge),
        settings=settings(database=None, max_examples=2000),
    )
    assert case.qualifier is qualifier


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)
    )


@FAST
@given(phrase_cases())
def test_phrases_round_trip_through_parse_quantity(case: PhraseCase) -> None:
    import discrepancy

    q = discrepancy.parse_quantity(case.phrase)
    assert q.qualifier is case.qualifier, case.phrase
    assert _close(q.value.low, case.value.low), (case.phrase, q.value)
    assert _close(q.value.high, case.value.high), (case.phrase, q.value)
    assert (q.value.low_closed, q.value.high_closed) == (
        case.value.low_closed,
        case.value.high_closed,
    ), case.phrase
    assert q.unit == case.unit, case.phrase


# --------------------------------------------------------------------------- articles


@FAST
@given(article_texts(front_matter=True))
def test_front_matter_block_is_well_formed(text: str) -> None:
    head, sep, body = text.partition("\n---\n")
    assert sep
    keys = [line.split(":", 1)[0] for line in head.splitlines()]
    assert keys == ["url", "outlet", "published"]
    published = head.splitlines()[2].split(": ", 1)[1]
    assert published == "unknown" or 2000 <= date.fromisoformat(published).year <= 2035
    assert body.strip()


@FAST
@given(article_texts())
def test_article_sentences_carry_attribution(text: str) -> None:
    body = text.partition("\n---\n")[2] or text
    assert " said." in body or "according to" in body


@FAST
@given(article_texts(front_matter=True))
def test_article_files_load_back(text: str) -> None:
    head = dict(line.split(": ", 1) for line in text.partition("\n---\n")[0].splitlines())
    article = Article.from_raw(text, id="x")
    assert article.outlet == head["outlet"]
    assert article.url == head["url"]
    if head["published"] == "unknown":
        assert article.published is None or article.published_inferred
    else:
        assert article.published_day == date.fromisoformat(head["published"])
    assert "---" not in article.text.splitlines()[0]


def test_package_root_does_not_import_hypothesis() -> None:
    code = (
        "import sys, discrepancy; discrepancy.Interval; discrepancy.Fact; "
        "print('hypothesis' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
