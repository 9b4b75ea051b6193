"""compare(): alignment rules, verdicts and reasons, on hand-built extractions.

These tests build facts directly, so they pin the comparison rules independently of
the extractor; `test_compare_seeds.py` runs the whole pipeline on the seeds.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from discrepancy import (
    Article,
    Attribution,
    Extraction,
    Fact,
    Granularity,
    Interval,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Reason,
    Row,
    TimeBasis,
    TimeWindow,
    Verdict,
    compare,
)
from discrepancy.comparison.judge import published_before_end as _published_before_end

SEP_1_5 = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity=Granularity.SPAN)
NIGHT_3_4 = TimeWindow(start=date(2025, 9, 3), end=date(2025, 9, 4), granularity=Granularity.NIGHT)
NIGHT_5_6 = TimeWindow(start=date(2025, 9, 5), end=date(2025, 9, 6), granularity=Granularity.NIGHT)


def fact(
    surface: str,
    value: Interval,
    qualifier: Qualifier = Qualifier.EXACT,
    *,
    nominal: float | None = None,
    hedge: str | None = None,
    subject: str = "drone",
    event: str | None = "launched",
    location: str | None = "Ukraine",
    time: TimeWindow | None = SEP_1_5,
    basis: TimeBasis = TimeBasis.STATED,
    source: str | None = None,
    part_of: int | None = None,
    unit: str | None = None,
    kind: QuantityKind = QuantityKind.COUNT,
    at: int = 0,
) -> Fact:
    if nominal is None:
        nominal = value.low if value.low is not None else value.high
    assert nominal is not None
    span = (at, at + len(surface))
    return Fact(
        span=span,
        surface=surface,
        sentence_span=span,
        quantity=Quantity(
            span=span,
            surface=surface,
            nominal=nominal,
            value=value,
            qualifier=qualifier,
            hedge=hedge,
            unit=unit,
            kind=kind,
        ),
        subject=subject,
        event=event,
        location=location,
        time=time,
        time_basis=basis,
        attribution=None if source is None else Attribution(source=source),
        part_of=part_of,
    )


def article(
    aid: str, *facts: Fact, published: date | datetime | None = date(2025, 9, 7), text: str = ""
) -> Extraction:
    body = text or f"Article {aid} about the attacks. " * 3
    return Extraction(article=Article(id=aid, text=body, published=published), facts=facts)


def more_than(n: float, word: str = "more than") -> Fact:
    return fact(
        f"{word} {n:,.0f}",
        Interval(low=n, low_closed=False),
        Qualifier.MORE_THAN,
        nominal=n,
        hedge=word,
    )


def exact(n: float, **kw: object) -> Fact:
    return fact(f"{n:,.0f}", Interval.point(n), **kw)  # type: ignore[arg-type]


def surfaces(row: Row) -> list[str]:
    """The figures a row's cells give, in article order."""
    return [c.fact.surface for c in row.cells if c.fact is not None]


def only_row(extractions: list[Extraction]) -> tuple[Verdict, Reason, tuple[Reason, ...]]:
    rows = compare(extractions).rows
    assert len(rows) == 1, [r.key for r in rows]
    return rows[0].verdict, rows[0].reason, rows[0].reasons


# --------------------------------------------------------------------------- reasons


def test_same_figure_agrees() -> None:
    assert only_row([article("a", exact(502)), article("b", exact(502))])[:2] == (
        Verdict.AGREE,
        Reason.SAME_FIGURE,
    )


def test_over_equals_more_than() -> None:
    verdict, reason, _ = only_row(
        [article("a", more_than(1300, "over")), article("b", more_than(1300))]
    )
    assert (verdict, reason) == (Verdict.AGREE, Reason.EQUIVALENT_WORDING)


def test_around_equals_some() -> None:
    around = fact(
        "around 50", Interval(low=45, high=55), Qualifier.APPROXIMATE, nominal=50, hedge="around"
    )
    some = fact(
        "some 50", Interval(low=45, high=55), Qualifier.APPROXIMATE, nominal=50, hedge="some"
    )
    assert only_row([article("a", around), article("b", some)])[:2] == (
        Verdict.AGREE,
        Reason.EQUIVALENT_WORDING,
    )


