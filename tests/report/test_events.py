"""Several events on one HTML page (:func:`discrepancy.events_html`): the index, one
section per event laid out as the one-comparison page, anchors that never collide,
escaping, and the command line's ``compare --format html`` on a mixed input.

The comparisons are built by hand (the hostile one of ``test_html.py`` and an invented
flood), so every expectation is checked against text written here; the command-line
test compares each section with the one-comparison page of the same articles.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import discrepancy
from discrepancy import (
    Agreement,
    Article,
    Cell,
    Comparison,
    CopyGroup,
    Fact,
    Interval,
    Qualifier,
    Quantity,
    Reason,
    Row,
    RowKey,
    Verdict,
)
from discrepancy._cli import main
from discrepancy.report.html import comparison_parts
from tests.report.test_html import HOSTILE_OUTLET, PWN, Node, build, parse

FLOOD_A = "Floods in Marsa killed 12 people on Monday. About 400 homes were flooded."
FLOOD_B = "The Marsa floods killed 14 people on Monday, the governor said."
MONDAY = "day:2031-02-03..2031-02-03"


def _fact(text: str, surface: str, value: float, subject: str, event: str) -> Fact:
    start = text.index(surface)
    span = (start, start + len(surface))
    return Fact(
        span=span,
        surface=surface,
        sentence_span=(0, len(text)),
        quantity=Quantity(
            span=span,
            surface=surface,
            nominal=value,
            value=Interval.point(value),
            qualifier=Qualifier.EXACT,
        ),
        subject=subject,
        event=event,
        location="Marsa",
    )


def flood() -> Comparison:
    """An invented flood: two outlets differ on the toll, one alone gives the homes."""
    a = Article(id="a", text=FLOOD_A, outlet="Marsa Times", published=date(2031, 2, 3))
    b = Article(id="b", text=FLOOD_B, outlet="Coast Radio", published=date(2031, 2, 4))
    c = Article(id="c", text=FLOOD_B, outlet="Coast Radio Online")
    deaths = Row(
        key=RowKey(subject="death", event="killed", window=MONDAY, location="Marsa"),
        cells=(
            Cell(article_id="a", fact=_fact(FLOOD_A, "12", 12, "death", "killed")),
            Cell(article_id="b", fact=_fact(FLOOD_B, "14", 14, "death", "killed")),
            Cell(
                article_id="c", fact=_fact(FLOOD_B, "14", 14, "death", "killed"), note="copy_of:b"
            ),
        ),
        verdict=Verdict.DIFFER,
        reason=Reason.DISJOINT,
        explanation="different figures: a: 12, b: 14",
        agreement=Agreement.DIFFER,
    )
    homes = Row(
        key=RowKey(subject="home", event="flooded", window=MONDAY, location="Marsa"),
        cells=(
            Cell(article_id="a", fact=_fact(FLOOD_A, "About 400", 400, "home", "flooded")),
            Cell(article_id="b", note="not_reported"),
            Cell(article_id="c", note="not_reported"),
        ),
        verdict=Verdict.OMIT,
        reason=Reason.SINGLE_SOURCE,
        explanation="only a reports it",
    )
    return Comparison(
        articles=(a, b, c),
        rows=(deaths, homes),
        copies=(CopyGroup(article_ids=("b", "c"), similarity=1.0),),
    )


def empty() -> Comparison:
    """One undated article with no figure."""
    return Comparison(articles=(Article(id="note", text="Nothing was counted."),), rows=())


HOSTILE_NAME = f"<script>{PWN}</script> Kyiv & drones"


@pytest.fixture(scope="module")
def events() -> dict[str, Comparison]:
    return {HOSTILE_NAME: build(), "Marsa floods": flood(), "A note": empty()}


@pytest.fixture(scope="module")
def page(events: dict[str, Comparison]) -> str:
    return discrepancy.events_html(events)


@pytest.fixture(scope="module")
def dom(page: str) -> Node:
    return parse(page)


def _text(node: Node) -> str:
    return " ".join(node.all_text().split())


def _by_id(dom: Node) -> dict[str, Node]:
    return {n.attrs["id"]: n for n in dom.walk() if "id" in n.attrs}


# --------------------------------------------------------------------------- the index


def test_the_page_opens_with_a_summary_and_an_index_of_the_events(dom: Node) -> None:
    (h1,) = dom.find("h1")
    assert _text(h1) == "Figures compared across 3 events"
    assert _text(dom.find("title")[0]) == "Figures compared across 3 events"
    (summary,) = [p for p in dom.find("p", "summary") if p.parent and p.parent.tag == "header"]
    assert _text(summary) == (
        "7 articles in 3 events, 6 rows: 3 differ, 1 agree, 2 from one source only; "
        "5 with an outlet silent."
    )
    (nav,) = dom.find("nav")
    assert nav.attrs["id"] == "events"
    entries = [
        (
            li.find("a")[0].attrs["href"],
            _text(li.find("a")[0]),
            _text(li.find("span", "event-days")[0]),
            _text(li.find("span", "gist")[0]),
        )
        for li in nav.find("li")
    ]
    assert entries == [
        (
            "#event-1",
            HOSTILE_NAME,
            "3 articles, published 2025-09-04 – 2025-09-07",
            "4 rows: 2 differ, 1 agree, 1 from one source only; 4 with an outlet silent; "
            "differ on guided bomb dropped, region hit.",
        ),
        (
            "#event-2",
            "Marsa floods",
            "3 articles, published 2031-02-03 – 2031-02-04 (1 undated)",
            "2 rows: 1 differ, 0 agree, 1 from one source only; 1 with an outlet silent; "
            "differ on death.",
        ),
        ("#event-3", "A note", "1 article, publication dates unknown", "No figures to compare."),
    ]


def test_events_given_as_a_list_are_named_by_what_they_count(
    events: dict[str, Comparison],
) -> None:
    dom = parse(discrepancy.events_html(list(events.values())))
    names = [_text(a) for a in dom.find("nav")[0].find("a")]
    assert names == [
        "Event 1: drone launched, guided bomb dropped, region hit (Ukraine)",
        "Event 2: death, home flooded (Marsa)",
        "Event 3: note",
    ]
    assert [_text(s.find("h2")[0]) for s in dom.find("section", "event")] == names


# --------------------------------------------------------------------------- the sections


def test_one_section_per_event_linked_both_ways(dom: Node, events: dict[str, Comparison]) -> None:
    sections = dom.find("section", "event")
    assert [s.attrs["id"] for s in sections] == ["event-1", "event-2", "event-3"]
    assert [s.attrs["aria-labelledby"] for s in sections] == [
        "event-1-h",
        "event-2-h",
        "event-3-h",
    ]
    assert [(s.find("h2")[0].attrs["id"], _text(s.find("h2")[0])) for s in sections] == [
        ("event-1-h", HOSTILE_NAME),
        ("event-2-h", "Marsa floods"),
        ("event-3-h", "A note"),
    ]
    assert [_text(s.find("p", "event-days")[0]) for s in sections] == [
        "Published 2025-09-04 – 2025-09-07 · all events",
        "Published 2031-02-03 – 2031-02-04 (1 undated) · all events",
        "Publication dates unknown · all events",
    ]
    for s in sections:
        assert [a.attrs["href"] for a in s.find("p", "event-days")[0].find("a")] == ["#events"]
    # Each section holds its event's matrix: a row per row, a column per article.
    for section, comparison in zip(sections, events.values(), strict=True):
        tables = section.find("table", "matrix")
        if not comparison.rows:
            assert _text(section.find("p", "hint")[0]) == "No figures to compare in these articles."
        (table,) = tables
        heads = table.find("thead")[0].find("th")
        assert len(heads) == 1 + len(comparison.articles)
        assert len(table.find("tr", "fact")) == len(comparison.rows)
    flood_section = sections[1]
    assert [_text(li) for li in flood_section.find("ul", "copies")[0].find("li")] == [
        "Copies of one story (similarity 1.00): Coast Radio, Coast Radio Online"
    ]


def test_each_section_is_the_one_comparison_page_with_prefixed_anchors(
    page: str, events: dict[str, Comparison]
) -> None:
    for n, comparison in enumerate(events.values(), 1):
        alone = comparison_parts(comparison)
        here = comparison_parts(comparison, f"e{n}-", f"Event {n}")
        for piece in ("summary", "table", "articles", "evidence"):
            assert getattr(here, piece) in page
        assert _unprefix(here.table, n) == alone.table
        assert _unprefix(here.evidence, n) == alone.evidence
        assert here.summary == alone.summary
        assert here.articles == alone.articles
        if n == 1:
            assert comparison.to_html().count(alone.table) == 1


def _unprefix(text: str, n: int) -> str:
    text = text.replace(f"Event {n} table", "Comparison table")
    return re.sub(rf'((?:id|data-evidence|aria-labelledby)="(?:chart-)?)e{n}-', r"\1", text)


def test_every_anchor_is_unique_and_every_reference_resolves(dom: Node) -> None:
    ids = [n.attrs["id"] for n in dom.walk() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    known = set(ids)
    buttons = dom.find("button", "cell")
    assert buttons
    for button in buttons:
        target = button.attrs["data-evidence"]
        assert target in known
        # The evidence sits in the same event's section as its cell.
        assert target.split("-")[0] == _section_of(button).attrs["id"].replace("event-", "e")
    for node in dom.walk():
        if "aria-labelledby" in node.attrs:
            assert node.attrs["aria-labelledby"] in known
    assert {a.attrs["href"] for a in dom.find("a") if a.attrs.get("href", "").startswith("#")} <= {
        f"#{i}" for i in known
    }
    # One evidence panel for the page, one script.
    assert [n.attrs["id"] for n in dom.find("aside")] == ["panel"]
    assert len(dom.find("script")) == 1


def _section_of(node: Node) -> Node:
    while node.tag != "section" or "event" not in node.attrs.get("class", ""):
        assert node.parent is not None
        node = node.parent
    return node


def test_every_string_is_escaped(page: str, dom: Node) -> None:
    assert page.count("<script") == 1
    assert "<img" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt; Kyiv &amp; drones" in page
    assert HOSTILE_NAME in _text(dom.find("nav")[0])
    assert HOSTILE_OUTLET in dom.all_text()
    assert re.search(r"<a [^>]*javascript", page, re.IGNORECASE) is None
    assert 'content="default-src ' in page


def test_same_events_give_byte_identical_pages(page: str, events: dict[str, Comparison]) -> None:
    assert discrepancy.events_html(dict(events)) == page


def test_a_blank_name_is_replaced_by_what_the_event_counts() -> None:
    dom = parse(discrepancy.events_html({" ": flood(), "": empty()}))
    assert [_text(a) for a in dom.find("nav")[0].find("a")] == [
        "Event 1: death, home flooded (Marsa)",
        "Event 2: note",
    ]


def test_a_title_can_be_given() -> None:
    dom = parse(discrepancy.events_html([flood()], title="Tuesday's <desk>"))
    assert _text(dom.find("h1")[0]) == _text(dom.find("title")[0]) == "Tuesday's <desk>"


def test_no_events_is_a_page_that_says_so() -> None:
    dom = parse(discrepancy.events_html([]))
    assert _text(dom.find("h1")[0]) == "Figures compared across 0 events"
    assert dom.find("nav") == []
    assert _text(dom.find("main")[0]) == "No events to compare."


@pytest.mark.parametrize(
    ("events", "message"),
    [
        pytest.param(flood(), "for one, use Comparison.to_html", id="one-comparison"),
        pytest.param("flood", "not str", id="a-string"),
        pytest.param(3, "not int", id="a-number"),
        pytest.param([flood(), "x"], "not str \\(event 2\\)", id="not-a-comparison"),
        pytest.param({1: flood()}, "named by a str", id="name-not-a-string"),
    ],
)
def test_bad_input_is_refused(events: object, message: str) -> None:
    with pytest.raises(discrepancy.InputTypeError, match=message):
        discrepancy.events_html(events)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the command line

# Invented articles of two stories (a flood, a strike) in one folder.
LOOSE = {
    "flood-1": "Floods in Marsa province killed 12 people on Monday, officials said. "
    "Rescuers evacuated 400 residents from the Marsa valley.",
    "flood-2": "The Marsa province floods killed 14 people on Monday, the governor of Marsa said.",
    "strike-1": "Dock workers in Porto walked out on Monday; the union said 3,000 joined the "
    "strike.",
}


def _write(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in articles.items():
        (folder / f"{name}.txt").write_text(
            f"published: 2031-02-04\n---\n{body}\n", encoding="utf-8"
        )


def test_compare_html_on_a_mixed_folder_makes_one_page_of_its_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, LOOSE)
    assert main(["compare", str(tmp_path), "--format", "html", "-q"]) == 0
    page = capsys.readouterr().out
    groups = discrepancy.cluster(discrepancy.load_articles(tmp_path))
    assert groups == [["flood-1", "flood-2"], ["strike-1"]]
    comparisons = [discrepancy.compare([tmp_path / f"{i}.txt" for i in group]) for group in groups]
    assert page == discrepancy.events_html(comparisons)
    # Forced into one story, the page is the one-comparison page.
    assert main(["compare", str(tmp_path), "--format", "html", "-q", "--one-event"]) == 0
    assert capsys.readouterr().out == discrepancy.compare([tmp_path]).to_html()


def test_compare_html_on_event_folders_heads_each_event_by_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "flood", {k: v for k, v in LOOSE.items() if k.startswith("flood")})
    _write(tmp_path / "strike", {"strike-1": LOOSE["strike-1"]})
    out = tmp_path.parent / f"{tmp_path.name}.html"
    assert main(["compare", str(tmp_path), "--format", "html", "-q", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == discrepancy.events_html(
        {
            f"{tmp_path.name}/flood": discrepancy.compare([tmp_path / "flood"]),
            f"{tmp_path.name}/strike": discrepancy.compare([tmp_path / "strike"]),
        }
    )
    assert [_text(a) for a in parse(page).find("nav")[0].find("a")] == [
        f"{tmp_path.name}/flood",
        f"{tmp_path.name}/strike",
    ]
