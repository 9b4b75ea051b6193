"""Bad input and what it gets: one table, every public entry point.

Each row names the input, the function it is fed to, and the expected outcome:
either a property of the result, or one documented error class (always a
:class:`~discrepancy.DiscrepancyError`). No row may raise anything else, and every
row runs under a generous wall-clock limit, so a hang fails instead of stalling.

Decisions recorded here (the contract, not an accident of the code):

* Type errors: ``None``, bytes, numbers, lists passed as text give
  :class:`~discrepancy.InputTypeError` (an ``InputError`` and a ``TypeError``)
  naming the function, the type received and the fix; bad values of the right type
  (empty text, a web page) give an ``InputError``, a ``ValueError``.
* Empty or whitespace-only text: scanners (``find_quantities``, ``find_times``)
  return no mentions; ``parse_quantity`` / ``parse_time`` raise
  :class:`~discrepancy.ParseError` (there is no phrase to parse); an article
  (``extract``, ``Article.from_raw``, ``compare``) raises
  :class:`~discrepancy.EmptyInputError`; an empty *file* raises
  :class:`~discrepancy.ArticleReadError`, which names the file.
* HTML: a clear web page (doctype or ``<html>`` start, or dense markup) given as
  article text (``extract``, ``Article.from_raw``, ``compare``, ``load_article``)
  raises :class:`~discrepancy.HTMLInputError` pointing to ``Article.from_html``;
  a text with a stray ``<b>`` is ordinary text. The scanners (``find_*``,
  ``parse_*``) read any fragment, markup included.
* Unicode: no-break, thin and narrow no-break spaces group thousands; every
  Unicode space separates words; the hyphen, figure dash, en and em dashes,
  horizontal bar and minus sign join a range; a byte-order mark and bidi marks
  are ignored; a zero-width space, joiner or non-joiner inside a figure is
  skipped (scrapers leave them inside numbers).
* Full-width digits ("１，３００") and Arabic-Indic digits ("١٣٠٠") are read by
  ``extract`` (and so ``compare`` and the CLI), through the reading copy of the
  Unicode policy at the door (``discrepancy.text.gate``; tests/edges/test_robust_unicode.py
  has a row per input class), with spans and surfaces in the text as given. The
  scanners (``find_quantities``, ``find_times``) read the text as it is and find
  no mention in them, which the accounting property (tests/edges/test_properties.py)
  allows because it counts ASCII digits only.
* Files: invalid UTF-8 and other encodings (latin-1, UTF-16) raise
  :class:`~discrepancy.ArticleEncodingError` with the byte offset; a UTF-8
  byte-order mark is dropped.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import discrepancy
from discrepancy import (
    Article,
    ArticleEncodingError,
    ArticleReadError,
    DiscrepancyError,
    EmptyInputError,
    Extraction,
    FrontMatterError,
    GoldenFileError,
    HTMLInputError,
    InputError,
    ParseError,
    Quantity,
    TimeWindow,
)
from discrepancy.report.golden import read_golden, write_golden
from tests.helpers import ROOT

PUBLISHED = date(2025, 9, 7)
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# A hang detector, not a speed test: the slowest row (10 MB through extract) takes
# well under a minute on one shared core.
WALL_CLOCK_LIMIT = 600.0

MB = 1_000_000
HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang='en'><head><title>Strike</title></head>"
    "<body><p>Russia launched 502 drones.</p></body></html>"
)
# A page saved without its doctype: only the density of tags gives it away.
TAG_SOUP = "".join(
    f"<div class='row'><span>Item {n}</span><a href='/x/{n}'>12 drones</a></div>\n"
    for n in range(20)
)
ONE_TAG = "Police said <b>12</b> people were arrested on Monday."


# --------------------------------------------------------------------------- calls


def find_quantities(text: Any) -> list[Quantity]:
    return discrepancy.find_quantities(text)


def parse_quantity(text: Any) -> Quantity:
    return discrepancy.parse_quantity(text)


def find_times(text: Any) -> list[Any]:
    return discrepancy.find_times(text, published=PUBLISHED)


def parse_time(text: Any) -> TimeWindow:
    return discrepancy.parse_time(text, published=PUBLISHED)


def extract(text: Any) -> Extraction:
    return discrepancy.extract(text)


def from_raw(text: Any) -> Article:
    return Article.from_raw(text, id="t")


def compare(text: Any) -> discrepancy.Comparison:
    return discrepancy.compare([text, "Police arrested 12 people on 4 May 2024."])


def compare_items(items: Any) -> discrepancy.Comparison:
    """``compare`` on the collection as given (maybe not a collection at all)."""
    return discrepancy.compare(items)


def cluster_items(items: Any) -> list[list[str]]:
    return discrepancy.cluster(items)


def _write(data: bytes, name: str) -> str:
    folder = tempfile.mkdtemp(prefix="discrepancy-robust-")
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def load(data: bytes) -> Article:
    """``load_article`` on a file holding exactly ``data``."""
    return discrepancy.load_article(_write(data, "article.txt"))


def load_path(path: Any) -> Article:
    """``load_article`` on a path value as given (maybe not a path at all)."""
    return discrepancy.load_article(path)


def load_folder(path: Any) -> list[Article]:
    return discrepancy.load_articles(path)


def golden(data: bytes) -> list[str]:
    return read_golden(_write(data, "story.facts.jsonl"))


# --------------------------------------------------------------------------- expectations


@dataclass(frozen=True)
class Raises:
    """The call must raise ``error`` (exactly that class or a subclass); the message
    must hold every string of ``says``."""

    error: type[DiscrepancyError]
    says: tuple[str, ...] = ()
    line: int | None = None  # GoldenFileError.line


Check = Callable[[Any], object]


def surfaces(*expected: str) -> Check:
    def check(result: list[Any]) -> None:
        assert [m.surface for m in result] == list(expected)

    return check


def values(*expected: tuple[float | None, float | None]) -> Check:
    def check(result: list[Quantity]) -> None:
        assert [(q.value.low, q.value.high) for q in result] == list(expected)

    return check


def facts(*expected: tuple[str, str | None, float | None, float | None]) -> Check:
    """Facts as (surface, subject, low, high)."""

    def check(result: Extraction) -> None:
        got = [
            (f.surface, f.subject, f.quantity.value.low, f.quantity.value.high)
            for f in result.facts
        ]
        assert got == list(expected)

    return check


def nothing_found(result: Extraction | list[Any]) -> None:
    if isinstance(result, Extraction):
        assert result.facts == ()
        assert result.rejected == ()
    else:
        assert result == []


def accounted(*figures: str) -> Check:
    """Each figure is a fact or a rejected mention, in that order."""

    def check(result: Extraction) -> None:
        seen = sorted(
            [(f.span, f.surface) for f in result.facts]
            + [(r.span, r.surface) for r in result.rejected]
        )
        assert [surface for _, surface in seen] == list(figures)

    return check


def no_facts(result: Extraction) -> None:
    assert result.facts == ()


def completes(result: object) -> None:
    """Only that it finishes without an undocumented error (huge or junk inputs)."""


def text_is(expected: str) -> Check:
    def check(result: Article) -> None:
        assert result.text == expected

    return check


def many_facts(result: Extraction) -> None:
    """A long article still yields its figures; the repeats are kept as rejected
    duplicates, and every span indexes the text. (Counts are compared as plain
    ints: pytest's report on a failing assert would otherwise render 10 MB.)"""
    text = result.article.text
    facts, rejected = len(result.facts), len(result.rejected)
    assert facts >= 10
    assert rejected >= 10_000
    bad = sum(text[f.span[0] : f.span[1]] != f.surface for f in result.facts if not f.negated)
    bad += sum(text[r.span[0] : r.span[1]] != r.surface for r in result.rejected)
    assert bad == 0


# --------------------------------------------------------------------------- the table

Row = tuple[str, Callable[[Any], Any], Any, "Raises | Check"]

WRONG_TYPES: list[Row] = [
    (f"{kind}-{func.__name__}", func, value, Raises(InputError, (func.__name__,)))
    for kind, value in (
        ("none", None),
        ("bytes", b"Police arrested 12 people."),
        ("int", 12),
        ("float", 1.5),
        ("list", ["12 drones"]),
    )
    for func in (find_quantities, parse_quantity, find_times, parse_time, extract)
] + [
    ("none-from_raw", from_raw, None, Raises(InputError, ("None",))),
    ("bytes-from_raw", from_raw, b"12 drones", Raises(InputError, ("decode",))),
    ("none-compare", compare, None, Raises(InputError, ("NoneType",))),
    *[
        (f"{kind}-{func.__name__}", func, value, Raises(InputError, ("iterable",)))
        for kind, value in (("none", None), ("int", 12), ("one-text", "12 drones"))
        for func in (compare_items, cluster_items)
    ],
    ("none-load_article", load_path, None, Raises(InputError, ("load_article", "path"))),
    ("int-load_article", load_path, 12, Raises(InputError, ("int",))),
    ("bytes-load_article", load_path, b"a.txt", Raises(InputError, ("bytes",))),
    ("none-load_articles", load_folder, None, Raises(InputError, ("load_articles",))),
    ("nul-in-path", load_path, "seeds/a\x00b.txt", Raises(ArticleReadError, ("cannot read",))),
    ("bytes-compare", compare, b"12 drones", Raises(InputError, ("bytes",))),
]

EMPTY: list[Row] = [
    (f"{kind}-{func.__name__}", func, text, expect)
    for kind, text in (("empty", ""), ("whitespace", " \n\t\u00a0\u3000 \r\n"))
    for func, expect in (
        (find_quantities, nothing_found),
        (find_times, nothing_found),
        (parse_quantity, Raises(ParseError)),
        (parse_time, Raises(ParseError)),
        (extract, Raises(EmptyInputError, ("empty",))),
        (from_raw, Raises(EmptyInputError, ("empty",))),
        (compare, Raises(EmptyInputError, ("empty",))),
    )
]

HTML: list[Row] = [
    ("doctype-extract", extract, HTML_PAGE, Raises(HTMLInputError, ("Article.from_html",))),
    ("doctype-from_raw", from_raw, HTML_PAGE, Raises(HTMLInputError, ("from_html",))),
    ("doctype-compare", compare, HTML_PAGE, Raises(HTMLInputError, ("from_html",))),
    # Scanners read any fragment, markup included: the check belongs to articles.
    ("doctype-find_quantities", find_quantities, HTML_PAGE, surfaces("502")),
    ("doctype-find_times", find_times, HTML_PAGE, nothing_found),
    (
        "bom-and-html-start",
        extract,
        "\ufeff\n <HTML><body>12 drones</body></HTML>",
        Raises(HTMLInputError),
    ),
    ("tag-soup-extract", extract, TAG_SOUP, Raises(HTMLInputError, ("from_html",))),
    # An inline tag between figure and noun hides the noun; the figure is kept as
    # rejected (no subject), never dropped.
    ("one-tag-is-text-extract", extract, ONE_TAG, accounted("12")),
    ("one-tag-is-text-find_quantities", find_quantities, ONE_TAG, surfaces("12")),
    (
        "angle-brackets-in-prose",
        find_quantities,
        "Turnout was < 40% and > 10% in 3 towns.",
        surfaces("40%", "10%", "3"),
    ),
]

UNICODE: list[Row] = [
    *[
        (
            f"thousands-U+{ord(space):04X}",
            find_quantities,
            f"Police arrested 1{space}300 people.",
            values((1300.0, 1300.0)),
        )
        for space in "\u00a0\u2009\u202f"
    ],
    *[
        (
            f"word-space-U+{ord(space):04X}",
            extract,
            f"Police{space}arrested{space}300{space}people{space}on{space}4{space}May{space}2024.",
            facts(("300", "arrest", 300.0, 300.0)),
        )
        for space in "\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000"
    ],
    *[
        (
            f"range-dash-U+{ord(dash):04X}",
            find_quantities,
            f"Between 10{dash}20 people were killed.",
            values((10.0, 20.0)),
        )
        for dash in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
    ],
    (
        "minus-sign",
        find_quantities,
        "Temperatures fell to \u221212 degrees.",
        values((-12.0, -12.0)),
    ),
    *[
        (
            f"zero-width-U+{ord(zw):04X}-inside-figure",
            find_quantities,
            f"Police arrested 1,{zw}300 people.",
            values((1300.0, 1300.0)),
        )
        for zw in "\u200b\u200c\u200d"
    ],
    *[
        (
            f"zero-width-U+{ord(zw):04X}-after-figure",
            extract,
            f"Police arrested 1,300{zw} people on 4 May 2024.",
            facts(("1,300", "arrest", 1300.0, 1300.0)),
        )
        for zw in "\u200b\u200c\u200d\ufeff"
    ],
    (
        "bom-first",
        extract,
        "\ufeffTwelve people were killed on 4 May 2024.",
        facts(("Twelve", "death", 12.0, 12.0)),
    ),
    (
        "rlm-around-figure",
        extract,
        "\u200f12\u200f people were killed on 4 May 2024.",
        facts(("12", "death", 12.0, 12.0)),
    ),
    (
        "rlo-in-sentence",
        extract,
        "Police arrested 12 people \u202eon 4 May 2024.",
        facts(("12", "arrest", 12.0, 12.0)),
    ),
    (
        "full-width-digits-not-recognised",
        find_quantities,
        "Police arrested １，３００ people.",
        nothing_found,
    ),
    (
        "arabic-indic-digits-not-recognised",
        find_quantities,
        "Police arrested ١٣٠٠ people.",
        nothing_found,
    ),
    (
        "full-width-digits-extract",
        extract,
        "Police arrested １，３００ people.",
        facts(("１，３００", "arrest", 1300.0, 1300.0)),
    ),
    (
        "crlf-line-ends",
        extract,
        "12 people were killed on 4 May 2024.\r\n\r\nPolice said 5 were injured.\r\n",
        facts(("12", "death", 12.0, 12.0), ("5", "injured", 5.0, 5.0)),
    ),
    (
        "lone-cr-line-ends",
        extract,
        "12 people were killed on 4 May 2024.\r\rPolice said 5 were injured.\r",
        facts(("12", "death", 12.0, 12.0), ("5", "injured", 5.0, 5.0)),
    ),
    (
        "lone-surrogate",
        extract,
        "Police arrested 12 people\ud800 on 4 May 2024.",
        facts(("12", "arrest", 12.0, 12.0)),
    ),
    (
        "nul-and-controls",
        extract,
        "Police\x00 arrested 12\x07 people\x1b on 4 May 2024.",
        completes,
    ),
]

HUGE: list[Row] = [
    ("10MB-article-extract", extract, "<10 MB: the seeds replicated>", many_facts),
    ("1MB-digits-find_quantities", find_quantities, "7" * MB, completes),
    ("1MB-digits-extract", extract, "7" * MB, no_facts),
    ("1MB-spaced-digits-extract", extract, "12 345 " * (MB // 7), completes),
    ("1MB-commas-find_quantities", find_quantities, "," * MB, nothing_found),
    ("1MB-commas-extract", extract, "," * MB, nothing_found),
    ("256KB-digit-comma-chain", find_quantities, "1,2" * (MB // 12), completes),
    ("1MB-more-than-find_quantities", find_quantities, "more than " * (MB // 10), nothing_found),
    ("1MB-more-than-extract", extract, "more than " * (MB // 10), nothing_found),
    (
        "1MB-more-than-then-figure",
        find_quantities,
        "more than " * (MB // 10) + "5 drones",
        completes,
    ),
    ("1MB-digits-find_times", find_times, "7" * MB, nothing_found),
    ("1MB-one-line-of-words", extract, "Kyiv " * (MB // 5), completes),
    ("long-number-word-chain", find_quantities, "million " * 10_000, completes),
    ("huge-exponent-like-figure", find_quantities, "1" + "0" * 400 + " drones", completes),
]

FILES: list[Row] = [
    (
        "invalid-utf8",
        load,
        b"Police arrested 12 people.\xff\xfe on Monday.",
        Raises(ArticleEncodingError, ("UTF-8", "byte offset 26", "article.txt")),
    ),
    (
        "latin1-bytes",
        load,
        "Le café: 12 personnes arrêtées.".encode("latin-1"),
        Raises(ArticleEncodingError, ("UTF-8",)),
    ),
    (
        "utf16-file",
        load,
        "12 people were killed.".encode("utf-16"),
        Raises(ArticleEncodingError, ("UTF-8",)),
    ),
    (
        "utf8-bom-dropped",
        load,
        "\ufeffPolice arrested 12 people.\n".encode(),
        text_is("Police arrested 12 people.\n"),
    ),
    ("empty-file", load, b"", Raises(ArticleReadError, ("empty", "article.txt"))),
    ("whitespace-file", load, b" \r\n\t\n", Raises(ArticleReadError, ("empty",))),
    (
        "crlf-file",
        load,
        b"Police arrested 12 people.\r\nNo one was hurt.\r\n",
        text_is("Police arrested 12 people.\r\nNo one was hurt.\r\n"),
    ),
    (
        "front-matter-bad-date",
        load,
        b"outlet: Wire\npublished: the day after\n---\n12 killed.\n",
        Raises(FrontMatterError, ("line 2", "published")),
    ),
    (
        "front-matter-unknown-key",
        load,
        b"outlet: Wire\nauthor: Jo\n---\n12 killed.\n",
        Raises(FrontMatterError, ("line 2", "author")),
    ),
    (
        "front-matter-duplicate-key",
        load,
        b"outlet: A\noutlet: B\n---\n12 killed.\n",
        Raises(FrontMatterError, ("twice",)),
    ),
    (
        "front-matter-not-closed",
        load,
        b"outlet: Wire\npublished: 2025-09-07\n12 killed.\n",
        Raises(FrontMatterError, ("---",)),
    ),
    ("front-matter-only", load, b"outlet: Wire\n---\n", Raises(ArticleReadError)),
    (
        "front-matter-bad-language",
        load,
        b"language: English\n---\n12 killed.\n",
        Raises(FrontMatterError, ("language",)),
    ),
]

GOLDEN: list[Row] = [
    (
        "golden-bad-json",
        golden,
        b'{"surface": "14"}\n{"surface": \n',
        Raises(GoldenFileError, ("story.facts.jsonl:2",), line=2),
    ),
    (
        "golden-blank-line",
        golden,
        b'{"a": 1}\n\n{"b": 2}\n',
        Raises(GoldenFileError, ("blank",), line=2),
    ),
    (
        "golden-not-object",
        golden,
        b'{"a": 1}\n{"b": 2}\n[3]\n',
        Raises(GoldenFileError, ("list",), line=3),
    ),
    ("golden-invalid-utf8", golden, b'{"a": "\xff"}\n', Raises(GoldenFileError, ("UTF-8",))),
    ("golden-crlf", golden, b'{"a": 1}\r\n{"b": 2}\r\n', lambda r: r == ['{"a": 1}', '{"b": 2}']),
    # Separators that str.splitlines() also splits on must stay inside their line.
    (
        "golden-line-separator-in-value",
        golden,
        '{"surface": "12\u2028drones\u0085x"}\n'.encode(),
        lambda r: r == ['{"surface": "12\u2028drones\u0085x"}'],
    ),
]

# Crashes and silent losses found while writing this table, the benchmarks and the
# fuzzers: each stays here so it cannot come back.
BUGS_CAUGHT: list[Row] = [
    # OverflowError: a 1 MB digit run parsed to float("inf"), then int(inf).
    ("overflow-long-digit-run", extract, "7" * 5000 + " drones were launched.", no_facts),
    # AssertionError: "5-" followed by a non-ASCII digit ("１", "١", "²"), which
    # str.isdigit() accepts but the ASCII number pattern does not.
    *[
        (f"range-then-non-ascii-digit-U+{ord(c):04X}", find_quantities, f"5-{c} drones", completes)
        for c in "\uff11\u0661\u00b2\u2075"
    ],
    ("between-and-arabic-digit", extract, "Between 5 and \u0661 people were hurt.", completes),
    # A bidi mark or zero-width space between figure and noun hid the noun.
    (
        "format-char-before-noun",
        extract,
        "12\u200b people were killed on 4 May 2024.",
        facts(("12", "death", 12.0, 12.0)),
    ),
    (
        "soft-hyphen-before-noun",
        extract,
        "12\u00ad people were killed on 4 May 2024.",
        facts(("12", "death", 12.0, 12.0)),
    ),
]

CASES: list[Row] = WRONG_TYPES + EMPTY + HTML + UNICODE + HUGE + FILES + GOLDEN + BUGS_CAUGHT


def _ten_mb_article() -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    return (seeds + "\n\n") * (10 * MB // (len(seeds) + 2) + 1)


# --------------------------------------------------------------------------- the test


def _run_with_limit(call: Callable[[Any], Any], value: Any) -> Any:
    """``call(value)`` in a worker thread; fail if it outlives the wall-clock limit."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = call(value)
        except BaseException as exc:  # handed back to the test thread below
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(WALL_CLOCK_LIMIT)
    if worker.is_alive():
        pytest.fail(f"no answer after {WALL_CLOCK_LIMIT:.0f} s: a hang")
    if "error" in box:
        raise box["error"]
    return box["result"]


@pytest.mark.parametrize(
    ("call", "value", "expect"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input(call: Callable[[Any], Any], value: Any, expect: Raises | Check) -> None:
    if value == "<10 MB: the seeds replicated>":
        value = _ten_mb_article()  # built here, not at collection time
    if isinstance(expect, Raises):
        with pytest.raises(expect.error) as info:
            _run_with_limit(call, value)
        message = str(info.value)
        for part in expect.says:
            assert part in message, message
        if expect.line is not None:
            assert isinstance(info.value, GoldenFileError)
            assert info.value.line == expect.line
        return
    try:
        result = _run_with_limit(call, value)
    except DiscrepancyError as err:  # pragma: no cover - the message shows in the failure
        pytest.fail(f"expected a result, got {type(err).__name__}: {err}")
    expect(result)


def test_every_error_message_says_what_to_do() -> None:
    """Messages of wrong-type errors name the function and the type received."""
    with pytest.raises(InputError) as info:
        discrepancy.find_quantities(None)  # type: ignore[arg-type]
    assert "find_quantities" in str(info.value)
    assert "None" in str(info.value)


def test_golden_round_trip_keeps_line_separators(tmp_path: Path) -> None:
    """A surface holding U+2028 is written by write_golden and read back intact."""
    line = '{"surface": "12\u2028drones"}'
    path = tmp_path / "x.facts.jsonl"
    write_golden(path, [line])
    assert read_golden(path) == [line]
