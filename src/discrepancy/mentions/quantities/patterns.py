"""The regex grammar shared by the quantity readers: the two trigger scans (a digit,
a number word on a folded byte copy of the text) and the anchored patterns that more
than one reader matches. A pattern that one reader alone uses lives beside it.
"""

from __future__ import annotations

import re

import regex

from ...rules.alternations import trie
from ...rules.numbers import FRACTION_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS
from ...rules.quantities import _SCALED_CODES

# Vague words stay in code: each has its own branch in words._vague and its bounds in
# the Policy (models/policy.py), so a word added as data alone would read nothing.
_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens")
_VAGUE_DETERMINERS = ("several", "few", "couple", "handful")
# "fourfold", "tenfold", "hundredfold": a ratio in one word, the number word and the
# suffix "-fold" (grammar, as the scale letters are). Spaced or hyphenated ("four-fold",
# "4-fold") the suffix is the unit "fold" of quantities.jsonl.
_FOLD_WORDS = {
    w + "fold": float(v)
    for w, v in {**NUMBER_WORDS, **SCALE_WORDS}.items()
    if v >= 2 and v == int(v) and w.isalpha() and not w.endswith("s")
}
_TRIGGER_WORDS = sorted(
    {
        *NUMBER_WORDS,
        *_FOLD_WORDS,
        *SCALE_WORDS,
        "dozen",
        "score",
        *ORDINAL_WORDS,
        *FRACTION_WORDS,
        *_VAGUE_WORDS,
        *_VAGUE_DETERMINERS,
    }
)
# Words that may continue a number once one has started ("twenty-five", "half a million").
_RUN_WORDS = sorted({*NUMBER_WORDS, *SCALE_WORDS, "dozen", *FRACTION_WORDS} - {"halves"})
# Trigger scans: a digit anywhere (digits glued to letters, "G7", are triggers too)
# and a number word at a word boundary in the lower-cased text.
_DIGIT = regex.compile(r"[0-9]")
# With vulgar fractions ("⅓ of stores"), used only on texts that hold one: a class
# beyond ASCII digits costs the engine its fast skip (measured at a third slower).
_DIGIT_OR_FRACTION = regex.compile(r"[0-9½⅓⅔¼¾]")
_WORD = re.compile(r"\b" + trie(_TRIGGER_WORDS) + r"\b")  # anchored reads at a known position
# The word trigger runs on a byte copy of the text where every character that is not
# an ASCII letter or digit is a space and letters are lower case: a pattern that
# starts with a literal space lets the engine skip to the next space in C, about
# twice as fast as a word-boundary search on the str (measured on news text).
_WORD_BYTES = re.compile(b" " + trie(_TRIGGER_WORDS).encode() + rb"(?![a-z0-9])")
_ASCII_FOLD = bytes(
    (c + 32 if 65 <= c <= 90 else c) if chr(c).isascii() and chr(c).isalnum() else 32
    for c in range(256)
)
_RUN = re.compile(
    r"""
    <w>(?![a-z])                        # the first number word
    (?:
        (?:[ \t\u00a0]+|[ \t\u00a0]*-[ \t\u00a0]*)        # space or hyphen between words
        (?:and[ \t\u00a0]+)?(?:an?[ \t\u00a0]+)?    # "one and a half", "half a million"
        <w>(?![a-z])                    # the next number word
    ){0,12}+
    """.replace("<w>", trie(_RUN_WORDS)),
    re.VERBOSE,
)
_TOKEN = re.compile(r"[a-z]+")
_NUMBER = re.compile(
    r"""
    (?:
        [0-9]{1,3}(?:,[\u200b-\u200d]?[0-9]{3})++(?:\.[0-9]++)?  # 1,234,567.5; scrapers
                                                # leave zero-width spaces after commas
        (?![0-9]|,[0-9])
      | [0-9]{1,3}(?:\.[0-9]{3}){2,}+               # 1.234.567 (dot grouping, two groups or more)
        (?![0-9]|[.,][0-9])
      | [0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})++  # 1 300 with a no-break or thin space
        (?![0-9]|[.,][0-9])
      | [0-9]{1,3}(?:\ [0-9]{3})++                  # 1 300 with a plain space (wire style)
        (?![0-9]|[.,][0-9])
      | [0-9]{1,2}(?:,[0-9]{2}(?=,))++,[0-9]{3}          # 12,50,000 (lakh grouping)
        (?![0-9]|,[0-9])
      | [0-9]++(?:\.[0-9]++)?                       # 1300, 71.63
    )
    """,
    re.VERBOSE,
)
# Currency codes that take a scale letter in front in financial copy ("30 MUSD").
_SCALE_AFTER = re.compile(
    r"""
    (?:[ \t\u00a0]{0,2}|-)(?P<w>hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![a-z])
    | [ \t\u00a0]?(?P<a>bn|mn|mln|bln|tn|trn|mil|mio|cr)(?![^\W_])
    | [ \t\u00a0]?(?P<a2>[mk])(?=(?:<codes>)(?![a-z]))  # "30 MUSD", "500 KEUR"
    | (?P<g>[mbk])(?![^\W_])                 # attached only: 10.6m, $2b, 400k
    """.replace("<codes>", "|".join(_SCALED_CODES)),
    re.VERBOSE,
)
_RANGE_JOIN = re.compile(
    r"(?P<j>[ \t\u00a0]*[-\u2010-\u2015\u2212](?![ \t\u00a0]*to[ \t\u00a0])[ \t\u00a0]*"
    r"|-?[ \t\u00a0]+(?:up[ \t\u00a0]+to|to|and|or)[ \t\u00a0]+)"  # "a 6- to 8-foot wall"
)
_GROUP_SEP = re.compile(r"[, \u00a0\u202f\u2009\u200b-\u200d]")
_RIGHT_PEEK = re.compile(r"(?P<sp>[ \t\u00a0]*)(?P<w>[a-z]+|\S?)")
_OF_AFTER = re.compile(r"[ \t\u00a0]+of(?![^\W_])")
_NEXT_WORD = re.compile(r"[a-z]+")
_ASCII_DIGITS = frozenset("0123456789")  # str.isdigit() also accepts "²" and "١"
_RANGE_CURRENCY = re.compile(r"US\$|\$|€|£|¥|₹")  # a currency sign before a second figure
# Vulgar fraction characters, alone ("⅓ of stores") or after digits ("2½ miles").
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75}
# "40C", "104F": degrees glued to the figure (numerals._glued_degrees), and a range's
# second end glued the same way ("28C to 32C").
_GLUED_DEGREES = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
