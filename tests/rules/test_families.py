"""Families are fields of the subject and event entries they are named after."""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.families import Families


def test_the_shipped_families() -> None:
    families = Families.default()
    assert [families.subject(s) for s in ("fatality", "life", "victim", "death", "drone")] == [
        "death",
        "death",
        "death",
        "death",
        "drone",
    ]
    assert [families.event(e) for e in ("deployed", "organized", "damaged", "trapped")] == [
        "launched",
        "attended",
        "hit",
        "missing",
    ]
    assert families.cumulative("person", "trapped") is True
    assert families.cumulative("person", "evacuated") is False
    assert families.cumulative("detainee", None) is True
    assert families.cumulative("home", None) is False
    assert families.says("fatality", "killed") == "fatality"
    assert families.says("arrest", "killed") == "arrest killed"
    assert families.place("Kherson Oblast") == "Kherson"
    assert families.place("Mexico City") == "Mexico City"


def test_users_extend_a_family_by_adding_an_entry() -> None:
    grown = Vocabulary.default().extended(
        [
            {"kind": "event", "name": "launched", "forms": [], "family": ["hurled"]},
            {"kind": "event", "name": "evacuated", "forms": [], "cumulative": True},
            {"kind": "subject", "name": "home", "forms": [], "family": ["abode"]},
            {"kind": "words", "name": "place_type", "words": ["raion"], "note": "a user's"},
        ]
    )
    families = Families.of(grown)
    assert families is Families.of(grown)
    assert (families.event("hurled"), families.event("deployed")) == ("launched", "launched")
    assert families.cumulative("person", "evacuated") is True
    assert families.subject("abode") == "home"
    assert families.place("Bucha Raion") == "Bucha"
    shipped = Families.default()
    assert (shipped.event("hurled"), shipped.subject("abode")) == ("hurled", "abode")
    assert shipped.cumulative("person", "evacuated") is False


def test_a_name_in_two_families_is_refused() -> None:
    grown = Vocabulary.default().extended(
        [{"kind": "subject", "name": "casualty", "forms": [], "family": ["fatality"]}]
    )
    with pytest.raises(VocabularyError, match="subject 'fatality' is in two families"):
        Families.of(grown)
