"""Where the words that belong to a figure start and stop: the window before it, the
window after it, clauses, comma stretches and coordinated clauses of a sentence.
"""

from __future__ import annotations

import bisect
import functools
from collections import deque

import regex

from .document import Document

__all__ = [
    "CONJUNCT_CUT",
    "POST_SPAN",
    "clause_of",
    "clause_start",
    "last_match",
    "past_aside",
    "post_window_end",
    "segment_of",
]


# Where a sentence splits into stretches that can carry their own time.
_SEGMENT_CUT = regex.compile(r",(?!\d)|;|:|\s[–—]\s|\s-\s")


CONJUNCT_CUT = regex.compile(r",\s++(?:and|but|while|whereas)\s|;\s")


_RELATIVE_WORDS = frozenset(["which", "who", "whom", "where", "whose"])


_PRE_CUT = regex.compile(r"[;:(“”\"]|,(?!\d)")


_POST_CUT = regex.compile(
    r"""(?x)[;:()“”"]|,(?!\d)|\.\s|\s[–—-]\s|\s(?:and|or|but|while)\s
    # "wins with 38.2% as turnout hits record": a clause of its own ("listed as
    # missing" and "as well as" are not)
    | (?<!\b(?:listed|counted|classified|registered|reported|recorded|confirmed|identified
              |described|treated|such|so|same))
      \sas\s(?!well\b|many\b|much\b|of\b|part\b|a\s+result\b)"""
)


# An aside between a figure and its verb: "At least 61 migrants, including women and
# children, drowned", "8 people, most of them students, were arrested".
_ASIDE = regex.compile(
    r""",\s*+(?:including|among\s+them|mostly|mainly|many\s+of\s+them|most\s+of\s+them
        |all\s+of\s+them|some\s+of\s+them)\b[^,;:.!?()“”"]{1,100}+,\s*+""",
    regex.I | regex.VERBOSE,
)


_RELATIVE_BREAK = r",\s++(?:which|who|whom|where|whose)\b|;\s"


# A descriptive aside that is a clause of its own: "The stadium, built for the 1950
# World Cup, can hold 78,838" (the participles are the vocabulary's aside_participle).
# Compiled once per vocabulary: keyed on the class's words.
@functools.lru_cache(maxsize=16)
def _clause_pattern(participles: frozenset[str]) -> regex.Pattern[str]:
    if not participles:
        return regex.compile(_RELATIVE_BREAK)
    aside = "|".join(regex.escape(p) for p in sorted(participles))
    return regex.compile(rf"{_RELATIVE_BREAK}|,\s++(?:{aside})\b")


# Where a relative clause set off by commas closes: "The rain, which began on Sunday, ..."
_RELATIVE_CLOSE = regex.compile(r",(?!\d)|\s[–—]\s")


POST_SPAN = 70


def clause_start(doc: Document, start: int, end: int) -> int:
    """Start of the last clause in ``text[start:end]`` (after the last clause break)."""
    cut = last_match(_PRE_CUT, doc.text, start, end)
    return start if cut is None else cut.end()


def post_window_end(doc: Document, start: int, s_end: int, size: int) -> int:
    """End of the window after a figure: the first clause break, or ``size`` chars."""
    end = min(s_end, start + size)
    cut = _POST_CUT.search(doc.text, start, end)
    return end if cut is None else cut.start()


def past_aside(doc: Document, start: int, s_end: int) -> int:
    """Where the words after a figure go on past an aside that interrupts them."""
    m = _ASIDE.match(doc.text, start, s_end)
    if m is None:
        # "six people at the station, including two guards, were injured"
        place = _PLACE_PHRASE.match(doc.text, start, s_end)
        m = _ASIDE.match(doc.text, place.end(), s_end) if place is not None else None
    return start if m is None else m.end()


def last_match(
    pattern: regex.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> regex.Match[str] | None:
    # A one-item deque drains the iterator in C, keeping only the last match.
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    tail = deque(pattern.finditer(text, start, len(text) if end is None else end), maxlen=1)
    return tail[0] if tail else None


_PLACE_PHRASE = regex.compile(
    r"\s++(?:on|in|at|aboard|onboard|near|inside|outside|from)\b[^,;:.!?()]{1,40}?(?=,)"
)


def clause_of(doc: Document, s_start: int, s_end: int, position: int) -> tuple[int, int, bool]:
    """The clause holding ``position``: (start, end, is_relative).

    A relative clause set off by commas ends at its closing comma: after it, the
    clause it interrupted goes on ("The rain, which began on Sunday, dumped ...").
    """
    breaks = doc.clause_breaks.get((s_start, s_end))
    if breaks is None:
        breaks = []
        participles = doc.vocab.word_class("aside_participle")
        for m in _clause_pattern(participles).finditer(doc.text, s_start, s_end):
            word = m.group().lstrip(",; ").lower()
            relative = word in _RELATIVE_WORDS or word in participles
            closing = _RELATIVE_CLOSE.search(doc.text, m.end(), s_end) if relative else None
            breaks.append((m.start(), relative, s_end if closing is None else closing.start()))
        doc.clause_breaks[s_start, s_end] = breaks
    # The last break at or before ``position`` that is not a relative clause already
    # closed (past it, the clause it interrupted goes on), found from ``position``
    # back: walking every break from the start made a list sentence cubic.
    i = bisect.bisect_right(breaks, position, key=lambda b: b[0])
    end = breaks[i][0] if i < len(breaks) else s_end
    for j in range(i - 1, -1, -1):
        at, is_relative, close = breaks[j]
        if is_relative and close <= position:
            continue
        if is_relative:
            first = bisect.bisect_left(breaks, at, key=lambda b: b[0])
            end = min(end, breaks[first][2])
        return at, end, is_relative
    return s_start, end, False


def segment_of(doc: Document, s_start: int, position: int) -> int:
    """Start of the comma-delimited stretch of a sentence that holds ``position``."""
    text = doc.text
    s_end = doc.sentences[doc.sentence_of(s_start)][1] if doc.sentences else len(text)
    if position <= s_end and position > s_start and text[position - 1] == ",":
        # Cut at the end of the window, ",(?!\d)" matches a comma a digit follows:
        # the stretch starts right here (no scan back to the sentence start).
        return position
    if position > s_end:
        cut = last_match(_SEGMENT_CUT, text, s_start, position)
        return s_start if cut is None else cut.end()
    ends = doc.segment_cuts.get(s_start)
    if ends is None:
        ends = [m.end() for m in _SEGMENT_CUT.finditer(text, s_start, s_end)]
        doc.segment_cuts[s_start] = ends
    # The cuts that end by ``position`` are those a search stopping there finds.
    i = bisect.bisect_right(ends, position)
    return ends[i - 1] if i else s_start
