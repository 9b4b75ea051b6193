"""A figure after a verb of change or level counts the noun phrase before that verb
(issue 15: facts from any domain, on text nobody here has seen).

"Unemployment claims climbed to 231,000", "The number of confirmed cases has risen to
216", "Hospital admissions hit a record 4,500", "Crowds topping 10,000 filled the
square": the head of the phrase before the verb is the subject, read from the text
when the vocabulary does not know it (``subject_basis`` ``text``); "the number / count /
tally of X" counts X; a verb that is a hedge ("top", "topping", "surpassed", "neared",
"hovered around") bounds the figure in every tense and is that phrase's verb too.
Each row is the whole extraction: every fact as (surface, interval, subject, basis,
event), and every rejected figure as (surface, reason).
"""

from __future__ import annotations

import pytest

from discrepancy import Extraction
from tests.helpers import ANY, extract_text

NEWS = "invented: news phrasing"

Fact = tuple[str, str, str, str, object]

LEVELS: list[tuple[str, list[Fact], str]] = [
    # text, facts (surface, interval, subject, basis, event), provenance
    (
        "Unemployment claims climbed to 231,000.",
        [("231,000", "[231000, 231000]", "unemployment claim", "text", None)],
        "invented: economy (a cue word as the head noun)",
    ),
    (
        "Claims climbed to 231,000.",
        [("231,000", "[231000, 231000]", "claim", "text", None)],
        "invented: economy (a cue word as the head noun)",
    ),
    (
        "Jobless claims have fallen to 198,000.",
        [("198,000", "[198000, 198000]", "jobless claim", "text", None)],
        "invented: economy (an auxiliary before the participle)",
    ),
    (
        "Housing starts fell to 1.3 million in May.",
        [("1.3 million", "[1300000, 1300000]", "housing start", "text", None)],
        "invented: economy",
    ),
    (
        "Bankruptcy filings have risen to 4,800 this year.",
        [("4,800", "[4800, 4800]", "bankruptcy filing", "text", None)],
        "invented: economy (an auxiliary before the participle)",
    ),
    (
        "Figures published by the ONS showed vacancies fell to 890,000.",
        [("890,000", "[890000, 890000]", "vacancy", "text", None)],
        "invented: economy (the clause after a verb of showing)",
    ),
    (
        "The survey found complaints fell to 620.",
        [("620", "[620, 620]", "complaint", "text", None)],
        "invented: transport (the clause after a verb of finding)",
    ),
    (
        "Exports topped $40 billion in March.",
        [("topped $40 billion", "(40000000000, inf)", "money", "vocabulary", None)],
        "invented: economy (money keeps its fallback where no verb of change governs)",
    ),
    (
        "Mortgage approvals hovered around 60,000.",
        [("hovered around 60,000", "[54000, 66000]", "mortgage approval", "text", None)],
        "invented: economy (a verb hedge of approximation)",
    ),
    (
        "The number of confirmed cases has risen to 216.",
        [("216", "[216, 216]", "case", "vocabulary", "infected")],
        "invented: health (the number of X counts X)",
    ),
    (
        "The tally of suspected cases has now climbed to 87.",
        [("87", "[87, 87]", "case", "vocabulary", "infected")],
        "invented: health (the tally of X, an adverb after the auxiliary)",
    ),
    (
        "Hospital admissions hit a record 4,500 last week.",
        # the event "hit" is the events pass's reading of the verb (reported, not fixed)
        [("4,500", "[4500, 4500]", "hospital admission", "vocabulary", ANY)],
        "invented: health (a noun of level between the verb and the figure)",
    ),
    (
        "Hospital admissions reached a record 4,500 last week.",
        [("4,500", "[4500, 4500]", "hospital admission", "vocabulary", None)],
        "invented: health (a noun of level between the verb and the figure)",
    ),
    (
        "Measles cases top 200.",
        [("top 200", "(200, inf)", "case", "vocabulary", "infected")],
        "invented: health (present tense of a verb hedge)",
    ),
    (
        "Infections are nearing 1,000 in the capital.",
        [("nearing 1,000", "[900, 1000)", "case", "vocabulary", "infected")],
        "invented: health",
    ),
    (
        "Vaccination appointments surpassed 12,000.",
        [("surpassed 12,000", "(12000, inf)", "vaccination appointment", "text", None)],
        "invented: health",
    ),
    (
        "Flood claims filed with insurers surpassed 12,000.",
        [("surpassed 12,000", "(12000, inf)", "flood claim", "text", None)],
        "invented: weather (a participle after its plural head; was 'filed')",
    ),
    (
        "The number of polling stations reporting climbed to 4,100.",
        [("4,100", "[4100, 4100]", "polling station", "text", None)],
        "invented: elections (a cue participle after its plural head)",
    ),
    (
        "Ridership fell to 1.2 million.",
        [("1.2 million", "[1200000, 1200000]", "ridership", "text", None)],
        "invented: transport (already read before issue 15)",
    ),
    (
        "Flight cancellations topped 1,400 on Friday.",
        [("topped 1,400", "(1400, inf)", "flight cancellation", "text", None)],
        "invented: transport (a verb hedge is the phrase's verb)",
    ),
    (
        "Delays approached 300 at the main hub.",
        [("approached 300", "[270, 300)", "delay", "text", None)],
        "invented: transport",
    ),
    (
        "Passenger complaints have doubled to 5,200.",
        [("5,200", "[5200, 5200]", "passenger complaint", "text", None)],
        "invented: transport",
    ),
    (
        "Postal ballots passed 2 million on Sunday.",
        [("passed 2 million", "(2000000, inf)", "vote", "vocabulary", None)],
        "invented: elections (no noun after the figure: a bound)",
    ),
    (
        "Turnout hovered around 62%.",
        [("hovered around 62%", "[55.800000000000004, 68.2]", "turnout", "vocabulary", None)],
        "invented: elections",
    ),
    (
        "Registered voters have grown to 41 million.",
        [("41 million", "[41000000, 41000000]", "person", "vocabulary", "eligible")],
        "invented: elections",
    ),
    (
        "Cases near 1,000 in the north.",
        [("near 1,000", "[900, 1000)", "case", "vocabulary", "infected")],
        "invented: health (the bare present of a verb hedge)",
    ),
    (
        "Deaths have surpassed 1,000.",
        [("surpassed 1,000", "(1000, inf)", "death", "vocabulary", "killed")],
        "invented: conflict (an auxiliary before a verb hedge)",
    ),
    (
        "Evacuations neared 9,000 as the river rose.",
        [("neared 9,000", "[8100, 9000)", "evacuation", "text", None)],
        "invented: weather",
    ),
    (
        "Power outages swelled to 120,000 homes.",
        [("120,000", "[120000, 120000]", "home", "vocabulary", None)],
        "invented: weather (a noun after the figure wins)",
    ),
    (
        "Displaced families crossed 50,000, the agency said.",
        [("crossed 50,000", "(50000, inf)", "person", "vocabulary", "evacuated")],
        "invented: conflict",
    ),
    (
        "The death count exceeded 240.",
        [("exceeded 240", "(240, inf)", "death", "vocabulary", "killed")],
        "invented: conflict (the count of a toll, a cue word as head)",
    ),
    (
        "Refugee arrivals have reached 18,000 this month.",
        [("18,000", "[18000, 18000]", "refugee arrival", "text", None)],
        "invented: conflict",
    ),
    (
        "Complaints against police have fallen to 620.",
        [("620", "[620, 620]", "complaint", "text", None)],
        "invented: crime (a phrase after 'against' is no head; was officers)",
    ),
    (
        "Road deaths this year stood at 212.",
        [("212", "[212, 212]", "death", "vocabulary", "killed")],
        "invented: transport (a time between phrase and verb; was 'year')",
    ),
    (
        "Wildfire evacuees now number 6,000.",
        [("6,000", "[6000, 6000]", "wildfire evacuee", "text", None)],
        "invented: weather (the present of 'numbered')",
    ),
    (
        "Investigations into fraud rose to 41.",
        [("41", "[41, 41]", "investigation", "text", None)],
        "invented: crime",
    ),
    (
        "Reported burglaries dropped to 3,100.",
        [("3,100", "[3100, 3100]", "burglary", "text", None)],
        "invented: crime",
    ),
    (
        "Arrests crossed 400 on Tuesday.",
        [("crossed 400", "(400, inf)", "arrest", "vocabulary", "arrested")],
        "invented: crime",
    ),
    (
        "Crowds topping 10,000 filled the square.",
        [("topping 10,000", "(10000, inf)", "person", "vocabulary", "attended")],
        "invented: crowds (a crowd word counts people attending)",
    ),
    (
        "The crowd swelled to 20,000.",
        [("20,000", "[20000, 20000]", "person", "vocabulary", "attended")],
        "invented: crowds",
    ),
    (
        "Attendance hovered around 3,000.",
        [
            (
                "hovered around 3,000",
                "[2700, 3300.0000000000005]",
                "person",
                "vocabulary",
                "attended",
            )
        ],
        "invented: crowds",
    ),
    (
        "The march surpassed 50,000, organisers said.",
        [("surpassed 50,000", "(50000, inf)", "person", "vocabulary", "attended")],
        "invented: crowds",
    ),
]

