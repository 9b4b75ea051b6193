"""The Unicode policy at the door (issue #20, items 6 to 9), one row per input class.

Every row is an invented sentence whose figure, date or range carries a character a
scraper leaves behind. The whole result is checked: the figure's interval, what it
counts, its time window, that every span still indexes the text as given
(``text[start:end] == surface``), that the JSON and the HTML report encode as UTF-8,
and that comparing the hostile sentence with its plain twin finds no ``differ`` (a
split figure used to make one). Provenance: all rows are invented for this file.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

import discrepancy
from discrepancy import Article, Extraction, extract, load_article
from discrepancy.testing import assert_sound

PUBLISHED = date(2024, 5, 6)
MAY_4 = "day:2024-05-04..2024-05-04"

# (domain, sentence with {fig} and {sp}, subject, event)
SENTENCES = [
    ("crime", "Police said {fig} people were arrested on{sp}4{sp}May{sp}2024.", "arrest"),
    ("transport", "Airlines cancelled {fig} flights on{sp}4{sp}May{sp}2024.", "flight"),
    ("weather", "Floods damaged {fig} homes on{sp}4{sp}May{sp}2024, officials said.", "home"),
    ("conflict", "Russia launched {fig} drones on{sp}4{sp}May{sp}2024.", "drone"),
]

# (id, the figure as scraped, provenance)
FIGURES_1300 = [
    ("left-to-right mark after the comma", "1,\u200e300", "invented"),
    ("right-to-left mark before the comma", "1\u200f,300", "invented"),
    ("Arabic letter mark between digits", "1\u061c300", "invented"),
    ("bidi isolates around the figure", "\u20661,300\u2069", "invented"),
    ("bidi embedding around the figure", "\u202b1,300\u202c", "invented"),
    ("word joiner between digits", "1\u2060300", "invented"),
    ("zero-width space between digits", "1\u200b300", "invented"),
    ("byte-order mark after the comma", "1,\ufeff300", "invented"),
    ("NUL after the comma", "1,\x00300", "invented"),
    ("combining mark on a digit", "1\u0301,300", "invented"),
    ("figure space grouping", "1\u2007300", "invented"),
    ("Arabic thousands separator", "1\u066c300", "invented"),
    ("full-width digits and comma", "\uff11\uff0c\uff13\uff10\uff10", "invented"),
    ("mixed ASCII and full-width digits", "1,\uff1300", "invented"),
    ("Arabic-Indic digits", "\u0661\u066c\u0663\u0660\u0660", "invented"),
]

SPACES = [
    ("en space", "\u2002"),
    ("em space", "\u2003"),
    ("three-per-em space", "\u2004"),
    ("figure space", "\u2007"),
    ("punctuation space", "\u2008"),
    ("hair space", "\u200a"),
    ("ogham space mark", "\u1680"),
    ("medium mathematical space", "\u205f"),
    ("ideographic space", "\u3000"),
    ("no-break space", "\u00a0"),
]

DASHES = [
    ("small em dash", "\ufe58"),
    ("small hyphen-minus", "\ufe63"),
    ("full-width hyphen-minus", "\uff0d"),
    ("two-em dash", "\u2e3a"),
    ("soft hyphen", "\u00ad"),
]


def _article(text: str, id: str = "hostile") -> Article:
    return Article(id=id, text=text, published=PUBLISHED)


def _check_outputs(extraction: Extraction, twin: Extraction) -> None:
    """Spans index the text, every output is writable, and the twin agrees."""
    comparison = assert_sound(extraction, twin)
    assert [r.verdict.value for r in comparison.rows if r.verdict.value == "differ"] == []


@pytest.mark.parametrize(
    ("domain", "sentence", "subject"), SENTENCES, ids=[s[0] for s in SENTENCES]
)
@pytest.mark.parametrize(
    ("case", "figure", "provenance"), FIGURES_1300, ids=[f[0] for f in FIGURES_1300]
)
def test_invisible_and_foreign_characters_keep_one_figure(
    domain: str, sentence: str, subject: str, case: str, figure: str, provenance: str
) -> None:
    text = sentence.format(fig=figure, sp=" ")
    result = extract(_article(text))
    assert [
        (f.surface, f.quantity.value.low, f.quantity.value.high, f.subject, str(f.time))
        for f in result.facts
    ] == [(figure.strip("\u2066\u2069\u202b\u202c"), 1300.0, 1300.0, subject, MAY_4)]
    twin = extract(_article(sentence.format(fig="1,300", sp=" "), id="plain"))
    _check_outputs(result, twin)


@pytest.mark.parametrize(("case", "space"), SPACES, ids=[s[0] for s in SPACES])
@pytest.mark.parametrize(
    ("domain", "sentence", "subject"), SENTENCES, ids=[s[0] for s in SENTENCES]
)
def test_unicode_spaces_keep_the_date(
    case: str, space: str, domain: str, sentence: str, subject: str
) -> None:
    text = sentence.format(fig="1,300", sp=space)
    result = extract(_article(text))
    assert [(f.surface, f.quantity.nominal, f.subject, str(f.time)) for f in result.facts] == [
        ("1,300", 1300.0, subject, MAY_4)
    ]
    # The day is a date, not a quantity of its own.
    assert "4" not in [r.surface for r in result.rejected if r.reason.value != "date"]
    _check_outputs(result, extract(_article(sentence.format(fig="1,300", sp=" "), id="plain")))


@pytest.mark.parametrize(("case", "dash"), DASHES, ids=[d[0] for d in DASHES])
@pytest.mark.parametrize(
    "sentence",
    [
        "Between 5{d}10 people were killed in the blast on 4 May 2024.",
        "Officials said 5{d}10 homes were destroyed on 4 May 2024.",
    ],
    ids=["deaths", "homes"],
)
def test_uncommon_dashes_join_a_range(case: str, dash: str, sentence: str) -> None:
    result = extract(_article(sentence.format(d=dash)))
    assert [
        (f.quantity.qualifier.value, f.quantity.value.low, f.quantity.value.high, str(f.time))
        for f in result.facts
    ] == [("range", 5.0, 10.0, MAY_4)]
    _check_outputs(result, extract(_article(sentence.format(d="-"), id="plain")))


@pytest.mark.parametrize(
    ("case", "minus"), [("full-width", "\uff0d"), ("small", "\ufe63")], ids=["full-width", "small"]
)
def test_uncommon_minus_keeps_the_sign(case: str, minus: str) -> None:
    sentence = "Prices fell by {m}2.5% in May 2024, the statistics office said."
    result = extract(_article(sentence.format(m=minus)))
    assert [(f.surface, f.quantity.nominal, f.subject, str(f.time)) for f in result.facts] == [
        (f"{minus}2.5%", -2.5, "inflation", "month:2024-05-01..2024-05-31")
    ]
    _check_outputs(result, extract(_article(sentence.format(m="\u2212"), id="plain")))


# ----------------------------------------------------------------- lone surrogates


def test_lone_surrogate_in_text_becomes_replacement_character() -> None:
    text = "Police said 12 people were arrested\ud800 on 4 May 2024."
    result = extract(_article(text))
    assert result.article.text == text.replace("\ud800", "\ufffd")
    assert [(f.surface, f.quantity.nominal, f.subject, str(f.time)) for f in result.facts] == [
        ("12", 12.0, "arrest", MAY_4)
    ]
    twin = extract(_article(text.replace("\ud800", ""), id="plain"))
    _check_outputs(result, twin)


def test_lone_surrogate_in_str_input_and_metadata() -> None:
    result = extract("Police said 12 people were arrested on 4 May 2024 \udcff.")
    assert result.article.text.endswith("2024 \ufffd.")
    assert [(f.surface, f.subject) for f in result.facts] == [("12", "arrest")]
    named = extract(
        Article(id="caf\udce9", text="Russia launched 40 drones.", path="/tmp/caf\udce9.txt")
    )
    assert (named.article.id, named.article.path) == ("caf\ufffd", "/tmp/caf\ufffd.txt")
    assert json.loads(named.model_dump_json())["facts"][0]["surface"] == "40"


@pytest.mark.skipif(os.name != "posix", reason="file names that are not UTF-8 are POSIX only")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-report.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Police said 12 people were arrested on 4 May 2024.\n")
    article = load_article(os.fsdecode(raw))
    assert article.id == "caf\ufffd-report"
    assert article.path is not None
    assert article.path.endswith("caf\ufffd-report.txt")
    result = extract(article.model_copy(update={"published": PUBLISHED}))
    assert [(f.surface, f.subject, str(f.time)) for f in result.facts] == [("12", "arrest", MAY_4)]
    comparison = discrepancy.compare([tmp_path])
    comparison.to_html().encode("utf-8")
    comparison.model_dump_json().encode("utf-8")
