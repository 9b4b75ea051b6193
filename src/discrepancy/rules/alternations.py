"""Lists of phrases as regular expressions: one trie-factored alternation per list, and
patterns compiled on their first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LazyPattern", "alternation", "first_word", "trie"]


class LazyPattern:
    """A pattern compiled on its first use.

    The cues of change, margins, two-sided bounds and streets are read for few
    figures; compiling them at once would add a third to the first call's rule build.
    """

    __slots__ = ("_pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._pattern: re.Pattern[str] | None = None

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = re.compile(self.source)
        return pattern.match(string, pos)


def alternation(phrases: Iterable[str], *, reverse: bool, space: str = r"\s+") -> str:
    """The phrases as one trie-factored alternation (longest first at every branch); a
    space between two words of a phrase matches ``space``.

    A flat alternation of a few hundred phrases is tried one phrase after another
    where it fails, which is at most positions; the trie fails at the first letter.

    >>> print(alternation(["over the year", "yearly", "year on year"], reverse=False, space="_"))
    (?:over_the_year|year(?:_on_year|ly))
    """
    # No phrases: an alternative that never matches (an empty one would match anywhere).
    words = {" ".join((p[::-1] if reverse else p).split()) for p in phrases}
    return trie(words, space) or "(?!)"


def first_word(phrase: str) -> str:
    """The first run of lower-case letters of a phrase, or its first character."""
    m = re.match(r"[a-z]+", phrase)
    return m.group() if m else phrase[:1]


_Trie = dict[str, "_Trie"]


def trie(words: Iterable[str], space: str = r"\s+") -> str:
    r"""A regex alternation factored as a trie, so the engine never retries a prefix.

    An alternation of fifty names costs the engine fifty tries at every capital
    letter; the factored form costs about one. A space in a word matches ``space``.

    >>> print(trie(["Easter", "Easter Monday", "Eve"], space=r"[\x20\xa0]"))
    E(?:aster(?:[\x20\xa0]Monday)?|ve)
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            (space if k == " " else re.escape(k)) + build(v) for k, v in sorted(node.items()) if k
        ]
        optional = "" in node
        if not branches:
            return ""
        if len(branches) == 1 and not optional:
            return branches[0]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return build(root)
