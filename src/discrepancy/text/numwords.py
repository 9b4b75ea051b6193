"""English number words: "eight hundred", "twenty-five", "one and a half million".

The quantity scanner (:mod:`discrepancy.mentions.quantities`) finds a run of number words
with one regex and hands the lower-cased tokens to :func:`read_number_words`, which
reads the longest prefix that is one well-formed number and says how many tokens
it used. Anything after that prefix ("two" in "one two", "three" in "two and
three") is left for the scanner to read as the next number. The words and their
values are data, read from :mod:`discrepancy.rules.numbers`.

>>> read_number_words(["one", "hundred", "and", "twenty"])
(120.0, 4)
>>> read_number_words(["two", "and", "three"])
(2.0, 1)
>>> read_number_words(["half", "a", "million"])
(500000.0, 3)
>>> read_number_words(["half", "million"])
(500000.0, 2)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rules.numbers import SCALE_WORDS, TEENS, TENS, UNITS

__all__ = ["read_number_words"]


def read_number_words(tokens: Sequence[str]) -> tuple[float, int]:
    """Read the longest prefix of ``tokens`` that spells one number.

    Tokens are lower-case words; hyphens and spaces between them are already
    dropped. "a" counts as one only in front of a scale word or "dozen" ("a
    million", "a dozen"); "and" only inside a number ("one hundred and twenty",
    "one and a half million"). A fraction word never belongs to the number; the
    caller reads "two thirds" itself.

    Args:
        tokens: lower-case words, in text order.

    Returns:
        ``(value, used)``: the value of the prefix and how many tokens it spans;
        ``(0.0, 0)`` when the first token does not start a number.

    >>> read_number_words(["twenty", "five", "drones"])
    (25.0, 2)
    >>> read_number_words(["one", "and", "a", "half", "million"])
    (1500000.0, 5)
    >>> read_number_words(["five", "and", "a", "quarter", "miles"])
    (5.25, 4)
    >>> read_number_words(["two", "dozen"])
    (24.0, 2)
    >>> read_number_words(["a", "hundred", "and", "five"])
    (105.0, 4)
    >>> read_number_words(["drones"])
    (0.0, 0)
    """
    return _NumberWords(tokens).read()


# Classes of the word before, after which a word of each class cannot follow:
# "two three" and "twelve five" are two numbers, "twenty five" is one.
_BLOCKED_AFTER: dict[str, frozenset[str]] = {
    "unit": frozenset(["unit", "teen", "half", "halfdone"]),
    "teen": frozenset(["unit", "teen", "tens", "half", "halfdone"]),
    "tens": frozenset(["unit", "teen", "tens", "half", "halfdone"]),
}
_SMALL: dict[str, tuple[int, str]] = {
    **{w: (v, "unit") for w, v in UNITS.items()},
    **{w: (v, "teen") for w, v in TEENS.items()},
    **{w: (v, "tens") for w, v in TENS.items()},
}
_STOP = -1  # a step's answer when the token ends the number


class _NumberWords:
    """The reading of one number in words, token by token.

    ``total`` holds the groups completed by a scale word ("two million" of "two
    million five"), ``current`` the group being built below it, ``last`` the class of
    the previous token ("", "unit", "teen", "tens", "hundred", "scale", "half", or
    "halfdone" after "and a half") and ``used`` how many tokens the longest complete
    number so far spans. Each step reads the token at ``i`` and returns the index of
    the next one, or ``_STOP``.
    """

    __slots__ = ("current", "last", "last_scale", "tokens", "total", "used")

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = tokens
        self.total = 0.0
        self.current = 0.0
        self.last = ""
        self.last_scale = float("inf")
        self.used = 0

    def read(self) -> tuple[float, int]:
        """``(value, used)`` of the longest prefix that spells one number."""
        i = 0
        n = len(self.tokens)
        while 0 <= i < n:
            i = self._step(i)
        if self.used == 0:
            return 0.0, 0
        # A trailing "half" after "and a half" may still take a scale word: "one and
        # a half million". The steps keep reading scales after "halfdone".
        return self.total + self.current, self.used

    def _step(self, i: int) -> int:
        word = self.tokens[i]
        small = _SMALL.get(word)
        if small is not None:
            value, cls = small
            if self.last in _BLOCKED_AFTER[cls]:
                return _STOP
            self.current += value
            self.last = cls
            return self._took(i)
        if word == "a" or word == "an":
            return self._article(i)
        if word == "half":
            return self._half(i)
        if word == "hundred":
            return self._hundred(i)
        if word in SCALE_WORDS:
            return self._scale(i, SCALE_WORDS[word])
        if word == "dozen":
            return self._dozen(i)
        if word == "and":
            return self._and(i)
        return _STOP

    def _took(self, i: int) -> int:
        """The token at ``i`` completes a number: the prefix through it counts."""
        self.used = i + 1
        return i + 1

    def _next(self, i: int, k: int = 1) -> str:
        """The token ``k`` places after ``i``, or ""."""
        j = i + k
        return self.tokens[j] if j < len(self.tokens) else ""

    def _article(self, i: int) -> int:
        """ "a" as one, only before a scale word or "dozen": "a million", "a dozen", and
        "half a million" (after "half")."""
        nxt = self._next(i)
        if (nxt in SCALE_WORDS or nxt == "dozen") and self.last in ("", "half"):
            if self.last == "":
                self.current = 1.0
            return i + 1
        return _STOP

    def _half(self, i: int) -> int:
        """ "half" only at the start, as "half a million", "half a dozen", "half million"."""
        if self.last != "":
            return _STOP
        nxt = self._next(i, 2) if self._next(i) in ("a", "an") else ""
        if not nxt and self._next(i) in SCALE_WORDS:
            nxt = self._next(i)
        if nxt not in SCALE_WORDS and nxt != "dozen":
            return _STOP
        self.current = 0.5
        self.last = "half"
        return i + 1

    def _hundred(self, i: int) -> int:
        """ "hundred" multiplies the group: "two hundred", "a hundred"."""
        if self.last == "hundred" or self.current >= 100:
            return _STOP
        self.current = (self.current or 1.0) * 100.0
        self.last = "hundred"
        return self._took(i)

    def _scale(self, i: int, scale: float) -> int:
        """A scale word closes the group: "two million", "1.5 lakh"; scales only fall."""
        if self.last == "scale" or (scale >= self.last_scale and self.total):
            return _STOP
        self.total += (self.current or 1.0) * scale
        self.current = 0.0
        self.last = "scale"
        self.last_scale = scale
        return self._took(i)

    def _dozen(self, i: int) -> int:
        """ "dozen" ends the number: "two dozen", "a dozen"."""
        if self.last in ("scale", "hundred") or self.current >= 100:
            return _STOP
        self.total += (self.current or 1.0) * 12.0
        self.current = 0.0
        self.used = i + 1
        return _STOP

    def _and(self, i: int) -> int:
        """ "and" inside a number: "one hundred and twenty", "one and a half million",
        "five and a quarter miles"."""
        nxt = self._next(i)
        if (
            nxt == "a"
            and self._next(i, 2) in ("half", "quarter")
            and self.last in ("unit", "teen", "tens")
        ):
            # The fraction joins the current group.
            self.current += 0.5 if self._next(i, 2) == "half" else 0.25
            self.last = "halfdone"
            self.used = i + 3
            return i + 3
        if self.last in ("hundred", "scale") and nxt in _SMALL:
            return i + 1
        return _STOP
