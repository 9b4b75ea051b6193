"""Comparison uses the time expressions and debris extraction read, and does not scan
the text again; an extraction read back from JSON, which carries neither, still compares
the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import discrepancy.facts.handed as handed
from discrepancy import Article, Extraction, compare, extract
from discrepancy.comparison.notes import cut_off

# Invented: one undated report of a flood (dated from the story) beside two dated ones,
# and a text cut off mid-sentence with a share prompt after it.
TEXTS = {
    "a": ("Floods killed 31 people overnight, officials said on Tuesday.", "2026-03-03"),
    "b": ("At least 34 people died in the floods overnight, police said.", "2026-03-03"),
    "c": (
        "The floods of March 2 killed 31 people, officials said.\n\n"
        "Rescuers were still searching the valley for the\nShare this article",
        None,
    ),
}


def _extractions() -> list[Extraction]:
    return [
        extract(Article(id=name, text=text, published=day)) for name, (text, day) in TEXTS.items()
    ]


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(handed, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(handed, name, counted)
    return calls


def test_comparison_scans_no_text_extraction_has_read(monkeypatch: pytest.MonkeyPatch) -> None:
    extractions = _extractions()
    times = _counting(monkeypatch, "find_times")
    debris = _counting(monkeypatch, "find_debris")
    result = compare(extractions)
    assert (times[0], debris[0]) == (0, 0)
    cell = next(c for r in result.rows for c in r.cells if c.article_id == "c" and c.fact)
    assert cell.fact is not None
    assert cell.fact.surface == "31"


def test_an_extraction_read_back_from_json_compares_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extractions = _extractions()
    read_back = [Extraction.model_validate_json(ex.model_dump_json()) for ex in extractions]
    times = _counting(monkeypatch, "find_times")
    again = compare(read_back)
    assert times[0] == 1  # the text of the undated article was scanned, once
    assert again.model_dump_json() == compare(extractions).model_dump_json()


def test_a_cut_off_text_is_seen_with_or_without_the_debris_handed_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cut = _extractions()[2]
    read_back = Extraction.model_validate_json(cut.model_dump_json())
    debris = _counting(monkeypatch, "find_debris")
    assert cut_off(cut) is True  # the share prompt after the cut is debris
    assert debris[0] == 0
    assert cut_off(read_back) is True
    assert debris[0] == 1
