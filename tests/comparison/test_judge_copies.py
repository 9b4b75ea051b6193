"""How :mod:`discrepancy.comparison.judge` counts copies of one story: a figure given by
one article and its copies has one source, and the row says so (issue #15, "verdicts
people read correctly": "only one reports", never "agree")."""

from __future__ import annotations

import pytest

from discrepancy import Article, compare

# Invented stories from several beats, each long enough for copy detection to see that
# a republished text is the same story; the "own" lines are an outlet's own words.
WIRE = {
    "crime": (
        "Police arrested 42 people after a night of looting in the port district, a "
        "police spokeswoman said on Saturday. Shops along the harbour road were boarded "
        "up and extra patrols were sent to the market square before dawn."
    ),
    "health": (
        "The regional hospital admitted 230 patients with food poisoning after a "
        "wedding banquet on Saturday, the health ministry said, and inspectors closed "
        "the caterer's kitchen while samples were sent to the national laboratory."
    ),
    "weather": (
        "The storm cut power to 18,000 homes on Saturday, the grid operator said, and "
        "crews worked through the night to clear fallen trees from the coastal road "
        "while ferries stayed in port until the wind eased."
    ),
}
OWN = {
    "crime": "Officers detained 42 people on Saturday when shops were looted near the port.",
    "health": "On Saturday 230 wedding guests were taken to hospital with food poisoning.",
    "weather": "Some 18,000 homes lost power in the storm on Saturday, the grid said.",
}
SILENT = "The city council met on Saturday to discuss the new budget for the parks."


def _row(story: dict[str, str]) -> tuple[str, list[str], str, int]:
    articles = [Article(id=aid, text=text, published="2024-06-02") for aid, text in story.items()]
    row = compare(articles).rows[0]
    return row.verdict.value, [r.value for r in row.reasons], row.agreement.value, row.independent


CASES = [
    # (id, provenance, story, (verdict, reasons, agreement, independent))
    (
        "crime-wire-and-its-copy",
        "invented: one wire story and a republished copy, nobody else",
        {"wire": WIRE["crime"], "copy": "By Staff Reporter. " + WIRE["crime"]},
        ("agree", ["single_source"], "single", 1),
    ),
    (
        "health-wire-copy-and-a-silent-outlet",
        "invented: a copy adds no second source; the silent outlet makes it an omission",
        {"wire": WIRE["health"], "copy": WIRE["health"], "town-news": SILENT},
        ("omit", ["single_source", "not_reported"], "single", 1),
    ),
    (
        "weather-copy-and-an-outlet-of-its-own",
        "invented: an outlet in its own words beside the wire and its copy agrees",
        {"wire": WIRE["weather"], "copy": WIRE["weather"], "coast-radio": OWN["weather"]},
        ("agree", ["consistent"], "agree", 2),
    ),
    (
        "crime-own-words-agree",
        "guard: two outlets in their own words are two sources",
        {"wire": WIRE["crime"], "harbour-post": OWN["crime"]},
        ("agree", ["same_figure"], "agree", 2),
    ),
    (
        "health-copy-that-changed-the-figure",
        "invented: a republished copy whose figure was changed still differs",
        {"wire": WIRE["health"], "copy": WIRE["health"].replace("230", "320")},
        ("differ", ["different_figures"], "differ", 1),
    ),
]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, expected, id=cid) for cid, _, story, expected in CASES],
)
def test_copies_are_one_source(
    story: dict[str, str], expected: tuple[str, list[str], str, int]
) -> None:
    assert _row(story) == expected
