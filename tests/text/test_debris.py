"""Page debris: markers as data, structural rules, duplicates."""

from __future__ import annotations

import pytest

from discrepancy import extract
from discrepancy.models import RejectReason
from discrepancy.text.debris import DebrisIndex, find_debris
from tests.helpers import SEEDS


def debris_texts(text: str) -> list[tuple[str, RejectReason]]:
    return [(text[d.span[0] : d.span[1]], d.reason) for d in find_debris(text)]


DEBRIS = "invented: page debris"  # provenance of the cases below

INVENTED = [
    ("icon list", "icon searchicon shareicon closeicon mailicon twicon vkicon", True, DEBRIS),
    ("media clocks", "0:00 1:02:36 0:00", True, DEBRIS),
    ("follow prompt", "Follow the Daily Herald channel on WhatsApp:", True, DEBRIS),
    ("telegram prompt", "Follow the Kyiv Wire page on Telegram", True, DEBRIS),
    (
        "cookie banner",
        "We use cookies to improve your experience. Accept all cookies",
        True,
        DEBRIS,
    ),
    ("comment policy", "The comments posted here are not from The Daily Herald.", True, DEBRIS),
    ("reading time", "5 min read", True, DEBRIS),
    ("age stamp", "3 hours ago 412", True, DEBRIS),
    ("bare link", "https://example.com/share?id=12345", True, DEBRIS),
    ("read more teaser", "Read more: Floods kill 12 in Spain", True, DEBRIS),
    ("audio badge", "Listen to this article 4 min", True, DEBRIS),
    ("comment counter", "Follow us on Google News | 3 Comments", True, DEBRIS),
    ("bare comment counter", "0 comments", True, DEBRIS),
    (
        "sentence about comments",
        "The post drew 3 comments from readers, police said.",
        False,
        DEBRIS,
    ),
    ("news sentence", "Police said 12 people were arrested on Monday.", False, DEBRIS),
    (
        "sentence with icon word",
        "The icon of the city, a 300-year-old bridge, collapsed.",
        False,
        DEBRIS,
    ),
    ("sentence with a clock", "The strike hit at 4:30 p.m. on Sunday.", False, DEBRIS),
]


@pytest.mark.parametrize(
    ("line", "is_debris", "provenance"), [r[1:] for r in INVENTED], ids=[r[0] for r in INVENTED]
)
def test_invented_lines(line: str, is_debris: bool, provenance: str) -> None:
    text = "Russia fired 40 drones overnight.\n\n" + line + "\n\nThe strikes hit Kharkiv."
    found = debris_texts(text)
    assert (found == [(line, RejectReason.BOILERPLATE)]) is is_debris, found


# Debris shapes of real pages (lines invented): the whole line is debris and
# every number in it is rejected as boilerplate, never a fact.
DEBRIS_LINES = [
    ("share and comment counters", "Share 214 Comments 36", DEBRIS),
    ("share counter with K", "1.2K shares", DEBRIS),
    ("follower counter", "12,400 followers", DEBRIS),
    ("follow counter with M", "Follow us 3.4M", DEBRIS),
    ("comments in brackets", "Comments (58)", DEBRIS),
    ("teaser with reading time", "Most read: Bus crash kills 9 near Faro | 4 min read", DEBRIS),
    ("reading time after a label", "Most read | 3 min read", DEBRIS),
    ("slide counter", "Image 1 of 12", DEBRIS),
    ("slide counter with slash", "Photo 3/8", DEBRIS),
    ("gallery counter", "Gallery (14 photos)", DEBRIS),
    ("gallery teaser", "In pictures: the flooded valley (22 photos)", DEBRIS),
    ("updated stamp after a byline", "Ana Reis · Updated 14:32 GMT", DEBRIS),
    ("published age after a desk", "Lisbon Desk | Published 2 hours ago", DEBRIS),
    ("last updated after a label", "Newsroom Last updated: 3 minutes ago", DEBRIS),
    (
        "desk then stamps",
        "World Desk Published: 4 May 2026, 10:15 AM | Updated: 4 May 2026, 1:02 PM",
        DEBRIS,
    ),
    ("byline then stamp", "By Marta Reis | Updated 9:05 a.m. EDT, Jun 2, 2026", DEBRIS),
    ("bare dateline", "06-11-2026 21:40 CET", DEBRIS),
    ("weekday dateline", "| Friday, Jun. 5, 2026, 8:10 a.m.", DEBRIS),
    ("wire credit", "(Reporting by Ines Costa; Editing by Paul Ward)", DEBRIS),
    (
        "wire credit chain",
        "Reporting by Ines Costa in Porto; additional reporting by Li Wei; Editing by Paul Ward",
        DEBRIS,
    ),
    ("agency signature", "jrk/ab (AFP, dpa)", DEBRIS),
    ("agency photo credit", "REUTERS/Joana Matos", DEBRIS),
    ("ap photo credit", "AP Photo/Rui Sousa, 2026", DEBRIS),
    ("photographer credit", "Photograph: Joana Matos/EPA via Getty Images", DEBRIS),
    ("copyright credit", "© 2026 Getty Images", DEBRIS),
    ("labelled credit", "Photo credit: AFP", DEBRIS),
    ("advertisement slot", "Advertisement · Scroll to continue", DEBRIS),
    ("pager", "1 2 3 … Next page", DEBRIS),
    ("pager with gap", "« Previous 1 2 3 ... 17 Next »", DEBRIS),
    ("page counter", "Page 2 of 5", DEBRIS),
    ("see also teaser", "See also: Ferry fire injures 14 off Madeira (Nov 12)", DEBRIS),
    ("don't miss teaser", "Don't miss: 5 things to know", DEBRIS),
    ("full coverage teaser", "Full coverage: 5.8-magnitude quake shakes Azores", DEBRIS),
    ("bracketed teaser", "[Storm leaves 30,000 homes without power in Galicia]", DEBRIS),
    (
        "copyright footer",
        "© 2026 Tagus Post Ltd. 12 River Lane, Leeds LS1 4AB. Newsroom: 0113 496 0000.",
        DEBRIS,
    ),
    ("company footer", "Registered in England and Wales No. 07654321", DEBRIS),
    ("phone footer", "Call us on 0800 555 0199", DEBRIS),
    ("cookie banner", "We and our partners use cookies to store data for 30 days.", DEBRIS),
    ("article age", "This article is more than 3 years old", DEBRIS),
    ("subscription offer", "Subscribe for $1 a week | Sign in", DEBRIS),
    ("subscription trial", "Get unlimited access: 4 weeks free trial", DEBRIS),
    ("teaser with age stamp", "Russia launches 400 drones in record attack, 3 days ago", DEBRIS),
]

