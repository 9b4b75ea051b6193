"""Numbers as news writes them, held out: a second case table for issue #17 (Numbers).

``test_numbers_cases.py`` was written together with the scanner, so it shows what the
scanner covers, not how it generalises. The cases here were written afterwards, before
any of the fixes they measure and without reading the scanner: invented news sentences
from markets, jobs, health, weather, sport, tech specs, transport, elections, crime,
conflict, recipes and property, for every numbered item of the issue's "Numbers" list
and for plain everyday figures. Each case lists every quantity ``find_quantities``
must return, whole (surface, interval, unit, direction and form), worked out by hand
from the conventions of ``docs/concepts/intervals.md`` ("about" is plus or minus 10 %,
"nearly" up to 10 % below, a share of the whole in percent).

``benchmarks/bench_number_cases.py --held-out`` scores ``find_quantities`` on this table
as a whole; ``benchmarks/README.md`` records the score before and after the fixes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from discrepancy import find_quantities
from tests.mentions.test_numbers_cases import (
    CHANGE,
    DOWN,
    LEVEL,
    MARGIN,
    NONE,
    UP,
    Case,
    Exp,
    assert_case,
    x,
)

HELD = "held-out, written before the fix"


def _maker(provenance: str) -> Callable[..., Case]:
    """A maker of cases of one round: ``make(id, domain, text, *expected)``."""

    def make(ident: str, domain: str, text: str, *expected: Exp) -> Case:
        return Case(ident, f"{provenance}: {domain}", text, expected)

    return make


c = _maker(HELD)


GLUED = [
    c(
        "specs-glued",
        "tech",
        "The laptop has 16GB of memory, a 2.4GHz processor and a 65W charger.",
        x("16GB", 16, "gigabyte"),
        x("2.4GHz", 2.4, "gigahertz"),
        x("65W", 65, "watt"),
    ),
    c(
        "battery-and-panels",
        "tech",
        "The home battery stores 13.5kWh and each panel delivers 400W.",
        x("13.5kWh", 13.5, "kilowatt_hour"),
        x("400W", 400, "watt"),
    ),
    c(
        "broadband-glued",
        "tech",
        "The plan offers 500Mbps for £30 a month.",
        x("500Mbps", 500, "megabit_per_second"),
        x("£30", 30, "GBP"),
    ),
    c(
        "dose-glued",
        "health",
        "Each dose contains 250mg of the drug in 5ml of syrup.",
        x("250mg", 250, "milligram"),
        x("5ml", 5, "milliliter"),
    ),
    c(
        "truck-tonnes",
        "transport",
        "The lorry was carrying 12t of gravel when it overturned.",
        x("12t", 12, "tonne"),
    ),
    c(
        "engine-glued",
        "transport",
        "The pickup produces 400bhp and can tow 3,500kg.",
        x("400bhp", 400, "horsepower"),
        x("3,500kg", 3500, "kilogram"),
    ),
    c(
        "winds-glued-and-spaced",
        "weather",
        "Winds reached 90km/h on the coast and 110 km/h on the ridges.",
        x("90km/h", 90, "kilometer_per_hour"),
        x("110 km/h", 110, "kilometer_per_hour"),
    ),
    c(
        "rain-millimetres",
        "weather",
        "Rainfall totals hit 85mm in the hills.",
        x("85mm", 85, "millimeter"),
    ),
    c(
        "transfer-codes-glued",
        "sport",
        "The club paid GBP12m for the striker and EUR3.5m in add-ons.",
        x("GBP12m", 12_000_000, "GBP"),
        x("EUR3.5m", 3_500_000, "EUR"),
    ),
    c(
        "franc-code-glued",
        "markets",
        "The start-up raised CHF80m from investors.",
        x("CHF80m", 80_000_000, "CHF"),
    ),
    c(
        "kiwi-dollars",
        "transport",
        "The council approved NZ$4.2m for new cycle lanes.",
        x("NZ$4.2m", 4_200_000, "NZD"),
    ),
    c(
        "pence-closing",
        "markets",
        "Shares in the grocer ended the day at 312p.",
        x("312p", 312, "GBX"),
    ),
    c(
        "code-after-scaled",
        "conflict",
        "The reconstruction grant is worth 2.5 MEUR.",
        x("2.5 MEUR", 2_500_000, "EUR"),
    ),
    c(
        "laser-range-glued",
        "crime",
        "A 3-5W laser pointer was used to dazzle the pilots.",
        Exp("3-5W", 3, 5, "watt"),
    ),
    c(
        "wifi-band-range",
        "tech",
        "The router works between 2.4GHz and 5GHz.",
        Exp("between 2.4GHz and 5GHz", 2.4, 5, "gigahertz"),
    ),
    c(
        "tablet-grams",
        "tech",
        "The tablet weighs 480g and has a 6,000mAh battery.",
        x("480g", 480, "gram"),
        x("6,000mAh", 6000, "milliampere_hour"),
    ),
    c(
        "rupee-code-crore",
        "transport",
        "The metro tender was valued at INR450 crore.",
        x("INR450 crore", 4_500_000_000, "INR"),
    ),
]

NAMES = [
    c(
        "index-with-number",
        "markets",
        "The Nasdaq 100 slipped 0.4% in early trade.",
        x("0.4%", 0.4, "percent", DOWN, CHANGE),
    ),
    c(
        "phone-model-price",
        "tech",
        "The iPhone 16 goes on sale at $799.",
        x("$799", 799, "USD"),
    ),
    c(
        "plane-model-passengers",
        "transport",
        "The Airbus A320 was carrying 180 passengers.",
        x("180", 180),
    ),
    c(
        "storm-category",
        "weather",
        "The category 5 hurricane left 40 people dead.",
        # Written as no figure but the 40; corrected in round 6: a rating on a scale
        # is a measure of the storm, its word the unit.
        x("category 5", 5, "category"),
        x("40", 40),
    ),
    c(
        "flight-number",
        "transport",
        "Flight 117 landed safely with 212 people on board.",
        x("212", 212),
    ),
    c(
        "football-score-and-crowd",
        "sport",
        "Madrid beat Munich 2-1 in the semi-final before 70,000 fans.",
        x("70,000", 70_000),
    ),
    c(
        "jersey-number",
        "sport",
        "Striker Mendes (9) scored twice in the second half.",
    ),
    c(
        "shop-address",
        "crime",
        "The shop at 18 Mill Lane was robbed of £2,000 in cash.",
        x("£2,000", 2000, "GBP"),
    ),
    c(
        "zip-code",
        "property",
        "Homes in the 90210 ZIP code sold for a median of $4.1 million.",
        x("$4.1 million", 4_100_000, "USD"),
    ),
    c(
        "road-number",
        "transport",
        "Traffic on Route 66 rose 8% over the summer.",
        x("8%", 8, "percent", UP, CHANGE),
    ),
    c(
        "software-version",
        "tech",
        "Windows 11 now runs on 500 million devices.",
        x("500 million", 500_000_000),
    ),
    c(
        "group-of-seven",
        "economy",
        "The G7 leaders pledged $600 billion for infrastructure.",
        x("$600 billion", 600_000_000_000, "USD"),
    ),
    c(
        "disease-name",
        "health",
        "COVID-19 admissions fell to 1,200 last week.",
        x("1,200", 1200, None, DOWN, LEVEL),
    ),
    c(
        "jet-name",
        "conflict",
        "The F-35 programme will cost $1.7 trillion.",
        x("$1.7 trillion", 1.7e12, "USD"),
    ),
    c(
        "game-number-points",
        "sport",
        "Okafor scored 31 points in Game 5.",
        x("31", 31),
    ),
    c(
        "season-record",
        "sport",
        "The Hawks finished the regular season 12-4.",
    ),
    c(
        "standard-name",
        "economy",
        "The factory gained ISO 14001 certification last year.",
    ),
    c(
        "street-and-unit",
        "crime",
        "Police raided a flat at 7 Canal Road, Unit 12, on Monday.",
    ),
]

READINGS = [
    c(
        "half-million-dollars",
        "economy",
        "The charity received half a million dollars in gifts.",
        x("half a million dollars", 500_000, "USD"),
    ),
    c(
        "height-in-metres",
        "sport",
        "The centre stands 2.1m tall.",
        x("2.1m", 2.1, "meter"),
    ),
    c(
        "subscribers-millions",
        "tech",
        "The streaming service now has 8m subscribers in Europe.",
        x("8m", 8_000_000),
    ),
    c(
        "raised-capital-m",
        "markets",
        "The fintech raised 25M in its latest round.",
        x("25M", 25_000_000),
    ),
    c(
        "three-decimals",
        "markets",
        "The bond index closed at 98.125 on Friday.",
        x("98.125", 98.125),
    ),
    c(
        "batting-average",
        "sport",
        "The shortstop batted .298 last season.",
        x(".298", 0.298),
    ),
    c(
        "spaced-billion-letter",
        "economy",
        "India is home to 1.4 B people.",
        x("1.4 B", 1.4e9),
    ),
    c(
        "double-m-million",
        "property",
        "The tower sold for US$ 6MM.",
        x("US$ 6MM", 6_000_000, "USD"),
    ),
    c(
        "quarter-million",
        "sport",
        "The studio sold a quarter million tickets.",
        x("a quarter million", 250_000),
    ),
    c(
        "metres-race",
        "sport",
        "She won the 200m final in 22.1 seconds.",
        x("200m", 200, "meter"),
        x("22.1 seconds", 22.1, "second"),
    ),
    c(
        "gusts-speed-not-distance",
        "weather",
        "Forecasters warned of bursts of more than 220 km/h.",
        Exp("more than 220 km/h", 220, None, "kilometer_per_hour"),
    ),
    c(
        "space-thousands",
        "conflict",
        "The shelling damaged 2 207 structures in the district.",
        x("2 207", 2207),
    ),
    c(
        "words-then-digits",
        "crime",
        "Sixty one (61) stewards were hurt in the crush.",
        x("Sixty one (61)", 61),
    ),
    c(
        "words-then-digits-money",
        "economy",
        "The fine was set at ten thousand (10,000) dollars.",
        x("ten thousand (10,000) dollars", 10_000, "USD"),
    ),
]

NEGATIVES_FRACTIONS = [
    c(
        "minus-degrees",
        "weather",
        "Temperatures dropped to minus 18 degrees overnight.",
        x("minus 18 degrees", -18, "degree", DOWN, LEVEL),
    ),
    c(
        "negative-income",
        "markets",
        "Net income fell to -$450m in the quarter.",
        x("-$450m", -450_000_000, "USD", DOWN, LEVEL),
    ),
    c(
        "negative-celsius-glued",
        "weather",
        "The wind chill was -25C in the north.",
        x("-25C", -25, "degree_Celsius"),
    ),
    c(
        "two-thirds",
        "elections",
        "Two thirds of respondents backed the plan.",
        x("Two thirds", 200 / 3, "percent"),
    ),
    c(
        "three-in-ten",
        "elections",
        "Three in ten voters are still undecided.",
        x("Three in ten", 30, "percent"),
    ),
    c(
        "nearly-half",
        "health",
        "Nearly half of the hospitals reported shortages.",
        Exp("Nearly half", 45, 50, "percent"),
    ),
    c(
        "mixed-number-feet",
        "weather",
        "The snow was 3 1/2 feet deep in places.",
        x("3 1/2 feet", 3.5, "foot"),
    ),
    c(
        "threefold",
        "property",
        "Rents have risen threefold in a decade.",
        x("threefold", 3, "fold", UP, CHANGE),
    ),
    c(
        "a-third-of-flights",
        "transport",
        "A third of flights were cancelled.",
        x("A third", 100 / 3, "percent"),
    ),
    c(
        "recipe-fractions",
        "recipes",
        "Whisk 3/4 cup of milk with 2 eggs.",
        x("3/4 cup", 0.75, "cup"),
        x("2", 2),
    ),
]

SCALE_RANGES = [
    c(
        "shared-thousands",
        "sport",
        "Between 40 and 50 thousand runners took part.",
        Exp("Between 40 and 50 thousand", 40_000, 50_000),
    ),
    c(
        "shared-million-money",
        "property",
        "The repairs will cost $3 to $4 million.",
        Exp("$3 to $4 million", 3e6, 4e6, "USD"),
    ),
    c(
        "hedged-range-millions",
        "conflict",
        "Some 2 to 3 million people fled the fighting.",
        Exp("Some 2 to 3 million", 1.8e6, 3.3e6),
    ),
    c(
        "area-range",
        "property",
        "Apartments range from 45 sq m to 120 sq m.",
        Exp("from 45 sq m to 120 sq m", 45, 120, "square_meter"),
    ),
    c(
        "dose-range",
        "health",
        "Doses of 5 mg to 10 mg were given twice a day.",
        Exp("5 mg to 10 mg", 5, 10, "milligram"),
    ),
    c(
        "temperature-range-glued",
        "weather",
        "Highs of 28C to 32C are expected.",
        Exp("28C to 32C", 28, 32, "degree_Celsius"),
    ),
    c(
        "hour-shifts",
        "health",
        "Nurses work 10- to 12-hour shifts.",
        Exp("10- to 12-hour", 10, 12, "hour"),
    ),
    c(
        "respectively-prices",
        "tech",
        "The basic and pro plans cost $9 and $15 respectively.",
        x("$9", 9, "USD"),
        x("$15", 15, "USD"),
    ),
    c(
        "billion-euros-range",
        "economy",
        "The bailout will need between 1.5 and 2 billion euros.",
        Exp("between 1.5 and 2 billion euros", 1.5e9, 2e9, "EUR"),
    ),
    c(
        "change-then-level-pence",
        "markets",
        "Shares fell by 2% to 98p.",
        x("2%", 2, "percent", DOWN, CHANGE),
        x("98p", 98, "GBX", DOWN, LEVEL),
    ),
]

BOUNDS = [
    c(
        "fewer-than-tickets",
        "sport",
        "Fewer than 1,000 tickets remain.",
        Exp("Fewer than 1,000", None, 1000),
    ),
    c(
        "more-than-homes",
        "weather",
        "The fire destroyed more than 300 homes.",
        Exp("more than 300", 300, None),
    ),
    c(
        "at-least-dead",
        "weather",
        "At least 14 people died in the floods.",
        Exp("At least 14", 14, None),
    ),
    c(
        "no-more-than",
        "health",
        "No more than 30 people may gather indoors.",
        Exp("No more than 30", None, 30),
    ),
    c(
        "over-millions",
        "weather",
        "Over 2 million households lost power.",
        Exp("Over 2 million", 2e6, None),
    ),
    c(
        "up-to-speed",
        "transport",
        "The trains will run at up to 300 km/h.",
        Exp("up to 300 km/h", None, 300, "kilometer_per_hour"),
    ),
    c(
        "gusts-up-to",
        "weather",
        "Gusts of up to 120 mph are forecast.",
        Exp("up to 120 mph", None, 120, "mile_per_hour"),
    ),
    c(
        "more-but-less",
        "crime",
        "More than 50 but less than 80 vehicles were torched.",
        Exp("More than 50 but less than 80", 50, 80),
    ),
    c(
        "almost-voters",
        "elections",
        "Almost 9,000 voters were turned away.",
        Exp("Almost 9,000", 8100, 9000),
    ),
    c(
        "roughly-percent",
        "economy",
        "Roughly 40% of the budget goes on pensions.",
        Exp("Roughly 40%", 36, 44, "percent"),
    ),
    c(
        "between-people",
        "crowds",
        "Between 200 and 300 people attended the vigil.",
        Exp("Between 200 and 300", 200, 300),
    ),
    c(
        "sub-area",
        "property",
        "Sub-50 sq m flats make up most of the new supply.",
        Exp("Sub-50 sq m", None, 50, "square_meter"),
    ),
]

DIRECTION = [
    c(
        "increased-percent",
        "economy",
        "Consumer prices increased 3.1% in May.",
        x("3.1%", 3.1, "percent", UP, CHANGE),
    ),
    c(
        "declined-percent",
        "economy",
        "Exports declined 4.5 percent in the second quarter.",
        x("4.5 percent", 4.5, "percent", DOWN, CHANGE),
    ),
    c(
        "slipped-against",
        "markets",
        "The pound slipped 0.8% against the dollar.",
        x("0.8%", 0.8, "percent", DOWN, CHANGE),
    ),
    c(
        "jumped-year-on-year",
        "property",
        "Home prices jumped 7% year on year.",
        x("7%", 7, "percent", UP, CHANGE),
    ),
    c(
        "dipped-to",
        "economy",
        "Unemployment dipped to 3.9% in June.",
        x("3.9%", 3.9, "percent", DOWN, LEVEL),
    ),
    c(
        "ticked-up-to",
        "economy",
        "The vacancy rate ticked up to 6.3% in August.",
        x("6.3%", 6.3, "percent", UP, LEVEL),
    ),
    c(
        "edged-up-to-hours",
        "economy",
        "Average weekly hours edged up to 34.3 hours.",
        x("34.3 hours", 34.3, "hour", UP, LEVEL),
    ),
    c(
        "inched-up-to-price",
        "transport",
        "Gasoline prices inched up to $3.62 a gallon.",
        x("$3.62", 3.62, "USD", UP, LEVEL),
    ),
    c(
        "ticked-down-to",
        "economy",
        "Inflation ticked down to 2.9% last month.",
        x("2.9%", 2.9, "percent", DOWN, LEVEL),
    ),
    c(
        "headline-fall-units",
        "economy",
        "Car sales fall 2000 units in March.",
        x("2000", 2000, None, DOWN, CHANGE),
    ),
    c(
        "fall-of-points",
        "markets",
        "The index suffered a fall of 2019 points.",
        x("2019", 2019, None, DOWN, CHANGE),
    ),
    c(
        "rose-by-to",
        "health",
        "Hospital admissions rose by 12% to 4,500.",
        x("12%", 12, "percent", UP, CHANGE),
        x("4,500", 4500, None, UP, LEVEL),
    ),
    c(
        "fell-and-rose",
        "crime",
        "Burglaries fell 9% while arrests rose 4%.",
        x("9%", 9, "percent", DOWN, CHANGE),
        x("4%", 4, "percent", UP, CHANGE),
    ),
    c(
        "rise-in-fares",
        "transport",
        "Commuters face a 5% rise in fares.",
        x("5%", 5, "percent", UP, CHANGE),
    ),
    c(
        "decline-of-jobs",
        "economy",
        "Factories reported a decline of 15,000 jobs.",
        x("15,000", 15_000, None, DOWN, CHANGE),
    ),
    c(
        "down-from-before",
        "transport",
        "Ridership is down 20% from before the pandemic.",
        x("20%", 20, "percent", DOWN, CHANGE),
    ),
    c(
        "cents-then-dollars",
        "markets",
        "The stock gained 12 cents to $36.44.",
        x("12 cents", 0.12, "USD", UP, CHANGE),
        x("$36.44", 36.44, "USD", UP, LEVEL),
    ),
    c(
        "rose-by-cents",
        "markets",
        "Shares of the airline rose by 15 cents.",
        x("15 cents", 0.15, "USD", UP, CHANGE),
    ),
    c(
        "wages-grew",
        "economy",
        "Wages grew 4.1% from a year earlier.",
        x("4.1%", 4.1, "percent", UP, CHANGE),
    ),
    c(
        "eased-to",
        "property",
        "Mortgage rates eased to 6.7% this week.",
        x("6.7%", 6.7, "percent", DOWN, LEVEL),
    ),
    c(
        "toll-climbed-to",
        "conflict",
        "The death toll climbed to 87 on Tuesday.",
        x("87", 87, None, UP, LEVEL),
    ),
    c(
        "plunged",
        "economy",
        "Orders plunged 30% in June.",
        x("30%", 30, "percent", DOWN, CHANGE),
    ),
    c(
        "surged-to",
        "elections",
        "Turnout surged to 67% in the cities.",
        x("67%", 67, "percent", UP, LEVEL),
    ),
    c(
        "unchanged-at",
        "economy",
        "The jobless rate was unchanged at 3.8%.",
        x("3.8%", 3.8, "percent"),
    ),
    c(
        "increased-by-payrolls",
        "economy",
        "Payrolls increased by 175,000 in April.",
        x("175,000", 175_000, None, UP, CHANGE),
    ),
    c(
        "cut-by-percent",
        "health",
        "The drug cut hospital admissions by 40%.",
        x("40%", 40, "percent", DOWN, CHANGE),
    ),
    c(
        "price-rise-level",
        "property",
        "The average house price rose 2.3% to £285,000.",
        x("2.3%", 2.3, "percent", UP, CHANGE),
        x("£285,000", 285_000, "GBP", UP, LEVEL),
    ),
    c(
        "oil-fell-to",
        "markets",
        "Brent crude fell $1.20 to $82.40 a barrel.",
        x("$1.20", 1.2, "USD", DOWN, CHANGE),
        x("$82.40", 82.4, "USD", DOWN, LEVEL),
    ),
    c(
        "points-or-percent-to",
        "markets",
        "The FTSE 100 gained 45 points, or 0.6%, to 7,700.",
        x("45", 45, None, UP, CHANGE),
        x("0.6%", 0.6, "percent", UP, CHANGE),
        x("7,700", 7700, None, UP, LEVEL),
    ),
    c(
        "turnout-points-to",
        "elections",
        "Turnout fell 5 points to 58%.",
        x("5", 5, None, DOWN, CHANGE),
        x("58%", 58, "percent", DOWN, LEVEL),
    ),
    c(
        "leads-by",
        "elections",
        "The senator leads her rival by 4 points.",
        x("4", 4, None, "none", MARGIN),
    ),
    c(
        "soared-percent",
        "tech",
        "Chip sales soared 45% on demand for servers.",
        x("45%", 45, "percent", UP, CHANGE),
    ),
]

YEARS_MODIFIERS = [
    c(
        "average-per-month",
        "health",
        "The clinic treats an average of 1500 patients a month.",
        x("1500", 1500),
    ),
    c(
        "possessive-year-results",
        "markets",
        "Its 2023 results beat forecasts.",
    ),
    c(
        "target-year",
        "property",
        "The city wants 10,000 new homes by 2030.",
        x("10,000", 10_000),
    ),
    c(
        "area-modifier-not-year",
        "property",
        "The 1200 sq ft apartment sold within a week.",
        x("1200 sq ft", 1200, "square_foot"),
    ),
    c(
        "bedroom-compound",
        "property",
        "A three-bedroom house in the suburb costs $650,000.",
        x("$650,000", 650_000, "USD"),
    ),
    c(
        "hedged-number-not-year",
        "crowds",
        "Roughly 1900 people signed the petition.",
        Exp("Roughly 1900", 1710, 2090),
    ),
    c(
        "points-not-year",
        "sport",
        "The team scored 2024 points over the season.",
        x("2024", 2024),
    ),
    c(
        "kilograms-not-year",
        "crime",
        "Customs seized 1998 kilograms of cocaine.",
        x("1998 kilograms", 1998, "kilogram"),
    ),
    c(
        "five-year-plan",
        "economy",
        "A five-year plan will cost $2bn.",
        x("$2bn", 2e9, "USD"),
    ),
    c(
        "now-age-compound",
        "crime",
        "Her now-9-year-old son testified on Monday.",
    ),
    c(
        "year-in-date",
        "elections",
        "The party last won the seat in 1997.",
    ),
]

SMALLER = [
    c(
        "marathon-time",
        "sport",
        "The winner crossed the line in 2:08:35.",
    ),
    c(
        "pounds-and-pence",
        "economy",
        "A loaf now costs 1 pound and 50 pence.",
        x("1 pound and 50 pence", 1.5, "GBP"),
    ),
    c(
        "feet-and-inches-height",
        "crime",
        "The suspect is described as 5 ft 10 in.",
        x("5 ft 10 in", 5 + 10 / 12, "foot"),
    ),
    c(
        "lakh-grouping-rupees",
        "economy",
        "The fund holds Rs 3,45,000.",
        x("Rs 3,45,000", 345_000, "INR"),
    ),
    c(
        "lakh-crore-rupees",
        "economy",
        "The state budget is 2 lakh crore rupees.",
        x("2 lakh crore rupees", 2e12, "INR"),
    ),
    c(
        "pronoun-one",
        "transport",
        "The first bus was late and the next one never came.",
    ),
]

EVERYDAY = [
    c(
        "snow-centimetres",
        "weather",
        "The storm dumped 30 cm of snow on the capital.",
        x("30 cm", 30, "centimeter"),
    ),
    c(
        "arrests",
        "crime",
        "Police arrested 23 people after the match.",
        x("23", 23),
    ),
    c(
        "hospital-beds",
        "health",
        "The hospital has 450 beds.",
        x("450", 450),
    ),
    c(
        "cancelled-flights",
        "transport",
        "The airline cancelled 1,200 flights.",
        x("1,200", 1200),
    ),
    c(
        "turnout-share",
        "elections",
        "Voter turnout was 61.4%.",
        x("61.4%", 61.4, "percent"),
    ),
    c(
        "vote-count",
        "elections",
        "The candidate received 48,210 votes.",
        x("48,210", 48_210),
    ),
    c(
        "bridge-length",
        "transport",
        "The bridge is 1.2 km long.",
        x("1.2 km", 1.2, "kilometer"),
    ),
    c(
        "quake-magnitude",
        "weather",
        "A magnitude 6.1 quake struck at dawn.",
        x("magnitude 6.1", 6.1, "magnitude"),
    ),
    c(
        "hectares-burned",
        "weather",
        "Firefighters battled a blaze covering 3,000 hectares.",
        x("3,000 hectares", 3000, "hectare"),
    ),
    c(
        "recipe-oven",
        "recipes",
        "Bake for 25 minutes at 180C.",
        x("25 minutes", 25, "minute"),
        x("180C", 180, "degree_Celsius"),
    ),
    c(
        "recipe-grams",
        "recipes",
        "The recipe needs 200 g of flour and 2 eggs.",
        x("200 g", 200, "gram"),
        x("2", 2),
    ),
    c(
        "house-price",
        "property",
        "The cottage sold for £475,000.",
        x("£475,000", 475_000, "GBP"),
    ),
    c(
        "seized-kilograms",
        "crime",
        "Police seized 12 kg of heroin.",
        x("12 kg", 12, "kilogram"),
    ),
    c(
        "killed-and-wounded-words",
        "conflict",
        "Twelve soldiers were killed and 30 wounded.",
        x("Twelve", 12),
        x("30", 30),
    ),
    c(
        "million-marchers",
        "crowds",
        "Two million people marched in the capital.",
        x("Two million", 2e6),
    ),
    c(
        "tens-of-thousands",
        "crowds",
        "Tens of thousands of people rallied in the square.",
        Exp("Tens of thousands", 20_000, None),
    ),
    c(
        "dozens-of-homes",
        "weather",
        "Dozens of homes were flooded.",
        Exp("Dozens", 24, None),
    ),
    c(
        "seats-of",
        "elections",
        "The ruling party won 212 of the 450 seats.",
        x("212", 212),
        x("450", 450),
    ),
    c(
        "vote-shares",
        "elections",
        "She won 52.3% of the vote to his 46.1%.",
        x("52.3%", 52.3, "percent"),
        x("46.1%", 46.1, "percent"),
    ),
    c(
        "intercepted-of",
        "conflict",
        "The army said it intercepted 38 of 42 drones.",
        x("38", 38),
        x("42", 42),
    ),
    c(
        "temperature-reached",
        "weather",
        "The mercury reached 41.5C in Seville.",
        x("41.5C", 41.5, "degree_Celsius"),
    ),
    c(
        "train-speed",
        "transport",
        "The new train travels at 320 km/h.",
        x("320 km/h", 320, "kilometer_per_hour"),
    ),
    c(
        "runway-metres",
        "transport",
        "The new runway is 3,800 m long.",
        x("3,800 m", 3800, "meter"),
    ),
    c(
        "score-and-crowd",
        "sport",
        "The Reds won 4-0 in front of 52,000 spectators.",
        x("52,000", 52_000),
    ),
    c(
        "doses-some",
        "health",
        "Some 3.5 million doses were given.",
        Exp("Some 3.5 million", 3.15e6, 3.85e6),
    ),
    c(
        "screen-inches",
        "tech",
        "The phone has a 6.1-inch screen.",
        x("6.1-inch", 6.1, "inch"),
    ),
    c(
        "barrels-a-day",
        "markets",
        "The field pumps 1.2 million barrels a day.",
        x("1.2 million barrels", 1.2e6, "barrel"),
    ),
    c(
        "euro-milk",
        "economy",
        "Milk costs €1.19 in most shops.",
        x("€1.19", 1.19, "EUR"),
    ),
    c(
        "yen-amount",
        "markets",
        "The bank set aside ¥300 billion for losses.",
        x("¥300 billion", 3e11, "JPY"),
    ),
    c(
        "percent-word-share",
        "health",
        "About 15 per cent of adults smoke.",
        Exp("About 15 per cent", 13.5, 16.5, "percent"),
    ),
]


# Round two, written after the first round's fixes and before its own: wire copy of
# markets, jobs and prices where the direction of change decides, and more plain figures.
HELD2 = "held-out, written before the fix (round 2)"

c2 = _maker(HELD2)


DIRECTION_2 = [
    c2(
        "increased-to-from",
        "markets",
        "Revenue increased to $5.2 billion from $4.8 billion a year earlier.",
        x("$5.2 billion", 5.2e9, "USD", UP, LEVEL),
        x("$4.8 billion", 4.8e9, "USD", UP, LEVEL),
    ),
    c2(
        "down-at-price",
        "markets",
        "Shares were down 3.4% at $12.50 in afternoon trading.",
        x("3.4%", 3.4, "percent", DOWN, CHANGE),
        x("$12.50", 12.5, "USD"),
    ),
    c2(
        "more-than-doubled-to",
        "markets",
        "Profit more than doubled to $3 billion.",
        x("$3 billion", 3e9, "USD", UP, LEVEL),
    ),
    c2(
        "tumbled-nearly",
        "markets",
        "Oil prices have tumbled nearly 40% since June.",
        Exp("nearly 40%", 36, 40, "percent", DOWN, CHANGE),
    ),
    c2(
        "strengthened-to",
        "markets",
        "The euro strengthened 0.5% to $1.09.",
        x("0.5%", 0.5, "percent", UP, CHANGE),
        x("$1.09", 1.09, "USD", UP, LEVEL),
    ),
    c2(
        "decreased-by-to",
        "jobs",
        "Jobless claims decreased by 12,000 to 220,000.",
        x("12,000", 12_000, None, DOWN, CHANGE),
        x("220,000", 220_000, None, DOWN, LEVEL),
    ),
    c2(
        "slumped-by-a-fifth",
        "economy",
        "Sales in China slumped by a fifth.",
        x("a fifth", 20, "percent", DOWN, CHANGE),
    ),
    c2(
        "rise-by-up-to",
        "economy",
        "Prices are expected to rise by up to 3% next year.",
        Exp("up to 3%", None, 3, "percent", UP, CHANGE),
    ),
    c2(
        "risen-to-at-least",
        "weather",
        "The death toll has risen to at least 45.",
        Exp("at least 45", 45, None, None, UP, LEVEL),
    ),
    c2(
        "dropped-from-to",
        "sport",
        "Ticket sales dropped from 1.2 million to 900,000.",
        x("1.2 million", 1.2e6, None, DOWN, LEVEL),
        x("900,000", 900_000, None, DOWN, LEVEL),
    ),
    c2(
        "up-on-last-year",
        "crowds",
        "Attendance was up 15 percent on last year.",
        x("15 percent", 15, "percent", UP, CHANGE),
    ),
    c2(
        "accelerated-to",
        "economy",
        "Inflation accelerated to 3.4% in December.",
        x("3.4%", 3.4, "percent", UP, LEVEL),
    ),
    c2(
        "contracted",
        "economy",
        "GDP contracted 0.3% in the third quarter.",
        x("0.3%", 0.3, "percent", DOWN, CHANGE),
    ),
    c2(
        "inventories-barrels",
        "markets",
        "Crude inventories fell by 2.1 million barrels.",
        x("2.1 million barrels", 2.1e6, "barrel", DOWN, CHANGE),
    ),
    c2(
        "tax-by-cents",
        "health",
        "The tax will increase the price of a pack by 50 cents.",
        x("50 cents", 0.5, "USD", UP, CHANGE),
    ),
    c2(
        "crore-year-on-year",
        "markets",
        "Net profit declined 8 per cent year-on-year to Rs 1,245 crore.",
        x("8 per cent", 8, "percent", DOWN, CHANGE),
        x("Rs 1,245 crore", 1.245e10, "INR", DOWN, LEVEL),
    ),
    c2(
        "plunged-below",
        "markets",
        "Bitcoin plunged below $60,000 on Monday.",
        Exp("below $60,000", None, 60_000, "USD", DOWN, LEVEL),
    ),
    c2(
        "closed-up",
        "markets",
        "The Nikkei closed up 1.2% on Friday.",
        x("1.2%", 1.2, "percent", UP, CHANGE),
    ),
    c2(
        "lost-against",
        "markets",
        "The currency has lost 30% against the dollar this year.",
        x("30%", 30, "percent", DOWN, CHANGE),
    ),
    c2(
        "an-increase-of-after-level",
        "transport",
        "The carmaker delivered 435,000 vehicles, an increase of 6.4%.",
        x("435,000", 435_000),
        x("6.4%", 6.4, "percent", UP, CHANGE),
    ),
    c2(
        "shrank-by-money",
        "markets",
        "The firm's market value shrank by $200bn.",
        x("$200bn", 2e11, "USD", DOWN, CHANGE),
    ),
    c2(
        "go-up-by",
        "transport",
        "Rail fares will go up by 5.9% in March.",
        x("5.9%", 5.9, "percent", UP, CHANGE),
    ),
    c2(
        "dropped-to-level",
        "jobs",
        "Job vacancies dropped 9% to 8.8 million.",
        x("9%", 9, "percent", DOWN, CHANGE),
        x("8.8 million", 8.8e6, None, DOWN, LEVEL),
    ),
    c2(
        "soared-as-much-as",
        "markets",
        "Wheat prices soared as much as 6% in Chicago.",
        Exp("as much as 6%", None, 6, "percent", UP, CHANGE),
    ),
    c2(
        "flat-at",
        "transport",
        "Sales were flat at 2.3 million units.",
        x("2.3 million", 2.3e6),
    ),
    c2(
        "rents-increased-pounds",
        "property",
        "Average rents increased £45 a month.",
        x("£45", 45, "GBP", UP, CHANGE),
    ),
    c2(
        "fell-while-rose",
        "economy",
        "Emissions fell 4 per cent, while output rose 2 per cent.",
        x("4 per cent", 4, "percent", DOWN, CHANGE),
        x("2 per cent", 2, "percent", UP, CHANGE),
    ),
    c2(
        "points-then-percent-level",
        "elections",
        "Turnout dropped 7 percentage points to 52%.",
        x("7 percentage points", 7, "percentage_point", DOWN, CHANGE),
        x("52%", 52, "percent", DOWN, LEVEL),
    ),
    c2(
        "surged-more-than",
        "health",
        "Cases have surged more than 50% in a week.",
        Exp("more than 50%", 50, None, "percent", UP, CHANGE),
    ),
    c2(
        "down-by-almost-a-quarter",
        "health",
        "Patient numbers are down by almost a quarter.",
        Exp("almost a quarter", 22.5, 25, "percent", DOWN, CHANGE),
    ),
    c2(
        "weakened-to",
        "markets",
        "The rupee weakened to 83.5 against the dollar.",
        x("83.5", 83.5, None, DOWN, LEVEL),
    ),
    c2(
        "a-rise-of",
        "economy",
        "Wages showed a rise of 5.6% in the year to June.",
        x("5.6%", 5.6, "percent", UP, CHANGE),
    ),
    c2(
        "percent-decline",
        "property",
        "Builders reported a 14 percent decline in new orders.",
        x("14 percent", 14, "percent", DOWN, CHANGE),
    ),
    c2(
        "rallied",
        "markets",
        "The Hang Seng rallied 2.8% on stimulus hopes.",
        x("2.8%", 2.8, "percent", UP, CHANGE),
    ),
    c2(
        "slid-to-lowest",
        "markets",
        "Copper slid 1.1% to $8,200 a tonne.",
        x("1.1%", 1.1, "percent", DOWN, CHANGE),
        x("$8,200", 8200, "USD", DOWN, LEVEL),
    ),
]

PLAIN_2 = [
    c2(
        "killed-and-injured",
        "weather",
        "The quake killed more than 2,000 people and injured 5,000.",
        Exp("more than 2,000", 2000, None),
        x("5,000", 5000),
    ),
    c2(
        "around-percent",
        "weather",
        "Around 70 percent of the city lost power.",
        Exp("Around 70 percent", 63, 77, "percent"),
    ),
    c2(
        "tonnes-of-oil",
        "transport",
        "The tanker spilled 10,000 tonnes of oil.",
        x("10,000 tonnes", 10_000, "tonne"),
    ),
    c2(
        "sentenced-years",
        "crime",
        "He was sentenced to 12 years in prison.",
        x("12 years", 12, "year"),
    ),
    c2(
        "ship-length-weight",
        "transport",
        "The ship is 300 metres long and weighs 100,000 tonnes.",
        x("300 metres", 300, "meter"),
        x("100,000 tonnes", 100_000, "tonne"),
    ),
    c2(
        "employs-about",
        "jobs",
        "The company employs about 12,500 people worldwide.",
        Exp("about 12,500", 11_250, 13_750),
    ),
    c2(
        "eighty-five-per-cent",
        "elections",
        "Eighty-five per cent of the vote went to the incumbent.",
        x("Eighty-five per cent", 85, "percent"),
    ),
    c2(
        "litre-of-petrol",
        "transport",
        "A litre of petrol now costs 1.85 euros.",
        x("1.85 euros", 1.85, "EUR"),
    ),
    c2(
        "package-over-years",
        "economy",
        "The aid package is worth €50bn over four years.",
        x("€50bn", 5e10, "EUR"),
        x("four years", 4, "year"),
    ),
    c2(
        "one-in-four",
        "health",
        "Officials said 1 in 4 children is malnourished.",
        x("1 in 4", 25, "percent"),
    ),
    c2(
        "rain-in-hours",
        "weather",
        "The storm brought 150mm of rain in 24 hours.",
        x("150mm", 150, "millimeter"),
        x("24 hours", 24, "hour"),
    ),
    c2(
        "cannabis-worth",
        "crime",
        "Police recovered 3.5kg of cannabis worth £35,000.",
        x("3.5kg", 3.5, "kilogram"),
        x("£35,000", 35_000, "GBP"),
    ),
    c2(
        "tower-tall",
        "property",
        "The tower stands 828 metres tall.",
        x("828 metres", 828, "meter"),
    ),
    c2(
        "transistors",
        "tech",
        "The chip has 20 billion transistors.",
        x("20 billion", 2e10),
    ),
    c2(
        "phones-sold",
        "tech",
        "Apple sold 50.8 million iPhones in the quarter.",
        x("50.8 million", 50.8e6),
    ),
    c2(
        "trillion-assets",
        "markets",
        "The fund manages $1.3tn in assets.",
        x("$1.3tn", 1.3e12, "USD"),
    ),
    c2(
        "infected-countries",
        "health",
        "The outbreak has infected 1,024 people in 12 countries.",
        x("1,024", 1024),
        x("12", 12),
    ),
    c2(
        "flood-hectares-words",
        "weather",
        "Floods covered nearly two million hectares of farmland.",
        Exp("nearly two million hectares", 1.8e6, 2e6, "hectare"),
    ),
    c2(
        "bail-set",
        "crime",
        "Bail was set at $250,000 for each of the 3 suspects.",
        x("$250,000", 250_000, "USD"),
        x("3", 3),
    ),
    c2(
        "majority-seats",
        "elections",
        "The coalition holds 326 of 650 seats, a majority of two.",
        x("326", 326),
        x("650", 650),
        x("two", 2, None, "none", MARGIN),
    ),
    c2(
        "speed-limit",
        "transport",
        "The speed limit will drop to 20mph in the town centre.",
        x("20mph", 20, "mile_per_hour", DOWN, LEVEL),
    ),
    c2(
        "half-marathon",
        "sport",
        "About 15,000 runners finished the race in under three hours.",
        Exp("About 15,000", 13_500, 16_500),
        Exp("under three hours", None, 3, "hour"),
    ),
    c2(
        "recipe-oven-fahrenheit",
        "recipes",
        "Roast at 425F for 40 minutes.",
        x("425F", 425, "degree_Fahrenheit"),
        x("40 minutes", 40, "minute"),
    ),
    c2(
        "acres-burned",
        "weather",
        "The wildfire has burned 12,000 acres and is 30% contained.",
        x("12,000 acres", 12_000, "acre"),
        x("30%", 30, "percent"),
    ),
]


# Round three, written after round two's fixes and before its own: wire copy again, the
# forms of markets, statistics and politics round two did not try.
HELD3 = "held-out, written before the fix (round 3)"

c3 = _maker(HELD3)


ROUND_3 = [
    c3(
        "per-share",
        "markets",
        "The company will pay $1.25 a share in cash.",
        x("$1.25", 1.25, "USD"),
    ),
    c3(
        "point-lead",
        "elections",
        "The Democrat holds a 10-point lead in the polls.",
        x("10", 10, None, "none", MARGIN),
    ),
    c3("a-dozen", "crime", "A dozen people were arrested.", x("A dozen", 12)),
    c3(
        "square-feet-million",
        "property",
        "The building spans 1 million square feet.",
        x("1 million square feet", 1e6, "square_foot"),
    ),
    c3(
        "annual-rate",
        "economy",
        "The economy grew at a 2.5 percent annual rate.",
        x("2.5 percent", 2.5, "percent", UP, CHANGE),
    ),
    c3(
        "stands-at",
        "jobs",
        "Unemployment among young people stands at 14.2%.",
        x("14.2%", 14.2, "percent"),
    ),
    c3(
        "half-of-workers",
        "jobs",
        "Half of the 300 workers will lose their jobs.",
        x("Half", 50, "percent"),
        x("300", 300),
    ),
    c3(
        "fell-as-much-as",
        "markets",
        "The stock fell as much as 9.5% before paring losses.",
        Exp("as much as 9.5%", None, 9.5, "percent", DOWN, CHANGE),
    ),
    c3(
        "fell-after-rising",
        "economy",
        "Retail sales fell 0.2% last month after rising 0.4% in April.",
        x("0.2%", 0.2, "percent", DOWN, CHANGE),
        x("0.4%", 0.4, "percent", UP, CHANGE),
    ),
    c3(
        "rate-band",
        "economy",
        "The Fed held rates steady at 5.25%-5.5%.",
        Exp("5.25%-5.5%", 5.25, 5.5, "percent"),
    ),
    c3(
        "record-per-ounce",
        "markets",
        "Gold hit a record $2,450 an ounce.",
        x("$2,450", 2450, "USD"),
    ),
    c3(
        "percent-higher-than",
        "transport",
        "Airfares are 25% higher than a year ago.",
        x("25%", 25, "percent", UP, CHANGE),
    ),
    c3(
        "money-or-percent",
        "economy",
        "Household debt rose $184 billion, or 1.1%, in the quarter.",
        x("$184 billion", 184e9, "USD", UP, CHANGE),
        x("1.1%", 1.1, "percent", UP, CHANGE),
    ),
    c3(
        "more-than-a-third",
        "health",
        "More than a third of adults are obese.",
        Exp("More than a third", 100 / 3, None, "percent"),
    ),
    c3(
        "fleet-age",
        "transport",
        "The average age of the fleet is 12.5 years.",
        x("12.5 years", 12.5, "year"),
    ),
    c3(
        "fee-about",
        "sport",
        "The club signed the striker for a fee of about £40m.",
        Exp("about £40m", 36e6, 44e6, "GBP"),
    ),
    c3(
        "more-than-last-season",
        "sport",
        "Some 40,000 fans packed the stadium, 5,000 more than last season.",
        Exp("Some 40,000", 36_000, 44_000),
        x("5,000", 5000, None, UP, CHANGE),
    ),
    c3(
        "rises-to-wage",
        "jobs",
        "The minimum wage rises to £11.44 an hour in April.",
        x("£11.44", 11.44, "GBP", UP, LEVEL),
    ),
    c3(
        "down-from-a-year-earlier",
        "economy",
        "Output was down 1.5% from a year earlier.",
        x("1.5%", 1.5, "percent", DOWN, CHANGE),
    ),
    c3(
        "effective-percent",
        "health",
        "The vaccine was 95% effective in trials.",
        x("95%", 95, "percent"),
    ),
    c3(
        "homes-without-power",
        "weather",
        "The storm left 250,000 homes without power.",
        x("250,000", 250_000),
    ),
    c3(
        "fell-below-first-time",
        "health",
        "The waiting list fell below 7.5 million for the first time.",
        Exp("below 7.5 million", None, 7.5e6, None, DOWN, LEVEL),
    ),
    c3(
        "record-low-of",
        "health",
        "Births dropped to a record low of 1.49 children per woman.",
        x("1.49", 1.49, None, DOWN, LEVEL),
    ),
    c3(
        "rose-nearly-to",
        "transport",
        "Traffic deaths rose nearly 10 percent to 42,915.",
        Exp("nearly 10 percent", 9, 10, "percent", UP, CHANGE),
        x("42,915", 42_915, None, UP, LEVEL),
    ),
    c3(
        "wind-from-to-glued",
        "weather",
        "Wind speeds dropped from 140mph to 90mph overnight.",
        x("140mph", 140, "mile_per_hour", DOWN, LEVEL),
        x("90mph", 90, "mile_per_hour", DOWN, LEVEL),
    ),
    c3(
        "fall-in-sterling",
        "markets",
        "A 2% fall in sterling pushed up import prices.",
        x("2%", 2, "percent", DOWN, CHANGE),
    ),
    c3(
        "turnout-hit",
        "elections",
        "Turnout hit 72 per cent, the highest since 1992.",
        x("72 per cent", 72, "percent"),
    ),
    c3(
        "grown-to-cases",
        "health",
        "The measles outbreak has grown to 58 cases.",
        x("58", 58, None, UP, LEVEL),
    ),
    c3(
        "buried-at-least",
        "weather",
        "The landslide buried at least 20 homes.",
        Exp("at least 20", 20, None),
    ),
    c3(
        "losses-narrowed",
        "markets",
        "The firm's losses narrowed to $1.1bn from $2.4bn.",
        x("$1.1bn", 1.1e9, "USD", DOWN, LEVEL),
        x("$2.4bn", 2.4e9, "USD", DOWN, LEVEL),
    ),
    c3(
        "firmed-per-dollar",
        "markets",
        "Brazil's real firmed 0.7% to 5.12 per dollar.",
        x("0.7%", 0.7, "percent", UP, CHANGE),
        x("5.12", 5.12, None, UP, LEVEL),
    ),
    c3(
        "eased-comma-from",
        "economy",
        "Inflation in Turkey eased to 61.8%, from 68.5% in May.",
        x("61.8%", 61.8, "percent", DOWN, LEVEL),
        x("68.5%", 68.5, "percent", DOWN, LEVEL),
    ),
    c3(
        "grew-by-comma-to",
        "economy",
        "The population grew by 1.2 million last year, to 68.3 million.",
        x("1.2 million", 1.2e6, None, UP, CHANGE),
        x("68.3 million", 68.3e6, None, UP, LEVEL),
    ),
    c3("tickets-cost", "sport", "Tickets cost €19 for adults.", x("€19", 19, "EUR")),
    c3(
        "zero-percent",
        "weather",
        "The blaze was 0% contained as of Sunday.",
        x("0%", 0, "percent"),
    ),
    c3(
        "survivors-pulled",
        "conflict",
        "Rescuers pulled 17 survivors from the rubble.",
        x("17", 17),
    ),
    c3(
        "recall-years",
        "transport",
        "The recall covers 1.8 million vehicles built between 2019 and 2023.",
        x("1.8 million", 1.8e6),
    ),
    c3(
        "jumped-per-cent-to-units",
        "transport",
        "Sales of electric cars jumped 40 per cent to 1.2 million units.",
        x("40 per cent", 40, "percent", UP, CHANGE),
        x("1.2 million", 1.2e6, None, UP, LEVEL),
    ),
    c3(
        "basis-points-to",
        "markets",
        "The yield fell 12 basis points to 4.7%.",
        # Written as the bare "12"; corrected in round 6, which gives basis points a unit.
        x("12 basis points", 12, "basis_point", DOWN, CHANGE),
        x("4.7%", 4.7, "percent", DOWN, LEVEL),
    ),
    c3(
        "decreased-by-in-year",
        "crime",
        "Crime in the city decreased by 8.4 percent in 2023.",
        x("8.4 percent", 8.4, "percent", DOWN, CHANGE),
    ),
]


# Round four, written after every earlier fix and before running the scanner on it: a
# last measure of generalisation, mixed domains and forms.
HELD4 = "held-out, written before the fix (round 4)"

c4 = _maker(HELD4)


ROUND_4 = [
    c4(
        "ferry-capacity",
        "transport",
        "The ferry, built to carry 1,200 passengers, had 1,450 on board.",
        x("1,200", 1200),
        x("1,450", 1450),
    ),
    c4(
        "heat-record",
        "weather",
        "Thermometers hit 47.6C, beating the old record by 0.8C.",
        x("47.6C", 47.6, "degree_Celsius"),
        x("0.8C", 0.8, "degree_Celsius", "none", MARGIN),
    ),
    c4(
        "bond-yield-rose-to",
        "markets",
        "The 10-year yield rose 6 basis points to 4.45%.",
        x("10-year", 10, "year"),
        # Written as the bare "6"; corrected in round 6, which gives basis points a unit.
        x("6 basis points", 6, "basis_point", UP, CHANGE),
        x("4.45%", 4.45, "percent", UP, LEVEL),
    ),
    c4(
        "layoffs-percent-of",
        "jobs",
        "The bank will cut 3,500 jobs, about 5% of its workforce.",
        x("3,500", 3500),
        Exp("about 5%", 4.5, 5.5, "percent"),
    ),
    c4(
        "polls-margin-of-error",
        "elections",
        "The poll of 1,004 adults has a margin of error of 3.1 points.",
        x("1,004", 1004),
        x("3.1", 3.1, None, "none", MARGIN),
    ),
    c4(
        "drug-price-cut",
        "health",
        "The maker cut the list price of its inhaler by 70% to $35.",
        x("70%", 70, "percent", DOWN, CHANGE),
        x("$35", 35, "USD", DOWN, LEVEL),
    ),
    c4(
        "arrests-doubled",
        "crime",
        "Arrests for shoplifting doubled to 4,200 last year.",
        x("4,200", 4200, None, UP, LEVEL),
    ),
    c4(
        "refugees-crossed",
        "conflict",
        "More than 70,000 refugees crossed the border in 48 hours.",
        Exp("More than 70,000", 70_000, None),
        x("48 hours", 48, "hour"),
    ),
    c4(
        "crowd-estimate-range",
        "crowds",
        "Organisers put the crowd at 250,000; police said 80,000 to 100,000.",
        x("250,000", 250_000),
        Exp("80,000 to 100,000", 80_000, 100_000),
    ),
    c4(
        "house-prices-annual",
        "property",
        "Prices fell 1.8% in the year to March, the steepest drop since 2009.",
        x("1.8%", 1.8, "percent", DOWN, CHANGE),
    ),
    c4(
        "recipe-oven-and-weight",
        "recipes",
        "Bake the 2kg joint at 190C for 1 hour 40 minutes.",
        x("2kg", 2, "kilogram"),
        x("190C", 190, "degree_Celsius"),
        x("1 hour", 1, "hour"),
        x("40 minutes", 40, "minute"),
    ),
    c4(
        "storage-phone",
        "tech",
        "The base model now starts with 256GB, double the 128GB before.",
        x("256GB", 256, "gigabyte"),
        x("128GB", 128, "gigabyte"),
    ),
    c4(
        "stadium-capacity-words",
        "sport",
        "The new ground will hold sixty thousand fans, ten thousand more than the old one.",
        x("sixty thousand", 60_000),
        x("ten thousand", 10_000, None, UP, CHANGE),
    ),
    c4(
        "inflation-slowed-from",
        "economy",
        "Inflation slowed to 2.6% in July from 3% in June.",
        x("2.6%", 2.6, "percent", DOWN, LEVEL),
        x("3%", 3, "percent", DOWN, LEVEL),
    ),
    c4(
        "wildfire-containment",
        "weather",
        "The fire has scorched 34,000 hectares and destroyed at least 120 homes.",
        x("34,000 hectares", 34_000, "hectare"),
        Exp("at least 120", 120, None),
    ),
    c4(
        "bail-and-sentence",
        "crime",
        "The judge denied bail and set a trial date; he faces up to 20 years.",
        Exp("up to 20 years", None, 20, "year"),
    ),
    c4(
        "turnout-record-low",
        "elections",
        "Turnout slumped to 52.4%, down 8 points on 2019.",
        x("52.4%", 52.4, "percent", DOWN, LEVEL),
        x("8", 8, None, DOWN, CHANGE),
    ),
    c4(
        "fuel-duty-pence",
        "transport",
        "Fuel duty will rise by 5p a litre in April.",
        x("5p", 5, "GBX", UP, CHANGE),
    ),
    c4(
        "hospital-waits",
        "health",
        "Some 7.6 million people are waiting for treatment, 400,000 of them for over a year.",
        Exp("Some 7.6 million", 6.84e6, 8.36e6),
        x("400,000", 400_000),
    ),
    c4(
        "gdp-per-capita",
        "economy",
        "GDP per head reached $12,300, against $9,800 a decade ago.",
        x("$12,300", 12_300, "USD"),
        x("$9,800", 9800, "USD"),
    ),
    c4(
        "chip-speeds",
        "tech",
        "The chip runs at up to 5.8GHz and draws 125W.",
        Exp("up to 5.8GHz", None, 5.8, "gigahertz"),
        x("125W", 125, "watt"),
    ),
    c4(
        "shares-slumped-pence",
        "markets",
        "Shares slumped 14% to 182p after the warning.",
        x("14%", 14, "percent", DOWN, CHANGE),
        x("182p", 182, "GBX", DOWN, LEVEL),
    ),
    c4(
        "snow-depth-range",
        "weather",
        "Between 10 and 20cm of snow is expected on higher ground.",
        Exp("Between 10 and 20cm", 10, 20, "centimeter"),
    ),
    c4(
        "missile-count-hedged",
        "conflict",
        "The army said it shot down nearly 40 of the roughly 50 missiles fired.",
        Exp("nearly 40", 36, 40),
        Exp("roughly 50", 45, 55),
    ),
    c4(
        "rent-rise-percent-pounds",
        "property",
        "Average rents rose 9.2% to £1,285 a month.",
        x("9.2%", 9.2, "percent", UP, CHANGE),
        x("£1,285", 1285, "GBP", UP, LEVEL),
    ),
    c4(
        "cases-quadrupled",
        "health",
        "Measles cases have quadrupled in a year.",
    ),
    c4(
        "power-plant",
        "tech",
        "The plant will generate 1.6GW, enough for 2 million homes.",
        x("1.6GW", 1.6, "gigawatt"),
        x("2 million", 2e6),
    ),
    c4(
        "fraction-of-budget",
        "economy",
        "Defence takes up just over a fifth of the budget.",
        Exp("just over a fifth", 20, None, "percent"),
    ),
    c4(
        "train-delays-minutes",
        "transport",
        "Trains ran an average of 12 minutes late, up from 7 minutes.",
        x("12 minutes", 12, "minute", UP, LEVEL),
        x("7 minutes", 7, "minute", UP, LEVEL),
    ),
    c4(
        "seats-gained",
        "elections",
        "The party gained 34 seats to finish with 211.",
        x("34", 34, None, UP, CHANGE),
        # Written as a level of no direction; corrected after the run: "to finish with
        # 211" is the level the gain reached, up, as in "rose by 34 to 211".
        x("211", 211, None, UP, LEVEL),
    ),
]


# Round five (session nine), written before the fix: phrasal verbs whose "down" or "up"
# is a particle before a share ("shot down 90% of the drones"), beside real changes.
HELD5 = "held-out, written before the fix (round 5)"

c5 = _maker(HELD5)


PARTICLES_5 = [
    c5(
        "shot-down-share",
        "conflict",
        "Air defences shot down 90% of the incoming drones.",
        x("90%", 90, "percent"),
    ),
    c5(
        "brought-down-share",
        "conflict",
        "Gunners brought down about a third of the missiles.",
        Exp("about a third", 33.333333333333336 * 0.9, 33.333333333333336 * 1.1, "percent"),
    ),
    c5(
        "tracked-down-share",
        "crime",
        "Detectives tracked down 60% of the stolen cars.",
        x("60%", 60, "percent"),
    ),
    c5(
        "turned-down-share",
        "economy",
        "The lender turned down 40% of mortgage applications.",
        x("40%", 40, "percent"),
    ),
    c5(
        "put-up-share",
        "economy",
        "The city put up 25% of the cost of the new line.",
        x("25%", 25, "percent"),
    ),
    c5(
        "closed-down-change",
        "markets",
        "The index closed down 4% on Friday.",
        x("4%", 4, "percent", DOWN, CHANGE),
    ),
    c5(
        "turnout-up-change",
        "elections",
        "Turnout was up 6% on the last election.",
        x("6%", 6, "percent", UP, CHANGE),
    ),
]


# Round six (session nine), written before the fix: bare vague words as the figure,
# ratings on a scale ("a Category 4 storm"), basis points, signed counts in tables and
# lists, and numbers that name a service ("the 38 bus").
HELD6 = "held-out, written before the fix (round 6)"

c6 = _maker(HELD6)


def _vague(surface: str, low: float, d: str = NONE, f: str = LEVEL) -> Exp:
    """A vague figure: its lower bound, no upper bound (``Policy.vague_bounds``)."""
    return Exp(surface, low, None, None, d, f)


VAGUE_6 = [
    c6(
        "scores-were-injured",
        "crowds",
        "Scores were injured when the stand collapsed.",
        _vague("Scores", 40),
    ),
    c6(
        "scores-died",
        "health",
        "Scores died in the outbreak before aid arrived.",
        _vague("Scores", 40),
    ),
    c6(
        "killing-scores",
        "conflict",
        "The blast tore through the market, killing scores.",
        _vague("scores", 40),
    ),
    c6(
        "scores-more-hurt",
        "transport",
        "Two died and scores more were hurt in the pile-up.",
        x("Two", 2),
        _vague("scores", 40, UP, CHANGE),
    ),
    c6(
        "test-scores-no-figure",
        "economy",
        "Test scores were lower than last year.",
    ),
    c6(
        "striker-scores-no-figure",
        "sport",
        "The striker scores again in the final minute.",
    ),
    c6(
        "scores-of-people",
        "crowds",
        "Scores of people queued outside the clinic.",
        _vague("Scores", 40),
    ),
    c6(
        "in-the-thousands",
        "economy",
        "Losses are in the thousands, the firm said.",
        _vague("thousands", 2000),
    ),
    c6(
        "tens-of-thousands-bare",
        "elections",
        "Tens of thousands marched on the capital.",
        _vague("Tens of thousands", 20000),
    ),
    c6(
        "with-scores-still-missing",
        "weather",
        "The toll rose to 57, with scores still missing.",
        x("57", 57, None, UP, LEVEL),
        _vague("scores", 40),
    ),
    c6(
        "scores-feared-trapped",
        "weather",
        "Two bodies were found and scores feared trapped under the mud.",
        x("Two", 2),
        _vague("scores", 40),
    ),
    c6(
        "several-thousands",
        "crowds",
        "Several thousands marched to the parliament.",
        Exp("Several thousands", 3000, 9000),
    ),
    c6(
        "several-hundreds-of",
        "health",
        "Several hundreds of patients were moved.",
        Exp("Several hundreds", 300, 900),
    ),
    c6(
        "dozens-upon-dozens",
        "weather",
        "Dozens upon dozens of homes burned in the hills.",
        _vague("Dozens upon dozens", 24),
    ),
    c6(
        "hundreds-and-hundreds",
        "transport",
        "Hundreds and hundreds of cars were stuck on the bridge.",
        _vague("Hundreds and hundreds", 200),
    ),
    c6(
        "thousands-upon-thousands",
        "elections",
        "Thousands upon thousands queued to vote.",
        _vague("Thousands upon thousands", 2000),
    ),
]

RATINGS_6 = [
    c6(
        "category-storm",
        "weather",
        "A Category 4 storm hit the coast overnight.",
        x("Category 4", 4, "category"),
    ),
    c6(
        "downgraded-to-category",
        "weather",
        "The hurricane was downgraded to Category 2 on Sunday.",
        x("Category 2", 2, "category"),
    ),
    c6(
        "force-gale",
        "transport",
        "A Force 9 gale forced ferries to stay in port.",
        x("Force 9", 9, "force"),
    ),
    c6(
        "level-alert",
        "health",
        "Officials raised a level 3 alert after 12 new cases.",
        x("level 3", 3, "level"),
        x("12", 12),
    ),
    c6(
        "level-warning-capital",
        "conflict",
        "The embassy issued a Level 4 travel warning.",
        x("Level 4", 4, "level"),
    ),
    c6(
        "magnitude-quake",
        "weather",
        "A magnitude 6.1 quake struck the region.",
        x("magnitude 6.1", 6.1, "magnitude"),
    ),
    c6(
        "level-floor-no-rating",
        "crime",
        "The car was found on level 3 of the car park.",
    ),
    c6(
        "gate-no-rating",
        "transport",
        "Passengers waited at Gate 4 for two hours.",
        x("two hours", 2, "hour"),
    ),
    c6(
        "category-in-words",
        "weather",
        "Forecasters expect a category five hurricane by Friday.",
        x("category five", 5, "category"),
    ),
    c6(
        "force-in-words-verb-stays",
        "crime",
        "Gangs tried to force five families out before a force ten gale hit.",
        x("five", 5),
        x("force ten", 10, "force"),
    ),
]

POINTS_6 = [
    c6(
        "basis-points-rise",
        "economy",
        "The central bank raised rates by 8 basis points.",
        x("8 basis points", 8, "basis_point", UP, CHANGE),
    ),
    c6(
        "basis-points-cut",
        "economy",
        "The Fed cut rates by 25 basis points on Wednesday.",
        x("25 basis points", 25, "basis_point", DOWN, CHANGE),
    ),
    c6(
        "bps-glued",
        "economy",
        "Gilt yields jumped 30bps after the budget.",
        x("30bps", 30, "basis_point", UP, CHANGE),
    ),
    c6(
        "point-lead-margin",
        "elections",
        "The senator holds a 10-point lead over her rival.",
        x("10", 10, None, NONE, MARGIN),
    ),
]

SIGNED_6 = [
    c6(
        "sector-minus-bracket",
        "economy",
        "Federal government (-7,000)",
        x("-7,000", 7000, None, DOWN, LEVEL),
    ),
    c6(
        "sector-plus-bracket",
        "health",
        "Health care (+41,000)",
        x("+41,000", 41000, None, UP, LEVEL),
    ),
    c6(
        "list-after-colon",
        "economy",
        "Mining: -3,000; retail: +12,000.",
        x("-3,000", 3000, None, DOWN, LEVEL),
        x("+12,000", 12000, None, UP, LEVEL),
    ),
    c6(
        "minus-temperature-stays",
        "weather",
        "Temperatures fell to -12C overnight.",
        x("-12C", -12, "degree_Celsius", DOWN, LEVEL),
    ),
    c6(
        "sector-lines-no-bracket",
        "economy",
        "Manufacturing \u22124,000\nRetail +2,500\n",
        x("\u22124,000", 4000, None, DOWN, LEVEL),
        x("+2,500", 2500, None, UP, LEVEL),
    ),
    c6(
        "minus-mid-sentence-stays",
        "crime",
        "The gang's ledger showed -4,000 after the raid.",
        x("-4,000", -4000),
    ),
    c6(
        "pipe-table-spaced-signs",
        "economy",
        "| Sector | Change |\n| Mining | + 2,000 |\n| Retail | \u2212 6,500 |\n",
        x("+ 2,000", 2000, None, UP, LEVEL),
        x("\u2212 6,500", 6500, None, DOWN, LEVEL),
    ),
]

SERVICES_6 = [
    c6(
        "the-38-bus",
        "transport",
        "He took the 38 bus to work every day.",
    ),
    c6(
        "bus-sentence-start",
        "crime",
        "Bus 42 was hijacked, and 12 passengers were freed.",
        x("12", 12),
    ),
    c6(
        "dotted-service-time",
        "transport",
        "Delays hit the 8.05 service to the coast.",
    ),
    c6("buses-count-stays", "transport", "The city bought 38 buses this year.", x("38", 38)),
    c6("the-38-passengers-stay", "transport", "All of the 38 passengers survived.", x("38", 38)),
    c6(
        "the-405-freeway",
        "transport",
        "Traffic was backed up on the 405 freeway for 6 miles.",
        x("6 miles", 6, "mile"),
    ),
    c6(
        "the-101-highway",
        "crime",
        "The chase ended on the 101 highway after 20 minutes.",
        x("20 minutes", 20, "minute"),
    ),
    c6(
        "the-415-from",
        "transport",
        "The 4.15 from Paddington was cancelled, stranding 300 passengers.",
        x("300", 300),
    ),
    c6(
        "the-0732-to",
        "crime",
        "Police boarded the 07.32 to Brighton after 2 thefts.",
        x("2", 2),
    ),
    c6(
        "the-decimal-to-lower-stays",
        "economy",
        "Analysts compared the 4.15 to earlier quarters.",
        x("4.15", 4.15),
    ),
]

TABLES: dict[str, list[Case]] = {
    "glued currencies and units": GLUED,
    "names with numbers": NAMES,
    "wrong readings": READINGS,
    "negatives and fractions": NEGATIVES_FRACTIONS,
    "shared scale and ranges": SCALE_RANGES,
    "bounds": BOUNDS,
    "direction and form": DIRECTION,
    "years and modifiers": YEARS_MODIFIERS,
    "smaller": SMALLER,
    "everyday figures": EVERYDAY,
    "round 2: direction of change": DIRECTION_2,
    "round 2: plain figures": PLAIN_2,
    "round 3: wire copy": ROUND_3,
    "round 4: mixed": ROUND_4,
    "round 5: particles": PARTICLES_5,
    "round 6: vague words": VAGUE_6,
    "round 6: ratings": RATINGS_6,
    "round 6: points": POINTS_6,
    "round 6: signed counts": SIGNED_6,
    "round 6: numbered services": SERVICES_6,
}
ALL_CASES = [case for table in TABLES.values() for case in table]

# Cases the scanner still misreads, each with why it is left: strict, so a case that
# starts to pass must leave this list.
OPEN: dict[str, str] = {
    "five-year-plan": (
        'a length glued to its noun by a hyphen stays a duration figure ("a five-year '
        "sentence\" is one a fact-checker compares); telling a plan's span needs the noun"
    ),
    "now-age-compound": (
        'ages stay figures by the library\'s convention (now_prefix reads "now-9-year-old" '
        "as the age 9); this case expected none"
    ),
    "pounds-and-pence": 'a singular "pound" is no money here: it is also a weight ("a pound of")',
    "polls-margin-of-error": (
        "a margin of error is neither a lead between contenders nor a level of what is "
        "counted; Form has no value for it, and the scanner reads a level"
    ),
    "recipe-grams": (
        "a single-letter unit spaced from its figure is read only before a word of size "
        '("3,800 m long"); "200 g of flour" has none'
    ),
}


def _marked(case: Case) -> object:
    reason = OPEN.get(case.id)
    if reason is None:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize("case", [_marked(c) for c in ALL_CASES], ids=[c.id for c in ALL_CASES])
def test_held_out_case(case: Case) -> None:
    assert_case(case)


# Round six, written before the fix: an irregular verb in the past after a bare figure
# is no counted noun ("Thousands lost power" counts no "lost"). (id, domain, text,
# the figure, its noun.)
NOUNS_6 = [
    (
        "thousands-lost-power",
        "weather",
        "Thousands lost power after the storm.",
        [("Thousands", None)],
    ),
    (
        "figure-left-hospital",
        "health",
        "Of the injured, 12 left hospital on Monday.",
        [("12", None)],
    ),
    ("hundreds-fell-ill", "health", "Hundreds fell ill after the festival.", [("Hundreds", None)]),
    (
        "dozens-fought-fire",
        "crowds",
        "Dozens fought the blaze through the night.",
        [("Dozens", None)],
    ),
    ("crowd-stood", "crowds", "Some 5,000 stood in the rain to hear her.", [("Some 5,000", None)]),
    (
        "voters-kept-noun",
        "elections",
        "About 300 voters left before the count.",
        [("About 300", "voter")],
    ),
    (
        "candidates-won",
        "elections",
        "Of the 40 candidates, 12 won seats.",
        [("40", "candidate"), ("12", None)],
    ),
]


@pytest.mark.parametrize(
    ("ident", "domain", "text", "expected"), NOUNS_6, ids=[n[0] for n in NOUNS_6]
)
def test_held_out_noun(
    ident: str, domain: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(q.surface, q.noun) for q in find_quantities(text)]
    assert found == expected, (HELD6, domain, found)
