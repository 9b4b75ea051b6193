"""Families of people counted (issue #15, "families instead of exact labels"): the
words outlets use for the same people meet in one row, the finer label still in each
cell; people counted apart stay apart.

- Joins: "104 people were rescued", "104 survivors" and "104 survived" count the
  survivors (the event ``rescued`` turns people into survivors, the family of
  ``survived`` holds it, and a count of survivors with no verb implies ``survived``);
  "hundreds feared dead", "hundreds feared missing" and "hundreds may be trapped"
  count the missing (a death only feared is no confirmed toll; people trapped are
  unaccounted for until reached); "12 crew members" and "a crew of 12" count the
  crew; "enforced disappearances", "abductions" and "kidnapped" count abductions; a
  count of cases with no verb counts people infected.
- Stay apart: the crew, the passengers and everyone on board; the survivors and the
  dead; the missing and the confirmed dead; travellers stranded and people missing;
  abductions and arrests.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "transport-crew-apart-from-passengers",
        "devset pattern: the crew as a part of those on board in one outlet, alone in another",
        {
            "air-wire": "The jet carried 180 people, including 172 passengers and 8 crew "
            "members, when it crashed on Saturday.",
            "air-post": "There were 172 passengers and a crew of 8 on the jet that crashed "
            "on Saturday.",
        },
        [
            ("passenger", None, {"air-post": "172", "air-wire": "172"}, "agree"),
            ("crew member", None, {"air-post": "8", "air-wire": "8"}, "agree"),
            ("person", None, {"air-wire": "180"}, "single"),
        ],
    ),
    (
        "sea-survivors-rescued-survived",
        "devset pattern: survivors, people rescued and people who survived; the dead apart",
        {
            "sea-wire": "Coast guards rescued 104 people after the ferry sank on Saturday.",
            "sea-post": "Officials said 104 survivors were brought ashore after the ferry sank "
            "on Saturday.",
            "sea-news": "Only 104 survived when the ferry sank on Saturday; at least 78 "
            "people died.",
        },
        [
            (
                "survivor",
                "survived",
                {"sea-news": "104", "sea-post": "104", "sea-wire": "104"},
                "agree",
            ),
            ("death", "killed", {"sea-news": "at least 78"}, "single"),
        ],
    ),
    (
        "weather-feared-dead-missing-trapped",
        "devset pattern: 'feared dead', 'feared missing', 'may be trapped'; confirmed dead apart",
        {
            "quake-wire": "Hundreds are feared dead after the quake on Saturday, with 40 "
            "confirmed dead.",
            "quake-post": "Rescuers searched for hundreds feared missing after the quake on "
            "Saturday; 40 people died.",
            "quake-news": "Hundreds may be trapped under rubble after the quake on Saturday, "
            "officials said, and 40 were killed.",
        },
        [
            (
                "missing",
                "missing",
                {"quake-news": "Hundreds", "quake-post": "hundreds", "quake-wire": "Hundreds"},
                "agree",
            ),
            (
                "death",
                "killed",
                {"quake-news": "40", "quake-post": "40", "quake-wire": "40"},
                "agree",
            ),
        ],
    ),
    (
        "transport-stranded-apart-from-missing",
        "invented: travellers stranded by a storm are not missing",
        {
            "storm-wire": "The storm left 2,000 passengers stranded at the airport on Saturday "
            "and 12 people missing.",
            "storm-post": "Some 2,000 travellers were stranded on Saturday; 12 people were "
            "missing after the storm.",
        },
        [
            ("missing", "missing", {"storm-post": "12", "storm-wire": "12"}, "agree"),
            ("traveller", "stranded", {"storm-post": "Some 2,000"}, "single"),
            ("passenger", "stranded", {"storm-wire": "2,000"}, "single"),
        ],
    ),
    (
        "crime-enforced-disappearances-are-abductions",
        "devset pattern: a rights body's 'enforced disappearances', an outlet's 'abductions'",
        {
            "rights-wire": "The rights commission recorded three enforced disappearances and 37 "
            "arrests on Saturday.",
            "rights-post": "Three abductions and 37 arrests were reported on Saturday, the "
            "commission said.",
        },
        [
            ("abduction", "abducted", {"rights-post": "Three", "rights-wire": "three"}, "agree"),
            ("arrest", "arrested", {"rights-post": "37", "rights-wire": "37"}, "agree"),
        ],
    ),
    (
        "crime-kidnapped-pupils-are-abductions",
        "invented: a verb of abduction and the noun; arrests apart",
        {
            "crime-wire": "Gunmen kidnapped 12 pupils from a school on Saturday; police "
            "arrested three suspects.",
            "crime-post": "Twelve abductions were reported at the school on Saturday, and three "
            "suspects were arrested.",
        },
        [
            ("abduction", "abducted", {"crime-post": "Twelve", "crime-wire": "12"}, "agree"),
            ("arrest", "arrested", {"crime-post": "three", "crime-wire": "three"}, "agree"),
        ],
    ),
    (
        "health-cases-are-people-infected",
        "invented: a case count with no verb implies infection",
        {
            "health-wire": "Officials confirmed 500 cases of cholera on Saturday.",
            "health-post": "Some 500 people were infected with cholera by Saturday, officials "
            "said.",
        },
        [("case", "infected", {"health-post": "Some 500", "health-wire": "500"}, "agree")],
    ),
]


@pytest.mark.parametrize(("story", "rows"), [pytest.param(c[2], c[3], id=c[0]) for c in CASES])
def test_people_families(story: dict[str, str], rows: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == rows
