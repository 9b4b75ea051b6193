"""The number words are data: every class is shipped, with a note, and a bad entry is refused."""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.numbers import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    number_tables,
)
from discrepancy.rules.schemas.quantities import NumberWordsEntry


def test_the_shipped_tables() -> None:
    assert list(NUMBER_WORDS.items())[::9] == [("one", 1), ("ten", 10), ("nineteen", 19)]
    assert len(NUMBER_WORDS) == 27
    assert SCALE_WORDS == {
        "hundred": 100.0,
        "thousand": 1e3,
        "million": 1e6,
        "billion": 1e9,
        "trillion": 1e12,
        "lakh": 1e5,
        "lakhs": 1e5,
        "crore": 1e7,
        "crores": 1e7,
    }
    assert {w: d for w, d in FRACTION_WORDS.items() if not w.endswith("s")} == {
        "half": 2,
        "third": 3,
        "quarter": 4,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    }
    assert len(FRACTION_WORDS) == 20
    assert sorted(ORDINAL_WORDS) == [
        "eighth",
        "fifth",
        "first",
        "fourth",
        "ninth",
        "second",
        "seventh",
        "sixth",
        "tenth",
        "third",
    ]


def test_every_shipped_table_has_a_note() -> None:
    entries = [e for e in Vocabulary.default().entries if isinstance(e, NumberWordsEntry)]
    assert sorted(e.name for e in entries if e.note) == [
        "fraction",
        "scale",
        "teen",
        "tens",
        "unit",
    ]


def test_a_later_entry_adds_to_its_class() -> None:
    extra = {"kind": "numbers", "name": "scale", "values": {"myriad": 10000}, "note": "Greek"}
    tables = number_tables(Vocabulary.default().extended([extra]).entries)
    assert list(tables["scale"].items())[-2:] == [("crores", 10_000_000), ("myriad", 10_000)]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"kind": "numbers", "name": "unit", "values": {"one": 1}},
            r"numbers\.note: Field required",
        ),
        (
            {"kind": "numbers", "name": "dozens", "values": {"dozen": 12}, "note": "x"},
            r"numbers\.name: Input should be 'unit', 'teen', 'tens', 'scale' or 'fraction'",
        ),
        (
            {"kind": "numbers", "name": "unit", "values": {"zero": 0}, "note": "x"},
            r"numbers\.values\.zero: Input should be greater than 0",
        ),
    ],
    ids=["no note", "unknown class", "not positive"],
)
def test_a_bad_number_entry_is_refused(entry: dict[str, object], message: str) -> None:
    with pytest.raises(VocabularyError, match=r"extended\(\) entry 1: " + message):
        Vocabulary.default().extended([entry])
