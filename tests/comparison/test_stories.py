"""Comparison of whole stories: one clock, the current event and the background, tallies,
one figure per outlet per row, and the properties a comparison must keep.

Every article here is invented; each cluster reads like a different domain's wire copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Agreement, Article, Comparison, Extraction, Row, Verdict, compare, extract

# --------------------------------------------------------------------------- clusters

QUAKE = {
    "ridge-post": (
        date(2026, 3, 2),
        "A magnitude 6.2 earthquake struck the province of Tarvo on Sunday, killing at "
        "least 40 people, officials said.\n\nMore than 200 people were injured.\n\n"
        "A similar quake in 2011 killed 300 people in the same valley.",
    ),
    "daily-wire": (
        date(2026, 3, 3),
        "The death toll from Sunday's earthquake in Tarvo rose to 52 on Monday, the "
        "interior ministry said.\n\nSome 230 people were hurt.",
    ),
    "valley-news": (
        None,
        "Rescuers searched the rubble in Tarvo on Monday after the earthquake that killed "
        "52 people.\n\nAt least 230 people were injured, hospitals said.",
    ),
}

JOBS = {
    "market-desk": (
        date(2026, 5, 8),
        "Employers added 120,000 jobs in April, the Labor Department said on Friday.\n\n"
        "Economists had expected 95,000.",
    ),
    "money-wire": (
        None,
        "The economy added 120,000 jobs in April, the government said on Friday.",
    ),
}

STORM = {
    "coast-herald": (
        date(2027, 10, 13),
        "The storm killed 14 people on Tuesday, officials said.\n\n"
        "Police arrested 12 people for looting on Tuesday.",
    ),
    "coast-wire": (
        date(2027, 10, 13),
        "Storm Ilse killed 14 people on Tuesday as it swept across the coast.\n\n"
        "Officers arrested 12 looters on Tuesday.",
    ),
}

UNRELATED = (
    date(2027, 10, 13),
    "Police arrested 30 people after a football match in Porto on Tuesday.",
)


def extractions(cluster: Mapping[str, tuple[date | None, str]]) -> list[Extraction]:
    return [
        extract(Article(id=aid, text=text, published=published))
        for aid, (published, text) in cluster.items()
    ]


def cells(row: Row) -> dict[str, str]:
    return {c.article_id: c.fact.surface for c in row.cells if c.fact is not None}


def row_with(comparison: Comparison, article_id: str, surface: str) -> Row:
    return next(r for r in comparison.rows if cells(r).get(article_id) == surface)


# --------------------------------------------------------------------------- one clock


def test_an_undated_article_is_dated_from_the_story_and_says_so() -> None:
    comparison = compare(extractions(QUAKE))
    undated = next(a for a in comparison.articles if a.id == "valley-news")
    assert (undated.published, undated.published_inferred) == (date(2026, 3, 2), True)
    assert undated.notes[-1].startswith("publication date unknown; taken as March 2, 2026")
    row = row_with(comparison, "valley-news", "At least 230")
    # The undated outlet's injured meet the dated outlets' injured in one row.
    assert cells(row) == {
        "ridge-post": "More than 200",
        "daily-wire": "Some 230",
        "valley-news": "At least 230",
    }
    assert (row.key.subject, row.key.event) == ("injured", "injured")


def test_an_inferred_date_never_makes_an_outlet_too_early() -> None:
    comparison = compare(extractions(JOBS))
    row = row_with(comparison, "money-wire", "120,000")
    assert cells(row) == {"market-desk": "120,000", "money-wire": "120,000"}
    assert row.verdict is Verdict.AGREE
    assert all(c.note != "published_before_window" for c in row.cells)


# --------------------------------------------------------------------------- background


def test_a_background_event_keeps_its_window_and_attracts_nothing() -> None:
    comparison = compare(extractions(QUAKE))
    old = row_with(comparison, "ridge-post", "300")
    assert old.key.window == "year:2011-01-01..2011-12-31"
    assert cells(old) == {"ridge-post": "300"}
    assert old.verdict is Verdict.OMIT


def test_a_toll_updated_on_the_next_day_is_one_figure_of_the_story() -> None:
    comparison = compare(extractions(QUAKE))
    toll = row_with(comparison, "daily-wire", "52")
    assert cells(toll) == {"ridge-post": "at least 40", "daily-wire": "52", "valley-news": "52"}
    assert toll.key.window == "span:2026-03-01..2026-03-02"
    # "at least 40" allows 52: the update is consistent with the first report.
    assert (toll.verdict, toll.agreement) == (Verdict.AGREE, Agreement.AGREE)
    assert any("read as one report of the story" in a for a in toll.assumptions)


# --------------------------------------------------------------------------- one figure each


def test_an_outlets_second_figure_is_never_set_against_the_others_main_figure() -> None:
    a = extract(
        Article(
            id="a",
            text="Police arrested 40 protesters on Saturday. Another 12 people were "
            "arrested on Saturday for looting.",
            published=date(2026, 6, 7),
        )
    )
    b = extract(
        Article(
            id="b",
            text="Officers arrested 40 people in the city centre on Saturday.",
            published=date(2026, 6, 7),
        )
    )
    rows = compare([a, b]).rows
    assert sorted((r.key.rank, tuple(sorted(cells(r).items())), r.verdict.value) for r in rows) == [
        (0, (("a", "40"), ("b", "40")), "agree"),
        (1, (("a", "12"),), "omit"),
    ]


# --------------------------------------------------------------------------- families


def test_an_event_family_joins_outlets_that_word_the_act_differently() -> None:
    a = extract(
        Article(id="a", text="The army deployed 3,000 troops on Friday.", published="2026-02-06")
    )
    b = extract(
        Article(
            id="b",
            text="About 3,000 troops were sent to the border on Friday.",
            published="2026-02-06",
        )
    )
    [row] = [r for r in compare([a, b]).rows if r.key.subject == "troop"]
    assert cells(row) == {"a": "3,000", "b": "About 3,000"}
    assert row.verdict is Verdict.AGREE


# --------------------------------------------------------------------------- properties


def signature(comparison: Comparison) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    """What a comparison says, independent of the order of its rows."""
    return sorted(
        (r.key.model_dump_json(), r.verdict.value, tuple(sorted(cells(r).items())))
        for r in comparison.rows
    )


@settings(max_examples=12, deadline=None)
@given(st.permutations(extractions(QUAKE) + extractions(JOBS)[:1]))
def test_the_order_of_the_articles_changes_nothing(order: list[Extraction]) -> None:
    assert signature(compare(order)) == signature(
        compare(extractions(QUAKE) + extractions(JOBS)[:1])
    )


def test_an_article_about_another_event_changes_no_other_rows_agreement() -> None:
    story = extractions(STORM)
    before = {r.key.model_dump_json(): (r.agreement, cells(r)) for r in compare(story).rows}
    other = extract(Article(id="porto", text=UNRELATED[1], published=UNRELATED[0]))
    after = {
        r.key.model_dump_json(): (r.agreement, cells(r)) for r in compare([*story, other]).rows
    }
    assert {k: v for k, v in after.items() if "porto" not in v[1]} == before
    # The outlets of the story agree; the other event's outlet only makes them "omit".
    assert {v[0] for v in before.values()} == {Agreement.AGREE}


@settings(max_examples=6, deadline=None)
@given(st.sampled_from([QUAKE, JOBS, STORM]), st.data())
def test_a_verbatim_copy_never_creates_a_differ(
    cluster: dict[str, tuple[date | None, str]], data: st.DataObject
) -> None:
    story = extractions(cluster)
    original = data.draw(st.sampled_from(story))
    copy = extract(original.article.model_copy(update={"id": "copy"}))
    before = sum(r.verdict is Verdict.DIFFER for r in compare(story).rows)
    after = sum(r.verdict is Verdict.DIFFER for r in compare([*story, copy]).rows)
    assert after == before


def together(comparison: Comparison, article_id: str) -> set[frozenset[str]]:
    """For each of an article's figures, the other outlets it shares a row with."""
    return {
        frozenset(other for other in cells(r) if other != article_id)
        for r in comparison.rows
        if article_id in cells(r)
    }


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([QUAKE, JOBS, STORM]), st.data())
def test_removing_a_publication_date_never_splits_what_it_joined(
    cluster: dict[str, tuple[date | None, str]], data: st.DataObject
) -> None:
    dated = [aid for aid, (published, _) in cluster.items() if published is not None]
    aid = data.draw(st.sampled_from(dated))
    undated = {k: (None if k == aid else p, text) for k, (p, text) in cluster.items()}
    joined = together(compare(extractions(cluster)), aid)
    still = together(compare(extractions(undated)), aid)
    for partners in joined:
        assert any(partners <= now for now in still), (partners, still)


