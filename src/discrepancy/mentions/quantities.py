"""Every figure in a news text as a typed interval with its exact span.

How the scan works, and why it is fast:

1. Two trigger scans find where a figure may start: ``[0-9]`` on the text (a
   character-class search the ``regex`` engine runs at hundreds of MB/s) and one
   compiled word trie on the lower-cased text (number words, scale words, vague
   words, ordinals and fraction words). Measured on news text, one regex with both
   alternatives runs at under half the speed of the two scans together, because an
   alternation of a digit and a word boundary defeats the engines' fast skipping.
2. At each trigger the scanner reads a bounded window on either side with
   anchored patterns: to the left, hedges ("more than"), currency signs and name
   cues, matched on the reversed window so no pattern ever searches; to the right,
   scale ("million", "bn"), unit or percent, trailing hedges ("+", "or more"), a
   range's second figure, and the counted noun.
3. Every trigger ends as exactly one :class:`~discrepancy.Quantity` or one
   :class:`~discrepancy.Rejected` (a time of day, a year, a date, an ordinal, a
   name such as "F-16"...), and the scan resumes after it. So spans never overlap,
   every digit and number word is accounted for, and time is linear in the text.

Units are canonical pint names (``kilometer``, ``mile``, ``hectare``, ``percent``)
read from ``data/quantities.jsonl`` without importing pint; ``magnitude`` (the
earthquake scale) is not a pint unit. Money uses ISO 4217 codes.

>>> [q.surface for q in find_quantities("Russia fired over 1,300 drones and some 50 missiles.")]
['over 1,300', 'some 50']
>>> q = parse_quantity("between 110,000 and 150,000")
>>> q.qualifier.value, q.value.low, q.value.high
('range', 110000.0, 150000.0)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from .._exceptions import ParseError
from ..models import (
    Direction,
    Form,
    Interval,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Rejected,
    RejectReason,
    policy_or_default,
    trusted,
)
from ..text.gate import lower_text, require_text
from ..text.numwords import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    read_number_words,
)

__all__ = ["find_quantities", "parse_quantity", "scan"]

from ..rules.quantities import _ABBR_SCALE, _SCALED_CODES, _form, _rules, _trie

_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens")
_VAGUE_DETERMINERS = ("several", "few", "couple", "handful")
_TRIGGER_WORDS = sorted(
    {
        *NUMBER_WORDS,
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
_WORD = re.compile(r"\b" + _trie(_TRIGGER_WORDS) + r"\b")  # anchored reads at a known position
# The word trigger runs on a byte copy of the text where every character that is not
# an ASCII letter or digit is a space and letters are lower case: a pattern that
# starts with a literal space lets the engine skip to the next space in C, about
# twice as fast as a word-boundary search on the str (measured on news text).
_WORD_BYTES = re.compile(b" " + _trie(_TRIGGER_WORDS).encode() + rb"(?![a-z0-9])")
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
    """.replace("<w>", _trie(_RUN_WORDS)),
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

