"""Facts from articles: the seed specification, invented news phrasing, properties."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Article, InputError, Qualifier, TimeBasis, extract, load_article
from discrepancy.facts.extract import extract as _extract
from discrepancy.mentions.quantities import scan
from discrepancy.models import Extraction, Fact, RejectReason
from discrepancy.text.gate import reading_copy
from tests.helpers import ANY, SEEDS, Anything, extract_text, fact_covering

PUBLISHED = {
    "000": None,
    "001": date(2025, 9, 7),
    "002": datetime(2025, 9, 5, 14, 11),
    "003": None,
    "004": date(2025, 9, 4),
}


def _seed(prefix: str) -> Extraction:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract(load_article(path), published=PUBLISHED[prefix])


_CACHE: dict[str, Extraction] = {}


def seed(prefix: str) -> Extraction:
    if prefix not in _CACHE:
        _CACHE[prefix] = _seed(prefix)
    return _CACHE[prefix]


Bound = float | None | Anything


def check_value(fact: Fact, low: Bound, high: Bound, qualifier: Qualifier) -> None:
    """The qualifier, both bounds (None: unbounded; ANY: worked out by the policy), and
    which ends are closed, as the qualifier says."""
    assert fact.quantity.qualifier is qualifier
    value = fact.quantity.value
    assert (value.low, value.high) == (low, high)
    if qualifier is Qualifier.EXACT:
        assert value.is_point
    if qualifier is Qualifier.MORE_THAN:
        assert not value.low_closed
    if qualifier is Qualifier.AT_LEAST:
        assert value.low_closed
    if qualifier is Qualifier.NEARLY:
        assert not value.high_closed
    if qualifier is Qualifier.AT_MOST:
        assert value.high_closed
    if qualifier is Qualifier.APPROXIMATE:
        assert value.low is not None
        assert value.high is not None
        assert value.low < fact.quantity.nominal < value.high


# ---------------------------------------------------------------- seeds: the figures table

ZEL = ("Zelensky", None)
ZEL_EURONEWS = ("Zelensky", "EuroNews")
UAF = ("Ukrainian Air Force", None)
SEPT_1_5 = "span:????-09-01..????-09-05"
SEPT_1_5_2025 = "span:2025-09-01..2025-09-05"
NIGHT_003 = "night:unresolved:overnight"
NIGHT_004 = "night:2025-09-03..2025-09-04"

SEED_FIGURES = [
    # seed, locator, figure, subject, low, high, qualifier, window key, (source, via);
    # None must be None (no bound, no source), ANY is not checked
    ("000", "over 1,300 drones", "1,300", "drone", 1300, None, Qualifier.MORE_THAN, SEPT_1_5, ZEL),
    (
        "000",
        "nearly 900 guided bombs",
        "900",
        "guided bomb",
        ANY,
        900,
        Qualifier.NEARLY,
        SEPT_1_5,
        ZEL,
    ),
    ("000", "around 50 missiles", "50", "missile", ANY, ANY, Qualifier.APPROXIMATE, SEPT_1_5, ZEL),
    ("000", "across 14 Ukrainian regions", "14", "region", 14, 14, Qualifier.EXACT, SEPT_1_5, ZEL),
    (
        "001",
        "more than 1,300 drones",
        "1,300",
        "drone",
        1300,
        None,
        Qualifier.MORE_THAN,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    (
        "001",
        "nearly 900 guided bombs",
        "900",
        "guided bomb",
        ANY,
        900,
        Qualifier.NEARLY,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    (
        "001",
        "some 50 missiles",
        "50",
        "missile",
        ANY,
        ANY,
        Qualifier.APPROXIMATE,
        SEPT_1_5_2025,
        ZEL_EURONEWS,
    ),
    ("001", "hit 14 regions", "14", "region", 14, 14, Qualifier.EXACT, SEPT_1_5_2025, ZEL_EURONEWS),
    ("003", "91 Russian drones", "91", "drone", 91, 91, Qualifier.EXACT, NIGHT_003, UAF),
    ("003", "18 strikes", "18", "strike", 18, 18, Qualifier.EXACT, NIGHT_003, UAF),
    ("003", "eight locations", "eight", "location", 8, 8, Qualifier.EXACT, NIGHT_003, UAF),
    (
        "003",
        "up to 50 percent",
        "50",
        "tariff",
        None,
        50,
        Qualifier.AT_MOST,
        "span:????-08-21..????-08-31",
        None,
    ),
    ("004", "502 drones", "502", "drone", 502, 502, Qualifier.EXACT, NIGHT_004, UAF),
    ("004", "24 missiles", "24", "missile", 24, 24, Qualifier.EXACT, NIGHT_004, UAF),
    (
        "004",
        "intercept 430 of the drones",
        "430",
        "drone",
        430,
        430,
        Qualifier.EXACT,
        NIGHT_004,
        UAF,
    ),
    ("004", "21 of the missiles", "21", "missile", 21, 21, Qualifier.EXACT, NIGHT_004, UAF),
    (
        "004",
        "at least seven countries",
        "seven",
        "country",
        7,
        None,
        Qualifier.AT_LEAST,
        ANY,
        ("Sybiha", None),
    ),
    (
        "004",
        "dozens of locations",
        "dozens",
        "location",
        24,
        None,
        Qualifier.VAGUE,
        NIGHT_004,
        None,
    ),
]


@pytest.mark.parametrize(
    ("prefix", "locator", "figure", "subject", "low", "high", "qualifier", "window", "said_by"),
    SEED_FIGURES,
    ids=[f"{row[0]}-{row[1]}" for row in SEED_FIGURES],
)
def test_seed_figures(
    prefix: str,
    locator: str,
    figure: str,
    subject: str,
    low: Bound,
    high: Bound,
    qualifier: Qualifier,
    window: str | Anything,
    said_by: tuple[str, str | None] | None,
) -> None:
    fact = fact_covering(seed(prefix), figure, within=locator)
    assert fact.subject == subject
    check_value(fact, low, high, qualifier)
    assert (fact.time.key() if fact.time else None) == window
    if isinstance(window, str):
        assert fact.time_basis in (TimeBasis.STATED, TimeBasis.CONTEXT)
    attribution = fact.attribution
    assert ((attribution.source, attribution.via) if attribution else None) == said_by


def test_seed_004_parts_point_at_their_wholes() -> None:
    ex = seed("004")
    launched = fact_covering(ex, "502", within="502 drones")
    missiles = fact_covering(ex, "24", within="24 missiles")
    assert ex.facts[fact_covering(ex, "430", within="430 of the drones").part_of or 0] == launched
    assert ex.facts[fact_covering(ex, "21", within="21 of the missiles").part_of or 0] == missiles
    assert fact_covering(ex, "430", within="430 of the drones").event == "intercepted"
    assert launched.event == "launched"
    assert launched.actor == "Russia"


def test_seed_003_no_casualties_is_a_zero_fact() -> None:
    ex = seed("003")
    zero = [f for f in ex.facts if f.negated]
    assert [f.surface for f in zero] == ["No casualties"]
    fact = zero[0]
    assert fact.subject == "casualty"
    assert fact.quantity.value.is_point
    assert fact.quantity.value.low == 0
    assert fact.attribution is None
    assert fact.time is not None
    assert fact.time.key() == NIGHT_003


def test_seed_001_regions_inherit_the_window_from_context() -> None:
    fact = fact_covering(seed("001"), "14", within="hit 14 regions")
    assert fact.time_basis is TimeBasis.CONTEXT
    assert fact.time_surface == "the first five days of September"
    assert fact.event == "hit"


def test_seed_000_window_keeps_the_year_unknown() -> None:
    fact = fact_covering(seed("000"), "1,300", within="over 1,300 drones")
    assert fact.time is not None
    assert not fact.time.year_known
    assert fact.time.month_day == ((9, 1), (9, 5))
    # "revealing that in just the first five days...": the time is in the reported clause.
    assert fact.time_basis is TimeBasis.STATED
    assert fact.actor == "Russia"
    assert fact.event == "launched"


NOT_FIGURES = [
    ("002", "0:00"),
    ("002", "24:55"),
    ("002", "15:36"),
    ("003", "0:02:36"),
    ("003", "27\u00a0languages"),
    ("003", "23\u00a0countries"),
    ("003", "2022 full-scale"),
    ("003", "19th package"),
    ("004", "World War 2"),
]


@pytest.mark.parametrize(("prefix", "phrase"), NOT_FIGURES, ids=[p for _, p in NOT_FIGURES])
def test_seed_not_figures(prefix: str, phrase: str) -> None:
    ex = seed(prefix)
    text = ex.article.text
    at = text.find(phrase)
    assert at >= 0
    span = (at, at + len(phrase))
    assert not [f for f in ex.facts if f.span[0] < span[1] and span[0] < f.span[1]]


@pytest.mark.parametrize("prefix", sorted(PUBLISHED))
def test_seed_accounts_for_every_mention(prefix: str) -> None:
    ex = seed(prefix)
    assert_accounted(ex)


def test_seed_debris_figures_are_rejected_as_boilerplate() -> None:
    ex = seed("003")
    text = ex.article.text
    at = text.find("27\u00a0languages")
    reasons = {r.reason for r in ex.rejected if r.span[0] <= at < r.span[1]}
    assert reasons == {RejectReason.BOILERPLATE}


# ---------------------------------------------------------------- invented news phrasing


NEWS = "invented: news phrasing"  # provenance of the cases below

SUBJECTS = [
    # text, figure, subject, event (None: no event; ANY: not checked)
    (
        "The army said it shot down 37 Shahed drones over the south.",
        "37",
        "drone",
        "intercepted",
        NEWS,
    ),
    (
        "Moscow fired 12 cruise missiles at the port city overnight.",
        "12",
        "cruise missile",
        "launched",
        NEWS,
    ),
    ("Two ballistic missiles struck the airfield.", "Two", "ballistic missile", "hit", NEWS),
    ("At least 24 people were killed in the blast.", "24", "death", "killed", NEWS),
    ("The strike killed at least 24 civilians in the market.", "24", "death", "killed", NEWS),
    ("The attack left 12 dead and 75 wounded.", "75", "injured", ANY, NEWS),
    (
        "Officials said the quake had injured more than 300 people.",
        "300",
        "injured",
        "injured",
        NEWS,
    ),
    ("About 40 people remain missing after the flood.", "40", "missing", "missing", NEWS),
    ("Police arrested 120 protesters near the parliament.", "120", "arrest", "arrested", NEWS),
    ("Some 5,000 demonstrators marched through the capital.", "5,000", "person", "attended", NEWS),
    ("Crews evacuated 3,500 residents from the valley.", "3,500", "person", "evacuated", NEWS),
    ("The storm destroyed 250 homes along the coast.", "250", "home", "destroyed", NEWS),
    ("The fire damaged 40 buildings downtown.", "40", "building", "damaged", NEWS),
    ("More than 800 troops were deployed to the border.", "800", "troop", "deployed", NEWS),
    ("Shelling hit 9 villages in the district.", "9", "village", "hit", NEWS),
    ("The death toll from the floods rose to 57 on Monday.", "57", "death", ANY, NEWS),
    ("The blast left 3 people hospitalized.", "3", "injured", ANY, NEWS),
    # A count of one names a single person: the singular noun is a person too.
    ("One woman died after the blaze, officials said.", "One", "death", "killed", NEWS),
    ("Police said one protester was arrested at the gate.", "one", "arrest", "arrested", NEWS),
    ("Only one child was hurt in the crash.", "one", "injured", "injured", NEWS),
    ("One resident is still missing.", "One", "missing", "missing", NEWS),
    (
        "The storm left 250,000 customers without power.",
        "250,000",
        "customer",
        "without power",
        "fixture storm-halina-floods-2026-10",
    ),
    # Ways of dying that name the toll right after the auxiliary.
    ("At least 12 people were shot dead outside the club.", "12", "death", "killed", NEWS),
    ("Two men were stabbed to death in the market.", "Two", "death", "killed", NEWS),
    ("Five migrants drowned off the coast.", "Five", "death", "killed", NEWS),
    ("The carmaker will cut 1,200 jobs by next year.", "1,200", "job", ANY, NEWS),
    # "N-strong": the noun after the compound says what is counted.
    ("A 10,000-strong crowd marched through the city.", "10,000", "person", "attended", NEWS),
    ("A 20,000-strong force was deployed to the border.", "20,000", "troop", "deployed", NEWS),
    (
        "More than 3,500 search and rescue personnel were deployed.",
        "3,500",
        "rescuer",
        "deployed",
        NEWS,
    ),
    ("Crews brought 190 fire engines to the hills.", "190", "vehicle", None, NEWS),
    ("Russia launched 537 aerial weapons overnight.", "537", "aerial target", "launched", NEWS),
    # The verb after the last item of a list is every item's.
    ("Of these, 617 drones and 30 missiles were shot down.", "617", "drone", "intercepted", NEWS),
    ("40 people and 7 officers were injured.", "40", "injured", "injured", NEWS),
    # No counted noun: the participle read as one is the verb.
    ("Hundreds were injured in the stampede.", "Hundreds", "injured", "injured", NEWS),
    ("At least 45 were killed in the blast.", "45", "death", "killed", NEWS),
    (
        "Twelve homes, three schools and two hospitals were destroyed.",
        "Twelve",
        "home",
        "destroyed",
        NEWS,
    ),
    (
        "Twelve homes, three schools and two hospitals were destroyed.",
        "two",
        "hospital",
        "destroyed",
        NEWS,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    SUBJECTS,
    ids=[row[2] + ":" + row[1] for row in SUBJECTS],
)
def test_invented_subjects_and_events(
    text: str, figure: str, subject: str, event: str | Anything | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


MEASURES = [
    (
        "The earthquake struck at a depth of 10 km, the agency said.",
        "10",
        "depth",
        "invented: disasters, economy",
    ),
    (
        "The epicentre was 40 km southwest of the city.",
        "40",
        "distance",
        "invented: disasters, economy",
    ),
    (
        "The blaze has burned 2,000 hectares of forest.",
        "2,000",
        "area",
        "invented: disasters, economy",
    ),
    ("Damage was estimated at $2 billion.", "$2", "damage", "invented: disasters, economy"),
    ("The fire was 60% contained by Sunday.", "60%", "containment", "invented: disasters, economy"),
    (
        "Temperatures reached 46.2C in Seville on Saturday.",
        "46.2C",
        "temperature",
        "invented: disasters, economy",
    ),
    (
        "The storm caused an estimated $2.5bn in damage.",
        "an estimated $2.5bn",
        "damage",
        "invented: disasters, economy",
    ),
    (
        "The EU approved a €1.2 billion aid package.",
        "€1.2 billion",
        "aid",
        "invented: disasters, economy",
    ),
    (
        "Japan pledged $500 million in humanitarian aid.",
        "$500 million",
        "aid",
        "invented: disasters, economy",
    ),
    ("The thermometer showed 41°C at noon.", "41°C", "temperature", "invented: disasters, economy"),
    ("Washington imposed a 25% tariff on steel.", "25%", "tariff", "invented: disasters, economy"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "provenance"), MEASURES, ids=[r[2] for r in MEASURES]
)
def test_invented_measures(text: str, figure: str, subject: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).subject == subject


ATTRIBUTIONS = [
    # text, figure, source, via
    (
        "Russia launched 40 drones overnight, the Ukrainian Air Force said.",
        "40",
        "Ukrainian Air Force",
        None,
        "seed 003",
    ),
    (
        "According to the interior ministry, 80,000 people marched in Lyon.",
        "80,000",
        "Interior Ministry",
        None,
        NEWS,
    ),
    (
        "Kyiv Mayor Vitali Klitschko said 9 people were injured.",
        "9",
        "Vitali Klitschko",
        None,
        NEWS,
    ),
    ("Zelenskyy wrote on Telegram that Russia fired 60 missiles.", "60", "Zelensky", None, NEWS),
    (
        "Zelensky spoke in Paris. He said 14 regions were hit, as per EuroNews.",
        "14",
        "Zelensky",
        "EuroNews",
        NEWS,
    ),
    (
        "“At least seven countries are ready to host talks,” Sibiga noted.",
        "seven",
        "Sybiha",
        None,
        NEWS,
    ),
    ("The agency reported 15 deaths, Xinhua reported.", "15", "Xinhua", None, NEWS),
    (
        "Some 12 drones were downed, said Ukraine's air force.",
        "12",
        "Ukrainian Air Force",
        None,
        "seed 003",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "via", "provenance"),
    ATTRIBUTIONS,
    ids=[r[2] + ":" + r[1] for r in ATTRIBUTIONS],
)
def test_invented_attribution(
    text: str, figure: str, source: str, via: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.attribution is not None
    assert (fact.attribution.source, fact.attribution.via) == (source, via)


def test_relay_outlet_credited_repeatedly_gives_via() -> None:
    text = (
        "The minister spoke on Monday, as per EuroNews.\n\n"
        "Zelensky wrote that Russia fired 70 drones at Kharkiv.\n\n"
        "The strikes continued, EuroNews reported."
    )
    fact = fact_covering(extract_text(text), "70")
    assert fact.attribution is not None
    assert (fact.attribution.source, fact.attribution.via) == ("Zelensky", "EuroNews")
    assert fact.location == "Kharkiv"


def test_no_named_source_means_no_attribution() -> None:
    assert (
        fact_covering(extract_text("Debris damaged 12 cars in the yard."), "12").attribution is None
    )


def test_police_and_unions_counts_in_one_sentence_keep_their_sources() -> None:
    text = (
        "They were 45,000 in Nantes according to the unions "
        "(9,000 according to the police), 30,000 in Rennes."
    )
    ex = extract_text(text)
    assert fact_covering(ex, "45,000").attribution.source == "unions"  # type: ignore[union-attr]
    assert fact_covering(ex, "9,000").attribution.source == "police"  # type: ignore[union-attr]
    assert fact_covering(ex, "9,000").subject == "person"


@pytest.mark.parametrize(
    ("text", "figure", "via", "provenance"),
    [
        (
            "Fourteen people were arrested, a police spokesperson told Reuters.",
            "Fourteen",
            "Reuters",
            "invented: policing",
        ),
        (
            "Police told the Associated Press on Monday that 14 were arrested.",
            "14",
            "AP",
            "invented: policing",
        ),
        ("Police told residents that 14 people were arrested.", "14", None, "invented: policing"),
    ],
    ids=["told-Reuters", "told-AP", "told-residents"],
)
def test_the_outlet_a_source_told_relays_the_figure(
    text: str, figure: str, via: str | None, provenance: str
) -> None:
    attribution = fact_covering(extract_text(text), figure).attribution
    assert attribution is not None
    assert (attribution.source, attribution.via) == ("police", via)


def test_rival_crowd_counts_in_one_sentence() -> None:
    text = (
        "Tens of thousands of people marched in Madrid on Saturday, with organisers putting "
        "the turnout at 150,000 while the government delegation counted 15,000."
    )
    sources = {
        f.surface: f.attribution.source if f.attribution else None for f in extract(text).facts
    }
    assert sources == {
        "Tens of thousands": None,  # the outlet's own words: the cues give later figures
        "150,000": "organisers",
        "15,000": "government delegation",
    }


def test_over_before_a_count_of_places_says_where() -> None:
    text = "The ministry said its forces shot down 45 drones over seven Russian regions."
    regions = fact_covering(extract_text(text), "seven")
    assert regions.surface == "seven"  # "over" is not part of the figure
    assert (regions.subject, regions.quantity.qualifier) == ("region", Qualifier.EXACT)
    assert regions.event == "intercepted"  # where the drones were downed
    hedged = fact_covering(extract_text("Russia attacked over 20 cities overnight."), "over 20")
    assert hedged.quantity.qualifier is Qualifier.MORE_THAN


def test_a_place_that_begins_an_organisation_name_is_no_location() -> None:
    text = (
        "The quake struck about 25 km southeast of Malatya, according to the "
        "US Geological Survey, which put the magnitude at 6.2."
    )
    magnitude = fact_covering(extract_text(text), "6.2")
    assert magnitude.subject == "magnitude"
    assert magnitude.location is None  # the Survey is American; the quake is not
    assert magnitude.attribution is not None
    assert magnitude.attribution.source == "USGS"


def test_a_crowd_cue_makes_a_count_of_people_attendance() -> None:
    fact = fact_covering(extract_text("Organisers put the crowd at more than 100,000."), "100,000")
    assert (fact.subject, fact.event) == ("person", "attended")
    assert fact.attribution is not None
    assert fact.attribution.source == "organisers"


def test_a_part_and_a_clause_of_its_own_keep_their_verbs() -> None:
    text = "It said 96 structures had been destroyed, including 61 homes, and dozens more damaged."
    ex = extract_text(text)
    assert fact_covering(ex, "61").event == "destroyed"  # the part takes its whole's verb
    assert fact_covering(ex, "dozens").event == "damaged"


def test_a_fire_brigade_is_a_source() -> None:
    fact = fact_covering(
        extract_text("The blaze was 40% contained by Monday evening, the fire brigade said."), "40%"
    )
    assert fact.subject == "containment"
    assert fact.attribution is not None
    assert fact.attribution.source == "fire brigade"


def test_a_coast_guard_is_a_source() -> None:
    text = "A boat capsized off the island; 23 bodies have been recovered, the coast guard said."
    fact = fact_covering(extract_text(text), "23")
    assert fact.subject == "death"
    assert fact.attribution is not None
    assert fact.attribution.source == "coast guard"


def test_organisers_are_not_assumed_to_be_unions() -> None:
    # A march's organisers may be a union, a party or a climate group: the text
    # says "organisers", so the source is the organisers (compare() still counts
    # unions and organisers as one side, through Policy.claimant_families).
    fact = fact_covering(
        extract_text("Police counted 12,000; organisers said 40,000 people marched."), "40,000"
    )
    assert fact.attribution is not None
    assert fact.attribution.source == "organisers"


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


NEGATIONS = [
    ("No casualties were reported after the strike.", "No casualties", "casualty", "seed 003"),
    (
        "Officials said no one was killed in the blast.",
        "no one was killed",
        "death",
        "invented: disasters",
    ),
    (
        "The quake was shallow, but there were no injuries.",
        "no injuries",
        "injured",
        "invented: disasters",
    ),
    (
        "Nobody was hurt, the fire service said.",
        "Nobody was hurt",
        "injured",
        "invented: disasters",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "subject", "provenance"),
    NEGATIONS,
    ids=[r[2] + ":" + r[1] for r in NEGATIONS],
)
def test_invented_negations(text: str, surface: str, subject: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text), surface)
    assert fact.negated
    assert fact.surface == surface
    assert fact.subject == subject
    assert fact.quantity.value.is_point
    assert fact.quantity.value.low == 0
    assert fact.quantity.qualifier is Qualifier.EXACT


def test_default_window_when_nothing_dates_the_figure() -> None:
    fact = fact_covering(
        extract_text("Police detained 40 people.", published=date(2024, 3, 5)), "40"
    )
    assert fact.time_basis is TimeBasis.DEFAULT
    assert fact.time is not None
    assert fact.time.key() == "span:2024-03-04..2024-03-05"
    assert set(fact.time.inferred) == {"start", "end"}


def test_no_window_without_publication_date() -> None:
    fact = fact_covering(extract_text("Police detained 40 people."), "40")
    assert fact.time is None
    assert fact.time_basis is TimeBasis.NONE


def test_speech_day_does_not_date_the_figure() -> None:
    text = "On Tuesday, the governor said 30 homes burned on Saturday."
    fact = fact_covering(extract_text(text, published=date(2024, 7, 9)), "30")
    assert fact.time_surface == "on Saturday"
    assert fact.time_basis is TimeBasis.STATED
    # With no time of its own, a recent figure is dated by the day it was given
    # (marked as context, not as a stated time).
    spoken = fact_covering(
        extract_text("On Tuesday, the governor said 30 homes burned.", published=date(2024, 7, 9)),
        "30",
    )
    assert spoken.time_basis is TimeBasis.CONTEXT
    assert spoken.time_surface == "On Tuesday"


def test_relative_clause_time_does_not_govern_the_main_clause() -> None:
    text = (
        "Russia launched 30 drones at Ukraine last night. "
        "One drone hit Kyiv, which was also shelled on Sunday."
    )
    fact = fact_covering(extract_text(text, published=date(2025, 9, 4)), "One")
    assert fact.time_surface != "on Sunday"


def test_context_carries_to_next_paragraph_only() -> None:
    text = (
        "Russia fired 50 drones at Ukraine last night.\n\n"
        "Air defences shot down 45 drones.\n\nThe mayor spoke.\n\nSchools stayed open.\n\n"
        "Officials counted 9 fires later."
    )
    assert (
        fact_covering(extract_text(text, published=date(2025, 9, 4)), "45").time_basis
        is TimeBasis.CONTEXT
    )
    assert (
        fact_covering(extract_text(text, published=date(2025, 9, 4)), "9").time_basis
        is TimeBasis.DEFAULT
    )


def test_debris_lines_give_boilerplate_and_duplicate_reasons() -> None:
    text = (
        "Floods kill 12 people in the north\n\nFloods kill 12 people in the north\n\n"
        "Rescuers pulled 30 people from the water.\n0:00\n3:41\n"
        "Follow the Daily News channel on WhatsApp for 24 hour updates"
    )
    ex = extract(Article(id="t", text=text))
    reasons = [(r.surface, r.reason) for r in ex.rejected]
    assert ("12", RejectReason.DUPLICATE) in reasons
    assert [f.surface for f in ex.facts] == ["12", "30"]
    assert all(r.reason is RejectReason.BOILERPLATE for r in ex.rejected if r.span[0] > 80)


def test_string_input_and_published_override() -> None:
    ex = _extract("Police said 120 people were arrested.", published=date(2024, 1, 2))
    assert ex.article.id == "text"
    assert ex.article.published == date(2024, 1, 2)
    assert ex.facts[0].subject == "arrest"
    assert ex.statements == ()


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError):
        extract(42)  # type: ignore[arg-type]


def test_custom_vocabulary_adds_a_subject() -> None:
    from discrepancy import Vocabulary

    vocab = Vocabulary.default().extended(
        [{"kind": "subject", "name": "sheep", "forms": ["sheep", "ewes"]}]
    )
    text = "The storm killed 300 ewes on the farm."
    assert fact_covering(extract_text(text), "300").subject != "sheep"
    ex = extract(Article(id="t", text=text), vocabulary=vocab)
    assert ex.facts[0].subject == "sheep"


# ---------------------------------------------------------------- bugs caught (review of goldens)


def test_seed_000_regions_are_hit_by_the_actor_of_the_verb() -> None:
    fact = fact_covering(seed("000"), "14", within="across 14 Ukrainian regions")
    assert (fact.event, fact.actor, fact.location) == ("hit", "Russia", "Ukraine")


def test_seed_003_drones_in_an_attack_report_were_launched() -> None:
    fact = fact_covering(seed("003"), "91", within="91 Russian drones")
    assert (fact.event, fact.actor) == ("launched", "Russia")


def test_seed_003_the_three_countries_leaders_is_no_count() -> None:
    ex = seed("003")
    at = ex.article.text.find("three countries' leaders")
    assert not [f for f in ex.facts if f.span[0] == at]
    assert any(r.span[0] == at and r.reason is RejectReason.DETERMINER for r in ex.rejected)


def test_seed_004_possessive_country_yields_to_the_city() -> None:
    fact = fact_covering(seed("004"), "one", within="At least one of the Russian drones")
    assert fact.location == "Kyiv"


def test_seed_004_right_now_is_the_publication_day() -> None:
    fact = fact_covering(seed("004"), "seven", within="at least seven countries")
    assert fact.time is not None
    assert fact.time.key() == "day:2025-09-04..2025-09-04"


BUG = "bug: goldens review"  # provenance of the cases below

BUG_EVENTS = [
    # text, figure, subject, event
    (
        "Officials said 9 people died and 14 are missing after the storm.",
        "14",
        "missing",
        "missing",
        BUG,
    ),
    ("Crews reported 40 structures lost to the flames.", "40", "building", "destroyed", BUG),
    ("The assessment found 300 homes damaged or destroyed.", "300", "home", "destroyed", BUG),
    (
        "The ministry said 55% of scheduled flights were cancelled.",
        "55%",
        "share",
        "cancelled",
        BUG,
    ),
    ("The overnight attack came in the form of 60 drones.", "60", "drone", "launched", BUG),
    ("Twenty of those detained were later released.", "Twenty", "arrest", "released", BUG),
    # A toll is the subject; the officers are its group (issue 16).
    ("Eight police officers were slightly injured.", "Eight", "injured", "injured", BUG),
    ("Forty firefighters and six helicopters fought the blaze.", "Forty", "firefighter", None, BUG),
    ("Forty firefighters and six helicopters fought the blaze.", "six", "helicopter", None, BUG),
    ("Dozens of villages were cut off by the water.", "Dozens", "village", "hit", BUG),
    (
        "About 9,000 households were without power on Monday.",
        "9,000",
        "home",
        "without power",
        "fixture storm-halina-floods-2026-10",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    BUG_EVENTS,
    ids=[r[1] + ":" + r[2] for r in BUG_EVENTS],
)
def test_bug_subjects_and_events(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_bug_partitive_bus_count() -> None:
    fact = fact_covering(
        extract_text("Fewer than 150 of the region's 600 buses ran on Monday."), "150"
    )
    assert fact.subject == "bus"
    assert fact.quantity.qualifier is Qualifier.LESS_THAN


BUG_PLACES = [
    # text, figure, location
    ("In Silesia province alone, 4 people died in the floods.", "4", "Silesia Province", BUG),
    ("A drone hit Poland's capital city of Warsaw, killing 3 people.", "3", "Warsaw", BUG),
    ("The fire crossed Highway 5 and had burned 800 hectares by Monday.", "800", None, BUG),
    (
        "In Lower Silesia province, 6 people died, including a man whose car sank near Wroclaw.",
        "6",
        "Lower Silesia Province",
        BUG,
    ),
    ("At least 5 people have died in southern Poland, officials said.", "5", "Poland", BUG),
    ("The ministry said 12 people were injured in Ministry buildings.", "12", None, BUG),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"),
    BUG_PLACES,
    ids=[r[2] or "none" for r in BUG_PLACES],
)
def test_bug_places(text: str, figure: str, location: str | None, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).location == location


BUG_SOURCES = [
    # text, figure, source
    ("The health ministry said 45 people were treated in hospital.", "45", "health ministry", BUG),
    (
        "The miners' union, which called the strike, said 9,000 people had taken part.",
        "9,000",
        "miners' union",
        BUG,
    ),
    ("A count by this newspaper put the crowd at 12,000.", "12,000", "newspaper", BUG),
    ("Police put the crowd at some 8,000.", "8,000", "police", BUG),
    (
        "The quake had a magnitude of 5.9, according to the U.S. Geological Survey.",
        "5.9",
        "USGS",
        BUG,
    ),
    ("The region announced C$10 million in aid on Tuesday.", "C$10 million", None, BUG),
    ("Officials in Alberta said 300 homes were lost.", "300", "officials", BUG),
    ("Early reports said 20 homes had collapsed.", "20", None, BUG),
    (
        "Fewer than 90 trams ran, the operator Metrola said, and around 40 percent of trains "
        "were cancelled, according to the rail operator NRX.",
        "40 percent",
        "NRX",
        BUG,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "provenance"), BUG_SOURCES, ids=[str(r[2]) for r in BUG_SOURCES]
)
def test_bug_sources(text: str, figure: str, source: str | None, provenance: str) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.attribution.source if fact.attribution else None) == source


def test_bug_canadian_dollar_sign_is_cad() -> None:
    assert (
        fact_covering(extract_text("Ottawa pledged C$40 million."), "C$40 million").quantity.unit
        == "CAD"
    )


def test_bug_zlotys_are_a_currency() -> None:
    fact = fact_covering(
        extract_text("The government will release 3 billion zlotys in aid."), "3 billion zlotys"
    )
    assert fact.quantity.unit == "PLN"
    assert fact.quantity.nominal == 3e9


def test_bug_a_score_of_is_an_approximate_twenty() -> None:
    fact = fact_covering(
        extract_text("Russia launched 80 missiles and a score of drones."), "a score"
    )
    assert fact.quantity.qualifier is Qualifier.APPROXIMATE
    assert fact.quantity.nominal == 20


def test_bug_the_two_earlier_marches_is_a_reference() -> None:
    ex = extract("The two earlier marches drew 9,000 people.")
    assert [f.surface for f in ex.facts] == ["9,000"]


PUB = date(2027, 5, 14)  # a Friday

BUG_TIMES = [
    # text, figure, window key
    (
        "Police said 90 people have been arrested since the protests began on May 3.",
        "90",
        "span:2027-05-03..2027-05-14",
        BUG,
    ),
    (
        "The toll rose to 17 on Wednesday, the ministry said, with 20 people still missing.",
        "20",
        "day:2027-05-12..2027-05-12",
        BUG,
    ),
    (
        "At least 11 people have been killed, officials said on Thursday, and 8 are missing.",
        "8",
        "day:2027-05-13..2027-05-13",
        BUG,
    ),
    (
        "The fire, which has burned 900 hectares since it started on Monday, was 30% contained "
        "by Thursday afternoon.",
        "30%",
        "day:2027-05-13..2027-05-13",
        BUG,
    ),
    (
        "The union put the crowd at 2 million, compared to 1.5 million on April 20.",
        "2 million",
        "span:2027-05-13..2027-05-14",
        BUG,
    ),
    (
        "The union put the crowd at 2 million, compared to 1.5 million on April 20.",
        "1.5 million",
        "day:2027-04-20..2027-04-20",
        BUG,
    ),
    (
        "The two earlier rallies, on April 9 and April 23, drew about 4,000 and 6,000 people "
        "respectively.",
        "6,000",
        "day:2027-04-23..2027-04-23",
        BUG,
    ),
    ("Right now, 12 ships are waiting outside the port.", "12", "day:2027-05-14..2027-05-14", BUG),
]


@pytest.mark.parametrize(
    ("text", "figure", "window", "provenance"), BUG_TIMES, ids=[r[1] for r in BUG_TIMES]
)
def test_bug_times(text: str, figure: str, window: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text, published=PUB), figure)
    assert fact.time is not None
    assert fact.time.key() == window


def test_bug_future_target_year_is_not_the_window() -> None:
    text = "Rail strikes hit on Monday. The plan would save 2 billion euros a year by 2040."
    fact = fact_covering(extract_text(text, published=PUB), "2 billion euros")
    assert fact.time_basis is TimeBasis.DEFAULT


def test_bug_announced_weekday_is_the_coming_one() -> None:
    text = (
        "The capital is preparing for a general strike on Tuesday.\n\n"
        "Police said they would deploy up to 2,000 officers."
    )
    fact = fact_covering(extract_text(text, published=PUB), "2,000")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-18..2027-05-18"


def test_a_weekday_in_reported_future_is_the_coming_one() -> None:
    # PUB is Friday 2027-05-14: "would be sent on Saturday" is the 15th, not the 8th.
    text = "The prime minister said 500 more troops would be sent on Saturday."
    fact = fact_covering(extract_text(text, published=PUB), "500")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-15..2027-05-15"


def test_a_common_noun_owner_is_not_part_of_the_source() -> None:
    text = "At least 1,900 people remain missing, according to the region's emergency services."
    fact = fact_covering(extract_text(text), "1,900")
    assert fact.attribution is not None
    assert fact.attribution.source == "emergency services"


def test_bug_comparison_with_an_earlier_day_dates_nothing() -> None:
    text = (
        "Turnout was even higher than April 20 levels, according to the unions.\n\n"
        "They said 3 million people marched across the country."
    )
    fact = fact_covering(extract_text(text, published=PUB), "3 million")
    assert fact.time_surface is None or "April" not in fact.time_surface


def test_bug_old_year_does_not_date_the_next_sentence() -> None:
    text = (
        "The storm surpassed the 1998 floods, which killed 54 people in 1998.\n"
        "The fire destroyed 700 buildings."
    )
    fact = fact_covering(extract_text(text, published=PUB), "700")
    assert fact.time_basis is TimeBasis.DEFAULT


def test_bug_headline_figure_takes_the_time_of_its_restatement() -> None:
    text = (
        "Floods: 21 dead in the south\n\n"
        "At least 21 people have been killed by flooding, officials said on Thursday."
    )
    fact = fact_covering(extract_text(text, published=PUB), "21")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-13..2027-05-13"


def test_bug_video_caption_does_not_break_the_wire_dateline() -> None:
    text = (
        "LISBON, May 13 (Wire) - Thousands of people marched on Thursday.\n\n"
        "Police said 20,000 people took part.\n\n"
        "0:00 / 1:12\n\nWatch: marchers reach the square\n\n"
        "Police arrested 14 people near parliament."
    )
    fact = fact_covering(extract_text(text, published=date(2027, 5, 13)), "14")
    assert fact.time is not None
    assert fact.time.key() == "day:2027-05-13..2027-05-13"


# ---------------------------------------------------------------- invented wire probes
# Paragraphs written in wire style for domains the seeds do not cover (ferry, mine,
# stampede, election, refugees, cyclone, layoffs, aid); each row is what a careful
# reader takes from the sentence.

PROBE = "invented: wire probe"  # provenance of the cases below

WIRE_SUBJECTS = [
    # text, figure, subject, event
    (
        "Rescuers had pulled 146 survivors from the water by Friday.",
        "146",
        "survivor",
        "rescued",
        PROBE,
    ),
    ("Forty-two miners were trapped underground.", "Forty-two", "person", "trapped", PROBE),
    ("At least 31 pilgrims were crushed to death in the stampede.", "31", "death", "killed", PROBE),
    ("Among the passengers were 15 foreigners.", "15", "person", None, PROBE),
    (
        "Two workers were killed and three were taken to hospital.",
        "three",
        "injured",
        "injured",
        PROBE,
    ),
    (
        "The plane crashed on landing, killing all 72 people on board.",
        "72",
        "death",
        "killed",
        PROBE,
    ),
    ("Some 12,000 people were attending the festival.", "12,000", "person", "attended", PROBE),
    (
        "Tens of thousands flee fighting in eastern Congo",
        "Tens of thousands",
        "person",
        "evacuated",
        "fixture lisbon-pension-strike-2027-03",
    ),
    ("The carmaker will cut 8,000 jobs by 2031.", "8,000", "job", "cut", PROBE),
    (
        "The surge flooded dozens of villages, and 4,300 shelters were opened.",
        "4,300",
        "shelter",
        None,
        PROBE,
    ),
    (
        "The cyclone made landfall with winds of up to 180 km/h.",
        "180 km/h",
        "wind speed",
        None,
        PROBE,
    ),
    ("Air defences destroyed 57 drones over Russian regions.", "57", "drone", "intercepted", PROBE),
    (
        "Air defences destroyed 57 drones overnight, including 22 over the Bryansk region.",
        "22",
        "drone",
        "intercepted",
        PROBE,
    ),
    (
        "The agency appealed for $120 million to help the displaced.",
        "$120 million",
        "aid",
        None,
        PROBE,
    ),
    (
        "The coalition won 38.2 percent in the parliamentary election.",
        "38.2",
        "vote share",
        None,
        PROBE,
    ),
    ("The company won 30% of the contracts.", "30%", "share", None, PROBE),
    ("Police estimated the crowd at 55,000.", "55,000", "person", "attended", PROBE),
    (
        "The gunman wounded 27 people. Of the wounded, five were critical.",
        "five",
        "injured",
        "injured",
        PROBE,
    ),
    ("Fires killed 40 people. Of the dead, 12 were children.", "12", "death", "killed", PROBE),
    (
        "Around 250,000 people have fled. More than 40,000 of them crossed into Uganda.",
        "More than 40,000",
        "person",
        "evacuated",
        PROBE,
    ),
]


WIRE_SUBJECTS += [
    (
        "Rain forced the evacuation of about 60,000 residents.",
        "60,000",
        "person",
        "evacuated",
        PROBE,
    ),
    ("Floods force 60,000 from homes in southern China", "60,000", "person", "evacuated", PROBE),
    ("Greek wildfire forces thousands to flee", "thousands", "person", "evacuated", PROBE),
    ("The storm dumped up to 400 mm in some counties.", "400 mm", "rainfall", None, PROBE),
    (
        "The bank will pay $1.2 billion to settle the charges.",
        "$1.2 billion",
        "penalty",
        None,
        PROBE,
    ),
    ("“As many as 500 people may have died,” an official said.", "500", "death", "killed", PROBE),
    (
        "Hundreds of people are feared dead after the landslide.",
        "Hundreds",
        "death",
        "killed",
        PROBE,
    ),
    (
        "Strikes killed at least 42 Palestinians, including 18 children and nine women.",
        "nine",
        "death",
        "killed",
        PROBE,
    ),
]


WIRE_SUBJECTS += [
    ("Russian drone attack on Odesa kills 3, injures 11", "11", "injured", "injured", PROBE),
    (
        "Air defences shot down 38 of the drones, while six others were jammed.",
        "six",
        "drone",
        "jammed",
        PROBE,
    ),
    (
        "The toll rose, bringing the number of people killed in Odesa this month to 17.",
        "17",
        "death",
        "killed",
        PROBE,
    ),
    ("Four children were among the dead.", "Four", "death", "killed", PROBE),
    (
        "Typhoon Koinu: 9 dead, more than 1 million without power",
        "1 million",
        "person",
        "without power",
        "fixture storm-halina-floods-2026-10",
    ),
    ("Some 80 flights were cancelled.", "80", "flight", "cancelled", PROBE),
    (
        "Only 43% of this year's $49 billion appeal had been funded.",
        "$49 billion",
        "aid",
        None,
        PROBE,
    ),
    ("Turnout was 58%, up from 54% in the first round.", "54%", "turnout", None, PROBE),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    WIRE_SUBJECTS,
    ids=[f"{r[2]}:{r[1]}" for r in WIRE_SUBJECTS],
)
def test_wire_subjects_and_events(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_wire_an_unknown_noun_of_its_own_is_no_elided_subject() -> None:
    ex = extract("The army sent 1,500 soldiers and 40 heavy machinery units to the area.")
    # The 40 count their own noun, read from the text (issue 16), not soldiers.
    assert [(f.surface, f.subject, f.subject_basis.value) for f in ex.facts] == [
        ("1,500", "troop", "vocabulary"),
        ("40", "heavy machinery unit", "text"),
    ]


def test_wire_an_estimate_covers_both_halves_of_a_currency_pair() -> None:
    text = "Losses were estimated at 2.3 billion yuan ($320 million), officials said."
    fact = fact_covering(extract_text(text), "$320 million")
    assert fact.quantity.qualifier is Qualifier.APPROXIMATE


def test_wire_a_union_that_puts_turnout_is_the_source() -> None:
    text = (
        "About 1.3 million people marched, the interior ministry said, while the CGT union "
        "put turnout at more than 3.5 million."
    )
    fact = fact_covering(extract_text(text), "3.5 million")
    assert fact.attribution is not None
    assert fact.attribution.source == "CGT"


WIRE_SUBJECTS_4 = [
    ("Police arrest 47 after football violence in Marseille", "47", "arrest", "arrested", PROBE),
    ("Cholera has infected more than 12,000 people in Yemen.", "12,000", "case", "infected", PROBE),
    (
        "Thirty-two officers were hurt, three of them seriously.",
        "three",
        "injured",
        "injured",
        PROBE,
    ),
    ("Some 40 treatment centres have been set up.", "40", "hospital", None, PROBE),
    ("Around 1,000 containers were damaged at the port.", "1,000", "container", "damaged", PROBE),
    (
        "The air force said air defences shot down or jammed 281 drones.",
        "281",
        "drone",
        "intercepted",
        PROBE,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    WIRE_SUBJECTS_4,
    ids=[f"{r[2]}:{r[1]}" for r in WIRE_SUBJECTS_4],
)
def test_wire_subjects_and_events_4(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


def test_wire_a_source_citing_another_relays_its_figure() -> None:
    text = (
        "The blast killed at least 25 people, state media reported on Tuesday, citing the "
        "country's crisis management agency."
    )
    fact = fact_covering(extract_text(text), "25")
    assert fact.attribution is not None
    assert (fact.attribution.source, fact.attribution.via) == (
        "crisis management agency",
        "state media",
    )


def test_wire_tonight_on_publication_day_dates_what_follows() -> None:
    # PUB is Friday 2027-05-14: "on Friday night" is tonight, not a time to come.
    text = (
        "Police arrested 47 people after clashes on Friday night, the prefecture said. "
        "Thirty-two officers were hurt."
    )
    fact = fact_covering(extract_text(text, published=PUB), "Thirty-two")
    assert fact.time is not None
    assert fact.time.key() == "night:2027-05-14..2027-05-15"


def test_wire_weapons_of_an_attack_were_launched_by_the_attacker() -> None:
    fact = fact_covering(
        extract_text("Russia attacked the port city of Odesa overnight with 47 drones."), "47"
    )
    assert (fact.subject, fact.event, fact.actor) == ("drone", "launched", "Russia")


def test_wire_a_demonym_adjective_is_no_place() -> None:
    fact = fact_covering(
        extract_text("Ana Morales edged ahead in Colombian runoff with 50.4% of the vote."), "50.4%"
    )
    assert fact.location is None


def test_wire_drones_shot_down_are_not_downed_by_their_owner() -> None:
    fact = fact_covering(
        extract_text("Air defences destroyed 57 Ukrainian drones over Bryansk."), "57"
    )
    assert (fact.event, fact.actor) == ("intercepted", None)


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


WIRE_TIMES = [
    # text, figure, published, window key
    (
        "A gunman killed 10 people on Saturday. It was the deadliest shooting in the state "
        "since 2019, when 9 people were killed in Dayton.",
        "9 people",
        PUB,
        "year:2019-01-01..2019-12-31",
        PROBE,
    ),
    (
        "It was the deadliest air accident since 1992, when 167 people died near Kathmandu.",
        "167",
        PUB,
        "year:1992-01-01..1992-12-31",
        PROBE,
    ),
    (
        "The first tranche of €4.5bn is expected in March.",
        "€4.5bn",
        date(2027, 12, 2),
        "month:2028-03-01..2028-03-31",
        PROBE,
    ),
    (
        "Officials said winds of up to 60 km/h could spread the fire further overnight.",
        "60 km/h",
        PUB,
        "night:2027-05-14..2027-05-15",
        PROBE,
    ),
    (
        "Firefighters said 120 homes burned on Thursday. Officials warned that winds of up to "
        "60 km/h could spread the fire overnight. Crews said 30 homes were damaged.",
        "30",
        PUB,
        "day:2027-05-13..2027-05-13",
        PROBE,
    ),
    (
        "Around 250,000 people have fled their homes since fighting intensified in mid-January.",
        "250,000",
        date(2027, 2, 5),
        "span:2027-01-11..2027-02-05",
        PROBE,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "published", "window", "provenance"),
    WIRE_TIMES,
    ids=[r[1] for r in WIRE_TIMES],
)
def test_wire_times(text: str, figure: str, published: date, window: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text, published=published), figure)
    assert fact.time is not None
    assert fact.time.key() == window


# ---------------------------------------------------------------- properties


def assert_accounted(ex: Extraction) -> None:
    # extract() reads the text through the door's Unicode policy (any script's digits
    # are digits), one character for one, so the spans it accounts for are the scan's
    # of that reading copy.
    quantities, rejected = scan(reading_copy(ex.article.text))
    seen = sorted([q.span for q in quantities] + [r.span for r in rejected])
    mine = sorted([f.span for f in ex.facts if not f.negated] + [r.span for r in ex.rejected])
    assert mine == seen
    assert [f.span for f in ex.facts] == sorted(f.span for f in ex.facts)
    for f in ex.facts:
        assert ex.article.text[f.span[0] : f.span[1]] == f.surface
        if f.part_of is not None:
            assert 0 <= f.part_of < len(ex.facts)


_NEWS_WORDS = st.sampled_from(
    [
        "Russia",
        "launched",
        "1,300",
        "drones",
        "and",
        "some",
        "50",
        "missiles",
        "at",
        "Ukraine",
        "last",
        "night",
        ",",
        "according",
        "to",
        "the",
        "air",
        "force",
        "said",
        ".",
        "No",
        "casualties",
        "were",
        "reported",
        "12",
        "people",
        "killed",
        "injured",
        "over",
        "nearly",
        "dozens",
        "of",
        "0:00",
        "24:55",
        "September",
        "5",
        "2022",
        "19th",
        "one",
        "two",
        "three",
        "4.5",
        "km",
        "$3",
        "billion",
        "50%",
        "of",
        "them",
        "which",
        "\n",
        "\n\n",
        "“",
        "”",
        "(",
        ")",
        "icon",
        "closeicon",
        "fbicon",
        "mailicon",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NEWS_WORDS, max_size=60).map(" ".join))
def test_property_news_like_text_accounts_for_every_mention(text: str) -> None:
    if not text.strip():
        return
    assert_accounted(extract(Article(id="h", text=text), published=date(2025, 9, 4)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_property_arbitrary_text_accounts_for_every_mention(text: str) -> None:
    if not text.strip():
        return
    assert_accounted(extract(Article(id="h", text=text)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PUBLISHED)), st.integers(0, 4000), st.integers(0, 4000))
def test_property_any_slice_of_a_seed_accounts_for_every_mention(
    prefix: str, a: int, b: int
) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    piece = text[min(a, b) : max(a, b)]
    if piece.strip():
        assert_accounted(extract(Article(id="s", text=piece)))


# ---------------------------------------------------------------- invented wire probes, round 2
# Hostage swaps, migrant boats, avalanches, bus crashes, factory fires, heatwaves,
# strikes, cyberattacks, drug seizures and court cases; each row is what a careful
# reader takes from the sentence.

PROBE_2 = "invented: wire probe, round 2"  # provenance of the cases below

WIRE_PROBES_2 = [
    # text, figure, subject, event
    ("At least 61 migrants drown off Libya after boat capsizes", "61", "death", "killed", PROBE_2),
    ("Hamas frees 3 hostages as Israel releases 90 prisoners", "3", "person", "released", PROBE_2),
    (
        "Floods trapped 500 people. Another 300 were rescued by boat.",
        "300",
        "person",
        "rescued",
        PROBE_2,
    ),
    ("Some 120,000 Poles voted from abroad.", "120,000", "person", "voted", PROBE_2),
    ("Some 120,000 voted from abroad.", "120,000", "person", "voted", PROBE_2),
    ("About 3 million people were eligible to vote.", "3 million", "person", "eligible", PROBE_2),
    ("The heatwave sends hundreds to hospital in Spain", "hundreds", "injured", "injured", PROBE_2),
    ("Avalanche kills 4 skiers in Swiss Alps", "4", "death", "killed", PROBE_2),
    ("Three co-defendants were acquitted.", "Three", "person", None, PROBE_2),
    (
        "Russian forces fired more than 60 rounds at the village.",
        "60",
        "shell",
        "launched",
        PROBE_2,
    ),
    (
        "The boat, which had a capacity of about 50, was carrying 86 people.",
        "50",
        "capacity",
        None,
        PROBE_2,
    ),
    (
        "The slide buried a slope at an altitude of 2,500 metres.",
        "2,500",
        "altitude",
        None,
        PROBE_2,
    ),
    ("Police seized 13 tonnes of cocaine at the port.", "13 tonnes", "drug", None, PROBE_2),
    ("The court sentenced him to 12 years in prison.", "12 years", "prison term", None, PROBE_2),
    (
        "Others received sentences of between five and eight years.",
        "five",
        "prison term",
        None,
        PROBE_2,
    ),
    ("The court fined him 50 million shillings.", "50 million", "penalty", None, PROBE_2),
    ("Twenty of those detained were later released.", "Twenty", "arrest", "released", PROBE_2),
    (
        "At least 61 migrants, including women and children, drowned off Libya.",
        "61",
        "death",
        "killed",
        PROBE_2,
    ),
    (
        "Police said 8 people, including the factory's owner, had been arrested.",
        "8",
        "arrest",
        "arrested",
        PROBE_2,
    ),
    (
        "Nawrocki wins Polish vote with 38.2% as turnout hits record",
        "38.2%",
        "vote share",
        None,
        PROBE_2,
    ),
    ("Five people were listed as missing.", "Five", "missing", "missing", PROBE_2),
    (
        "About 40 percent of flights at Paris Charles de Gaulle were cancelled on Thursday.",
        "40 percent",
        "share",
        "cancelled",
        PROBE_2,
    ),
    ("Wildfire forces 30,000 to evacuate near Athens", "30,000", "person", "evacuated", PROBE_2),
    ("Mine collapse in Ghana traps dozens", "dozens", "person", "trapped", PROBE_2),
    (
        "At least 12 miners died and dozens more were feared trapped.",
        "dozens",
        "person",
        "trapped",
        PROBE_2,
    ),
    ("Ferry sinks off Indonesia with 40 aboard", "40", "person", None, PROBE_2),
    (
        "The WHO has shipped 2.9 million vaccine doses.",
        "2.9 million",
        "vaccine dose",
        None,
        PROBE_2,
    ),
    ("The main opposition party nearly doubled its seats to 148.", "148", "seat", None, PROBE_2),
    (
        "Hajj heat deaths pass 1,300",
        "1,300",
        "death",
        "killed",
        PROBE_2,
    ),  # a toll with no verb: its own event
    (
        "The death toll from the wildfires increased to 80, officials said.",
        "80",
        "death",
        "killed",
        PROBE_2,
    ),
    ("Among the dead were 32 children, officials said.", "32", "death", "killed", PROBE_2),
    (
        "The storm knocked out power to more than 3 million homes and businesses.",
        "3 million",
        "home",
        "without power",
        "fixture storm-halina-floods-2026-10",
    ),
    (
        "Tens of thousands march in Lisbon as strike shuts schools",
        "Tens of thousands",
        "person",
        "attended",
        "fixture lisbon-pension-strike-2027-03",
    ),
    (
        "The unions called more than 300 demonstrations throughout the country to protest.",
        "300",
        "demonstration",
        None,
        PROBE_2,
    ),
    (
        "Israel said its jets struck more than 100 Hezbollah targets across southern Lebanon.",
        "100",
        "location",
        "hit",
        PROBE_2,
    ),
    ("Air defences shot down 40 aerial targets.", "40", "aerial target", "intercepted", PROBE_2),
    ("UK inflation fell to 2.2% in July from 3.1% in June.", "3.1%", "inflation", None, PROBE_2),
    (
        "The central bank cut interest rates to 5% last month.",
        "5%",
        "interest rate",
        "cut",
        PROBE_2,
    ),
    ("But 42,000 tickets had been sold, police said.", "42,000", "ticket", None, PROBE_2),
    ("The victims included 9 crew members.", "9", "person", None, PROBE_2),
    ("The army sent 1,500 soldiers to the area.", "1,500", "troop", "deployed", PROBE_2),
    ("The stadium can hold 78,838 spectators.", "78,838", "capacity", None, PROBE_2),
    (
        "Hospital admissions climbed to 830, up from 640.",
        "640",
        "hospital admission",
        None,
        PROBE_2,
    ),
    ("Unemployment stands at 5.8%.", "5.8%", "unemployment", None, PROBE_2),
]


def test_wire_a_demonym_of_people_names_no_actor() -> None:
    fact = fact_covering(extract_text("Hamas released three Israeli hostages on Sunday."), "three")
    assert (fact.subject, fact.event, fact.actor) == ("person", "released", None)


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "provenance"),
    WIRE_PROBES_2,
    ids=[f"{r[2]}:{r[1]}" for r in WIRE_PROBES_2],
)
def test_wire_probes_2(
    text: str, figure: str, subject: str, event: str | None, provenance: str
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event) == (subject, event)


WIRE_SOURCES_2 = [
    # text, figure, source
    ("At least 20 people were killed, citing a local official.", "20", "local official", PROBE_2),
    (
        "The fire destroyed 40 homes, citing the regional governor.",
        "40",
        "regional governor",
        PROBE_2,
    ),
    (
        "At least 20 people were killed, Iran's semi-official Tasnim news agency reported.",
        "20",
        "Tasnim",
        PROBE_2,
    ),
    ("“We found 40 bodies,” said an official with the IOM.", "40", "IOM", PROBE_2),
    ("Twenty-five people were rescued, an IOM spokesman said.", "Twenty-five", "IOM", PROBE_2),
    (
        "At least 61 migrants drowned, the International Organization for Migration (IOM) said.",
        "61",
        "International Organization for Migration",
        PROBE_2,
    ),
    (
        "Eight of the injured were in serious condition, the regional health directorate said.",
        "Eight",
        "regional health directorate",
        PROBE_2,
    ),
    ("At least 25 people died, said an official with the Red Cross.", "25", "Red Cross", PROBE_2),
    (
        "An independent monitoring group estimated the crowd at 275,000 to 325,000, while "
        "police put the figure at 107,000.",
        "275,000",
        "independent monitoring group",
        PROBE_2,
    ),
    (
        "At least 56 people were injured, the interior minister said.",
        "56",
        "interior minister",
        PROBE_2,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "source", "provenance"), WIRE_SOURCES_2, ids=[r[2] for r in WIRE_SOURCES_2]
)
def test_wire_sources_2(text: str, figure: str, source: str, provenance: str) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert fact.attribution is not None
    assert fact.attribution.source == source


WIRE_TIMES_2 = [
    # text, figure, published, window key
    (
        "Police said 15 of those arrested would face trial next week.",
        "15",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "Officers arrested 40 people on Saturday. Police said 15 of those arrested would face "
        "trial next week.",
        "15",
        PUB,
        "day:2027-05-08..2027-05-08",
        PROBE_2,
    ),
    (
        "The rain, which began on Sunday, dumped up to 400 mm on the coast.",
        "400 mm",
        PUB,
        "span:2027-05-09..2027-05-14",
        PROBE_2,
    ),
    (
        "The fire, which was contained on Sunday, burned 400 hectares.",
        "400 hectares",
        PUB,
        "span:2027-05-13..2027-05-14",
        "fixture kettle-ridge-wildfire-2028-08",
    ),
    (
        "The carmaker said it would cut 4,000 jobs by the end of 2027.",
        "4,000",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "More than 1.5 million people have fled their homes since fighting erupted in Sudan in "
        "mid-April, the UN said.",
        "1.5 million",
        PUB,
        "span:2027-04-11..2027-05-14",
        PROBE_2,
    ),
    (
        "The stadium, built for the 1950 World Cup, can hold 78,838 spectators.",
        "78,838",
        PUB,
        "span:2027-05-13..2027-05-14",
        PROBE_2,
    ),
    (
        "The storm, which killed 12 people on Sunday, moved north.",
        "12",
        PUB,
        "day:2027-05-09..2027-05-09",
        PROBE_2,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "published", "window", "provenance"),
    WIRE_TIMES_2,
    ids=[r[1] for r in WIRE_TIMES_2],
)
def test_wire_times_2(
    text: str, figure: str, published: date, window: str, provenance: str
) -> None:
    fact = fact_covering(extract_text(text, published=published), figure)
    assert fact.time is not None
    assert fact.time.key() == window


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


WIRE_PLACES_2 = [
    # text, figure, location
    (
        "At least 16 people were killed, including five in St. Lucie County.",
        "five",
        "St. Lucie County",
        PROBE_2,
    ),
    ("Tornadoes destroyed dozens of homes in St. Lucie.", "dozens", "St. Lucie", PROBE_2),
]


@pytest.mark.parametrize(
    ("text", "figure", "location", "provenance"), WIRE_PLACES_2, ids=[r[2] for r in WIRE_PLACES_2]
)
def test_wire_places_2(text: str, figure: str, location: str, provenance: str) -> None:
    assert fact_covering(extract_text(text), figure).location == location


@pytest.mark.parametrize(
    ("text", "part", "whole", "provenance"), WIRE_PARTS_2, ids=[r[1] for r in WIRE_PARTS_2]
)
def test_wire_parts_2(text: str, part: str, whole: str, provenance: str) -> None:
    ex = extract(Article(id="t", text=text))
    fact = fact_covering(extract_text(text), part)
    assert fact.part_of is not None
    assert ex.facts[fact.part_of].surface.endswith(whole)
    assert fact.event == ex.facts[fact.part_of].event


def test_wire_a_share_takes_the_election_named_just_before() -> None:
    text = (
        "Nawrocki wins Polish vote with 38.2%\n\nThe count ended on Monday. Final results were "
        "published. The main opposition party took 31.5 percent."
    )
    assert fact_covering(extract_text(text), "31.5 percent").subject == "vote share"
    assert (
        fact_covering(extract_text("The company won 30% of the contracts."), "30%").subject
        == "share"
    )
