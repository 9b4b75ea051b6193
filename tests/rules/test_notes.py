"""Every list of words in the shipped data says why it is there and where it comes from."""

from __future__ import annotations

from importlib import resources

import pytest
from pydantic import BaseModel

from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.schemas.quantities import NationalityEntry
from discrepancy.rules.schemas.words import (
    BasisEntry,
    BoilerplateEntry,
    EventEntry,
    PluralEntry,
    SectorEntry,
    SubjectEntry,
    WordClassEntry,
)

# Kinds whose entries are lists of words. Notes are required by the schema for the
# closed lists (words, plural, basis, boilerplate) and by this test for the shipped
# subjects, events and nationalities, which users may extend without one.
_WORD_LISTS = (
    SubjectEntry,
    EventEntry,
    WordClassEntry,
    PluralEntry,
    BasisEntry,
    BoilerplateEntry,
    NationalityEntry,
    SectorEntry,
)


def _name(entry: BaseModel) -> str:
    return str(getattr(entry, "name", None) or getattr(entry, "basis", None) or entry)[:60]


def test_every_shipped_word_list_has_a_note() -> None:
    lists = [e for e in Vocabulary.default().entries if isinstance(e, _WORD_LISTS)]
    assert len(lists) > 150
    assert [_name(e) for e in lists if not getattr(e, "note", None)] == []


def test_every_shipped_data_file_says_where_its_words_come_from() -> None:
    folder = resources.files("discrepancy.rules") / "data"
    files = sorted(f.name for f in folder.iterdir() if f.name.endswith(".jsonl"))
    first = {name: (folder / name).read_text(encoding="utf-8").split("\n", 1)[0] for name in files}
    assert [name for name, line in first.items() if not line.startswith("// ")] == []


@pytest.mark.parametrize(
    "entry",
    [
        {"kind": "words", "name": "dropped", "words": ["mere"]},
        {"kind": "plural", "pairs": {"oxen": "ox"}},
        {"kind": "basis", "basis": "poll", "cues": ["straw poll"]},
        {"kind": "boilerplate", "pattern": "^Sign up"},
        {"kind": "sector", "name": "aviation", "forms": ["airlines"]},
    ],
    ids=["words", "plural", "basis", "boilerplate", "sector"],
)
def test_a_closed_list_without_a_note_is_refused(entry: dict[str, object]) -> None:
    with pytest.raises(VocabularyError, match=r"extended\(\) entry 1: \w+\.note: Field required"):
        Vocabulary.default().extended([entry])
