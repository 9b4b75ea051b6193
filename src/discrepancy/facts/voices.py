"""Voices: who a speech or report cue names, and the cues of a text's sentences.

A cue ("said", "according to") names a party, or points back to one named before
("she said", "the county added"), or names a body by a qualifier ("the Israeli
military said") or an appositive ("said Ana Ruiz, mayor of ..."). A coordinated
count that leaves its verb out names its own counter ("the police counted 8,400
and the organisers 12,000"). :mod:`discrepancy.facts.carry` uses these to
give figures their sources.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import regex

from ..models import DEFAULT_POLICY, Attribution, Quantity, Span, trusted

if TYPE_CHECKING:  # document.py imports this module (through statements.py) at load
    from ..rules.vocab import Vocabulary
    from .document import Anchor

__all__ = [
    "Figure",
    "Voice",
    "article_before",
    "gapped_counter",
    "sentences_with_cues",
    "voice_of",
]


class Figure(Protocol):
    """A figure being read (the extraction's draft): where it is and who gave it."""

    @property
    def quantity(self) -> Quantity: ...

    sentence: int
    subject: str | None
    event: str | None
    attribution: Attribution | None


# Words between a speaker and its cue that are no part of the speaker's name.
_AUX = r"(?:also|later|then|has|had|have|again|further|earlier)"
# The words right before a speech cue when they point back to a speaker named
# earlier: a pronoun ("he said") or a definite noun ("the county said", "the
# Israeli ministry added").
_POINTER_BEFORE = regex.compile(
    r"\b(?P<who>he|she|it|they|the(?:\s++[\p{L}\d-]++){1,2}?)"
    rf"(?:\s++{_AUX})*+\s*+\Z",
    regex.IGNORECASE,
)
# ..., said the county.  /  ..., she added.
_POINTER_AFTER = regex.compile(
    r"\s*+(?P<who>he|she|it|they|the(?:\s++[\p{L}\d-]++){1,2}?)\s*+(?:[,.;:!?]|\Z)",
    regex.IGNORECASE,
)
# "The Turkish military said", "the French health ministry added", "the Census
# Bureau on Tuesday reported", "Reports from Chilean media indicated": a body named
# by a capitalised name or qualifier, right before the cue.
_QUALIFIED_BODY = regex.compile(
    r"\b(?:(?i:the)|(?i:reports|figures|data|estimates)\s++(?:from|by|of|in)(?:\s++the)?)\s++"
    r"(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    rf"(?:\s++(?!{_AUX}\b)\p{{Ll}}[\p{{L}}-]++){{0,2}})"
    r"(?:\s++(?:late\s++|early\s++)?on\s++\p{Lu}\p{Ll}++)?"  # "the Census Bureau on Tuesday said"
    rf"(?:\s++{_AUX})*+\s*+\Z"
)
# The same body opening its sentence without an article: "Russian radio claimed".
_OPENING_BODY = regex.compile(
    r"(?!(?i:the|a|an|this|that|these|those|its|their)\b)(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    rf"\s++(?!{_AUX}\b)\p{{Ll}}[\p{{L}}-]++)(?:\s++{_AUX})*+\s*+\Z"
)
_FIGURE_NEXT = regex.compile(r"\s++(?:\p{Ll}++\s++)?[\d$€£]")
# "relayed by Chilean media", "via the Chilean Navy": a body named after a cue.
_QUALIFIED_AFTER = regex.compile(
    r"\s*+(?:the\s++)?(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    r"(?:\s++\p{Ll}[\p{L}-]++)?)(?=\s*+(?:[,.;:)]|\s(?:said|says|say|suggested|reported|showed)\b|\Z))"
)
# "..., said Ana Ruiz, mayor of ...": a name of two to four words before a comma.
_NAME_APPOSITIVE = regex.compile(
    r"\s*+(?P<who>\p{Lu}[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]++){1,3}),"
)
# "according to figures from the Census Bureau": the body the figures come from.
_DATA_FROM = regex.compile(
    r"\s*+(?:\p{Ll}++\s++)?(?:data|figures|statistics|estimates|numbers|records)\s++"
    r"(?:from|of|by|released\s++by|published\s++by)\s++(?:the\s++)?"
    r"(?P<who>\p{Lu}[\p{L}'’.-]*+(?:\s++(?:of\s++)?\p{Lu}[\p{L}'’.-]*+){0,4})"
)
# "... counted 8,400 marchers and the organisers 12,000": a party, then the figure.
_GAP_BEFORE = regex.compile(
    r"\b(?:and|while|against|versus)\s++(?P<who>(?:the\s++)?\p{L}[\p{L}'’-]*+(?:\s++\p{L}[\p{L}'’-]*+)?)"
    r"\s++\Z"
)
# "... 22,000 identified by the police and 30,000 by the unions": the figure, then "by" a party.
_GAP_AFTER = regex.compile(
    r"\s++by\s++(?P<who>(?:the\s++)?\p{L}[\p{L}'’-]*+(?:\s++\p{L}[\p{L}'’-]*+)?)"
    r"\s*+(?:[,.;:)–—]|\s-\s|\Z)"
)
_ARTICLE_BEFORE = regex.compile(r"\b(?i:the)\s++\Z")
_ARTICLE_OPENING = regex.compile(r"\A(?i:the)\s++")
_POINTER_CANDIDATES = 12  # earlier sources a pointer may name: keeps the pass linear
_PERSON_POINTERS = frozenset(["he", "she"])
_BODY_POINTERS = frozenset(["it"])


