"""Markers of page debris and negations as compiled: their flags, the line-anchored
markers joined into one pattern for a fast scan, and the literal words a marker
starts with.

The schemas check a pattern by compiling it exactly so: the vocabulary's own compile
then finds it in the ``regex`` module's cache.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["MARKER_FLAGS", "NEGATION_FLAGS", "line_markers", "literal_start", "negation_source"]

# Markers match in any case, and "^" at the start of every line of a page.
MARKER_FLAGS = regex.IGNORECASE | regex.MULTILINE
NEGATION_FLAGS = regex.IGNORECASE


def negation_source(pattern: str) -> str:
    """A negation's pattern as compiled: whole words only."""
    return rf"(?<!\w){pattern}(?!\w)"


# Constructs that would change meaning when patterns are joined into one alternation:
# inline flags and named groups (any "(?" but a plain group), and back-references.
_UNJOINABLE = regex.compile(r"\(\?(?!:)|\\(?:[1-9]|g)")


def line_markers(patterns: Sequence[str]) -> regex.Pattern[str] | None:
    """The line-anchored markers ("^...") as one alternation, in order, or None.

    The debris scan tries the anchored markers on every short line; one regex call
    per line instead of one per marker is several times faster. Alternatives are
    tried in order at the same position, so the first marker that matches wins, as
    in a loop over the markers. Group ``_b<k>`` is the k-th anchored marker. None
    when a marker holds an inline flag, a named group or a back-reference, which an
    alternation would not keep apart (the scan then loops over the markers).
    """
    anchored = [p for p in patterns if p.startswith("^")]
    if not anchored or any(_UNJOINABLE.search(p) for p in anchored):
        return None
    joined = "|".join(f"(?P<_b{k}>{p})" for k, p in enumerate(anchored))
    return regex.compile(joined, MARKER_FLAGS)


_LITERAL = regex.compile(r"(?:[\w '!,.-]|\\[.!?'])+")


def literal_start(pattern: str) -> str | None:
    """The literal words a pattern starts with (lower case), or None if anchored or none."""
    if pattern.startswith("^"):
        return None
    m = _LITERAL.match(pattern)
    if m is None:
        return None
    literal = m.group().replace("\\", "")
    # Stop before a character a following quantifier may make optional.
    if m.end() < len(pattern) and pattern[m.end()] in "?*{":
        literal = literal[:-1]
    literal = literal.strip().lower()
    return literal if len(literal) >= 4 else None
