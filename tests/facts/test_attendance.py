"""The attendance pass: a count of people a crowd word gives is attendance."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_covering


def test_a_crowd_cue_makes_a_count_of_people_attendance() -> None:
    fact = fact_covering(extract_text("Organisers put the crowd at more than 100,000."), "100,000")
    assert (fact.subject, fact.event) == ("person", "attended")
    assert fact.attribution is not None
    assert fact.attribution.source == "organisers"


CROWDS = [
    # text, figure, (subject, event), provenance
    # the crowd word just before the figure, not in the source's cue
    ("Police estimated the crowd at 55,000.", "55,000", ("person", "attended"), "invented: crowds"),
    # a crowd with an event of its own keeps it
    (
        "The crowd of 20,000 people was evacuated after the alarm.",
        "20,000",
        ("person", "evacuated"),
        "invented: crowds",
    ),
    # people counted with no crowd word are no attendance
    ("Organisers said 80,000 people came.", "80,000", ("person", None), "invented: crowds"),
]


@pytest.mark.parametrize(
    ("text", "figure", "read", "provenance"),
    CROWDS,
    ids=["crowd-before", "own-event", "no-crowd-word"],
)
def test_attendance_wants_a_crowd_word_and_no_event_of_its_own(
    text: str, figure: str, read: tuple[str, str | None], provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == read
