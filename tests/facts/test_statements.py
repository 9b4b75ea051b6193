"""Dated statements: quotations, their speaker, and the day the text gives for them."""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.facts.statements import find_statements
from discrepancy.mentions.times import find_times

PUBLISHED = date(2024, 3, 8)  # a Friday


def statements(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker, s.quote, s.time.key() if s.time else None)
        for s in find_statements(text, find_times(text, published=PUBLISHED))
    ]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"),
    [
        pytest.param(
            "“We will rebuild every house in this valley,” Governor Maria Lopez said on Tuesday.",
            [
                (
                    "Lopez",
                    "We will rebuild every house in this valley,",
                    "day:2024-03-05..2024-03-05",
                )
            ],
            "invented: wire",
            id="name-after-quote-with-weekday",
        ),
        pytest.param(
            'Police chief Anna Berg said on Thursday: "Twelve people were arrested in the old town."',
            [
                (
                    "Berg",
                    "Twelve people were arrested in the old town.",
                    "day:2024-03-07..2024-03-07",
                )
            ],
            "invented: wire",
            id="speaker-before-quote",
        ),
        pytest.param(
            "Interior Minister Paul Weiss spoke to reporters on Monday. "
            "“Nobody was seriously hurt in the evacuation,” the minister said.",
            [
                (
                    "Weiss",
                    "Nobody was seriously hurt in the evacuation,",
                    "day:2024-03-04..2024-03-04",
                )
            ],
            "invented: wire",
            id="role-points-back-and-date-from-introducing-sentence",
        ),
        pytest.param(
            "Mayor Ana Ruiz visited the shelter. “The water came up faster than anyone expected,” "
            "she said, referring to President Karl Ost.",
            [("Ruiz", "The water came up faster than anyone expected,", None)],
            "invented: wire",
            id="pronoun-is-the-subject-not-the-object-after-the-tag",
        ),
        pytest.param(
            "Delegates met at the “coalition of the willing” summit on Friday.",
            [],
            "invented: wire",
            id="scare-quote-is-not-a-statement",
        ),
        pytest.param(
            "“It was the worst night of my life, truly,” a resident told us.",
            [],
            "invented: wire",
            id="unnamed-speaker-is-left-out",
        ),
    ],
)
def test_statements(
    text: str, expected: list[tuple[str, str, str | None]], provenance: str
) -> None:
    assert statements(text) == expected


def test_contractions_do_not_split_a_statement_row() -> None:
    from discrepancy import Article, compare, extract

    a = Article(
        id="a",
        text="Mayor Ana Ruiz spoke on Tuesday. “I can't promise the bridge will reopen soon,” "
        "she said.",
        published=PUBLISHED,
    )
    b = Article(
        id="b",
        text="On Tuesday, Mayor Ana Ruiz said: “I cannot promise the bridge will reopen soon.”",
        published=PUBLISHED,
    )
    rows = [r for r in compare([extract(a), extract(b)]).rows if r.key.kind.value == "statement"]
    assert len(rows) == 1
    assert rows[0].key.subject == "Ruiz"
    assert rows[0].verdict.value == "agree"


def test_a_target_year_is_not_the_day_of_a_remark() -> None:
    text = (
        "Labour Minister Rui Tavares defended the reform. “The system must save 1.2 billion "
        "euros a year by 2035,” the minister said."
    )
    assert statements(text) == [
        ("Tavares", "The system must save 1.2 billion euros a year by 2035,", None)
    ]


SPEAKERS_WITH_TITLES = [
    # text, speaker: a long title before the name, or a role phrase then the name
    (
        "“We will respond to every attack on our territory,” Russian Defence Minister "
        "Andrei Belousov said.",
        "Belousov",
        "invented: war statements",
    ),
    (
        "“Our forces destroyed all targets in the area,” the Russian Defence Ministry "
        "spokesman Igor Konashenkov said.",
        "Konashenkov",
        "invented: war statements",
    ),
    (
        "“The operation will continue as planned,” said the Kremlin spokesman Dmitry Peskov.",
        "Peskov",
        "invented: war statements",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "provenance"),
    SPEAKERS_WITH_TITLES,
    ids=[c[1] for c in SPEAKERS_WITH_TITLES],
)
def test_a_titled_speaker_is_the_name_after_the_title(
    text: str, speaker: str, provenance: str
) -> None:
    assert [s[0] for s in statements(text)] == [speaker]
