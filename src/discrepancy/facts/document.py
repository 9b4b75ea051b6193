"""The read-only analysis of one article that every pass reads: text, lowered text,
sentences, paragraphs, time mentions, page debris, and the tokens and cues of each
sentence (computed once, on first use).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from ..models import Policy, Quantity, TimeMention
from ..rules.vocab import CueEntry, Token, Vocabulary, tokenize
from ..text.debris import DebrisIndex
from .statements import sentences_with_cues

__all__ = [
    "Anchor",
    "Document",
    "Span",
    "TimePlan",
    "content_paragraphs",
    "cue_spans",
    "headline_span",
    "sentence_tokens",
    "span_tokens",
]


Span = tuple[int, int]


_HEADLINE_CHARS = 300


@dataclass(slots=True)
class Anchor:
    """A speech, report or relay cue in a sentence and the party it names."""

    start: int
    end: int
    source: str | None
    role: str
    source_type: str | None
    cue: str
    source_span: Span | None
    position: str = "before"


@dataclass
class Document:
    """One article as the passes read it: built once by :func:`~discrepancy.facts.extract.extract`.

    The text and what is found in it once (sentences, paragraphs, time mentions, page
    debris) are never changed by a pass; the ``*_by_sentence``, ``*_cuts``,
    ``clause_breaks``, ``time_plans``, ``persons``, ``cue_sentences`` and
    ``located_names`` fields cache readings of it that several passes ask for, filled
    on first use.
    """

    text: str
    vocab: Vocabulary
    sentences: list[Span]
    sentence_starts: list[int]
    paragraphs: list[Span]
    paragraph_starts: list[int]
    times: list[TimeMention]
    time_starts: list[int]
    debris: DebrisIndex
    quantities: list[Quantity]  # the scanner's figures, in text order
    published: date | datetime | None  # what relative times and the default window count from
    policy: Policy  # widths and vague bounds of hedged figures
    lowered: str = ""
    anchors_by_sentence: dict[int, list[Anchor]] = field(default_factory=dict)
    cues_by_sentence: dict[int, list[tuple[int, int, CueEntry]]] = field(default_factory=dict)
    clause_breaks: dict[Span, list[tuple[int, bool, int]]] = field(default_factory=dict)
    segment_cuts: dict[int, list[int]] = field(default_factory=dict)  # cut ends, by start
    conjunct_cuts: dict[int, list[int]] = field(default_factory=dict)  # cut ends, by start
    tokens_by_sentence: dict[int, tuple[list[Token], list[int]]] = field(default_factory=dict)
    time_plans: dict[int, TimePlan] = field(default_factory=dict)
    persons: list[tuple[int, str]] | None = None
    cue_sentences: set[int] | None = None
    located_names: frozenset[str] | None = None  # names the text writes after in/at/near

    def sentence_of(self, position: int) -> int:
        """Index of the sentence holding ``position`` (0 when there are none)."""
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def paragraph_of(self, position: int) -> int:
        """Index of the paragraph holding ``position`` (0 when there are none)."""
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def times_in(self, span: Span) -> list[TimeMention]:
        """The time mentions that start inside ``span``, in text order."""
        lo = bisect.bisect_left(self.time_starts, span[0])
        hi = bisect.bisect_left(self.time_starts, span[1])
        return self.times[lo:hi]


def sentence_tokens(doc: Document, sentence: int) -> tuple[list[Token], list[int]]:
    """Tokens of a sentence (computed once), with their start offsets."""
    cached = doc.tokens_by_sentence.get(sentence)
    if cached is None:
        a, b = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
        toks = tokenize(doc.text, a, b)
        cached = (toks, [t[0] for t in toks])
        doc.tokens_by_sentence[sentence] = cached
    return cached


def span_tokens(doc: Document, sentence: int, start: int, end: int) -> tuple[list[Token], int, int]:
    """The sentence tokens and the index range of those inside ``start..end``."""
    toks, starts = sentence_tokens(doc, sentence)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and toks[hi - 1][1] > end:
        hi -= 1
    return toks, lo, hi


def headline_span(doc: Document) -> Span | None:
    """The first paragraph that is not page debris (the headline or the lede)."""
    for a, b in doc.paragraphs:
        if doc.debris.at(a) is None:
            return a, min(b, a + _HEADLINE_CHARS)
    return None


def cue_spans(doc: Document, sentence: int) -> list[tuple[int, int, CueEntry]]:
    """The cues of a sentence in order, (start, end, entry), found once per sentence."""
    cached = doc.cues_by_sentence.get(sentence)
    if cached is not None:
        return cached
    out: list[tuple[int, int, CueEntry]] = []
    if doc.cue_sentences is None:
        doc.cue_sentences = sentences_with_cues(
            doc.lowered, doc.sentence_starts, doc.vocab.cue_phrases
        )
    if sentence in doc.cue_sentences:
        toks, _ = sentence_tokens(doc, sentence)
        heads = doc.vocab.cue_forms.heads  # most tokens start no cue: skip the call
        i = 0
        while i < len(toks):
            m = doc.vocab.cue_forms.match(toks, i) if toks[i][2] in heads else None
            if m is None:
                i += 1
                continue
            cue = doc.vocab.cue(m[1])
            c_start, c_end = toks[i][0], toks[m[0] - 1][1]
            i = m[0]
            if cue is not None:
                out.append((c_start, c_end, cue))
    doc.cues_by_sentence[sentence] = out
    return out


@dataclass(slots=True)
class TimePlan:
    """What a sentence's times are, whichever figure asks: found once per sentence.

    ``kinds[k]`` says what time ``k`` can be for any figure: ``debris``,
    ``comparison`` (a "since 2019, when ..." point at most), ``target``, ``speech``
    (dates a speech verb) or ``stated``. ``clauses[k]`` is its clause (start, end)
    when that clause is a relative one that governs only itself, else None;
    ``segments[k]`` its stretch; ``rivals`` the stretches holding a figure the text
    compares with; ``where_after[k]`` whether ", where/when" follows it.
    """

    figures: Sequence[Span]
    published: date | None
    times: list[TimeMention]
    kinds: list[str]
    clauses: list[tuple[int, int] | None]
    segments: list[int]
    rivals: set[int]
    where_after: list[bool]
    by_end: list[int]  # time indices in order of their ends
    ends: list[int]  # the ends, in that order
    speech: list[int]  # indices of the times that date a speech verb


def content_paragraphs(doc: Document) -> list[int]:
    """Each paragraph's rank among the paragraphs that are not page debris.

    A video caption or a share prompt between two paragraphs of a wire story
    does not break the story's thread of time.
    """
    out: list[int] = []
    rank = -1
    for p_start, p_end in doc.paragraphs:
        debris = doc.debris.at(p_start) is not None and doc.debris.at(max(p_start, p_end - 1))
        # The rstrip() of the paragraph, in place: slicing every paragraph cost more.
        while p_end > p_start and doc.text[p_end - 1].isspace():
            p_end -= 1
        # A line that is not a sentence ("Watch: protesters gather") is a caption.
        if not debris and (
            doc.text.endswith((".", "!", "?", '"', "”"), p_start, p_end) or p_end - p_start > 120
        ):
            rank += 1
        out.append(max(rank, 0))
    return out
