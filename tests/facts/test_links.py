"""The move subjects and links passes: the figures of one move tied together (issue 16,
"Level, change, margin").

A move is told in up to three figures: a change ("rose by 3%"), the level before
("from 147,000") and the level after ("to 14,000"). The quantity scanner says which
each is (``Quantity.form``, ``Quantity.direction``); these passes link them
(``Fact.link``), and give a level that names nothing it measures the subject of the
figure it moves with. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from discrepancy import Extraction, Fact, FactLink, LinkRole
from discrepancy.models import interval_notation
from tests.helpers import extract_text

NEWS = "invented: news phrasing"

# (surface, value, subject, form, direction, link): a link is (role, index) or None.
Row = tuple[str, str, str | None, str, str, tuple[str, int] | None]


def _rows(ex: Extraction) -> list[Row]:
    return [_row(f) for f in ex.facts]


def _row(f: Fact) -> Row:
    q = f.quantity
    link = None if f.link is None else (f.link.role.value, f.link.fact)
    return (f.surface, interval_notation(q.value), f.subject, q.form.value, q.direction.value, link)


MOVES = [
    # text, every fact of it, provenance
    (
        "Factory orders were revised down by 21,000, from 64,000 to 43,000.",
        [
            ("21,000", "[21000, 21000]", "factory order", "change", "down", ("reaches", 2)),
            ("64,000", "[64000, 64000]", "factory order", "level", "down", ("from", 2)),
            ("43,000", "[43000, 43000]", "factory order", "level", "down", ("to", 1)),
        ],
        f"{NEWS}, economy",
    ),
    (
        "The jobless rate fell from 5.2% to 4.9% in the third quarter.",
        [
            ("5.2%", "[5.2, 5.2]", "unemployment", "level", "down", ("from", 1)),
            ("4.9%", "[4.9, 4.9]", "unemployment", "level", "down", ("to", 0)),
        ],
        f"{NEWS}, economy",
    ),
    (
        # The sector is the group (the sectors pass): the subject is employment.
        "Retail employment increased by 35,000 to 2.6 million.",
        [
            ("35,000", "[35000, 35000]", "employment", "change", "up", ("reaches", 1)),
            (
                "2.6 million",
                "[2600000, 2600000]",
                "employment",
                "level",
                "up",
                ("reached_by", 0),
            ),
        ],
        f"{NEWS}, economy",
    ),
    (
        "The price of a litre of milk rose by 4% to $1.32.",
        [
            ("4%", "[4, 4]", "price", "change", "up", ("reaches", 1)),
            ("$1.32", "[1.32, 1.32]", "price", "level", "up", ("reached_by", 0)),
        ],
        f"{NEWS}, prices",
    ),
    (
        "Brent crude fell 3% to $71 a barrel.",
        [
            ("3%", "[3, 3]", "brent crude", "change", "down", ("reaches", 1)),
            ("$71", "[71, 71]", "brent crude", "level", "down", ("reached_by", 0)),
        ],
        f"{NEWS}, prices",
    ),
    (
        "Hospital admissions fell by 140 to 1,860 last week.",
        [
            ("140", "[140, 140]", "hospital admission", "change", "down", ("reaches", 1)),
            ("1,860", "[1860, 1860]", "hospital admission", "level", "down", ("reached_by", 0)),
        ],
        f"{NEWS}, health",
    ),
    (
        "The number of measles cases rose from 12 to 47, the health ministry said.",
        [
            ("12", "[12, 12]", "case", "level", "up", ("from", 1)),
            ("47", "[47, 47]", "case", "level", "up", ("to", 0)),
        ],
        f"{NEWS}, health",
    ),
    (
        "Vaccination coverage reached 91%, up from 86%.",
        [
            ("91%", "[91, 91]", "vaccination coverage", "level", "up", ("to", 1)),
            ("86%", "[86, 86]", "vaccination coverage", "level", "up", ("from", 0)),
        ],
        f"{NEWS}, health",
    ),
    (
        "Rainfall dropped 40% to 18 millimetres in July.",
        [
            ("40%", "[40, 40]", "rainfall", "change", "down", ("reaches", 1)),
            ("18 millimetres", "[18, 18]", "rainfall", "level", "down", ("reached_by", 0)),
        ],
        f"{NEWS}, weather",
    ),
    (
        "Wind speeds rose to 130 km/h from 95 km/h overnight.",
        [
            ("130 km/h", "[130, 130]", "wind speed", "level", "up", ("to", 1)),
            ("95 km/h", "[95, 95]", "wind speed", "level", "up", ("from", 0)),
        ],
        f"{NEWS}, weather",
    ),
    (
        "Turnout rose to 71% from 64% at the last election.",
        [
            ("71%", "[71, 71]", "turnout", "level", "up", ("to", 1)),
            ("64%", "[64, 64]", "turnout", "level", "up", ("from", 0)),
        ],
        f"{NEWS}, elections",
    ),
    (
        "Passenger journeys rose by 12% to 4.3 million.",
        [
            ("12%", "[12, 12]", "passenger journey", "change", "up", ("reaches", 1)),
            (
                "4.3 million",
                "[4300000, 4300000]",
                "passenger journey",
                "level",
                "up",
                ("reached_by", 0),
            ),
        ],
        f"{NEWS}, transport",
    ),
    (
        "Rail delays fell from 2,400 in 2023 to 1,700 in 2024.",
        [
            ("2,400", "[2400, 2400]", "rail delay", "level", "down", ("from", 1)),
            ("1,700", "[1700, 1700]", "rail delay", "level", "none", ("to", 0)),
        ],
        f"{NEWS}, transport",
    ),
    (
        "The club's wage bill grew by 8% to 140 million euros.",
        [
            ("8%", "[8, 8]", "wage bill", "change", "up", ("reaches", 1)),
            (
                "140 million euros",
                "[140000000, 140000000]",
                "wage bill",
                "level",
                "up",
                ("reached_by", 0),
            ),
        ],
        f"{NEWS}, sport",
    ),
    (
        "Season-ticket sales rose by 2,300 to 41,800.",
        [
            ("2,300", "[2300, 2300]", "season-ticket sale", "change", "up", ("reaches", 1)),
            ("41,800", "[41800, 41800]", "season-ticket sale", "level", "up", ("reached_by", 0)),
        ],
        f"{NEWS}, sport",
    ),
    (
        "Burglaries fell 15% to 3,200 last year, police said.",
        [
            ("15%", "[15, 15]", "burglary", "change", "down", ("reaches", 1)),
            ("3,200", "[3200, 3200]", "burglary", "level", "down", ("reached_by", 0)),
        ],
        f"{NEWS}, crime",
    ),
    (
        "Reported car thefts rose from 870 to 1,050.",
        [
            ("870", "[870, 870]", "car theft", "level", "up", ("from", 1)),
            ("1,050", "[1050, 1050]", "car theft", "level", "up", ("to", 0)),
        ],
        f"{NEWS}, crime",
    ),
    (
        "The number of displaced people rose from 12,000 to 30,000, the UN said.",
        [
            ("12,000", "[12000, 12000]", "person", "level", "up", ("from", 1)),
            ("30,000", "[30000, 30000]", "person", "level", "up", ("to", 0)),
        ],
        f"{NEWS}, conflict",
    ),
    (
        "The death toll rose by 3 to a total of 48.",
        [
            ("3", "[3, 3]", "death", "change", "up", ("reaches", 1)),
            ("48", "[48, 48]", "death", "level", "up", ("reached_by", 0)),
        ],
        f"{NEWS}, conflict (words of level_reached after the to)",
    ),
    (
        "Exports rose 5% to a record $41 billion.",
        [
            ("5%", "[5, 5]", "export", "change", "up", ("reaches", 1)),
            (
                "$41 billion",
                "[41000000000, 41000000000]",
                "export",
                "level",
                "up",
                ("reached_by", 0),
            ),
        ],
        f"{NEWS}, economy (words of level_reached after the to)",
    ),
    (
        "Sales rose 3% to $41, from $39.80.",
        [
            ("3%", "[3, 3]", "sale", "change", "up", ("reaches", 1)),
            ("$41", "[41, 41]", "sale", "level", "up", ("to", 2)),
            ("$39.80", "[39.8, 39.8]", "sale", "level", "up", ("from", 1)),
        ],
        f"{NEWS}, prices (the subject of the change carried along the move)",
    ),
    (
        "Job creation in March was revised down by 25,000 from a gain of 94,000 to 69,000.",
        [
            ("25,000", "[25000, 25000]", "job creation", "change", "down", ("reaches", 2)),
            ("94,000", "[94000, 94000]", "job creation", "change", "up", ("from", 2)),
            ("69,000", "[69000, 69000]", "job creation", "level", "up", ("to", 1)),
        ],
        f"{NEWS}, economy (a gain reported before is the level a revision left)",
    ),
    (
        "Waiting lists grew by 40,000 to 7.6 million patients.",
        [
            ("40,000", "[40000, 40000]", "person", "change", "up", ("reaches", 1)),
            ("7.6 million", "[7600000, 7600000]", "person", "level", "up", ("reached_by", 0)),
        ],
        f"{NEWS}, health (a change takes the subject of a level of its kind)",
    ),
    (
        "Prices rose 3% to $41.",
        [
            ("3%", "[3, 3]", "inflation", "change", "up", ("reaches", 1)),
            ("$41", "[41, 41]", "money", "level", "up", ("reached_by", 0)),
        ],
        f"{NEWS}, prices (a subject of percentages only is no amount of money)",
    ),
    (
        "Employers added 73,000 jobs, down from a revised 114,000 in June.",
        [
            ("73,000", "[73000, 73000]", "job", "level", "none", ("to", 1)),
            ("114,000", "[114000, 114000]", "job", "level", "none", ("from", 0)),
        ],
        f"{NEWS}, economy (words of level_before after the from)",
    ),
    (
        "Shares of the airline rose 6% to $18.40 from $17.36.",
        [
            ("6%", "[6, 6]", "share", "change", "up", ("reaches", 1)),
            ("$18.40", "[18.4, 18.4]", "money", "level", "up", ("to", 2)),
            ("$17.36", "[17.36, 17.36]", "money", "level", "up", ("from", 1)),
        ],
        f"{NEWS}, prices (a change, then the level it reaches and the level before)",
    ),
]


@pytest.mark.parametrize(("text", "facts", "provenance"), MOVES, ids=[c[0][:32] for c in MOVES])
def test_the_figures_of_a_move_are_linked(text: str, facts: list[Row], provenance: str) -> None:
    assert _rows(extract_text(text)) == facts


APART = [
    # text, every fact of it, provenance: figures that are no move stay unlinked
    (
        "From 10 to 20 people were injured.",
        [("From 10 to 20", "[10, 20]", "injured", "level", "none", None)],
        f"{NEWS}, crime (a range, one figure)",
    ),
    (
        "Unemployment was 4.1% in May, compared with 4.3% in April.",
        [
            ("4.1%", "[4.1, 4.1]", "unemployment", "level", "none", None),
            ("4.3%", "[4.3, 4.3]", "unemployment", "level", "none", None),
        ],
        f"{NEWS}, economy (two levels compared, no move)",
    ),
    (
        "Police arrested 12 people and seized 40 kilograms of cocaine.",
        [
            ("12", "[12, 12]", "arrest", "level", "none", None),
            ("40 kilograms", "[40, 40]", "drug", "level", "none", None),
        ],
        f"{NEWS}, crime (two counts)",
    ),
    (
        "Sales rose 5%. Prices reached $41 to $43 at the pump.",
        [
            ("5%", "[5, 5]", "sale", "change", "up", None),
            ("$41 to $43", "[41, 43]", "money", "level", "none", None),
        ],
        f"{NEWS}, prices (a change and a range in the next sentence)",
    ),
]


@pytest.mark.parametrize(("text", "facts", "provenance"), APART, ids=[c[0][:32] for c in APART])
def test_figures_of_no_move_are_not_linked(text: str, facts: list[Row], provenance: str) -> None:
    assert _rows(extract_text(text)) == facts


def test_a_link_points_into_the_facts_and_reads_back_from_json() -> None:
    ex = extract_text("The jobless rate fell from 5.2% to 4.9%.")
    assert [f.link for f in ex.facts] == [
        FactLink(role=LinkRole.FROM, fact=1),
        FactLink(role=LinkRole.TO, fact=0),
    ]
    assert Extraction.model_validate_json(ex.model_dump_json()) == ex


def test_json_written_before_links_reads_as_no_link() -> None:
    fact = extract_text("Police arrested 12 people.").facts[0]
    data = fact.model_dump(mode="json")
    assert data.pop("link") is None
    assert Fact.model_validate(data) == fact


def test_a_link_names_a_role_and_an_index() -> None:
    with pytest.raises(ValueError, match="role"):
        FactLink.model_validate({"role": "after", "fact": 1})
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        FactLink(role=LinkRole.TO, fact=-1)


def test_a_link_must_point_to_another_fact_of_the_extraction() -> None:
    ex = extract_text("The jobless rate fell from 5.2% to 4.9%.")
    lone = ex.facts[0]
    with pytest.raises(ValueError, match="not among the facts"):
        Extraction(article=ex.article, facts=(lone,))
    itself = lone.model_copy(update={"link": FactLink(role=LinkRole.FROM, fact=0)})
    with pytest.raises(ValueError, match="itself"):
        Extraction(article=ex.article, facts=(itself,))
