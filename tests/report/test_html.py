"""The standalone HTML report: structure, escaping, evidence, charts, determinism.

The comparison here is built by hand (three outlets, one of them hostile) so that every
expectation can be checked against text written in this file, independently of the
extraction and comparison engines.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import (
    Agreement,
    Article,
    Attribution,
    Cell,
    Comparison,
    Fact,
    Interval,
    Qualifier,
    Quantity,
    Reason,
    Row,
    RowKey,
    RowKind,
    Statement,
    TimeBasis,
    TimeWindow,
    Verdict,
)
from discrepancy.report.chart import _ticks
from discrepancy.report.html import comparison_html
from discrepancy.report.labels import interval_words

# --------------------------------------------------------------------------- the comparison

WIRE_TEXT = (
    "Russia launched more than 1,300 drones at Ukraine during the first five days of "
    "September, Zelensky said, according to EuroNews. It also dropped 900 guided bombs over "
    "the same period. Strikes hit at least 14 regions."
)
POST_TEXT = (
    "Zelensky said Russia fired over 1,300 drones and nearly 900 guided bombs at Ukraine in "
    "the first five days of September. Kremlin spokesman Dmitry Peskov spoke on Friday. "
    '"He was invited to Moscow to talk, not to capitulate," Peskov said.'
)
PWN = "window.__pwned = 1"
HOSTILE_TEXT = (
    f"<script>{PWN}</script> Officials said 12 regions were hit "
    f'" onmouseover="{PWN}" x=" </script><img src=x onerror="{PWN}"> overnight. '
    "Nothing else was said."
)
HOSTILE_OUTLET = f"Evil <script>{PWN}</script> \"News\" ' onclick='{PWN}"
HOSTILE_ID = 'hostile" onmouseover="x'
WIRE_URL = "https://example.com/news?a=1&b=<2>"

SEPT = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity="span")
FRIDAY = TimeWindow(start=date(2025, 9, 5), end=date(2025, 9, 5), granularity="day")


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The sentence around ``start``, split on ". " (good enough for this file's text)."""
    s0 = text.rfind(". ", 0, start)
    s1 = text.find(". ", start)
    return (0 if s0 < 0 else s0 + 2, len(text) if s1 < 0 else s1 + 1)


def fact(
    text: str,
    surface: str,
    value: Interval,
    qualifier: Qualifier,
    nominal: float,
    subject: str,
    event: str,
    *,
    source: str | None = "Zelensky",
    via: str | None = None,
) -> Fact:
    start = text.index(surface)
    span = (start, start + len(surface))
    return Fact(
        span=span,
        surface=surface,
        sentence_span=_sentence(text, start),
        quantity=Quantity(
            span=span, surface=surface, nominal=nominal, value=value, qualifier=qualifier
        ),
        subject=subject,
        event=event,
        time=SEPT,
        time_basis=TimeBasis.STATED,
        time_surface="the first five days of September",
        attribution=Attribution(source=source, via=via) if source else None,
    )