# What stays as it was: "top" as an adjective, a verb hedge whose figure is its object,
# and figures that count nothing (a year, a page, a phone number).
UNCHANGED: list[tuple[str, list[Fact], list[tuple[str, str]], str]] = [
    # text, facts, rejected (surface, reason), provenance
    (
        "The top 10 clubs earned more.",
        [("10", "[10, 10]", "club", "text", None)],
        [],
        "invented: sport (an adjective after a determiner)",
    ),
    (
        "Top 5 players were rested.",
        [("5", "[5, 5]", "player", "text", None)],
        [],
        "invented: sport (a present form opening a sentence)",
    ),
    (
        "She finished top 5 in Paris.",
        [],
        [("5", "no_subject")],
        "invented: sport (a rank after a verb of ranking, no bound and no count)",
    ),
    (
        "Parliament passed 12 bills.",
        [("12", "[12, 12]", "bill", "text", None)],
        [],
        "invented: elections (the figure is the verb's object)",
    ),
    (
        "The convoy crossed 3 borders.",
        [("3", "[3, 3]", "border", "text", None)],
        [],
        "invented: conflict (the figure is the verb's object)",
    ),
    (
        "The village lies near 3 rivers.",
        [("3", "[3, 3]", "river", "text", None)],
        [],
        "invented: weather (a preposition, no verb)",
    ),
    (
        "She leads top 10 candidates.",
        [("10", "[10, 10]", "candidate", "text", None)],
        [],
        "invented: elections (an adjective before a plural noun)",
    ),
    (
        "The bill passed 52 to 48.",
        [("52", "[52, 52]", "bill", "text", None), ("48", "[48, 48]", "bill", "text", None)],
        [],
        "invented: elections (a tally of votes after the verb, no bound; its subject is "
        "the open reading of the phrase before, left as it was)",
    ),
    ("The levy has risen since 2019.", [], [("2019", "year")], "invented: economy"),
    ("The report is on page 12.", [], [("page 12", "name")], "invented: page furniture"),
    (
        "Call the helpline on 0800 555 0199.",
        [],
        [("0800 555 0199", "name")],
        "invented: health (a phone number)",
    ),
]