def test_point_inside_bound_is_consistent() -> None:
    assert only_row([article("a", more_than(1300)), article("b", exact(1340))])[:2] == (
        Verdict.AGREE,
        Reason.CONSISTENT,
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(exact(805), exact(810), id="805-vs-810"),
        pytest.param(
            exact(622, subject="death", event="killed"),
            exact(800, subject="death", event="killed"),
            id="622-vs-800-deaths",
        ),
        pytest.param(
            fact("at least 78", Interval(low=78), Qualifier.AT_LEAST, hedge="at least"),
            fact("at least 82", Interval(low=82), Qualifier.AT_LEAST, hedge="at least"),
            id="at-least-78-vs-at-least-82",
        ),
    ],
)
def test_different_figures(a: Fact, b: Fact) -> None:
    rows = compare([article("a", a), article("b", b)]).rows
    assert [(r.verdict, r.reason) for r in rows] == [(Verdict.DIFFER, Reason.DIFFERENT_FIGURES)]


def test_compatible_bounds_are_still_different_reports_and_say_so() -> None:
    a = fact("at least 78", Interval(low=78), Qualifier.AT_LEAST, hedge="at least")
    b = fact("at least 82", Interval(low=82), Qualifier.AT_LEAST, hedge="at least")
    row = compare([article("a", a), article("b", b)]).rows[0]
    assert row.explanation == (
        "different figures: a: at least 78, b: at least 82; "
        "the hedges overlap, but these are different reports"
    )


def test_nearly_900_against_900_is_disjoint() -> None:
    nearly = fact(
        "nearly 900",
        Interval(low=810, high=900, high_closed=False),
        Qualifier.NEARLY,
        nominal=900,
        hedge="nearly",
        subject="guided bomb",
    )
    assert only_row([article("a", nearly), article("b", exact(900, subject="guided bomb"))])[
        :2
    ] == (Verdict.DIFFER, Reason.DISJOINT)


def test_tolerance_policy_relaxes_exact_figures() -> None:
    items = [article("a", exact(805)), article("b", exact(810))]
    row = compare(items, policy=Policy(tolerance=0.01)).rows[0]
    assert (row.verdict, row.reason) == (Verdict.AGREE, Reason.CONSISTENT)


def test_not_reported_is_omit_and_keeps_the_agreement() -> None:
    verdict, reason, reasons = only_row(
        [article("a", more_than(1300, "over")), article("b", more_than(1300)), article("c")]
    )
    assert verdict is Verdict.OMIT
    assert reason is Reason.NOT_REPORTED
    assert Reason.EQUIVALENT_WORDING in reasons


def test_single_source() -> None:
    verdict, reason, _ = only_row([article("a", exact(91)), article("b")])
    assert (verdict, reason) == (Verdict.OMIT, Reason.SINGLE_SOURCE)


def test_published_before_window_ended() -> None:
    early = article("early", published=date(2025, 9, 4))
    same_day = article("sameday", published=datetime(2025, 9, 5, 14, 11))
    late = article("late", published=date(2025, 9, 7))
    rows = compare([article("a", more_than(1300)), early, same_day, late]).rows
    cells = {c.article_id: c.note for c in rows[0].cells}
    assert cells["early"] == "published_before_window"
    assert cells["sameday"] == "published_before_window"
    assert cells["late"] == "not_reported"
    assert Reason.PUBLISHED_BEFORE_WINDOW in rows[0].reasons
    assert "published before the window ended" in rows[0].explanation


@pytest.mark.parametrize(
    ("published", "window", "expected"),
    [
        (date(2025, 9, 4), NIGHT_3_4, False),  # the morning after the night: can report it
        (date(2025, 9, 3), NIGHT_3_4, True),
        (datetime(2025, 9, 4, 7, 30), NIGHT_3_4, True),
        (date(2025, 9, 5), SEP_1_5, False),  # a bare date on the last day proves nothing
        (None, SEP_1_5, False),
    ],
)
def test_published_before_end(
    published: date | datetime | None, window: TimeWindow, expected: bool
) -> None:
    a = Article(id="x", text="x", published=published)
    assert _published_before_end(a, window) is expected


def test_different_claimants() -> None:
    police = exact(1_280_000, subject="person", event="attended", source="interior ministry")
    union = exact(3_500_000, subject="person", event="attended", source="CGT")
    row = compare([article("a", police), article("b", union)]).rows[0]
    assert (row.verdict, row.reason) == (Verdict.DIFFER, Reason.DIFFERENT_CLAIMANTS)
    assert "between sources" in row.explanation


