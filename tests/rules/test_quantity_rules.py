"""The quantity scanner's rules are a function of a vocabulary: users extend them."""

from __future__ import annotations

import pytest

from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.models import Qualifier, QuantityKind
from discrepancy.rules.quantities import _rules, rules_for


def test_the_default_vocabulary_shares_the_shipped_rules() -> None:
    assert rules_for(Vocabulary.default()) is _rules()
    # Extending other kinds keeps the quantity entries, and so the compiled rules.
    cue_only = Vocabulary.default().extended([{"kind": "cue", "phrase": "tweeted"}])
    assert rules_for(cue_only) is _rules()


def test_an_extended_vocabulary_compiles_the_users_quantity_entries() -> None:
    grown = Vocabulary.default().extended(
        [
            {
                "kind": "hedge",
                "phrase": "a hair under",
                "qualifier": "nearly",
                "position": "before",
            },
            {"kind": "currency", "form": "Tk", "code": "BDT", "position": "before"},
            {"kind": "unit", "unit": "league", "dimension": "length", "forms": ["leagues"]},
            {"kind": "change", "phrase": "rocketed", "direction": "up", "role": "verb"},
            {"kind": "margin", "phrase": "edged out by", "position": "before"},
            {"kind": "nationality", "forms": ["ruritanian"]},
        ]
    )
    rules = rules_for(grown)
    assert rules is rules_for(grown)  # compiled once per vocabulary
    assert rules is not _rules()
    assert rules.hedges["a hair under"] is Qualifier.NEARLY
    assert rules.hedge_before.match("a hair under"[::-1]) is not None
    assert rules.currencies_before["Tk"] == "BDT"
    assert rules.units["leagues"] == ("league", QuantityKind.LENGTH)
    assert rules.unit_after.match(" leagues").group("u") == "leagues"  # type: ignore[union-attr]
    assert "rocketed" in rules.changes
    assert rules.margin_before.match(" yb tuo degde") is not None
    assert "ruritanian" in rules.nationalities
    # The shipped rules and the default vocabulary are untouched.
    shipped = _rules()
    assert "a hair under" not in shipped.hedges
    assert "leagues" not in shipped.units
    assert "ruritanian" not in shipped.nationalities


def test_a_vocabulary_without_quantity_entries_compiles_rules_that_match_nothing() -> None:
    rules = rules_for(Vocabulary.from_entries([{"kind": "cue", "phrase": "said"}]))
    assert (rules.hedges, rules.units, rules.changes) == ({}, {}, {})
    assert rules.hedge_before.match("   tuoba") is None
    assert rules.unit_after.match(" km") is None
    assert rules.currency_before.match("$") is None


def test_a_bad_quantity_entry_is_refused_with_its_place() -> None:
    with pytest.raises(VocabularyError, match=r"extended\(\) entry 1: hedge.qualifier"):
        Vocabulary.default().extended(
            [{"kind": "hedge", "phrase": "circa", "qualifier": "roughly", "position": "before"}]
        )