def _facts(ex: Extraction) -> list[tuple[str, str, str | None, str, str | None]]:
    return [
        (f.surface, str(f.quantity.value), f.subject, f.subject_basis.value, f.event)
        for f in ex.facts
    ]


@pytest.mark.parametrize(("text", "facts", "provenance"), LEVELS, ids=[r[0][:36] for r in LEVELS])
def test_a_level_counts_the_phrase_before_its_verb(
    text: str, facts: list[Fact], provenance: str
) -> None:
    ex = extract_text(text)
    assert _facts(ex) == facts
    assert ex.rejected == ()


@pytest.mark.parametrize(
    ("text", "facts", "rejected", "provenance"), UNCHANGED, ids=[r[0][:36] for r in UNCHANGED]
)
def test_what_stays_as_it_was(
    text: str, facts: list[Fact], rejected: list[tuple[str, str]], provenance: str
) -> None:
    ex = extract_text(text)
    assert _facts(ex) == facts
    assert [(r.surface, r.reason.value) for r in ex.rejected] == rejected


# Every tense of each verb hedge bounds the figure and counts the phrase before it.
VERB_HEDGES: list[tuple[tuple[str, str, str, str], str]] = [
    # present, third person, past, -ing; qualifier
    (("top", "tops", "topped", "topping"), "more_than"),
    (("exceed", "exceeds", "exceeded", "exceeding"), "more_than"),
    (("surpass", "surpasses", "surpassed", "surpassing"), "more_than"),
    (("pass", "passes", "passed", "passing"), "more_than"),
    (("cross", "crosses", "crossed", "crossing"), "more_than"),
    (("near", "nears", "neared", "nearing"), "nearly"),
    (("approach", "approaches", "approached", "approaching"), "nearly"),
    (("hover around", "hovers around", "hovered around", "hovering around"), "approximate"),
]

TENSES = [
    # template, subject, provenance
    ("Cases {} 500.", "case", "invented: health"),
    ("The toll {} 500.", "death", "invented: conflict"),
    ("Arrests {} 500.", "arrest", "invented: crime"),
    ("Shelters were full, with evacuees {} 500.", "person", "invented: weather"),
]

VERB_HEDGE_ROWS = [
    (template.format(form), f"{form} 500", qualifier, subject, provenance)
    for forms, qualifier in VERB_HEDGES
    for form, (template, subject, provenance) in zip(forms, TENSES, strict=True)
]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "subject", "provenance"),
    VERB_HEDGE_ROWS,
    ids=[r[0][:40] for r in VERB_HEDGE_ROWS],
)
def test_a_verb_hedge_bounds_the_figure_in_every_tense(
    text: str, surface: str, qualifier: str, subject: str, provenance: str
) -> None:
    ex = extract_text(text)
    assert [(f.surface, f.quantity.qualifier.value, f.subject) for f in ex.facts] == [
        (surface, qualifier, subject)
    ]
    assert ex.rejected == ()
