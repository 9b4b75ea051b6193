"""Sentence and paragraph boundaries, computed once per text as spans.

Scraped news text breaks paragraphs with one or more newlines, so every line
break ends a sentence and starts a paragraph. Inside a line, a sentence ends at
``.``, ``!``, ``?`` or ``…`` (optionally followed by closing quotes or
brackets) when whitespace and an opening capital, digit or quote follow, unless
the dot closes a known abbreviation ("U.S.", "Gov.", "p.m.", "Aug.") or a single
initial ("J. Smith").

>>> text = 'Police said 12 people were held. "We are ready," Gov. Green said.\\nNext line'
>>> [text[a:b] for a, b in split_sentences(text)]
['Police said 12 people were held.', '"We are ready," Gov. Green said.', 'Next line']
>>> [text[a:b] for a, b in split_paragraphs(text)]
['Police said 12 people were held. "We are ready," Gov. Green said.', 'Next line']
"""

from __future__ import annotations

import regex

from ..rules.vocab import Vocabulary

__all__ = ["Span", "split_paragraphs", "split_sentences"]

Span = tuple[int, int]

_END = regex.compile(
    r"""
    [.!?…]++                 # the terminal mark(s)
    [\"'”’)\]]*+             # closing quotes or brackets that belong to the sentence
    (?=[ \t]++               # whitespace, then the next sentence's opening:
       [\"'“‘(\[]?+          #   an optional opening quote or bracket
       [\p{Lu}\d])           #   and a capital letter or digit
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = regex.compile(r"([\w.]+)$")
# ``“Come!” Putin said.``: a quotation ending in ! or ? continues into its speech tag,
# up to three capitalised words then a speech-tag verb (the word class
# ``speech_tag_verb``; being lower case, it is never taken for a name).
_SPEECH_TAG = regex.compile(r"[ \t]++(?:[\p{Lu}][\w.'’-]*+[ \t]++){1,3}(?P<verb>\w++)")


def split_paragraphs(text: str) -> list[Span]:
    """Non-blank lines of ``text`` as ``(start, end)`` spans, whitespace trimmed."""
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(line) + 1
    return spans


def split_sentences(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentences of ``text`` as ``(start, end)`` spans, in order, whitespace trimmed.

    ``paragraphs`` (from :func:`split_paragraphs`) saves splitting lines twice.
    """
    vocab = Vocabulary.default()
    abbreviations = vocab.word_class("abbreviation")
    speech_verbs = vocab.word_class("speech_tag_verb")
    spans: list[Span] = []
    # One scan of the whole text: a sentence end never reaches past its line (the
    # lookahead wants blanks then a capital on the same line), so each match falls
    # inside one paragraph, and one call costs far less than one per line.
    ends = list(_END.finditer(text))
    k = 0
    for p_start, p_end in split_paragraphs(text) if paragraphs is None else paragraphs:
        start = p_start
        while k < len(ends) and ends[k].start() < p_start:
            k += 1
        while k < len(ends) and ends[k].end() <= p_end:
            m = ends[k]
            k += 1
            if _is_abbreviation(text, m.start(), p_start, abbreviations):
                continue
            if m.group()[-1] in "\"”’'" and _speech_tag(text, m.end(), p_end, speech_verbs):
                continue
            a, b = _trim(text, start, m.end())
            if a < b:
                spans.append((a, b))
            start = m.end()
        a, b = _trim(text, start, p_end)
        if a < b:
            spans.append((a, b))
    return spans


def _speech_tag(text: str, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether a speech tag ("Putin said") opens ``text[start:end]``."""
    m = _SPEECH_TAG.match(text, start, end)
    return m is not None and m.group("verb") in verbs


def _is_abbreviation(text: str, dot: int, floor: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(floor, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1).lower().strip(".")
    if word in abbreviations:
        return True
    # A single capital initial ("J. Smith"), but not a one-letter sentence end.
    return len(word) == 1 and text[m.start()].isupper()


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
