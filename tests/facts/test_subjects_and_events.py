"""What each figure counts and what befell it, as a careful reader takes them from the
sentence: the ``(subject, event)`` a figure ends with after the subjects, events, parts
and tolls passes, which all write those two fields. Rows by where they came from:
invented news phrasing, bugs caught in the review of goldens, wire probes."""

from __future__ import annotations

import pytest

from tests.helpers import ANY, Anything, extract_text, fact_covering

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
    ("Forty-two miners were trapped underground.", "Forty-two", "missing", "trapped", PROBE),
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
        # A death only feared is no confirmed toll: the missing, apart from the dead.
        "Hundreds of people are feared dead after the landslide.",
        "Hundreds",
        "missing",
        "missing",
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
        "survivor",
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
    ("Mine collapse in Ghana traps dozens", "dozens", "missing", "trapped", PROBE_2),
    (
        "At least 12 miners died and dozens more were feared trapped.",
        "dozens",
        "missing",
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
        "The farmers' groups called more than 150 demonstrations in every province against the tax.",
        "150",
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
    ("The victims included 9 crew members.", "9", "crew member", None, PROBE_2),
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
