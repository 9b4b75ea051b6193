"""Dated statements: who said what, and on which day the text says it was said.

Outlets often quote the same remark and date it differently (or not at all). A
statement is a quotation of at least four words with a speaker the text names (a
name, or a pronoun or role such as "the Kremlin spokesman" that points back to one),
and the day a time expression in its sentence, or in the sentence that introduces
it, resolves to. Lining statements up across articles is the comparison's job
(:mod:`discrepancy.comparison.statements`).

>>> from datetime import date
>>> from discrepancy.facts.statements import find_statements
>>> from discrepancy.mentions.times import find_times
>>> text = ('Kremlin spokesperson Dmitry Peskov spoke on Friday. '
...         '"He was invited to Moscow to talk, not to capitulate," the Kremlin spokesman said.')
>>> [(s.speaker, s.quote, str(s.time)) for s in find_statements(
...     text, find_times(text, published=date(2025, 9, 5)))]
[('Peskov', 'He was invited to Moscow to talk, not to capitulate,', 'day:2025-09-05..2025-09-05')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..models import Granularity, Statement, TimeMention, trusted
from ..text.gate import lower_text
from .carry import carry_sources
from .voices import sentences_with_cues

if TYPE_CHECKING:
    from ..rules.vocab import Vocabulary

# carry_sources and sentences_with_cues are imported from here by the extraction.
__all__ = ["carry_sources", "find_statements", "sentences_with_cues"]

# Four words or fewer are usually scare quotes or names (“coalition of the resolute”).
_MIN_WORDS = 5
_MAX_QUOTE = 800

_QUOTE = regex.compile(
    r"""
    “(?P<q>[^“”\n]{1,800}+)”        # curly quotes
    | "(?P<q>[^"\n]{1,800}+)"         # straight quotes, paired on one line
    """,
    regex.VERBOSE,
)


# Up to six capitalised words: "Russian Defence Minister Andrei Belousov".
_NAME = r"\p{Lu}[\p{L}'’-]++(?:\s++\p{Lu}[\p{L}'’-]++){0,5}"
_PRONOUN = r"he|she|they|He|She|They"

# '<Nationality|Institution> <title> <First> <Last>' introduces a person with a role.
# The title word is found first (a literal scan is fast); the name after it and the
# organisation before it are read in a bounded window around that hit.
_TITLE = regex.compile(
    r"""\b(?P<title>[Pp]resident|leader|spokes(?:man|woman|person)|[Mm]inister|[Mm]ayor
        |[Gg]overnor|[Cc]hancellor|[Cc]hief|[Ss]ecretary|[Cc]ommander)\s++""",
    regex.VERBOSE,
)
# The words _TITLE starts with, in lower case. A str.find per word lists every place
# a title can start far faster than a regex search over the whole text; _TITLE then
# confirms each place (see _titles).
_TITLE_WORDS = (
    "president",
    "leader",
    "spokes",
    "minister",
    "mayor",
    "governor",
    "chancellor",
    "chief",
    "secretary",
    "commander",
)
_NAME_AT = regex.compile(_NAME)
_ORG_BEFORE = regex.compile(
    r"(?P<org>\p{Lu}[\p{L}-]++)\s++(?:(?:Foreign|Defence|Defense|Prime|Interior)\s++)?\Z"
)
_ROLE_CLASS = regex.compile(
    r"(?P<cls>president|leader|spokes|minister|chancellor|premier|mayor|governor)", regex.I
)
_PRONOUNS = {"he", "she", "they"}
# A quotation is long enough when it holds _MIN_WORDS runs of word characters
# (``len(_WORD.findall(q)) >= _MIN_WORDS``); the search stops at the fifth.
_ENOUGH_WORDS = regex.compile(rf"\w++(?:\W++\w++){{{_MIN_WORDS - 1}}}")


class _Speakers(NamedTuple):
    """The patterns that find a quotation's speaker, built from the vocabulary's speech
    verbs (quote_speech_verb) and speakers' titles (speaker_title)."""

    after: regex.Pattern[str]
    before: regex.Pattern[str]
    speech_verb: regex.Pattern[str]
    before_reach: int