@dataclass(slots=True)
class Voice:
    """Who is speaking: the attribution a statement's figures take, and where it stands."""

    attribution: Attribution
    kind: str | None  # "person", "organization", ... as the vocabulary types the source
    sentence: int = -1  # the last sentence of the statement
    counts: frozenset[tuple[str | None, str | None]] = frozenset()  # (subject, event)
    background: bool = False  # the statement names a year
    cue_end: int = -1  # for a pointer ("the union had reported"): where its cue ends
    renames: Span | None = None  # where "the Commission" stands, which this voice names in full
    as_subject: bool = False  # named before its cue, as the subject ("the union had reported")


def sentences_with_cues(
    lowered: str, sentence_starts: Sequence[int], phrases: Sequence[str]
) -> set[int]:
    """Indices of the sentences a cue phrase may start in, one ``str.find`` pass per phrase.

    A superset of the sentences holding a cue (a phrase that runs past its
    sentence's end is counted too): what a per-sentence search would find,
    for one scan of the article instead of one per sentence.

    >>> sorted(sentences_with_cues("police said 5 died. rain fell.", [0, 20], ["said"]))
    [0]
    """
    out: set[int] = set()
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            out.add(max(0, bisect.bisect_right(sentence_starts, at) - 1))
            at = lowered.find(phrase, at + len(phrase))
    return out


def gapped_counter(
    text: str, s_start: int, s_end: int, f: Figure, vocabulary: Vocabulary
) -> Attribution | None:
    """The counter of a coordinated count that leaves its verb out, if one is named.

    "the police counted 8,400 and the organisers 12,000": the party right
    before the figure after "and"; "12,000 ... by the police and 19,000 by the
    unions": the party right after the figure after "by". The party must be a
    source the vocabulary knows ("organisers", "police", "CGT"), not any noun.
    """
    start, end = f.quantity.span
    m = _GAP_BEFORE.search(text, max(s_start, start - 50), start) or _GAP_AFTER.match(
        text, end, min(s_end, end + 50)
    )
    if m is None or vocabulary.entity_type(m["who"]) not in ("organization", "person"):
        return None
    # As written ("the organizers 22,000": "organizers"): the vocabulary only vouches
    # that the word names a source; comparison groups spellings by claimant family.
    who = _ARTICLE_OPENING.sub("", m["who"])
    cue = f.attribution.cue if f.attribution is not None else None
    return trusted(Attribution, source=who, cue=cue, span=(m.end("who") - len(who), m.end("who")))


