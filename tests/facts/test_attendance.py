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


ESTIMATORS = [
    # text, figures (surface, subject, event, source), provenance
    (
        "Organisers said 110,000 people took part in the march on Friday. Police counted 38,000.",
        [
            ("110,000", "person", "attended", "organisers"),
            ("38,000", "person", "attended", "police"),
        ],
        "invented: crowds (the lead's new-user run read the police's count as officers)",
    ),
    (
        "Union leaders said 45,000 workers joined the strike. Officials counted 12,000.",
        [("45,000", "person", "attended", None), ("12,000", "person", "attended", "officials")],
        "invented: labour",
    ),
    (
        "The club said 62,000 fans attended the final. Stewards counted 58,500.",
        [("62,000", "person", "attended", None), ("58,500", "person", "attended", "Stewards")],
        "invented: sport crowds",
    ),
    (
        "Rescuers said 14 bodies had been recovered. Officials counted 11.",
        [("14", "death", "killed", "Rescuers"), ("11", "death", "killed", "officials")],
        "invented: disasters",
    ),
    (
        "Police counted 38,000 protesters.",
        [("38,000", "person", None, "police")],
        "invented: a frame that names what it counts keeps it",
    ),
]


@pytest.mark.parametrize(
    ("text", "figures", "provenance"),
    ESTIMATORS,
    ids=["police-count", "officials-count", "stewards-count", "officials-toll", "named-noun"],
)
def test_an_estimator_is_not_what_its_estimate_counts(
    text: str, figures: list[tuple[str, str, str | None, str | None]], provenance: str
) -> None:
    facts = extract_text(text).facts
    assert [
        (f.surface, f.subject, f.event, f.attribution.source if f.attribution else None)
        for f in facts
    ] == figures
