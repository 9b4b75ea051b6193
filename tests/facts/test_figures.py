"""The figures pass: each scanned figure becomes a draft with its unit and value, unless it
is page debris, a repeat of a headline line, or a reference to things already counted."""

from __future__ import annotations

from discrepancy import Article, Qualifier, extract
from discrepancy.models import RejectReason
from tests.helpers import extract_text, fact_covering


def test_debris_lines_give_boilerplate_and_duplicate_reasons() -> None:
    text = (
        "Floods kill 12 people in the north\n\nFloods kill 12 people in the north\n\n"
        "Rescuers pulled 30 people from the water.\n0:00\n3:41\n"
        "Follow the Daily News channel on WhatsApp for 24 hour updates"
    )
    ex = extract(Article(id="t", text=text))
    reasons = [(r.surface, r.reason) for r in ex.rejected]
    assert ("12", RejectReason.DUPLICATE) in reasons
    assert [f.surface for f in ex.facts] == ["12", "30"]
    assert all(r.reason is RejectReason.BOILERPLATE for r in ex.rejected if r.span[0] > 80)


def test_bug_canadian_dollar_sign_is_cad() -> None:
    assert (
        fact_covering(extract_text("Ottawa pledged C$40 million."), "C$40 million").quantity.unit
        == "CAD"
    )


def test_bug_zlotys_are_a_currency() -> None:
    fact = fact_covering(
        extract_text("The government will release 3 billion zlotys in aid."), "3 billion zlotys"
    )
    assert fact.quantity.unit == "PLN"
    assert fact.quantity.nominal == 3e9


def test_bug_a_score_of_is_an_approximate_twenty() -> None:
    fact = fact_covering(
        extract_text("Russia launched 80 missiles and a score of drones."), "a score"
    )
    assert fact.quantity.qualifier is Qualifier.APPROXIMATE
    assert fact.quantity.nominal == 20


def test_bug_the_two_earlier_marches_is_a_reference() -> None:
    ex = extract("The two earlier marches drew 9,000 people.")
    assert [f.surface for f in ex.facts] == ["9,000"]