# --------------------------------------------------------------------------- nights and silence


def test_the_day_an_attack_night_began_or_ended_is_that_night() -> None:
    night = extract(
        Article(id="night", text="Iran launched 300 drones overnight.", published="2026-04-12")
    )
    saturday = extract(
        Article(
            id="saturday",
            text="Iran launched more than 300 drones on Saturday.",
            published="2026-04-12",
        )
    )
    sunday = extract(
        Article(id="sunday", text="Iran launched 300 drones on Sunday.", published="2026-04-13")
    )
    [row] = [r for r in compare([night, saturday, sunday]).rows if r.key.subject == "drone"]
    assert row.key.window == "night:2026-04-11..2026-04-12"
    assert cells(row) == {"night": "300", "saturday": "more than 300", "sunday": "300"}
    assert any("saturday dates 'more than 300' 'on Saturday'" in a for a in row.assumptions)


def test_two_nights_keep_the_day_between_them_apart() -> None:
    first = extract(
        Article(id="a", text="Russia launched 90 drones overnight.", published="2026-04-14")
    )
    second = extract(
        Article(id="b", text="Russia launched 120 drones overnight.", published="2026-04-15")
    )
    day = extract(
        Article(id="c", text="Russia launched 50 drones on Tuesday.", published="2026-04-15")
    )
    rows = {r.key.window: cells(r) for r in compare([first, second, day]).rows}
    assert rows == {
        "night:2026-04-13..2026-04-14": {"a": "90"},
        "night:2026-04-14..2026-04-15": {"b": "120"},
        "day:2026-04-14..2026-04-14": {"c": "50"},
    }


