"""Rival claimants: a row splits by source only where one article sets two sources'
figures against each other (issue #15, "claimants").

Police and organisers each giving a count in one article are rivals, and each gets a
row. Any other source is no rival: an outlet crediting the same count to "officials"
joins the row whose figure it repeats, and "Berg" joins "Tomas Berg". A vague word
("several") is no rival count.

Every story here is invented; the provenance column says which pattern of the devset
(never its text) a case stands for.
"""

from __future__ import annotations

import pytest

from discrepancy.comparison.splits import same_claimant
from tests.comparison.story_rows import story_rows

# (subject, event, claimant, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "crime-vague-word-is-no-rival",
        "devset pattern: a stray 'several' from an MP split every count of its key",
        {
            "court-news": "Police said 120 people were arrested on Saturday.\n\n"
            "Several people were arrested at the station, mayor Ana Ruiz said.",
            "city-wire": "Officials said 120 people were arrested on Saturday.",
        },
        [
            ("arrest", "arrested", None, {"city-wire": "120", "court-news": "120"}, "agree"),
            ("arrest", "arrested", None, {"court-news": "Several"}, "single"),
        ],
    ),
    (
        "crime-third-source-joins-the-figure-it-repeats",
        "devset pattern: the carrier and the country credited with one passenger count",
        {
            "court-news": "Police said 120 people were arrested on Saturday, while mayor Ana "
            "Ruiz said 150 people were arrested.",
            "city-wire": "Officials said 120 people were arrested on Saturday.",
        },
        [
            ("arrest", "arrested", "police", {"city-wire": "120", "court-news": "120"}, "agree"),
            ("arrest", "arrested", "Ana Ruiz", {"court-news": "150"}, "single"),
        ],
    ),
    (
        "crime-figure-joins-the-one-rival-it-agrees-with",
        "devset pattern: 'at least 10' beside the commission's '10' and the police's '11'",
        {
            "court-news": "Police said 120 people were arrested on Saturday, while mayor Ana "
            "Ruiz said 150 people were arrested.",
            "city-wire": "About 120 people were arrested on Saturday.",
        },
        [
            (
                "arrest",
                "arrested",
                "police",
                {"city-wire": "About 120", "court-news": "120"},
                "agree",
            ),
            ("arrest", "arrested", "Ana Ruiz", {"court-news": "150"}, "single"),
        ],
    ),
    (
        "crowds-vague-word-joins-the-one-rival-it-holds",
        "invented: crowds (devset pattern: an unclaimed 'hundreds of thousands' beside the "
        "organisers' count and the police's)",
        {
            "rally-post": "Some 700,000 people marched in Lisbon on Saturday, according to "
            "the organisers, while police counted 90,000.",
            "rally-wire": "Hundreds of thousands marched in Lisbon on Saturday.",
        },
        [
            (
                "person",
                "attended",
                "organisers",
                {"rally-post": "Some 700,000", "rally-wire": "Hundreds of thousands"},
                "agree",
            ),
            ("person", "attended", "police", {"rally-post": "90,000"}, "single"),
        ],
    ),
    (
        "crowds-vague-word-holding-both-takes-no-side",
        "invented: crowds; guard: 'tens of thousands' holds both sides' counts",
        {
            "rally-post": "Some 700,000 people marched in Lisbon on Saturday, according to "
            "the organisers, while police counted 90,000.",
            "rally-wire": "Tens of thousands of workers joined the march in Lisbon on Saturday.",
        },
        [
            ("person", "attended", "organisers", {"rally-post": "Some 700,000"}, "single"),
            ("person", "attended", None, {"rally-wire": "Tens of thousands"}, "single"),
            ("person", "attended", "police", {"rally-post": "90,000"}, "single"),
        ],
    ),
    (
        "crime-figure-agreeing-with-both-takes-no-side",
        "guard: a bound both rivals' figures meet joins neither",
        {
            "court-news": "Police said 120 people were arrested on Saturday, while mayor Ana "
            "Ruiz said 150 people were arrested.",
            "city-wire": "At least 120 people were arrested on Saturday.",
        },
        [
            ("arrest", "arrested", None, {"city-wire": "At least 120"}, "single"),
            ("arrest", "arrested", "police", {"court-news": "120"}, "single"),
            ("arrest", "arrested", "Ana Ruiz", {"court-news": "150"}, "single"),
        ],
    ),
    (
        "weather-a-source-updating-is-no-rival",
        "devset pattern: a governor's earlier and latest tolls beside the officials' latest",
        {
            "fire-post": "The wildfire has killed 93 people, officials said. Governor Josh "
            "Lane said on Friday that 89 people had died, and on Saturday that 93 had died.",
            "fire-wire": "The wildfire has killed 80 people, Maui County said.",
        },
        [
            ("death", "killed", None, {"fire-post": "93", "fire-wire": "80"}, "differ"),
            ("death", "killed", None, {"fire-post": "89"}, "single"),
        ],
    ),
    (
        "health-surname-is-the-full-name",
        "devset pattern: a prefect named in full by one outlet, by surname by another",
        {
            "ward-news": "Health minister Tomas Berg said 40 people were injured on Saturday, "
            "while police said 12 people were injured.",
            "clinic-wire": "Forty people were injured in the weekend clashes on Saturday, Berg told "
            "the clinic.",
        },
        [
            (
                "injured",
                "injured",
                "Tomas Berg",
                {"clinic-wire": "Forty", "ward-news": "40"},
                "agree",
            ),
            ("injured", "injured", "police", {"ward-news": "12"}, "single"),
        ],
    ),
    (
        "weather-surname-beside-police",
        "devset pattern: the prefect's estimate beside the police toll",
        {
            "isle-post": "Prefect Jean-Marc Dufour put the toll at 300. At least 14 "
            "people were killed on Saturday, police said.",
            "isle-wire": "The toll is about 300, Dufour said on Saturday, while police said "
            "11 people were killed.",
        },
        [
            (
                "death",
                "killed",
                "Dufour",
                {"isle-post": "300", "isle-wire": "about 300"},
                "agree",
            ),
            (
                "death",
                "killed",
                "police",
                {"isle-post": "At least 14", "isle-wire": "11"},
                "differ",
            ),
        ],
    ),
    (
        "crowds-rivals-keep-their-rows",
        "guard: police and organisers in one article are rivals",
        {
            "city-post": "Police said 5,000 people marched on Saturday, while the organisers "
            "put the crowd at 20,000.",
            "left-daily": "Some 20,000 people marched on Saturday, the organisers said.",
            "right-wire": "About 5,000 people marched on Saturday, according to police.",
        },
        [
            (
                "person",
                "attended",
                "organisers",
                {"city-post": "20,000", "left-daily": "Some 20,000"},
                "agree",
            ),
            (
                "person",
                "attended",
                "police",
                {"city-post": "5,000", "right-wire": "About 5,000"},
                "agree",
            ),
        ],
    ),
    (
        "transport-unnamed-reports-are-no-rival",
        "invented: a named body against 'some reports' (the text names no one) in one article",
        {
            "harbour-daily": "The ferry sank on Saturday. The coast guard said 400 passengers "
            "were aboard. Some reports put the number of passengers at 700.",
            "island-radio": "The ferry sank on Saturday with 700 passengers aboard, according "
            "to some reports.",
            "port-wire": "According to the coast guard, 400 passengers were aboard when the boat "
            "went down off the island on Saturday.",
        },
        [
            ("passenger", None, None, {"harbour-daily": "400", "port-wire": "400"}, "agree"),
            ("passenger", None, None, {"harbour-daily": "700", "island-radio": "700"}, "agree"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_rival_claimants(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event", "claimant") == expected


# (a, b, one claimant, provenance)
NAMES = [
    ("Dufresne", "Marie-Hélène Dufresne", True, "devset pattern: surname and full name"),
    ("NCWR", "National Commission on Water Resources", True, "invented: initials"),
    ("NTSB", "National Transportation Safety Board", True, "invented: initials"),
    ("the health ministry", "health ministry", True, "invented: article"),
    ("police", "organisers", False, "guard: rivals"),
    ("Interior Ministry", "Health Ministry", False, "guard: one shared word"),
    ("Lind", "Mara Lindqvist", False, "guard: a word is not a prefix"),
    ("UN", "United Nations", True, "invented: initials of two words"),
]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [pytest.param(a, b, same, id=f"{a}~{b}") for a, b, same, _ in NAMES],
)
def test_same_claimant(a: str, b: str, same: bool) -> None:
    assert (same_claimant(a, b), same_claimant(b, a)) == (same, same)
