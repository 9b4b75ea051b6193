"""Word classes and entries of one shipped data file, read without building a vocabulary.

:func:`discrepancy.find_quantities` runs on the shipped quantity rules alone
(:mod:`discrepancy.rules.quantities` compiles them from ``quantities.jsonl``), and
building :meth:`Vocabulary.default() <discrepancy.Vocabulary.default>` for the
scanner's few word classes would cost its first call about 0.1 s (every file read,
every phrase table compiled). The quantity scanner and :mod:`discrepancy.rules.numbers`
read their words here instead, from the file that holds them; the words are the same
that ``Vocabulary.default().word_class(name)`` gives (a test checks every class of the
mentions section against it).

>>> sorted(shipped_word_class("year_prefix", "mentions.jsonl"))[:3]
['early', 'end', 'late']
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from .._exceptions import VocabularyError
from .loader import read_shipped
from .names import WORD_CLASSES
from .schemas.words import WordClassEntry
from .vocab import _norm

__all__ = ["shipped_entries", "shipped_word_class"]

_E = TypeVar("_E", bound=BaseModel)


def shipped_entries(kind: type[_E], file: str) -> tuple[_E, ...]:
    """The entries of one kind in a shipped data file, in its order."""
    return tuple(e for e in read_shipped(file) if isinstance(e, kind))


def shipped_word_class(name: str, file: str) -> frozenset[str]:
    """The words of a declared class in a shipped data file, normalised as
    :meth:`Vocabulary.word_class <discrepancy.Vocabulary.word_class>` gives them.

    Raises:
        VocabularyError: the class is not declared in rules/names.py, or the file has
            no entry of it.

    >>> try:
    ...     shipped_word_class("year_prefix", "text.jsonl")
    ... except VocabularyError as err:
    ...     print(err)
    text.jsonl has no words of the class 'year_prefix'
    """
    if name not in WORD_CLASSES:
        raise VocabularyError(f"no word class {name!r} is declared in rules/names.py")
    entries = [e for e in shipped_entries(WordClassEntry, file) if e.name == name]
    if not entries:
        raise VocabularyError(f"{file} has no words of the class {name!r}")
    return frozenset(_norm(w) for e in entries for w in e.words)