# Compiled once per vocabulary: keyed on the classes' words.
@functools.lru_cache(maxsize=16)
def _speakers(verbs: frozenset[str], roles: frozenset[str]) -> _Speakers:
    speech = "|".join(regex.escape(v) for v in sorted(verbs)) or "(?!)"
    role = (
        r"(?:the\s++)?(?:\p{Lu}[\p{L}-]++\s++|\p{Ll}[\p{L}-]++\s++){0,3}?(?:"
        + ("|".join(regex.escape(r) for r in sorted(roles)) or "(?!)")
        + r")"
    )
    return _Speakers(
        # Speaker right after the closing quote: ', he said' / ', Sybiha noted' / ' said Peskov'.
        after=regex.compile(
            rf"""[\s,]*+(?:
            (?P<who>{_NAME}|{_PRONOUN}|{role}(?:\s++{_NAME})?)\s++(?:\p{{Ll}}++\s++)?(?:{speech})\b
            | (?:{speech})\s++(?P<who>{_NAME}|{role}(?:\s++{_NAME})?)
            )""",
            regex.VERBOSE,
        ),
        # Speaker before the opening quote in the same sentence: 'Zelensky said, "...'.
        before=regex.compile(
            rf"(?P<who>{_NAME}|{_PRONOUN}|{role})\s++(?:\p{{Ll}}++\s++)?(?:{speech})\b[^“\"]{{0,200}}+\Z",
            regex.VERBOSE,
        ),
        # `before` ends with a speech verb at most 200 characters before the quotation: a
        # quotation with no speech verb in that stretch needs no search over the sentence.
        speech_verb=regex.compile(rf"(?:{speech})\b"),
        before_reach=200 + max((len(v) for v in verbs), default=0),
    )


@functools.lru_cache(maxsize=512)
def _role_class(text: str) -> str | None:
    m = _ROLE_CLASS.search(text)
    if m is None:
        return None
    cls = m["cls"].lower()
    return "leader" if cls in ("president", "leader", "premier", "chancellor") else cls


