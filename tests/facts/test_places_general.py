"""Places of figures in patterns found by running invented stories (issue #15, session 9):
several cities in one sentence or paragraph, each figure keeping its own city.

Each row: text, figure (its first occurrence), location, provenance.
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, fact_covering

MULTI_CITY: list[tuple[str, str, str | None, str]] = [
    # a fronted place, then another clause's place after "and in"
    (
        "Unions said 12,000 marched in Lindau. In Brenn, 9,500 marched, and in Tosk "
        "police counted 4,000.",
        "9,500",
        "Brenn",
        "invented: crowds (strike day)",
    ),
    (
        "Unions said 12,000 marched in Lindau. In Brenn, 9,500 marched, and in Tosk "
        "police counted 4,000.",
        "4,000",
        "Tosk",
        "invented: crowds (strike day)",
    ),
    # a list of "in <city> <figure>": the place before each figure is its own
    (
        "In Lindau police counted 6,000, in Brenn 9,500 and in Tosk 4,000.",
        "6,000",
        "Lindau",
        "invented: crowds",
    ),
    (
        "In Lindau police counted 6,000, in Brenn 9,500 and in Tosk 4,000.",
        "9,500",
        "Brenn",
        "invented: crowds",
    ),
    (
        "In Lindau, 6,000 marched, against 9,500 in Brenn.",
        "6,000",
        "Lindau",
        "invented: crowds (the place after the next figure is that figure's)",
    ),
    (
        "In Lindau, 6,000 marched, against 9,500 in Brenn.",
        "9,500",
        "Brenn",
        "invented: crowds",
    ),
    (
        "In Arvik, floods cut power to 2,000 homes, while 500 went without water in Selma.",
        "2,000",
        "Arvik",
        "invented: weather",
    ),
    (
        "In Vossberg, turnout reached 61%, compared with 55% in Ardel.",
        "61%",
        "Vossberg",
        "invented: elections",
    ),
    (
        "In Port Arlen, 14 people were arrested, and in Kessa another 9 were held.",
        "14",
        "Port Arlen",
        "invented: crime",
    ),
    # unchanged: each figure followed by its own place, or one place after a list
    (
        "Floods killed 8 people in Arvik and 3 in Selma, officials said.",
        "8",
        "Arvik",
        "invented: weather (unchanged)",
    ),
    (
        "Floods killed 8 people in Arvik and 3 in Selma, officials said.",
        "3",
        "Selma",
        "invented: weather (unchanged)",
    ),
    (
        "Prices rose 4.1% in Lindau and 3.2% in Brenn last month.",
        "4.1%",
        "Lindau",
        "invented: economy (unchanged)",
    ),
    (
        "12 were killed, 40 injured in Brenn.",
        "12",
        "Brenn",
        "invented: conflict (a place after a list of figures is every figure's)",
    ),
    (
        "At least 12 people were killed and 40 injured in an attack in Brenn.",
        "At least 12",
        "Brenn",
        "invented: conflict (unchanged)",
    ),
    (
        "Two trains collided near Hollin, killing 6 people and injuring 31 in Maddox county.",
        "6",
        "Hollin",
        "invented: transport (the place before when the next figure's comes after it)",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"),
    MULTI_CITY,
    ids=[f"{r[1]}-{r[2]}" for r in MULTI_CITY],
)
def test_each_city_keeps_its_own_figure(
    text: str, figure: str, location: str | None, provenance: str
) -> None:
    assert fact_covering(extract_text(text), figure).location == location
