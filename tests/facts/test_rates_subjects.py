"""The rates pass: what the percentage of a rate or an index measures (inflation,
unemployment, a central bank's rate, growth, approval, test positivity, occupancy,
vaccination, vacancies), whether it is a forecast or a target, and its form. Every
sentence is invented for these tests (provenance ``invented: <domain>``): the lead's
three-outlet inflation story showed core inflation set against food inflation, a
forecast read as a vote share, and "the annual rate" and "raised rates to" left as
bare shares.
"""

from __future__ import annotations

import pytest

from discrepancy import Basis, Form
from tests.helpers import extract_text, fact_covering

LEVELS = [
    # text, figure, subject, event, basis, form, provenance
    (
        "Core inflation, which strips out food and fuel, held at 3.4%.",
        "3.4%",
        "core inflation",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Underlying inflation came in at 2.9% in May.",
        "2.9%",
        "core inflation",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Consumer prices rose 3.6% in the year to June.",
        "3.6%",
        "inflation",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Food inflation was 5.1% in March.",
        "5.1%",
        "food price",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Food prices climbed 4.2% over the year.",
        "4.2%",
        "food price",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Groceries were 6% dearer than a year earlier.",
        "6%",
        "grocery price",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "Energy costs fell 2.3% over the twelve months.",
        "2.3%",
        "energy price",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: economy",
    ),
    (
        "The jobless rate stood at 6.1% in the spring.",
        "6.1%",
        "unemployment",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: jobs",
    ),
    (
        "The reserve bank raised rates to 3.85% on Tuesday.",
        "3.85%",
        "interest rate",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: central bank",
    ),
    (
        "Policymakers kept rates on hold at 5.25% for a fourth meeting.",
        "5.25%",
        "interest rate",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: central bank",
    ),
    (
        "The bank, which targets 2%, cut its key rate to 4.5%.",
        "2%",
        "target",
        None,
        Basis.FORECAST,
        Form.LEVEL,
        "invented: central bank",
    ),
    (
        "The economy grew 0.6% in the second quarter.",
        "0.6%",
        "economic growth",
        None,
        Basis.NONE,
        Form.CHANGE,
        "invented: economy",
    ),
    (
        "Gross domestic product shrank by 0.2% in the winter.",
        "0.2%",
        "economic growth",
        None,
        Basis.NONE,
        Form.CHANGE,
        "invented: economy",
    ),
    (
        "A 39% approval rating is the lowest of his term.",
        "39%",
        "approval rating",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: elections (the rate's name after its figure)",
    ),
    (
        "Her approval rating stood at 44% in the survey.",
        "44%",
        "approval rating",
        None,
        Basis.POLL,
        Form.LEVEL,
        "invented: elections",
    ),
    (
        "The test positivity rate rose to 14% last week.",
        "14%",
        "test positivity",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: health",
    ),
    (
        "Hotel occupancy held at 82% over the festival weekend.",
        "82%",
        "occupancy",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: tourism",
    ),
    (
        "Vaccination coverage among infants slipped to 88% this year.",
        "88%",
        "vaccination coverage",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: health",
    ),
    (
        "The rental vacancy rate remained at 1.4% in the capital.",
        "1.4%",
        "rental vacancy rate",
        None,
        Basis.NONE,
        Form.LEVEL,
        "invented: housing",
    ),
    (
        "The vaccination coverage goal of 95% was missed again.",
        "95%",
        "target",
        None,
        Basis.FORECAST,
        Form.LEVEL,
        "invented: health",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "event", "basis", "form", "provenance"),
    LEVELS,
    ids=[f"{c[1]} {c[2]}" for c in LEVELS],
)
def test_a_rate_figure_is_read_as_its_rate(
    text: str,
    figure: str,
    subject: str,
    event: str | None,
    basis: Basis,
    form: Form,
    provenance: str,
) -> None:
    fact = fact_covering(extract_text(text), figure)
    assert (fact.subject, fact.event, fact.basis, fact.quantity.form) == (
        subject,
        event,
        basis,
        form,
    )


STORIES = [
    # text, the (figure, subject, basis) of every percentage, provenance
    (
        "Inflation was 3% in May. The annual rate was 3.4% in April.",
        [("3%", "inflation", Basis.NONE), ("3.4%", "inflation", Basis.NONE)],
        "invented: economy (a bare rate after the figure of a rate)",
    ),
    (
        "Inflation was 2.6% in May. The central bank targets inflation of 2% over the medium term.",
        [("2.6%", "inflation", Basis.NONE), ("2%", "target", Basis.FORECAST)],
        "invented: central bank (a target that names its rate is a target still)",
    ),
    (
        "Inflation was 3% in May. Wages grew at an annual rate of 5%.",
        [("3%", "inflation", Basis.NONE), ("5%", "share", Basis.NONE)],
        "invented: economy (a rate 'of' something is not the story's rate)",
    ),
    (
        "Inflation cools to 3.2%\n\nPrices are rising more slowly: the annual rate fell "
        "to 3.2% in May, officials said, from 3.5% a month earlier.",
        [
            ("3.2%", "inflation", Basis.NONE),
            ("3.2%", "inflation", Basis.NONE),
            ("3.5%", "inflation", Basis.NONE),
        ],
        "invented: economy (a bare 'annual rate' after the headline's rate)",
    ),
    (
        "Renters face slower inflation\n\nThe headline rate eased to 4.4% in April.",
        [("4.4%", "inflation", Basis.NONE)],
        "invented: economy (the headline names the rate, with no figure)",
    ),
    (
        "The unemployment rate rose to 5.4% in July. Economists surveyed by the paper "
        "had expected 5.2%.",
        [("5.4%", "unemployment", Basis.NONE), ("5.2%", "unemployment", Basis.FORECAST)],
        "invented: jobs (a forecast in the next sentence)",
    ),
    (
        "Inflation slowed to 2.4% in June from 2.7%, beating forecasts of 2.5%.",
        [
            ("2.4%", "inflation", Basis.NONE),
            ("2.7%", "inflation", Basis.NONE),
            ("2.5%", "inflation", Basis.FORECAST),
        ],
        "invented: economy (a forecast noun and 'of')",
    ),
    (
        "The economy grew 0.3% in the quarter, below the 0.5% analysts had forecast.",
        [("0.3%", "economic growth", Basis.NONE), ("0.5%", "economic growth", Basis.FORECAST)],
        "invented: economy (a forecast in a clause with no 'that')",
    ),
    (
        "The positivity rate climbed to 9% on Friday. Epidemiologists had predicted 11%.",
        [("9%", "test positivity", Basis.NONE), ("11%", "test positivity", Basis.FORECAST)],
        "invented: health",
    ),
    (
        "Labour won 41% of the vote in the by-election. Pollsters had expected 45% for the party.",
        [("41%", "vote share", Basis.NONE), ("45%", "vote share", Basis.FORECAST)],
        "invented: elections (a forecast vote share takes the share it is set against)",
    ),
    (
        "The ruling party polled 38% on Sunday. Analysts had expected unemployment to reach 7%.",
        [("38%", "vote share", Basis.NONE), ("7%", "unemployment", Basis.FORECAST)],
        "invented: elections, jobs (a forecast that names its own rate keeps it)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"),
    STORIES,
    ids=[c[2].split(" (")[0] + f" {c[1][-1][0]}" for c in STORIES],
)
def test_a_bare_rate_a_forecast_and_a_level_before_measure_the_story_rate(
    text: str, expected: list[tuple[str, str, Basis]], provenance: str
) -> None:
    ex = extract_text(text)
    assert [(f.surface, f.subject, f.basis) for f in ex.facts] == expected


CHANGES_AND_GROUPS: list[tuple[str, list[tuple[str, str, str | None]], str]] = [
    # text, the (figure, subject, group) of every figure, provenance
    (
        "Average hourly earnings for all staff at the surveyed firms rose by 11 cents, or "
        "0.4%, in May.",
        [
            ("11 cents", "average hourly earnings", None),
            ("0.4%", "average hourly earnings", None),
        ],
        "invented: jobs (a change in money restated in percent; a rate 'for all' its "
        "people is everyone's, the text's own measure keeps what the subjects pass read)",
    ),
    (
        "Hourly pay of warehouse and delivery workers rose by 7 cents, or 0.2%.",
        [
            ("7 cents", "average hourly earnings", "warehouse and delivery workers"),
            ("0.2%", "average hourly earnings", "warehouse and delivery workers"),
        ],
        "invented: jobs (the pay of a group, another row than everyone's)",
    ),
    (
        "Hourly earnings rose 0.4% in May, while they were up by 3.6% on an annual basis.",
        [("0.4%", "average hourly earnings", None), ("3.6%", "average hourly earnings", None)],
        "invented: jobs (a change with no noun, after a pronoun)",
    ),
    (
        "Passenger numbers climbed to 1.2 million, up 4% on the year.",
        [("1.2 million", "passenger", None), ("4%", "passenger", None)],
        "invented: transport (a change of the level before it)",
    ),
    (
        "Unemployment among young people rose to 14.2% in the spring.",
        [("14.2%", "unemployment", "young people")],
        "invented: jobs (the group a rate is of)",
    ),
    (
        "Vaccination coverage among toddlers fell to 89% last year.",
        [("89%", "vaccination coverage", "toddlers")],
        "invented: health (the group a rate is of)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "provenance"),
    CHANGES_AND_GROUPS,
    ids=[f"{c[1][-1][0]} {c[1][-1][1]}" for c in CHANGES_AND_GROUPS],
)
def test_a_bare_change_takes_the_figure_it_changes_and_a_rate_keeps_its_group(
    text: str, expected: list[tuple[str, str, str | None]], provenance: str
) -> None:
    ex = extract_text(text)
    assert [(f.surface, f.subject, f.group) for f in ex.facts] == expected