def build() -> Comparison:
    wire = Article(
        id="wire",
        text=WIRE_TEXT,
        outlet="Daily Ledger",
        published=date(2025, 9, 7),
        url=WIRE_URL,
    )
    post = Article(
        id="post",
        text=POST_TEXT,
        outlet="Morning Post",
        published=datetime(2025, 9, 6, 9, 30),
        published_inferred=True,
        notes=("published not before 2025-09-06 (the latest date mentioned)",),
    )
    hostile = Article(
        id=HOSTILE_ID,
        text=HOSTILE_TEXT,
        outlet=HOSTILE_OUTLET,
        published=date(2025, 9, 4),
        url=f"javascript:{PWN}",
        notes=(f"</script><script>{PWN}</script>",),
    )
    more = Interval(low=1300, low_closed=False)
    drones = Row(
        key=RowKey(subject="drone", event="launched", window=SEPT.key(), location="Ukraine"),
        cells=(
            Cell(
                article_id="post",
                fact=fact(
                    POST_TEXT, "over 1,300", more, Qualifier.MORE_THAN, 1300, "drone", "launched"
                ),
            ),
            Cell(article_id=HOSTILE_ID, note="published_before_window"),
            Cell(
                article_id="wire",
                fact=fact(
                    WIRE_TEXT,
                    "more than 1,300",
                    more,
                    Qualifier.MORE_THAN,
                    1300,
                    "drone",
                    "launched",
                    via="EuroNews",
                ),
            ),
        ),
        verdict=Verdict.OMIT,
        reason=Reason.PUBLISHED_BEFORE_WINDOW,
        reasons=(Reason.PUBLISHED_BEFORE_WINDOW, Reason.EQUIVALENT_WORDING),
        agreement=Agreement.AGREE,
        explanation="post and wire agree ('over 1,300' = 'more than 1,300'); the hostile "
        "article was published before the period ended.",
    )
    bombs = Row(
        key=RowKey(subject="guided bomb", event="dropped", window=SEPT.key()),
        cells=(
            Cell(
                article_id="post",
                fact=fact(
                    POST_TEXT,
                    "nearly 900",
                    Interval(low=810, high=900, high_closed=False),
                    Qualifier.NEARLY,
                    900,
                    "guided bomb",
                    "dropped",
                ),
            ),
            Cell(article_id=HOSTILE_ID, note="not_reported"),
            Cell(
                article_id="wire",
                fact=fact(
                    WIRE_TEXT,
                    "900",
                    Interval.point(900),
                    Qualifier.EXACT,
                    900,
                    "guided bomb",
                    "dropped",
                    source=None,
                ),
            ),
        ),
        verdict=Verdict.DIFFER,
        reason=Reason.DISJOINT,
        explanation="nearly 900 and 900 cannot both be right",
        agreement=Agreement.DIFFER,
        assumptions=("post's window has no year: taken as 2025 from the other articles",),
    )
    regions = Row(
        key=RowKey(subject="region", event="hit", window=SEPT.key()),
        cells=(
            Cell(article_id="post", note="not_reported"),
            Cell(
                article_id=HOSTILE_ID,
                fact=fact(
                    HOSTILE_TEXT,
                    "12 regions",
                    Interval.point(12),
                    Qualifier.EXACT,
                    12,
                    "region",
                    "hit",
                    source=f"<b>{PWN}</b>",
                ),
            ),
            Cell(
                article_id="wire",
                fact=fact(
                    WIRE_TEXT,
                    "at least 14 regions",
                    Interval(low=14),
                    Qualifier.AT_LEAST,
                    14,
                    "region",
                    "hit",
                    source=None,
                ),
            ),
        ),
        verdict=Verdict.DIFFER,
        reason=Reason.DISJOINT,
        explanation=f"12 regions and at least 14 regions cannot both be right <i>{PWN}</i>",
        agreement=Agreement.DIFFER,
    )
    quote = "He was invited to Moscow to talk, not to capitulate,"
    q_start = POST_TEXT.index(quote)
    peskov = Row(
        key=RowKey(kind=RowKind.STATEMENT, subject="Peskov", event=quote),
        cells=(
            Cell(
                article_id="post",
                statement=Statement(
                    speaker="Peskov",
                    quote=quote,
                    span=(q_start, q_start + len(quote)),
                    time=FRIDAY,
                    time_surface="on Friday",
                ),
            ),
            Cell(article_id=HOSTILE_ID, note="not_reported"),
            Cell(article_id="wire", note="not_reported"),
        ),
        verdict=Verdict.OMIT,
        reason=Reason.SINGLE_SOURCE,
        explanation="only post reports this statement",
    )
    return Comparison(articles=(post, hostile, wire), rows=(drones, bombs, regions, peskov))


# --------------------------------------------------------------------------- a tiny DOM


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    content: list[Node | str] = field(default_factory=list)

    @property
    def children(self) -> list[Node]:
        return [c for c in self.content if isinstance(c, Node)]

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def find(self, tag: str, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.walk()
            if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())
        ]

    def all_text(self) -> str:
        return "".join(c if isinstance(c, str) else c.all_text() for c in self.content)


