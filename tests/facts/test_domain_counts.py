"""Facts in any domain (issue 16): noun phrases past an aside, counts stated without a
numeral, and counts that share the noun or the predicate of another.

Case tables by pattern of English news; every sentence is invented for these tests
(provenance column), spread over domains: economy, health, transport, elections,
weather, conflict, crime, crowds. Each case checks every fact of its text.
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

# A case: the text, every fact of it (surface, value, subject, event), provenance.
Case = tuple[str, list[tuple[str, float, str | None, str | None]], str]


def _facts(text: str) -> list[tuple[str, float, str | None, str | None]]:
    """Every fact of a text: surface, nominal value, subject, event."""
    return [(f.surface, f.quantity.nominal, f.subject, f.event) for f in extract_text(text).facts]


# ------------------------------------------------------------ a noun phrase past an aside

DASH_ASIDES: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "The number of long-term jobless – people out of work for 52 weeks or more – "
        "rose by 42,000 to 610,000.",
        [("42,000", 42000, "unemployed", None), ("610,000", 610000, "unemployed", None)],
        "invented: economy",
    ),
    (
        "The number of flu patients – most of them elderly – rose by 3,000 to 41,000.",
        [("3,000", 3000, "flu patient", None), ("41,000", 41000, "flu patient", None)],
        "invented: health",
    ),
    (
        "Weekday ferry crossings — a lifeline for 12 islands — fell by 140.",
        [("12", 12, "island", None), ("140", 140, "weekday ferry crossing", None)],
        "invented: transport",
    ),
]


# ------------------------------------------------------------ a toll of one in words

TOLLS_OF_ONE: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "The sole survivor of the crash was flown to hospital.",
        [("sole survivor", 1, "survivor", "survived")],
        "invented: transport",
    ),
    (
        "The outbreak has caused a single fatality, a nurse in the capital.",
        [("single fatality", 1, "death", "killed")],
        "invented: health",
    ),
    (
        "The only casualty of the storm was a fisherman.",
        [("only casualty", 1, "casualty", None)],
        "invented: weather",
    ),
    (
        "Police said the lone known survivor of the shooting was a guard.",
        [("lone known survivor", 1, "survivor", "survived")],
        "invented: crime",
    ),
    (
        "Not a single death was reported during the march.",
        [],
        "invented: crowds (a denial, not a count)",
    ),
    (
        "The only survivors were two deckhands.",
        [("two", 2, "deckhand", None)],
        "invented: transport (a plural: the figure counts)",
    ),
    (
        "She was the only candidate to win a single seat.",
        [],
        "invented: elections (no toll)",
    ),
]


# ------------------------------------------------------------ time someone has or amassed

TIME_AMASSED: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "The captain had 8,200 hours of flying experience.",
        [("8,200 hours", 8200, "flying experience", None)],
        "invented: transport",
    ),
    (
        "The average nurse has logged 300 hours of overtime this year.",
        [("300 hours", 300, "overtime", None)],
        "invented: health",
    ),
    (
        "The station has accumulated 1,400 hours of rainfall records.",
        [("1,400 hours", 1400, "rainfall record", None)],
        "invented: weather",
    ),
    (
        "Talks resumed after 12 hours of negotiations.",
        [],
        "invented: economy (a stretch of time, no fact)",
    ),
    (
        "The suspect was questioned for 30 hours of interviews.",
        [],
        "invented: crime (a stretch of time, no fact)",
    ),
]


# ------------------------------------------------------------ a further guess at the same count

FURTHER_GUESSES: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "The mayor fears a few dozen missing, maybe we will reach a hundred. Even hundreds.",
        [
            ("a few dozen", 24, "missing", "missing"),
            ("a hundred", 100, "missing", "missing"),
            ("hundreds", 200, "missing", "missing"),
        ],
        "invented: weather",
    ),
    (
        "Organisers expect 40,000 marchers, perhaps 60,000.",
        [("40,000", 40000, "person", None), ("60,000", 60000, "person", None)],
        "invented: crowds",
    ),
    (
        "The storm cut power to 9,000 homes. Perhaps 12,000.",
        [("9,000", 9000, "home", "without power"), ("12,000", 12000, "home", None)],
        "invented: weather",
    ),
    (
        "The clinic saw 300 patients on Monday. Perhaps 12 per hour.",
        [("300", 300, "person", None)],
        "invented: health (a rate, no guess at the count)",
    ),
    (
        "Police arrested 40 rioters. Even so, 12 officers were hurt.",
        [("40", 40, "arrest", "arrested"), ("12", 12, "injured", "injured")],
        "invented: crime (a noun of its own)",
    ),
    (
        "Polls give the party 41 seats. Even so, 12 ministers may resign.",
        [("41", 41, "seat", None), ("12", 12, "minister", None)],
        "invented: elections (a noun of its own)",
    ),
]


# ------------------------------------------------------------ an adverb before a toll's verb

ADVERB_BEFORE_VERB: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "Two miners died and 11 were safely rescued.",
        [("Two", 2, "death", "killed"), ("11", 11, "survivor", "rescued")],
        "invented: disaster",
    ),
    (
        "At least 30 people were killed in the flood, while 200 were quickly evacuated.",
        [("At least 30", 30, "death", "killed"), ("200", 200, "person", "evacuated")],
        "invented: weather",
    ),
    (
        "Six voters were wrongly arrested at the polling station.",
        [("Six", 6, "arrest", "arrested")],
        "invented: elections",
    ),
    (
        "Dozens of passengers were badly hurt when the bus overturned.",
        [("Dozens", 24, "injured", "injured")],
        "invented: transport",
    ),
]


# ------------------------------------------------------------ "N more": more of the same

MORE_OF_THE_SAME: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "Unions counted 80,000 marchers in Lyon, thousands more in Nantes and Rennes.",
        [("80,000", 80000, "person", None), ("thousands", 2000, "person", None)],
        "invented: crowds",
    ),
    (
        "Rescuers found 14 bodies on Monday. Six more were recovered on Tuesday.",
        [("14", 14, "death", "killed"), ("Six", 6, "death", "killed")],
        "invented: disaster",
    ),
    (
        "Officials reported 12 cases of measles, and 5 more in the north.",
        [("12", 12, "case", "infected"), ("5", 5, "case", "infected")],
        "invented: health",
    ),
    (
        "The port handled 400 ships in May; 12,000 more than the council forecast.",
        [("400", 400, "vehicle", None)],
        "invented: transport (a comparison: 'more than' counts nothing of its own)",
    ),
]


# ------------------------------------------------------------ "none of which": a part of zero

NONE_OF_THEM: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "The navy said 14 ballistic missiles were fired, none of which reached the port.",
        [("14", 14, "ballistic missile", "launched"), ("none", 0, "ballistic missile", None)],
        "invented: conflict",
    ),
    (
        "The bus carried 40 passengers, none of them were hurt.",
        [("40", 40, "passenger", None), ("none", 0, "injured", "injured")],
        "invented: transport",
    ),
    (
        "The clinic tested 210 patients, none of whom had cholera.",
        [("210", 210, "person", None), ("none", 0, "person", None)],
        "invented: health",
    ),
    (
        "None of the 40 passengers were injured.",
        [
            ("None of the 40 passengers were injured", 0, "injured", None),
            ("40", 40, "passenger", None),
        ],
        "invented: transport (a zero toll of its own, as before)",
    ),
]


# ------------------------------------------------------------ one measure under its names

WORKWEEK: list[Case] = [
    # text, facts (surface, value, subject, event), provenance
    (
        "Typical weekly hours remained unchanged at 38.5 hours.",
        [("38.5 hours", 38.5, "workweek", None)],
        "invented: economy",
    ),
    (
        "In the care sector the average workweek stood at 36.1 hours.",
        [("36.1 hours", 36.1, "workweek", None)],
        "invented: health",
    ),
    (
        "The strike lasted 12 hours.",
        [],
        "invented: transport (how long: a stretch of time, no fact)",
    ),
]


# ------------------------------------------------------------ every fact of each case

PATTERNS: dict[str, list[Case]] = {
    "dash aside": DASH_ASIDES,
    "toll of one": TOLLS_OF_ONE,
    "time amassed": TIME_AMASSED,
    "further guess": FURTHER_GUESSES,
    "adverb": ADVERB_BEFORE_VERB,
    "more": MORE_OF_THE_SAME,
    "none of them": NONE_OF_THEM,
    "workweek": WORKWEEK,
}


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    [
        pytest.param(*case, id=f"{pattern}: {case[0][:30]}")
        for pattern, table in PATTERNS.items()
        for case in table
    ],
)
def test_every_fact_of_the_text(
    text: str, facts: list[tuple[str, float, str | None, str | None]], provenance: str
) -> None:
    """Each pattern's cases, every fact of the text checked: surface, value, subject, event."""
    assert _facts(text) == facts


