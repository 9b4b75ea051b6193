"""Noun phrase helpers (:mod:`discrepancy.text.nounphrase`): singular forms and plurals."""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary
from discrepancy.text.nounphrase import is_plural, singular


@pytest.mark.parametrize(
    ("plural", "singular_form"),
    [
        ("counter-protesters", "counter-protester"),
        ("casualties", "casualty"),
        ("churches", "church"),
        ("wolves", "wolf"),
        ("people", "person"),
        ("buses", "bus"),
        ("earnings", "earnings"),
        ("census", "census"),
        ("analysis", "analysis"),
    ],
)
def test_singular(plural: str, singular_form: str) -> None:
    plurals = Vocabulary.default().plurals
    assert singular(plural, plurals) == singular_form


def test_is_plural_reads_listed_and_regular_plurals() -> None:
    plurals = Vocabulary.default().plurals
    assert [is_plural(w, plurals) for w in ("police", "guests", "box", "staff")] == [
        True,
        True,
        False,
        True,
    ]
