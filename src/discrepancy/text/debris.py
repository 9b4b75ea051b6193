"""Page debris: the parts of a captured page that are not the article.

Captured pages carry icon-font names, share and follow prompts, comment
policies, media-player clocks, self-promotion footers, cookie banners and
repeated headlines or captions. Debris is returned as spans; the text is never
altered, so every span the rest of the library reports still indexes the text
as given.

Two kinds of rule find it:

* markers, as data (``boilerplate.jsonl`` in :class:`~discrepancy.Vocabulary`):
  the whole line holding a marker is debris. A ``^`` marker must match from the
  line start (all of them are tried in one call per short line); any other
  marker is searched only in lines holding its needle, and one starting with
  ``\\G`` must match from the line's first non-blank character (a stamp after a
  byline, a credit holding a ``/``), which keeps costly patterns off most lines;
* structure, in code: a line mostly made of short tokens ending in ``icon``
  (icon-font ligatures), a line of nothing but clock times (media players), and
  a line repeated verbatim, or repeated at the start of a later line, or said
  twice in one line (headlines and captions captured twice).

Figures in a marker or structural line are reported as ``boilerplate``; figures
in the second copy of a repeated line as ``duplicate`` (the first copy stays
text, so a repeated headline still counts once).

>>> text = "Police held 12 people.\\n0:00\\n24:55\\nPolice held 12 people."
>>> [(text[a:b], d.reason.value) for d in find_debris(text) for a, b in [d.span]]
[('0:00', 'boilerplate'), ('24:55', 'boilerplate'), ('Police held 12 people.', 'duplicate')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..models import RejectReason
from ..rules.vocab import Vocabulary
from .reading import lower_text
from .sentences import split_paragraphs

__all__ = ["Debris", "DebrisIndex", "find_debris"]

Span = tuple[int, int]

_TOKEN = regex.compile(r"\S++")
_CLOCKS = regex.compile(
    r"""
    ^(?:\d{1,2}:\d{2}(?::\d{2})?+  # a clock or duration: 0:00, 24:55, 0:02:36
       (?:\s++|$))++$              # and nothing else on the line
    """,
    regex.VERBOSE,
)
_WORDS = regex.compile(r"[\w']++")
_MAX_SHORT_LINE = 300  # whole-line markers and clock lines are short
_MIN_DUPLICATE = 20  # shorter repeated lines ("Podcasts", "Summary") are harmless labels
_HEAD = 16  # earlier lines are indexed by this many first characters (< _MIN_DUPLICATE)
# A heading over a list of links to other stories: the lines under it that are not
# sentences (headlines end without a full stop) are teasers with figures of their own.
_TEASER_HEADING = regex.compile(
    r"""(?i:[\s|·•>–—-]*+
        (?:more\ on\ this\ (?:story|topic)|related(?:\ (?:stories|articles|coverage|news|content))?
        |most\ (?:read|popular|viewed)|read\ (?:more|next|also)|you\ (?:may|might)\ also\ like
        |recommended(?:\ for\ you)?|top\ stories|latest(?:\ news|\ stories)?|editor'?s\ picks
        |more\ (?:stories|news|from\ [\w\ ]{1,30}+)|also\ read|see\ also|what\ to\ read\ next)
        [\s:|·•>–—-]*+)""",
    regex.VERBOSE,
)
_MAX_HEADING = 60
_MAX_TEASER = 160
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":")


@dataclass(frozen=True, slots=True)
class Debris:
    """One stretch of page debris.

    Attributes:
        span: ``(start, end)`` in the text.
        reason: ``boilerplate`` or ``duplicate``.
        rule: which rule fired (a marker's note, ``icons``, ``clocks``,
            ``repeated line``...).
    """

    span: Span
    reason: RejectReason
    rule: str


class DebrisIndex:
    """Debris spans with fast "is this position debris?" lookups.

    >>> index = DebrisIndex([Debris((5, 9), RejectReason.BOILERPLATE, "x")])
    >>> index.at(6).reason.value, index.at(2) is None
    ('boilerplate', True)
    """

    def __init__(self, debris: Sequence[Debris]) -> None:
        self.debris = sorted(debris, key=lambda d: d.span)
        self._starts = [d.span[0] for d in self.debris]

    def at(self, position: int) -> Debris | None:
        """The debris covering ``position``, or None."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self.debris[i].span[0] <= position < self.debris[i].span[1]:
            return self.debris[i]
        return None


