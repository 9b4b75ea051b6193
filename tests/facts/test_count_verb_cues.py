"""A verb that is both a speech cue and a count's verb ("added", "adds"): it credits a
speaker only when no figure is its object. "'We are ready,' he added" is speech; "the
economy added 150,000 jobs" is a count, and names no source. Invented sentences from
several domains; the provenance column says which sense each shows."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_covering

CASES = [
    # text, figure, source (None: no source in the text), provenance
    (
        "The economy added 150,000 jobs in March.",
        "150,000",
        None,
        "count: economy, figure object",
    ),
    (
        "Employers added 73,000 positions last month.",
        "73,000",
        None,
        "count: economy, bare subject noun",
    ),
    (
        "Hospitals in the region added 40 beds this week.",
        "40",
        None,
        "count: health, a place in the subject",
    ),
    (
        "The rail operator added 12 trains to the timetable.",
        "12",
        None,
        "count: transport, an organisation as subject",
    ),
    (
        "The airline added nearly 300 flights for the holidays.",
        "nearly 300",
        None,
        "count: transport, a hedged figure object",
    ),
    (
        "The city added another 2,000 shelter places as the storm approached.",
        "2,000",
        None,
        "count: weather, a determiner before the figure",
    ),
    (
        "The Health Ministry said 12 patients died. It added that 30 patients were in intensive care.",
        "30",
        "Health Ministry",
        "speech: health, 'added that' after a pronoun",
    ),
    (
        "\u201cThe count found 4,000 spoiled ballots,\u201d election commissioner Ana Ruiz added.",
        "4,000",
        "Ana Ruiz",
        "speech: elections, a quotation before the cue",
    ),
    (
        "Police arrested 14 people, Chief Inspector Ana Ruiz added.",
        "14",
        "Ana Ruiz",
        "speech: crime, inverted credit after the figure",
    ),
    (
        "The national weather service added on Monday that 80 millimetres of rain could fall.",
        "80 millimetres",
        "national weather service",
        "speech: weather, a day between cue and clause",
    ),
    (
        "At least 20 soldiers were wounded, the defence ministry added.",
        "At least 20",
        "defence ministry",
        "speech: conflict, the cue after the figure",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "provenance"), CASES, ids=[c[3] for c in CASES]
)
def test_added_credits_only_a_speaker(
    text: str, figure: str, source: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.attribution and fact.attribution.source) == source
