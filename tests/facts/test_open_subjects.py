"""Open subjects: every figure that counts something is a fact (issue 16).

Case tables by pattern of English news. Every sentence is invented for these tests
(provenance column: ``invented``), spread over domains: economy, health, transport,
elections, weather, conflict, crime, crowds.
"""

from __future__ import annotations

import pytest

from discrepancy import Article, SubjectBasis, Vocabulary, extract
from tests.helpers import extract_text, fact_at, facts_covering

# ------------------------------------------------------------ the noun after the figure

NOUN_AFTER = [
    # text, figure, value, subject, group, provenance
    (
        "Some 3,000 counter-protesters gathered outside the court.",
        "Some 3,000",
        3000,
        "counter-protester",
        None,
        "invented",
    ),
    (
        "More than 300 first responders were sent to the plant.",
        "More than 300",
        300,
        "first responder",
        None,
        "invented",
    ),
    (
        "The clinic ran 1,200 malaria tests last week.",
        "1,200",
        1200,
        "malaria test",
        None,
        "invented",
    ),
    (
        "The airline cancelled 45 transatlantic departures on Sunday.",
        "45",
        45,
        "transatlantic departure",
        None,
        "invented",
    ),
    (
        "Inspectors seized 14 shipping pallets at the border.",
        "14",
        14,
        "shipping pallet",
        None,
        "invented",
    ),
    (
        "The storm left 80 fishing boats stranded in the harbour.",
        "80",
        80,
        "fishing boat",
        None,
        "invented",
    ),
    (
        "Twelve Riverside Academy pupils reached the national final.",
        "Twelve",
        12,
        "pupil",
        "Riverside Academy",
        "invented",
    ),
    ("One flight recorder was found in the wreck.", "One", 1, "flight recorder", None, "invented"),
    (
        "The council approved 250 affordable flats in the scheme.",
        "250",
        250,
        "affordable flat",
        None,
        "invented",
    ),
    (
        "Thousands of cyclists joined the charity ride.",
        "Thousands",
        2000,
        "cyclist",
        None,
        "invented",
    ),
    ("Flooding closed roads in 17 of 47 counties.", "17", 17, "county", None, "invented"),
    ("Regulators fined four of the lenders.", "four", 4, "lender", None, "invented"),
    (
        "The charity sent two “mobile clinics” to the valley.",
        "two",
        2,
        "mobile clinic",
        None,
        "invented",
    ),
    (
        "There were 7.4 million** open vacancies.",
        "7.4 million",
        7.4e6,
        "open vacancy",
        None,
        "invented",
    ),
]


# ------------------------------------------------------------ the noun before a linking verb

NOUN_BEFORE = [
    # text, figure, value, subject, group, provenance
    (
        "Seasonal workers decreased by 48,000 in the quarter.",
        "48,000",
        48000,
        "seasonal worker",
        None,
        "invented",
    ),
    (
        "The number of licensed taxis was 21,000.",
        "21,000",
        21000,
        "licensed taxi",
        None,
        "invented",
    ),
    (
        "The ranks of the uninsured rose by 9,000 last year.",
        "9,000",
        9000,
        "uninsured",
        None,
        "invented",
    ),
    (
        "Factory orders were revised down by 3,100.",
        "3,100",
        3100,
        "factory order",
        None,
        "invented",
    ),
    (
        "Weekly passenger journeys stood at 2.3 million.",
        "2.3 million",
        2.3e6,
        "weekly passenger journey",
        None,
        "invented",
    ),
    (
        "Average monthly rents for all tenants in the capital rose 4.5% this year.",
        "4.5%",
        4.5,
        "average monthly rent",
        "tenants in the capital",
        "invented",
    ),
    (
        # (the labour force participation rate is now a subject of the vocabulary)
        "The youth employment rate was 62.4% in March.",
        "62.4%",
        62.4,
        "youth employment rate",
        None,
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "subject", "group", "provenance"),
    NOUN_AFTER + NOUN_BEFORE,
    ids=[c[3] for c in NOUN_AFTER + NOUN_BEFORE],
)
def test_the_noun_phrase_of_a_figure_is_its_subject(
    text: str, figure: str, value: float, subject: str, group: str | None, provenance: str
) -> None:
    """The noun after the figure, or the noun a verb joins to it."""
    fact = fact_at(extract_text(text), figure)
    assert fact.quantity.nominal == pytest.approx(value)
    assert (fact.subject, fact.group) == (subject, group)
    assert fact.subject_basis is SubjectBasis.TEXT


