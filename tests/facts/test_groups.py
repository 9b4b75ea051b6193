"""Groups, tolls, bases, parties, elliptical counts and roles from the right clause
(issue 16). Every sentence is invented for these tests (provenance ``invented``).
"""

from __future__ import annotations

import json

import pytest

from discrepancy import Article, Basis, Fact, SubjectBasis, extract
from discrepancy.report.golden import fact_record
from tests.helpers import extract_text, fact_covering

# ------------------------------------------------------------ tolls keep their people as group

TOLLS = [
    # provenance, text, figure, value, subject, event, group
    (
        "invented",
        "Among the dead are 12 children and 20 adults.",
        "12",
        12,
        "death",
        "killed",
        "child",
    ),
    (
        "invented",
        "Among the dead are 12 children and 20 adults.",
        "20",
        20,
        "death",
        "killed",
        "adult",
    ),
    (
        "invented",
        "Firefighters recovered the bodies after the deaths of six residents.",
        "six",
        6,
        "death",
        "killed",
        "resident",
    ),
    (
        "invented",
        "About 2,000 people were reported hurt in the quake.",
        "2,000",
        2000,
        "injured",
        "injured",
        None,
    ),
    (
        "invented",
        "Three firefighters were hurt in the blaze.",
        "Three",
        3,
        "injured",
        "injured",
        "firefighter",
    ),
    (
        "invented",
        "Nine stewards were hurt at the stadium.",
        "Nine",
        9,
        "injured",
        "injured",
        "steward",
    ),
    (
        "invented",
        "Eight Lakeside Lodge guests are unaccounted for.",
        "Eight",
        8,
        "missing",
        "missing",
        "Lakeside Lodge guest",
    ),
    (
        "invented",
        "Two police officers were wounded in the shooting.",
        "Two",
        2,
        "injured",
        "injured",
        "officer",
    ),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "value", "subject", "event", "group"),
    TOLLS,
    ids=[f"{c[4]}:{c[6]}" for c in TOLLS],
)
def test_a_toll_is_the_subject_and_the_people_its_group(
    provenance: str,
    text: str,
    figure: str,
    value: float,
    subject: str,
    event: str,
    group: str | None,
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.quantity.nominal == value
    assert (fact.subject, fact.event, fact.group) == (subject, event, group)


def test_a_part_in_an_aside_of_a_toll_is_the_toll() -> None:
    text = (
        "At least nine people on the pier, including three fishermen, were killed when "
        "the wave struck."
    )
    ex = extract_text(text)
    facts = [fact_covering(ex, "nine"), fact_covering(ex, "three")]
    assert [(f.subject, f.event, f.group) for f in facts] == [
        ("death", "killed", None),
        ("death", "killed", "fisherman"),
    ]
    assert facts[1].part_of == 0


PLACED = [
    # provenance, text, figure, subject: a second count after a place phrase and "and"
    ("invented", "Strikes killed 40 people in the city and 3 in nearby villages.", "3", "death"),
    (
        "invented",
        "The crash killed 241 people onboard and dozens on the ground.",
        "dozens",
        "death",
    ),
    (
        "invented",
        "The storm cut power to 9,000 homes in the north and 2,500 in the south.",
        "2,500",
        "home",
    ),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "subject"), PLACED, ids=[c[2] for c in PLACED]
)
def test_a_count_after_a_place_and_and_shares_the_noun(
    provenance: str, text: str, figure: str, subject: str
) -> None:
    assert fact_covering(extract_text(text), figure, last=True).subject == subject


def test_two_tolls_joined_by_a_slash_read_as_the_first() -> None:
    fact = fact_covering(
        extract_text("So far at least 31 people are dead/missing after the landslide."), "31"
    )
    assert (fact.subject, fact.event) == ("death", "killed")


def test_nationals_keep_their_nationality_as_group() -> None:
    text = "The plane carried 150 Indian nationals and 40 British nationals."
    ex = extract_text(text)
    facts = [fact_covering(ex, "150"), fact_covering(ex, "40")]
    assert [(f.subject, f.group) for f in facts] == [("person", "Indian"), ("person", "British")]


# ------------------------------------------------------------ elliptical and partitive counts