_POSSESSIVE = regex.compile(r"['’]s?$")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}-]++(?:['’]s)?+")


def _canonical(name: str, vocabulary: Vocabulary) -> str:
    """One name per person: the vocabulary's, else the surname as written."""
    name = _POSSESSIVE.sub("", name)
    found = vocabulary.canonical_entity(name)
    if found is None and " " in name:
        found = vocabulary.canonical_entity(name.split()[-1]) or name.split()[-1]
    return found or name


def find_statements(
    text: str,
    times: Sequence[TimeMention],
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    vocabulary: Vocabulary | None = None,
    lowered: str | None = None,
) -> list[Statement]:
    """Quotations with a speaker, dated by the time expression that governs them.

    Args:
        text: the article text.
        times: the article's time mentions (from :func:`discrepancy.find_times`).
        sentences: sentence spans, if already split.
        vocabulary: entity aliases for one name per speaker (default: shipped data).
        lowered: ``lower_text(text)``, if already made.

    Returns:
        Statements in text order; quotes with no recognisable speaker are left out.
    """
    from ..rules.vocab import Vocabulary
    from ..text.sentences import split_sentences

    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    if sentences is None:
        sentences = split_sentences(text)
    quotes = [m for m in _QUOTE.finditer(text) if _ENOUGH_WORDS.search(m["q"]) is not None]
    if not quotes:
        return []
    roles = _roles(text, lower_text(text) if lowered is None else lowered, vocab)
    find = _speakers(vocab.word_class("quote_speech_verb"), vocab.word_class("speaker_title"))
    titled = set(roles.values())
    starts = [a for a, _ in sentences]
    quote_starts = [q.start() for q in quotes]
    time_starts = [t.span[0] for t in times]
    out: list[Statement] = []
    last_speaker: str | None = None
    for n, m in enumerate(quotes):
        i = bisect.bisect_right(starts, m.start()) - 1
        s_start = sentences[i][0] if i >= 0 else 0
        who = find.after.match(text, m.end(), min(len(text), m.end() + 120))
        if who is None and find.speech_verb.search(
            text, max(s_start, m.start() - find.before_reach), m.start()
        ):
            # No part of find.before matches a quotation mark: start after the last one.
            after_quote = max(
                text.rfind("“", s_start, m.start()), text.rfind('"', s_start, m.start())
            )
            who = find.before.search(text, max(s_start, after_quote + 1), m.start())
        if who is None:
            continue
        # A pronoun points to the subject of its sentence or of the one before: the
        # first person named before the quotation (names after "he said" are objects,
        # "referring to Donald Trump"), then in the sentence before; else the last speaker.
        nearby = None
        if who["who"].strip().lower() in _PRONOUNS:
            prev_start = sentences[i - 1][0] if i >= 1 else s_start
            nearby = _first_person(
                text, (s_start, m.start()), quotes[:n], quote_starts, titled, vocab
            ) or _first_person(text, (prev_start, s_start), quotes[:n], quote_starts, titled, vocab)
        speaker = _resolve(who["who"], roles, nearby, last_speaker, vocab)
        if speaker is None:
            continue
        last_speaker = speaker
        window, surface = _governing_time(times, time_starts, sentences, i, m, speaker, text)
        out.append(
            trusted(
                Statement,
                speaker=speaker,
                quote=m["q"],
                span=(m.start("q"), m.end("q")),
                time=window.window if window else None,
                time_surface=surface,
            )
        )
    return out


def _roles(text: str, lowered: str, vocabulary: Vocabulary) -> dict[tuple[str, str | None], str]:
    """Who holds which role in this text: ("kremlin", "spokes") -> "Peskov"."""
    roles: dict[tuple[str, str | None], str] = {}
    for t in _titles(text, lowered):
        name = _NAME_AT.match(text, t.end(), min(len(text), t.end() + 80))
        if name is None:
            continue
        org = _ORG_BEFORE.search(text, max(0, t.start() - 40), t.start())
        person = _canonical(name.group(), vocabulary)
        roles[((org["org"] if org else "").lower(), _role_class(t["title"]))] = person
        roles.setdefault(("", _role_class(t["title"])), person)
    return roles


def _titles(text: str, lowered: str) -> Iterator[regex.Match[str]]:
    """``_TITLE.finditer(text)``, trying _TITLE only where a title word starts."""
    starts: set[int] = set()
    for word in _TITLE_WORDS:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end:  # finditer resumes after each match: skip starts inside it
            m = _TITLE.match(text, at)
            if m is not None:
                end = m.end()
                yield m


def _first_person(
    text: str,
    region: tuple[int, int],
    quotes: Sequence[regex.Match[str]],
    quote_starts: Sequence[int],
    titled: set[str],
    vocabulary: Vocabulary,
) -> str | None:
    """The first person named in ``region`` outside quotations, if any."""
    for m in _CAPITALISED.finditer(text, *region):
        q = bisect.bisect_right(quote_starts, m.start()) - 1
        if 0 <= q < len(quotes) and m.start() < quotes[q].end():
            continue
        word = _POSSESSIVE.sub("", m.group())
        if vocabulary.entity_type(word) == "person":
            return vocabulary.canonical_entity(word)
        if word in titled:
            return word
    return None


def _resolve(
    who: str,
    roles: dict[tuple[str, str | None], str],
    nearby: str | None,
    last: str | None,
    vocabulary: Vocabulary,
) -> str | None:
    word = who.strip()
    if word.lower() in _PRONOUNS:
        return nearby or last
    words = word.split()
    cls = _role_class(words[-1])
    if cls is not None:
        # "the Kremlin spokesman", "the Ukrainian leader": a role, not a name.
        org = next((w.lower() for w in words[:-1] if w[0].isupper()), "")
        return roles.get((org, cls)) or roles.get(("", cls))
    # "the Kremlin spokesman Dmitry Peskov", "Governor Maria Lopez": the name is what
    # follows the last title word.
    titled = [i for i, w in enumerate(words[:-1]) if _role_class(w) is not None]
    if titled:
        words = words[titled[-1] + 1 :]
    elif word[0].islower():
        return None
    return _canonical(" ".join(words), vocabulary)


def _governing_time(
    times: Sequence[TimeMention],
    time_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    i: int,
    quote: regex.Match[str],
    speaker: str,
    text: str,
) -> tuple[TimeMention | None, str | None]:
    def first_in(start: int, end: int) -> TimeMention | None:
        for k in range(bisect.bisect_left(time_starts, start), len(times)):
            t = times[k]
            if t.span[0] >= end:
                return None
            # A bare year ("by 2035") is a target or a label, never the day of a remark.
            if (
                not quote.start() <= t.span[0] < quote.end()
                and t.window.granularity is not Granularity.YEAR
            ):
                return t
        return None

    s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
    here = first_in(s_start, s_end)
    if here is not None:
        return here, here.surface
    # The sentence that introduces the quote ("X dismissed the offer on Thursday.").
    if i >= 1:
        p_start, p_end = sentences[i - 1]
        before = text[p_start:p_end]
        # The speaker test is cheap and usually fails: make it first.
        if speaker.split()[-1] in before and not any(
            _ENOUGH_WORDS.search(q["q"]) is not None for q in _QUOTE.finditer(before)
        ):
            found = first_in(p_start, p_end)
            if found is not None:
                return found, found.surface
    return None, None
