"""The events pass: the verb that governs each figure and the actor before it; events that
mean another event for one subject (``SubjectEntry.event_aliases``)."""

from __future__ import annotations

import pytest

from discrepancy import Article, Vocabulary, extract
from tests.helpers import extract_text, fact_at, fact_covering

CASES = [
    # text, figure, subject, event
    (
        "The air force said it destroyed 405 of the drones.",
        "405",
        "drone",
        "intercepted",
        "invented: air war, fires",
    ),
    (
        "Air defences destroyed 38 cruise missiles over the capital.",
        "38",
        "cruise missile",
        "intercepted",
        "invented: air war, fires",
    ),
    (
        "The fire destroyed 405 buildings in the town.",
        "405",
        "building",
        "destroyed",
        "invented: air war, fires",
    ),
    ("The strike destroyed 12 homes.", "12", "home", "destroyed", "invented: air war, fires"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"), CASES, ids=[c[2] for c in CASES]
)
def test_destroyed_means_intercepted_for_weapons_in_the_air(
    text: str, figure: str, subject: str, event: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_event_aliases_merge_when_a_user_extends_a_subject() -> None:
    vocab = Vocabulary.default().extended(
        [
            {
                "kind": "subject",
                "name": "drone",
                "forms": ["quadcopters"],
                "event_aliases": {"hit": "struck"},
            }
        ]
    )
    entry = vocab.subjects["drone"]
    assert entry.event_alias("destroyed") == "intercepted"
    assert entry.event_alias("hit") == "struck"
    assert entry.event_alias("launched") == "launched"
    hash(entry)  # entries stay hashable: the aliases are kept as pairs


WEAPON_TOTALS = [
    # text, figure, subject: one figure for two kinds of weapon counts everything fired
    (
        "Russia hit Ukraine with nearly 500 drones and missiles overnight.",
        "nearly 500",
        "aerial target",
        "invented: air war, crime",
    ),
    (
        "Russia launched 450 drones and ballistic missiles at Kyiv.",
        "450",
        "aerial target",
        "invented: air war, crime",
    ),
    (
        "They fired 40 missiles or drones at the port.",
        "40",
        "aerial target",
        "invented: air war, crime",
    ),
    # a figure for each kind keeps its own subject
    ("Russia launched 450 drones and 45 missiles.", "450", "drone", "invented: air war, crime"),
    ("Russia launched 450 drones and 45 missiles.", "45", "missile", "invented: air war, crime"),
    # a second noun that is no weapon does not make a total
    ("Police seized 40 drones and rifles.", "40", "drone", "invented: air war, crime"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"),
    WEAPON_TOTALS,
    ids=[f"{c[1]}:{c[2]}" for c in WEAPON_TOTALS],
)
def test_a_figure_for_two_weapons_counts_aerial_targets(
    text: str, figure: str, subject: str, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.subject == subject


CLAIMS = [
    # text, figure, subject, event: "claiming" is a toll only when lives are claimed
    (
        "Organisers claiming 450,000 participants called the march a success.",
        "450,000",
        "person",
        None,
        "invented: crowds, disasters",
    ),
    (
        "The earthquake claimed at least 40 lives.",
        "at least 40",
        "death",
        "killed",
        "invented: crowds, disasters",
    ),
    ("The flood left 12 missing.", "12", "missing", "missing", "invented: crowds, disasters"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    CLAIMS,
    ids=[f"{c[1]}:{c[2]}" for c in CLAIMS],
)
def test_claiming_is_not_killing(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


@pytest.mark.parametrize(
    ("text", "provenance"),
    [
        (
            "Hundreds of thousands of people marched in more than 40 cities on Saturday.",
            "invented: protests",
        ),
        ("Protests were held in 40 cities across the country.", "invented: protests"),
    ],
    ids=["marched-in-cities", "protests-held-in-cities"],
)
def test_cities_with_marches_are_cities_where_protests_were_held(
    text: str, provenance: str
) -> None:
    [fact] = [f for f in extract(Article(id="t", text=text)).facts if f.subject == "city"]
    assert fact.event == "organized"


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    [
        (
            "The victims included a 7-year-old girl and two women.",
            "two",
            "person",
            None,
            "invented: attacks",
        ),
        (
            "The attack included 36 drones and 3 missiles.",
            "36",
            "drone",
            "launched",
            "invented: attacks",
        ),
    ],
    ids=["victims-included", "attack-included"],
)
def test_people_are_not_launched(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


@pytest.mark.parametrize(
    ("text", "figure", "event", "provenance"),
    [
        (
            "Ukraine says it downed most of 495 Russian drones and missiles.",
            "495",
            None,
            "invented: air war, rescues",
        ),
        (
            "Rescuers saved half of the 1,200 residents.",
            "1,200",
            None,
            "invented: air war, rescues",
        ),
        (
            "Air defences shot down all 45 drones.",
            "45",
            "intercepted",
            "invented: air war, rescues",
        ),
    ],
    ids=["downed-most-of", "saved-half-of", "shot-down-all"],
)
def test_the_verb_before_a_share_of_a_figure_is_not_the_figures(
    text: str, figure: str, event: str | None, provenance: str
) -> None:
    fact = fact_at(extract_text(text), figure)
    assert fact.event == event


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"),
    [
        ("The army sent 300 troops to the border.", "300", "troop", "invented: troops, fires"),
        (
            "The city sent 40 firefighters to the blaze.",
            "40",
            "firefighter",
            "invented: troops, fires",
        ),
    ],
    ids=["troops", "firefighters"],
)
def test_people_sent_are_deployed(text: str, figure: str, subject: str, provenance: str) -> None:
    fact = fact_at(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, "deployed")


def test_wire_weapons_of_an_attack_were_launched_by_the_attacker() -> None:
    fact = fact_covering(
        extract_text("Russia attacked the port city of Odesa overnight with 47 drones."), "47"
    )
    assert (fact.subject, fact.event, fact.actor) == ("drone", "launched", "Russia")


def test_wire_drones_shot_down_are_not_downed_by_their_owner() -> None:
    fact = fact_covering(
        extract_text("Air defences destroyed 57 Ukrainian drones over Bryansk."), "57"
    )
    assert (fact.event, fact.actor) == ("intercepted", None)


def test_wire_a_demonym_of_people_names_no_actor() -> None:
    fact = fact_covering(extract_text("Hamas released three Israeli hostages on Sunday."), "three")
    assert (fact.subject, fact.event, fact.actor) == ("person", "released", None)


ROLES = [
    # text, figure, subject, event, provenance
    (
        "The army fired 300 rockets together with 8 shells that struck three villages.",
        "300",
        "missile",
        "launched",
        "invented",
    ),
    (
        "The army fired 300 rockets together with 8 shells that struck three villages.",
        "three",
        "village",
        "hit",
        "invented",
    ),
    ("Wreckage came down in five districts, officials said.", "five", "region", None, "invented"),
    (
        "Damage from falling debris was reported in five districts.",
        "five",
        "region",
        "hit",
        "invented",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    ROLES,
    ids=[c[1] + c[0][:12] for c in ROLES],
)
def test_roles_come_from_the_figures_own_clause(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


EXISTENTIALS = [
    # text, every fact (surface, subject, event), provenance
    (
        "Coast guards rescued 30 people, and officials said there were 400 people on board.",
        [("30", "survivor", "rescued"), ("400", "person", None)],
        "invented: sea rescue",
    ),
    (
        "Police arrested 12 fans after the match, where there were 40,000 spectators.",
        [("12", "arrest", "arrested"), ("40,000", "person", None)],
        "invented: crime, crowds",
    ),
    (
        "The storm destroyed 80 homes; there are 2,000 homes in the valley.",
        [("80", "home", "destroyed"), ("2,000", "home", None)],
        "invented: weather",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), EXISTENTIALS, ids=["rescued", "arrested", "destroyed"]
)
def test_a_verb_before_there_were_is_another_clauses(
    text: str, facts: list[tuple[str, str, str | None]], provenance: str
) -> None:
    # "there were 400 people": the clause says only that they exist.
    assert [(f.surface, f.subject, f.event) for f in extract_text(text).facts] == facts


SHARES_OF_A_NAMED_WHOLE = [
    # text, every fact (surface, subject, event), provenance
    (
        "The army said '95 per cent' of the rockets fired on Sunday were intercepted.",
        [("95 per cent", "share", "intercepted")],
        "invented: air war (a quoted share, the whole's participle before the verb)",
    ),
    (
        "About 90% of the drones fired overnight were shot down.",
        [("About 90%", "share", "intercepted")],
        "invented: air war",
    ),
    (
        "Officials said 40% of the 300 drones launched were jammed.",
        [("40%", "share", "jammed"), ("300", "drone", "launched")],
        "invented: air war (the whole keeps its own verb)",
    ),
    (
        "About 62% of rail services were cancelled on Monday.",
        [("About 62%", "share", "cancelled")],
        "invented: transport (no participle: the verb as before)",
    ),
    (
        "Israel intercepted 99% of the drones.",
        [("99%", "share", "intercepted")],
        "invented: air war (the verb before)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    SHARES_OF_A_NAMED_WHOLE,
    ids=["quoted-share", "fired-shot-down", "launched-jammed", "cancelled", "verb-before"],
)
def test_a_share_takes_the_verb_after_its_whole(
    text: str, facts: list[tuple[str, str, str | None]], provenance: str
) -> None:
    # "99% of the missiles launched were intercepted": launched names the whole.
    assert [(f.surface, f.subject, f.event) for f in extract_text(text).facts] == facts


HELD = [
    # text, every fact (surface, subject, event), provenance
    (
        "The unemployment rate held at 4.2% in May.",
        [("4.2%", "unemployment", None)],
        "invented: economy (a rate held at a level: nothing organised)",
    ),
    (
        "Inflation held steady at 3.1% last month.",
        [("3.1%", "inflation", None)],
        "invented: economy",
    ),
    (
        "Protests were held in 40 cities on Saturday.",
        [("40", "city", "organized")],
        "invented: crowds (a count of places where protests were held, as before)",
    ),
]


@pytest.mark.parametrize(("text", "facts", "provenance"), HELD, ids=["rate", "inflation", "cities"])
def test_a_level_held_at_was_not_organised(
    text: str, facts: list[tuple[str, str, str | None]], provenance: str
) -> None:
    assert [(f.surface, f.subject, f.event) for f in extract_text(text).facts] == facts