def test_one_article_with_rival_counts_splits_rows_by_claimant() -> None:
    police = exact(1_280_000, subject="person", event="attended", source="interior ministry")
    union = exact(3_500_000, subject="person", event="attended", source="CGT", at=100)
    rows = compare([article("a", police, union), article("b", police), article("c", union)]).rows
    assert sorted(r.key.claimant or "" for r in rows) == ["organisers", "police"]
    assert all(r.verdict is Verdict.OMIT for r in rows)


def test_one_side_named_two_ways_is_one_claimant() -> None:
    police = exact(1_270_000, subject="person", event="attended", source="interior ministry")
    cgt = exact(2_500_000, subject="person", event="attended", source="CGT", at=100)
    unions = exact(2_800_000, subject="person", event="attended", source="the unions")
    rows = compare([article("a", police, cgt), article("b", unions)]).rows
    organisers = next(r for r in rows if r.key.claimant == "organisers")
    assert organisers.verdict is Verdict.DIFFER
    assert organisers.reason is Reason.DIFFERENT_FIGURES


def test_claimant_families_are_a_policy_setting() -> None:
    a = exact(300, subject="person", event="attended", source="Red Cross")
    b = exact(450, subject="person", event="attended", source="civil protection", at=50)
    one_side = Policy(claimant_families={"rescuers": ("red cross", "civil protection")})
    rivals = compare([article("x", a, b)]).rows
    assert sorted((r.key.claimant, r.key.rank) for r in rivals) == [
        ("Red Cross", 0),
        ("civil protection", 0),
    ]
    # One side's two figures are never rivals: one claimant, one figure per row.
    same_side = compare([article("x", a, b)], policy=one_side).rows
    assert sorted((r.key.claimant, r.key.rank, surfaces(r)[0]) for r in same_side) == [
        (None, 0, "450"),
        (None, 1, "300"),
    ]


# --------------------------------------------------------------------------- alignment


def test_different_windows_are_different_rows_never_a_conflict() -> None:
    rows = compare(
        [
            article("a", more_than(1300)),
            article("b", exact(502, time=NIGHT_3_4)),
            article("c", exact(91, time=NIGHT_5_6)),
        ]
    ).rows
    assert len(rows) == 3
    assert Verdict.DIFFER not in {r.verdict for r in rows}


def test_part_is_not_a_rival_of_its_whole() -> None:
    whole = exact(502, time=NIGHT_3_4)
    part = exact(430, event=None, time=NIGHT_3_4, part_of=0, at=50)
    rows = compare([article("a", whole, part), article("b", exact(502, time=NIGHT_3_4))]).rows
    assert {(r.key.event, r.verdict) for r in rows} == {
        ("launched", Verdict.AGREE),
        ("part of launched", Verdict.OMIT),
    }


def test_kyiv_toll_is_not_ukraine_toll() -> None:
    kyiv = exact(7, subject="death", event="killed", location="Kyiv")
    ukraine = exact(24, subject="death", event="killed", location="Ukraine")
    rows = compare([article("a", kyiv), article("b", ukraine)]).rows
    assert sorted(r.key.location or "" for r in rows) == ["Kyiv", "Ukraine"]


def test_window_without_year_matches_only_as_stated_assumption() -> None:
    no_year = TimeWindow(
        granularity=Granularity.SPAN, unknown=("year",), month_day=((9, 1), (9, 5))
    )
    rows = compare(
        [
            article(
                "a", more_than(1300, "over").model_copy(update={"time": no_year}), published=None
            ),
            article("b", more_than(1300)),
        ]
    ).rows
    assert len(rows) == 1
    assert rows[0].key.window == SEP_1_5.key()
    assert any("no year" in a for a in rows[0].assumptions)


def test_unresolved_window_stays_apart_when_ambiguous() -> None:
    overnight = TimeWindow(
        granularity=Granularity.NIGHT, unknown=("start", "end"), relative="overnight"
    )
    rows = compare(
        [
            article("a", exact(91, time=overnight), published=None),
            article("b", exact(502, time=NIGHT_3_4)),
            article("c", exact(810, time=NIGHT_5_6)),
        ]
    ).rows
    assert len(rows) == 3
    assert Verdict.DIFFER not in {r.verdict for r in rows}