_VOID = {"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area", "base"}


class TreeBuilder(HTMLParser):
    """Builds a tree and fails on any unbalanced or mis-nested tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.errors: list[str] = []
        self.decl: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].content.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].content.append(node)

    def handle_endtag(self, tag: str) -> None:
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].content.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.errors == []
    assert [n.tag for n in builder.stack] == ["#root"], "unclosed tags"
    assert builder.decl is not None
    assert builder.decl.lower() == "doctype html"
    return builder.root


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build()


@pytest.fixture(scope="module")
def page(comparison: Comparison) -> str:
    return comparison.to_html()


@pytest.fixture(scope="module")
def dom(page: str) -> Node:
    return parse(page)


def _evidence(dom: Node, anchor: str) -> Node:
    (node,) = [n for n in dom.walk() if n.attrs.get("id") == anchor]
    return node


# --------------------------------------------------------------------------- structure


def test_one_table_row_per_row_and_one_column_per_article(
    dom: Node, comparison: Comparison
) -> None:
    (table,) = dom.find("table", "matrix")
    (thead,) = table.find("thead")
    headers = thead.find("th")
    assert len(headers) == 1 + len(comparison.articles)
    assert [h.find("span", "outlet")[0].all_text() for h in headers[1:]] == [
        "Morning Post",
        HOSTILE_OUTLET,
        "Daily Ledger",
    ]
    rows = table.find("tr", "fact")
    assert len(rows) == len(comparison.rows)
    for tr, row in zip(rows, comparison.rows, strict=True):
        tds = tr.find("td")
        assert len(tds) == len(comparison.articles)
        assert all(len(td.find("button", "cell")) == 1 for td in tds)
        assert f"v-{row.verdict.value}" in tr.find("th")[0].find("span", "chip")[0].attrs["class"]


def test_header_shows_dates_and_inferred(dom: Node) -> None:
    (thead,) = dom.find("thead")
    pubs = [s.all_text() for s in thead.find("span", "pub")]
    assert pubs == ["2025-09-06 09:30 (inferred)", "2025-09-04", "2025-09-07"]


@pytest.mark.parametrize(
    ("row", "col", "figure", "state"),
    [
        pytest.param(0, 0, "over 1,300", "agree", id="over-agrees"),
        pytest.param(0, 2, "more than 1,300", "agree", id="more-than-agrees"),
        pytest.param(0, 1, "not reported", "omit", id="published-too-early"),
        pytest.param(1, 0, "nearly 900", "differ", id="nearly-900-differs"),
        pytest.param(1, 2, "900", "differ", id="900-differs"),
        pytest.param(1, 1, "not reported", "omit", id="omitted"),
        pytest.param(3, 0, "on Friday", "single", id="statement-sole-report"),
    ],
)
def test_cells_show_the_figure_as_written_with_a_symbol(
    dom: Node, row: int, col: int, figure: str, state: str
) -> None:
    tr = dom.find("tr", "fact")[row]
    td = tr.find("td")[col]
    assert td.attrs["class"] == f"v-{state}"
    (button,) = td.find("button", "cell")
    assert button.attrs["type"] == "button"
    assert button.find("span", "fig")[0].all_text() == figure
    symbol = {"agree": "✓", "differ": "≠", "omit": "·", "single": "●"}[state]
    assert button.find("span", "sym")[0].all_text() == symbol
    assert figure in button.attrs["aria-label"]
    assert button.attrs["data-evidence"] == f"ev-{row}-{col}"


def test_early_publication_is_explained_in_the_cell(dom: Node) -> None:
    td = dom.find("tr", "fact")[0].find("td")[1]
    assert td.find("span", "note")[0].all_text() == "published before this period ended"


def test_legend_labels_every_state_in_words(dom: Node) -> None:
    (legend,) = dom.find("ul", "legend")
    text = legend.all_text()
    for label in ("✓ agree", "≠ differ", "– omit", "· not reported", "● sole report"):
        assert label in text


def test_row_shows_window_attribution_explanation_and_assumptions(dom: Node) -> None:
    head = dom.find("tr", "fact")[0].find("th")[0].all_text()
    assert "drone launched" in head
    assert "When: 2025-09-01 – 2025-09-05" in head
    assert "Where: Ukraine" in head
    assert "Said by: Zelensky; Zelensky via EuroNews" in head
    why = dom.find("tr", "why")[1].all_text()
    assert "nearly 900 and 900 cannot both be right" in why
    assert "taken as 2025 from the other articles" in why


def test_one_chart_per_differing_figure_row(dom: Node, comparison: Comparison) -> None:
    differing = [r.verdict is Verdict.DIFFER for r in comparison.rows]
    whys = dom.find("tr", "why")
    assert [len(w.find("svg", "chart")) for w in whys] == [int(d) for d in differing]


def test_chart_draws_hedges_as_open_and_closed_ends(dom: Node) -> None:
    (bombs,) = dom.find("tr", "why")[1].find("svg", "chart")
    ends = [c.attrs["class"] for c in bombs.find("circle")]
    # nearly 900 = [810, 900): closed at 810, open at 900; 900 is one filled point.
    assert ends == ["end closed", "end open", "end closed"]
    open_x = bombs.find("circle", "open")[0].attrs["cx"]
    assert bombs.find("circle")[2].attrs["cx"] == open_x  # 900 sits on nearly 900's hole
    assert len(bombs.find("path", "nominal")) == 2
    assert bombs.find("path", "arrow") == []
    ticks = [t.all_text() for t in bombs.find("text", "tick")]
    # Domain 810..900 padded by 12% (10.8) each side: 799.2..910.8, step 25.
    assert ticks == ["800", "825", "850", "875", "900"]


def test_chart_draws_an_arrow_for_an_unbounded_side(dom: Node) -> None:
    (regions,) = dom.find("tr", "why")[2].find("svg", "chart")
    assert len(regions.find("path", "arrow")) == 1
    names = [t.all_text() for t in regions.find("text", "name")]
    assert names == [HOSTILE_OUTLET[:16] + "…", "Daily Ledger"]


def test_no_external_resources(dom: Node) -> None:
    for node in dom.walk():
        assert "src" not in node.attrs, node.tag
        if "href" in node.attrs:
            assert node.tag == "a"
            assert node.attrs["href"] == WIRE_URL
    (csp,) = [m for m in dom.find("meta") if m.attrs.get("http-equiv")]
    assert csp.attrs["content"].startswith("default-src 'none';")
    assert [m.attrs["content"] for m in dom.find("meta") if m.attrs.get("name") == "viewport"]
    assert dom.find("link") == []


# --------------------------------------------------------------------------- escaping


def test_exactly_one_script_and_it_holds_no_data(page: str, dom: Node) -> None:
    (script,) = dom.find("script")
    code = script.all_text()
    assert page.count("<script") == 1
    assert page.lower().count("</script") == 1
    for needle in ("__pwned", "Zelensky", "1,300", "Ledger", "wire"):
        assert needle not in code
    assert "innerHTML" not in code


def test_hostile_strings_render_as_text(page: str, dom: Node) -> None:
    for node in dom.walk():
        assert not any(name.startswith("on") for name in node.attrs), node.attrs
    assert dom.find("img") == []
    assert dom.find("b") == []
    assert dom.find("i") == []
    assert HOSTILE_OUTLET in dom.all_text()
    assert f"</script><script>{PWN}</script>" in dom.all_text()


def test_javascript_url_is_text_not_a_link(dom: Node) -> None:
    urls = [n.all_text() for n in dom.find("span", "url")]
    assert f"javascript:{PWN}" in urls
    assert all("javascript" not in a.attrs.get("href", "") for a in dom.find("a"))
    links = {a.attrs["href"] for a in dom.find("a")}
    assert links == {WIRE_URL}


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("JavaScript:alert(1)", id="mixed-case-scheme"),
        pytest.param(" https://example.com", id="leading-space"),
        pytest.param("https://exa\nmple.com", id="newline-inside"),
        pytest.param("java\tscript:alert(1)", id="tab-in-scheme"),
        pytest.param("data:text/html,<script>x</script>", id="data-url"),
        pytest.param("//example.com/x", id="scheme-relative"),
        pytest.param("ftp://example.com/x", id="ftp"),
    ],
)
def test_only_web_urls_become_links(url: str) -> None:
    a = Article(id="a", text="x", url=url)
    dom = parse(Comparison(articles=(a,), rows=()).to_html())
    assert dom.find("a") == []


@settings(max_examples=60, deadline=None)
@given(
    outlet=st.text(min_size=1, max_size=40),
    text=st.text(max_size=80),
    url=st.text(max_size=30),
)
def test_any_strings_stay_text(outlet: str, text: str, url: str) -> None:
    body = f"{text} 12 drones were seen. {text}"
    a = Article(id=outlet, text=body, outlet=outlet, url=url)
    f = fact(body, "12 drones", Interval.point(12), Qualifier.EXACT, 12, "drone", "seen")
    row = Row(
        key=RowKey(subject=outlet, event=text or None, window=SEPT.key()),
        cells=(Cell(article_id=outlet, fact=f),),
        verdict=Verdict.OMIT,
        reason=Reason.SINGLE_SOURCE,
        explanation=text,
    )
    page = Comparison(articles=(a,), rows=(row,)).to_html()
    dom = parse(page)
    assert len(dom.find("script")) == 1
    assert len(dom.find("a")) <= 1
    tags = {n.tag for n in dom.walk()}
    assert tags <= {
        "#root", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
        "h3", "p", "ul", "li", "span", "strong", "div", "main", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "button", "aside", "section", "details",
        "summary", "blockquote", "mark", "dl", "dt", "dd", "code", "em", "a", "footer",
        "script", "i",
    }  # fmt: skip
    for node in dom.walk():
        assert not any(name.startswith("on") for name in node.attrs)
    (mark,) = _evidence(dom, "ev-0-0").find("mark")
    assert mark.all_text() == "12 drones"


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize(
    ("anchor", "marked", "sentence_part"),
    [
        pytest.param("ev-0-0", "over 1,300", "Zelensky said Russia fired", id="over-1300"),
        pytest.param("ev-0-2", "more than 1,300", "Russia launched", id="more-than-1300"),
        pytest.param("ev-1-0", "nearly 900", "guided bombs at Ukraine", id="nearly-900"),
        pytest.param("ev-1-2", "900", "It also dropped", id="900"),
        pytest.param("ev-2-1", "12 regions", "onerror=", id="hostile-sentence"),
        pytest.param(
            "ev-3-0",
            "He was invited to Moscow to talk, not to capitulate,",
            "Peskov said",
            id="statement",
        ),
    ],
)
def test_evidence_marks_the_figure_in_its_sentence(
    dom: Node, anchor: str, marked: str, sentence_part: str
) -> None:
    evidence = _evidence(dom, anchor)
    (quote,) = evidence.find("blockquote")
    (mark,) = quote.find("mark")
    assert mark.all_text() == marked
    assert sentence_part in quote.all_text()


def test_evidence_sentence_is_exactly_the_fact_sentence(dom: Node, comparison: Comparison) -> None:
    cell = comparison.rows[1].cells[2]
    assert cell.fact is not None
    s0, s1 = cell.fact.sentence_span
    (quote,) = _evidence(dom, "ev-1-2").find("blockquote")
    assert (
        quote.all_text()
        == WIRE_TEXT[s0:s1]
        == "It also dropped 900 guided bombs over the same period."
    )


def test_evidence_carries_article_metadata(dom: Node) -> None:
    text = _evidence(dom, "ev-0-0").all_text()
    assert "Morning Post" in text
    assert "2025-09-06 09:30 (inferred)" in text
    assert "published not before 2025-09-06" in text
    assert "Said by" in text
    wire = _evidence(dom, "ev-0-2")
    assert [a.attrs["href"] for a in wire.find("a")] == [WIRE_URL]
    assert "Zelensky, via EuroNews" in wire.all_text()


def test_evidence_of_an_omitted_cell_says_so(dom: Node) -> None:
    evidence = _evidence(dom, "ev-0-1")
    assert evidence.find("blockquote") == []
    assert "does not report this figure" in evidence.all_text()
    assert "Published before this period ended." in evidence.all_text()


def test_every_cell_button_has_its_evidence(dom: Node) -> None:
    ids = {n.attrs["id"] for n in dom.walk() if "id" in n.attrs}
    for button in dom.find("button", "cell"):
        assert button.attrs["data-evidence"] in ids


def test_long_sentences_are_clipped_around_the_figure() -> None:
    text = "word " * 400 + "then 77 boats arrived " + "word " * 400
    f = fact(text, "77 boats", Interval.point(77), Qualifier.EXACT, 77, "boat", "arrived")
    f = f.model_copy(update={"sentence_span": (0, len(text))})
    row = Row(
        key=RowKey(subject="boat"),
        cells=(Cell(article_id="a", fact=f),),
        verdict=Verdict.OMIT,
        reason=Reason.SINGLE_SOURCE,
        explanation="",
    )
    dom = parse(Comparison(articles=(Article(id="a", text=text),), rows=(row,)).to_html())
    (quote,) = _evidence(dom, "ev-0-0").find("blockquote")
    shown = quote.all_text()
    assert shown.startswith("…")
    assert shown.endswith("…")
    assert len(shown) < 700
    assert quote.find("mark")[0].all_text() == "77 boats"


# --------------------------------------------------------------------------- determinism


def test_same_comparison_gives_byte_identical_html(page: str) -> None:
    assert build().to_html() == page
    assert comparison_html(build()) == page


def test_infinite_bounds_are_drawn_as_arrows() -> None:
    text = "It was 5 or more, or 8."
    a = Article(id="a", text=text)
    b = Article(id="b", text=text)
    many = fact(text, "5 or more", Interval(low=5, high=math.inf), Qualifier.AT_LEAST, 5, "x", "y")
    eight = fact(text, "8", Interval.point(8), Qualifier.EXACT, 8, "x", "y")
    row = Row(
        key=RowKey(subject="x"),
        cells=(Cell(article_id="a", fact=many), Cell(article_id="b", fact=eight)),
        verdict=Verdict.DIFFER,
        reason=Reason.DIFFERENT_FIGURES,
        explanation="",
    )
    page = Comparison(articles=(a, b), rows=(row,)).to_html()
    (chart,) = parse(page).find("svg", "chart")
    assert len(chart.find("path", "arrow")) == 1
    assert "inf" not in "".join(str(n.attrs) for n in chart.walk())


def _two_unit_row(unit_a: str | None, unit_b: str | None) -> Comparison:
    text = "The queue was 5 miles long, or 10 km."
    facts = []
    for surface, nominal, unit in (("5 miles", 5, unit_a), ("10 km", 10, unit_b)):
        f = fact(text, surface, Interval.point(nominal), Qualifier.EXACT, nominal, "queue", "")
        quantity = f.quantity.model_copy(update={"unit": unit})
        facts.append(f.model_copy(update={"quantity": quantity}))
    row = Row(
        key=RowKey(subject="queue", unit="kilometer"),
        cells=(Cell(article_id="a", fact=facts[0]), Cell(article_id="b", fact=facts[1])),
        verdict=Verdict.DIFFER,
        reason=Reason.DIFFERENT_FIGURES,
        explanation="",
    )
    return Comparison(
        articles=(Article(id="a", text=text), Article(id="b", text=text)), rows=(row,)
    )


def test_chart_converts_units_to_the_row_unit() -> None:
    (chart,) = parse(_two_unit_row("mile", "kilometer").to_html()).find("svg", "chart")
    # 5 miles = 8.04672 km.
    assert "a: 5 miles (exactly 8.0467)" in chart.find("title")[0].all_text()


def test_no_chart_when_a_count_meets_a_measure() -> None:
    assert parse(_two_unit_row(None, "kilometer").to_html()).find("svg", "chart") == []


def test_empty_comparison_renders() -> None:
    dom = parse(Comparison(articles=(), rows=()).to_html())
    assert "No figures to compare" in dom.all_text()


# --------------------------------------------------------------------------- words and axes


@pytest.mark.parametrize(
    ("value", "unit", "words"),
    [
        pytest.param(Interval(low=1300, low_closed=False), None, "more than 1,300", id="over"),
        pytest.param(Interval(low=7), None, "at least 7", id="at-least"),
        pytest.param(Interval(high=50), "percent", "at most 50%", id="up-to-percent"),
        pytest.param(Interval(high=900, high_closed=False), None, "less than 900", id="under"),
        pytest.param(
            Interval(low=810, high=900, high_closed=False),
            None,
            "from 810 to below 900",
            id="nearly",
        ),
        pytest.param(Interval(low=45, high=55), None, "from 45 to 55", id="about"),
        pytest.param(Interval.point(2.5), "kilometer", "exactly 2.5 kilometer", id="decimal"),
    ],
)
def test_interval_words(value: Interval, unit: str | None, words: str) -> None:
    assert interval_words(value, unit) == words


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        pytest.param(0, 10, [0, 2, 4, 6, 8, 10], id="small"),
        pytest.param(1144, 1456, [1150, 1200, 1250, 1300, 1350, 1400, 1450], id="hundreds"),
        pytest.param(0.5, 1.5, [0.6, 0.8, 1.0, 1.2, 1.4], id="fractions"),
    ],
)
def test_ticks_are_round_numbers_inside_the_range(
    low: float, high: float, ticks: list[float]
) -> None:
    assert _ticks(low, high) == pytest.approx(ticks)


def test_html_is_well_formed_after_escaping_check(page: str) -> None:
    # The raw page never contains the hostile markup unescaped.
    assert "<img" not in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")
    assert html.escape(HOSTILE_OUTLET, quote=True) in page
    assert re.search(r"<a [^>]*javascript", page, re.IGNORECASE) is None


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    from discrepancy import compare, load_articles

    return compare(load_articles("seeds"))


def test_seed_report_is_well_formed_with_one_column_per_article(seeds: Comparison) -> None:
    dom = parse(seeds.to_html())
    (table,) = dom.find("table", "matrix")
    assert len(table.find("thead")[0].find("th")) == 1 + 5
    assert len(table.find("tr", "fact")) == len(seeds.rows)
    differing = sum(
        r.verdict is Verdict.DIFFER
        and r.key.kind is RowKind.FIGURE
        and sum(c.fact is not None for c in r.cells) > 1
        for r in seeds.rows
    )
    assert len(dom.find("svg", "chart")) == differing


def test_seed_evidence_marks_every_reported_figure(seeds: Comparison) -> None:
    dom = parse(seeds.to_html())
    checked = 0
    for r, row in enumerate(seeds.rows):
        for c, cell in enumerate(row.cells):
            if cell.fact is None:
                continue
            (mark,) = _evidence(dom, f"ev-{r}-{c}").find("mark")
            assert mark.all_text() == cell.fact.surface
            checked += 1
    assert checked >= 10


def test_seed_over_and_more_than_1300_agree_in_the_matrix(seeds: Comparison) -> None:
    dom = parse(seeds.to_html())
    states = {
        button.find("span", "fig")[0].all_text(): td.attrs["class"]
        for td in dom.find("td")
        for button in td.find("button", "cell")
    }
    # The surface may or may not include the counted noun ("over 1,300 drones").
    over = [state for fig, state in states.items() if fig.startswith("over 1,300")]
    more = [state for fig, state in states.items() if fig.startswith("more than 1,300")]
    assert over == more == ["v-agree"]