WIRE = "invented: wire"  # provenance of the cases below

# Real sentences shaped like debris: no debris, and the figure stays a fact.
REAL_SENTENCES = [
    (
        "counters in a sentence",
        "Police said 36 people were arrested after 214 comments were posted online.",
        "36",
        WIRE,
    ),
    ("updated figures", "Updated figures show 1,200 injured.", "1,200", WIRE),
    ("published figures", "Published figures show 41 people were arrested on March 7.", "41", WIRE),
    (
        "live update line",
        "Updated at 14:32 GMT: Police now say 41 people were arrested.",
        "41",
        WIRE,
    ),
    (
        "views in a sentence",
        "The video drew 40,000 shares and 12 people were detained.",
        "12",
        WIRE,
    ),
    (
        "reporting by in a sentence",
        "Reporting by the BBC showed that 1,200 homes were destroyed.",
        "1,200",
        WIRE,
    ),
    ("related in a sentence", "Related protests drew 5,000 people in Porto.", "5,000", WIRE),
    ("slide words in a sentence", "Image analysis showed 3 of 8 buildings collapsed.", "3", WIRE),
    ("by a day", "By Monday, 41 people had been arrested.", "41", WIRE),
    ("dated sentence", "March 7: police say 41 people were arrested.", "41", WIRE),
    (
        "registered in a sentence",
        "Registered in England, the charity says it fed 1,200 families.",
        "1,200",
        WIRE,
    ),
    ("latest kicker", "Latest: death toll rises to 93 as search goes on.", "93", WIRE),
    ("sponsored in a sentence", "Sponsored by the union, 28,000 people marched.", "28,000", WIRE),
    ("cookies in a sentence", "The bakery sold 2,000 cookies and 300 people queued.", "300", WIRE),
    ("video in a sentence", "Video shows 12 people being rescued from the rubble.", "12", WIRE),
    ("lettered clause", "(c) 41 people were detained in Porto.", "41", WIRE),
    ("ago in a sentence", "The fire that broke out 3 days ago has burned 800 homes.", "800", WIRE),
    ("subscribers in a sentence", "Subscribers said 12 people were hurt a week ago.", "12", WIRE),
    ("get-together", "Get-togethers drew 5,000 people a week, police said.", "5,000", WIRE),
]


def test_a_teaser_list_under_its_heading_is_debris_up_to_the_next_sentence() -> None:
    text = (
        "Russia fired 90 drones at Odesa overnight, the governor said.\n"
        "More on this story\n"
        "Russia launches 400 drones in record attack\n"
        "Strike on Kharkiv kills 7\n"
        "Air defences downed 72 of the drones, the air force said.\n"
    )
    found = debris_texts(text)
    assert found == [
        ("More on this story", RejectReason.BOILERPLATE),
        ("Russia launches 400 drones in record attack", RejectReason.BOILERPLATE),
        ("Strike on Kharkiv kills 7", RejectReason.BOILERPLATE),
    ]
    assert [f.surface for f in extract(text).facts] == ["90", "72"]