def test_measured_quantities_compare_after_conversion() -> None:
    km = fact(
        "27 km",
        Interval.point(27),
        subject="distance",
        event=None,
        unit="kilometer",
        kind=QuantityKind.LENGTH,
    )
    miles = fact(
        "about 17 miles",
        Interval(low=15.3, high=18.7),
        Qualifier.APPROXIMATE,
        nominal=17,
        hedge="about",
        subject="distance",
        event=None,
        unit="mile",
        kind=QuantityKind.LENGTH,
    )
    assert only_row([article("a", km), article("b", miles)])[:2] == (
        Verdict.AGREE,
        Reason.CONSISTENT,
    )


def test_wire_copies_are_detected_and_counted_once() -> None:
    story = (
        "Russia launched 502 drones and 24 missiles at Ukraine last night, according to the "
        "Ukrainian air force, which said it was able to intercept 430 of the drones. "
        "Explosions were reported in several cities and regional officials described damage "
        "to homes, a school and power lines in the early hours of the morning."
    )
    a = Extraction(article=Article(id="a", text=story), facts=(exact(502, time=NIGHT_3_4),))
    b = Extraction(
        article=Article(id="b", text="By Wire Staff. " + story),
        facts=(exact(502, time=NIGHT_3_4),),
    )
    c = article("c", exact(502, time=NIGHT_3_4), text="A different text entirely. " * 10)
    cmp = compare([a, b, c])
    assert [g.article_ids for g in cmp.copies] == [("a", "b")]
    row = cmp.rows[0]
    assert row.independent == 2
    assert {c.article_id: c.note for c in row.cells}["b"] == "copy_of:a"


def test_rows_do_not_depend_on_input_order() -> None:
    items = [
        article("a", more_than(1300, "over"), exact(14, subject="region", event="hit", at=40)),
        article("b", more_than(1300), exact(502, time=NIGHT_3_4, at=60)),
        article("c", exact(805, subject="death", event="killed")),
        article("d", exact(810, subject="death", event="killed")),
    ]
    outputs = {compare(list(order)).model_dump_json() for order in itertools.permutations(items)}
    assert len(outputs) == 1


def test_facts_without_subject_are_not_rows() -> None:
    assert (
        compare([article("a", exact(3, subject="x").model_copy(update={"subject": None}))]).rows
        == ()
    )


# --------------------------------------------------------------------------- outputs


def test_markdown_and_table_name_every_article_and_verdict() -> None:
    cmp = compare([article("a", more_than(1300, "over")), article("b", exact(900)), article("c")])
    md = cmp.to_markdown()
    header = md.splitlines()[0]
    assert all(name in header for name in ("a", "b", "c", "verdict"))
    assert "≠ differ" in md
    table = cmp.to_table(width=100)
    assert "over 1,300" in table
    assert all(len(line) <= 100 for line in table.splitlines())


def test_json_round_trips() -> None:
    from discrepancy import Comparison

    cmp = compare([article("a", more_than(1300)), article("b", exact(1300))])
    assert Comparison.model_validate_json(cmp.model_dump_json()) == cmp


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        pytest.param(
            fact("more than 850", Interval(low=850, low_closed=False), Qualifier.MORE_THAN),
            exact(878),
            Reason.CONSISTENT,
            id="878-inside-more-than-850",
        ),
        pytest.param(
            fact("at least 175", Interval(low=175), Qualifier.AT_LEAST),
            fact("more than 380", Interval(low=380, low_closed=False), Qualifier.MORE_THAN),
            Reason.DIFFERENT_FIGURES,
            id="rising-toll-bounds-overlap-but-differ",
        ),
        pytest.param(
            fact("some 280", Interval(low=252, high=308), Qualifier.APPROXIMATE, nominal=280),
            fact("more than 300", Interval(low=300, low_closed=False), Qualifier.MORE_THAN),
            Reason.DIFFERENT_FIGURES,
            id="some-280-vs-more-than-300",
        ),
        pytest.param(
            fact("more than 100,000", Interval(low=1e5, low_closed=False), Qualifier.MORE_THAN),
            exact(120_000),
            Reason.CONSISTENT,
            id="figure-inside-a-floor",
        ),
        pytest.param(
            fact("dozens", Interval(low=24), Qualifier.VAGUE),
            exact(36),
            Reason.CONSISTENT,
            id="dozens-vs-36",
        ),
    ],
)
def test_hedge_gap(a: Fact, b: Fact, reason: Reason) -> None:
    rows = compare([article("a", a), article("b", b)]).rows
    assert [r.reason for r in rows] == [reason]