ELLIPTICAL = [
    # provenance, text, figure, value, subject, event, group
    (
        "invented",
        "Nine stewards were hurt, two of them seriously.",
        "two",
        2,
        "injured",
        "injured",
        "steward",
    ),
    (
        "invented",
        "Three firefighters were hurt, one critically.",
        "one",
        1,
        "injured",
        "injured",
        "firefighter",
    ),
    (
        "invented",
        "Four hikers are missing along with one guide.",
        "one",
        1,
        "missing",
        "missing",
        "guide",
    ),
    (
        "invented",
        "Officials said 14 people died, but the real number may be as high as 30.",
        "30",
        30,
        "death",
        "killed",
        None,
    ),
    (
        "invented",
        "Four were critically hurt and another 31 with minor injuries.",
        "31",
        31,
        "injured",
        "injured",
        None,
    ),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "value", "subject", "event", "group"),
    ELLIPTICAL,
    ids=[c[1][:32] for c in ELLIPTICAL],
)
def test_an_elliptical_count_shares_the_noun_and_verb(
    provenance: str,
    text: str,
    figure: str,
    value: float,
    subject: str,
    event: str,
    group: str | None,
) -> None:
    fact = fact_covering(extract_text(text), figure, last=True)
    high = fact.quantity.value.high
    assert (fact.quantity.nominal if high is None else high) == value
    assert (fact.subject, fact.event, fact.group) == (subject, event, group)


# ------------------------------------------------------------ estimating frames and bases

ESTIMATES = [
    # provenance, text, figure, value, subject, event
    (
        "invented",
        "Officers estimated the march at roughly 40,000.",
        "40,000",
        40000,
        "person",
        "attended",
    ),
    (
        "invented",
        "The prefecture put the count at 250,000 after the rally.",
        "250,000",
        250000,
        "person",
        None,
    ),
    ("invented", "Organisers put the crowd at 80,000.", "80,000", 80000, "person", "attended"),
    ("invented", "Local media put the toll at 35.", "35", 35, "death", "killed"),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "value", "subject", "event"),
    ESTIMATES,
    ids=[c[1][:30] for c in ESTIMATES],
)
def test_an_estimating_frame_is_a_count_by_its_estimator(
    provenance: str, text: str, figure: str, value: float, subject: str, event: str | None
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.quantity.nominal == value
    assert (fact.subject, fact.event, fact.basis) == (subject, event, Basis.ESTIMATE)


BASES = [
    # provenance, text, figure, basis
    ("invented", "Economists had expected 110,000 new jobs.", "110,000", Basis.FORECAST),
    ("invented", "An exit poll gave the governing party 38% of the vote.", "38%", Basis.POLL),
    ("invented", "The network projected the party to win 212 seats.", "212", Basis.PROJECTION),
    (
        "invented",
        "Preliminary results showed 1.2 million ballots cast.",
        "1.2 million",
        Basis.PRELIMINARY,
    ),
    ("invented", "The final count showed 48,312 votes for the mayor.", "48,312", Basis.FINAL),
    ("invented", "An estimated 4,000 homes lost power.", "4,000", Basis.ESTIMATE),
    ("invented", "The storm damaged 4,000 homes.", "4,000", Basis.NONE),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "basis"), BASES, ids=[c[3].value for c in BASES]
)
def test_the_basis_of_a_count(provenance: str, text: str, figure: str, basis: Basis) -> None:
    assert fact_covering(extract_text(text), figure).basis is basis


# ------------------------------------------------------------ parties

PARTIES = [
    # provenance, text, figure, subject, party
    (
        "invented",
        "Labour won 412 seats, while the Conservatives took 121 seats.",
        "412",
        "seat",
        "Labour",
    ),
    (
        "invented",
        "Labour won 412 seats, while the Conservatives took 121 seats.",
        "121",
        "seat",
        "Conservatives",
    ),
    ("invented", "In the runoff, Garcia took 52% of the vote.", "52%", "vote share", "Garcia"),
    (
        "invented",
        "Officials counted 3.1 million votes for Okafor.",
        "3.1 million",
        "vote",
        "Okafor",
    ),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "subject", "party"), PARTIES, ids=[c[4] for c in PARTIES]
)
def test_the_party_of_a_vote_figure(
    provenance: str, text: str, figure: str, subject: str, party: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.party) == (subject, party)


def test_no_party_outside_votes() -> None:
    assert fact_covering(extract_text("Labour staff counted 412 boxes."), "412").party is None


