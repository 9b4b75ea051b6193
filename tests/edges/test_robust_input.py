"""What bad input gets: Python's exception convention (issue #18) and markup that is
mostly inline data (issue #20, item 10). Provenance: every text here is invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import discrepancy
from discrepancy import (
    DiscrepancyError,
    EmptyInputError,
    HTMLInputError,
    InputError,
    InputTypeError,
    extract,
    load_article,
)

# ----------------------------------------------------------------- the hierarchy


@pytest.mark.parametrize(
    ("value", "error", "builtin", "message"),
    [
        ("", EmptyInputError, ValueError, "extract() got empty or whitespace-only text"),
        ("  \n\u200b ", EmptyInputError, ValueError, "extract() got empty or whitespace-only"),
        (
            "<!DOCTYPE html><html><body><p>12 drones</p></body></html>",
            HTMLInputError,
            ValueError,
            "extract() got an HTML page, not article text",
        ),
        (None, InputTypeError, TypeError, "extract() takes text (str), got None"),
        (b"12 drones", InputTypeError, TypeError, "extract() takes text (str), got bytes"),
        (12, InputTypeError, TypeError, "extract() takes text (str), got int 12"),
    ],
    ids=["empty", "invisible-only", "html-page", "none", "bytes", "number"],
)
def test_bad_values_are_value_errors_and_bad_types_type_errors(
    value: object, error: type[Exception], builtin: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        extract(value)  # type: ignore[arg-type]
    assert isinstance(info.value, InputError)
    assert isinstance(info.value, DiscrepancyError)
    assert isinstance(info.value, builtin)
    assert str(info.value).startswith(message)


def test_an_empty_text_is_not_a_type_error() -> None:
    with pytest.raises(ValueError, match="empty or whitespace-only") as info:
        extract("")
    assert not isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: discrepancy.find_times("on 4 May", published="2024-05-06"),  # type: ignore[arg-type]
            "published must be",
        ),
        (lambda: discrepancy.compare([12]), "compare() cannot use an item of type int"),  # type: ignore[list-item]
        (lambda: discrepancy.load_article(12), "load_article() takes a path"),  # type: ignore[arg-type]
        (lambda: extract("12 drones", policy="strict"), "extract() takes policy="),  # type: ignore[arg-type]
    ],
    ids=["published-type", "compare-item", "load-article-path", "policy-type"],
)
def test_wrong_types_elsewhere_are_type_errors(call: object, message: str) -> None:
    with pytest.raises(InputTypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()  # type: ignore[operator]


def test_the_tree_is_drawn_in_the_exceptions_module() -> None:
    from discrepancy import _exceptions

    doc = _exceptions.__doc__ or ""
    for name in _exceptions.__all__:
        assert name in doc, name
    assert issubclass(InputTypeError, InputError)
    assert issubclass(InputError, ValueError)
    assert not issubclass(InputError, TypeError)


# ----------------------------------------------------------------- inline data


def _state_fragment(entries: int) -> str:
    """A live blog's <div> carrying its state as JSON, then one real sentence."""
    items = [
        {"id": 4500 + i, "drones": 10 + i, "label": f"{20 + i} drones launched"}
        for i in range(entries)
    ]
    state = json.dumps({"entries": items})
    return f"<div class=\"live-blog\" data-state='{state}'></div>\nRussia launched 40 drones."


def _script_fragment() -> str:
    """A page's <script> of JSON (Next.js style) with a short paragraph."""
    data = {"props": {"page": {"posts": [{"id": 91000 + i, "views": 120 * i} for i in range(30)]}}}
    return (
        '<p>Floods damaged 300 homes.</p><script type="application/json">'
        + json.dumps(data)
        + "</script>"
    )


@pytest.mark.parametrize(
    "text", [_state_fragment(30), _script_fragment()], ids=["div-data-state", "script-json"]
)
def test_markup_whose_bulk_is_inline_data_is_not_article_text(text: str, tmp_path: Path) -> None:
    with pytest.raises(HTMLInputError, match=r"Article\.from_html"):
        extract(text)
    path = tmp_path / "fragment.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HTMLInputError, match="from_html"):
        load_article(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<b>Update:</b> Officials said 12 people were arrested. The log read {"status": "ok"}.',
            [("12", "arrest")],
        ),
        (
            'A leaked config, {"id": 7, "name": "x"}, showed Russia launched 40 drones.',
            [("40", "drone")],
        ),
    ],
    ids=["prose-with-a-tag-and-one-key", "prose-with-a-json-aside"],
)
def test_prose_with_a_little_markup_or_data_is_still_text(
    text: str, expected: list[tuple[str, str]]
) -> None:
    result = extract(discrepancy.Article(id="a", text=text, published=date(2024, 5, 6)))
    assert [(f.surface, f.subject) for f in result.facts] == expected