# ------------------------------------------------------------ elided nouns

ELIDED = [
    # text, figure, subject, group, provenance: the noun is the count's before it
    (
        "Employers added 90,000 jobs in May. Retail gained 12,000.",
        "12,000",
        "job",
        "retail",
        "invented",
    ),
    (
        "The carrier cut 400 flights on Monday. Its regional arm shed 35.",
        "35",
        "flight",
        "regional arm",
        "invented",
    ),
    (
        "The port handled 21,000 containers in May, down 3,000 since April.",
        "3,000",
        "container",
        None,
        "invented",
    ),
    (
        "Hospitals recorded 520 admissions in May. June's fell 60 to 460.",
        "60",
        "hospital admission",
        None,
        "invented",
    ),
    (
        "Councils built 8,000 homes in 2024, revised down from 9,500 to 8,000.",
        "9,500",
        "home",
        None,
        "invented",
    ),
    (
        "Officials said 41 people died, revising an earlier figure of 47.",
        "47",
        "death",
        None,
        "invented",
    ),
    (
        "Organisers counted 60,000 marchers. They had counted 45,000 in May.",
        "45,000",
        "person",
        None,
        "invented",
    ),
]


POPULATION = [
    # text, figure, subject, provenance
    ("The cyclone battered Mayotte's 320,000 residents.", "320,000", "population", "invented"),
    (
        "Aid agencies said Gaza's 2.1 million people face hunger.",
        "2.1 million",
        "population",
        "invented",
    ),
    ("The mayor's 12 advisers resigned.", "12", "adviser", "invented"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"), POPULATION, ids=[c[2] + c[1] for c in POPULATION]
)
def test_a_places_residents_are_its_population(
    text: str, figure: str, subject: str, provenance: str
) -> None:
    assert fact_at(extract_text(text), figure).subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject", "group", "provenance"), ELIDED, ids=[c[1] for c in ELIDED]
)
def test_an_elided_noun_is_the_figure_befores(
    text: str, figure: str, subject: str, group: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.group) == (subject, group)


VOCABULARY_HEADS = [
    # text, figure, subject, group, provenance: a head the vocabulary knows keeps its
    # canonical name, and its modifiers become the group
    (
        "Employers added 38,000 jobs. Fishing and forestry jobs lost 1,500.",
        "1,500",
        "job",
        "fishing and forestry",
        "invented",
    ),
    (
        "Hospital homes were 1,200 in May, while nursing homes were 800.",
        "800",
        "home",
        "nursing",
        "invented",
    ),
    (
        "Hospital admissions in the north climbed to 1,840.",
        "1,840",
        "hospital admission",
        "north",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "group", "provenance"),
    VOCABULARY_HEADS,
    ids=[c[1] for c in VOCABULARY_HEADS],
)
def test_a_head_the_vocabulary_knows_keeps_its_name(
    text: str, figure: str, subject: str, group: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.group, fact.subject_basis) == (
        subject,
        group,
        SubjectBasis.VOCABULARY,
    )


def test_a_clause_with_its_own_noun_shares_none() -> None:
    text = "Hires were 5.2 million, whereas separations were 5.1 million."
    assert [fact_at(extract_text(text), f).subject for f in ("5.2 million", "5.1 million")] == [
        "hire",
        "separation",
    ]