# A clock time or media time stamp starting at a digit.
_CLOCK = re.compile(
    r"""
    (?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?P<f>\.[0-9]+)?(?![0-9:])
    (?P<ampm>[ \t\u00a0]?(?:[ap]\.?m\.?(?![a-z])|gmt|utc|local\ time|hrs?(?![a-z])))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_STAMP_LINE = re.compile(r"(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t\u00a0]*)+")
_TIME_SUFFIX = re.compile(
    r"[ \t\u00a0]?(?:[ap]\.m\.|[ap]m(?![a-z])|o'clock|o’clock)"
    r"|[ \t\u00a0]+(?:gmt|utc|local\ time)(?![a-z])",
    re.VERBOSE,
)
_NUMERIC_DATE = re.compile(
    r"""
    [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])           # 2025-09-07
    | [0-9]{4}/[0-9]{1,2}/[0-9]{1,2}(?![0-9])         # 2025/09/07
    | [0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})(?![0-9])  # 07/09/2025, 7.9.25
    | [0-9]{1,2}/[0-9]{1,2}(?![0-9/])                 # 9/11, 24/7
    """,
    re.VERBOSE,
)
_YEAR_RANGE = re.compile(r"[0-9]{4}(?:[-–/][0-9]{2}(?:[0-9]{2})?)(?![0-9])")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_DECADE = re.compile(r"s(?![a-z])")
# Currency codes that take a scale letter in front in financial copy ("30 MUSD").
_SCALE_AFTER = re.compile(
    r"""
    (?:[ \t\u00a0]{0,2}|-)(?P<w>hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![a-z])
    | [ \t\u00a0]?(?P<a>bn|mn|mln|bln|tn|trn|mil|mio)(?![^\W_])
    | [ \t\u00a0]?(?P<a2>[mk])(?=(?:<codes>)(?![a-z]))  # "30 MUSD", "500 KEUR"
    | (?P<g>[mbk])(?![^\W_])                 # attached only: 10.6m, $2b, 400k
    """.replace("<codes>", "|".join(_SCALED_CODES)),
    re.VERBOSE,
)
# Upper-case scale letters, read on the original text: "raised 10M", "1.4 B people",
# and the financial "US$ 4MM" (with money only: "4mm" is millimetres).
_CASED_FIRST = frozenset("MB")
_SCALE_CASED = re.compile(r"[ \t\u00a0]?(?P<s>MM|M|B)(?![^\W_])")
# After a lower-case "m": the figure is a height, length or distance in metres.
_METRE_CONTEXT = re.compile(
    r"(?:[ \t\u00a0]+|-)(?:tall|high|long|wide|deep|away|above|below|across|thick|"
    r"in[ \t\u00a0]+(?:height|length|diameter|depth|width))(?![a-z])"
)
_RANGE_JOIN = re.compile(
    r"(?P<j>[ \t\u00a0]*[-\u2010-\u2015\u2212](?![ \t\u00a0]*to[ \t\u00a0])[ \t\u00a0]*"
    r"|-?[ \t\u00a0]+(?:up[ \t\u00a0]+to|to|and|or)[ \t\u00a0]+)"  # "a 6- to 8-foot wall"
)
# "30k or 45k ... respectively": two figures, not a range.
_RESPECTIVELY = re.compile(r"[^.;!?]{0,120}?respectively")
_RANGE_OPENER = re.compile(r"[ \t\u00a0]+(neewteb|morf)(?![a-z])")  # reversed "between", "from"
_DAY_RANGE_END = re.compile(r"[ \t\u00a0]*[-–][ \t\u00a0]*[0-9]{1,2}(?![0-9])")
_MONTH_START = re.compile(r",?[ \t\u00a0]+(?:of[ \t\u00a0]+)?[A-Z]")
_GROUP_SEP = re.compile(r"[, \u00a0\u202f\u2009\u200b-\u200d]")
# Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_ONE_ON_ONE = re.compile(r"-on-one(?![a-z])")
_ONE_ON_ONE_SPACED = re.compile(r"[ \t\u00a0]+on[ \t\u00a0]+one(?![a-z])")
_VAGUE_OF_SCALE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(thousands|millions|billions)(?![a-z])")
_VAGUE_SCALE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(hundred|thousand|million|billion|lakh|crore|dozen)(?![a-z])"
)
_VAGUE_UNITS = {**SCALE_WORDS, "dozen": 12.0}  # "several dozen" is three to nine dozen
_SMALL_INT = re.compile(r"[0-9]{1,3}(?![0-9,.:])")
_LEFT_WORD_CASED = re.compile(r"[ \t\u00a0]{0,2}(?P<w>\.?[A-Za-z]+)")  # reversed window
_LEFT_WORD = re.compile(r"[ \t\u00a0]{0,3}(?P<w>\.?[a-z~]+|~)")  # on a reversed window
_RIGHT_PEEK = re.compile(r"(?P<sp>[ \t\u00a0]*)(?P<w>[a-z]+|\S?)")
_NO_TAIL = frozenset(",;:)]}\"”’'!?.")
_RANGE_CURRENCY = re.compile(r"US\$|\$|€|£|¥|₹")
_ONE_IN = re.compile(r"[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+")  # "one out of five"
_OF_AFTER = re.compile(r"[ \t\u00a0]+of(?![^\W_])")
# "a quarter of a million", "a quarter million", "three quarters of a billion".
_OF_A_SCALE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+an?[ \t\u00a0]+)?(thousand|million|billion)(?![a-z])"
)
_NEXT_WORD = re.compile(r"[a-z]+")
_NOUN_PHRASE = re.compile(
    r"""
    [ \t\u00a0]+
    (?P<of>of[ \t\u00a0]+                 # "430 of the drones", "dozens of locations"
        (?:(?:the|these|those|its|their|his|her|our|all|all[ \t\u00a0]+the)[ \t\u00a0]+)?
    )?
    (?P<ws>[a-z][a-z'’]*(?:-[a-z]+)*(?:[ \t\u00a0]+[a-z][a-z'’]*(?:-[a-z]+)*){0,4}+)
    (?![a-z])
    """,
    re.VERBOSE,
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NAMES = frozenset(_MONTHS.split("|") + _MONTHS.upper().split("|"))
# Month name right before a day number, matched on the reversed original text.
_MONTH_BEFORE = re.compile(
    r"(?:[ \t\u00a0]+\.?|\.)(?:"
    + "|".join(m[::-1] for m in _MONTHS.split("|") + [m.upper() for m in _MONTHS.split("|")])
    + r")(?![A-Za-z])"
)
_MONTH_AFTER = re.compile(
    r"""
    (?:st|nd|rd|th)?
    (?:[ \t\u00a0]*(?:[-–]|to|and)[ \t\u00a0]*[0-9]{1,2}(?:st|nd|rd|th)?)?
    ,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:<months>)(?![a-z])\.?
    """.replace("<months>", _MONTHS + "|" + _MONTHS.upper()),
    re.VERBOSE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"""[ \t\u00a0]*(?:
        (?:ni|ecnis|yb|morf|litnu|llit|fo|gnirud|eht|erofeb|retfa|dne|ylrae|etal|dim|
           ni\ dna|ot|s'|s’|raey|gninnigeb|ecno|nosaes|lacsif|yf|ssalc)(?![a-z])
        | ,[ \t\u00a0]*[0-9]                 # "September 5, 2025"
        | ,[ \t\u00a0]*\.?(?:<months>)(?![a-z])  # "5 Sep, 2025"
    )""".replace("<months>", "|".join(m.lower()[::-1] for m in _MONTHS.split("|"))),
    re.VERBOSE,
)
_ASCII_DIGITS = frozenset("0123456789")  # str.isdigit() also accepts "²" and "١"
_NON_SPACE = re.compile(r"\S*")
_NAME_TAIL = re.compile(r"(?:[-/]?[A-Za-z0-9]+)*")
_PHONE = re.compile(
    r"""
    (?:\+[0-9]{1,3}[ .\-]?)?                  # country code
    (?:\([0-9]{2,5}\)[ .\-]?)?                # area code in brackets
    [0-9]{2,5}(?:[ .\-][0-9]{2,5}){1,4}+      # groups
    (?![0-9])
    """,
    re.VERBOSE,
)
_DETERMINER_BEFORE = frozenset(
    [
        "no",
        "the",
        "any",
        "every",
        "each",
        "this",
        "that",
        "which",
        "another",
        "such",
        "what",
        "whichever",
        "anyone",
    ]
)
_DETERMINER_AFTER = re.compile(
    r"[ \t\u00a0]+(?:of|another|who|whom|whose|can|could|must|should|would|might|may|will)(?![a-z])"
    r"|-on-one(?![a-z])|[ \t\u00a0]+on[ \t\u00a0]+one(?![a-z])"
)
_CHANGE_VERBS = re.compile(
    r"[ \t\u00a0]+(?:esor|nesir|esir|desaercni|debmilc|depmuj|llef|deppord|denilced|werg|"
    r"desiar|desiver|detiuj|derawos|dehgnulp|delbuod|delpirt|deggums|gnisir|gnillaf)(?![a-z])"
)
_SINGULAR = {
    "people": "person",
    "children": "child",
    "women": "woman",
    "men": "man",
    "policemen": "policeman",
    "firemen": "fireman",
    "servicemen": "serviceman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "halves": "half",
    "buses": "bus",
    "viruses": "virus",
    "campuses": "campus",
    "statuses": "status",
    "leaves": "leaf",
    "shelves": "shelf",
    "wolves": "wolf",
}
_INVARIANT = frozenset(
    [
        "police",
        "personnel",
        "aircraft",
        "troops",
        "staff",
        "crew",
        "cattle",
        "sheep",
        "fish",
        "deer",
        "data",
        "media",
        "series",
        "species",
        "news",
        "offspring",
        "livestock",
        "militia",
        "infantry",
    ]
)
_NOUN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "all",
        "both",
        "no",
        "other",
        "others",
        "another",
        "such",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "across",
        "over",
        "under",
        "into",
        "onto",
        "during",
        "after",
        "before",
        "since",
        "per",
        "against",
        "near",
        "around",
        "about",
        "between",
        "through",
        "toward",
        "towards",
        "including",
        "amid",
        "among",
        "within",
        "beyond",
        "behind",
        "along",
        "via",
        "than",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "while",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "whether",
        "if",
        "so",
        "yet",
        "then",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "could",
        "can",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "done",
        "not",
        "also",
        "just",
        "only",
        "even",
        "still",
        "already",
        "more",
        "most",
        "less",
        "least",
        "fewer",
        "much",
        "many",
        "very",
        "too",
        "nearly",
        "almost",
        "up",
        "down",
        "out",
        "off",
        "away",
        "back",
        "said",
        "says",
        "say",
        "told",
        "reported",
        "according",
        "it",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "them",
        "him",
        "us",
        "me",
        "last",
        "next",
        "per",
        "cent",
        "percent",
        "it's",
    ]
)
_PARTICIPLE_NOUNS = frozenset(
    [
        "injured",
        "wounded",
        "missing",
        "displaced",
        "detained",
        "arrested",
        "evacuated",
        "hospitalised",
        "hospitalized",
    ]
)
_PLURAL_NOUN = re.compile(r"[a-z]*(?:[^su'’]s|people|children|women|men|police|personnel)")
# A word that ends a counted noun phrase: a function word, a number or a scale word.
_NOUN_BREAK = _NOUN_STOP | frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
# "40C", "104F": degrees glued to the figure (see _Scanner._glued_degrees).
_GLUED_DEGREES = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# Words after which a figure with a letter glued to it is a label, not a temperature.
_LABEL_WORDS = frozenset(
    [
        "apartment",
        "article",
        "avenue",
        "base",
        "bay",
        "bed",
        "berth",
        "block",
        "box",
        "building",
        "bus",
        "camp",
        "category",
        "cell",
        "channel",
        "chapter",
        "class",
        "clause",
        "court",
        "door",
        "exit",
        "field",
        "flat",
        "flight",
        "flights",
        "floor",
        "form",
        "freeway",
        "gate",
        "grade",
        "hall",
        "hangar",
        "highway",
        "interstate",
        "junction",
        "lane",
        "level",
        "line",
        "lot",
        "model",
        "motorway",
        "no",
        "number",
        "page",
        "paragraph",
        "pier",
        "pitch",
        "platform",
        "plot",
        "road",
        "room",
        "rooms",
        "route",
        "row",
        "runway",
        "seat",
        "seats",
        "section",
        "sector",
        "shelter",
        "site",
        "size",
        "stage",
        "stand",
        "street",
        "suite",
        "terminal",
        "tower",
        "train",
        "type",
        "unit",
        "version",
        "vitamin",
        "ward",
        "wing",
        "zone",
    ]
)
# "3-1", "2–2": the second half of a sports score (a range never runs downwards).
_SCORE = re.compile(r"[-\u2013]([0-9]{1,2})(?![0-9]|[-\u2013.,][0-9])")
# First letters of the time suffixes ("am", "pm", "o'clock", "GMT", "UTC", "local time",
# "hrs"), either case: a cheap test before _TIME_SUFFIX.
_TIME_SUFFIX_FIRST = frozenset("apoguhlAPOGUHL")
_SPACES = frozenset([" ", "\u00a0"])
_SCORE_DASHES = frozenset(["-", "\u2013"])
_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)
# Continental figures elsewhere in a text: dot grouping twice, or a decimal comma.
_DOT_STYLE = re.compile(
    r"[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])|(?<![0-9,])[0-9]{1,3},[0-9]{1,2}(?![0-9,])"
)
# Between a change and the level it reached: "by 2.1bn to 48.7bn", "133,000, from".
# Between a change and the level it reached or the same change in another unit:
# "by 2.1bn to 48.7bn", "133,000, from", "to 3.2% in October from", "350 points, or".
# A few words may stand between (the noun, a month), no clause punctuation.
_LEVEL_GAP = re.compile(
    r"(?:[ \t\u00a0,;]*[a-z]+){0,4}?[ \t\u00a0,;]*(?:and[ \t\u00a0]+)?(?P<w>to|from|or)"
    r"(?:[ \t\u00a0]+[a-z]+){0,4}?[ \t\u00a0]*"  # "to a record", "to an annual rate of"
)
_LEVEL_GAP_MAX = 80  # characters: the level is in the same clause as its change
# Bounds that name a threshold crossed ("fell below $30,000"): the figure is a level.
_THRESHOLD_HEDGES = frozenset(["below", "above", "under", "beyond", "past"])
# Nouns of a figure that is a measure although it has no unit ("down 2 points").
_POINT_NOUNS = frozenset(["point", "basis point", "percentage point", "index point", "cent"])
# Between a figure and its conversion in brackets: "100 km (62 miles)".
_CONVERSION_GAP = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
# A possessive determiner before a four-digit figure makes it a year: "its 2019 sales".
_POSSESSIVE_BEFORE = re.compile(r"[ \t\u00a0]+(?:sti|rieht|sih|reh|ruo|s'|s’)(?![a-z])")
_ERA_BEFORE = re.compile(r"[ \t\u00a0]+(?:\.D\.A|DA|\.E\.C|EC)(?![A-Za-z])")  # reversed
_ERA_AFTER = re.compile(r"[ \t\u00a0]+(?:BC|B\.C\.|BCE|AD|A\.D\.|CE)(?![A-Za-z])")
_KIND_COMPOUND_MAX = 20  # "a six-cylinder engine", "a 12-speed gearbox"; not "a 300-job cut"
_COMPOUND_AFTER = re.compile(r"-(?P<w>[a-z]+)[ \t\u00a0]+[a-z]")
_OF_A = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?an?[ \t\u00a0]+(?=[a-z])")
_HALF_THE = re.compile(r"[ \t\u00a0]+(?:the|its|their|all)(?![a-z])")
# "3/4 cup", "2 1/2 inches": a numerator below a denominator written in recipes,
# measures and shares; other denominators ("9/11", "5/12") read as dates.
_FRACTION = re.compile(
    r"(?:(?P<whole>[0-9]{1,3})[ \t\u00a0]+)?(?P<a>[0-9]{1,2})/(?P<b>[2-58]|10|16)(?![0-9/])"
)
_DATE_PREPOSITION = frozenset(["on", "by", "since", "until", "till", "from", "before", "after"])
# Vulgar fraction characters, alone ("⅓ of stores") or after digits ("2½ miles").
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75}
# "12 dollars and 40 cents", "6 ft 2 in", "6.02×10^23": a figure's second part.
_CENTS_AFTER = re.compile(
    r"[ \t\u00a0]+and[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:cents?|pence|p)(?![a-z])"
)
_INCHES_AFTER = re.compile(
    r"[ \t\u00a0]+(?P<n>[0-9]{1,2})[ \t\u00a0]*(?:in|ins|inches|inch|\"|”)(?![a-z])"
)
_EXPONENT = re.compile(r"[ \t\u00a0]?[×x\*][ \t\u00a0]?10(?:\^|\*\*)(?P<n>-?[0-9]{1,2})(?![0-9])")
# What may glue to the end of digits: a vulgar fraction, or a times sign of a power.
_DIGIT_TAILS = frozenset([*_VULGAR, "×", "x", "*"])
# "over 10 years" is mostly "during ten years" in news; "over 10 years old" is a bound.
_DURATION_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
_DURING = frozenset(["revo"])  # reversed, as the hedge pattern reads it
_AGE_AFTER = re.compile(r"[ \t\u00a0]+(?:old|ago|of age)(?![a-z])")
_LOWER_BOUNDS = frozenset([Qualifier.MORE_THAN, Qualifier.AT_LEAST])
_NO_CHANGE = (Direction.NONE, Form.LEVEL)
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009\u200b\u200c\u200d]")  # spaces grouping digits
_CUE_MAGNITUDE = re.compile(r"(?:[ \t\u00a0]+fo)?[ \t\u00a0-]*edutingam(?![a-z])")


# --------------------------------------------------------------------------- the scanner


@dataclass(slots=True)
class _Core:
    """A number read at a trigger, before its hedge, unit and noun are known."""

    start: int
    end: int
    value: float
    words: bool  # spelled in words
    decimal: bool
    plain: bool  # digits only: no separator, no decimal, no sign


class _Scanner:
    """One pass over one text. Instances are private to a call (thread safe)."""

    def __init__(self, text: str, policy: Policy, low: str | None = None) -> None:
        self.text = text
        # Same offsets as the text (a letter whose lower case is longer stays as is).
        self.low = lower_text(text) if low is None else low
        # Same offsets as the text, shifted by one for the leading space (see _WORD_BYTES).
        self.folded = b" " + text.encode("ascii", "replace").translate(_ASCII_FOLD)
        self.policy = policy
        self.rules = _rules()
        self.found: list[Quantity] = []
        self.dot_style: bool | None = None  # whether the text groups digits with dots
        self.last_change: tuple[int, Direction] | None = None  # end and way of the last change
        self.role = ""  # role of the change word found by _governor, for _direction
        self.rejected: list[tuple[int, int, RejectReason]] = []
        self.pos = 0

    # ----------------------------------------------------------------- driver

    def run(self) -> None:
        text = self.text
        n = len(text)
        folded = self.folded
        vulgar = not text.isascii() and any(c in text for c in _VULGAR)
        digits = _DIGIT_OR_FRACTION if vulgar else _DIGIT
        digit_search, word_search = digits.search, _WORD_BYTES.search
        big = n + 1
        # Next trigger positions; the word match starts at its leading space, which
        # in folded coordinates is the word's start in the text.
        m = digit_search(text, 0)
        d = m.start() if m is not None else big
        w_match = word_search(folded, 0)
        w = w_match.start() if w_match is not None else big
        while d < big or w < big:
            if d < w:
                if d >= self.pos:
                    self.pos = max(self.pos, self._at_digit(d), d + 1)
            elif w >= self.pos:
                assert w_match is not None
                self.pos = max(self.pos, self._at_word(w, w_match.end() - 1), w + 1)
            if d < self.pos:
                m = digit_search(text, self.pos) if self.pos < n else None
                d = m.start() if m is not None else big
            if w < self.pos or (w == d == big):
                w_match = word_search(folded, self.pos) if self.pos < n else None
                w = w_match.start() if w_match is not None else big

    # ----------------------------------------------------------------- outputs

    def _reject(self, start: int, end: int, reason: RejectReason) -> int:
        # Kept as tuples: find_quantities() never needs them as models.
        self.rejected.append((start, end, reason))
        return end

    def rejections(self) -> list[Rejected]:
        """The rejected mentions as models, in text order."""
        text = self.text
        return [
            trusted(Rejected, span=(start, end), surface=text[start:end], reason=reason)
            for start, end, reason in self.rejected
        ]

    def _left(self, end: int, width: int = 48) -> tuple[str, str]:
        """Reversed windows (original, lower) left of ``end``, never before ``pos``."""
        start = max(self.pos, end - width)
        return self.text[start:end][::-1], self.low[start:end][::-1]

    # ----------------------------------------------------------------- digits

    def _at_digit(self, d: int) -> int:
        text, low = self.text, self.low
        n = len(text)
        prev = text[d - 1] if d > self.pos else ""
        m = _NUMBER.match(text, d)
        if m is None:
            return self._vulgar(d)  # the trigger found a vulgar fraction, no digit
        e = m.end()
        raw = m.group()
        nxt = text[e] if e < n else ""

        # Inside an address or identifier: a URL, an e-mail, a path.
        if prev and (prev.isalpha() or prev in "/=:#?&@_.%"):
            span = self._identifier(d)
            if span is not None:
                return self._reject(span[0], span[1], RejectReason.NAME)
            if prev == "." and raw.isdigit() and (d == 1 or not text[d - 2].isalnum()):
                # ".312", "a .45 calibre": a decimal with no leading zero.
                core = _Core(d - 1, e, float("0." + raw), False, True, False)
                return self._quantity(core)
        if prev.isalpha():
            if (
                prev in "Mm"
                and (d - 1 == self.pos or not text[d - 2].isalnum())
                and float(_GROUP_SEP.sub("", raw)) < 10
            ):
                # "M9.5", "M6.1": the earthquake scale.
                return self._quantity(self._core_digits(d, e, raw), cue=d - 1, unit="magnitude")
            if prev in self.rules.currency_last and self.rules.currency_before.match(
                self._left(d, 8)[0]
            ):
                # A currency code glued to the digits: "RM45,000", "USD2.5m", "$US7m".
                return self._quantity(self._core_digits(d, e, raw))
            return self._name(d)
        if prev in "-‐" and d >= 2 and text[d - 2].isalpha():
            head = _word_before(low, d - 1, self.pos)
            if head == "magnitude":
                return self._quantity(
                    self._core_digits(d, e, raw), cue=d - 1 - len(head), unit="magnitude"
                )
            if head == "minus":
                return self._quantity(self._core_digits(d, e, raw))
            if head in ("mid", "pre", "post", "early", "late", "end", "start") and len(raw) == 4:
                return self._reject(d - 1 - len(head), e, RejectReason.YEAR)
            return self._name(d)
        if prev in "'’" and nxt == "s" and len(raw) == 2:
            return self._reject(d - 1, e + 1, RejectReason.YEAR)  # the '90s

        # Clocks, dates and dotted identifiers continue the digits with punctuation.
        after1 = text[e + 1] if e + 1 < n else ""
        if nxt == ":" and after1 in _ASCII_DIGITS:
            return self._clock(d)
        if nxt in "-/." or (e - d in (1, 2) and nxt in "/."):
            if nxt == "/" and e - d <= 2:
                frac = _FRACTION.match(text, d)  # "3/4 cup"
                if frac is not None and self._fraction_ok(frac, d):
                    return self._fraction(frac, d)
            date = _NUMERIC_DATE.match(text, d)
            if date is not None:
                return self._reject(d, date.end(), RejectReason.DATE)
        if nxt == "." and after1 in _ASCII_DIGITS:
            end = e
            while end < n and (
                text[end] in _ASCII_DIGITS
                or (text[end] == "." and end + 1 < n and text[end + 1] in _ASCII_DIGITS)
            ):
                end += 1
            return self._reject(d, end, RejectReason.NAME)
        if nxt in "-–/" and len(raw) == 4 and raw.isdigit():
            ranged = _YEAR_RANGE.match(text, d)
            if ranged is not None and _is_year_range(ranged.group()):
                return self._reject(d, ranged.end(), RejectReason.YEAR)
        if nxt == "/" and after1 in _ASCII_DIGITS:
            return self._reject(d, _tail_end(text, e), RejectReason.NAME)

        plain = raw.isdigit()
        if len(raw) > 40:
            # No figure in news runs to forty digits: an identifier or debris.
            return self._reject(d, _tail_end(text, e), RejectReason.NAME)
        # A name cue right before: "World War 2", "Article 5", "Boeing 737", "Boeing 767F".
        rev, rlow = self._left(d, 24)
        word = _LEFT_WORD_CASED.match(rev)
        last = word.group("w")[::-1] if word is not None else ""
        if last in self.rules.cue_last:
            cue = self.rules.name_cue.match(rev)
            if cue is not None:
                return self._reject(d - cue.end(), _tail_end(text, e), RejectReason.NAME)

        # Glued letters: an ordinal, a decade, a unit or scale, or else a name ("4G", "16x9").
        if nxt.isalpha():
            if plain and _ORDINAL_SUFFIX.match(low, e):
                return self._ordinal_or_date(d, e)
            if plain and raw.endswith("0") and _DECADE.match(low, e):
                return self._reject(d, e + 1, RejectReason.YEAR)
            if not (
                _SCALE_AFTER.match(low, e)
                or self.rules.unit_after.match(low, e)
                or self.rules.currency_after.match(low, e)
                or _TIME_SUFFIX.match(low, e)
            ):
                if self._glued_degrees(d, e, raw):
                    core = self._core_digits(d, e, raw)
                    core.end = e + 1
                    return self._quantity(core, unit=_GLUED_DEGREES[nxt])
                return self._name(d)

        # Phone numbers: long digit groups joined by spaces, dots or dashes.
        if prev in ("+", "(") or (
            (prev == "" or prev.isspace() or prev == "-")
            and nxt in " .-\u00a0"
            and after1 in _ASCII_DIGITS
        ):
            if nxt == " " and text[e + 2 : e + 3] == "/" and e - d <= 3:
                frac = _FRACTION.match(text, d)  # "2 1/2 inches"
                if frac is not None and self._fraction_ok(frac, d):
                    return self._fraction(frac, d)
            begin = d - 1 if prev in ("+", "(") else d
            phone = _PHONE.match(text, begin)
            if phone is not None and _is_phone(phone.group()):
                return self._reject(begin, phone.end(), RejectReason.NAME)

        if (after1 if nxt in _SPACES else nxt) in _TIME_SUFFIX_FIRST and (
            plain or (raw.replace(".", "").isdigit() and len(raw) <= 5)
        ):
            suffix = _TIME_SUFFIX.match(low, e)
            if (
                suffix is not None
                and (
                    float(raw) < 25
                    # "0830 GMT": a four-digit clock, read only before a time zone word.
                    or (
                        plain
                        and len(raw) == 4
                        and int(raw[:2]) < 24
                        and int(raw[2:]) < 60
                        and suffix.group().strip()[:1] in ("g", "u", "l")
                    )
                )
            ):
                return self._reject(d, suffix.end(), RejectReason.TIME_OF_DAY)
        if plain and len(raw) <= 2 and 1 <= int(raw) <= 31:
            if last.rstrip(".") in _MONTH_NAMES and _MONTH_BEFORE.match(rev):
                after = _MONTH_AFTER.match(text, e)
                end = e
                if after is not None and after.group().startswith(("st", "nd", "rd", "th")):
                    end = e + 2
                joined = _DAY_RANGE_END.match(text, end, end + 8)
                if joined is not None:
                    end = joined.end()
                return self._reject(d, end, RejectReason.DATE)
            after = _MONTH_AFTER.match(text, e)
            if after is not None:
                # The day (and a day range) ends before the month name.
                month = _MONTH_START.search(after.group())
                end = e + (month.start() if month else 0)
                return self._reject(d, end, RejectReason.DATE)
        if plain and len(raw) == 4 and 1500 <= int(raw) <= 2200:
            year_end = self._year(d, e, rev, rlow)
            if year_end is not None:
                return self._reject(d, year_end, RejectReason.YEAR)
        if (
            prev == "("
            or nxt in _SCORE_DASHES
            or after1.isupper()
            or last[:1].isupper()
            or last in _LABEL_WORDS
        ):
            named = self._in_name(d, e, raw, word, last, rev)
            if named is not None:
                return self._reject(*named)
        return self._quantity(self._core_digits(d, e, raw))

    def _in_name(
        self, d: int, e: int, raw: str, word: re.Match[str] | None, last: str, rev: str
    ) -> tuple[int, int, RejectReason] | None:
        """The span of a name, label, score or address that the figure at ``d`` is part of.

        - A whole number right after a capitalised word inside a sentence, with no
          counted noun after it: "the FTSE 250 rose", "Nikkei 225", "Pixel 9", "ISO
          9001", "IL 62704". Not in title case ("Fires 500 Drones"), not after a
          month, a weekday or a possessive.
        - After a label word in lower case: "a category 4 storm", "level 3".
        - A number in brackets after a name: "Smith (17)", a jersey number or rating.
        - A sports score: "won 3-1", "a 2-2 draw" (a range never runs downwards).
        - A house number before a capitalised street name: "42 Harbour Street".
        """
        text, low = self.text, self.low
        n = len(text)
        if not raw.isdigit():
            return None
        if len(raw) <= 4 and (_ERA_BEFORE.match(rev) or _ERA_AFTER.match(text, e)):
            return d, e, RejectReason.YEAR  # "A.D. 900", "300 BC"
        prev = text[d - 1] if d > self.pos else ""
        if prev == "(" and text[e : e + 1] == ")" and e - d <= 3:
            if _word_before(text, d - 1, self.pos)[:1].isupper():
                return d - 1, e + 1, RejectReason.NAME
            return None
        if text[e : e + 1] in ("-", "\u2013") and e - d <= 2:
            score = _SCORE.match(text, e)
            if score is not None and int(score.group(1)) <= int(raw):
                return d, score.end(), RejectReason.NAME
        nxt = _RIGHT_PEEK.match(low, e)
        following = nxt.group("w") if nxt is not None else ""
        if following.isalpha() and (
            _is_plural(following)
            or following in self.rules.units
            or following in self.rules.right_first
        ):
            return None
        if text[e : e + 1].isalpha():
            return None
        if nxt is not None and len(following) >= 2 and nxt.group("sp") == " ":
            model = text[e + 1 : e + 1 + len(following)]
            if model.isupper():
                after_model = _NEXT_WORD.match(low, e + 2 + len(following))
                counted = after_model is not None and after_model.group() not in _NOUN_STOP
                if not (counted and _is_plural(after_model.group())):  # type: ignore[union-attr]
                    return (
                        d,
                        e + 1 + len(following),
                        RejectReason.NAME,
                    )  # "the 737 MAX", "a 911 GT3"
        if word is not None and word.start("w") == 1 and last[:1].isupper():
            before_name = text[max(self.pos, d - 80) : d - word.end()].rstrip(" \t\u00a0")
            sentence_start = not before_name or before_name[-1] in '.!?\n"“:'
            p = e + (len(nxt.group("sp")) if nxt is not None else 0)
            titled = p < n and text[p].isupper()
            if (
                not sentence_start
                and not titled
                and last not in _MONTH_NAMES
                and last.lower() not in _WEEKDAYS
                and not _plural_form(last.lower())  # "Republicans 222" counts
                and not self.rules.currency_before.match(self._left(d, 8)[0])
            ):
                return d - word.end(), e, RejectReason.NAME
        if word is not None and last in _LABEL_WORDS and not last.endswith("s"):
            return d - word.end(), e, RejectReason.NAME
        if e - d <= 5 and text[e + 1 : e + 2].isupper():
            street = self.rules.street_after.match(text, e)
            if street is not None:
                return d, street.end(), RejectReason.NAME
        return None

    def _fraction_ok(self, frac: re.Match[str], d: int) -> bool:
        """Whether "3/4" at ``d`` is a fraction: below one, then a word, no date word before."""
        if int(frac.group("a")) >= int(frac.group("b")) or int(frac.group("a")) == 0:
            return False
        if _word_before(self.low, d, self.pos) in _DATE_PREPOSITION:
            return False
        return _NEXT_WORD.match(self.low, frac.end() + 1) is not None and (
            self.low[frac.end() : frac.end() + 1] == " "
        )

    def _fraction(self, frac: re.Match[str], d: int) -> int:
        """A slash fraction: a share before "of" ("3/4 of voters"), else a number."""
        value = int(frac.group("a")) / int(frac.group("b"))
        if frac.group("whole") is not None:
            value += int(frac.group("whole"))
        elif _OF_AFTER.match(self.low, frac.end()):
            core = _Core(d, frac.end(), 100.0 * value, False, True, False)
            return self._quantity(core, unit="percent")
        return self._quantity(_Core(d, frac.end(), value, False, True, False))

    def _vulgar(self, d: int) -> int:
        """A vulgar fraction character on its own: "⅓ of stores", "¾ cup"."""
        value = _VULGAR[self.text[d]]
        if _OF_AFTER.match(self.low, d + 1):
            return self._quantity(
                _Core(d, d + 1, 100.0 * value, False, True, False), unit="percent"
            )
        return self._quantity(_Core(d, d + 1, value, False, True, False))

    def _glued_degrees(self, d: int, e: int, raw: str) -> bool:
        """Whether "40C", "46.2C" or "104F" is a temperature, the way UK papers write it.

        An upper-case C or F glued to a figure of at most three whole digits and ending
        the word ("12C-3" does not), after no word that labels seats, rooms or forms
        ("seat 12C", "Form 1040F" are names).
        """
        text = self.text
        if text[e] not in _GLUED_DEGREES or len(raw.partition(".")[0]) > 3:
            return False
        after = text[e + 1 : e + 2]
        if after.isalnum() or after in ("-", "/", "'", "’"):
            return False
        return _word_before(self.low, d, self.pos) not in _LABEL_WORDS

    def _core_digits(self, d: int, e: int, raw: str) -> _Core:
        text = self.text
        start = d
        if (
            d - 1 >= self.pos
            and text[d - 1] in "-−+"
            and (d - 1 == 0 or text[d - 2] in " \t\n(\u00a0$€£¥₹")
        ):
            start = d - 1
        elif (
            d >= 6
            and self.low[d - 6 : d - 1] == "minus"
            and text[d - 1] in " -\u00a0"
            and d - 6 >= self.pos
            and (d - 6 == 0 or not text[d - 7].isalnum())
        ):
            start = d - 6  # "minus 4", "minus-12 degrees": the sign in words
        plain = raw.isdigit()  # ASCII digits only: _NUMBER reads no other digit
        decimal = False
        digits = raw
        if not plain:
            decimal = "." in raw
            if decimal and "," not in raw and raw.count(".") > 1:
                digits = raw.replace(".", "")
                decimal = False
            elif "," in raw or _GROUP_SPACE.search(raw) is not None:
                digits = _GROUP_SEP.sub("", raw)
            elif (
                decimal
                and _dot_thousands(raw)
                and not _SCALE_AFTER.match(self.low, e)
                and not self.rules.unit_after.match(self.low, e)
                and self._groups_with_dots(raw, e)
            ):
                digits = raw.replace(".", "")
                decimal = False
        value = float(digits)
        tail = text[e : e + 1]
        if tail in _DIGIT_TAILS:
            if tail in _VULGAR:
                value += _VULGAR[tail]  # "2½ miles"
                e += 1
                decimal, plain = True, False
            exponent = _EXPONENT.match(text, e)
            if exponent is not None:
                value *= 10.0 ** int(exponent.group("n"))  # "6.02×10^23"
                e = exponent.end()
                decimal, plain = True, False
        sign = text[start] if start < d else ""
        if sign and sign in "-−mM":
            value = -value
        return _Core(start, e, value, False, decimal, plain and not sign)

    def _groups_with_dots(self, raw: str, e: int) -> bool:
        """Whether "1.300" groups thousands here rather than being a decimal.

        English writes "104.275" as a decimal; a dot groups thousands only where the
        text shows that style elsewhere ("1.234.567", "3,5 %"), or for a single-digit
        head before a counted noun ("1.300 drones": no one counts 1.3 drones).
        """
        if self.dot_style is None:
            self.dot_style = _DOT_STYLE.search(self.text) is not None
        if self.dot_style:
            return True
        word = _NEXT_WORD.match(self.low, e + 1) if self.low[e : e + 1] == " " else None
        return (
            raw.index(".") == 1
            and word is not None
            and _is_plural(word.group())
            and word.group() not in self.rules.units
            and word.group() not in ("points", "percent")
        )

    def _identifier(self, d: int) -> tuple[int, int] | None:
        """The span of a URL, e-mail or path holding position ``d``, if it is one."""
        text = self.text
        lo = max(self.pos, d - 200)
        back = _NON_SPACE.match(text[lo:d][::-1])
        start = d - (back.end() if back is not None else 0)
        ahead = _NON_SPACE.match(text, d, min(len(text), d + 400))
        end = ahead.end() if ahead is not None else d + 1
        token = text[start:end]
        if "://" in token or token[:4].lower() == "www." or ("@" in token and "." in token):
            while end > d + 1 and not text[end - 1].isalnum():
                end -= 1
            return start, max(end, d + 1)
        return None

    def _name(self, d: int) -> int:
        """Reject the alphanumeric token around ``d`` as a name ("F-16", "G7", "MH17")."""
        text = self.text
        start = d
        while start > self.pos and (
            text[start - 1].isalnum()
            or (text[start - 1] in "-‐" and start - 2 >= self.pos and text[start - 2].isalnum())
        ):
            start -= 1
        end = _tail_end(text, d)
        end = _name_end(text, d, end)
        return self._reject(start, end, RejectReason.NAME)

    def _clock(self, d: int) -> int:
        text = self.text
        m = _CLOCK.match(text, d)
        if m is None:
            end = d
            while end < len(text) and (text[end] in _ASCII_DIGITS or text[end] == ":"):
                end += 1
            while text[end - 1] == ":":
                end -= 1
            return self._reject(d, end, RejectReason.NAME)
        end = m.end()
        if m.group("s") is not None or m.group("f") is not None:
            # "1:02:33", and a race time "won in 2:04.3": durations, not clocks.
            return self._reject(d, end, RejectReason.MEDIA_DURATION)
        if m.group("ampm") is None and self._player_line(d, end, m.group()):
            return self._reject(d, end, RejectReason.MEDIA_DURATION)
        hours = int(m.group("h"))
        if hours >= 24 and m.group("ampm") is None:
            return self._reject(d, end, RejectReason.MEDIA_DURATION)
        return self._reject(d, end, RejectReason.TIME_OF_DAY)

    def _player_line(self, d: int, end: int, stamp: str) -> bool:
        """Whether a clock stamp stands on a line of media-player debris.

        A line holding only time stamps is player debris when it has several, when
        its stamp is the "0:00" of an idle player, or when a neighbouring line is
        also only stamps ("0:00" / "24:55" under "Podcasts").
        """
        text = self.text
        start = text.rfind("\n", max(0, d - 120), d) + 1
        stop = text.find("\n", end, end + 120)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop].strip()
        if not _STAMP_LINE.fullmatch(line):
            return False
        if stamp == "0:00" or len(line.split()) > 1:
            return True
        before = text[max(0, start - 60) : max(0, start - 1)].rsplit("\n", 1)[-1].strip()
        after = text[stop + 1 : stop + 60].split("\n", 1)[0].strip()
        return bool(_STAMP_LINE.fullmatch(before) or _STAMP_LINE.fullmatch(after))

    def _ordinal_or_date(self, d: int, e: int) -> int:
        rev, _ = self._left(d, 16)
        if _MONTH_BEFORE.match(rev) or _MONTH_AFTER.match(self.text, e):
            return self._reject(d, e + 2, RejectReason.DATE)
        return self._reject(d, e + 2, RejectReason.ORDINAL)

    def _year(self, d: int, e: int, rev: str, rlow: str) -> int | None:
        """End of a year mention starting at ``d``, or None when it reads as a count."""
        text, low = self.text, self.low
        ranged = _YEAR_RANGE.match(text, d)
        if ranged is not None and _is_year_range(ranged.group()):
            return ranged.end()
        if _MONTH_BEFORE.match(rev):
            return e
        word = _NEXT_WORD.match(low, e + 1) if e < len(low) and low[e] == " " else None
        if (word is not None and word.group() == "per") or self.rules.unit_after.match(low, e):
            return None  # "an average of 1800 per household", "the 1750 sq m site"
        if _YEAR_CONTEXT_BEFORE.match(rlow):
            return e  # "in 2019"
        if _POSSESSIVE_BEFORE.match(rlow) and int(text[d:e]) % 100:
            return e  # "its 2019 sales"; "Russia's 2000 drones" is a round count
        if self._has_money_or_hedge(d):
            # "over 2,000 people", "more than 1500": a count; "an increase over 2021"
            # (a figure not round, with no counted noun after it): a year.
            plural = word is not None and _PLURAL_NOUN.fullmatch(word.group()) is not None
            if plural or int(text[d:e]) % 10 == 0 or self.rules.currency_before.match(rev):
                return None
            return e
        if _SCALE_AFTER.match(low, e):
            return None
        if word is not None and text[e + 1].isupper():
            return e  # "the Tokyo 2020 Games": a year in a name
        if word is not None and _PLURAL_NOUN.fullmatch(word.group()):
            return None
        return e

    def _has_money_or_hedge(self, d: int) -> bool:
        rev, rlow = self._left(d)
        if self.rules.currency_before.match(rev):
            return True
        return self.rules.hedge_before.match(rlow) is not None

    # ----------------------------------------------------------------- words

    def _at_word(self, s: int, e: int) -> int:
        low, text = self.low, self.text
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            return e  # part of a longer word ("éone"), seen as a word only in ASCII
        word = low[s:e]
        if word in _VAGUE_WORDS or word in _VAGUE_DETERMINERS:
            return self._vague(s, e, word)
        if word == "score":
            before = _article_before(low, s, self.pos)
            if before is not None and _OF_AFTER.match(low, e):
                return self._quantity(_Core(before, e, 20.0, True, False, False))
            return e
        if word in ORDINAL_WORDS or word in FRACTION_WORDS:
            before = _article_before(low, s, self.pos)
            scaled = _OF_A_SCALE.match(low, e) if word in FRACTION_WORDS else None
            if scaled is None and word in FRACTION_WORDS and (before is not None or word == "half"):
                of_a = _OF_A.match(low, e)
                um = self.rules.unit_after.match(low, of_a.end()) if of_a is not None else None
                if um is not None:
                    # "a quarter of a percentage point", "half a mile": a fraction of a unit.
                    start = s if before is None else before
                    core = _Core(start, um.end(), 1.0 / FRACTION_WORDS[word], True, True, False)
                    return self._quantity(core, unit=self.rules.units[_form(um, "u")][0])
            if scaled is not None and (before is not None or word == "half"):
                # "a quarter of a million", "half of a million": a count, not a share.
                value = SCALE_WORDS[scaled.group(1)] / FRACTION_WORDS[word]
                start = s if before is None else before
                return self._quantity(_Core(start, scaled.end(), value, True, False, False))
            if word in FRACTION_WORDS and before is not None and self._fraction_reads(e, before):
                return self._quantity(
                    _Core(before, e, 100.0 / FRACTION_WORDS[word], True, True, False),
                    unit="percent",
                )
            if word == "half":
                run = _RUN.match(low, s)
                if run is not None and run.end() > e:
                    return self._number_run(s, run.end(), s)
                if _OF_AFTER.match(low, e) or _HALF_THE.match(low, e):
                    # "half of the votes", "half the residents": a share.
                    return self._quantity(_Core(s, e, 50.0, True, True, False), unit="percent")
                return e
            if word in ORDINAL_WORDS:
                return self._reject(s, e, RejectReason.ORDINAL)
            return e  # "quarter", "thirds" on their own are not figures
        run = _RUN.match(low, s)
        assert run is not None
        start = s
        if word in SCALE_WORDS or word == "dozen":
            before = _article_before(low, s, self.pos)
            if before is not None:
                start = before
        return self._number_run(start, run.end(), s)

    def _fraction_reads(self, e: int, before: int) -> bool:
        """Whether "a third" after an article is a fraction rather than an ordinal."""
        if _OF_AFTER.match(self.low, e):
            return True
        rest = self.low[e : e + 2]
        if not rest or (not rest[0].isalnum() and rest[0] not in "- "):
            return True
        return self._has_money_or_hedge(before) or _word_before(self.low, before - 1, self.pos) in (
            "by",
            "than",
        )

    def _number_run(self, start: int, run_end: int, first: int) -> int:
        """Read a run of number words from ``first`` (``start`` may include "a")."""
        low = self.low
        spans = [
            (m.start() + first, m.end() + first, m.group())
            for m in _TOKEN.finditer(low[first:run_end])
        ]
        tokens = [t[2] for t in spans]
        if start < first:
            tokens.insert(0, low[start:first].split()[0])
            spans.insert(0, (start, first, tokens[0]))
        value, used = read_number_words(tokens)
        if used == 0:
            # A lone scale word ("million") or "dozen" with nothing before it.
            head = tokens[0] if start == first else tokens[1]
            value = SCALE_WORDS.get(head, 12.0)
            used = 1 if start == first else 2
        end = spans[used - 1][1]
        if used < len(tokens) and tokens[used] in FRACTION_WORDS and tokens[used] != "half":
            # "two thirds", "one-third": a share, written as a percentage.
            frac = FRACTION_WORDS[tokens[used]]
            scaled = _OF_A_SCALE.match(low, spans[used][1])
            if scaled is not None:  # "three quarters of a million": a count
                value = value * SCALE_WORDS[scaled.group(1)] / frac
                return self._quantity(_Core(start, scaled.end(), value, True, False, False))
            return self._quantity(
                _Core(start, spans[used][1], 100.0 * value / frac, True, True, False),
                unit="percent",
            )
        if used < len(tokens) and tokens[used] == "half" and tokens[used - 1] in NUMBER_WORDS:
            # "one half" is a share; "one-half" likewise.
            return self._quantity(
                _Core(start, spans[used][1], 50.0 * value, True, True, False), unit="percent"
            )
        if tokens[:used] == ["one"] and self._determiner(start, end):
            return self._reject(*self._determiner_span(start, end), RejectReason.DETERMINER)
        return self._quantity(_Core(start, end, value, True, value != int(value), False))

    def _determiner(self, s: int, e: int) -> bool:
        """Whether "one" at ``s`` is a pronoun or determiner ("one of the", "no one")."""
        low = self.low
        if _DETERMINER_AFTER.match(low, e):
            return not self._has_money_or_hedge(s)
        before = _word_before(low, s, self.pos)
        if before in _DETERMINER_BEFORE:
            return True
        # "the new one", "a bigger one": an adjective between a determiner and "one"
        # at the end of the phrase makes it a pronoun.
        if not before:
            return False
        nxt = _RIGHT_PEEK.match(low, e)
        following = nxt.group("w") if nxt is not None else ""
        if following.isalpha() and following not in _NOUN_STOP and not following.endswith("ed"):
            return False
        p = s - 1
        while p > self.pos and low[p - 1] in " \t\u00a0":
            p -= 1
        return _word_before(low, p - len(before), self.pos) in ("the", "a", "an", "this", "that")

    def _determiner_span(self, s: int, e: int) -> tuple[int, int]:
        m = _ONE_ON_ONE.match(self.low, e)
        if m is not None:
            return s, m.end()
        m = _ONE_ON_ONE_SPACED.match(self.low, e)
        return (s, m.end()) if m is not None else (s, e)

    def _vague(self, s: int, e: int, word: str) -> int:
        low = self.low
        start, key = s, word
        if word in ("few", "couple", "handful"):
            before = _article_before(low, s, self.pos)
            if before is None or (word == "couple" and not _OF_AFTER.match(low, e)):
                return e
            start, key = before, "a " + word
        elif word in ("tens", "hundreds", "dozens"):
            m = _VAGUE_OF_SCALE.match(low, e)
            if m is not None:
                key = f"{word} of {m.group(1)}"
                e = m.end()
            elif word == "tens":
                return e
        elif word == "scores" and not _OF_AFTER.match(low, e):
            return e
        bounds = self.policy.vague(key)
        if bounds is None:
            bounds = self.policy.vague(word) or (2.0, None)
        scale = 1.0
        if word in ("several", "few", "couple", "handful"):
            # "several hundred", "a few thousand", "a couple of dozen": the vague
            # bounds in that unit.
            m = _VAGUE_SCALE.match(low, e)
            if m is not None:
                scale = _VAGUE_UNITS[m.group(1)]
                e = m.end()
        low_b, high_b = bounds
        return self._quantity(
            _Core(start, e, low_b * scale, True, False, False),
            vague=(low_b * scale, None if high_b is None else high_b * scale),
        )

    # ----------------------------------------------------------------- assembly

    def _quantity(
        self,
        core: _Core,
        *,
        cue: int | None = None,
        unit: str | None = None,
        vague: tuple[float, float | None] | None = None,
    ) -> int:
        """Read hedge, currency, scale, unit, range and noun around ``core``; emit it."""
        text, low, rules, policy = self.text, self.low, self.rules, self.policy
        start, end, value = core.start, core.end, core.value
        kind = QuantityKind.COUNT
        currency: str | None = None
        if unit == "percent":
            kind = QuantityKind.PERCENT
        elif unit is not None:  # "magnitude", glued degrees, "half a mile"
            kind = rules.unit_kinds.get(unit, QuantityKind.MEASURE)
        if cue is not None:
            start = cue

        # Left: a currency sign ("$2.5bn", "US$ 5"), then a hedge before it.
        rev, rlow = self._left(start)
        before = rev[:1] if rev[:1] not in " \u00a0" else rev[1:2]
        if before in rules.currency_last and vague is None and (not core.words or unit is None):
            cur = rules.currency_before.match(rev)
            if cur is not None:
                currency = rules.currencies_before[cur.group("c")[::-1]]
                start -= cur.end()
                rev, rlow = self._left(start)
        if unit is None and currency is None and vague is None and "edutingam" in rlow[:14]:
            mag = _CUE_MAGNITUDE.match(rlow)
            if mag is not None:
                start -= mag.end()
                unit, kind = "magnitude", QuantityKind.MEASURE
                rev, rlow = self._left(start)
        left_word = _LEFT_WORD.match(rlow)
        last = left_word.group("w")[::-1] if left_word is not None else ""

        # Right: only when the next word could be a scale, unit, hedge or joiner.
        peek = _RIGHT_PEEK.match(low, end)
        nxt = peek.group("w") if peek is not None else ""
        tail = bool(nxt) and (
            not peek.group("sp")  # type: ignore[union-attr]
            or not nxt.isalpha()
            or nxt in rules.right_first
        )
        if tail and not peek.group("sp") and nxt in _NO_TAIL:  # type: ignore[union-attr]
            tail = False

        # Right: scale, then currency word / unit / percent.
        if tail and not core.words and vague is None:
            cased = (
                _SCALE_CASED.match(text, end)
                if text[end : end + 1] in _CASED_FIRST or text[end + 1 : end + 2] in _CASED_FIRST
                else None
            )
            sc = None if cased is not None else _SCALE_AFTER.match(low, end)
            if cased is not None and (cased.group("s") != "MM" or currency is not None):
                value *= 1e9 if cased.group("s") == "B" else 1e6
                end = cased.end()
            elif sc is not None:
                word, abbr, glued = sc.group("w"), sc.group("a") or sc.group("a2"), sc.group("g")
                if word is not None:
                    value *= SCALE_WORDS[word]
                    end = sc.end()
                elif abbr is not None:
                    value *= _ABBR_SCALE[abbr]
                    end = sc.end()
                elif glued == "k" or (glued == "b" and currency is not None):
                    value *= 1e3 if glued == "k" else 1e9
                    end = sc.end()
                elif glued == "m" and self._million(sc.end(), currency, core):
                    value *= 1e6
                    end = sc.end()
                elif glued == "m" and unit is None:
                    unit, kind = "meter", QuantityKind.LENGTH
                    end = sc.end()
            if sc is not None and sc.group("w") is not None and end == sc.end():
                # "3 hundred thousand", "3 lakh crore": a larger scale word follows.
                more = _SCALE_AFTER.match(low, end)
                if (
                    more is not None
                    and more.group("w") is not None
                    and SCALE_WORDS[more.group("w")] > SCALE_WORDS[sc.group("w")]
                ):
                    value *= SCALE_WORDS[more.group("w")]
                    end = more.end()
            if value != core.value:
                value = _tidy(value)  # "$4.1bn" is 4.1e9, not 4099999999.9999995
        if tail and unit is None and vague is None:
            if currency is None:
                ca = rules.currency_after.match(low, end)
                if ca is not None:
                    currency = rules.currencies_after[_form(ca, "c")]
                    end = ca.end()
            if currency is None:
                um = rules.unit_after.match(low, end)
                if um is not None:
                    unit, kind = rules.units[_form(um, "u")]
                    end = um.end()
        if currency is not None:
            unit, kind = currency, QuantityKind.MONEY
            cents = _CENTS_AFTER.match(low, end) if low[end : end + 4] == " and" else None
            if cents is not None:
                value += int(cents.group("n")) / 100.0  # "12 dollars and 40 cents"
                end = cents.end()
        elif unit == "foot" and end < len(text) and text[end] == " ":
            inches = _INCHES_AFTER.match(low, end)
            if inches is not None:
                value += int(inches.group("n")) / 12.0  # "6 ft 2 in"
                end = inches.end()

        # Left hedge.
        hedge: str | None = None
        qualifier = Qualifier.EXACT
        hm = rules.hedge_before.match(rlow) if last in rules.hedge_last else None
        between = False  # "between" or "from" opens a range
        no_range = False
        range_start = start
        if hm is not None and not (
            unit in _DURATION_UNITS and hm.group("h") in _DURING and not _AGE_AFTER.match(low, end)
        ):
            phrase = " ".join(hm.group("h")[::-1].split())
            qualifier = rules.hedges[phrase]
            start -= hm.end()
            hedge = text[start : start + len(hm.group("h"))]
        elif hm is not None:
            hm = None  # "over 10 years", "over three days": a duration, not a bound
        elif last in ("between", "from"):
            bm = _RANGE_OPENER.match(rlow)
            if bm is not None:
                if bm.group(1) == "morf" and _CHANGE_VERBS.match(rlow, bm.end()):
                    # "rose from 80 to 93" is a change between two figures, not a range.
                    no_range = True
                else:
                    between = True
                    range_start = start - bm.end()

        # Left: the word of change or margin that governs the figure ("rose by").
        governor = None
        near_change = self.last_change is not None and start <= self.last_change[0] + _LEVEL_GAP_MAX
        if (hm is not None or last in rules.change_last or near_change) and vague is None:
            if hm is not None:
                rev, rlow = self._left(start)
                left_word = _LEFT_WORD.match(rlow)
                last = left_word.group("w")[::-1] if left_word is not None else ""
            if last in rules.change_last or near_change:
                governor = self._governor(start, last, rlow)
            if governor is not None:
                if (
                    governor[1] is Form.CHANGE
                    and hedge is not None
                    and hedge.lower() in _THRESHOLD_HEDGES
                ):
                    # "fell below $30,000", "rose above 5%": a threshold crossed is a level.
                    governor, self.role = (governor[0], Form.LEVEL, "to"), ""
                if governor[2] == "from":
                    no_range = True

        # Right: trailing hedge ("800+", "1,000-plus", "or more"), unless one came before.
        trail = rules.hedge_after.match(low, end) if tail else None
        if trail is not None and vague is None:
            phrase = " ".join(trail.group().split())
            trailing = rules.hedges[phrase]
            if hedge is None:
                qualifier = trailing
                hedge = text[end : trail.end()].strip().lstrip("-")
            elif qualifier is Qualifier.APPROXIMATE and trailing in (
                Qualifier.AT_LEAST,
                Qualifier.AT_MOST,
            ):
                # "about 500 or more": the bound is what the figure says.
                qualifier = trailing
                hedge = f"{hedge} {text[end : trail.end()].strip()}"
            end = trail.end()

        # A range: "10-15", "two or three", "between 110,000 and 150,000", "from X to Y".
        high_value: float | None = None
        if no_range and tail and unit is None and trail is None:
            # "raised the age from 62 to 64 years": two levels, the unit shared.
            ahead = self._range(end, value, unit, currency, core, between)
            if ahead is not None and ahead[3] is not None:
                unit, kind = ahead[3], ahead[4]
        if (
            tail
            and not no_range
            and trail is None
            and vague is None
            and qualifier
            in (Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_MOST, Qualifier.AT_LEAST)
        ):
            joined = self._range(end, value, unit, currency, core, between)
            if (
                joined is not None
                and governor is not None
                and _RANGE_JOIN.match(low, end).group().strip() == "to"  # type: ignore[union-attr]
                and (unit is not None or joined[3] is None)
            ):
                # "rose by $2.1 billion to $48.7 billion", "rose by 100 to 1,500": a
                # change and then the level it reached, not a range.
                joined = None
            if joined is not None:
                value, high_value, end, unit2, kind2 = joined
                if unit is None and unit2 is not None:
                    unit, kind = unit2, kind2
                if between:
                    hedge = text[range_start:start].split()[0]
                    start = range_start
                if qualifier is Qualifier.EXACT:
                    qualifier = Qualifier.RANGE

        # "one in six": a share.
        if (
            tail
            and high_value is None
            and unit is None
            and vague is None
            and value > 0
            and value == int(value)
        ):
            share = self._one_in(end)
            if share is not None and share[0] > value:
                den, end = share
                value = 100.0 * value / den
                unit, kind = "percent", QuantityKind.PERCENT

        if (
            unit is not None
            and qualifier is Qualifier.EXACT
            and high_value is None
            and self.found
            and self.found[-1].unit is not None
            and self.found[-1].qualifier not in (Qualifier.EXACT, Qualifier.RANGE, Qualifier.VAGUE)
            and _CONVERSION_GAP.fullmatch(text, self.found[-1].span[1], start)
        ):
            # "more than 100 km (62 miles)": the conversion carries the hedge.
            qualifier, hedge = self.found[-1].qualifier, self.found[-1].hedge
        upper = (
            self._upper_bound(end, value, currency)
            if qualifier in _LOWER_BOUNDS and high_value is None and vague is None
            else None
        )
        if upper is not None:
            # "more than 200 but fewer than 300": one interval bounded on both sides.
            high, high_closed, end = upper
            interval = _bounds(
                low=value,
                high=high,
                low_closed=qualifier is Qualifier.AT_LEAST,
                high_closed=high_closed,
            )
            nominal = value
        elif vague is not None:
            qualifier = Qualifier.VAGUE
            low_b, high_b = vague
            interval = _bounds(low=low_b, high=high_b)
            nominal = low_b
        elif high_value is not None:
            a, b = sorted((value, high_value))
            if qualifier is Qualifier.RANGE or a == b:
                interval = _bounds(low=a, high=b)
                nominal = a
            elif qualifier is Qualifier.APPROXIMATE:
                w = policy.approximate_width
                interval = (
                    _bounds(low=a * (1 - w), high=b * (1 + w)) if a >= 0 else _bounds(low=a, high=b)
                )
                nominal = a
            elif qualifier is Qualifier.AT_MOST:
                interval = _bounds(high=b)
                nominal = b
            else:
                interval = _bounds(low=a)
                nominal = a
        else:
            interval, nominal = _interval(qualifier, value, policy)

        noun = None
        if kind is QuantityKind.COUNT or vague is not None or unit == "percent":
            noun = self._noun(end, kind)
        if kind is QuantityKind.PERCENT and unit is None:
            unit = "percent"
        if (
            nxt == "-"
            and low[end : end + 1] == "-"
            and kind is QuantityKind.COUNT
            and high_value is None
            and 1 < value < _KIND_COMPOUND_MAX
        ):
            compound = self._kind_compound(start, end)
            if compound is not None:
                return self._reject(start, compound, RejectReason.NAME)
        if governor is None and end == core.end and nxt not in rules.after_first:
            direction, form = _NO_CHANGE  # the usual case, decided cheaply
        else:
            direction, form = self._direction(governor, start, end, kind, unit, noun)
            if direction is not Direction.NONE:
                self.last_change = (end, direction)
        self.found.append(
            trusted(
                Quantity,
                span=(start, end),
                surface=text[start:end],
                nominal=nominal,
                value=interval,
                qualifier=qualifier,
                hedge=hedge,
                unit=unit,
                kind=kind,
                noun=noun,
                direction=direction,
                form=form,
            )
        )
        return end

    def _governor(self, start: int, last: str, rlow: str) -> tuple[Direction, Form, str] | None:
        """The change or margin word left of a figure: ``(direction, form, preposition)``.

        The preposition is "by", "to", "from", "of" or "" (a bare figure). The form
        returned is provisional for the roles that depend on what is measured
        (see :meth:`_direction`): those come back as ``Form.CHANGE`` with the role
        kept in ``self.role``.
        """
        rules = self.rules
        self.role = ""
        m = None
        if last in rules.change_last:
            margin = rules.margin_before.match(rlow)
            if margin is not None:
                return Direction.NONE, Form.MARGIN, ""
            m = rules.change_before.match(rlow)
        if m is None:
            if self.last_change is not None:
                # "rose by 2.1bn to 48.7bn", "revised down by 133,000, from 147,000 to
                # 14,000": a level right after a change takes its direction; "fell
                # 350 points, or 1.1%": the same change in another unit.
                prev_end, direction = self.last_change
                gap = (
                    _LEVEL_GAP.fullmatch(self.low, prev_end, start)
                    if prev_end <= start <= prev_end + _LEVEL_GAP_MAX
                    else None
                )
                if gap is not None:
                    form = Form.CHANGE if gap.group("w") == "or" else Form.LEVEL
                    return direction, form, "" if form is Form.CHANGE else gap.group("w")
            return None
        prep = (m.group("p") or m.group("of") or "")[::-1]
        roles = rules.changes[" ".join(m.group("g")[::-1].split())]
        if prep == "of":
            if "noun" not in roles:
                return None
            return roles["noun"], Form.CHANGE, prep
        role = next((r for r in ("verb", "transitive", "adverb") if r in roles), "")
        if not role:
            return None
        direction = roles[role]
        if prep in ("to", "from"):
            return direction, Form.LEVEL, prep
        self.role = "" if prep == "by" else role
        return direction, Form.CHANGE, prep

    def _direction(
        self,
        governor: tuple[Direction, Form, str] | None,
        start: int,
        end: int,
        kind: QuantityKind,
        unit: str | None,
        noun: str | None,
    ) -> tuple[Direction, Form]:
        """Direction and form of a figure from its governor or the word after it."""
        measured = kind is not QuantityKind.COUNT or noun in _POINT_NOUNS
        if governor is not None:
            direction, form, _ = governor
            role, self.role = self.role, ""
            if role == "transitive" and not (measured and kind is not QuantityKind.MONEY):
                return Direction.NONE, Form.LEVEL  # "cut 200 jobs", "raised $10m"
            if role == "adverb" and not measured:
                return Direction.NONE, Form.LEVEL  # "shot down 20 drones"
            return direction, form
        peek = _RIGHT_PEEK.match(self.low, end)
        word = peek.group("w") if peek is not None else ""
        if word not in self.rules.after_first:
            return Direction.NONE, Form.LEVEL
        after = self.rules.change_after.match(self.low, end)
        if after is not None and (measured or noun is None):
            roles = self.rules.changes[" ".join(after.group("g").split())]
            direction = roles.get("noun") or roles.get("adverb") or Direction.NONE
            return direction, Form.CHANGE
        if self.rules.margin_after.match(self.low, end):
            return Direction.NONE, Form.MARGIN
        return Direction.NONE, Form.LEVEL

    def _kind_compound(self, start: int, end: int) -> int | None:
        """End of "four-speed" in "a four-speed gearbox": a figure that names a kind.

        A singular article, a small figure, a hyphen and a singular word that is no
        unit, then a noun: the figure describes the thing, it counts nothing in the
        story. Large figures count ("a 258,000-job overstatement").
        Nouns that keep a count ("a 40-strong crowd") are listed in the rules data.
        """
        m = _COMPOUND_AFTER.match(self.low, end)
        if m is None or _article_before(self.low, start, self.pos) is None:
            return None
        word = m.group("w")
        if word in self.rules.count_compounds or _is_plural(word) or word in _NOUN_BREAK:
            return None
        return m.end("w")

    def _upper_bound(
        self, end: int, low_value: float, currency: str | None
    ) -> tuple[float, bool, int] | None:
        """``(high, closed, end)`` of "but fewer than 300" after a lower bound, if any."""
        m = self.rules.upper_after.match(self.low, end)
        if m is None:
            return None
        p = m.end()
        if currency is not None:
            cm = _RANGE_CURRENCY.match(self.text, p)
            if cm is not None:
                p = cm.end()
        num = _NUMBER.match(self.text, p)
        if num is None:
            return None
        q = num.end()
        high = float(_GROUP_SEP.sub("", num.group()))
        sc = _SCALE_AFTER.match(self.low, q)
        if sc is not None and sc.group("w") is not None:
            high *= SCALE_WORDS[sc.group("w")]
            q = sc.end()
        if high <= low_value:
            return None
        closed = self.rules.hedges[" ".join(m.group("h").split())] is Qualifier.AT_MOST
        return high, closed, q

    def _million(self, end: int, currency: str | None, core: _Core) -> bool:
        """Whether a lower-case "m" glued to a figure is million rather than metre.

        Money is always millions ("£2m"); so is a figure before a plural noun ("12m
        subscribers"). A figure before a word of height, length or distance is in
        metres ("1.9m tall", "8m-long"); otherwise a decimal reads as millions
        ("1.5m"), a whole number as metres ("the 100m final").
        """
        if currency is not None:
            return True
        if _METRE_CONTEXT.match(self.low, end):
            return False
        word = _NEXT_WORD.match(self.low, end + 1) if self.low[end : end + 1] == " " else None
        if word is not None and _is_plural(word.group()) and word.group() not in self.rules.units:
            return True
        return core.decimal

    def _range(
        self,
        end: int,
        value: float,
        unit: str | None,
        currency: str | None,
        core: _Core,
        between: bool,
    ) -> tuple[float, float, int, str | None, QuantityKind] | None:
        """``(first, second, end, unit, kind)`` of a range whose first figure ends at ``end``.

        The second figure's scale carries over to the first when the first has none
        ("between 3 and 5 million").
        """
        text, low, rules = self.text, self.low, self.rules
        j = _RANGE_JOIN.match(low, end)
        if j is None:
            return None
        joiner = " ".join(j.group().strip().lstrip("-").split())
        if joiner == "and" and not between:
            return None
        if joiner == "up to" and not between:
            return None  # "from 600 up to 1,100" only
        if between and joiner not in ("and", "to", "up to") and joiner not in _DASHES:
            return None
        p = j.end()
        negative = False
        if text[p : p + 1] in ("-", "\u2212") and text[p + 1 : p + 2] in _ASCII_DIGITS:
            negative = value < 0  # "from -5 °C to -12 °C"; a dash after a positive is no sign
            if not negative:
                return None
            p += 1
        currency2: str | None = None
        cm = _RANGE_CURRENCY.match(text, p)
        if cm is not None:
            currency2 = rules.currencies_before[cm.group()]
            if currency2 != currency and (currency is not None or unit is not None):
                return None  # "fell 2.1% to $38.40": a change, and then a price
            p = cm.end()
        if p >= len(text):
            return None
        second: float
        if text[p] in _ASCII_DIGITS:
            m = _NUMBER.match(text, p)
            assert m is not None
            q = m.end()
            if q < len(text) and (
                text[q].isalpha()
                and not (_SCALE_AFTER.match(low, q) or rules.unit_after.match(low, q))
            ):
                return None
            if (q < len(text) and text[q] in ":/") or (
                q + 1 < len(text) and text[q] == "." and text[q + 1] in _ASCII_DIGITS
            ):
                return None
            second = float(_GROUP_SEP.sub("", m.group()))
            if (
                joiner in _DASHES
                and core.plain
                and m.group().isdigit()
                and len(m.group()) == 4
                and 1500 <= second <= 2100
                and 1500 <= value <= 2100
            ):
                return None  # a span of years, never a range of counts
        else:
            wm = _WORD.match(low, p)
            if wm is None or (wm.group() not in NUMBER_WORDS and wm.group() not in SCALE_WORDS):
                return None
            run = _RUN.match(low, p)
            assert run is not None
            tokens = _TOKEN.findall(low[p : run.end()])
            second, used = read_number_words(tokens)
            if used == 0:
                return None
            spans = [m.end() for m in _TOKEN.finditer(low[p : run.end()])]
            q = p + spans[used - 1]
            if tokens[used - 1] in SCALE_WORDS and core.words:
                # "between six and seven thousand": the scale word is shared.
                word_scale = SCALE_WORDS[tokens[used - 1]]
                if value < word_scale and value < second / word_scale + 1e-12:
                    value *= word_scale
        if negative:
            second = -second
        # The second figure's own scale applies to the first when the first has none.
        sc = _SCALE_AFTER.match(low, q)
        scale = 1.0
        if sc is not None and not text[p].isalpha():
            word, abbr, glued = sc.group("w"), sc.group("a") or sc.group("a2"), sc.group("g")
            if word is not None:
                scale = SCALE_WORDS[word]
            elif abbr is not None:
                scale = _ABBR_SCALE[abbr]
            elif glued == "k" or (glued in "mb" and currency is not None):
                scale = {"k": 1e3, "m": 1e6, "b": 1e9}[glued]
            if scale != 1.0:
                q = sc.end()
        second *= scale
        first = value
        if scale != 1.0 and value * scale <= second and value < second / scale + 1e-12:
            first = value * scale
        unit2: str | None = currency2
        kind2 = QuantityKind.COUNT if currency2 is None else QuantityKind.MONEY
        um = None if currency2 is not None else rules.unit_after.match(low, q)
        if um is not None:
            unit2, kind2 = rules.units[_form(um, "u")]
            if unit is not None and unit2 != unit:
                return None
            q = um.end()
        elif currency is not None:
            ca = rules.currency_after.match(low, q)
            if ca is not None:
                q = ca.end()
        if negative and second < first:
            first, second = second, first  # "from -5 °C to -12 °C" runs down in value
        if second <= first or (unit is not None and unit2 is None and joiner == "to"):
            return None  # "rose 10 percent to 3,400": a change, and then a level
        if joiner == "or" and _RESPECTIVELY.match(low, q):
            return None
        return first, second, q, unit2, kind2

    def _one_in(self, end: int) -> tuple[float, int] | None:
        m = _ONE_IN.match(self.low, end)
        if m is None:
            return None
        p = m.end()
        if p < len(self.text) and self.text[p] in _ASCII_DIGITS:
            num = _SMALL_INT.match(self.text, p)
            return (float(num.group()), num.end()) if num else None
        word = _WORD.match(self.low, p)
        if word is not None and word.group() in NUMBER_WORDS:
            return float(NUMBER_WORDS[word.group()]), word.end()
        return None

    def _noun(self, end: int, kind: QuantityKind) -> str | None:
        """The counted noun after a figure, singular and lower case."""
        m = _NOUN_PHRASE.match(self.low, end)
        if m is None:
            return None
        of = m.group("of") is not None
        if kind is QuantityKind.PERCENT and not of:
            return None
        words: list[str] = []
        for w in m.group("ws").split():
            if w in _NOUN_BREAK:
                break
            if w[-1] in "'’" or w.endswith(("'s", "’s")):
                if words and any(_is_plural(x) for x in words):
                    break  # "drones hit Ukraine's capital": the phrase already ended
                if of:
                    return None  # "150 of the region's buses": the owner is not counted
                # A possessive ends the phrase: "three countries' leaders".
                words.append(w[:-1] if w[-1] in "'’" else w[:-2])
                break
            words.append(w)
        if not words:
            return None
        # The head is the first plural word; before it, only modifiers ("guided bombs").
        head = None
        for i, w in enumerate(words[:4]):
            if w in _INVARIANT and i + 1 < len(words) and _plural_form(words[i + 1]):
                continue  # "police officers": the invariant word is a modifier here
            if _is_plural(w):
                if i == 0:
                    return _singular(w)  # the usual case: "502 drones"
                head = i
                break
        nationalities = self.rules.nationalities
        if head is None:
            first = words[0]
            if first.endswith(("ed", "ing")):
                # A participle after a figure is a verb ("thousands marched"), except
                # the few that name people in tolls ("75 wounded").
                return first if first in _PARTICIPLE_NOUNS else None
            head = 0
            while (
                head + 1 < len(words[:3])
                and not words[head].endswith(("ed", "ing"))
                and (words[head] in nationalities)
            ):
                head += 1
            if words[head].endswith("ing"):
                return None
        phrase = [w for w in words[:head] if w not in nationalities][-2:]
        phrase.append(_singular(words[head]))
        return " ".join(phrase)


# --------------------------------------------------------------------------- helpers


def _bounds(
    low: float | None = None,
    high: float | None = None,
    low_closed: bool = True,
    high_closed: bool = True,
) -> Interval:
    """An :class:`Interval` with float bounds (the callers order them)."""
    return trusted(
        Interval,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        low_closed=low_closed,
        high_closed=high_closed,
    )


def _interval(qualifier: Qualifier, n: float, policy: Policy) -> tuple[Interval, float]:
    """The interval a hedge allows around ``n``, with the nominal figure."""
    if qualifier is Qualifier.EXACT:
        return _bounds(n, n), n
    if qualifier is Qualifier.APPROXIMATE:
        w = policy.approximate_width
        a, b = sorted((n * (1 - w), n * (1 + w)))
        return _bounds(low=a, high=b), n
    if qualifier is Qualifier.NEARLY:
        low = n * (1 - policy.nearly_width)
        if low >= n:
            # Zero width (or a figure at or below zero): only the open top is known.
            return _bounds(high=n, high_closed=False), n
        return _bounds(low=low, high=n, high_closed=False), n
    if qualifier is Qualifier.MORE_THAN:
        return _bounds(low=n, low_closed=False), n
    if qualifier is Qualifier.AT_LEAST:
        return _bounds(low=n), n
    if qualifier is Qualifier.AT_MOST:
        return _bounds(high=n), n
    if qualifier is Qualifier.LESS_THAN:
        return _bounds(high=n, high_closed=False), n
    return _bounds(n, n), n


def _tidy(x: float) -> float:
    """``x`` to 12 significant digits: the float noise of a product is no part of a figure."""
    return float(f"{x:.12g}")


def _is_year_range(candidate: str) -> bool:
    """Whether "2014-15" / "2014-2015" / "2022/23" spans years (the end after the start)."""
    first, tail = candidate[:4], candidate[5:]
    if not 1500 <= int(first) <= 2100:
        return False
    end = int(first[:2] + tail) if len(tail) == 2 else int(tail)
    return int(first) < end <= int(first) + 100


def _dot_thousands(raw: str) -> bool:
    """Whether "1.300" groups thousands (three digits after one dot, a 1-3 digit head)."""
    head, _, tail = raw.partition(".")
    return len(tail) == 3 and 1 <= len(head) <= 3 and head[0] != "0"


def _is_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if digits < 9:
        return False
    if candidate.startswith(("+", "(")) or "-" in candidate or "." in candidate:
        return True
    groups = candidate.split()
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return not thousands


def _word_before(low: str, end: int, floor: int) -> str:
    """The lower-case word ending right before ``end`` (skipping spaces)."""
    p = end
    while p > floor and low[p - 1] in " \t\u00a0":
        p -= 1
    q = p
    while q > floor and low[q - 1].isalpha():
        q -= 1
    return low[q:p]


def _article_before(low: str, s: int, floor: int) -> int | None:
    """Start of an "a"/"an" right before ``s`` ("a dozen", "a third"), else None."""
    p = s
    while p > floor and low[p - 1] in " \t\u00a0":
        p -= 1
    if p == s:
        return None
    for art in ("an", "a"):
        q = p - len(art)
        if q >= floor and low[q:p] == art and (q == 0 or not low[q - 1].isalnum()):
            return q
    return None


def _tail_end(text: str, p: int) -> int:
    """End of the alphanumeric chain ("-800", "x9", "/B") that starts at ``p``."""
    m = _NAME_TAIL.match(text, p)
    return p if m is None else m.end()


def _name_end(text: str, d: int, end: int) -> int:
    """Trim a name span so it never ends on a hyphen or slash."""
    while end > d + 1 and text[end - 1] in "-/":
        end -= 1
    return end


# Word-level answers are memoised: news repeats a small vocabulary of counted nouns,
# and the caches hold short words only (a bounded, per-process table).
@functools.lru_cache(maxsize=8192)
def _plural_form(word: str) -> bool:
    return _PLURAL_NOUN.fullmatch(word) is not None


@functools.lru_cache(maxsize=8192)
def _is_plural(word: str) -> bool:
    return word in _SINGULAR or word in _INVARIANT or _plural_form(word)


@functools.lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word in _INVARIANT:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# --------------------------------------------------------------------------- public API


def _check_text(text: object, func: str) -> str:
    # The scanners read any fragment: empty text has no figures, markup is text.
    return require_text(text, func, allow_empty=True, allow_html=True)


def scan(
    text: str, *, policy: Policy | None = None, lowered: str | None = None
) -> tuple[list[Quantity], list[Rejected]]:
    """Every figure in ``text``, and every other numeric mention with why it is not one.

    Each digit run and number word of the text lies in exactly one returned span,
    and no two spans overlap; both lists are in text order.

    Args:
        text: running text (plain text, any length).
        policy: widths and vague bounds; the library default when None.
        lowered: ``lower_text(text)``, when the caller already has it.

    Returns:
        ``(quantities, rejected)``.

    Raises:
        InputError: ``text`` is not a str.

    >>> found, rejected = scan("At 14:11 in 2022, one of the 502 drones hit World War 2 sites.")
    >>> [q.surface for q in found]
    ['502']
    >>> [(r.surface, r.reason.value) for r in rejected]
    [('14:11', 'time_of_day'), ('2022', 'year'), ('one', 'determiner'), ('World War 2', 'name')]
    """
    text = _check_text(text, "scan")
    scanner = _Scanner(text, policy_or_default(policy), lowered)
    scanner.run()
    return scanner.found, scanner.rejections()


def find_quantities(text: str, *, policy: Policy | None = None) -> list[Quantity]:
    """Every quantity in running text, in text order.

    Times of day, media time stamps, years, dates, ordinals, names with numbers
    ("F-16", "World War 2") and the pronoun "one" are never returned; see
    :func:`scan` for those.

    Args:
        text: running text.
        policy: widths and vague bounds; the library default when None.

    Returns:
        The quantities, each with its span, hedge, interval, unit and noun.

    Raises:
        InputError: ``text`` is not a str.

    >>> qs = find_quantities("Russia launched 502 drones; dozens of locations were hit.")
    >>> [(q.surface, q.nominal, q.noun) for q in qs]
    [('502', 502.0, 'drone'), ('dozens', 24.0, 'location')]
    """
    text = _check_text(text, "find_quantities")
    scanner = _Scanner(text, policy_or_default(policy))
    scanner.run()
    return scanner.found


def parse_quantity(text: str, *, policy: Policy | None = None) -> Quantity:
    """Read one quantity phrase ("nearly 900", "$2.5bn", "two dozen").

    Args:
        text: a short phrase holding a figure; the first figure is returned.
        policy: widths and vague bounds; the library default when None.

    Returns:
        The first quantity in the phrase.

    Raises:
        InputError: ``text`` is not a str.
        ParseError: the phrase holds no quantity.

    >>> q = parse_quantity("nearly 900")
    >>> q.qualifier.value, str(q.value)
    ('nearly', '[810, 900)')
    >>> parse_quantity("$2.5bn").nominal, parse_quantity("$2.5bn").unit
    (2500000000.0, 'USD')
    >>> parse_quantity("two dozen").nominal
    24.0
    """
    text = _check_text(text, "parse_quantity")
    found, rejected = scan(text, policy=policy)
    if found:
        return found[0]
    shown = text if len(text) <= 60 else text[:57] + "..."
    if rejected:
        r = rejected[0]
        why = r.reason.value.replace("_", " ")
        raise ParseError(
            f"no quantity in {shown!r}: {r.surface!r} reads as a {why}, not a figure; "
            "a quantity looks like '91', 'nearly 900', '1.3 million', 'two dozen' or '50%'"
        )
    raise ParseError(
        f"no quantity in {shown!r}: expected a figure such as '91', 'more than 1,300', "
        "'1.3 million', 'two dozen', 'dozens of', '50 percent' or '$2.5bn'"
    )
