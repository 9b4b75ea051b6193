"""The hedge passes: a hedge the scanner reads beside one figure but the text applies to
another, or that is no hedge at all ("over seven regions")."""

from __future__ import annotations

from discrepancy import Qualifier
from tests.helpers import extract_text, fact_covering


def test_over_before_a_count_of_places_says_where() -> None:
    text = "The ministry said its forces shot down 45 drones over seven Russian regions."
    regions = fact_covering(extract_text(text), "seven")
    assert regions.surface == "seven"  # "over" is not part of the figure
    assert (regions.subject, regions.quantity.qualifier) == ("region", Qualifier.EXACT)
    assert regions.event == "intercepted"  # where the drones were downed
    hedged = fact_covering(extract_text("Russia attacked over 20 cities overnight."), "over 20")
    assert hedged.quantity.qualifier is Qualifier.MORE_THAN


def test_wire_an_estimate_covers_both_halves_of_a_currency_pair() -> None:
    text = "Losses were estimated at 2.3 billion yuan ($320 million), officials said."
    fact = fact_covering(extract_text(text), "$320 million")
    assert fact.quantity.qualifier is Qualifier.APPROXIMATE
