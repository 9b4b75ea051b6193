"""An undated article's time expressions are read once: loading reads them (for the
latest date the text mentions) and extraction and comparison reuse them; anything that
changes what they would be (a date given later, other text, other holidays) reads
again. What is handed on is not part of an article's value."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import discrepancy.articles.raw as raw
import discrepancy.facts.extract as extracting
import discrepancy.facts.handed as handed
from discrepancy import Article, Vocabulary, compare, extract, load_article

# Invented: a flood report with no date but the day it names.
UNDATED = "Floods on 4 March 2026 killed 31 people in the valley, officials said.\n"


def _count_scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            calls[0] += 1
            return original(*args, **kwargs)

        return counted

    for module in (raw, extracting, handed):
        monkeypatch.setattr(module, "find_times", wrap(module.find_times))
    return calls


def _load(tmp_path: Path) -> Article:
    path = tmp_path / "flood.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return load_article(path)


def test_an_undated_article_is_scanned_for_times_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scans = _count_scans(monkeypatch)
    article = _load(tmp_path)
    assert article.notes == (
        "published not before 2026-03-04 (inferred from the latest date mentioned)",
    )
    extraction = extract(article)
    compare([extraction, extract(Article(id="b", text="Floods killed 31 people, police said."))])
    assert scans[0] == 2  # this article once at load; the other one once at extraction
    fact = extraction.facts[0]
    assert (fact.surface, fact.time and fact.time.key()) == ("31", "day:2026-03-04..2026-03-04")


@pytest.mark.parametrize(
    "change",
    ["published", "text", "vocabulary"],
)
def test_a_change_that_alters_the_reading_scans_again(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _load(tmp_path)
    scans = _count_scans(monkeypatch)
    if change == "published":
        extraction = extract(article, published=date(2026, 3, 5))
    elif change == "text":
        extraction = extract(article.model_copy(update={"text": UNDATED + "More rain fell.\n"}))
    else:
        grown = Vocabulary.default().extended(
            [
                {
                    "kind": "holiday",
                    "name": "flood day",
                    "forms": ["Flood Day"],
                    "rule": "fixed",
                    "month": 3,
                    "day": 4,
                }
            ]
        )
        extraction = extract(article, vocabulary=grown)
    assert scans[0] == 1
    assert extraction.facts[0].surface == "31"


def test_what_loading_hands_on_is_not_part_of_the_article(tmp_path: Path) -> None:
    article = _load(tmp_path)
    read_back = Article.model_validate_json(article.model_dump_json())
    assert article.undated_times() is not None
    assert read_back.undated_times() is None
    assert read_back == article
    assert hash(read_back) == hash(article)
    assert read_back != article.model_copy(update={"id": "other"})
