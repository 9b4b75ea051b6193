"""The hedge passes: a hedge the scanner reads beside one figure but the text applies to
another, or that is no hedge at all ("over seven regions") (scope hedges); and the
hedge a headline drops, taken from its body (headline hedges)."""

from __future__ import annotations

import pytest

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


HEADLINES = [
    # text, the headline figure's (qualifier, low, high), provenance
    (
        "Wildfire: 78 structures lost\n\nAt least 78 structures were destroyed, officials said.",
        (Qualifier.AT_LEAST, 78, None),
        "invented: wildfire",
    ),
    (
        "Floods: 12 dead\n\nMore than 12 people have died in the floods.",
        (Qualifier.MORE_THAN, 12, None),
        "invented: floods",
    ),
    # the body gives the same figure unhedged: the headline's stays exact
    (
        "Wildfire: 78 structures lost\n\nExactly 78 structures were destroyed, officials said.",
        (Qualifier.EXACT, 78, 78),
        "invented: wildfire",
    ),
    # the body hedges the same number of something else
    (
        "Wildfire: 78 structures lost\n\nAt least 78 people were evacuated, officials said.",
        (Qualifier.EXACT, 78, 78),
        "invented: wildfire",
    ),
]


@pytest.mark.parametrize(
    ("text", "hedged", "provenance"),
    HEADLINES,
    ids=["at-least-structures", "more-than-dead", "body-exact", "other-subject"],
)
def test_a_headline_figure_takes_its_bodys_hedge(
    text: str, hedged: tuple[Qualifier, float, float | None], provenance: str
) -> None:
    headline = extract_text(text).facts[0]
    assert headline.span[1] <= text.index("\n")
    quantity = headline.quantity
    assert (quantity.qualifier, quantity.value.low, quantity.value.high) == hedged
