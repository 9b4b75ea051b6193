"""The parts pass: the whole each part is in, named through "of the", "of which", "of
them", "including" and lists of shares, and the verb a part takes from its whole.

Invented wire sentences in the style of air-attack and arrest reports, then wire probes.
"""

from __future__ import annotations

import pytest

from discrepancy import Article, extract
from tests.helpers import extract_text, fact_at, fact_covering

CASES = [
    # text, figure, subject, event, index of the whole (None: no single whole)
    (
        "The air force said Moscow used 451 drones and 45 missiles, of which 443 were shot down.",
        "443",
        "aerial target",
        "intercepted",
        None,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 451 drones and 45 missiles. Air defences downed 443 of them.",
        "443",
        "aerial target",
        "intercepted",
        None,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 120 drones overnight. Air defences downed 100 of them.",
        "100",
        "drone",
        "intercepted",
        0,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 502 drones and 24 missiles, of which 430 drones and 21 missiles were shot down.",
        "430",
        "drone",
        "intercepted",
        0,
        "invented: air war, arrests",
    ),
    (
        "Russia launched 502 drones and 24 missiles, of which 430 drones and 21 missiles were shot down.",
        "21",
        "missile",
        "intercepted",
        1,
        "invented: air war, arrests",
    ),
    (
        "Police detained 40 people. Twelve of them were later released.",
        "Twelve",
        "arrest",
        "released",
        0,
        "invented: air war, arrests",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "whole", "provenance"),
    CASES,
    ids=[f"{c[1]}:{c[2]}" for c in CASES],
)
def test_shares_count_what_they_point_back_to(
    text: str, figure: str, subject: str, event: str, whole: int | None, provenance: str
) -> None:
    ex = extract(Article(id="t", text=text))
    fact = fact_at(ex, figure)
    assert (fact.subject, fact.event, fact.part_of) == (subject, event, whole)


def test_an_including_part_keeps_its_own_verb() -> None:
    text = "At least 78 structures were destroyed, including 61 homes, and dozens more damaged."
    ex = extract_text(text)
    assert (fact_at(ex, "61").event, fact_at(ex, "61").part_of) == ("destroyed", 0)
    assert fact_at(ex, "dozens").event == "damaged"


# Where the rows below come from (their provenance column):
PROBE = "invented: wire probe"
PROBE_2 = "invented: wire probe, round 2"


def test_a_part_and_a_clause_of_its_own_keep_their_verbs() -> None:
    text = "It said 96 structures had been destroyed, including 61 homes, and dozens more damaged."
    ex = extract_text(text)
    assert fact_covering(ex, "61").event == "destroyed"  # the part takes its whole's verb
    assert fact_covering(ex, "dozens").event == "damaged"


PARTS = [
    (
        "Russia launched 80 drones and 6 missiles; air defences destroyed 71 of the drones.",
        "71",
        "80",
        "invented: air war, rescues",
    ),
    (
        "Rescuers found 26 people alive, 3 of whom were in critical condition.",
        "3",
        "26",
        "invented: air war, rescues",
    ),
    (
        "The army fired 40 missiles, 35 of them were intercepted.",
        "35",
        "40",
        "invented: air war, rescues",
    ),
]


@pytest.mark.parametrize(
    ("text", "part", "whole", "provenance"), PARTS, ids=["of the", "of whom", "of them"]
)
def test_invented_parts(text: str, part: str, whole: str, provenance: str) -> None:
    ex = extract(Article(id="t", text=text))
    part_fact = fact_covering(extract_text(text), part)
    assert part_fact.part_of is not None
    assert ex.facts[part_fact.part_of].surface.endswith(whole)


WIRE_PARTS = [
    # text, part, whole (None: no whole)
    ("Around 250,000 people have fled. More than 40,000 of them left.", "40,000", "250,000", PROBE),
    ("The gunman wounded 27 people. Of the wounded, five were critical.", "five", "27", PROBE),
    ("Forty-two miners were trapped. Of the 42 miners, 35 were rescued.", "35", "42", PROBE),
    (
        "The EU agreed a €50bn package. Of the total, €33bn will come as loans.",
        "€33bn",
        "€50bn",
        PROBE,
    ),
    (
        "Strikes killed at least 42 Palestinians, including 18 children and nine women.",
        "nine",
        "42",
        PROBE,
    ),
    (
        "Nearly a third of the deaths were in Andalusia. About 70 percent of the victims were old.",
        "70 percent",
        None,
        PROBE,
    ),
    (
        "The agency appealed for $120 million, of which 15% has been funded. Half of the "
        "refugees are children.",
        "Half",
        None,
        PROBE,
    ),
    (
        "Syria requires $3.2 billion. Two-thirds of those in need are women and children.",
        "Two-thirds",
        None,
        PROBE,
    ),
]


@pytest.mark.parametrize(
    ("text", "part", "whole", "provenance"), WIRE_PARTS, ids=[r[1] for r in WIRE_PARTS]
)
def test_wire_parts(text: str, part: str, whole: str | None, provenance: str) -> None:
    ex = extract(Article(id="t", text=text))
    fact = fact_covering(extract_text(text), part)
    if whole is None:
        assert fact.part_of is None
    else:
        assert fact.part_of is not None
        assert ex.facts[fact.part_of].surface.endswith(whole)


def test_wire_a_fronted_whole_with_its_figure_is_a_total() -> None:
    fact = fact_covering(extract_text("Of the 42 miners, 35 were rescued on Friday."), "42")
    assert (fact.subject, fact.event) == ("person", "total")


WIRE_PARTS_2 = [
    # text, part, whole
    (
        "The quake killed 300 people. Rescuers worked through the night. Officials said 72 of "
        "the deaths were in Antakya.",
        "72",
        "300",
        PROBE_2,
    ),
    (
        "A bus crash killed 14 people on Monday. Police said the driver had fled. Four children "
        "were among the dead.",
        "Four",
        "14",
        PROBE_2,
    ),
    (
        "Floods killed 120 people and injured 300 on Monday. Rescuers searched the river. Boats "
        "were used. Eleven of the injured were in critical condition.",
        "Eleven",
        "300",
        PROBE_2,
    ),
    (
        "The crash killed 38 people and injured 85. The train carried about 350 people. Of the "
        "injured, 25 remained in hospital on Wednesday, six of them in intensive care.",
        "25",
        "85",
        PROBE_2,
    ),
    (
        "The crash killed 38 people and injured 85. The train carried about 350 people. Of the "
        "injured, 25 remained in hospital on Wednesday, six of them in intensive care.",
        "six",
        "25",
        PROBE_2,
    ),
    (
        "At least 125 people died in the crush. Among the dead were 32 children.",
        "32",
        "125",
        PROBE_2,
    ),
]


@pytest.mark.parametrize(
    ("text", "part", "whole", "provenance"), WIRE_PARTS_2, ids=[r[1] for r in WIRE_PARTS_2]
)
def test_wire_parts_2(text: str, part: str, whole: str, provenance: str) -> None:
    ex = extract(Article(id="t", text=text))
    fact = fact_covering(extract_text(text), part)
    assert fact.part_of is not None
    assert ex.facts[fact.part_of].surface.endswith(whole)
    assert fact.event == ex.facts[fact.part_of].event