def test_rows_of_a_list_take_what_the_article_counts() -> None:
    text = (
        "Employers added 90,000 jobs in May, the statistics office said. "
        "Services added 70,000 jobs.\n\nBy sector:\n\nConstruction (+14,000)\n\n"
        "Public administration (-6,000)\n"
    )
    rows = [fact_at(extract_text(text), "+14,000"), fact_at(extract_text(text), "-6,000")]
    # The signs are a gain of 14,000 and a loss of 6,000 jobs (the scanner reads a
    # signed count of a list line as its magnitude and direction).
    assert [(f.subject, f.group, f.quantity.nominal, f.quantity.direction.value) for f in rows] == [
        ("job", "construction", 14000, "up"),
        ("job", "public administration", 6000, "down"),
    ]


def test_rows_of_a_list_take_the_first_of_two_topics_counted_as_often() -> None:
    # invented: economy. Jobs and the jobless are counted twice each before the
    # rows; the rows count what the lede counted first.
    text = (
        "Employers added 90,000 jobs in May and 60,000 jobs in June. "
        "The number of long-term jobless rose by 20,000 to 1.4 million.\n\n"
        "By sector:\n\nConstruction (+14,000)\n"
    )
    fact = fact_at(extract_text(text), "+14,000")
    assert (fact.subject, fact.group, fact.quantity.nominal) == ("job", "construction", 14000)


# ------------------------------------------------------------ what stays out

NOT_FACTS = [
    # text, figure, provenance: durations, ages, page furniture, references, names
    ("Patients waited 27 weeks or more for surgery.", "27", "invented"),
    ("The bridge took two months to repair.", "two", "invented"),
    ("The pilot, a 52-year-old veteran, survived.", "52", "invented"),
    ("Read more: 4 comments", "4", "invented"),
    ("Talks between the two delegations resumed on Monday.", "two", "invented"),
    ("Inspectors visited several depots on Monday.", "several", "invented"),
    ("She lives at 10 Harbour Road.", "10", "invented"),
]


@pytest.mark.parametrize(
    ("text", "figure", "provenance"), NOT_FACTS, ids=[c[0][:30] for c in NOT_FACTS]
)
def test_figures_that_count_nothing_stay_out(text: str, figure: str, provenance: str) -> None:
    assert facts_covering(extract_text(text), figure) == []


# ------------------------------------------------------------ verbs and months around the noun


def test_a_verbs_particle_is_no_linking_verb() -> None:
    # "shot down 85%": "down" belongs to "shot", so no noun before it is read.
    fact = fact_at(extract_text("Gunners reportedly shot down 85% of the drones."), "85%")
    assert (fact.subject, fact.event, fact.subject_basis) == (
        "share",
        "intercepted",
        SubjectBasis.VOCABULARY,
    )


def test_a_month_in_a_phrase_is_no_group() -> None:
    fact = fact_at(extract_text("Job additions for April were revised down by 52,000."), "52,000")
    assert (fact.subject, fact.group) == ("job addition", None)


def test_a_vocabulary_without_grammar_reads_no_open_subjects() -> None:
    vocab = Vocabulary.from_entries([{"kind": "subject", "name": "drone", "forms": ["drones"]}])
    ex = extract(
        Article(id="t", text="Some 40 drones and 3,000 counter-protesters."), vocabulary=vocab
    )
    assert [(f.surface, f.subject) for f in ex.facts] == [("Some 40", "drone")]
    assert [r.surface for r in ex.rejected] == ["3,000"]


def test_wire_an_unknown_noun_of_its_own_is_no_elided_subject() -> None:
    ex = extract("The army sent 1,500 soldiers and 40 heavy machinery units to the area.")
    # The 40 count their own noun, read from the text (issue 16), not soldiers.
    assert [(f.surface, f.subject, f.subject_basis.value) for f in ex.facts] == [
        ("1,500", "troop", "vocabulary"),
        ("40", "heavy machinery unit", "text"),
    ]