def test_an_outlet_whose_text_is_cut_off_is_silent_for_a_reason() -> None:
    full = extract(
        Article(
            id="full",
            text="Floods killed 12 people on Monday, officials said.",
            published="2026-11-03",
        )
    )
    cut = extract(
        Article(
            id="cut",
            text="Rivers burst their banks across the region on Monday and emergency crews were",
            published="2026-11-03",
        )
    )
    [row] = compare([full, cut]).rows
    assert {c.article_id: c.note for c in row.cells} == {"full": None, "cut": "truncated"}
    assert (row.verdict, row.agreement) == (Verdict.OMIT, Agreement.SINGLE)
    assert row.explanation == (
        "only full reports it (12); cut does not report it; "
        "of these, cut, whose text is cut off, may have reported it further on"
    )


# --------------------------------------------------------------------------- same figure


def test_one_distinctive_figure_worded_two_ways_is_one_row() -> None:
    jobs = extract(
        Article(
            id="jobs",
            text="Employers added 133,000 jobs in June, the Labor Department said.",
            published="2026-07-03",
        )
    )
    hires = extract(
        Article(
            id="hires",
            text="Some 133,000 workers were hired in June, the data showed.",
            published="2026-07-03",
        )
    )
    [row] = compare([jobs, hires]).rows
    # Both wordings are one outlet's: the row keeps the first outlet's key (by id).
    assert (row.key.subject, cells(row), row.verdict) == (
        "person",
        {"jobs": "133,000", "hires": "Some 133,000"},
        Verdict.AGREE,
    )
    assert row.assumptions == ("'133,000' counted as job by jobs is the same figure as person",)