def find_debris(
    text: str,
    vocabulary: Vocabulary | None = None,
    *,
    paragraphs: Sequence[Span] | None = None,
    lowered: str | None = None,
) -> list[Debris]:
    """Spans of ``text`` that are page debris, in text order, not overlapping.

    Args:
        text: the article text, as given.
        vocabulary: markers to use (default: the shipped vocabulary).
        paragraphs: ``split_paragraphs(text)``, when the caller has it already.
        lowered: ``lower_text(text)``, when the caller has it already.

    Returns:
        The debris spans, each with its reason and the rule that found it.

    >>> text = "icon bookmark-bicon bookmarkicon cameraicon checkicon\\nRussia fired 91 drones."
    >>> [(d.rule, text[d.span[0]:d.span[1]][:13]) for d in find_debris(text)]
    [('icons', 'icon bookmark')]
    """
    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    if lowered is None:
        lowered = lower_text(text)
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    found = _Found()
    anchored = _searched_markers(text, lowered, vocab, found)
    _anchored_markers(text, paragraphs, vocab.boilerplate_lines, anchored, found)
    _structure(text, lowered, paragraphs, found)
    found.debris.sort(key=lambda d: d.span)
    return found.debris


_Marker = tuple[regex.Pattern[str], str]  # a compiled marker and the rule it reports


@dataclass(slots=True)
class _Found:
    """The debris found so far, and the starts of the lines marked whole."""

    debris: list[Debris] = field(default_factory=list)
    marked: set[int] = field(default_factory=set)

    def mark(self, line: Span, rule: str) -> None:
        """Mark a whole line as boilerplate, once."""
        if line[0] not in self.marked and line[0] < line[1]:
            self.marked.add(line[0])
            self.debris.append(Debris(line, RejectReason.BOILERPLATE, rule))

    def add(self, span: Span, reason: RejectReason, rule: str) -> None:
        """Add a stretch of debris found by a structural rule."""
        self.debris.append(Debris(span, reason, rule))


@dataclass(slots=True)
class _Seen:
    """The lines seen so far, for the repeated-line rules."""

    lines: dict[str, Span] = field(default_factory=dict)
    lengths: set[int] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)


def _searched_markers(text: str, lowered: str, vocab: Vocabulary, found: _Found) -> list[_Marker]:
    """Mark the lines holding a marker searched anywhere in a line.

    Returns:
        The markers anchored at a line start (``^``), in vocabulary order, which
        :func:`_anchored_markers` tries on short lines.
    """
    anchored: list[_Marker] = []
    for pattern, entry, needle in zip(
        vocab.boilerplate_re, vocab.boilerplate, vocab.boilerplate_needles, strict=True
    ):
        rule = entry.note or "marker"
        if entry.pattern.startswith("^"):
            anchored.append((pattern, rule))
        elif needle is None:
            for m in pattern.finditer(text):
                found.mark(_line_of(text, m.start()), rule)
        else:
            # Only lines holding the needle can match: find them with str.find.
            at = lowered.find(needle)
            while at >= 0:
                where = _line_of(text, at)
                if pattern.search(text, where[0], where[1]):
                    found.mark(where, rule)
                at = lowered.find(needle, where[1] + 1)
    return anchored


