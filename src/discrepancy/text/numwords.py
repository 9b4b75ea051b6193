"""English number words: "eight hundred", "twenty-five", "one and a half million".

The quantity scanner (:mod:`discrepancy.mentions.quantities`) finds a run of number words
with one regex and hands the lower-cased tokens to :func:`read_number_words`, which
reads the longest prefix that is one well-formed number and says how many tokens
it used. Anything after that prefix ("two" in "one two", "three" in "two and
three") is left for the scanner to read as the next number.

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

__all__ = [
    "FRACTION_WORDS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SCALE_WORDS",
    "read_number_words",
]

_UNITS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

SCALE_WORDS: dict[str, float] = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # South Asian English: a lakh is a hundred thousand, a crore ten million.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
"""Multipliers, also read after digits ("1.3 million", "1.5 lakh", "Rs 2,000 crore")."""

NUMBER_WORDS: dict[str, int] = {**_UNITS, **_TEENS, **_TENS}
"""Cardinal words below one hundred that stand for a value on their own."""

ORDINAL_WORDS: frozenset[str] = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
"""Ordinal words the scanner accounts for (rejected as ORDINAL unless a fraction)."""

FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
"""Denominators of the fractions "a third", "two-thirds", "three quarters"."""


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
    total = 0.0  # completed groups above the current one ("two million" of "two million five")
    current = 0.0  # the group being built, below the last scale word
    last = ""  # class of the previous token: unit, teen, tens, hundred, scale, half
    last_scale = float("inf")
    used = 0
    n = len(tokens)
    i = 0
    while i < n:
        word = tokens[i]
        if word == "a" or word == "an":
            # "a million", "a hundred", "a dozen", and "half a million" (handled by half).
            if i + 1 < n and tokens[i + 1] in SCALE_WORDS and last in ("", "half"):
                if last == "":
                    current = 1.0
                i += 1
                continue
            if i + 1 < n and tokens[i + 1] == "dozen" and last in ("", "half"):
                if last == "":
                    current = 1.0
                i += 1
                continue
            break
        if word == "half":
            # Only as "half a million" / "half a dozen" / "half million" at the start.
            if last != "":
                break
            nxt = tokens[i + 2] if i + 2 < n and tokens[i + 1] in ("a", "an") else ""
            if not nxt and i + 1 < n and tokens[i + 1] in SCALE_WORDS:
                nxt = tokens[i + 1]
            if nxt not in SCALE_WORDS and nxt != "dozen":
                break
            current = 0.5
            last = "half"
            i += 1
            continue
        if word in _UNITS:
            if last in ("unit", "teen", "half", "halfdone"):
                break
            current += _UNITS[word]
            last = "unit"
        elif word in _TEENS:
            if last in ("unit", "teen", "tens", "half", "halfdone"):
                break
            current += _TEENS[word]
            last = "teen"
        elif word in _TENS:
            if last in ("unit", "teen", "tens", "half", "halfdone"):
                break
            current += _TENS[word]
            last = "tens"
        elif word == "hundred":
            if last in ("hundred",) or current >= 100:
                break
            current = (current or 1.0) * 100.0
            last = "hundred"
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if last == "scale" or (scale >= last_scale and total):
                break
            total += (current or 1.0) * scale
            current = 0.0
            last = "scale"
            last_scale = scale
        elif word == "dozen":
            if last in ("scale", "hundred") or current >= 100:
                break
            total += (current or 1.0) * 12.0
            current = 0.0
            used = i + 1
            break
        elif word == "and":
            nxt = tokens[i + 1] if i + 1 < n else ""
            if (
                nxt == "a"
                and i + 2 < n
                and tokens[i + 2] in ("half", "quarter")
                and last in ("unit", "teen", "tens")
            ):
                # "one and a half million", "five and a quarter miles": the fraction
                # joins the current group.
                current += 0.5 if tokens[i + 2] == "half" else 0.25
                last = "halfdone"
                i += 3
                used = i
                continue
            if last in ("hundred", "scale") and (nxt in _UNITS or nxt in _TEENS or nxt in _TENS):
                i += 1
                continue
            break
        else:
            break
        i += 1
        used = i
    if used == 0:
        return 0.0, 0
    # A trailing "half" after "and a half" may still take a scale word: "one and a half
    # million". The loop above keeps reading scales after "halfdone".
    return total + current, used