# ------------------------------------------------------------ roles from the right clause

ROLES = [
    # provenance, text, figure, subject, event
    (
        "invented",
        "The army fired 300 rockets together with 8 shells that struck three villages.",
        "300",
        "missile",
        "launched",
    ),
    (
        "invented",
        "The army fired 300 rockets together with 8 shells that struck three villages.",
        "three",
        "village",
        "hit",
    ),
    ("invented", "Wreckage came down in five districts, officials said.", "five", "region", None),
    (
        "invented",
        "Damage from falling debris was reported in five districts.",
        "five",
        "region",
        "hit",
    ),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "subject", "event"),
    ROLES,
    ids=[c[2] + c[1][:12] for c in ROLES],
)
def test_roles_come_from_the_figures_own_clause(
    provenance: str, text: str, figure: str, subject: str, event: str | None
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_missing_a_count_by_a_margin_is_no_missing_people() -> None:
    ex = extract(Article(id="t", text="The forecast missed the official count by about 2 million."))
    assert [f.subject for f in ex.facts if f.subject in ("missing", "person")] == []


# ------------------------------------------------------------ serialisation


def test_new_fields_serialise_in_json_and_goldens() -> None:
    text = "An estimated 12 children are among the dead."
    fact = fact_covering(extract_text(text), "12")
    data = json.loads(fact.model_dump_json())
    assert (data["subject"], data["group"], data["subject_basis"], data["party"]) == (
        "death",
        "child",
        "vocabulary",
        None,
    )
    assert data["basis"] == "estimate"
    record = fact_record(fact)
    assert (record["group"], record["basis"]) == ("child", "estimate")
    assert "party" not in record
    assert "subject_basis" not in record
    assert Fact.model_validate_json(fact.model_dump_json()) == fact


def test_a_text_subject_is_marked_in_goldens() -> None:
    fact = fact_covering(extract_text("Some 3,000 counter-protesters gathered."), "3,000")
    assert fact.subject_basis is SubjectBasis.TEXT
    assert fact_record(fact)["subject_basis"] == "text"


PERCENT_SUBJECTS = [
    # provenance, text, figure, subject: a percentage takes its rate or share phrase
    # the vocabulary maps the jobless rate onto its family
    ("invented", "The jobless rate was 5.1% in March.", "5.1%", "unemployment"),
    ("invented", "The rental vacancy rate was 3.2% in March.", "3.2%", "rental vacancy rate"),
    (
        "invented",
        "Only 0.8 percent of ballots were spoiled, the commission said.",
        "0.8 percent",
        "share",
    ),
    ("invented", "Fares for season tickets rose 4.6%.", "4.6%", "fare"),
]


@pytest.mark.parametrize(
    ("provenance", "text", "figure", "subject"),
    PERCENT_SUBJECTS,
    ids=[c[3] for c in PERCENT_SUBJECTS],
)
def test_a_percentage_takes_its_rate_phrase_and_spoiled_ballots_are_no_vote_share(
    provenance: str, text: str, figure: str, subject: str
) -> None:
    assert fact_covering(extract_text(text), figure).subject == subject


def test_survivors_are_a_count_of_their_own() -> None:
    # Survivors are a toll like the dead and the missing, not people in general.
    text = "At least one passenger is confirmed to have survived. Rescuers found 12 survivors."
    ex = extract_text(text)
    facts = [fact_covering(ex, "one"), fact_covering(ex, "12")]
    assert [(f.subject, f.event, f.group) for f in facts] == [
        ("survivor", "survived", "passenger"),
        ("survivor", None, None),
    ]


HOMELESS = [
    # provenance, text, figure: people who lost their homes are counted as homeless
    ("invented", "The fire left thousands homeless.", "thousands"),
    ("invented", "The flood caused hundreds to lose their homes.", "hundreds"),
    ("invented", "About 4,000 people lost their homes in the earthquake.", "4,000"),
]


@pytest.mark.parametrize(("provenance", "text", "figure"), HOMELESS, ids=[c[2] for c in HOMELESS])
def test_people_left_homeless_are_no_homes(provenance: str, text: str, figure: str) -> None:
    assert fact_covering(extract_text(text), figure).subject == "homeless"


def test_homes_destroyed_stay_homes() -> None:
    assert fact_covering(extract_text("The fire destroyed 2,000 homes."), "2,000").subject == "home"