def test_a_round_figure_is_not_evidence_of_one_fact() -> None:
    workers = extract(
        Article(id="a", text="Some 1,000 workers were hired in June.", published="2026-07-03")
    )
    jobs = extract(
        Article(id="b", text="About 1,000 jobs were added in June.", published="2026-07-03")
    )
    assert sorted(r.key.subject for r in compare([workers, jobs]).rows) == ["job", "person"]


def test_an_undated_figure_with_no_time_takes_the_default_window_of_its_new_date() -> None:
    undated = extract(Article(id="u", text="Twelve people were arrested, police said."))
    assert (undated.facts[0].time, undated.facts[0].time_basis.value) == (None, "none")
    dated = extract(Article(id="d", text="Police arrested 12 people.", published=date(2026, 5, 9)))
    [row] = compare([dated, undated]).rows
    fact = next(c.fact for c in row.cells if c.article_id == "u" and c.fact is not None)
    assert (fact.time and fact.time.key(), fact.time_basis.value) == (
        "span:2026-05-08..2026-05-09",
        "default",
    )
    assert (row.verdict, cells(row)) == (Verdict.AGREE, {"d": "12", "u": "Twelve"})


def test_a_figure_stands_for_its_outlet_before_a_vague_word() -> None:
    a = extract(
        Article(
            id="a",
            text="At least 79 people died when the boat sank on Wednesday, and hundreds "
            "more are feared dead.",
            published="2026-06-15",
        )
    )
    b = extract(
        Article(
            id="b", text="The boat sank on Wednesday, killing 79 people.", published="2026-06-15"
        )
    )
    toll = next(r for r in compare([a, b]).rows if "b" in cells(r))
    assert cells(toll) == {"a": "At least 79", "b": "79"}


OUTBREAK = {
    "health-daily": (
        date(2027, 2, 3),
        "At least 14 people have died of cholera in Marsa province since the outbreak "
        "began last week, the health ministry said on Wednesday.\n\n"
        "In 2019, a cholera outbreak in the same province killed 120 people.",
    ),
    "region-news": (
        date(2027, 2, 4),
        "The cholera death toll in Marsa has risen to 17, the health ministry said on Thursday.",
    ),
}


def test_one_place_named_with_and_without_its_kind_is_one_place() -> None:
    comparison = compare(extractions(OUTBREAK))
    toll = row_with(comparison, "region-news", "17")
    assert toll.key.location == "Marsa"
    # A total "since the outbreak began last week" is a campaign total, not the day's.
    since = row_with(comparison, "health-daily", "At least 14")
    assert (since.key.location, since.key.window) == ("Marsa", "span:2027-01-25..2027-02-03")
    background = row_with(comparison, "health-daily", "120")
    assert (background.key.window, cells(background)) == (
        "year:2019-01-01..2019-12-31",
        {"health-daily": "120"},
    )


def test_jobs_and_positions_cut_are_one_subject() -> None:
    a = extract(
        Article(
            id="a",
            text="Nordcar will cut 4,000 jobs, the company said on Tuesday.",
            published="2027-11-02",
        )
    )
    # Another outlet's fact for the same cut, read as "positions" (built from a's, so
    # only the subject differs).
    fact = a.facts[0].model_copy(update={"subject": "position"})
    b = Extraction(article=a.article.model_copy(update={"id": "b"}), facts=(fact,))
    rows = compare([a, b]).rows
    assert [(r.key.subject, cells(r), r.verdict) for r in rows] == [
        ("job", {"a": "4,000", "b": "4,000"}, Verdict.AGREE)
    ]


