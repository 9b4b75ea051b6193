"""Patterns of English news around percentages and the subjects and events of their
sentences (session 9, s9-pct-subjects).

Each table is one pattern; every sentence is invented for these tests (provenance
column), spread over domains: economy, health, transport, elections, weather,
conflict, crime, crowds. Each case states every fact the sentence gives: (surface,
subject, event, party, form, basis).
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

Fact = tuple[str, str | None, str | None, str | None, str, str]
Case = tuple[str, list[Fact], str]


def _read(text: str) -> list[Fact]:
    return [
        (f.surface, f.subject, f.event, f.party, f.quantity.form.value, f.basis.value)
        for f in extract_text(text).facts
    ]


# ------------------------------- a percentage before a noun: "a 4% pay rise" (pay)

BEFORE_A_NOUN: list[Case] = [
    # text, facts, provenance
    (
        "Nurses accepted a 4% pay rise on Monday.",
        [("4%", "pay", None, None, "change", "none")],
        "invented: health, economy",
    ),
    (
        "The union rejected a 3.5% wage offer.",
        [("3.5%", "wage offer", None, None, "level", "none")],
        "invented: economy",
    ),
    (
        "Commuters face a 5.9% fare increase in January.",
        [("5.9%", "fare", None, None, "change", "none")],
        "invented: transport",
    ),
    (
        "Police reported a 15% rise in burglaries.",
        [("15%", "burglary", None, None, "change", "none")],
        "invented: crime",
    ),
    (
        "The ministry announced a 20% cut in the fuel subsidy.",
        [("20%", "fuel subsidy", "cut", None, "change", "none")],
        "invented: economy",
    ),
    (
        "There is a 70% chance of rain on Sunday.",
        [("70%", "chance", None, None, "level", "none")],
        "invented: weather",
    ),
    (
        "The region posted a 2.1% inflation rate.",
        [("2.1%", "inflation", None, None, "level", "none")],
        "invented: economy (a vocabulary cue after the figure)",
    ),
    (
        "The bank has missed its 2% inflation target for years.",
        [("2%", "target", None, None, "level", "forecast")],
        "invented: economy (a target named after the figure)",
    ),
    (
        "Hospitals saw a 12% drop in April.",
        [("12%", "share", None, None, "change", "none")],
        "invented: health (a month after 'in' is when, not what)",
    ),
]


# ------------------------------- a deciding body's vote is no election

BODY_VOTES: list[Case] = [
    (
        "The committee voted 7-2 to hold rates. Shares rose 2.1%.",
        [("2.1%", "share", None, None, "change", "none")],
        "invented: economy (a rate decision)",
    ),
    (
        "The board voted to raise fares, and Metro took 12%.",
        [("12%", "share", None, None, "level", "none")],
        "invented: transport",
    ),
    (
        "Shareholders voted against the deal. The Fund holds 8%.",
        [("8%", "share", None, None, "level", "none")],
        "invented: economy",
    ),
    (
        "Voters went to the polls on Sunday. The Greens took 12.1%.",
        [("12.1%", "vote share", None, "the Greens", "level", "none")],
        "invented: elections (voters: an election)",
    ),
    (
        "Party members voted on Saturday. Reyes took 61%.",
        [("61%", "vote share", None, "Reyes", "level", "none")],
        "invented: elections (a party's own ballot)",
    ),
]


# ------------------------------- adverbs between a noun, its verb and its figure

ADVERBS: list[Case] = [
    (
        "With cases now above 3,400, hospitals are struggling.",
        [("above 3,400", "case", "infected", None, "level", "none")],
        "invented: health (a clause of 'with' and no verb)",
    ),
    (
        "With unemployment above 7%, the government is under pressure.",
        [("above 7%", "unemployment", None, None, "level", "none")],
        "invented: economy",
    ),
    (
        "With turnout near 60%, officials extended voting hours.",
        [("near 60%", "turnout", None, None, "level", "none")],
        "invented: elections",
    ),
    (
        "Cases are now above 3,400.",
        [("above 3,400", "case", "infected", None, "level", "none")],
        "invented: health",
    ),
    (
        "Flood deaths have so far climbed to 31.",
        [("31", "death", "killed", None, "level", "none")],
        "invented: weather",
    ),
    (
        "Arrests have since risen to 300.",
        [("300", "arrest", "arrested", None, "level", "none")],
        "invented: crime",
    ),
    (
        "Evacuations have thus far topped 2,000.",
        [("topped 2,000", "evacuation", None, None, "level", "none")],
        "invented: conflict",
    ),
    (
        "The policy rate is currently 5.25%.",
        [("5.25%", "interest rate", None, None, "level", "none")],
        "invented: economy",
    ),
]


# ------------------------------- what is lost is not always destroyed

LOSSES: list[Case] = [
    (
        "The number of journeys lost on Tuesday was 2.3 million.",
        [("2.3 million", "journey", None, None, "level", "none")],
        "invented: transport (an open subject, a participle and a copula)",
    ),
    (
        "Some 2.3 million journeys were lost to the strike.",
        [("Some 2.3 million", "journey", None, None, "level", "none")],
        "invented: transport",
    ),
    (
        "The strike cost operators £4 million in lost fares.",
        [("£4 million", "cost", None, None, "level", "none")],
        "invented: transport, economy",
    ),
    (
        "Airlines lost 1,200 flights to the storm.",
        [("1,200", "flight", None, None, "level", "none")],
        "invented: weather",
    ),
    (
        "The storm destroyed 400 homes and 2,000 homes were lost.",
        [
            ("400", "home", "destroyed", None, "level", "none"),
            ("2,000", "home", "destroyed", None, "level", "none"),
        ],
        "invented: weather (homes lost are destroyed)",
    ),
]


# ------------------------------- the counters are not the counted; counts revised

COUNTERS: list[Case] = [
    (
        "Police counted 38,000.",
        [("38,000", None, None, None, "level", "none")],
        "invented: crowds (who counted says nothing of what: no officers)",
    ),
    (
        "Thousands joined the march. Police counted 38,000.",
        [
            ("Thousands", "person", "attended", None, "level", "none"),
            ("38,000", "person", "attended", None, "level", "none"),
        ],
        "invented: crowds (what the count before counts)",
    ),
    (
        "Rangers counted 1,200 elephants. Scouts tallied 900.",
        [
            ("1,200", "elephant", None, None, "level", "none"),
            ("900", "elephant", None, None, "level", "none"),
        ],
        "invented: wildlife census",
    ),
    (
        "Police lowered the crowd count from 9,000 to 6,000.",
        [
            ("9,000", "person", "attended", None, "level", "none"),
            ("6,000", "person", None, None, "level", "none"),
        ],
        "invented: crowds (a verb of revising and its object)",
    ),
    (
        "Officials raised the number of evacuees to 4,000.",
        [("4,000", "person", None, None, "level", "none")],
        "invented: weather",
    ),
    (
        "The company cut its workforce from 9,000 to 6,000.",
        [
            ("9,000", "workforce", "cut", None, "level", "none"),
            ("6,000", "workforce", "cut", None, "level", "none"),
        ],
        "invented: economy",
    ),
    (
        "Officials put the death count at 40.",
        [("40", "death", "killed", None, "level", "estimate")],
        "invented: conflict (a count noun after the counted one)",
    ),
]


# ------------------------------- the people of a city: "Thousands of Londoners"

PLACE_PEOPLE: list[Case] = [
    (
        "Thousands of Londoners marched on Saturday.",
        [("Thousands", "person", "attended", None, "level", "none")],
        "invented: crowds",
    ),
    (
        "Some 20,000 Berliners gathered at the gate.",
        [("Some 20,000", "person", "attended", None, "level", "none")],
        "invented: crowds",
    ),
    (
        "Hundreds of Parisians rallied outside the town hall.",
        [("Hundreds", "person", "attended", None, "level", "none")],
        "invented: crowds (the plural of an entity's adjective)",
    ),
    (
        "Some 300 Muscovites were detained.",
        [("Some 300", "arrest", "arrested", None, "level", "none")],
        "invented: crime",
    ),
    (
        "About 40 Viennese fell ill after the heatwave.",
        [("About 40", "case", "infected", None, "level", "none")],
        "invented: weather, health",
    ),
]


# ------------------------------- a market story's percentages (found running a story)

MARKETS: list[Case] = [
    (
        "Inflation stayed well above its 2% target.",
        [("2%", "target", None, None, "level", "forecast")],
        "invented: economy (a noun after the figure wins over a cue before it)",
    ),
    (
        "Inflation remains far from the bank's 2% goal.",
        [("2%", "target", None, None, "level", "forecast")],
        "invented: economy (a possessive determiner)",
    ),
    (
        "Ten-year bond yields rose to 4.2%, with bank shares down 2.4%.",
        [
            ("4.2%", "ten-year bond yield", None, None, "level", "none"),
            ("2.4%", "bank share", None, None, "change", "none"),
        ],
        "invented: markets (a clause of 'with' and a particle)",
    ),
    (
        "The krona weakened 0.5% against the euro.",
        [("0.5%", "krona", None, None, "change", "none")],
        "invented: markets",
    ),
    (
        "Ridership recorded a 12% drop in April.",
        [("12%", "ridership", None, None, "change", "none")],
        "invented: transport (what recorded a rate is what it measures, no group)",
    ),
    (
        "The main index lost 1.3%.",
        [("1.3%", "main index", None, None, "change", "none")],
        "invented: markets (a fall, nothing destroyed)",
    ),
    (
        "The ministry forecast a deficit of 3.1% this year.",
        [("3.1%", "deficit", None, None, "level", "forecast")],
        "invented: economy (a noun and 'of' before the figure)",
    ),
    (
        "Wage growth of 4% outpaced prices.",
        [("4%", "wage growth", None, None, "change", "none")],
        "invented: economy",
    ),
    (
        "Turnout of 61% was the highest since 1990.",
        [("61%", "turnout", None, None, "level", "none")],
        "invented: elections",
    ),
    (
        "Nordvik's central bank lifted borrowing costs to 4.5% from 4.25% on Thursday.",
        [
            ("4.5%", "interest rate", None, None, "level", "none"),
            ("4.25%", "interest rate", None, None, "level", "none"),
        ],
        "invented: economy (borrowing costs name the rate)",
    ),
]


# ------------------------------- a vaccination story's percentages (found running a story)

VACCINATION: list[Case] = [
    (
        "Vaccination coverage among two-year-olds fell to 84% last year.",
        [("84%", "vaccination coverage", None, None, "level", "none")],
        "invented: health (an age between the cue and the figure counts nothing)",
    ),
    (
        "Vaccination coverage against measles among two-year-olds fell to 84% last year.",
        [("84%", "vaccination coverage", None, None, "level", "none")],
        "invented: health (a disease after the cue is no group of people)",
    ),
    (
        "Unemployment among 16-24-year-olds rose to 14%.",
        [("14%", "unemployment", None, None, "level", "none")],
        "invented: economy",
    ),
    (
        "Coverage fell to 84%, well short of the 95% needed to stop outbreaks.",
        [
            ("84%", "coverage", None, None, "level", "none"),
            ("95%", "share", None, None, "level", "none"),
        ],
        "invented: health (a participle after the figure is no noun it measures)",
    ),
]


PATTERNS: dict[str, list[Case]] = {
    "before a noun": BEFORE_A_NOUN,
    "body votes": BODY_VOTES,
    "adverbs": ADVERBS,
    "losses": LOSSES,
    "counters": COUNTERS,
    "place people": PLACE_PEOPLE,
    "markets": MARKETS,
    "vaccination": VACCINATION,
}


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    [
        pytest.param(*case, id=f"{pattern}: {case[0][:30]}")
        for pattern, table in PATTERNS.items()
        for case in table
    ],
)
def test_a_percentage_pattern_gives_every_fact_of_its_sentence(
    text: str, facts: list[Fact], provenance: str
) -> None:
    assert _read(text) == facts