def _line_outcome(
    line: str,
) -> tuple[list[tuple[str, RejectReason]], list[str], list[RejectReason]]:
    text = "Russia fired 40 drones overnight.\n\n" + line + "\n\nThe strikes hit Kharkiv."
    start = text.index(line)
    end = start + len(line)
    extraction = extract(text)
    facts = [text[f.span[0] : f.span[1]] for f in extraction.facts if start <= f.span[0] < end]
    reasons = [r.reason for r in extraction.rejected if start <= r.span[0] < end]
    return debris_texts(text), facts, reasons


@pytest.mark.parametrize(
    ("line", "provenance"), [r[1:] for r in DEBRIS_LINES], ids=[r[0] for r in DEBRIS_LINES]
)
def test_debris_line_numbers_are_boilerplate(line: str, provenance: str) -> None:
    found, facts, reasons = _line_outcome(line)
    assert found == [(line, RejectReason.BOILERPLATE)], found
    assert facts == []
    assert all(r is RejectReason.BOILERPLATE for r in reasons), reasons


@pytest.mark.parametrize(
    ("line", "figure", "provenance"),
    [r[1:] for r in REAL_SENTENCES],
    ids=[r[0] for r in REAL_SENTENCES],
)
def test_real_sentence_keeps_its_facts(line: str, figure: str, provenance: str) -> None:
    found, facts, reasons = _line_outcome(line)
    assert found == []
    assert figure in facts, facts
    assert RejectReason.BOILERPLATE not in reasons


def test_repeated_line_second_copy_is_duplicate() -> None:
    head = "Floods kill 12 people in northern Spain"
    text = f"{head}\n\n{head}\n\nRescuers are searching for 4 missing."
    assert debris_texts(text) == [(head, RejectReason.DUPLICATE)]
    assert find_debris(text)[0].span[0] > 0


def test_caption_repeated_with_credit_suffix() -> None:
    caption = "Russia launched 80 missiles against Ukraine on Friday. File"
    text = f"{caption}\n\n{caption} | Photo Credit: Reuters\n\nBody."
    assert debris_texts(text) == [(caption, RejectReason.DUPLICATE)]


def test_line_said_twice_in_a_row() -> None:
    text = "Soldier Tells Of Escape From Captors Soldier Tells Of Escape From Captors\nBody."
    assert debris_texts(text) == [("Soldier Tells Of Escape From Captors", RejectReason.DUPLICATE)]


def test_short_repeated_labels_are_not_debris() -> None:
    assert debris_texts("Summary\n\nText here.\n\nSummary") == []


SEED_DEBRIS = [
    ("000", "Follow the CNewsLive English Readers channel on WhatsApp:", RejectReason.BOILERPLATE),
    ("000", "The comments posted here are not from Cnews Live.", RejectReason.BOILERPLATE),
    ("002", "icon bookmark-bicon bookmarkicon", RejectReason.BOILERPLATE),
    ("002", "Dear readers!", RejectReason.BOILERPLATE),
    ("003", "No media source currently available", RejectReason.BOILERPLATE),
    ("003", "0:00 0:02:36 0:00", RejectReason.BOILERPLATE),
    ("003", "RFE/RL journalists report the news", RejectReason.BOILERPLATE),
    ("003", "Accessibility links", RejectReason.BOILERPLATE),
    ("003", "Breaking News", RejectReason.BOILERPLATE),
]


@pytest.mark.parametrize(
    ("prefix", "phrase", "reason"), SEED_DEBRIS, ids=[r[1][:30] for r in SEED_DEBRIS]
)
def test_seed_debris(prefix: str, phrase: str, reason: RejectReason) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    at = text.find(phrase)
    assert at >= 0
    hit = DebrisIndex(find_debris(text)).at(at)
    assert hit is not None
    assert hit.reason is reason


def test_seed_repeated_headline_keeps_first_copy() -> None:
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    headline = "Zelensky Rejects Moscow Meeting, Challenges Putin to Come to Kyiv"
    index = DebrisIndex(find_debris(text))
    first = text.find(headline)
    second = text.find(headline, first + 1)
    assert index.at(first) is None
    copy = index.at(second)
    assert copy is not None
    assert copy.reason is RejectReason.DUPLICATE


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_seed_article_body_is_not_debris(prefix: str) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    for needle in ("drones", "Zelensky"):
        at = text.find(needle)
        if at >= 0:
            assert DebrisIndex(find_debris(text)).at(at) is None
