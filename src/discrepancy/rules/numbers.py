"""The number words of English and their values, read once from ``data/numbers.jsonl``
(through :mod:`discrepancy.rules.shipped`, without building a vocabulary).

The reader of number words (:mod:`discrepancy.text.numwords`), the quantity scanner
and its compiled rules (:mod:`discrepancy.rules.quantities`) read these tables; they
live with the rules so that no stage reads words from a later one.

>>> NUMBER_WORDS["forty"], SCALE_WORDS["crore"], FRACTION_WORDS["thirds"]
(40, 10000000.0, 3)
>>> sorted(ORDINAL_WORDS)[:3]
['eighth', 'fifth', 'first']
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from .._exceptions import VocabularyError
from .schemas.quantities import NumberWordsEntry
from .shipped import shipped_entries, shipped_word_class

__all__ = [
    "FRACTION_WORDS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SCALE_WORDS",
    "TEENS",
    "TENS",
    "UNITS",
    "number_tables",
]


def number_tables(entries: Iterable[BaseModel]) -> dict[str, dict[str, int]]:
    """The number words of ``entries`` by class, in the order of the data; a later
    entry of a class adds its words to the earlier ones (and wins on a word they share).

    Raises:
        VocabularyError: a class of number words has no entry.

    >>> from discrepancy import Vocabulary
    >>> tables = number_tables(Vocabulary.default().entries)
    >>> tables["teen"]["twelve"], list(tables)
    (12, ['unit', 'teen', 'tens', 'scale', 'fraction'])
    >>> try:
    ...     number_tables([])
    ... except VocabularyError as err:
    ...     print(err)
    no number words of the classes ['fraction', 'scale', 'teen', 'tens', 'unit']
    """
    tables: dict[str, dict[str, int]] = {}
    for entry in entries:
        if isinstance(entry, NumberWordsEntry):
            tables.setdefault(entry.name, {}).update(entry.values)
    missing = {"unit", "teen", "tens", "scale", "fraction"} - set(tables)
    if missing:
        raise VocabularyError(f"no number words of the classes {sorted(missing)}")
    return tables


_TABLES = number_tables(shipped_entries(NumberWordsEntry, "numbers.jsonl"))

UNITS: dict[str, int] = _TABLES["unit"]
"""Cardinal words one to nine."""

TEENS: dict[str, int] = _TABLES["teen"]
"""Cardinal words ten to nineteen."""

TENS: dict[str, int] = _TABLES["tens"]
"""Cardinal words twenty to ninety."""

SCALE_WORDS: dict[str, float] = {word: float(value) for word, value in _TABLES["scale"].items()}
"""Multipliers, also read after digits ("1.3 million", "1.5 lakh", "Rs 2,000 crore")."""

NUMBER_WORDS: dict[str, int] = {**UNITS, **TEENS, **TENS}
"""Cardinal words below one hundred that stand for a value on their own."""

ORDINAL_WORDS: frozenset[str] = shipped_word_class("ordinal_word", "numbers.jsonl")
"""Ordinal words the scanner accounts for (rejected as ORDINAL unless a fraction)."""

FRACTION_WORDS: dict[str, int] = _TABLES["fraction"]
"""Denominators of the fractions "a third", "two-thirds", "three quarters"."""
