"""Facts in any domain (issue 16): a forecast in a relative clause with no "that"
("short of the 120,000 economists had expected") and a forecast noun right before a
figure ("well below forecasts of 110,000").

The pattern: in "the N <forecasters> (had) <verb of forecast>", closing its clause,
the forecasters are who gave N, not what N counts; N counts or measures what the
figure it is set against does (the last one of its kind before it), its basis is the
forecast, and its source is the forecasters (found unnamed for a forecaster noun),
over the body the sentence credits with the result. Every sentence is invented for
these tests (provenance column), across domains; each case checks every fact.
"""

from __future__ import annotations

import pytest

from discrepancy.models import Basis, SourceBasis
from tests.helpers import extract_text

# A fact: surface, subject, basis, source, how the source was found.
Fact = tuple[str, str | None, Basis, str | None, SourceBasis | None]
Case = tuple[str, list[Fact], str]

NONE, FORECAST, PROJECTION = Basis.NONE, Basis.FORECAST, Basis.PROJECTION
STATED, UNNAMED = SourceBasis.STATED, SourceBasis.UNNAMED


def _facts(text: str) -> list[Fact]:
    """Every fact of a text: surface, subject, basis, source, how it was found."""
    return [
        (
            f.surface,
            f.subject,
            f.basis,
            f.attribution.source if f.attribution else None,
            f.attribution.found if f.attribution else None,
        )
        for f in extract_text(text).facts
    ]


RELATIVE_FORECASTS: list[Case] = [
    # text, facts (surface, subject, basis, source, found), provenance
    (
        "Employers added 91,000 jobs in August, the statistics bureau said on Friday, "
        "short of the 120,000 economists had expected.",
        [
            ("91,000", "job", NONE, "statistics bureau", STATED),
            ("120,000", "job", FORECAST, "economists", UNNAMED),
        ],
        "invented: economy (issue 16 jobs report)",
    ),
    (
        "Prices rose 2.4% in May, the statistics office said, above the 2.1% analysts "
        "had forecast.",
        [
            ("2.4%", "inflation", NONE, "statistics office", STATED),
            ("2.1%", "inflation", FORECAST, "analysts", UNNAMED),
        ],
        "invented: economy (a rate)",
    ),
    (
        "Turnout was 61%, above the 58% pollsters predicted.",
        [("61%", "turnout", NONE, None, None), ("58%", "turnout", FORECAST, "pollsters", UNNAMED)],
        "invented: elections",
    ),
    (
        "Labour won 380 seats, short of the 40 seats pollsters predicted.",
        [("380", "seat", NONE, None, None), ("40", "seat", FORECAST, "pollsters", UNNAMED)],
        "invented: elections (the forecasters after the figure's own noun)",
    ),
    (
        "Rain totalled 38mm on Sunday, short of the 50mm forecasters had predicted.",
        [
            ("38mm", "rainfall", NONE, None, None),
            ("50mm", "rainfall", FORECAST, "forecasters", UNNAMED),
        ],
        "invented: weather (a measure; the forecaster noun is a cue itself)",
    ),
    (
        "Hospitals admitted 2,300 flu patients last week, fewer than the 3,000 modellers "
        "had projected.",
        [
            ("2,300", "person", NONE, None, None),
            ("3,000", "person", PROJECTION, "modellers", UNNAMED),
        ],
        "invented: health (a projection)",
    ),
    (
        "The airport handled 4.1 million passengers in July, above the 3.8 million "
        "Wall Street analysts had expected.",
        [
            ("4.1 million", "passenger", NONE, None, None),
            ("3.8 million", "passenger", FORECAST, "Wall Street analysts", UNNAMED),
        ],
        "invented: transport",
    ),
]


FORECAST_NOUNS: list[Case] = [
    # text, facts (surface, subject, basis, source, found), provenance
    (
        "The economy added 91,000 jobs last month, the Labor Department said, well below "
        "forecasts of 110,000.",
        [
            ("91,000", "job", NONE, "Labor Department", STATED),
            ("110,000", "job", FORECAST, "forecasters", UNNAMED),
        ],
        "invented: economy (issue 16 jobs report)",
    ),
    (
        "Exports rose 4% in June, the trade ministry said, beating expectations of 2.5%.",
        [
            ("4%", "export", NONE, "trade ministry", STATED),
            ("2.5%", "export", FORECAST, "forecasters", UNNAMED),
        ],
        "invented: economy (a rate: what the figure before measures)",
    ),
    (
        "Ridership fell to 1.2 million, the transit authority said, below forecasts of "
        "about 1.5 million.",
        [
            ("1.2 million", "ridership", NONE, "transit authority", STATED),
            ("about 1.5 million", "ridership", FORECAST, "forecasters", UNNAMED),
        ],
        "invented: transport",
    ),
]


NOT_A_FORECAST_CLAUSE: list[Case] = [
    # text, facts (surface, subject, basis, source, found), provenance
    (
        "The 120 economists expected a rise.",
        [("120", "economist", FORECAST, "forecasters", UNNAMED)],
        "invented: economy (the clause goes on: economists are counted; as before)",
    ),
    (
        "Police recorded 640 burglaries in March, below the 700 officials had feared.",
        [
            ("640", "burglary", NONE, "police", SourceBasis.FRAME),
            ("700", "official", NONE, "police", SourceBasis.FRAME),
        ],
        "invented: crime (noted gap: a fear is no forecast cue; as before)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    RELATIVE_FORECASTS,
    ids=[c[1][-1][1] or "" for c in RELATIVE_FORECASTS],
)
def test_a_forecast_in_a_relative_clause(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts", "provenance"), FORECAST_NOUNS, ids=[c[1][-1][1] or "" for c in FORECAST_NOUNS]
)
def test_a_forecast_noun_before_the_figure(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    NOT_A_FORECAST_CLAUSE,
    ids=[c[0][:24] for c in NOT_A_FORECAST_CLAUSE],
)
def test_no_forecast_clause(text: str, facts: list[Fact], provenance: str) -> None:
    assert _facts(text) == facts


CARRIED_PAST_A_FORECAST: list[Case] = [
    # text, facts (surface, subject, basis, source, found), provenance
    (
        "Employers added 91,000 jobs in August, the statistics bureau said, short of the "
        "120,000 economists had expected. The jobless rate rose to 4.4%.",
        [
            ("91,000", "job", NONE, "statistics bureau", STATED),
            ("120,000", "job", FORECAST, "economists", UNNAMED),
            ("4.4%", "unemployment", NONE, "statistics bureau", SourceBasis.CARRIED),
        ],
        "invented: economy (the forecast is an aside; the bureau's statement goes on)",
    ),
    (
        "The health agency said 2,300 flu patients were admitted, below the 3,000 "
        "modellers had projected. Admissions of children rose to 410.",
        [
            ("2,300", "person", NONE, "health agency", STATED),
            ("3,000", "person", PROJECTION, "modellers", UNNAMED),
            ("410", "person", NONE, "health agency", SourceBasis.CARRIED),
        ],
        "invented: health",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts", "provenance"),
    CARRIED_PAST_A_FORECAST,
    ids=["jobs", "flu"],
)
def test_the_statement_goes_on_past_a_forecast(
    text: str, facts: list[Fact], provenance: str
) -> None:
    assert _facts(text) == facts
