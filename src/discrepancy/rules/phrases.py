"""Word and punctuation tokens, and phrases matched over them a token at a time.

:func:`tokenize` splits text into lower-case tokens with their offsets;
:class:`PhraseTable` finds the vocabulary's phrases (subject forms, event verbs, cues,
entity names) among them through a dictionary keyed on a phrase's first token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import regex

__all__ = ["PhraseTable", "Token", "tokenize"]

# Invisible format characters (zero-width space, bidi marks, soft hyphen, BOM) are
# no tokens: scrapers leave them between a figure and its noun.
_TOKEN = regex.compile(r"[\p{L}\p{N}]++(?:['’.\-/&][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}\p{Cf}]")

Token = tuple[int, int, str]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` as (start, end, lower case).

    >>> [t[2] for t in tokenize("Ukraine's air force said: 12 UAVs.")]
    ["ukraine's", 'air', 'force', 'said', ':', '12', 'uavs', '.']
    """
    stop = len(text) if end is None else end
    if _FAST_TOKENS and _FAST_TEXT.fullmatch(text, start, stop) is not None:
        return _fast_tokenize(text, start, stop)
    return [
        (m.start(), m.end(), m.group().lower().replace("’", "'"))
        for m in _TOKEN.finditer(text, start, stop)
    ]


# Most news sentences are ASCII plus a few punctuation marks. For those, tokenize()
# takes a path that gives the same tokens about twice as fast: the stdlib ``re``
# engine over the lower-cased text, ASCII classes instead of Unicode properties,
# and offsets summed from (whitespace, token) pairs instead of one match object per
# token. Every character below is checked against _TOKEN's own classes at import
# (a punctuation mark must be a one-character token and its own lower case; a space
# must be ``\s``), and a sample is tokenized both ways: if _TOKEN changes and they
# disagree, the fast path is switched off rather than returning different tokens.
_FAST_SPACE = "".join(
    c for c in (*map(chr, range(128)), "\xa0", "\u2009", "\u202f") if regex.match(r"\s", c)
)
_FAST_PUNCT = "".join(
    c
    for c in "’‘“”–—…«»•·€£°′″„"
    if c.lower() == c and regex.fullmatch(r"[^\s\p{L}\p{N}\p{Cf}]", c)
)


def _codes(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


_FAST_TEXT = re.compile(rf"[\x00-\x7f{_codes(_FAST_PUNCT + _FAST_SPACE)}]*+")
_FAST_PAIR = re.compile(
    rf"""
    ([{_codes(_FAST_SPACE)}]*+)                 # the spaces before a token
    ([a-z0-9]++(?:['.\-/&][a-z0-9]++)*+        # a word (text is lower-cased, ’ is ')
    | [^{_codes(_FAST_SPACE)}a-z0-9])           # or one other character
    """,
    re.VERBOSE,
)


def _fast_tokenize(text: str, start: int, stop: int) -> list[Token]:
    out: list[Token] = []
    at = start
    for space, token in _FAST_PAIR.findall(text[start:stop].lower().replace("’", "'")):
        at += len(space)
        end = at + len(token)
        out.append((at, end, token))
        at = end
    return out


def _fast_path_agrees() -> bool:
    sample = "".join(map(chr, range(128))) + _FAST_PUNCT + _FAST_SPACE + " Ab’c D-9 x/y&z it’s."
    slow = [
        (m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(sample)
    ]
    return (
        _FAST_TEXT.fullmatch(sample) is not None and _fast_tokenize(sample, 0, len(sample)) == slow
    )


_FAST_TOKENS = _fast_path_agrees()


class PhraseTable:
    """Phrases matched token by token through a dictionary keyed on the first token.

    Matching costs a dictionary lookup per token instead of a regex alternation
    over every character, which keeps extraction fast on large corpora.

    >>> table = PhraseTable()
    >>> table.add("shot down", "intercepted")
    >>> toks = tokenize("Air defences shot down 40 drones")
    >>> table.match(toks, 2)
    (4, 'intercepted')
    """

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
        # One-word phrases matched in any case: such a token is a match by itself.
        self._single: set[str] = set()

    def add(self, phrase: str, value: str, *, exact_case: bool = False) -> None:
        """Add ``phrase`` (later additions of the same phrase win)."""
        words = tuple(t[2] for t in tokenize(phrase))
        if not words:
            return
        bucket = self._first.setdefault(words[0], [])
        bucket[:] = [b for b in bucket if b[0] != words or (b[2] is not None) != exact_case]
        bucket.append((words, value, phrase if exact_case else None))
        bucket.sort(key=lambda b: -len(b[0]))
        if len(words) == 1 and not exact_case:
            self._single.add(words[0])

    @property
    def heads(self) -> Mapping[str, object]:
        """First words of the phrases: a token that is not one starts no phrase."""
        return self._first

    def match(
        self, tokens: Sequence[Token], i: int, limit: int | None = None, text: str | None = None
    ) -> tuple[int, str] | None:
        """The longest phrase starting at token ``i``: (index after it, value)."""
        candidates = self._first.get(tokens[i][2])
        if not candidates:
            return None
        stop = len(tokens) if limit is None else min(limit, len(tokens))
        for words, value, exact in candidates:
            n = len(words)
            if i + n > stop:
                continue
            # The second word rejects most candidates without building a generator.
            if n == 1 or (
                tokens[i + 1][2] == words[1]
                and (n == 2 or all(tokens[i + k][2] == words[k] for k in range(2, n)))
            ):
                if exact is not None and (
                    text is None or text[tokens[i][0] : tokens[i + n - 1][1]] != exact
                ):
                    continue
                return i + n, value
        return None

    def first(
        self, tokens: Sequence[Token], lo: int, hi: int, text: str | None = None
    ) -> tuple[int, int, str] | None:
        """The first match within tokens ``lo..hi``: (start index, end index, value)."""
        heads = self._first
        # Most tokens start no phrase: a set-membership test skips the call to match().
        for i in range(lo, min(hi, len(tokens))):
            if tokens[i][2] in heads:
                m = self.match(tokens, i, hi, text)
                if m is not None:
                    return i, m[0], m[1]
        return None

    def occurs(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> bool:
        """Whether any phrase matches within tokens ``lo..hi`` (``first() is not None``).

        >>> table = PhraseTable()
        >>> table.add("shot down", "intercepted")
        >>> table.occurs(tokenize("Air defences shot down 40 drones"))
        True
        """
        stop = len(tokens) if hi is None else min(hi, len(tokens))
        heads, single = self._first, self._single
        for i in range(lo, stop):
            word = tokens[i][2]
            if word in heads and (word in single or self.match(tokens, i, stop) is not None):
                return True
        return False

    def last(
        self, tokens: Sequence[Token], lo: int, hi: int, text: str | None = None
    ) -> tuple[int, int, str] | None:
        """The last match starting within tokens ``lo..hi``."""
        found = None
        heads = self._first
        i = max(lo, 0)
        stop = min(hi, len(tokens))
        while i < stop:
            m = self.match(tokens, i, stop, text) if tokens[i][2] in heads else None
            if m is not None:
                found = (i, m[0], m[1])
                i = m[0]
            else:
                i += 1
        return found
