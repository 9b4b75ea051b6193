"""Article loading and metadata: seeds, front matter, date tokens, datelines, footers."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime
from pathlib import Path

import pytest

from discrepancy import (
    Article,
    ArticleEncodingError,
    ArticleReadError,
    FrontMatterError,
    HTMLInputError,
    extract,
)
from discrepancy.articles.load import article_from_raw, load_article, load_articles
from tests.helpers import SEEDS


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- seeds

SEED_METADATA = [
    ("000", "CNewsLive", None),
    ("001", None, date(2025, 9, 7)),
    ("002", None, datetime(2025, 9, 5, 14, 11)),
    ("003", "RFE/RL", None),
    ("004", None, date(2025, 9, 4)),
]


@pytest.mark.parametrize(
    ("seed", "outlet", "published"), SEED_METADATA, ids=[s[0] for s in SEED_METADATA]
)
def test_seed_metadata(seed: str, outlet: str | None, published: date | None) -> None:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    article = load_article(path)
    assert article.outlet == outlet
    assert article.published == published
    assert type(article.published) is type(published)
    assert article.published_inferred is False
    assert article.id == path.stem


def test_seed_000_notes_the_outlet_spelling_variant() -> None:
    (path,) = SEEDS.glob("000_*.txt")
    assert any("Cnews Live" in note for note in load_article(path).notes)


def test_seed_003_notes_a_marked_not_before_inference() -> None:
    (path,) = SEEDS.glob("003_*.txt")
    notes = load_article(path).notes
    assert (
        "published not before September 6 (the latest date the text mentions; year unknown)"
        in notes
    )


def test_seed_date_token_keeps_the_whole_text() -> None:
    (path,) = SEEDS.glob("001_*.txt")
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")


def test_load_articles_on_the_seed_folder() -> None:
    articles = load_articles(SEEDS)
    assert [a.id[:3] for a in articles] == ["000", "001", "002", "003", "004"]


# --------------------------------------------------------------------------- front matter


def test_front_matter_is_read_and_the_body_kept_as_given(tmp_path: Path) -> None:
    body = "Police said 12 people were arrested.\r\n\r\nMore later.\r\n"
    path = _write(
        tmp_path,
        "a.txt",
        "url: https://example.org/a\r\noutlet: Example News\r\npublished: 2025-09-05\r\n"
        "title: Arrests\r\nlanguage: en\r\n---\r\n" + body,
    )
    article = load_article(path)
    assert article.text == "Arrests\n\n" + body  # the headline opens the text
    assert (article.url, article.outlet, article.published, article.language) == (
        "https://example.org/a",
        "Example News",
        date(2025, 9, 5),
        "en",
    )


def test_front_matter_with_opening_delimiter_and_datetime(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "---\noutlet: X\npublished: 2025-09-05T14:11\n---\nBody.")
    article = load_article(path)
    assert article.published == datetime(2025, 9, 5, 14, 11)
    assert article.text == "Body."


def test_front_matter_published_unknown_is_none(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "a.txt", "outlet: X\npublished: unknown\n---\nOn September 3 it rained."
    )
    article = load_article(path)
    assert article.published is None
    assert article.notes == (
        "published not before September 3 (the latest date the text mentions; year unknown)",
    )


def test_front_matter_unknown_date_is_not_overridden_by_a_dateline(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "published: unknown\n---\n5 Sep, 2025 14:11\nBody.")
    assert load_article(path).published is None


def test_front_matter_closed_by_a_blank_line_like_an_email_header(tmp_path: Path) -> None:
    text = "Title: Ferry fares rise\nOutlet: Harbour Post\nPublished: 2026-03-02\n\nFares rose 4%."
    article = load_article(_write(tmp_path, "a.txt", text))
    assert (article.outlet, article.published) == ("Harbour Post", date(2026, 3, 2))
    assert article.text == "Ferry fares rise\n\nFares rose 4%."


HEADLINES = [
    (
        "title: Storm leaves 14 dead\n---\nRescuers searched.",
        "Storm leaves 14 dead\n\nRescuers searched.",
    ),
    (
        "title: Storm leaves 14 dead\n---\nStorm leaves 14 dead\nRescuers.",
        "Storm leaves 14 dead\nRescuers.",
    ),
    ("title:\n---\nRescuers searched.", "Rescuers searched."),
]


@pytest.mark.parametrize(("content", "text"), HEADLINES)
def test_front_matter_title_opens_the_text_once(tmp_path: Path, content: str, text: str) -> None:
    assert load_article(_write(tmp_path, "a.txt", content)).text == text


def test_headline_figures_are_extracted(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "title: Floods force 3,000 from homes\n---\nRain fell.")
    (fact,) = extract(load_article(path)).facts
    assert (fact.surface, fact.quantity.value.low, fact.subject, fact.event) == (
        "3,000",
        3000,
        "person",
        "evacuated",
    )


def test_front_matter_opened_by_dashes_still_skips_blank_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "---\noutlet: X\n\npublished: 2025-09-05\n---\nBody.")
    article = load_article(path)
    assert (article.outlet, article.published, article.text) == ("X", date(2025, 9, 5), "Body.")


MALFORMED = [
    ("outlet: X\nthis is not a key line\n---\nBody.", "line 2"),
    ("outlet: X\nauthor: Y\n---\nBody.", "unknown front-matter key 'author'"),
    ("outlet: X\npublished: yesterday-ish\n---\nBody.", "line 2: cannot read the published date"),
    ("outlet: X\npublished: 2025-13-45\n---\nBody.", "line 2"),
    ("outlet: X\noutlet: Y\n---\nBody.", "given twice"),
    ("outlet: X\nlanguage: English\n---\nBody.", "two-letter"),
    ("outlet: X\npublished: 2025-09-05\nBody with no closing line.", "closing '---' line missing"),
    ("outlet: X\npublished: 2025-09-05\n", "not closed"),
]


@pytest.mark.parametrize(("content", "message"), MALFORMED, ids=[m[1] for m in MALFORMED])
def test_malformed_front_matter_names_file_and_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = _write(tmp_path, "bad.txt", content)
    with pytest.raises(FrontMatterError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)


def test_front_matter_with_no_body(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "outlet: X\n---\n   \n")
    with pytest.raises(ArticleReadError, match="no article text"):
        load_article(path)


# --------------------------------------------------------------------------- dates in the text

DATELINES = [
    ("5 Sep, 2025 14:11", datetime(2025, 9, 5, 14, 11), "seed 002"),
    ("September 5, 2025", date(2025, 9, 5), "invented: datelines"),
    ("Sep 5, 2025 2:11 PM", datetime(2025, 9, 5, 14, 11), "invented: datelines"),
    ("2025-09-05T14:11", datetime(2025, 9, 5, 14, 11), "invented: datelines"),
    ("Published: 5 September 2025", date(2025, 9, 5), "invented: datelines"),
    ("Updated: 5 September 2025", date(2025, 9, 5), "invented: datelines"),
    ("| Friday, Sept. 5, 2025, 11:22 p.m.", datetime(2025, 9, 5, 23, 22), "invented: datelines"),
    ("Posted at 7:41 PM, Sep 05, 2025", date(2025, 9, 5), "invented: datelines"),
    (
        "Metro Published: 5 September 2025, 09:08 AM | Updated: 6 September 2025",
        datetime(2025, 9, 5, 9, 8),
        "invented: datelines",
    ),
    (
        "Published on September 5, 2025, at 8:25 pm (Paris)",
        datetime(2025, 9, 5, 20, 25),
        "invented: datelines",
    ),
]


@pytest.mark.parametrize(
    ("line", "published", "provenance"), DATELINES, ids=[d[0] for d in DATELINES]
)
def test_dateline_gives_the_publication_date(line: str, published: date, provenance: str) -> None:
    text = f"Some headline about drones\n\n{line}\n\nRussia launched 40 drones on Friday."
    assert article_from_raw(text, id="x").published == published


def test_updated_only_dateline_is_noted() -> None:
    article = article_from_raw("Headline\nUpdated: 5 September 2025\n\nBody.", id="x")
    assert any("Updated" in note for note in article.notes)


NOT_DATELINES = [
    (
        "Headline\n\nUpdated\n\nThe press conference on September 5 in western Ukraine.",
        "invented: not a dateline",
    ),
    (
        "A drone photo taken on August 10, 2023, shows volunteers clearing a flooded road.",
        "invented: not a dateline",
    ),
    ("Kestrel Bay (Oregon), August 12\nThe death toll rose.", "invented: not a dateline"),
    ("03-11-2019 06:15 CET\nBody text here.", "invented: not a dateline"),
    (
        "\n".join(f"line {i}" for i in range(12)) + "\n5 September 2025\nBody.",
        "invented: not a dateline",
    ),
]


@pytest.mark.parametrize(
    ("text", "provenance"),
    NOT_DATELINES,
    ids=["updated-alone", "caption", "no-year", "numeric", "too-late"],
)
def test_no_dateline(text: str, provenance: str) -> None:
    assert article_from_raw(text, id="x").published is None


def test_date_token_at_the_very_start() -> None:
    article = article_from_raw(" date 2025-09-04 Putin said on Wednesday...", id="x")
    assert article.published == date(2025, 9, 4)
    assert article.text.startswith(" date 2025-09-04")


def test_date_token_later_in_the_text_is_ignored() -> None:
    article = article_from_raw("Putin spoke. date 2025-09-04 was the day.", id="x")
    assert article.published is None


def test_full_dates_give_a_dated_not_before_note_and_no_published() -> None:
    article = article_from_raw("Talks on March 7, 2023 and on March 11, 2023 failed.", id="x")
    assert article.published is None
    assert article.published_inferred is False
    assert article.notes == (
        "published not before 2023-03-11 (inferred from the latest date mentioned)",
    )


def test_no_dates_no_notes() -> None:
    assert article_from_raw("Police said 12 people were arrested.", id="x").notes == ()


# --------------------------------------------------------------------------- outlets

FOOTERS = [
    ("Follow the CNewsLive English Readers channel on WhatsApp:", "CNewsLive", "seed 000"),
    ("Follow the Daily Herald channel on WhatsApp", "Daily Herald", "invented: footers"),
    (
        "The comments posted here are not from Cnews Live. Kindly refrain.",
        "Cnews Live",
        "invented: footers",
    ),
    (
        "  RFE/RL journalists report the news in 27 languages in 23 countries.",
        "RFE/RL",
        "invented: footers",
    ),
    (
        "© 2025 The Kyiv Independent. All rights reserved.",
        "The Kyiv Independent",
        "invented: footers",
    ),
    ("Copyright © 2019-2025 Example Media Group", "Example Media Group", "invented: footers"),
    ("Copyright Reuters", "Reuters", "invented: footers"),
]


@pytest.mark.parametrize(("footer", "outlet", "provenance"), FOOTERS, ids=[f[1] for f in FOOTERS])
def test_footer_names_the_outlet(footer: str, outlet: str, provenance: str) -> None:
    text = f"Russia launched 40 drones overnight, officials said.\n\n{footer}\n"
    assert article_from_raw(text, id="x").outlet == outlet


NO_OUTLET = [
    ("Russia launched 40 drones overnight, officials said.", "invented: not a footer"),
    ("A photo © Grégoire Sauvage shows the crowd.", "invented: not a footer"),
    ("Russian journalists reported heavy shelling.", "invented: not a footer"),
]


@pytest.mark.parametrize(
    ("text", "provenance"), NO_OUTLET, ids=["plain", "photo-credit", "not-self"]
)
def test_no_outlet_is_invented(text: str, provenance: str) -> None:
    assert article_from_raw(text, id="x").outlet is None


def test_front_matter_outlet_wins_over_footer(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "outlet: Le Monde\n---\nBody.\n\nCopyright Reuters\n")
    assert load_article(path).outlet == "Le Monde"


# --------------------------------------------------------------------------- files and errors


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", "")
    with pytest.raises(ArticleReadError, match="empty") as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleReadError, match="empty"):
        load_article(_write(tmp_path, "blank.txt", " \r\n\t\n"))


def test_invalid_utf8_names_file_and_offset(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.txt", b"Kyiv said caf\xe9 closed.")
    with pytest.raises(ArticleEncodingError, match="byte offset 13") as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbfab\xff")
    with pytest.raises(ArticleEncodingError, match="byte offset 5"):
        load_article(path)


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbfoutlet: X\n---\nBody.")
    article = load_article(path)
    assert (article.outlet, article.text) == ("X", "Body.")


def test_lone_cr_line_endings(tmp_path: Path) -> None:
    text = "Headline\r5 Sep, 2025 14:11\r\rBody on Friday.\r\rFollow the Example News channel\r"
    article = load_article(_write(tmp_path, "cr.txt", text))
    assert article.text == text
    assert article.published == datetime(2025, 9, 5, 14, 11)
    assert article.outlet == "Example News"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleReadError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_folder_given_to_load_article(tmp_path: Path) -> None:
    with pytest.raises(ArticleReadError, match="load_articles"):
        load_article(tmp_path)


def test_folder_loads_txt_files_by_name_and_skips_goldens(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", "Second article.")
    _write(tmp_path, "a.txt", "First article.")
    _write(tmp_path, "a.facts.jsonl", "{}")
    _write(tmp_path, "a.gold.txt", "not an article")
    _write(tmp_path, "notes.md", "not an article")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "c.txt", "Nested, not loaded.")
    assert [a.id for a in load_articles(tmp_path)] == ["a", "b"]


def test_single_file_given_to_load_articles(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "First article.")
    assert [a.id for a in load_articles(path)] == ["a"]


def test_folder_without_articles(tmp_path: Path) -> None:
    _write(tmp_path, "a.facts.jsonl", "{}")
    with pytest.raises(ArticleReadError, match=r"no \*\.txt article files") as info:
        load_articles(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_html_passed_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", "<!DOCTYPE html><html><body>x</body></html>")
    with pytest.raises(HTMLInputError, match="from_html"):
        load_article(path)


def test_article_from_raw_via_the_model() -> None:
    article = Article.from_raw(" date 2025-09-07 Body.", id="x", path="x.txt")
    assert (article.published, article.path) == (date(2025, 9, 7), "x.txt")


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Russia launches 40 drones at Ukraine | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-09-05T08:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Russia launches 40 drones at Ukraine</h1>
<p>Russia launched 40 drones at Ukraine overnight, the Ukrainian air force said on Friday,
adding that air defences shot down 35 of them over the central and southern regions.</p>
<p>Officials in Kyiv said the attack damaged two energy facilities and a residential building,
and that repair crews were working to restore power to several thousand households.</p>
<p>The strike came a day after talks between European leaders on security guarantees for
Ukraine, which Moscow has repeatedly rejected as unacceptable.</p>
</article>
<footer>Contact us</footer>
</body></html>
"""


def _trafilatura_works() -> bool:
    if importlib.util.find_spec("trafilatura") is None:
        return False
    try:
        import trafilatura  # noqa: F401
    except ImportError:  # installed but a dependency is missing (lxml_html_clean)
        return False
    return True


@pytest.mark.skipif(not _trafilatura_works(), reason="trafilatura (the html extra) is not usable")
def test_from_html_extracts_text_and_metadata() -> None:
    article = Article.from_html(PAGE, url="https://example.org/world/drones-40")
    assert "Russia launched 40 drones" in article.text
    assert "Contact us" not in article.text
    assert article.outlet == "Example News"
    assert article.published == date(2025, 9, 5)
    assert (article.id, article.url) == ("drones-40", "https://example.org/world/drones-40")


@pytest.mark.skipif(not _trafilatura_works(), reason="trafilatura (the html extra) is not usable")
def test_from_html_with_no_text() -> None:
    with pytest.raises(ArticleReadError, match="no article text"):
        Article.from_html("<html><body></body></html>", id="empty")
