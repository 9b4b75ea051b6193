"""Dateline agencies: wire copy opens with the agency in brackets ("KYIV, Sept 7
(Reuters) -", "PARIS (AFP) —"). The agency reports every figure of the story: a figure
no sentence credits takes the agency as its source, found ``dateline``; a figure a
sentence credits keeps its source and takes the agency as the outlet that relays it.
Only an outlet the vocabulary knows is an agency; the shape is read from the text.
Invented sentences from several domains."""

from __future__ import annotations

import pytest

from discrepancy.comparison.entries import Entry, claimant_of
from discrepancy.models.policy import DEFAULT_POLICY
from tests.helpers import extract_text

# Who gave each figure: (surface, source, via, cue, found); source None: no source.
Expected = list[tuple[str, str | None, str | None, str | None, str | None]]

CASES: list[tuple[str, str, Expected, str]] = [
    # id, text, expected facts in text order, provenance
    (
        "reuters-city-date",
        "KYIV, Sept 7 (Reuters) - At least 14 people were killed in an overnight strike.",
        [("At least 14", "Reuters", None, "dateline", "dateline")],
        "invented (conflict): city, date, agency, hyphen",
    ),
    (
        "afp-city-em-dash",
        "PARIS (AFP) \u2014 Some 12,000 people marched against the reform on Saturday.",
        [("Some 12,000", "AFP", None, "dateline", "dateline")],
        "invented (crowds): city, agency, em dash",
    ),
    (
        "ap-month-en-dash",
        "WASHINGTON, March 3 (AP) \u2013 Employers added 150,000 jobs in February.",
        [("150,000", "AP", None, "dateline", "dateline")],
        "invented (economy): a count verb names no other source",
    ),
    (
        "xinhua-abbreviated-month",
        "KUNMING, Aug. 3 (Xinhua) -- A 5.9-magnitude earthquake hit the county.\n\n"
        "Some 300 homes collapsed in two townships.",
        [
            ("5.9-magnitude", "Xinhua", None, "dateline", "dateline"),
            ("Some 300", "Xinhua", None, "dateline", "dateline"),
            ("two", "Xinhua", None, "dateline", "dateline"),
        ],
        "invented (weather): the agency goes on into later paragraphs",
    ),
    (
        "credited-keeps-source-agency-relays",
        "LAGOS, June 2 (Reuters) - Police said 23 people were arrested.\n\n"
        "Hospitals treated 40 patients for smoke inhalation.",
        [
            ("23", "police", "Reuters", "said", "stated"),
            ("40", "Reuters", None, "dateline", "dateline"),
        ],
        "invented (crime, health): a credited figure keeps its source, relayed",
    ),
    (
        "city-and-country",
        "BOGOTA, Colombia (AP) \u2014 The transport ministry said 8 buses were damaged.",
        [("8", "transport ministry", "AP", "said", "stated")],
        "invented (transport): city with its country",
    ),
    (
        "headline-first",
        "Floods cut roads in the north\n\nMANILA (AFP) - About 2,000 families were evacuated.",
        [("About 2,000", "AFP", None, "dateline", "dateline")],
        "invented (weather): a headline line before the dateline",
    ),
    (
        "upi-region-and-day",
        "Storm hits coast\nBy Jane Doe\n\nMIAMI, Fla., Oct. 9 (UPI) -- About 200 homes flooded.",
        [("About 200", "UPI", None, "dateline", "dateline")],
        "invented (weather): byline, region with a stop, another wire agency",
    ),
    (
        "dpa-lower-case",
        "BERLIN (dpa) - Rail staff cancelled 1,200 trains on Monday.",
        [("1,200", "dpa", None, "dateline", "dateline")],
        "invented (transport): an agency written in lower case",
    ),
    (
        "not-an-outlet",
        "GENEVA (WHO) - Some 40 cases were reported this week.",
        [("Some 40", None, None, None, None)],
        "invented (health): brackets that name no outlet are no dateline",
    ),
    (
        "not-at-line-start",
        "Election officials counted 4,500 ballots, the paper (Reuters) said nothing of it.",
        [("4,500", "officials", None, "counted", "frame")],
        "invented (elections): an outlet in brackets mid-sentence is no dateline",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected", "provenance"), CASES, ids=[c[0] for c in CASES]
)
def test_dateline_agency(name: str, text: str, expected: Expected, provenance: str) -> None:
    facts = extract_text(text).facts
    got = [
        (
            f.surface,
            f.attribution and f.attribution.source,
            f.attribution and f.attribution.via,
            f.attribution and f.attribution.cue,
            f.attribution and f.attribution.found.value,
        )
        for f in facts
    ]
    assert got == expected


def test_dateline_agency_is_no_rival_claimant() -> None:
    """The agency wrote the story: comparison does not pit it against the sources the
    story credits (a split by claimant would part the two figures of one article)."""
    text = (
        "PARIS (AFP) \u2014 Some 12,000 people marched on Saturday.\n\n"
        "Police said 9,000 people marched."
    )
    facts = extract_text(text).facts
    entries = [Entry(0, i, f, "person", None, None, None, None) for i, f in enumerate(facts)]
    assert [claimant_of(e, DEFAULT_POLICY) for e in entries] == [None, "police"]
