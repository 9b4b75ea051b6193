"""Page debris: markers as data, structural rules, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy._clean import DebrisIndex, find_debris
from discrepancy._models import RejectReason
from discrepancy._sentences import split_paragraphs, split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def debris_texts(text: str) -> list[tuple[str, RejectReason]]:
    return [(text[d.span[0] : d.span[1]], d.reason) for d in find_debris(text)]


INVENTED = [
    ("icon list", "icon searchicon shareicon closeicon mailicon twicon vkicon", True),
    ("media clocks", "0:00 1:02:36 0:00", True),
    ("follow prompt", "Follow the Daily Herald channel on WhatsApp:", True),
    ("telegram prompt", "Follow the Kyiv Wire page on Telegram", True),
    ("cookie banner", "We use cookies to improve your experience. Accept all cookies", True),
    ("comment policy", "The comments posted here are not from The Daily Herald.", True),
    ("reading time", "5 min read", True),
    ("age stamp", "3 hours ago 412", True),
    ("bare link", "https://example.com/share?id=12345", True),
    ("read more teaser", "Read more: Floods kill 12 in Spain", True),
    ("audio badge", "Listen to this article 4 min", True),
    ("comment counter", "Follow us on Google News | 3 Comments", True),
    ("bare comment counter", "0 comments", True),
    ("sentence about comments", "The post drew 3 comments from readers, police said.", False),
    ("news sentence", "Police said 12 people were arrested on Monday.", False),
    ("sentence with icon word", "The icon of the city, a 300-year-old bridge, collapsed.", False),
    ("sentence with a clock", "The strike hit at 4:30 p.m. on Sunday.", False),
]


@pytest.mark.parametrize(
    ("line", "is_debris"), [r[1:] for r in INVENTED], ids=[r[0] for r in INVENTED]
)
def test_invented_lines(line: str, is_debris: bool) -> None:
    text = "Russia fired 40 drones overnight.\n\n" + line + "\n\nThe strikes hit Kharkiv."
    found = debris_texts(text)
    assert (found == [(line, RejectReason.BOILERPLATE)]) is is_debris, found


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


SENTENCES = [
    ("Police held 12 people. Two were freed.", ["Police held 12 people.", "Two were freed."]),
    (
        "U.S. officials said 4 p.m. Sunday was the deadline.",
        ["U.S. officials said 4 p.m. Sunday was the deadline."],
    ),
    (
        "“We are ready,” he said. “Come!” Putin said.",
        ["“We are ready,” he said.", "“Come!” Putin said."],
    ),
    ("Line one\nLine two", ["Line one", "Line two"]),
    (
        "The quake measured 6.5. It struck at noon.",
        ["The quake measured 6.5.", "It struck at noon."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[s[0][:25] for s in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_paragraphs_trim_and_skip_blank_lines() -> None:
    text = "  one  \n\n\n two\n"
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["one", "two"]
