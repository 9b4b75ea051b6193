"""Rates and indices across outlets (issue #15 "families instead of exact labels" and
the slots): the headline rate meets the headline rate whatever words state it ("eased
to", "prices rose", "the annual rate fell to"), its components and its core rate keep
rows of their own, and a forecast or a target never meets, or disputes, the level.

Every story here is invented, on the pattern of a three-outlet inflation story the
lead ran the command line on (core inflation was set against food inflation in a false
``differ`` row); the provenance column says which domain and pattern each stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, basis, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

STORIES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "economy-inflation",
        "invented: economy; the headline rate in three wordings, a component, the core "
        "rate and a forecast",
        {
            "market-desk": "Inflation eases to 3.2%\n\nAnnual inflation eased to 3.2% in "
            "March, the statistics office said. Economists had expected 3.3%. Food prices "
            "climbed 5.1% over the year, while core inflation held at 3.6%.",
            "money-wire": "Inflation slows more than expected\n\nInflation slowed to 3.2% in "
            "March, beating forecasts of 3.3%. Food inflation was 5.0% and core inflation "
            "stayed at 3.6%.",
            "city-post": "Shoppers feel the pinch as inflation slows\n\nPrices are still "
            "climbing: the annual rate fell to 3.1% in March. Food was 5.1% dearer than a "
            "year ago.",
        },
        [
            (
                "inflation",
                None,
                None,
                {"city-post": "3.1%", "market-desk": "3.2%", "money-wire": "3.2%"},
                "differ",
            ),
            (
                "food price",
                None,
                None,
                {"city-post": "5.1%", "market-desk": "5.1%", "money-wire": "5.0%"},
                "differ",
            ),
            ("inflation", None, "forecast", {"market-desk": "3.3%", "money-wire": "3.3%"}, "agree"),
            ("core inflation", None, None, {"market-desk": "3.6%", "money-wire": "3.6%"}, "agree"),
        ],
    ),
    (
        "central-bank-rate",
        "invented: central bank; the policy rate by the verb that moves it or by its name, "
        "and the target apart",
        {
            "market-desk": "The central bank raised rates to 4.5% on Thursday, its third rise "
            "this year.",
            "money-wire": "Policymakers lifted the key rate to 4.5% on Thursday.",
            "city-post": "The bank, which targets 2%, raised its benchmark rate to 4.75% on "
            "Thursday.",
        },
        [
            (
                "interest rate",
                None,
                None,
                {"city-post": "4.75%", "market-desk": "4.5%", "money-wire": "4.5%"},
                "differ",
            ),
            ("target", None, "forecast", {"city-post": "2%"}, "single"),
        ],
    ),
    (
        "jobs-unemployment-rate",
        "invented: jobs; a rate held at a level with the forecast it beat, and a rate that stayed",
        {
            "market-desk": "The unemployment rate held at 4.3% in June, above the 4.2% "
            "economists had expected.",
            "money-wire": "Joblessness stayed at 4.3% in June, official figures showed.",
        },
        [
            ("unemployment", None, None, {"market-desk": "4.3%", "money-wire": "4.3%"}, "agree"),
            ("unemployment", None, "forecast", {"market-desk": "4.2%"}, "single"),
        ],
    ),
    (
        "health-positivity",
        "invented: health; test positivity by two names, two figures",
        {
            "health-desk": "The test positivity rate rose to 11% last week, health officials said.",
            "city-wire": "Test positivity stood at 12% last week, according to health officials.",
        },
        [("test positivity", None, None, {"city-wire": "12%", "health-desk": "11%"}, "differ")],
    ),
    (
        "tourism-occupancy",
        "invented: tourism; hotel occupancy held at a level and stated plainly",
        {
            "travel-desk": "Hotel occupancy held at 84% over the holiday weekend, the tourism "
            "board said.",
            "city-wire": "Occupancy was 84% across the city's hotels over the holiday weekend.",
        },
        [("occupancy", None, None, {"city-wire": "84%", "travel-desk": "84%"}, "agree")],
    ),
    (
        "jobs-hourly-earnings",
        "invented: jobs; pay per hour by three names, a change in money restated in percent, "
        "a group's pay apart, a yearly change after a pronoun",
        {
            "jobs-desk": "Average hourly earnings for all workers at the firms rose by 11 cents, "
            "or 0.4%, in May. Pay of warehouse and delivery workers rose by 7 cents, or 0.2%.",
            "money-wire": "Common hourly earnings rose by 0.4% in May, data showed.",
            "city-post": "Hourly pay rose 0.4% in May, while it was up by 3.6% on an annual basis.",
        },
        [
            (
                "average hourly earnings",
                None,
                None,
                {"city-post": "0.4%", "jobs-desk": "0.4%", "money-wire": "0.4%"},
                "agree",
            ),
            ("average hourly earnings", None, None, {"city-post": "3.6%"}, "single"),
            ("average hourly earnings", None, None, {"jobs-desk": "11 cents"}, "single"),
            ("pay", None, None, {"jobs-desk": "7 cents"}, "single"),
            ("pay", None, None, {"jobs-desk": "0.2%"}, "single"),
        ],
    ),
    (
        "elections-approval",
        "invented: elections; an approval rating named before and after its figure",
        {
            "poll-desk": "The premier's approval rating fell to 37% in March.",
            "vote-wire": "A 37% approval rating in March is the premier's lowest.",
        },
        [("approval rating", None, None, {"poll-desk": "37%", "vote-wire": "37%"}, "agree")],
    ),
]


@pytest.mark.parametrize(
    ("name", "provenance", "story", "expected"), STORIES, ids=[s[0] for s in STORIES]
)
def test_a_rate_meets_its_rate_and_its_forecast_stays_apart(
    name: str, provenance: str, story: dict[str, str], expected: list[Expected]
) -> None:
    assert story_rows(story, "subject", "event", "basis") == expected
