"""The attendance pass: a count of people a crowd word gives is attendance."""

from __future__ import annotations

from tests.helpers import extract_text, fact_covering


def test_a_crowd_cue_makes_a_count_of_people_attendance() -> None:
    fact = fact_covering(extract_text("Organisers put the crowd at more than 100,000."), "100,000")
    assert (fact.subject, fact.event) == ("person", "attended")
    assert fact.attribution is not None
    assert fact.attribution.source == "organisers"
