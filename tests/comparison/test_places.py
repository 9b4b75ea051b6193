"""Places as row keys: compare() keys rows by stated places; a place carried from the
passage joins the one place other outlets state, and stays out where they state several
unless one of them is stated for its figure.

Invented sentences in wire style.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, LocationBasis, compare, extract

PUBLISHED = date(2026, 5, 10)


def test_compare_keys_rows_by_stated_places_only() -> None:
    # One outlet sets the scene in Madrid, the other names no place: the arrests are
    # one row, not a "Madrid" row and a placeless row each with one outlet silent.
    a = Article(
        id="a",
        published=PUBLISHED,
        text="Protesters gathered in Madrid on Saturday. Police arrested 12 people.",
    )
    b = Article(id="b", published=PUBLISHED, text="Police arrested 12 protesters on Saturday.")
    assert extract(a).facts[0].location_basis is LocationBasis.CONTEXT
    rows = [r for r in compare([a, b]).rows if r.key.subject == "arrest"]
    assert len(rows) == 1
    assert rows[0].verdict.value == "agree"
    assert rows[0].key.location is None


def test_a_carried_place_joins_the_one_place_another_outlet_states() -> None:
    stated = Article(
        id="a", published=PUBLISHED, text="Police arrested 14 people in Madrid on Saturday."
    )
    carried = Article(
        id="b",
        published=PUBLISHED,
        text="Protesters rallied in Madrid on Saturday.\n\nAt least 14 people were arrested.",
    )
    assert extract(carried).facts[0].location_basis is LocationBasis.CONTEXT
    [row] = [r for r in compare([stated, carried]).rows if r.key.subject == "arrest"]
    assert row.key.location == "Madrid"
    assert row.verdict.value == "agree"
    assert any("earlier sentence" in note for note in row.assumptions)


@pytest.mark.parametrize(
    ("carried", "location", "verdict"),
    [
        # No outlet gives Madrid the carried figure: which place it counts is not
        # settled, so the carried place keys no row.
        pytest.param("At least 30", None, "omit", id="stays-out-with-another-figure"),
        # Another outlet states Madrid for the same figure: it joins there
        # (tests/comparison/test_keys_places.py).
        pytest.param("At least 14", "Madrid", "agree", id="joins-the-place-of-its-figure"),
    ],
)
def test_a_carried_place_where_outlets_state_several(
    carried: str, location: str | None, verdict: str
) -> None:
    # Figures of the subject are placed in Madrid and in Barcelona.
    a = Article(
        id="a",
        published=PUBLISHED,
        text="Police arrested 14 people in Madrid on Saturday. "
        "Police arrested 6 people in Barcelona on Saturday.",
    )
    b = Article(
        id="b",
        published=PUBLISHED,
        text=f"Protesters rallied in Madrid on Saturday.\n\n{carried} people were arrested.",
    )
    rows = [r for r in compare([a, b]).rows if r.key.subject == "arrest"]
    b_row = next(r for r in rows if any(c.article_id == "b" and c.fact for c in r.cells))
    assert (b_row.key.location, b_row.verdict.value) == (location, verdict)
