"""One loader reads every data file: one line format, one kind of error."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.holidays import load_holidays
from discrepancy.rules.loader import parse_lines, read_file, read_shipped
from discrepancy.rules.schemas.holidays import Holiday
from discrepancy.rules.schemas.quantities import HedgeEntry
from discrepancy.rules.vocab import _DATA_FILES


def test_the_vocabulary_loads_every_shipped_data_file() -> None:
    folder = resources.files("discrepancy.rules") / "data"
    shipped = {f.name for f in folder.iterdir() if f.name.endswith(".jsonl")}
    assert shipped == set(_DATA_FILES)
    default = Vocabulary.default()
    assert len(default.entries) == sum(len(read_shipped(name)) for name in _DATA_FILES)
    assert default.holidays == load_holidays()
    assert default.quantity_entries == read_shipped("quantities.jsonl")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{", r"f\.jsonl:3: not valid JSON"),
        ('{"kind": "sideways"}', r"f\.jsonl:3: Input tag 'sideways' found using 'kind'"),
        (
            '{"kind": "hedge", "phrase": "circa", "qualifier": "about", "position": "before"}',
            r"f\.jsonl:3: hedge\.qualifier: Input should be 'approximate'",
        ),
        (
            '{"kind": "holiday", "name": "Day X", "forms": ["Day X"], "rule": "fixed", "month": 5}',
            r"f\.jsonl:3: holiday: Value error, holiday 'Day X': a fixed day needs month and day",
        ),
        (
            '{"kind": "unit", "unit": "league", "dimension": "length", "forms": []}',
            r"f\.jsonl:3: unit\.forms: List should have at least 1 item",
        ),
    ],
    ids=["json", "kind", "quantity", "holiday", "unit"],
)
def test_a_bad_line_of_any_kind_is_named_by_file_and_line(line: str, message: str) -> None:
    with pytest.raises(VocabularyError, match=message):
        parse_lines(["// a comment", "", line], "f.jsonl")


def test_comments_and_blank_lines_are_skipped_in_every_kind(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(
        "// hedges and days of my own\n\n"
        '{"kind": "hedge", "phrase": "circa", "qualifier": "approximate", "position": "before"}\n'
        "  // indented comment\n"
        '{"kind": "holiday", "name": "Day X", "forms": ["Day X"], "rule": "easter", "offset": 3}\n',
        encoding="utf-8",
    )
    assert read_file(path) == [
        HedgeEntry(phrase="circa", qualifier="approximate", position="before"),
        Holiday(name="Day X", forms=("Day X",), rule="easter", offset=3),
    ]
    grown = Vocabulary.default().extended(path)
    assert grown.holidays["day x"].on(2024).isoformat() == "2024-04-03"
    assert "day x" not in Vocabulary.default().holidays


def test_an_unreadable_file_is_a_vocabulary_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot read vocabulary file"):
        read_file(tmp_path / "missing.jsonl")
