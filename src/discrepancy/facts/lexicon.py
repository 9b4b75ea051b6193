"""Words and patterns that more than one pass reads: noun-phrase stops, tolls, weapons,
partitives, place fillers, coordination and comparison gaps, and the word classes of
the vocabulary they read as sets built once (words that are no places, "N-strong" groups).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import regex

from ..rules.vocab import Vocabulary

__all__ = [
    "AIR_WEAPONS",
    "AUX_AFTER",
    "BEGAN_RELATIVE",
    "COMPARED",
    "COORDINATION",
    "CROWD_CUE",
    "DESCRIBED_AFTER",
    "FRONT_PART",
    "FUTURE",
    "GROUPED_TOLLS",
    "LIST_GAP",
    "OF_WHICH_BEFORE",
    "PARTITIVE_PRONOUNS",
    "PART_OF",
    "PLACE_SUBJECTS",
    "SUFFERED",
    "THE_BEFORE",
    "TOLLS",
    "UNIT_PAIR_GAP",
    "WEAPONS",
    "before_toll_verb",
    "not_places",
    "strong_groups",
]


COORDINATION = regex.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|plus|as\s+well\s+as)\s++)?$")


UNIT_PAIR_GAP = regex.compile(r"\s*+[(\[]\s*+$")


THE_BEFORE = regex.compile(r"(?i:\bthe)\s++$")


# Subjects that are weapons, and the words that make a sentence an attack report.
SUFFERED = frozenset(["death", "injured", "missing"])  # tolls whose event is their own


GROUPED_TOLLS = SUFFERED | {"survivor"}  # tolls whose people are kept as their group


WEAPONS = frozenset(
    ["drone", "missile", "cruise missile", "ballistic missile", "guided bomb", "bomb", "shell"]
)


AIR_WEAPONS = WEAPONS | {"aerial target"}


# Words that introduce a figure the text compares with.
COMPARED = regex.compile(
    r"(?i:\b(?:compared\s+(?:to|with)|than|up\s+from|down\s+from|against|versus|vs\.?)"
    r"\s+(?:the\s+|some\s+|about\s+|around\s+)?$)"
)


# "The rain, which began on Sunday, dumped 400 mm": what it did since it began.
BEGAN_RELATIVE = regex.compile(
    r"(?i:,\s*+(?:which|that)\s++(?:has\s++|had\s++)?"
    r"(?:began|begun|started|erupted|broke\s+out|struck|hit|ignited|landed)"
    r"\s++(?:on\s++|in\s++)?$)"
)


CROWD_CUE = regex.compile(
    r"\b(?:crowds?|turnout|attendance|march|marches|rally|rallies|demonstrations?)\b"
)


LIST_GAP = regex.compile(r"\s++(?:and|or)\s++$|,\s++$")


PLACE_SUBJECTS = frozenset(["region", "city", "village", "location", "country"])


# Markers of a sentence about what is to come ("is preparing for ... on Thursday").
FUTURE = regex.compile(
    r"(?i:\b(?:will|shall|would(?!\s+have\b)|is\s+preparing|are\s+preparing|prepares|braces|bracing|looms|"
    r"(?:is|are)\s+(?:set|due|expected|scheduled|planned)\s+(?:to|for)|plans?\s+to|"
    r"(?:is|are)\s+to)\b)"
)


PART_OF = regex.compile(
    r"\s*+(?:of|out\s+of)\s++(?P<det>the|them|those|these|which|whom|its|their)\b", regex.I
)


PARTITIVE_PRONOUNS = frozenset(["them", "those", "these", "which", "whom"])


# "..., of which 443 were shot down": the share comes after its wholes.
OF_WHICH_BEFORE = regex.compile(r"(?i:\b(?:of|out\s+of)\s++(?:which|whom|them|those)\s++)$")


# "of those in need", "of those who fled": a group the words after it describe, not
# the figure before.
DESCRIBED_AFTER = regex.compile(
    r"\s++(?:in|who|with|at|on|from|under|over|aged|living|affected|still|left)\b"
)


# A whole named at the head of the sentence: "Of the 42 miners, 35 were rescued".
# The opening quotes are bounded: before a literal, an unbounded run makes the
# regex module scan the whole window for it, once per figure, back to the sentence start.
FRONT_PART = regex.compile(
    r"[\s“\"'‘]{0,20}+(?i:of\s++(?:the|those|these)\s++)(?P<np>[^,;:.!?]{1,40}+),\s*+$"
)


AUX_AFTER = regex.compile(r"\s++(?:were|was|are|is|have|has|had|remain|remained)\b")


TOLLS = frozenset(["death", "injured", "missing", "arrest"])


# "were successfully rescued", "was critically injured": an adverb of manner.
_MANNER_ADVERB = regex.compile(r"[a-z]{3,}ly")


def before_toll_verb(vocab: Vocabulary, word: str) -> bool:
    """Whether a word between a toll's figure and its verb leaves the verb the
    figure's: an auxiliary ("may have been") or an adverb of manner ("successfully").

    >>> [before_toll_verb(Vocabulary.default(), w) for w in ("were", "successfully", "homes")]
    [True, True, False]
    """
    return word in vocab.word_class("toll_auxiliary") or _MANNER_ADVERB.fullmatch(word) is not None


def not_places(vocab: Vocabulary) -> frozenset[str]:
    """The capitalised words that are never a place's name ("May", "Thursday", "The"),
    as written in Title case: the class is lower case, the words it refuses are not.

    >>> sorted(not_places(Vocabulary.default()) & {"May", "may", "The"})
    ['May', 'The']
    """
    return _title_case(vocab.word_class("not_place_word"))


def strong_groups(vocab: Vocabulary) -> Mapping[str, str]:
    """The groups an "N-strong" figure sizes, each with the subject it counts: a crowd
    counts people, a force troops.

    >>> groups = strong_groups(Vocabulary.default())
    >>> groups["rally"], groups["battalion"]
    ('person', 'troop')
    """
    return _groups(vocab.word_class("strong_crowd"), vocab.word_class("strong_force"))


# Keyed on the classes' words, which a vocabulary builds once: the sets are built once
# per vocabulary, not once per figure.
@functools.lru_cache(maxsize=16)
def _title_case(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.capitalize() for w in words)


@functools.lru_cache(maxsize=16)
def _groups(crowds: frozenset[str], forces: frozenset[str]) -> Mapping[str, str]:
    return {**dict.fromkeys(crowds, "person"), **dict.fromkeys(forces, "troop")}
