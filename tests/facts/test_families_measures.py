"""Measures that keep their subject across wordings and units (issue #15, "families
instead of exact labels"; the subjects lost to a unit).

- Average hourly earnings are a subject of the vocabulary ("average hourly earnings",
  "hourly earnings", "hourly wages", "hourly pay" before the figure), for a change in
  money or percent and for a level; weekly earnings and a company's earnings are not
  it. So is the labour force participation rate; voter participation is not it.
- A figure that restates the one before it in another unit ("rose by 12 cents, or
  0.3%"), or gives the move of the same measure over another span ("to $30.10, up
  3.6% annually", "while it was up by 3.6%", "but has declined by 0.4 points"),
  measures what that figure measures, where the measure may be of its kind: a
  percentage beside a count of arrests or of people stays a share.

Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

# A fact: surface, nominal value, subject.
Fact = tuple[str, float, str | None]


def _facts(text: str) -> list[Fact]:
    """Every fact of a text: surface, nominal value, subject."""
    return [(f.surface, f.quantity.nominal, f.subject) for f in extract_text(text).facts]


AHE = "average hourly earnings"
LFPR = "labour force participation rate"

CASES: list[tuple[str, str, list[Fact], str]] = [
    # id, text, every fact, provenance
    (
        "or-percent",
        "Average hourly earnings for all workers went up by 9 cents, or 0.2%, to $30.10 in May.",
        [("9 cents", 0.09, AHE), ("0.2%", 0.2, AHE), ("$30.10", 30.1, AHE)],
        "devset pattern: a change in cents restated in percent (economy)",
    ),
    (
        "up-annually",
        "Hourly wages rose 12 cents to $30.10 in March, up 3.6% annually.",
        [("12 cents", 0.12, AHE), ("$30.10", 30.1, AHE), ("3.6%", 3.6, AHE)],
        "devset pattern: a level, then the move over a year (economy)",
    ),
    (
        "while-it-was-up",
        "Hourly pay rose 0.2% to $30.10 in May compared to April while it was up by 3.1% "
        "on an annual basis.",
        [("0.2%", 0.2, AHE), ("$30.10", 30.1, AHE), ("3.1%", 3.1, AHE)],
        "devset pattern: the move over a year after 'while it was up by' (economy)",
    ),
    (
        "spun-adjective",
        "Typical hourly earnings rose by 0.4% month-over-month.",
        [("0.4%", 0.4, AHE)],
        "devset pattern: a rewritten adjective before 'hourly earnings' (economy)",
    ),
    (
        "participation-down",
        "Labor force participation dipped to 61.9%, down 0.4% on the year.",
        [("61.9%", 61.9, LFPR), ("0.4%", 0.4, LFPR)],
        "devset pattern: the participation rate and its move, 'down' apposed (economy)",
    ),
    (
        "participation-but-has-declined",
        "The labour force participation rate, at 61.9%, changed little in May but has "
        "declined by 0.4 percentage points over the year.",
        [("61.9%", 61.9, LFPR), ("0.4 percentage points", 0.4, LFPR)],
        "devset pattern: a second verb of the same clause gives the move (economy)",
    ),
    (
        "wages-own-subject",
        "Prices rose 3% and wages fell by 2%.",
        [("3%", 3, "inflation"), ("2%", 2, "wage")],
        "invented: economy (a second clause with its own noun keeps it)",
    ),
    (
        "voter-participation-apart",
        "Voter participation reached 64% in the runoff.",
        [("64%", 64, "voter participation")],
        "invented: elections (turnout, not the labour force measure)",
    ),
    (
        "weekly-apart",
        "Average weekly earnings rose 0.5% to $1,100.",
        [("0.5%", 0.5, "average weekly earnings"), ("$1,100", 1100, "average weekly earnings")],
        "invented: economy (another measure)",
    ),
    (
        "company-earnings-apart",
        "Company earnings rose 8% in the quarter.",
        [("8%", 8, "company earnings")],
        "invented: economy (profits, not pay)",
    ),
    (
        "ticket-sales-or-percent",
        "Ticket sales rose by $2 million, or 4%, last year.",
        [("$2 million", 2_000_000, "ticket sale"), ("4%", 4, "ticket sale")],
        "invented: culture, economy",
    ),
    (
        "arrests-up-change",
        "Police arrested 40 people, up 10% on last year.",
        [("40", 40, "arrest"), ("10%", 10, "arrest")],
        "invented: crime (the change of the count before it, in percent; the unit keys it apart)",
    ),
    (
        "population-up-change",
        "The county's population reached 2.1 million, up 4% on 2020.",
        [("2.1 million", 2_100_000, "population"), ("4%", 4, "population")],
        "invented: census (the change of the level before it, as in test_rates_subjects.py)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_a_measure_keeps_its_subject(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


# A measure of a group named after its cue ("of production workers", "for young people")
# is a figure of its own; "for all workers" names everyone, no group. A figure that
# restates it in another unit is of the same group.
GROUPS: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    # id, text, every fact (surface, subject, group), provenance
    (
        "of-production-workers",
        "Average hourly earnings of factory and warehouse workers rose by 7 cents, or 0.2%, "
        "in May.",
        [
            ("7 cents", AHE, "factory and warehouse workers"),
            ("0.2%", AHE, "factory and warehouse workers"),
        ],
        "devset pattern: a second earnings measure for a group (economy)",
    ),
    (
        "for-all-employees",
        "Hourly earnings for all workers in the private sector rose by 11 cents in May.",
        [("11 cents", AHE, None)],
        "devset pattern: the headline measure, everyone (economy)",
    ),
    (
        "young-unemployment-apart",
        "The unemployment rate for young people rose to 14%, while the unemployment rate "
        "rose to 4.2%.",
        [("14%", "unemployment", "young people"), ("4.2%", "unemployment", None)],
        "invented: economy (a group's rate and the overall rate)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), [pytest.param(*c[1:], id=c[0]) for c in GROUPS]
)
def test_a_measure_of_a_group_keeps_its_group(
    text: str, facts: list[tuple[str, str | None, str | None]], provenance: str
) -> None:
    assert [(f.surface, f.subject, f.group) for f in extract_text(text).facts] == facts


# Wind speeds: gusts written as "bursts" (wire copy translated from French), winds
# "blowing at"; a unit written with a slash and one letter keeps its unit where the page
# lost the space after it ("220 km/hthe"), never read as kilometres.
WINDS: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    # id, text, every fact (surface, subject, unit), provenance
    (
        "bursts-glued",
        "With bursts of more than 180 km/hthe storm was the strongest in decades.",
        [("more than 180 km/h", "wind speed", "kilometer_per_hour")],
        "devset pattern: a page that lost the space after km/h (weather)",
    ),
    (
        "blowing-at",
        "Winds were blowing at 150 km/h on Sunday, 40 km from the coast.",
        [("150 km/h", "wind speed", "kilometer_per_hour"), ("40 km", "distance", "kilometer")],
        "invented: weather (a speed and a distance apart)",
    ),
    (
        "miles-an-hour-beside-km",
        "Gusts of 90 mph were recorded 12 km inland.",
        [("90 mph", "wind speed", "mile_per_hour"), ("12 km", "distance", "kilometer")],
        "invented: weather",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), [pytest.param(*c[1:], id=c[0]) for c in WINDS]
)
def test_a_wind_speed_keeps_its_unit(
    text: str, facts: list[tuple[str, str | None, str | None]], provenance: str
) -> None:
    assert [(f.surface, f.subject, f.quantity.unit) for f in extract_text(text).facts] == facts


# A vague count of a currency ("billions of dollars") measures what a word of money after
# it names: the cost to rebuild, damage; with no such word it stays a count of dollars.
MONEY: list[tuple[str, str, list[tuple[str, str | None]], str]] = [
    # id, text, every fact (surface, subject), provenance
    (
        "billions-to-rebuild",
        "Officials say the harbour town needs billions of dollars to rebuild.",
        [("billions", "cost")],
        "devset pattern: a vague cost of rebuilding after a fire (weather, fires)",
    ),
    (
        "millions-in-damage",
        "The floods caused millions of euros in damage across the valley.",
        [("millions", "damage")],
        "invented: weather",
    ),
    (
        "thousands-stolen",
        "Thousands of dollars were stolen from the till.",
        [("Thousands", "dollar")],
        "invented: crime (no word of money: as before)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), [pytest.param(*c[1:], id=c[0]) for c in MONEY]
)
def test_a_count_of_a_currency_takes_the_money_word_after_it(
    text: str, facts: list[tuple[str, str | None]], provenance: str
) -> None:
    assert [(f.surface, f.subject) for f in extract_text(text).facts] == facts
