"""The reading copy reads Latin words whose letters were swapped for Cyrillic or Greek
look-alikes (scraped pages do it to dodge filters); a word wholly in another script
stays as written, and every output still quotes the text as given. Every sentence is
invented (provenance ``invented``)."""

from __future__ import annotations

import pytest

from discrepancy import Article, extract
from discrepancy.text.reading import reading_copy

COPIES = [
    # text as given, reading copy, provenance
    ("Aυthorities coпfirmed 52 deaths.", "Authorities confirmed 52 deaths.", "invented"),
    ("Doz\u0435ns D\u0435ad in flood", "Dozens Dead in flood", "invented"),
    ("Москва and Αθήνα stay as written.", "Москва and Αθήνα stay as written.", "invented"),
    ("A plain ASCII line, 40 people.", "A plain ASCII line, 40 people.", "invented"),
    ("Τhe ΕU sent 30 tonnes of aid.", "The EU sent 30 tonnes of aid.", "invented"),
]


@pytest.mark.parametrize(("given", "copy", "provenance"), COPIES, ids=[c[1][:24] for c in COPIES])
def test_look_alikes_in_a_latin_word_are_read_as_latin(
    given: str, copy: str, provenance: str
) -> None:
    assert reading_copy(given) == copy
    assert len(reading_copy(given)) == len(given)


def test_a_fact_read_through_look_alikes_quotes_the_text_as_given() -> None:
    text = "Aυthorities coпfirmed that 52 people were killed, officials said on Wedпesday."
    (fact,) = extract(Article(id="x", text=text, published="2026-03-05")).facts
    start, end = fact.span
    assert (fact.surface, text[start:end], fact.subject, fact.event) == (
        "52",
        "52",
        "death",
        "killed",
    )
    assert fact.time is not None
    assert fact.time.key() == "day:2026-03-04..2026-03-04"
