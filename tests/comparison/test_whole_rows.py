"""A whole an article counts parts of keeps its row (issue #15): "Of the 40 polling
stations, 31 reported" gives the whole (event ``total``) and a part. Another outlet's
figure with no verb joins the whole only where it gives the whole's figure ("28
provinces" beside "Of the 28 provinces"); any other figure with no verb ("35 polling
stations", "10 suspects") is not the size of the whole and is never set against it as
a difference: the whole is no key's main event (see ``split_events``).

Every story here is invented; the provenance column says which pattern of news (never
a devset text) a case stands for.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, event, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "elections-stations-reporting",
        "invented: a count of stations reporting beside the number of stations",
        {
            "poll-desk": "Of the 40 polling stations, 31 had reported results by midnight.",
            "vote-wire": "Results came in from 35 polling stations.",
        },
        [
            ("polling station", "total", {"poll-desk": "40"}, "single"),
            ("polling station", None, {"vote-wire": "35"}, "single"),
            ("polling station", "part of total", {"poll-desk": "31"}, "single"),
        ],
    ),
    (
        "crime-suspects-questioned",
        "invented: suspects questioned beside the suspects charged of all suspects",
        {
            "court-news": "Of the 12 suspects, nine were charged on Friday.",
            "city-wire": "Police questioned 10 suspects.",
        },
        [
            ("person", "total", {"court-news": "12"}, "single"),
            ("person", None, {"city-wire": "10"}, "single"),
            ("person", "part of total", {"court-news": "nine"}, "single"),
        ],
    ),
    (
        "crowds-gates-queued-at",
        "invented: gates where fans queued beside the ground's gates",
        {
            "match-post": "Of the 30 gates, 22 were open.",
            "fan-wire": "Fans queued at six gates.",
        },
        [
            ("gate", "total", {"match-post": "30"}, "single"),
            ("gate", None, {"fan-wire": "six"}, "single"),
            ("gate", "part of total", {"match-post": "22"}, "single"),
        ],
    ),
    (
        "economy-committee-dissent",
        "task s9 known fault: three members dissenting set against a committee's nine",
        {
            "rates-desk": "Six of the nine members of the rate committee backed the cut.",
            "money-wire": "The committee cut rates, but three members were against it.",
        },
        [
            ("member", "part of total", {"rates-desk": "Six"}, "single"),
            ("member", "total", {"rates-desk": "nine"}, "single"),
            ("member", None, {"money-wire": "three"}, "single"),
        ],
    ),
    (
        "health-whole-given-again",
        "guard: an outlet giving the whole's figure with no verb joins the whole",
        {
            "health-desk": "Of the 28 provinces, 11 have reported cases.",
            "med-wire": "The country has 28 provinces.",
        },
        [
            ("region", "total", {"health-desk": "28", "med-wire": "28"}, "agree"),
            ("region", "part of total", {"health-desk": "11"}, "single"),
        ],
    ),
    (
        "transport-own-verb",
        "guard: a figure with a verb of its own keeps its event",
        {
            "rail-desk": "Of the 14 carriages, eight left the rails.",
            "train-wire": "Five carriages were badly damaged.",
        },
        [
            ("carriage", "damaged", {"train-wire": "Five"}, "single"),
            ("carriage", "total", {"rail-desk": "14"}, "single"),
            ("carriage", "part of total", {"rail-desk": "eight"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_whole_keeps_its_row(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "event") == expected