def test_an_earlier_count_an_outlet_replaced_is_not_its_current_figure() -> None:
    # One outlet gives both the new toll and the earlier one; the others give the
    # earlier one only. The earlier count is a preliminary figure with a row of its
    # own; each outlet's current toll meets the others' (issue #15, the current
    # event and the background: the latest toll in each article is compared).
    a = extract(
        Article(
            id="a",
            text="Floods killed 31 people on Monday. An earlier count on Monday said 12 people were killed.",
            published="2026-11-03",
        )
    )
    b = extract(Article(id="b", text="Floods killed 12 people on Monday.", published="2026-11-03"))
    c = extract(
        Article(
            id="c", text="Twelve people were killed in floods on Monday.", published="2026-11-03"
        )
    )
    rows = [(r.key.basis, cells(r), r.verdict.value) for r in compare([a, b, c]).rows]
    assert rows == [
        (None, {"a": "31", "b": "12", "c": "Twelve"}, "differ"),
        ("preliminary", {"a": "12"}, "omit"),
    ]


def test_an_outlet_that_names_no_group_meets_the_one_that_does() -> None:
    named = extract(
        Article(id="named", text="Officers arrested 12 looters on Tuesday.", published="2027-10-13")
    )
    plain = extract(
        Article(
            id="plain",
            text="Police arrested 12 people for looting on Tuesday.",
            published="2027-10-13",
        )
    )
    [row] = compare([named, plain]).rows
    assert (row.key.group, cells(row), row.verdict) == (
        "looter",
        {"named": "12", "plain": "12"},
        Verdict.AGREE,
    )


def test_a_toll_is_not_set_against_the_children_among_the_dead() -> None:
    parts = extract(
        Article(
            id="parts",
            text="Among the dead were 12 children and 20 adults, officials said on Monday.",
            published="2026-03-03",
        )
    )
    toll = extract(
        Article(id="toll", text="The floods killed 32 people on Monday.", published="2026-03-03")
    )
    rows = {(r.key.group, tuple(sorted(cells(r).items()))) for r in compare([parts, toll]).rows}
    assert rows == {
        ("child", (("parts", "12"),)),
        ("adult", (("parts", "20"),)),
        (None, (("toll", "32"),)),
    }


def test_a_change_and_the_level_it_reaches_are_different_rows() -> None:
    a = extract(
        Article(
            id="a",
            text="Sales rose by $2.1 billion to $48.7 billion in the third quarter, the company said.",
            published="2027-10-20",
        )
    )
    b = extract(
        Article(
            id="b",
            text="Third-quarter sales reached $48.7 billion, the company said.",
            published="2027-10-20",
        )
    )
    rows = sorted(
        (r.key.form or "level", tuple(sorted(cells(r).items()))) for r in compare([a, b]).rows
    )
    assert rows == [
        ("change up", (("a", "$2.1 billion"),)),
        ("level", (("a", "$48.7 billion"), ("b", "$48.7 billion"))),
    ]


def test_figures_with_no_stated_time_from_papers_of_two_days_are_one_report() -> None:
    friday = extract(
        Article(
            id="friday", text="The fire is 85% contained, officials said.", published="2023-08-11"
        )
    )
    saturday = extract(
        Article(
            id="saturday", text="Officials said the fire was 85% contained.", published="2023-08-12"
        )
    )
    [row] = compare([friday, saturday]).rows
    assert (row.key.window, cells(row), row.verdict) == (
        "span:2023-08-10..2023-08-12",
        {"friday": "85%", "saturday": "85%"},
        Verdict.AGREE,
    )
    assert any("are read as one report of the story" in a for a in row.assumptions)


def test_an_earlier_event_dated_to_its_day_and_to_its_year_is_one() -> None:
    year = extract(
        Article(
            id="year",
            text="A tsunami in 1960 killed 61 people in the town.\n\nThe fire killed 80 people on Tuesday.",
            published="2023-08-12",
        )
    )
    day = extract(
        Article(
            id="day",
            text="On May 22, 1960, a tsunami killed 61 people in the town.",
            published="2023-08-12",
        )
    )
    old = row_with(compare([year, day]), "day", "61")
    assert (old.key.window, cells(old)) == (
        "year:1960-01-01..1960-12-31",
        {"year": "61", "day": "61"},
    )
    assert any("the same earlier event" in a for a in old.assumptions)
