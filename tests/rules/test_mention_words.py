"""The quantity scanner's words are data: read from their file, they are the words the
default vocabulary gives; its singulars of irregular plurals are shipped with a note,
and a figure's counted noun is named by them."""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary, find_quantities
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.numbers import number_tables
from discrepancy.rules.schemas.quantities import NumberWordsEntry, SingularEntry
from discrepancy.rules.schemas.words import WordClassEntry
from discrepancy.rules.shipped import shipped_entries, shipped_word_class


def test_the_shipped_singulars() -> None:
    entries = [e for e in Vocabulary.default().entries if isinstance(e, SingularEntry)]
    assert [len(e.pairs) for e in entries if e.note] == [23]
    assert {p: s for p, s in entries[0].pairs.items() if not p.endswith("s")} == {
        "people": "person",
        "children": "child",
        "women": "woman",
        "men": "man",
        "policemen": "policeman",
        "firemen": "fireman",
        "servicemen": "serviceman",
        "feet": "foot",
        "teeth": "tooth",
        "mice": "mouse",
        "geese": "goose",
    }


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Rangers counted 12 wolves.", "wolf"),
        ("About 300 people marched.", "person"),
        ("Some 40 police were deployed.", "police"),
        ("The storm closed 14 campuses.", "campus"),
    ],
    ids=["ves", "people", "invariant", "uses"],
)
def test_a_counted_noun_is_named_by_its_singular(text: str, noun: str) -> None:
    assert [q.noun for q in find_quantities(text)] == [noun]


def test_a_singular_entry_without_a_note_is_refused() -> None:
    with pytest.raises(
        VocabularyError, match=r"extended\(\) entry 1: singular\.note: Field required"
    ):
        Vocabulary.default().extended([{"kind": "singular", "pairs": {"oxen": "ox"}}])


@pytest.mark.parametrize("file", ["mentions.jsonl", "numbers.jsonl"])
def test_the_words_read_from_their_file_are_the_default_vocabulary_s(file: str) -> None:
    names = sorted({e.name for e in shipped_entries(WordClassEntry, file)})
    default = Vocabulary.default()
    assert len(names) == {"mentions.jsonl": 30, "numbers.jsonl": 1}[file]
    assert [n for n in names if shipped_word_class(n, file) != default.word_class(n)] == []


def test_the_tables_read_from_their_file_are_the_default_vocabulary_s() -> None:
    entries = Vocabulary.default().entries
    singulars = [e for e in entries if isinstance(e, SingularEntry)]
    assert shipped_entries(SingularEntry, "mentions.jsonl") == tuple(singulars)
    assert number_tables(shipped_entries(NumberWordsEntry, "numbers.jsonl")) == number_tables(
        entries
    )


def test_an_undeclared_class_is_refused() -> None:
    with pytest.raises(VocabularyError, match="no word class 'noun_stops' is declared"):
        shipped_word_class("noun_stops", "mentions.jsonl")