def test_hedge_gap_is_a_policy_setting() -> None:
    a = fact("at least 175", Interval(low=175), Qualifier.AT_LEAST)
    b = fact("more than 380", Interval(low=380, low_closed=False), Qualifier.MORE_THAN)
    loose = compare([article("a", a), article("b", b)], policy=Policy(hedge_gap=0.9))
    assert loose.rows[0].reason is Reason.CONSISTENT


def test_magnitude_is_not_split_by_the_place_or_verb_around_it() -> None:
    def magnitude(surface: str, n: float, **kw: object) -> Fact:
        return fact(
            surface,
            Interval.point(n),
            subject="magnitude",
            unit="magnitude",
            kind=QuantityKind.MEASURE,
            **kw,  # type: ignore[arg-type]
        )

    rows = compare(
        [
            article("a", magnitude("magnitude 6.1", 6.1, event="hit", location="Yunnan")),
            article("b", magnitude("6.1-magnitude", 6.1, event=None, location="Ludian County")),
        ]
    ).rows
    assert [(r.key.location, r.key.event, r.verdict) for r in rows] == [(None, None, Verdict.AGREE)]


def test_undated_weekday_joins_the_latest_stated_day_of_that_weekday() -> None:
    tuesday = TimeWindow(granularity=Granularity.DAY, unknown=("start", "end"), relative="tuesday")
    mar_7 = TimeWindow(start=date(2023, 3, 7), end=date(2023, 3, 7), granularity=Granularity.DAY)
    jan_31 = TimeWindow(start=date(2023, 1, 31), end=date(2023, 1, 31), granularity=Granularity.DAY)
    rows = compare(
        [
            article("a", exact(280, subject="demonstration", time=tuesday), published=None),
            article(
                "b",
                exact(300, subject="demonstration", time=mar_7),
                exact(1_270_000, subject="person", time=jan_31, at=80),
            ),
        ]
    ).rows
    demo = next(r for r in rows if r.key.subject == "demonstration")
    assert demo.key.window == mar_7.key()
    assert demo.verdict is Verdict.DIFFER
    assert any("latest such weekday" in a for a in demo.assumptions)


def test_a_misspelled_path_is_an_error_not_an_empty_comparison() -> None:
    from discrepancy import ArticleReadError

    with pytest.raises(ArticleReadError, match=r"typo\.txt"):
        compare(["seeds/typo.txt"])


def test_a_government_delegation_count_is_the_authorities_side() -> None:
    from discrepancy import Policy

    assert Policy().claimant("government's delegation") == Policy().claimant("police")


ROUNDING = [
    # one outlet's figure, another's, verdict: a scaled or percentage figure is read
    # at the precision it is written in; plain counts are exact
    ("turnout was 38%", "turnout was 38.2%", "agree"),
    ("1.3 million people marched", "1,312,000 people marched", "agree"),
    ("1.3 million people marched", "1.28 million people marched", "agree"),
    ("1.28 million people marched", "1.27 million people marched", "differ"),
    ("450 drones were launched", "451 drones were launched", "differ"),
    ("$6 billion in damage was reported", "$5.5 billion in damage was reported", "differ"),
    ("62% of flights were cancelled", "60 percent of flights were cancelled", "differ"),
    # two approximations are rounded by their words: within hedge_gap (5%) they agree
    ("about 310 passengers were aboard", "around 300 passengers were aboard", "agree"),
    ("some 4,100 homes lost power", "roughly 4,000 homes lost power", "agree"),
    ("about 600 people were evacuated", "about 650 people were evacuated", "differ"),
    ("310 passengers were aboard", "300 passengers were aboard", "differ"),
]


@pytest.mark.parametrize(("one", "other", "verdict"), ROUNDING)
def test_a_rounded_figure_is_consistent_with_the_figure_it_rounds(
    one: str, other: str, verdict: str
) -> None:
    from discrepancy import Article

    a = Article(id="a", published="2026-05-10", text=f"On Saturday, {one}.")
    b = Article(id="b", published="2026-05-10", text=f"On Saturday, {other}.")
    [row] = compare([a, b]).rows
    assert row.verdict.value == verdict
