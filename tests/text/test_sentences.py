"""Sentences and paragraphs (:mod:`discrepancy.text.sentences`): spans of the text as given."""

from __future__ import annotations

import pytest

from discrepancy.text.sentences import split_paragraphs, split_sentences

SENTENCES = [
    (
        "Police held 12 people. Two were freed.",
        ["Police held 12 people.", "Two were freed."],
        "invented: wire",
    ),
    (
        "U.S. officials said 4 p.m. Sunday was the deadline.",
        ["U.S. officials said 4 p.m. Sunday was the deadline."],
        "invented: wire",
    ),
    (
        "“We are ready,” he said. “Come!” Putin said.",
        ["“We are ready,” he said.", "“Come!” Putin said."],
        "invented: wire",
    ),
    ("Line one\nLine two", ["Line one", "Line two"], "invented: wire"),
    (
        "The quake measured 6.5. It struck at noon.",
        ["The quake measured 6.5.", "It struck at noon."],
        "invented: wire",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"), SENTENCES, ids=[s[0][:25] for s in SENTENCES]
)
def test_sentences(text: str, expected: list[str], provenance: str) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_paragraphs_trim_and_skip_blank_lines() -> None:
    text = "  one  \n\n\n two\n"
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["one", "two"]