def voice_of(
    text: str, s_start: int, s_end: int, cue: Anchor, named: Sequence[Voice]
) -> tuple[Voice | None, bool]:
    """The speaker a cue names, and whether the text names it here (not pointing back).

    Besides the party the cue already names, this reads what the cue left
    unresolved: "he", "it" and "the county" point to an earlier source; "the
    Israeli military said" names a body by a capitalised qualifier; "said Ana
    Ruiz, mayor of ..." names a person before an appositive; "according to figures
    from the Census Bureau" names the body the figures come from.
    """
    if cue.source is not None:
        full = _named_in_full(text, cue, named)
        if full is not None:
            return full, False
        kind = cue.source_type
        span = cue.source_span
        if kind is None and span is not None and article_before(text, span[0]):
            kind = "organization"  # "the Red Cross": a person's name takes no article
        return Voice(trusted(Attribution, source=cue.source, cue=cue.cue, span=span), kind), True
    if cue.position != "before":
        m = _DATA_FROM.match(text, cue.end, min(s_end, cue.end + 80)) or _QUALIFIED_AFTER.match(
            text, cue.end, min(s_end, cue.end + 60)
        )
        return (_named_here(m, cue, "organization"), True) if m else (None, False)
    m = _POINTER_BEFORE.search(text, max(s_start, cue.start - 60), cue.start)
    if m is None:
        m = _POINTER_AFTER.match(text, cue.end, min(s_end, cue.end + 40))
    if m is not None:
        who = m["who"].lower().split()
        candidates = named[-_POINTER_CANDIDATES:]
        for voice in reversed(candidates):
            if _points_to(who, voice):
                pointed = voice.attribution.model_copy(update={"cue": cue.cue})
                return Voice(pointed, voice.kind, cue_end=cue.end), False
        side = _side_for_pronoun(who, candidates)
        if side is not None:
            pointed = side.attribution.model_copy(update={"cue": cue.cue})
            return Voice(pointed, side.kind, cue_end=cue.end), False
    m = _QUALIFIED_BODY.search(text, max(s_start, cue.start - 60), cue.start)
    if m is None and cue.start - s_start <= 60 and not _FIGURE_NEXT.match(text, cue.end):
        # "Russian radio claimed that ...", but "Retail added 15,700 jobs" is a
        # count, not a speech.
        m = _OPENING_BODY.match(text, s_start, cue.start)
    if m is not None:
        return _named_here(m, cue, "organization"), True
    m = _NAME_APPOSITIVE.match(text, cue.end, min(s_end, cue.end + 60))
    if m is not None:
        return _named_here(m, cue, "person"), True
    return None, False


def _named_in_full(text: str, cue: Anchor, named: Sequence[Voice]) -> Voice | None:
    """The body named in full before, that "the Commission" or "the Ministry" (one
    capitalised word after "the") points back to: the last source whose name, as written
    where it was named, holds the word ("the National Commission on Water Safety (NCWS)"
    named "NCWS")."""
    span = cue.source_span
    word = (cue.source or "").lower()
    if span is None or " " in word or not word[:1].isalpha() or not article_before(text, span[0]):
        return None
    for voice in reversed(named[-_POINTER_CANDIDATES:]):
        before = voice.attribution.span
        if before is None or voice.attribution.source.lower() == word:
            continue
        written = _WORD.findall(text[before[0] : before[1]].lower())
        if word in written and len(written) > 1:
            pointed = voice.attribution.model_copy(update={"cue": cue.cue})
            return Voice(pointed, voice.kind, cue_end=cue.end, renames=span)
    return None


_WORD = regex.compile(r"\p{L}++")


def article_before(text: str, start: int) -> bool:
    """Whether "the" stands right before ``start``: a person's name takes no article, so
    "the Red Cross" is a body even when the vocabulary does not know it.

    >>> article_before("said the Red Cross", 9), article_before("said Ana Ruiz", 5)
    (True, False)
    """
    return _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None


def _named_here(m: regex.Match[str], cue: Anchor, kind: str) -> Voice:
    return Voice(trusted(Attribution, source=m["who"], cue=cue.cue, span=m.span("who")), kind)


def _side_for_pronoun(who: list[str], candidates: Sequence[Voice]) -> Voice | None:
    """The side of a count "he" or "she" stands for in translated copy, where a union
    or a prefecture is "he" ("the union had reported 300,000. He had counted 480,000"):
    the last source named, when it is one side of a count (``Policy.claimant_families``)
    and no person was named before, whom the pronoun would point to."""
    if who[-1] not in _PERSON_POINTERS or any(_points_to(who, v) for v in candidates):
        return None
    # A pronoun stands for the subject of what was said before, not for the party of
    # an aside ("..., according to the prefecture").
    last = next((v for v in reversed(candidates) if v.as_subject), None)
    if last is None or last.kind == "person":
        return None
    source = last.attribution.source.lower()
    claimant = DEFAULT_POLICY.claimant(source)
    sides = DEFAULT_POLICY.claimant_families
    return last if claimant != source or source in sides else None


def _points_to(who: list[str], voice: Voice) -> bool:
    word = who[-1]
    if word in _PERSON_POINTERS or word.endswith("-year-old"):  # "the 34-year-old said"
        # A name the vocabulary does not know ("Mr Okafor" -> "Okafor") has no type.
        return voice.kind == "person" or (
            voice.kind is None and voice.attribution.source[:1].isupper()
        )
    if word in _BODY_POINTERS:
        return voice.kind in ("organization", "outlet")
    if word == "they":
        return True
    words = [w.rstrip("s") for w in voice.attribution.source.lower().split()]
    if word.rstrip("s") in words:
        return True
    # "the union" after "the CGT": one side of a count, by the policy's claimant families.
    family = DEFAULT_POLICY.claimant(word)
    return family != word and family == DEFAULT_POLICY.claimant(voice.attribution.source)