def _anchored_markers(
    text: str,
    paragraphs: Sequence[Span],
    joined: regex.Pattern[str] | None,
    anchored: list[_Marker],
    found: _Found,
) -> None:
    """Mark the short lines an anchored marker matches from the line start."""
    for start, end in paragraphs:
        if end - start > _MAX_SHORT_LINE or start in found.marked:
            continue
        rule = _anchored_rule(text, text.rfind("\n", 0, start) + 1, end, joined, anchored)
        if rule is not None:
            found.mark((start, end), rule)


def _anchored_rule(
    text: str, raw: int, end: int, joined: regex.Pattern[str] | None, anchored: list[_Marker]
) -> str | None:
    """The rule of the first anchored marker matching ``text[raw:end]``, or None."""
    if joined is not None:
        # One call tries every anchored marker in order (see Vocabulary).
        hit = joined.match(text, raw, end)
        if hit is None:
            return None
        k = next(int(g[2:]) for g, v in hit.groupdict().items() if v is not None)
        return anchored[k][1]
    for pattern, rule in anchored:
        if pattern.match(text, raw, end):
            return rule
    return None


def _structure(text: str, lowered: str, paragraphs: Sequence[Span], found: _Found) -> None:
    """The structural rules, line by line: teaser lists, icons, clocks, repeated lines."""
    seen = _Seen()
    teasers = False  # inside a list of links under "More on this story"
    for start, end in paragraphs:
        line = text[start:end]
        if end - start <= _MAX_HEADING and _TEASER_HEADING.fullmatch(line):
            teasers = True
            found.mark((start, end), "teaser heading")
            continue
        if teasers:
            if end - start <= _MAX_TEASER and not text.endswith(_SENTENCE_ENDS, start, end):
                found.mark((start, end), "teaser list")
                continue
            teasers = False
        if start in found.marked:
            continue
        if lowered.find("icon", start, end) >= 0 and _is_icon_line(line):
            found.add((start, end), RejectReason.BOILERPLATE, "icons")
        elif end - start <= _MAX_SHORT_LINE and line[0].isdigit() and _CLOCKS.match(line):
            found.add((start, end), RejectReason.BOILERPLATE, "clocks")
        else:
            _repeated(line, start, end, seen, found)


def _repeated(line: str, start: int, end: int, seen: _Seen, found: _Found) -> None:
    """A line said before (whole, or as its start), or said twice in itself."""
    key = " ".join(line.split())
    if len(key) < _MIN_DUPLICATE:
        return
    if key in seen.lines:
        found.add((start, end), RejectReason.DUPLICATE, "repeated line")
        return
    prefix = _repeated_prefix(line, seen.lines, seen.lengths, seen.heads)
    if prefix:
        found.add((start, start + prefix), RejectReason.DUPLICATE, "repeated caption")
    else:
        half = _doubled(line)
        if half:
            found.add((start + half, end), RejectReason.DUPLICATE, "doubled line")
    seen.lines[key] = (start, end)
    seen.lengths.add(len(key))
    seen.heads.add(key[:_HEAD])


def _line_of(text: str, position: int) -> Span:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_icon_line(line: str) -> bool:
    tokens = _TOKEN.findall(line)
    if len(tokens) < 4:
        return False
    icons = sum(1 for t in tokens if t.lower().endswith("icon") or t.lower().startswith("icon"))
    return icons >= 3 and icons * 4 >= len(tokens)


def _repeated_prefix(line: str, seen: dict[str, Span], lengths: set[int], heads: set[str]) -> int:
    """Length of the longest earlier line this line starts with (0 if none)."""
    if line[:_HEAD] not in heads:
        return 0  # every earlier line is longer than _HEAD: none starts this one
    best = 0
    for length in lengths:
        if length < len(line) and not line[length].isalnum() and line[:length] in seen:
            best = max(best, length)
    return best


def _doubled(line: str) -> int:
    """Offset of the second half when a line is one phrase said twice, else 0."""
    half, odd = divmod(len(line), 2)
    if odd and line[half] == " " and line[:half] == line[half + 1 :]:
        return half + 1 if len(_WORDS.findall(line[:half])) >= 3 else 0
    return 0