# ------------------------------------------------------------ a sector counts what the article counts

SECTORS = [
    # text, facts (surface, value, subject, event), group of the last, provenance
    (
        "Employers added 51,000 jobs in May. Retail work was down by 2,700.",
        [("51,000", 51000, "job", None), ("2,700", 2700, "job", None)],
        "retail work",
        "invented: economy",
    ),
    (
        "The hospital hired 300 nurses this year. Hiring rose by 40 last month.",
        [("300", 300, "medic", None), ("40", 40, "medic", None)],
        "hiring",
        "invented: health",
    ),
    (
        "Tourism fell by 3% in August.",
        [("3%", 3, "tourism", None)],
        None,
        "invented: economy (a rate of the sector itself)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "group", "provenance"), SECTORS, ids=[c[3] for c in SECTORS]
)
def test_a_sector_is_the_group_of_what_the_article_counts(
    text: str,
    facts: list[tuple[str, float, str | None, str | None]],
    group: str | None,
    provenance: str,
) -> None:
    """ "Retail work was down by 2,700": jobs, in retail work."""
    assert _facts(text) == facts
    assert extract_text(text).facts[-1].group == group


# ------------------------------------------------------------ a figure in words restated in digits

RESTATED_IN_DIGITS = [
    # text, facts (surface, value, subject, event), provenance
    (
        "Thirty one (31) firefighters were injured during the blaze.",
        [("Thirty one (31)", 31, "injured", "injured")],
        "invented: fires",
    ),
    (
        "Three (3) schools were closed after the flood.",
        [("Three (3)", 3, "school", None)],
        "invented: weather",
    ),
    (
        "Five (6) people died.",
        [],
        "invented: a restatement that disagrees is no restatement (both stay bare)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), RESTATED_IN_DIGITS, ids=[c[0][:20] for c in RESTATED_IN_DIGITS]
)
def test_a_figure_in_words_restated_in_digits_is_one_figure(
    text: str, facts: list[tuple[str, float, str | None, str | None]], provenance: str
) -> None:
    """ "Thirty one (31) firefighters": one figure, whose noun follows the brackets."""
    ex = extract_text(text)
    assert _facts(text) == facts
    # The scanner reads the restatement as part of the figure: nothing is left over.
    assert [r.reason.value for r in ex.rejected if r.surface[:1].isdigit()] == (
        [] if facts else ["no_subject"]
    )


# ------------------------------------------------------------ durations stay out

DURATIONS = [
    # text, figure, provenance
    ("The roughly 18-hour barrage ended at dawn.", "roughly 18-hour", "invented: conflict"),
    ("The outage lasted about 40 minutes.", "about 40 minutes", "invented: transport"),
    ("The siege went on for 12 days.", "12 days", "invented: crime"),
]


@pytest.mark.parametrize(("text", "figure", "provenance"), DURATIONS, ids=[c[1] for c in DURATIONS])
def test_how_long_something_lasted_is_no_fact(text: str, figure: str, provenance: str) -> None:
    """Issue 16: durations stay out, like ages and page furniture."""
    ex = extract_text(text)
    assert ex.facts == ()
    assert [(r.surface, r.reason.value) for r in ex.rejected] == [(figure, "no_subject")]
