"""Turn an article into typed facts: what each figure counts, who did it, when,
where, and who said so.

The pipeline is one pass over the article:

1. page debris is found as spans (:mod:`discrepancy.text.debris`); the text is never
   altered, so every span indexes the text as given;
2. every numeric mention is scanned once (:func:`discrepancy.mentions.quantities.scan`)
   and every time expression once (:func:`discrepancy.find_times`); sentence and
   paragraph boundaries are computed once;
3. each figure is read inside a bounded window of its own sentence: the noun it
   counts (or the verb that turns "people" into a toll), the verb that governs
   it, the actor before that verb, the place after it, the time expression of
   its clause, the speech or report cue that names its source, and the whole it
   is a part of ("430 of the drones");
4. zero tolls stated in words ("No casualties have been reported") become facts
   with value 0 and ``negated=True``;
5. every mention that does not become a fact is returned in ``rejected`` with a
   reason, so nothing is silently dropped.

The words behind every decision are data (:class:`discrepancy.Vocabulary`).

>>> from datetime import date
>>> ex = extract("Russia launched 502 drones and 24 missiles at Ukraine last night, "
...              "according to the Ukrainian air force, which said it was able to "
...              "intercept 430 of the drones.", published=date(2025, 9, 4))
>>> for f in ex.facts:
...     print(f.surface, f.subject, f.event, f.actor, f.part_of)
502 drone launched Russia None
24 missile launched Russia None
430 drone intercepted None 0
>>> ex.facts[0].attribution.source, ex.facts[0].time.key(), ex.facts[0].time_basis.value
('Ukrainian Air Force', 'night:2025-09-03..2025-09-04', 'stated')
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import regex

from .._exceptions import InputTypeError
from ..mentions.quantities import _interval, scan
from ..mentions.times import find_times
from ..models import (
    Article,
    Attribution,
    Basis,
    Extraction,
    Fact,
    Granularity,
    Interval,
    LocationBasis,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Rejected,
    RejectReason,
    SubjectBasis,
    TimeBasis,
    TimeMention,
    TimeWindow,
    policy_or_default,
    trusted,
)
from ..rules.vocab import CueEntry, Token, Vocabulary, tokenize
from ..text.debris import DebrisIndex, find_debris
from ..text.gate import (
    lower_text,
    reading_copy,
    require_text,
    restore_surfaces,
    writable_article,
)
from ..text.nounphrase import is_plural, singular, subject_name
from ..text.sentences import split_paragraphs, split_sentences
from .statements import carry_sources, find_statements, sentences_with_cues

__all__ = ["extract"]

Span = tuple[int, int]

# ---------------------------------------------------------------- patterns

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*+")
# Words that end the noun phrase after a figure: a preposition starts a new phrase.
_NP_STOP = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "from",
        "for",
        "to",
        "with",
        "after",
        "before",
        "since",
        "during",
        "when",
        "as",
        "than",
        "across",
        "against",
        "over",
        "into",
        "near",
        "while",
        "because",
        "including",
        "per",
    ]
)
_COORDINATION = regex.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|plus|as\s+well\s+as)\s++)?$")
_UNIT_PAIR_GAP = regex.compile(r"\s*+[(\[]\s*+$")
_ESTIMATE_BEFORE = regex.compile(
    r"(?i:\b(?:estimated|put|valued|pegged)\s++at|\bestimated\s++(?:total\s++of|to\s++be))\s*+$"
)
_THE_BEFORE = regex.compile(r"(?i:\bthe)\s++$")
_REFERENCE_AFTER = regex.compile(
    r"""(?x)\s++
    (?: \p{L}[\p{L}-]{0,30}?(?:s'|s’|'s|’s)(?!\p{L})  # a possessive: "countries' leaders"
      | (?:earlier|previous|other|last|first|next|former|latter|following)\b
    )"""
)
# Subjects that are weapons, and the words that make a sentence an attack report.
_SUFFERED = frozenset(["death", "injured", "missing"])  # tolls whose event is their own
_GROUPED_TOLLS = _SUFFERED | {"survivor"}  # tolls whose people are kept as their group
_WEAPONS = frozenset(
    ["drone", "missile", "cruise missile", "ballistic missile", "guided bomb", "bomb", "shell"]
)
# "drones and missiles": a second weapon noun joined to the first with no figure.
_WEAPON_PAIR = regex.compile(
    r"\s++(?:and|or|&)\s++(?:(?:ballistic|cruise|guided|attack)\s++)?(?P<noun>[a-z]++)\b",
    regex.I,
)
_AIR_WEAPONS = _WEAPONS | {"aerial target"}
_GROUND_TARGETS = regex.compile(r"(?:(?!\b(?:aerial|air)\b)[^,;.]){0,60}?\btargets\s*+$", regex.I)
_DEFENCE_EVENTS = frozenset(["intercepted", "jammed"])
_ATTACK = regex.compile(
    r"\b(?:attack|attacks|attacked|strike|strikes|struck|barrage|assault|raid|raids|"
    r"bombardment|shelling|onslaught|salvo|wave|overnight|air\s+raid)\b"
)
# Where a sentence splits into stretches that can carry their own time.
_SEGMENT_CUT = regex.compile(r",(?!\d)|;|:|\s[–—]\s|\s-\s")
# Words that introduce a figure the text compares with.
_COMPARED = regex.compile(
    r"(?i:\b(?:compared\s+(?:to|with)|than|up\s+from|down\s+from|against|versus|vs\.?)"
    r"\s+(?:the\s+|some\s+|about\s+|around\s+)?$)"
)
# "fell to 2.2% in July from 3.1% in June": the figure changed from is the same measure.
_FROM_GAP = regex.compile(r"(?i:\bfrom\s++(?:the\s++|a\s++)?)$")
_THAN_BEFORE = regex.compile(
    r"(?i:\b(?:than|compared\s+(?:to|with)|up\s+from|down\s+from)"
    r"\s+(?:the\s+|those\s+of\s+|that\s+of\s+)?(?:in\s+|on\s+|during\s+|at\s+)?$)"
)
_SUPERLATIVE = regex.compile(
    r"(?i:\b(?:biggest|largest|worst|deadliest|highest|lowest|heaviest|strongest|most|"
    r"first|greatest|record|fiercest|longest)\b)"
)
# "since the protests began on March 4": a period from then to publication.
_SINCE_BEGAN = regex.compile(
    r"(?i:\bsince\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:began|begun|started|erupted|broke\s+out|struck|hit|landed|was\s+declared|ignited|"
    r"intensified|escalated|resumed|flared(?:\s+up)?|spread|opened)"
    # "since fighting erupted in Sudan in mid-April": the place before the time
    r"\s+(?:in\s+\p{Lu}[\w'’-]*+(?:\s+\p{Lu}[\w'’-]*+)?\s+)?(?:on\s+|in\s+)?$)"
)
# "The rain, which began on Sunday, dumped 400 mm": what it did since it began.
_BEGAN_RELATIVE = regex.compile(
    r"(?i:,\s*+(?:which|that)\s++(?:has\s++|had\s++)?"
    r"(?:began|begun|started|erupted|broke\s+out|struck|hit|ignited|landed)"
    r"\s++(?:on\s++|in\s++)?$)"
)
# A span reaching back from now: after a superlative, the measure of a record.
_INCLUDING = regex.compile(r"(?i:,\s*+(?:including|among\s+them|of\s+(?:which|whom))\s++)$")
# "most of 495", "half of the 1,200": a share of the figure, not the figure itself.
_SHARE_OF = regex.compile(
    r"(?i:\b(?:most|many|some|half|all|part|majority|much|several|few|none|dozens|hundreds"
    r"|thousands)\s++of\s++(?:the\s++|its\s++|their\s++)?)$"
)
# A part named by "including" keeps its own verb; a list after "of which" shares one.
_INCLUDED = regex.compile(r"(?i:,\s*+(?:including|among\s+them)\s++)$")
_CONJUNCT_CUT = regex.compile(r",\s++(?:and|but|while|whereas)\s|;\s")
_RELATIVE_WORDS = frozenset(["which", "who", "whom", "where", "whose"])
# A descriptive aside that is a clause of its own: "The stadium, built for the 1950
# World Cup, can hold 78,838".
_PARTICIPLES = ("built", "founded", "opened", "established", "constructed", "completed", "erected")
_ASIDE_PARTICIPLES = r",\s++(?:" + "|".join(_PARTICIPLES) + r")\b"
_WHERE_AFTER = regex.compile(r",\s++(?:where|when)\b")
_SINCE_YEAR = regex.compile(r"(?i:since\s++((?:1[89]|20)\d\d))")
_CLAUSE_END = regex.compile(r"[,;:.!?]")
_CLAUSE_STOP = regex.compile(r"[;:.!?]")
_SPAN_BACK = ("since", "of the last", "in the last", "of the past", "in the past", "in more than")
_TELLING = frozenset(["told", "tells", "telling"])
# Capitalised words ending on an organisation word, right after a place name.
_ORGANISATION_AFTER = regex.compile(
    r"(?:\s++\p{Lu}[\p{L}-]*+){0,3}?\s++(?:Survey|Agency|Service|Ministry|Force|Forces|Guard"
    r"|Council|Department|Office|Institute|Centre|Center|Committee|Commission|Bureau|Authority"
    r"|Police|Army|Navy|Command|Administration|Observatory)\b"
)
_FORWARD_CUES = ("put ", "puts ", "putting ", "counted")
_OVER = regex.compile(r"(?i:over)\s++")
_CROWD_CUE = regex.compile(
    r"\b(?:crowds?|turnout|attendance|march|marches|rally|rallies|demonstrations?)\b"
)
# "Officers estimated the march at roughly 40,000", "the prefecture put the count at
# 250,000", "estimates place attendance closer to 60,000": a count by its estimator.
_ESTIMATE_FRAME = regex.compile(
    r"""(?xi)\b(?:estimated|estimates?|estimating|put|puts|putting|placed?|places|placing
        |pegged|pegs|pegging|numbered)\s++
    (?:the\s++|its\s++|their\s++|his\s++|her\s++|a\s++)?
    (?P<np>\p{L}[\p{L}-]*+(?:\s++\p{L}[\p{L}-]*+){0,2}?)
    \s++(?P<at>at|closer\s++to|near|around)?\s*+$"""
)
_VOTES = frozenset(["vote", "vote share", "seat"])
# A party or candidate a vote figure is for: a capitalised name before its verb
# ("Labour won 412 seats") or after "for" ("48% for Smith").
_PARTY_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++(?:of\s++)?\p{Lu}[\p{L}'’.-]*+){0,3})"
    r"(?:'s|’s)?\s++(?:\p{Ll}++\s++){1,3}$"
)
_PARTY_AFTER = regex.compile(
    r"\s*+(?:of\s++the\s++vote\s++)?for\s++(?:the\s++)?"
    r"(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,3})"
)
_LIST_GAP = regex.compile(r"\s++(?:and|or)\s++$|,\s++$")
_OVER_GAP = regex.compile(r"\s++(?i:over)\s++$")
_WORD_BEFORE = regex.compile(r"([\p{L}-]++)\s++\Z")
_PLACE_SUBJECTS = frozenset(["region", "city", "village", "location", "country"])
_STRONG_HEAD = regex.compile(r"\s++(\p{L}++)")
# The groups "N-strong" sizes: a crowd counts people, a force counts troops.
_STRONG_GROUPS = {
    **dict.fromkeys(
        ["crowd", "crowds", "march", "rally", "protest", "demonstration", "gathering", "mob"],
        "person",
    ),
    **dict.fromkeys(
        ["force", "forces", "army", "contingent", "battalion", "brigade", "unit", "garrison"],
        "troop",
    ),
}
_TOLD_WHOM = regex.compile(
    r"\s++(?:the\s++)?(?P<who>\p{Lu}[\p{L}&'’-]*+(?:\s++\p{Lu}[\p{L}&'’-]*+){0,3})"
)
_NOW = regex.compile(r"(?i:\b(?:right\s+now|as\s+of\s+now|currently|now)\b)")
# Markers of a sentence about what is to come ("is preparing for ... on Thursday").
_FUTURE = regex.compile(
    r"(?i:\b(?:will|shall|would(?!\s+have\b)|is\s+preparing|are\s+preparing|prepares|braces|bracing|looms|"
    r"(?:is|are)\s+(?:set|due|expected|scheduled|planned)\s+(?:to|for)|plans?\s+to|"
    r"(?:is|are)\s+to)\b)"
)
# "ahead of Sunday's vote", "ahead of the vote on Sunday": the time just after is to
# come. Elsewhere "ahead of" ranks ("won 48%, ahead of the National Union on 39%") and
# says nothing of time.
_AHEAD_OF = regex.compile(r"(?i:\bahead\s++of\s++(?:[\p{L}'’]++\s++){0,4})\Z")
_PROSPECTIVE = regex.compile(
    r"(?i:\b(?:will|would|shall|plans?\s+to|expected\s+to|set\s+to|due\s+to|could|may)\b)"
)
# A modal or plan right before a time: the time is to come ("could ... overnight").
_TO_COME_BEFORE = regex.compile(
    r"(?i:\b(?:will|would|could|might|may|shall|expected|due|scheduled|planned|set\s+to)\b"
    r"[^,;.!?]*+)$"
)
_BY_DEADLINE = regex.compile(r"(?i:\bby\s++(?:the\s++end\s++of\s++)?)$")
_WEEKDAY_NAME = regex.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
_RESPECTIVELY = regex.compile(r"(?i:\brespectively\b)")
_A_SCORE = regex.compile(r"(?i:an?\s++score)$")
# A bare figure counted by "they were 245,000" / "there were 81,000" counts people.
_REACHES = regex.compile(
    r"""(?ix)([\p{L}-]++)\s++
    (?:pass(?:es|ed)?|tops?|topped|exceed(?:s|ed)?|surpass(?:es|ed)?|reach(?:es|ed)?|hits?
      |nears?|neared|(?:rises|rose|risen|climbs|climbed|jumps|jumped|soars|soared|grows|grew
      |increases|increased|stands|stood)\s++(?:to|at))
    \s++$"""
)
_THEY_WERE = regex.compile(
    r"(?i:\b(?:they|there)\s+(?:were|are)\s+(?:some\s+|about\s+|around\s+)?)$"
)
_PART_OF = regex.compile(
    r"\s*+(?:of|out\s+of)\s++(?P<det>the|them|those|these|which|whom|its|their)\b", regex.I
)
_PARTITIVE_PRONOUNS = frozenset(["them", "those", "these", "which", "whom"])
# "..., of which 443 were shot down": the share comes after its wholes.
_OF_WHICH_BEFORE = regex.compile(r"(?i:\b(?:of|out\s+of)\s++(?:which|whom|them|those)\s++)$")
_OTHERS_AFTER = regex.compile(r"\s++(?i:others)\b")
# "of those in need", "of those who fled": a group the words after it describe, not
# the figure before.
_DESCRIBED_AFTER = regex.compile(
    r"\s++(?:in|who|with|at|on|from|under|over|aged|living|affected|still|left)\b"
)
# A whole named at the head of the sentence: "Of the 42 miners, 35 were rescued".
# The opening quotes are bounded: before a literal, an unbounded run makes the
# regex module scan the whole window for it, once per figure, back to the sentence start.
_FRONT_PART = regex.compile(
    r"[\s“\"'‘]{0,20}+(?i:of\s++(?:the|those|these)\s++)(?P<np>[^,;:.!?]{1,40}+),\s*+$"
)
_AMONG_AFTER = regex.compile(
    r"(?:\s++[\p{L}-]++){0,3}?\s++(?:were|was|are|is)\s++(?:also\s++)?among\s++(?:the|those)\b"
)
_CONTEXT_SENTENCES = 2  # sentences back a subject's required word may stand
_HEADLINE_CHARS = 300
_AMONG_BEFORE = regex.compile(
    r"(?i:\bamong\s++(?:the|those)\s++[\p{L}-]++\s++(?:were|was|are|is)\s++)$"
)
_PART_REACH = 3  # sentences back a part that names its whole ("72 of the deaths") may look
_AUX_AFTER = regex.compile(r"\s++(?:were|was|are|is|have|has|had|remain|remained)\b")
_WHOLE_WORDS = frozenset(["total", "sum", "amount", "figure", "number", "package"])
_PRE_CUT = regex.compile(r"[;:(“”\"]|,(?!\d)")
_POST_CUT = regex.compile(
    r"""(?x)[;:()“”"]|,(?!\d)|\.\s|\s[–—-]\s|\s(?:and|or|but|while)\s
    # "wins with 38.2% as turnout hits record": a clause of its own ("listed as
    # missing" and "as well as" are not)
    | (?<!\b(?:listed|counted|classified|registered|reported|recorded|confirmed|identified
              |described|treated|such|so|same))
      \sas\s(?!well\b|many\b|much\b|of\b|part\b|a\s+result\b)"""
)
# An aside between a figure and its verb: "At least 61 migrants, including women and
# children, drowned", "8 people, most of them students, were arrested".
_ASIDE = regex.compile(
    r""",\s*+(?:including|among\s+them|mostly|mainly|many\s+of\s+them|most\s+of\s+them
        |all\s+of\s+them|some\s+of\s+them)\b[^,;:.!?()“”"]{1,100}+,\s*+""",
    regex.I | regex.VERBOSE,
)
_AUXILIARY_WORDS = frozenset(
    [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "are",
        "is",
        "being",
        "reportedly",
        "also",
        "now",
        "all",
        "later",
        "confirmed",
        "officially",
        "still",
        "who",
        "that",
        "remain",
        "remains",
        "remained",
        "listed",
        "as",
        "reported",
    ]
)
_PARTY_CUT = regex.compile(r"[,;:()“”\"]|\bthat\b")
_ANTECEDENT_CUT = regex.compile(r"[,;:()“”\"]|\b(?:to|by|that)\b")
_CLAUSE = regex.compile(r",\s++(?:which|who|whom|where|whose)\b|;\s|" + _ASIDE_PARTICIPLES)
# Where a relative clause set off by commas closes: "The rain, which began on Sunday, ..."
_RELATIVE_CLOSE = regex.compile(r",(?!\d)|\s[–—]\s")
_AUX_TAIL_WORDS = frozenset(
    [
        "also",
        "has",
        "had",
        "have",
        "later",
        "earlier",
        "previously",
        "then",
        "repeatedly",
        "reportedly",
        "officially",
        "further",
        "just",
        "recently",
        "initially",
        "however",
        "again",
        "since",
        "would",
        "will",
        "could",
        "first",
        "publicly",
        "separately",
    ]
)
_NAME_JOINERS = frozenset(["of", "for", "de", "von", "der", "al", "bin", "la", "le", "van"])
# A speaker named by a role, not a name: "a local official", "an IOM spokesman".
_SPEAKER_HEADS = frozenset(
    [
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "source",
        "sources",
        "representative",
        "commander",
        "prosecutor",
        "prosecutors",
        "chief",
        "minister",
    ]
)
# The common-noun tail of a news outlet's description: "the semi-official Tasnim news
# agency" is Tasnim.
_MEDIA_TAIL = frozenset(
    [
        "news",
        "agency",
        "newspaper",
        "daily",
        "broadcaster",
        "television",
        "tv",
        "channel",
        "radio",
        "outlet",
        "website",
        "wire",
    ]
)
_NOT_A_SOURCE = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "no",
        "none",
        "some",
        "many",
        "most",
        "all",
        "any",
        "each",
        "but",
        "and",
        "meanwhile",
        "however",
        "yet",
        "still",
        "our",
        "early",
        "earlier",
        "initial",
        "latest",
        "recent",
        "previous",
        "unconfirmed",
        "preliminary",
    ]
)
_TITLES = frozenset(
    [
        "president",
        "minister",
        "mayor",
        "governor",
        "senator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "commander",
        "secretary",
        "general",
        "gen",
        "director",
        "head",
        "leader",
        "chairman",
        "chair",
        "premier",
        "king",
        "prime",
        "deputy",
        "ambassador",
        "envoy",
        "official",
        "adviser",
        "advisor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "lieutenant",
        "colonel",
        "captain",
        "sheriff",
        "inspector",
        "superintendent",
        "prefect",
    ]
)
# Head nouns of bodies that give figures without a proper name ("the transport ministry").
# Bodies a bare "the ministry" may point back to, each with the pattern that finds
# an earlier name it heads ("the Health Ministry", "the Ministry of Health").
_BODY_HEADS = frozenset(
    [
        "ministry",
        "agency",
        "department",
        "office",
        "service",
        "staff",
        "authority",
        "committee",
        "commission",
        "council",
        "administration",
        "bureau",
        "institute",
    ]
)
_HEADED = {
    head: regex.compile(
        rf"""(?:[Tt]he\s++)?(?i:{head})\s++of\s++(?:the\s++)?
              \p{{Lu}}[\p{{L}}-]*+(?:\s++\p{{Lu}}[\p{{L}}-]*+){{0,2}}
            | (?:\p{{L}}[\p{{L}}'’-]*+\s++){{1,4}}(?i:{head})\b""",
        regex.VERBOSE,
    )
    for head in _BODY_HEADS
}
_ANAPHOR = regex.compile(r"(?i:(?:^|\s)the\s++(?P<head>[a-z]++))$")
# "<body> in <Place>": a body word right before a place that qualifies it.
_BODY_IN_PLACE = regex.compile(
    r"(?P<body>(?:[Tt]he\s++)?(?:[\p{Ll}][\p{L}'’-]*+\s++){0,2}?(?:"
    + "|".join(sorted(_BODY_HEADS | {"delegation", "prefecture", "police", "authorities"}))
    + r"))\s++(?:in|at|for)\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,2}\Z"
)
_ANTECEDENT_REACH = 3000  # characters back to look for the body "the ministry" means
_ANTECEDENT_TRIES = 8  # of the mentions found there, how many of the last to look through
_ORGANISATION_WORDS = frozenset(
    [
        "ministry",
        "department",
        "guard",
        "delegation",
        "brigade",
        "services",
        "agency",
        "service",
        "survey",
        "office",
        "authority",
        "authorities",
        "union",
        "unions",
        "federation",
        "confederation",
        "operator",
        "company",
        "council",
        "committee",
        "commission",
        "institute",
        "bureau",
        "administration",
        "government",
        "province",
        "district",
        "municipality",
        "newspaper",
        "organisers",
        "organizers",
        "police",
        "prefecture",
        "insurers",
        "officials",
        "observatory",
        "center",
        "centre",
        "network",
        "hospital",
        "directorate",
        "watchdog",
        "regulator",
        "ngo",
        "charity",
        "group",
        "airline",
    ]
)
_PLACE_PREPOSITIONS = frozenset(["in", "of", "from", "at", "across", "for"])
_CLAUSE_WORDS = frozenset(["while", "whereas", "which", "who", "when", "where", "although"])
_PRONOUNS = {"he": "person", "she": "person", "it": "organization"}
_LOCATIVE_WORDS = frozenset(
    [
        "in",
        "across",
        "at",
        "on",
        "against",
        "into",
        "near",
        "throughout",
        "over",
        "to",
        "hit",
        "struck",
        "targeted",
        "targeting",
    ]
)
_PLACE_FILLERS = frozenset(
    [
        "the",
        "capital",
        "city",
        "town",
        "region",
        "county",
        "province",
        "state",
        "island",
        "village",
        "of",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "southeastern",
        "southwestern",
        "northeastern",
        "northwestern",
    ]
)
_PLACE_CUT = regex.compile(
    r"""(?x)
    [;(“”"]
    | ,\s++(?:according|which|who|whose|where|said|including|while|as)\b
    # "..., officials in British Columbia said": the speaker's place, not the figure's
    | ,\s++(?:[\w'’.-]++\s++){1,4}?(?:said|says|told|reported|announced|confirmed)\b
    """
)
_AFTER_CUT = regex.compile(
    r"""(?x)
    [,;()“”"]
    | (?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St|Lt|Col|Capt|Prof))\.   # not "U.S.", "Mr."
    | \s(?:which|who|that|on|in|at)\s
    """
)
_CLOSE_QUOTE = regex.compile(r"[”\"]")
_GENERIC_PLACE = regex.compile(
    r"""(?x)
    (?:(?:St|Ste|Mt|Ft|Pt)\.\s*+)?
    (?:[A-Z][\w'’-]++\s++){1,2}
    (?:County|Province|Oblast|Region|Prefecture|District|Township|Governorate|State
      |county|province|oblast|region|prefecture|district|township|governorate)\b
    """
)
# Locatives after which any capitalised name is taken as a place ("in Brest").
_NAMING_LOCATIVES = frozenset(["in", "at", "near"])
# A sentence with no figure sets the scene with these too: "the streets of Madrid",
# "marched through Lisbon", "Russia attacked Kyiv" (only a known place or a
# "<Name> County" pattern may follow these).
_CONTEXT_LOCATIVES = _LOCATIVE_WORDS | {
    "of",
    "through",
    "attacked",
    "shelled",
    "bombed",
    "pounded",
    "rocked",
    "swept",
    "flooded",
}
# A sentence that widens its own scope keeps no place from the sentences before it:
# "Across the country, 1.2 million people marched" is not the capital's figure.
_NO_CARRY = regex.compile(
    r"""\b(?:across\ the\ (?:[a-z]+\ ){0,3}?(?:country|nation|region|state)
        |nationwide|countrywide|elsewhere
        |in\ total|in\ all\b|overall|worldwide|globally|around\ the\ (?:world|country)
        |in\ other\ (?:regions|cities|towns|areas|parts|provinces|states|districts)
        |abroad)\b""",
    regex.I | regex.VERBOSE,
)
# Counts and areas take the place of the passage they stand in. Money and shares are
# so often national ("save 1.2 billion euros", "62% of rail services") that a city
# named before them says little; a measure (magnitude, distance) has no place.
_CARRIED_KINDS = frozenset([QuantityKind.COUNT, QuantityKind.AREA])
# "in the capital", "across the Ukrainian capital" with no name after it.
_THE_CAPITAL = regex.compile(
    r"\b(?i:in|at|near|around|across|outside|of|on)\s++the\s++(?:[\p{L}'’]++\s++)?capital\b"
    r"(?:\s*+,?\s*+(?:city\s++of\s++)?(?P<name>\p{Lu}[\p{L}'’-]*+(?:\s\p{Lu}[\p{L}'’-]*+)?))?"
)
# A place fronted in its sentence ("In Opole province alone, 5 people died") is one
# part of a wider story: it scopes its own sentence and is not carried past it.
_FRONTED_PLACE = regex.compile(
    r"(?:(?:and|but|meanwhile|elsewhere),?\s++)?(?:in|at|near|across)\s++[^,.;:!?\n]{1,60}+,",
    regex.I,
)
# Capitalised words that head names of things other than places.
_NOT_PLACE_NAMES = frozenset(
    [
        "Highway",
        "Route",
        "Interstate",
        "Road",
        "Street",
        "Avenue",
        "Federal",
        "National",
        "Emergency",
        "Richter",
        "Storm",
        "Hurricane",
        "Typhoon",
        "Cyclone",
        "Tropical",
        "Senate",
        "Parliament",
        "Congress",
        "Court",
        "University",
        "Hospital",
        "Airport",
        "Station",
        "Air",
        "Force",
        "Army",
        "Navy",
        "Police",
        "Red",
        "Cross",
        "Geological",
        "Wildfire",
        "Fire",
        "Management",
        "Civil",
        "Affairs",
        "Interior",
        "Defence",
        "Defense",
        "Health",
        "Security",
        "Council",
        "Union",
        "Memorial",
        "Center",
        "Centre",
        "Stadium",
        "Hall",
        "Gymnasium",
        "Church",
        "School",
        "Park",
    ]
)
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic")
_LOWER_WORD_AFTER = regex.compile(r"\s++\p{Ll}")
# "St. Lucie", "Mt. Vernon": an abbreviated first word keeps its name.
_SAINT = r"(?:(?:St|Ste|Mt|Ft|Pt)\.\s*+)?"
_CAPITAL_PLACE = regex.compile(rf"(?!(?:the|The)\b){_SAINT}[A-Z][\w'’-]++(?:\s++[A-Z][\w'’-]++)?")
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "This",
        "That",
    ]
)
_TIME_UNITS = frozenset(
    [
        "hour",
        "hours",
        "minute",
        "minutes",
        "day",
        "days",
        "week",
        "weeks",
        "second",
        "seconds",
        "month",
        "months",
        "h",
        "min",
    ]
)
# Every negation pattern starts with one of these words (checked by a test).
_NEGATORS = ("no ", "no-one", "nobody", "none ", "without ")
_THAT = regex.compile(r"\bthat\b")
# A running total: "since the start of the war", "since the invasion began",
# "since the full-scale invasion" (the start of a year or month is a date: _time).
_EVENT_NOUNS = (
    r"war|invasion|conflict|fighting|offensive|pandemic|outbreak|crisis|protests?|unrest"
    r"|occupation|siege|campaign|uprising|hostilities|strike"
)
_CUMULATIVE = regex.compile(
    rf"""\bsince\s++(?:
        (?:the\s++)?(?:start|beginning|outbreak|onset)\s++of\s++(?:the\s++|this\s++)?
          (?:[\w-]++\s++){{0,2}}?(?P<n1>{_EVENT_NOUNS})\b
        | (?:the\s++|this\s++)?(?:[\w-]++\s++){{0,2}}?(?P<n2>{_EVENT_NOUNS})\s++
          (?:began|started|broke\s++out|erupted)\b
        | the\s++(?:full-scale\s++|large-scale\s++)?(?P<n3>invasion)\b
    )""",
    regex.I | regex.VERBOSE,
)
# "the largest attack since the invasion", "more than at any time since": a
# comparison with the past, not the stretch a figure counts.
_COMPARED_SINCE = regex.compile(
    r"(?i:\b(?:than|largest|biggest|highest|lowest|worst|deadliest|most|first|ever|any\s+time)"
    r"\b[^.;]{0,30}+)$"
)
# Times that count from the day they were said: a speaker's "overnight" or "yesterday".
_DEICTIC = regex.compile(
    r"(?:overnight|last\s++night|yesterday|today|tonight|this\s++(?:morning|afternoon|evening))",
    regex.I,
)
# Words between a verb and the figure it turns into a toll ("killing all 72").
# Kinds of figure that are never a toll of people, whatever verb is near.
_NOT_TOLLS = frozenset(
    [QuantityKind.MONEY, QuantityKind.LENGTH, QuantityKind.AREA, QuantityKind.MEASURE]
)
_TOLLS = frozenset(["death", "injured", "missing", "arrest"])
# Words between a toll's figure and its verb: "500 people may have died", "are feared dead".
_TOLL_AUXILIARIES = _AUXILIARY_WORDS | frozenset(
    [
        "may",
        "might",
        "could",
        "would",
        "will",
        "must",
        "feared",
        "believed",
        "presumed",
        "thought",
        "likely",
        "probably",
        "to",
        "be",
        "then",
        "more",  # "dozens more were feared trapped"
    ]
)
# "were" for the inverted "Among the dead were 32 children".
_TOLL_FILLERS = frozenset(["all", "another", "a", "an", "further", "additional", "were", "was"])
_RECENT_DAYS = 31  # how far before publication a time may still date later sentences
_SPEECH_GAP = 24  # characters between a time expression and a speech verb it dates
_PRE_SPAN = 90  # how far back a figure's governing verb, actor and cues are looked for
_POST_SPAN = 70
_MAX_NP_WORDS = 4  # words between a figure and the noun it counts ("900 guided bombs")


# ---------------------------------------------------------------- per-article state


@dataclass(slots=True)
class _Anchor:
    """A speech, report or relay cue in a sentence and the party it names."""

    start: int
    end: int
    source: str | None
    role: str
    source_type: str | None
    cue: str
    source_span: Span | None
    position: str = "before"


@dataclass(slots=True)
class _Draft:
    """A figure being read, before it becomes a :class:`Fact`."""

    quantity: Quantity
    sentence: int
    noun_end: int
    subject: str | None = None
    subject_fallback: bool = False
    compound: bool = False
    event: str | None = None
    event_from_pre: bool = False
    event_default: bool = False  # assumed from the subject, no verb read
    actor: str | None = None
    location: str | None = None
    location_basis: LocationBasis = LocationBasis.NONE
    attribution: Attribution | None = None
    part_of: int | None = None
    part_det: str | None = None
    negated: bool = False
    time: TimeWindow | None = None
    time_basis: TimeBasis = TimeBasis.NONE
    time_surface: str | None = None
    subject_basis: SubjectBasis = SubjectBasis.VOCABULARY
    elided: bool = False  # the noun is the figure before's ("three were hurt, one critically")
    group: str | None = None
    party: str | None = None
    basis: Basis = Basis.NONE


@dataclass(slots=True)
class _Context:
    window: TimeWindow
    surface: str
    paragraph: int
    future: bool = False  # named in a sentence about what is to come


@dataclass
class _Doc:
    text: str
    vocab: Vocabulary
    sentences: list[Span]
    sentence_starts: list[int]
    paragraphs: list[Span]
    paragraph_starts: list[int]
    times: list[TimeMention]
    time_starts: list[int]
    debris: DebrisIndex
    lowered: str = ""
    _anchors: dict[int, list[_Anchor]] = field(default_factory=dict)
    _cues: dict[int, list[tuple[int, int, CueEntry]]] = field(default_factory=dict)
    _clauses: dict[Span, list[tuple[int, bool, int]]] = field(default_factory=dict)
    _segments: dict[int, list[int]] = field(default_factory=dict)  # cut ends, by start
    _conjuncts: dict[int, list[int]] = field(default_factory=dict)  # cut ends, by start
    _tokens: dict[int, tuple[list[Token], list[int]]] = field(default_factory=dict)
    _time_plans: dict[int, _TimePlan] = field(default_factory=dict)
    _persons: list[tuple[int, str]] | None = None
    _cue_sentences: set[int] | None = None

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def times_in(self, span: Span) -> list[TimeMention]:
        lo = bisect.bisect_left(self.time_starts, span[0])
        hi = bisect.bisect_left(self.time_starts, span[1])
        return self.times[lo:hi]


# ---------------------------------------------------------------- public entry point


def extract(
    article: Article | str,
    *,
    published: date | datetime | None = None,
    policy: Policy | None = None,
    vocabulary: Vocabulary | None = None,
) -> Extraction:
    """Every figure of an article as a typed fact, and every other number with a reason.

    Args:
        article: an :class:`~discrepancy.Article`, or raw text (read with
            :meth:`Article.from_raw <discrepancy.Article.from_raw>`, id ``"text"``).
        published: overrides the article's publication date (it anchors relative
            times and the default window).
        policy: widths and vague bounds for hedged figures.
        vocabulary: the words to extract with (default: the shipped data).

    Returns:
        The article, its facts in text order and every rejected mention.

    Raises:
        InputError: ``article`` is neither an Article nor a string, or ``policy`` /
            ``vocabulary`` are of the wrong type.
        EmptyInputError: the text is empty or whitespace only.
        HTMLInputError: the text is a web page (use ``Article.from_html``).

    >>> ex = extract("No casualties have been reported, police said.")
    >>> f = ex.facts[0]
    >>> f.surface, f.subject, f.negated, f.quantity.value.is_point, f.attribution.source
    ('No casualties', 'casualty', True, True, 'police')
    """
    if not isinstance(article, Article):
        article = Article.from_raw(require_text(article, "extract"), id="text")
    for value, name, kind in ((policy, "policy", Policy), (vocabulary, "vocabulary", Vocabulary)):
        if value is not None and not isinstance(value, kind):
            raise InputTypeError(
                f"extract() takes {name}= as a discrepancy.{kind.__name__} or None, "
                f"not {type(value).__name__}"
            )
    if published is not None:
        article = article.model_copy(update={"published": published, "published_inferred": False})
    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    article = writable_article(article)  # outputs must encode as UTF-8
    text = reading_copy(article.text)  # the Unicode policy at the door (see _text)
    lowered = lower_text(text)
    quantities, scan_rejected = scan(text, policy=policy, lowered=lowered)
    times = sorted(find_times(text, published=article.published), key=lambda t: t.span)
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    doc = _Doc(
        text=text,
        vocab=vocab,
        sentences=sentences,
        sentence_starts=[s for s, _ in sentences],
        paragraphs=paragraphs,
        paragraph_starts=[p for p, _ in paragraphs],
        times=times,
        time_starts=[t.span[0] for t in times],
        debris=DebrisIndex(find_debris(text, vocab, paragraphs=paragraphs, lowered=lowered)),
        lowered=lowered,
    )
    rejected: list[Rejected] = []
    for r in scan_rejected:
        debris = doc.debris.at(r.span[0])
        rejected.append(
            r
            if debris is None
            else trusted(Rejected, span=r.span, surface=r.surface, reason=debris.reason)
        )
    drafts: list[_Draft] = []
    for q in sorted(quantities, key=lambda q: q.span):
        reason = _reject_reason(doc, q)
        if reason is not None:
            rejected.append(trusted(Rejected, span=q.span, surface=q.surface, reason=reason))
            continue
        drafts.append(_Draft(q, doc.sentence_of(q.span[0]), q.span[1]))
    _scope_hedges(doc, drafts, policy_or_default(policy))
    drafts.extend(_negations(doc))
    drafts.sort(key=lambda d: d.quantity.span)
    _read_subjects(doc, drafts)
    kept: list[_Draft] = []
    for d in drafts:
        if d.subject is None:
            q = d.quantity
            rejected.append(
                trusted(Rejected, span=q.span, surface=q.surface, reason=RejectReason.NO_SUBJECT)
            )
        else:
            kept.append(d)
    _headline_hedges(doc, kept, policy_or_default(policy))
    _read_events(doc, kept)
    _inside_negations(kept)
    _read_parts(doc, kept)
    for d in kept:
        _toll_subject(doc, d, kept)
    _read_places(doc, kept)
    _read_attributions(doc, kept)
    carry_sources(text, sentences, paragraphs, kept, lambda i: _anchors(doc, i), vocabulary=vocab)
    for d in kept:
        # "organisers put the crowd at 150,000": a crowd count is attendance.
        cue = d.attribution.cue if d.attribution is not None else None
        if (
            d.event is None
            and d.subject == "person"
            and (
                (cue and _CROWD_CUE.search(cue))
                # "Police estimated the crowd at 55,000"
                or _CROWD_CUE.search(lowered, max(0, d.quantity.span[0] - 25), d.quantity.span[0])
            )
        ):
            d.event = "attended"
    _read_basis(doc, kept)
    _read_times(doc, kept, article.published)
    facts = tuple(_fact(doc, d) for d in kept)
    rejected.sort(key=lambda r: r.span)
    statements = find_statements(
        text, times, sentences=sentences, vocabulary=vocab, lowered=lowered
    )
    extraction = Extraction(
        article=article, facts=facts, rejected=tuple(rejected), statements=tuple(statements)
    )
    return extraction if text is article.text else restore_surfaces(extraction, article.text, text)


def _scope_hedges(doc: _Doc, drafts: list[_Draft], policy: Policy) -> None:
    """Hedges the scanner reads next to one figure but the text applies to another.

    * A hedge before a unit pair covers both halves: "some 55 km (35 miles)".
    * "was estimated at $5.5 billion", "an estimated total of 2 719": an estimate
      is an approximate figure.

    A hedge before a list of noun phrases is not carried to the next item: the
    text does not settle its scope ("close to 400 rescue workers and 12 sniffer
    dogs"), so the scanner's reading stands.
    """
    for d in drafts:
        q = d.quantity
        if q.qualifier is Qualifier.EXACT and _ESTIMATE_BEFORE.search(
            doc.text, max(0, q.span[0] - 40), q.span[0]
        ):
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.hedge, policy)
        elif q.qualifier is Qualifier.EXACT and _A_SCORE.match(q.surface):
            # "a score of drones": twenty by convention, and a round figure.
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.surface, policy)
        elif q.qualifier is Qualifier.MORE_THAN and _over_places(doc, q):
            # "shot down 45 drones over seven regions": "over" says where, not how many.
            cut = _OVER.match(doc.text, q.span[0])
            assert cut is not None
            start = cut.end()
            value, _ = _interval(Qualifier.EXACT, q.nominal, policy)
            d.quantity = q.model_copy(
                update={
                    "span": (start, q.span[1]),
                    "surface": doc.text[start : q.span[1]],
                    "value": value,
                    "qualifier": Qualifier.EXACT,
                    "hedge": None,
                }
            )
    # After the estimates: "estimated at 2.3 billion yuan ($320 million)".
    for a, b in itertools.pairwise(drafts):
        qa, qb = a.quantity, b.quantity
        if (
            qa.kind is qb.kind
            and qa.kind is not QuantityKind.COUNT
            and qa.qualifier not in (Qualifier.EXACT, Qualifier.RANGE, Qualifier.VAGUE)
            and qb.qualifier is Qualifier.EXACT
            and _UNIT_PAIR_GAP.match(doc.text, qa.span[1], qb.span[0])
        ):
            b.quantity = _rehedged(qb, qa.qualifier, qa.hedge, policy)


def _over_places(doc: _Doc, q: Quantity) -> bool:
    """Whether "over" before a count of places is the preposition, not a hedge.

    "45 drones over seven regions", "missiles over 12 cities": a count of things
    (a subject the vocabulary knows) right before "over", and places counted after
    it. "Russia attacked over 20 cities" keeps its hedge (a verb comes before).
    """
    if _OVER.match(doc.text, q.span[0]) is None or q.noun is None:
        return False
    if doc.vocab.subject_for_form(q.noun) not in _PLACE_SUBJECTS:
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
    if before is None:
        return False
    thing = doc.vocab.subject_for_form(before.group(1))
    return thing is not None and thing not in _PLACE_SUBJECTS


def _headline_hedges(doc: _Doc, drafts: list[_Draft], policy: Policy) -> None:
    """A headline drops the hedge its body gives: "78 structures lost" is the
    body's "at least 78 structures destroyed", so it takes the body's qualifier.
    """
    first = next((i for i, (a, _) in enumerate(doc.paragraphs) if doc.debris.at(a) is None), None)
    if first is None:
        return
    # The body's first hedged figure of each kind, looked up once per headline figure:
    # comparing every headline figure with every body figure is quadratic when a
    # scraped page without blank lines is one long first paragraph.
    body: dict[tuple[object, ...], Qualifier] = {}
    for later in drafts:
        r = later.quantity
        if doc.paragraph_of(r.span[0]) > first and r.qualifier not in (
            Qualifier.EXACT,
            Qualifier.RANGE,
            Qualifier.VAGUE,
        ):
            body.setdefault((later.subject, r.kind, r.unit, r.nominal), r.qualifier)
    for d in drafts:
        q = d.quantity
        if q.qualifier is not Qualifier.EXACT or doc.paragraph_of(q.span[0]) != first:
            continue
        hedge = body.get((d.subject, q.kind, q.unit, q.nominal))
        if hedge is not None:
            d.quantity = _rehedged(q, hedge, None, policy)


def _rehedged(q: Quantity, qualifier: Qualifier, hedge: str | None, policy: Policy) -> Quantity:
    value, _ = _interval(qualifier, q.nominal, policy)
    return q.model_copy(update={"value": value, "qualifier": qualifier, "hedge": hedge})


def _reject_reason(doc: _Doc, q: Quantity) -> RejectReason | None:
    debris = doc.debris.at(q.span[0])
    if debris is not None:
        return debris.reason
    if (
        q.kind is QuantityKind.COUNT
        and q.qualifier is Qualifier.EXACT
        and _THE_BEFORE.search(doc.text, max(0, q.span[0] - 5), q.span[0])
        and _REFERENCE_AFTER.match(doc.text, q.span[1])
    ):
        # "the three countries' leaders", "the two earlier marches": a reference to
        # things the reader already knows, not a count the article reports.
        return RejectReason.DETERMINER
    for t in doc.times_in((max(0, q.span[0] - 80), q.span[1])):
        if t.span[0] < q.span[1] and q.span[0] < t.span[1]:
            return RejectReason.DATE
    return None


def _inside_negations(drafts: list[_Draft]) -> None:
    """ "None of the 40 passengers were hurt": the figure inside a zero toll is the
    whole the zero is counted in, not a toll of its own.
    """
    zeros = [d.quantity.span for d in drafts if d.negated]
    if not zeros:
        return
    for d in drafts:
        start = d.quantity.span[0]
        if not d.negated and any(a <= start < b for a, b in zeros):
            d.event = None
            if d.subject in _SUFFERED:
                d.subject = "person"


def _fact(doc: _Doc, d: _Draft) -> Fact:
    return trusted(
        Fact,
        span=d.quantity.span,
        surface=d.quantity.surface,
        sentence_span=doc.sentences[d.sentence] if doc.sentences else d.quantity.span,
        quantity=d.quantity,
        subject=d.subject,
        event=d.event,
        actor=d.actor,
        location=d.location,
        location_basis=d.location_basis,
        time=d.time,
        time_basis=d.time_basis,
        time_surface=d.time_surface,
        attribution=d.attribution,
        part_of=d.part_of,
        negated=d.negated,
        subject_basis=d.subject_basis,
        group=d.group,
        party=d.party,
        basis=d.basis,
    )


# ---------------------------------------------------------------- zero tolls


def _negations(doc: _Doc) -> list[_Draft]:
    out: list[_Draft] = []
    lowered = doc.lowered
    starts: set[int] = set()
    for word in _NEGATORS:
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not lowered[at - 1].isalnum():
                starts.add(at)
            at = lowered.find(word, at + 1)
    taken_until = -1
    for at in sorted(starts):
        if at < taken_until or doc.debris.at(at) is not None:
            continue
        best: tuple[int, str] | None = None
        for pattern, subject in doc.vocab.negation_re:
            m = pattern.match(doc.text, at)
            if m is not None and (best is None or m.end() > best[0]):
                best = (m.end(), subject)
        if best is None:
            continue
        end, subject = best
        taken_until = end
        q = Quantity(
            span=(at, end),
            surface=doc.text[at:end],
            nominal=0.0,
            value=Interval.point(0.0),
            qualifier=Qualifier.EXACT,
            kind=QuantityKind.COUNT,
            noun=subject,
        )
        out.append(_Draft(q, doc.sentence_of(at), end, subject=subject, negated=True))
    return out


# ---------------------------------------------------------------- token windows


def _tokens(doc: _Doc, sentence: int) -> tuple[list[Token], list[int]]:
    """Tokens of a sentence (computed once), with their start offsets."""
    cached = doc._tokens.get(sentence)
    if cached is None:
        a, b = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
        toks = tokenize(doc.text, a, b)
        cached = (toks, [t[0] for t in toks])
        doc._tokens[sentence] = cached
    return cached


def _span_tokens(doc: _Doc, sentence: int, start: int, end: int) -> tuple[list[Token], int, int]:
    """The sentence tokens and the index range of those inside ``start..end``."""
    toks, starts = _tokens(doc, sentence)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and toks[hi - 1][1] > end:
        hi -= 1
    return toks, lo, hi


def _sentence_span(doc: _Doc, d: _Draft) -> Span:
    return doc.sentences[d.sentence] if doc.sentences else (0, len(doc.text))


def _pre_start(doc: _Doc, d: _Draft, previous: _Draft | None) -> int:
    s_start = _sentence_span(doc, d)[0]
    floor = previous.noun_end if previous is not None and previous.sentence == d.sentence else 0
    return max(s_start, floor, d.quantity.span[0] - _PRE_SPAN)


def _clause_start(doc: _Doc, start: int, end: int) -> int:
    """Start of the last clause in ``text[start:end]`` (after the last clause break)."""
    cut = _last(_PRE_CUT, doc.text, start, end)
    return start if cut is None else cut.end()


def _post_end(doc: _Doc, start: int, s_end: int, size: int) -> int:
    """End of the window after a figure: the first clause break, or ``size`` chars."""
    end = min(s_end, start + size)
    cut = _POST_CUT.search(doc.text, start, end)
    return end if cut is None else cut.start()


def _past_aside(doc: _Doc, start: int, s_end: int) -> int:
    """Where the words after a figure go on past an aside that interrupts them."""
    m = _ASIDE.match(doc.text, start, s_end)
    if m is None:
        # "eight people on the ground, including four students, were killed"
        place = _PLACE_PHRASE.match(doc.text, start, s_end)
        m = _ASIDE.match(doc.text, place.end(), s_end) if place is not None else None
    return start if m is None else m.end()


def _last(
    pattern: regex.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> regex.Match[str] | None:
    # A one-item deque drains the iterator in C, keeping only the last match.
    tail = deque(pattern.finditer(text, start, len(text) if end is None else end), maxlen=1)
    return tail[0] if tail else None


# ---------------------------------------------------------------- subjects


def _read_subjects(doc: _Doc, drafts: list[_Draft]) -> None:
    vocab = doc.vocab
    previous: _Draft | None = None
    for index, d in enumerate(drafts):
        if d.negated:
            previous = d
            continue
        q = d.quantity
        s_start, s_end = _sentence_span(doc, d)
        same_sentence = previous is not None and previous.sentence == d.sentence
        pre_start = _pre_start(doc, d, previous)
        kind = q.kind
        if kind is QuantityKind.COUNT:
            _count_subject(doc, d, pre_start, s_end)
            if d.subject is None:
                d.subject = _list_share_subject(doc, drafts, index)
        else:
            _measure_subject(doc, d, pre_start, s_end)
        if (
            d.subject is None
            and same_sentence
            and previous is not None
            and not d.compound
            and not _own_noun_before(doc, d, pre_start)
        ):
            d.subject = _elided_subject(doc, previous, d)
            d.elided = d.subject is not None
            if d.elided:
                d.group, d.subject_basis = previous.group, previous.subject_basis
        if (
            d.subject is None
            and kind is QuantityKind.COUNT
            and _THEY_WERE.search(doc.text, pre_start, q.span[0])
            # "There were 7.4 million open vacancies": a noun of its own
            and not isinstance(_np_after(doc, d, s_end), tuple)
        ):
            d.subject = "person"
        if kind is QuantityKind.COUNT and previous is not None and not previous.negated:
            _partitive_subject(doc, previous, d, s_start)
            if (
                d.subject == "person"
                and same_sentence
                and _OTHERS_AFTER.match(doc.text, q.span[1])
                and previous.quantity.kind is QuantityKind.COUNT
                and previous.subject is not None
                and previous.subject not in _TOLLS
                and not _entry_person(vocab, previous.subject)
            ):
                d.subject = previous.subject  # "38 of the drones, while six others ..."

        if d.subject is None or (d.subject_fallback and kind is QuantityKind.PERCENT):
            _open_subject(doc, drafts, index, pre_start, s_end)
        elif (
            kind is QuantityKind.COUNT
            and d.group is None
            and d.noun_end > q.span[1]
            and (_entry_person(vocab, d.subject) or d.subject in _TOLLS)
        ):
            # "169 Indian nationals"; "91 Russian drones" name whose, not a group.
            d.group = _names_group(doc, d)
            if d.subject in _GROUPED_TOLLS:
                # "Nine stewards were hurt", "eight Lakeside Lodge guests are missing"
                noun = q.noun.split()[-1] if d.group and q.noun else q.noun
                parts = [d.group, _people_noun(vocab, noun)]
                d.group = " ".join(p for p in parts if p) or None
        if (
            d.subject == "person"
            and q.noun in vocab.word_class("inhabitants")
            and "population" in vocab.subjects
            and _PLACE_POSSESSIVE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
        ):
            d.subject = "population"  # "Mayotte's 320,000 residents"
        if d.subject is not None and d.subject in vocab.subjects:
            entry = vocab.subjects[d.subject]
            if not _in_context(doc, d, d.subject):
                d.subject = None
            if entry.max_value is not None and q.nominal > entry.max_value:
                d.subject = None
        previous = d
    # A fallback subject ("share") yields to a specific one on a coordinated
    # neighbour ("80% and 50% contained" are both containment), and the two
    # halves of a unit pair ("10 kilometers (6 miles) below ground") share one.
    for a, b in itertools.pairwise(drafts):
        if a.sentence != b.sentence or a.quantity.kind is not b.quantity.kind:
            continue
        gap = doc.text[a.noun_end : b.quantity.span[0]]
        pair = _UNIT_PAIR_GAP.match(gap) is not None
        weak = a.subject is None or a.subject_fallback
        if weak and b.subject and not b.subject_fallback and (pair or _COORDINATION.match(gap)):
            a.subject, a.subject_fallback, a.subject_basis = b.subject, False, b.subject_basis
        if (
            b.subject_fallback
            and a.subject
            and not a.subject_fallback
            and (pair or _COMPARED.search(gap) or (len(gap) <= 40 and _FROM_GAP.search(gap)))
        ):
            # "Turnout was 58%, up from 54%": the figure compared with is the same measure.
            b.subject, b.subject_fallback, b.subject_basis = a.subject, False, a.subject_basis


def _list_share_subject(doc: _Doc, drafts: list[_Draft], index: int) -> str | None:
    """What a bare share of "them" or "which" counts: the figures it points back to.

    "Russia launched 120 drones overnight. Air defences downed 100 of them." counts
    drones; "451 drones and 45 missiles, of which 443 were shot down" counts the two
    weapons together (``aerial target``). The antecedents are the figures before it
    in its sentence, else those of the sentence before; any other mix says nothing.
    """
    d = drafts[index]
    q = d.quantity
    text = doc.text
    after = _PART_OF.match(text, q.span[1], min(len(text), q.span[1] + 20))
    pronoun = after is not None and after.group("det").lower() in _PARTITIVE_PRONOUNS
    if not pronoun and not _OF_WHICH_BEFORE.search(text, max(0, q.span[0] - 20), q.span[0]):
        return None
    before = [p for p in drafts[:index] if not p.negated and p.part_of is None]
    run = [p for p in before if p.sentence == d.sentence]
    if not run:
        run = [p for p in before if p.sentence == d.sentence - 1]
    subjects = {p.subject for p in run if p.quantity.kind is QuantityKind.COUNT}
    if not subjects or None in subjects:
        return None
    if len(subjects) == 1:
        return subjects.pop()
    named = {x for x in subjects if x is not None}
    return "aerial target" if named <= _AIR_WEAPONS else None


def _partitive_subject(doc: _Doc, previous: _Draft, d: _Draft, s_start: int) -> None:
    """The subject a part takes from the whole it is a part of.

    * "More than 40,000 of them crossed ...": a pronoun whole is the figure before,
      in this sentence or the last one.
    * "Of the 42 miners, 35 were rescued", "Of the dead, 12 were children": a
      fronted whole names what the bare figure after it counts.
    """
    q = d.quantity
    if d.subject is None and d.sentence - previous.sentence <= 1:
        m = _PART_OF.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 20))
        if (
            m is not None
            and m.group("det").lower() in _PARTITIVE_PRONOUNS
            and not (
                m.group("det").lower() in ("those", "these")
                and _DESCRIBED_AFTER.match(doc.text, m.end())
            )
        ):
            if previous.quantity.kind is QuantityKind.COUNT:
                d.subject, d.group = previous.subject, previous.group
            return
    front = _FRONT_PART.match(doc.text, s_start, q.span[0])
    if front is None or (d.subject is not None and not _AUX_AFTER.match(doc.text, q.span[1])):
        return
    if previous.sentence == d.sentence and previous.quantity.span[0] >= front.start("np"):
        if previous.quantity.kind is QuantityKind.COUNT and previous.subject is not None:
            d.subject = previous.subject  # "Of the 42 miners, 35 ..."
        return
    toks, lo, hi = _span_tokens(doc, d.sentence, front.start("np"), front.end("np"))
    for i in range(lo, hi):
        named = doc.vocab.subject_forms.match(toks, i, hi)
        if named is not None and "count" in doc.vocab.subjects[named[1]].kinds:
            d.subject = named[1]  # "Of the wounded, five ..."
            return


def _elided_subject(doc: _Doc, previous: _Draft, d: _Draft) -> str | None:
    """The subject a bare figure shares with the figure before it in its sentence.

    "12,000 houses had been toppled and 30,000 damaged", "1.28 million people ...,
    slightly higher than the 1.27 million estimated in January": an elided noun
    repeats the same kind of count, so beyond plain coordination the two figures
    must be of the same order of magnitude.
    """
    q, p = d.quantity, previous.quantity
    entry = doc.vocab.subjects.get(previous.subject or "")
    if previous.negated or p.kind is not q.kind or previous.subject is None:
        return None
    if entry is None and previous.subject_basis is not SubjectBasis.TEXT:
        return None
    if entry is not None and ("count" not in entry.kinds or entry.requires_context):
        return None
    if _real_noun(doc, q):
        return None  # "1,500 soldiers and 40 heavy machinery units": a noun of its own
    if previous.subject in _TOLLS and _own_verb(doc, d) not in (None, previous.subject):
        return None  # "9 dead, more than 1 million without power"
    gap = doc.text[previous.noun_end : q.span[0]]
    if _COORDINATION.match(gap) or _TO_GAP.fullmatch(gap) or _PLACED_COORDINATION.fullmatch(gap):
        return previous.subject  # "from 147,000 to 14,000": a change's two levels
    if q.nominal <= 0 or p.nominal <= 0:
        return None
    ratio = max(q.nominal, p.nominal) / min(q.nominal, p.nominal)
    return previous.subject if ratio <= 10 else None


def _own_verb(doc: _Doc, d: _Draft) -> str | None:
    """The person subject of the verb right after a bare figure ("" for a verb that
    makes no toll), None when no verb follows."""
    s_end = _sentence_span(doc, d)[1]
    toks, lo, hi = _span_tokens(
        doc, d.sentence, d.quantity.span[1], _post_end(doc, d.quantity.span[1], s_end, 40)
    )
    i = lo
    while i < hi and toks[i][2] in _TOLL_AUXILIARIES:
        i += 1
    m = doc.vocab.event_forms.match(toks, i, hi) if i < hi else None
    if m is None:
        return None
    entry = doc.vocab.events.get(m[1])
    return (entry.person_subject or "") if entry is not None else ""


def _real_noun(doc: _Doc, q: Quantity) -> bool:
    """Whether the scanner's noun is a counted noun, not a participle ("estimated")."""
    noun = q.noun
    if noun is None:
        return False
    # "two critically", "one seriously": an adverb is no noun.
    return doc.vocab.subject_for_form(noun) is not None or not noun.endswith(("ed", "ing", "ly"))


def _noun_after(doc: _Doc, d: _Draft, start: int, limit: int) -> tuple[str, int] | None:
    """The first subject form within a few words after ``start``: (subject, end)."""
    toks, lo, hi = _span_tokens(doc, d.sentence, start, limit)
    words = 0
    i = lo
    # "200 of the capital's 700 buses": a partitive names its noun past the whole.
    partitive = lo < hi and toks[lo][2] == "of"
    while i < hi and words < _MAX_NP_WORDS:
        word = toks[i][2]
        if partitive and word.endswith("'s"):
            words += 1  # "of the region's 600 buses": the owner is not the noun
            i += 1
            continue
        m = doc.vocab.subject_forms.match(toks, i, hi)
        if m is not None:
            return m[1], toks[m[0] - 1][1]
        if partitive and word[0].isdigit():
            i += 1
            continue
        if not word[0].isalpha() or word in _NP_STOP:
            return None
        words += 1
        i += 1
    return None


def _count_subject(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> None:
    vocab = doc.vocab
    q = d.quantity
    text = doc.text
    end = q.span[1]
    if end < len(text) and text[end] == "-":
        # "two-story building", "22-month war": the figure modifies a compound,
        # and counts nothing unless the compound names a subject ("6.5-magnitude").
        d.compound = True
        w = _WORD.match(text, end + 1, min(s_end, end + 30))
        named = vocab.subject_for_form(w.group()) if w is not None else None
        if w is not None and named is not None and _fits(vocab, named, q):
            d.subject, d.noun_end = named, w.end()
        elif w is not None and w.group().lower() == "strong":
            # "a 10,000-strong crowd", "a 3,000-strong force": the noun after says who.
            head = _STRONG_HEAD.match(text, w.end(), min(s_end, w.end() + 30))
            if head is not None:
                noun = head.group(1).lower()
                named = vocab.subject_for_form(noun) or _STRONG_GROUPS.get(noun)
                if named is not None and _fits(vocab, named, q):
                    d.subject, d.noun_end = named, head.end()
        return
    subject = vocab.subject_for_form(q.noun) if q.noun else None
    found = _noun_after(doc, d, end, min(s_end, end + _POST_SPAN))
    if found is not None:
        if subject is None or _PART_OF.match(text, end):
            subject = found[0]  # "150 of the region's 600 buses" count buses
        d.noun_end = found[1]
    entry = vocab.subjects.get(subject) if subject else None
    # A verb makes a toll of people in general ("24 people were killed"); a named
    # group keeps its name ("12 officers were injured" counts officers, injured).
    if subject is None or (entry is not None and entry.person and entry.name == "person"):
        toll = _person_toll(doc, d, pre_start, s_end)
        if toll is not None:
            if subject is None:
                # "Nine stewards were hurt": the people the toll befell are its group.
                after = _np_after(doc, d, s_end)
                if isinstance(after, tuple) and after[0] != "person":
                    d.group = after[0] if after[1] is None else f"{after[1]} {after[0]}"
            subject = toll
        else:
            toks, lo, hi = _span_tokens(doc, d.sentence, pre_start, q.span[0])
            cue = vocab.subject_cues.last(toks, lo, hi)
            if cue is not None and "count" in vocab.subjects[cue[2]].kinds:
                subject = cue[2]
    if subject is None and found is None:
        # "Hajj heat deaths pass 1,300", "Cholera cases top 10,000": the noun comes
        # first, and a verb of reaching joins it to the figure.
        reach = _REACHES.search(text, max(pre_start, q.span[0] - 50), q.span[0])
        named = vocab.subject_for_form(reach.group(1)) if reach is not None else None
        if named is not None and "count" in vocab.subjects[named].kinds:
            subject = named
    if subject in _WEAPONS and d.noun_end > end:
        # "nearly 500 drones and missiles", "495 Russian drones and missiles": one
        # figure for two kinds of weapon counts everything fired, not drones.
        pair = _WEAPON_PAIR.match(text, d.noun_end, min(s_end, d.noun_end + 40))
        if pair is not None and vocab.subject_for_form(pair["noun"]) in _WEAPONS:
            subject = "aerial target"
            d.noun_end = pair.end()
    d.subject = subject


def _person_toll(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> str | None:
    """The toll a verb makes of a count of people ("24 people were killed").

    Only a verb right next to the figure counts: after it, across auxiliaries
    ("have been killed"); before it, with nothing in between ("killing at least 24").
    """
    vocab = doc.vocab
    post_start = _past_aside(doc, d.noun_end, s_end)
    post_end = _post_end(doc, post_start, s_end, 50)
    toks, lo, hi = _span_tokens(doc, d.sentence, post_start, post_end)
    i = lo
    m = vocab.event_forms.match(toks, i, hi) if i < hi else None
    while m is None and i < hi and toks[i][2] in _TOLL_AUXILIARIES:
        i += 1  # "are feared dead", but "to gather" is a verb of its own
        m = vocab.event_forms.match(toks, i, hi) if i < hi else None
    if m is None and i < hi and "/" in toks[i][2]:
        # "79 people are dead/missing": the first of two tolls joined by a slash
        first = vocab.event_for_form(toks[i][2].split("/")[0])
        m = None if first is None else (i + 1, first)
    if m is not None:
        entry = vocab.events.get(m[1])
        if entry is not None and entry.person_subject:
            return entry.person_subject
    clause = _clause_start(doc, pre_start, d.quantity.span[0])
    toks, lo, hi = _span_tokens(doc, d.sentence, clause, d.quantity.span[0])
    while hi > lo and toks[hi - 1][2] in _TOLL_FILLERS:
        hi -= 1  # "killing all 72", "injuring a further 12"
    found = vocab.event_forms.last(toks, lo, hi)
    if found is not None and found[1] == hi:
        entry = vocab.events.get(found[2])
        if entry is not None and entry.person_subject:
            return entry.person_subject
    return None


def _measure_subject(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> None:
    vocab = doc.vocab
    q = d.quantity
    kind = q.kind.value
    toks, lo, hi = _span_tokens(doc, d.sentence, pre_start, q.span[0])
    cue = vocab.subject_cues.last(toks, lo, hi)
    if cue is not None and _fits(vocab, cue[2], q) and _in_context(doc, d, cue[2]):
        d.subject = cue[2]
        return
    table = vocab.measure_forms.get(kind)
    if table is not None:
        start = q.span[1]
        if doc.text[start : start + 1] in ")]":
            start += 1  # the second half of a unit pair: "(6 miles) below ground"
        post_end = _post_end(doc, start, s_end, _POST_SPAN)
        toks, lo, hi = _span_tokens(doc, d.sentence, start, post_end)
        i = lo
        while i < hi:
            m = table.match(toks, i, hi)
            if m is not None and _fits(vocab, m[1], q):
                d.subject = m[1]
                d.subject_fallback = vocab.subjects[m[1]].fallback
                return
            i += 1
    for word in (q.noun, q.unit):
        named = vocab.subject_for_form(word) if word else None
        if named is not None and _fits(vocab, named, q):
            d.subject = named
            return
    for entry in vocab.subjects.values():
        if entry.fallback and kind in entry.kinds and _fits(vocab, entry.name, q):
            d.subject, d.subject_fallback = entry.name, True
            return


# ---------------------------------------------------------------- open subjects

_PLACE_POSSESSIVE = regex.compile(r"\p{Lu}[\p{L}-]*+(?:'s|’s|s'|s’)\s++(?:some\s++|about\s++)?$")
_PLACE_PHRASE = regex.compile(
    r"\s++(?:on|in|at|aboard|onboard|near|inside|outside|from)\b[^,;:.!?()]{1,40}?(?=,)"
)
_PARTICLES = frozenset(["down", "up"])
_MARKS = frozenset(["*", "“", '"', "‘", "'"])
_LEADING_MARKS = regex.compile(r"[\s*“\"‘']*+")
# "killing 241 people onboard and dozens on the ground", "12 in Gaza and 3 in ...":
# a place phrase before the "and" of two counts of one thing.
_PLACED_COORDINATION = regex.compile(
    r"\s++(?:onboard|aboard|(?:on|in|at|aboard|across|inside|outside)\s++[^,;:.!?()]{1,30}?)"
    r"\s*+,?\s*+\b(?:and|or|plus)\s++"
)
_TO_GAP = regex.compile(r"\s++to\s++")
_PART_GAP = regex.compile(
    r"\s++(?:of|out\s++of)\s++(?:the\s++|its\s++|their\s++)?(?:[\p{L}-]++(?:'s|’s)\s++)?$"
)
# Words of damage done: places where impacts or damage are reported were hit.
_IMPACT = regex.compile(r"\b(?:impacts?|explosions?|damage|damaged|hits?|shelled|bombed)\b")
_PP_WORDS = frozenset(["in", "for", "of", "on", "at", "from", "among", "across", "with", "within"])
_NP_JOINERS = frozenset(["and", "&"])
_NP_MAX = 5  # words of a noun phrase read before a figure
_TOPIC_SENTENCES = 3  # how far back a figure with an elided noun finds what it counts
# Figures looked at for that, at most: the cost per figure stays constant on any text.
_TOPIC_BACK = 40
_MAIN_TOPIC_BACK = 200
# "Healthcare (+55,000)", "Retail | + 15,700", "and hospitals (+16,000)": a label and a
# signed figure in brackets or a table cell.
_LABEL_BEFORE = regex.compile(
    r"""(?x)(?:^|[|;,)•*]|\b(?:and|in|including)\b)[ \t]*+
    (?P<label>\p{L}[\p{L}&'’ /-]{0,40}?)[ \t]*+(?P<open>[(|])[ \t]*+(?P<sign>[+\-–−]?)[ \t]*+$""",
    regex.M,
)
_SIGNED = regex.compile(r"[+\-–−]")


def _open_subject(doc: _Doc, drafts: list[_Draft], index: int, pre_start: int, s_end: int) -> None:
    """A subject read from the text when the vocabulary names none.

    In order: the noun phrase after the figure ("some 3,000 counter-protesters",
    "eight Lakeside Lodge guests", "one black box"); the noun phrase before a verb
    that joins it to the figure ("payrolls were revised down by 133,000", "the
    number of unemployed people was 7.2 million"); the thing counted by the
    figures before it, when the noun is elided after a verb whose object the
    figure is ("social assistance gained 18,000") or after a noun of change ("a
    gain of 106,000"), or in a labelled row ("Healthcare (+55,000)").
    """
    d = drafts[index]
    q = d.quantity
    if not doc.vocab.word_class("function"):
        return  # a vocabulary built without grammar.jsonl reads no open subjects
    if (
        d.compound
        or doc.text[q.span[1] : q.span[1] + 1] == "-"
        or doc.vocab.word_class("dropped") & {q.surface.lower()}
    ):
        return  # "a 40-year-old", "several sectors": no figure the text states
    if q.kind is QuantityKind.COUNT:
        after = _np_after(doc, d, s_end)
        if isinstance(after, bool):
            return  # "27 weeks", "4,000 views": a figure that counts no thing
        if after is not None and (
            q.nominal <= 3
            and q.surface.isalpha()
            and _THE_BEFORE.search(doc.text, max(0, q.span[0] - 5), q.span[0])
        ):
            return  # "between the two wartime leaders": a reference, not a count
        if after is not None:
            d.subject, d.group, d.noun_end = after
            in_vocabulary = d.subject in doc.vocab.subjects
            d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
            return
        if _estimate_subject(doc, drafts, index, pre_start):
            return
    before = _np_before(doc, d, pre_start)
    if before is not None:
        name, group, transitive = before
        if name is not None and not (transitive and q.kind is QuantityKind.COUNT):
            # "Shares of the carrier lost 3%": what changed by a rate is the phrase.
            d.subject = name
            in_vocabulary = name in doc.vocab.subjects
            d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
            # A rate read from the text yields to a measure named right after a
            # coordinated figure ("80% and 50% contained").
            d.subject_fallback = q.kind is QuantityKind.PERCENT
            if group is not None:
                d.group = group
            return
        if q.kind is QuantityKind.COUNT:
            topic = _topic(drafts, index, _TOPIC_SENTENCES)
            if topic is not None:
                d.subject, d.subject_basis = topic.subject, topic.subject_basis
                d.group = group if transitive else d.group
                return
    if q.kind is not QuantityKind.COUNT:
        return
    label = _label(doc, d)
    if label is not None:
        topic = _main_topic(drafts, index)
        if topic is not None:
            d.subject, d.subject_basis, d.group = topic.subject, topic.subject_basis, label
        return
    toks, lo, hi = _span_tokens(doc, d.sentence, pre_start, q.span[0])
    if (
        hi - lo >= 2
        and toks[hi - 1][2] == "of"
        and toks[hi - 2][2] in doc.vocab.word_class("change") | doc.vocab.word_class("whole")
    ):
        # "a gain of 106,000", "a total of 300"
        topic = _topic(drafts, index, _TOPIC_SENTENCES)
        if topic is not None:
            d.subject, d.subject_basis = topic.subject, topic.subject_basis


def _names_group(doc: _Doc, d: _Draft) -> str | None:
    """Capitalised words between a count and its noun: "169 Indian nationals"."""
    toks, lo, hi = _span_tokens(doc, d.sentence, d.quantity.span[1], d.noun_end)
    names: list[str] = []
    for k in range(lo, hi):
        raw = doc.text[toks[k][0] : toks[k][1]]
        if raw[:1].isupper() and toks[k][2] not in doc.vocab.word_class("function"):
            names.append(raw)
        elif names:
            break
    return " ".join(names) if names else None


def _estimate_subject(doc: _Doc, drafts: list[_Draft], index: int, pre_start: int) -> bool:
    """A figure an estimating frame gives: "Officers estimated the march at 40,000".

    The frame's noun says what is counted: a crowd word is people attending, a
    word of the vocabulary its subject ("put the toll at 40"), a bare "count" or
    "number" what the figures before it count (people when none does).
    """
    d = drafts[index]
    q = d.quantity
    m = _ESTIMATE_FRAME.search(doc.text, max(pre_start, q.span[0] - 80), q.span[0])
    if m is None or (m.group("at") is None and q.hedge is None):
        return False
    vocab = doc.vocab
    words = m.group("np").lower().split()
    head = words[-1]
    named = vocab.subject_for_form(head) or vocab.subject_for_cue(" ".join(words))
    if named is None:
        named = vocab.subject_for_cue(head)
    if _CROWD_CUE.search(head) or _STRONG_GROUPS.get(head) == "person":
        named = "person"
    elif named is None and head in vocab.word_class("whole"):
        topic = next(
            (
                p
                for p in reversed(drafts[max(0, index - _TOPIC_BACK) : index])
                if p.subject is not None and d.sentence - p.sentence <= _TOPIC_SENTENCES
            ),
            None,
        )
        named = topic.subject if topic is not None else "person"
    if named is None:
        d.subject, d.subject_basis = (
            subject_name(words[:-1], head, vocab.plurals),
            SubjectBasis.TEXT,
        )
    else:
        d.subject = named
    d.basis = Basis.ESTIMATE
    return True


def _read_basis(doc: _Doc, drafts: list[_Draft]) -> None:
    """Estimates, polls, forecasts, projections, preliminary and final counts.

    A cue in the figure's clause before it ("an estimated 40,000", "economists had
    expected 110,000", "preliminary results gave her 52%") or right after it
    ("100,000 were projected") says what kind of count the figure is.
    """
    vocab = doc.vocab
    previous: _Draft | None = None
    for d in drafts:
        q = d.quantity
        if d.basis is Basis.NONE and not d.negated:
            pre_start = _pre_start(doc, d, previous)
            clause = _clause_start(doc, pre_start, q.span[0])
            s_end = _sentence_span(doc, d)[1]
            toks, lo, hi = _span_tokens(
                doc, d.sentence, clause, _post_end(doc, d.noun_end, s_end, 25)
            )
            found = vocab.basis_cues.last(toks, lo, hi)
            if found is not None:
                d.basis = Basis(found[2])
        if d.subject in _VOTES and d.party is None:
            d.party = _vote_party(doc, d, previous)
        previous = d


def _vote_party(doc: _Doc, d: _Draft, previous: _Draft | None) -> str | None:
    """The party or candidate a vote figure is for ("Labour won 412 seats")."""
    q = d.quantity
    after = _PARTY_AFTER.match(doc.text, d.noun_end, min(len(doc.text), d.noun_end + 60))
    if after is None and d.noun_end != q.span[1]:
        after = _PARTY_AFTER.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 60))
    if after is not None:
        return after.group("name").rstrip(".")
    clause = _clause_start(doc, _pre_start(doc, d, previous), q.span[0])
    before = _PARTY_BEFORE.search(doc.text, clause, q.span[0])
    if before is None or (
        before.start() == _sentence_span(doc, d)[0]
        and before.group("name").lower() in doc.vocab.word_class("function")
    ):
        return None
    return before.group("name").rstrip(".")


def _np_after(doc: _Doc, d: _Draft, s_end: int) -> tuple[str, str | None, int] | bool | None:
    """The noun phrase a count heads: (subject, group, end), False for a noun no
    figure counts ("weeks", "views"), None when no noun follows.

    The head is the first plural noun (the noun itself after "one"); capitalised
    words before it are a name or a demonym, kept as the group ("169 Indian
    nationals", "eight Lakeside Lodge guests"); lower-case words before it keep
    what they restrict ("first responders"), less the words that restrict nothing.
    """
    vocab = doc.vocab
    text = doc.text
    q = d.quantity
    start = q.span[1]
    marks = _LEADING_MARKS.match(text, start)
    window = _post_end(doc, start if marks is None else marks.end(), s_end, _POST_SPAN)
    toks, lo, hi = _span_tokens(doc, d.sentence, start, window)
    function = vocab.word_class("function")
    plurals = vocab.plurals
    i = lo
    if i < hi and toks[i][2] == "of":
        # "thousands of firefighters", "17 of 47 counties", "two of the suspects"
        i += 1
        while i < hi and (
            toks[i][2] in ("the", "its", "their", "our") or toks[i][2].endswith("'s")
        ):
            i += 1
        if i < hi and toks[i][2][0].isdigit():
            i += 1
    if i < hi and toks[i][2] == "with":
        # "another 246 with serious injuries": people counted by what befell them
        for k in range(i + 1, min(hi, i + 4)):
            named = vocab.subject_for_form(toks[k][2])
            if named in _SUFFERED:
                return named, None, toks[k][1]
        return None
    names: list[str] = []
    words: list[tuple[str, int]] = []
    while i < hi and toks[i][2] in _MARKS:
        i += 1  # "7.4 million** open jobs", "two “relief flights”": emphasis and quotes
    while i < hi and len(names) + len(words) < _NP_MAX + 1:
        begin, end, word = toks[i]
        raw = text[begin:end]
        if not word[0].isalpha() or word in function or word.endswith("'s"):
            break
        if len(word) > 4 and word.endswith("ly"):
            break
        if raw[0].isupper() and not (raw.isupper() and len(raw) <= 5 and names == []):
            if words:
                break
            names.append(raw)
        else:
            words.append((word, end))
        i += 1
    if i < hi and toks[i][2] == "'s" and words:
        return None
    if not words:
        return None
    one = q.nominal == 1
    at = next((k for k, (w, _) in enumerate(words) if is_plural(w, plurals)), None)
    if at is None and one:
        at = len(words) - 1
    if at is None:
        return None
    head, end = words[at]
    if head in vocab.word_class("not_counted") or singular(head, plurals) in vocab.word_class(
        "not_counted"
    ):
        return False
    modifiers = [w for w, _ in words[:at] if w not in vocab.word_class("dropped")]
    if any(w.endswith(("ed", "ing")) for w in modifiers[-1:]) and len(modifiers) > 1:
        modifiers = modifiers[-1:]
    if at == 0 and head.endswith(("ed", "ing")) and not is_plural(head, plurals):
        return None  # "5,000 attended": a verb, not a noun
    group = " ".join(names) if names else None
    return subject_name(modifiers[-3:], head, plurals), group, end


def _np_before(doc: _Doc, d: _Draft, pre_start: int) -> tuple[str | None, str | None, bool] | None:
    """The noun phrase a verb joins to the figure after it: (subject, group, transitive).

    "Discouraged workers decreased by 212,000" (discouraged worker), "The number
    of unemployed people was 7.2 million" (unemployed person: "number" hands its
    count to the phrase after "of"), "Jobs in administration and support fell by
    nearly 20,000" (job, group "administration and support"). After a verb whose
    object the figure is ("Retail added 15,700"), the phrase is who did it: the
    subject is None and the phrase is the group. None when no such verb stands
    right before the figure.
    """
    vocab = doc.vocab
    q = d.quantity
    clause = _clause_start(doc, pre_start, q.span[0])
    toks, lo, hi = _span_tokens(doc, d.sentence, clause, q.span[0])
    fillers = vocab.word_class("dropped")
    end = hi
    while end > lo and toks[end - 1][2] in fillers:
        end -= 1
    link = None
    for j in range(lo, end):
        m = vocab.linking.match(toks, j, end) if toks[j][2] in vocab.linking.heads else None
        if m is not None and m[0] == end:
            link = j
            break
    if link is not None and link > lo and toks[link][2] in _PARTICLES:
        return None  # "shot down 99%": a particle of another verb, not "down 84,000"
    transitive = False
    if link is None and end > lo and toks[end - 1][2] in vocab.word_class("transitive"):
        link, transitive = end - 1, True
    if link is None:
        return None
    np_end = link
    group: str | None = None
    function = vocab.word_class("function")
    # Prepositional phrases between the noun and its verb: "Jobs in administration
    # and support fell", "average hourly earnings for all employees on private
    # payrolls rose"; the noun stands before the first of them. "The number of
    # unemployed people was": the phrase after "of" counts.
    pp = None
    for k in range(link - 1, max(lo, link - 10) - 1, -1):
        word = toks[k][2]
        if not word[0].isalpha() or word in vocab.cue_forms.heads:
            break
        if word in _PP_WORDS and k > lo and not _is_function(doc, toks[k - 1]):
            if word == "of" and toks[k - 1][2] in vocab.word_class("whole"):
                break
            pp = k
        elif _is_function(doc, toks[k]) and word not in fillers and word not in _NP_JOINERS:
            break
    if pp is not None:
        np_end = pp
        where = (toks[pp + 1][0], toks[link - 1][1])
        if not doc.times_in(where) and not set(doc.text[where[0] : where[1]].split()) & _NOT_PLACES:
            group = _phrase(doc, toks, pp + 1, link)
    words = _np_words(doc, toks, lo, np_end)
    first = toks[np_end - len(words)] if words else None
    if first is not None and (
        doc.times_in((first[0], toks[np_end - 1][1]))
        or doc.text[first[0] : toks[np_end - 1][1]] in _NOT_PLACES
    ):
        words = []  # "June revised down from 147,000": a time, the noun elided
    if not words:
        # "down 84,000 since January", "June's fell 133,000": the noun is elided.
        return (None, None, True) if np_end == link else None
    if (
        len(words) > 1
        and words[-1].endswith("ed")
        and is_plural(words[-2], vocab.plurals)
        and words[-2] not in _NP_JOINERS
    ):
        words.pop()  # "weekly hours labored", "jobs added": a participle after its noun
    if words[-1] in vocab.word_class("whole") or words[-1] in function:
        return None
    modifiers = [w for w in words[:-1] if w not in fillers][-3:]
    name = subject_name(modifiers, words[-1], vocab.plurals)
    if transitive and not is_plural(words[-1], vocab.plurals):
        return name, _phrase(doc, toks, np_end - len(words), np_end), True
    # "Mining and logging jobs lost 4,000": the vocabulary's job, in mining and logging;
    # "discouraged workers" are no people in general, and keep their own name.
    for k in range(len(words)):
        named = vocab.subject_for_form(" ".join(words[k:]))
        if named is not None:
            rest = [w for w in words[:k] if w not in fillers]
            if rest and _entry_person(vocab, named):
                break
            return named, " ".join(rest) or group, False
    return name, group, False


def _is_function(doc: _Doc, tok: Token) -> bool:
    """Whether a token is a function word ("may" is; "May" in mid-sentence is a name)."""
    if tok[2] not in doc.vocab.word_class("function"):
        return False
    return doc.text[tok[0]].islower() or doc.sentence_of(tok[0]) != doc.sentence_of(tok[0] - 1)


def _own_noun_before(doc: _Doc, d: _Draft, pre_start: int) -> bool:
    """Whether a figure's clause names its own noun before a linking verb ("..., whereas
    complete separations were 5.1 million"): then it shares no elided noun."""
    before = _np_before(doc, d, pre_start)
    return before is not None and before[0] is not None and not before[2]


def _np_lead(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> list[str]:
    """Determiners and possessives that open a noun phrase ("the", "May's")."""
    lead: list[str] = []
    function = doc.vocab.word_class("function")
    for k in range(lo, hi):
        word = toks[k][2]
        if word in function or word.endswith("'s") or word == "'s":
            lead.append(word)
        else:
            break
    return lead


def _np_words(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> list[str]:
    """The words of the noun phrase that ends at token ``hi`` (lower case).

    Read back from the end: the phrase stops at a function word, a possessive, a
    speech cue or punctuation; "and" joins two nouns ("mining and logging jobs").
    """
    vocab = doc.vocab
    vocab.word_class("function")
    words: list[str] = []
    k = hi - 1
    while k >= lo and len(words) < _NP_MAX:
        word = toks[k][2]
        if word in _NP_JOINERS and words and k > lo and toks[k - 1][2][0].isalpha():
            words.append(word)
            k -= 1
            continue
        if (
            not word[0].isalpha()
            or _is_function(doc, toks[k])
            or word.endswith("'s")
            or word in vocab.cue_forms.heads
            or vocab.event_forms.match(toks, k, hi) is not None
        ):
            break
        words.append(word)
        k -= 1
    while words and words[-1] in _NP_JOINERS:
        words.pop()
    words.reverse()
    return words


def _phrase(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    """The words of tokens ``lo..hi`` without their leading determiners, as written."""
    lead = len(_np_lead(doc, toks, lo, hi))
    if lo + lead >= hi:
        return None
    return doc.text[toks[lo + lead][0] : toks[hi - 1][1]].lower()


def _label(doc: _Doc, d: _Draft) -> str | None:
    """The label of a figure in a row of a list or table ("Healthcare (+55,000)")."""
    q = d.quantity
    m = _LABEL_BEFORE.search(doc.text, max(0, q.span[0] - 50), q.span[0])
    if m is None:
        return None
    signed = bool(m.group("sign")) or _SIGNED.match(q.surface) is not None
    if m.group("open") == "(" and not signed:
        return None
    label = m.group("label").strip()
    return label.lower() if label and len(label.split()) <= 4 else None


def _main_topic(drafts: list[_Draft], index: int) -> _Draft | None:
    """What the article counts most, for a row of a list or table with no noun
    ("Healthcare (+55,000)" in a jobs report): the subject of most counts before it."""
    before = drafts[max(0, index - _MAIN_TOPIC_BACK) : index]
    counts = Counter(
        p.subject
        for p in before
        if p.subject is not None and not p.negated and p.quantity.kind is QuantityKind.COUNT
    )
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p in reversed(before) if p.subject and counts[p.subject] == best)


def _topic(drafts: list[_Draft], index: int, reach: int) -> _Draft | None:
    """The last count before a figure that names what it counts, within ``reach`` sentences."""
    d = drafts[index]
    for p in reversed(drafts[max(0, index - _TOPIC_BACK) : index]):
        if d.sentence - p.sentence > reach:
            return None
        if (
            p.subject is not None
            and not p.negated
            and p.quantity.kind is QuantityKind.COUNT
            and p.subject not in _TOLLS
        ):
            return p
    return None


def _in_context(doc: _Doc, d: _Draft, name: str) -> bool:
    """Whether the figure's sentence has a word the subject requires (a magnitude a quake)."""
    needed = doc.vocab.subjects[name].requires_context
    if not needed:
        return True
    start, end = _sentence_span(doc, d)
    if doc.sentences:
        # "The main opposition party took 31.5 percent": the election may be named
        # in the sentences just before, or in the headline.
        start = doc.sentences[max(0, d.sentence - _CONTEXT_SENTENCES)][0]
    near = doc.lowered[start:end]
    if any(w.lower() in near for w in needed):
        return True
    head = _headline(doc)
    if head is None or head[0] >= start:
        return False
    headline = doc.lowered[head[0] : min(head[1], start)]
    return any(w.lower() in headline for w in needed)


def _headline(doc: _Doc) -> Span | None:
    """The first paragraph that is not page debris (the headline or the lede)."""
    for a, b in doc.paragraphs:
        if doc.debris.at(a) is None:
            return a, min(b, a + _HEADLINE_CHARS)
    return None


def _fits(vocab: Vocabulary, name: str, q: Quantity) -> bool:
    entry = vocab.subjects[name]
    if q.kind.value not in entry.kinds:
        return False
    if entry.units:
        unit = (q.unit or q.noun or "").lower()
        return unit in entry.units or unit.rstrip("s") in entry.units
    return not (q.kind is QuantityKind.MEASURE and q.unit and q.unit.lower() in _TIME_UNITS)


# ---------------------------------------------------------------- events and actors


def _read_events(doc: _Doc, drafts: list[_Draft]) -> None:
    vocab = doc.vocab
    previous: _Draft | None = None
    attacks: dict[int, bool] = {}  # sentence -> reports an attack (searched once)
    for index, d in enumerate(drafts):
        s_end = _sentence_span(doc, d)[1]
        if (
            index + 1 < len(drafts)
            and drafts[index + 1].sentence == d.sentence
            # "Fewer than 200 of its 700 buses were running": a whole, not a figure of its own
            and not _PART_GAP.match(
                doc.text, d.quantity.span[1], drafts[index + 1].quantity.span[0]
            )
        ):
            # "fired 300 rockets together with 8 shells that struck three villages":
            # the verb after the next figure is that figure's.
            s_end = min(s_end, max(d.noun_end, drafts[index + 1].quantity.span[0]))
        q = d.quantity
        same = previous is not None and previous.sentence == d.sentence
        pre_start = _pre_start(doc, d, previous)
        clause = _clause_start(doc, pre_start, q.span[0])
        if d.negated:
            post_start, post_end = q.span[0], min(s_end, q.span[1] + 30)
        else:
            # "62% of scheduled rail services were cancelled": a share's verb follows
            # the whole it is a share of.
            size = 70 if q.kind is QuantityKind.PERCENT else 45
            post_start = _past_aside(doc, d.noun_end, s_end)
            post_end = _post_end(doc, post_start, s_end, size)
        event = None
        toks, lo, hi = _span_tokens(doc, d.sentence, post_start, post_end)
        m = vocab.event_forms.first(toks, lo, hi)
        if m is not None:
            # A verb phrase may run past the window's cut: "damaged or destroyed".
            longer = vocab.event_forms.match(toks, m[0])
            if longer is not None:
                m = (m[0], longer[0], longer[1])
        reach = 70 if q.kind is QuantityKind.PERCENT else 30
        if m is not None and toks[m[0]][0] - post_start <= reach:
            event = m[2]
        if event is None and not d.negated and d.noun_end > q.span[1]:
            # "Hundreds were injured", "at least 45 killed": the word read as the
            # counted noun is the verb itself.
            toks, lo, hi = _span_tokens(doc, d.sentence, q.span[1], d.noun_end)
            m = vocab.event_forms.first(toks, lo, hi)
            if m is not None:
                event = m[2]
        actor = None
        if event is None and _SHARE_OF.search(doc.text, max(clause, q.span[0] - 30), q.span[0]):
            # "downed most of 495 drones": the verb before did its work on a share;
            # the figure is the whole, which no verb here counts.
            pass
        elif event is None:
            toks, lo, hi = _span_tokens(doc, d.sentence, clause, q.span[0])
            m = vocab.event_forms.last(toks, lo, hi)
            if m is not None:
                event = m[2]
                d.event_from_pre = True
                actor = _actor(doc, toks, lo, m[0])
            elif (
                same
                and previous is not None
                # "..., and 4,300 shelters were opened": a verb of its own, if unknown
                and not _AUX_AFTER.match(doc.text, d.noun_end)
                and (
                    d.elided
                    or _COORDINATION.match(doc.text, pre_start, q.span[0])
                    # "45 drones over seven regions": the places share the drones' event.
                    or _OVER_GAP.match(doc.text, pre_start, q.span[0])
                )
            ):
                event, actor = previous.event, previous.actor
                d.event_from_pre = previous.event_from_pre
        if q.kind in _NOT_TOLLS and event is not None:
            verb = vocab.events.get(event)
            if verb is not None and verb.person_subject:
                event = None  # "$120 million to help the displaced": no toll of money
        event = _toll_event(vocab, d.subject, event)
        if event == "launched" and _entry_person(vocab, d.subject):
            # "sent 1,500 soldiers" deployed them; "The victims included 9 crew
            # members" launched nothing.
            event = None if d.subject == "person" else "deployed"
        entry = vocab.subjects.get(d.subject or "")
        if entry is not None and entry.event_aliases and event is not None:
            event = entry.event_alias(event)  # "air defences destroyed 57 drones"
        if event is None and entry is not None:
            d.event_default = True
            event = entry.default_event
            if event == "hit" and not _attack_sentence(doc, drafts, d):
                # "Wreckage came down in five districts": places are hit in an attack.
                event = None
            if (
                event is None
                and d.subject in _WEAPONS
                and (
                    attacks[d.sentence]
                    if d.sentence in attacks
                    else attacks.setdefault(
                        d.sentence,
                        _ATTACK.search(doc.lowered, *_sentence_span(doc, d)) is not None,
                    )
                )
            ):
                # "The strikes came as 91 drones ...": weapons in an attack report
                # were launched unless a verb says otherwise, by whoever attacked.
                event = "launched"
                actor = _launcher(doc, *_span_tokens(doc, d.sentence, clause, q.span[0]))
        if actor is None and entry is not None and entry.default_event == "hit":
            # "unleashed 1,300 drones ... across 14 Ukrainian regions": the places
            # were hit by whoever fired; the demonym says where they are.
            if same and previous is not None:
                actor = previous.actor
        elif (
            actor is None
            and event not in _DEFENCE_EVENTS
            and not (entry is not None and (entry.person or entry.name in _TOLLS))
        ):
            # "91 Russian drones" were Russia's; "57 Ukrainian drones" shot down were
            # not downed by Ukraine; "three Israeli hostages" were not freed by Israel.
            actor = _demonym(doc, d, q.span[1], d.noun_end)
        d.event, d.actor = event, actor
        previous = d
    # "617 drones and 30 missiles were shot down": the verb after the last of a
    # list is every item's ("X, Y and Z were destroyed": right to left). A part
    # ("including 61 homes") and a clause of its own (", and dozens more damaged")
    # are not list items.
    for a, b in reversed(list(itertools.pairwise(drafts))):
        if (
            a.event is None
            and b.event is not None
            and not b.event_from_pre
            and a.sentence == b.sentence
            and not a.negated
            and _LIST_GAP.match(doc.text, a.noun_end, b.quantity.span[0])
            and not _INCLUDED.search(doc.text, max(0, a.quantity.span[0] - 40), a.quantity.span[0])
        ):
            a.event = _toll_event(vocab, a.subject, b.event)
            verb = vocab.events.get(a.event or "")
            if a.subject == "person" and verb is not None and verb.person_subject:
                a.subject = verb.person_subject  # "40 people and 7 officers were injured"
                a.group = a.group or _people_noun(vocab, a.quantity.noun)
    # "405 of the drones were destroyed": for weapons in the air, destroyed is
    # intercepted (each subject's ``event_aliases``). "The quake claimed 40 lives":
    # a toll with no verb of its own is what befell the people counted.
    for d in drafts:
        if d.event is None and d.subject in _SUFFERED and not d.negated:
            d.event = _toll_event(vocab, d.subject, "killed")
        if (
            d.subject == "aerial target"
            and d.event == "hit"
            and _GROUND_TARGETS.match(doc.text, d.quantity.span[1], d.noun_end)
        ):
            # "its jets struck more than 100 Hezbollah targets": targets on the ground.
            d.subject = "location"
        entry = vocab.subjects.get(d.subject or "")
        if entry is not None and entry.event_aliases and d.event is not None:
            d.event = entry.event_alias(d.event)  # "sent 300 troops": deployed
        if d.event == "launched" and entry is not None and entry.person:
            # "The victims included two women": people are not fired ("included",
            # "sent" and "used" launch weapons only).
            d.event = None


def _attack_sentence(doc: _Doc, drafts: list[_Draft], d: _Draft) -> bool:
    """Whether a figure's sentence reports an attack: a word of attack, or weapons
    counted in it ("unleashed 1,300 drones ... across 14 regions")."""
    if _ATTACK.search(doc.lowered, *_sentence_span(doc, d)) or _IMPACT.search(
        doc.lowered, *_sentence_span(doc, d)
    ):
        return True
    return any(p.sentence == d.sentence and p.subject in _AIR_WEAPONS for p in drafts)


def _toll_subject(doc: _Doc, d: _Draft, drafts: list[_Draft]) -> None:
    """A count of people a toll befell is the toll; the people are its group.

    "Among the dead are 12 children" counts deaths (group ``child``), "three
    firefighters were hurt" injured firefighters, "the deaths of six residents"
    deaths: the rows of deaths meet whatever words counted them.
    """
    vocab = doc.vocab
    if d.negated or d.quantity.kind is not QuantityKind.COUNT or d.subject is None:
        return
    if d.subject in _GROUPED_TOLLS:
        # "including four medical students" of a death toll: deaths, medical students
        d.group = d.group or _people_noun(vocab, d.quantity.noun)
        if d.group is None and d.part_of is not None and d.part_of < len(drafts):
            d.group = drafts[d.part_of].group  # "Nine stewards were hurt, two of them ..."
        return
    people = _entry_person(vocab, d.subject) or (
        d.subject_basis is SubjectBasis.TEXT and d.subject not in vocab.subjects
    )
    if not people:
        return
    toll = None
    verb = vocab.events.get(d.event or "")
    if verb is not None and verb.person_subject in _GROUPED_TOLLS:
        toll = verb.person_subject
    else:
        toks, lo, hi = _span_tokens(
            doc, d.sentence, max(0, d.quantity.span[0] - 30), d.quantity.span[0]
        )
        if hi - lo >= 2 and toks[hi - 1][2] == "of":
            named = vocab.subject_for_form(toks[hi - 2][2])
            if named in _SUFFERED:
                toll = named  # "the deaths of six residents"
                d.event = _toll_event(vocab, named, "killed")
    if toll is None:
        return
    if d.subject == "person" and d.group is None:
        d.group = _people_noun(vocab, d.quantity.noun)  # "Among the dead are 12 children"
    elif d.subject != "person" and d.group is None:
        d.group = d.subject
    elif d.subject != "person" and d.group is not None:
        d.group = f"{d.group} {d.subject}"
    d.subject, d.subject_basis = toll, SubjectBasis.VOCABULARY


def _people_noun(vocab: Vocabulary, noun: str | None) -> str | None:
    """The scanner's noun as the group of a toll: "child", "steward"; None for
    "people" and for a word of the toll itself ("dead")."""
    if not noun or noun in ("person", "people") or noun in vocab.word_class("function"):
        return None
    if vocab.subject_for_form(noun) not in (None, "person"):
        return None
    return singular(noun, vocab.plurals)


def _entry_person(vocab: Vocabulary, subject: str | None) -> bool:
    """Whether a subject counts people ("troop", "rescuer", "person")."""
    entry = vocab.subjects.get(subject or "")
    return entry is not None and entry.person


def _toll_event(vocab: Vocabulary, subject: str | None, event: str | None) -> str | None:
    """The event a toll's own noun names, over a verb borrowed from a neighbour.

    "9 people have died and 14 are missing": the 14 are missing, not killed. A
    toll (deaths, injured, missing) takes its own event over any verb that is not a
    toll's ("as earthquake hits").
    """
    if subject is None or event is None or subject == "person":
        return event
    entry = vocab.events.get(event)
    # A verb any group of people may undergo ("released", "rescued") is no toll's own.
    if entry is None or entry.person_subject in (None, "person"):
        if subject not in _SUFFERED:
            return event
        # "At least 40 dead as earthquake hits Turkey", "1,000 injured when a quake
        # struck": what hit is the quake; a toll's own event is what befell them.
    elif entry.person_subject == subject:
        return event
    own = [e.name for e in vocab.events.values() if e.person_subject == subject]
    return own[0] if len(own) == 1 else event


def _actor(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    found = doc.vocab.entity_forms.last(toks, lo, hi, doc.text)
    if found is None:
        return None
    k = found[0] - 1
    while k > lo and toks[k][2] in _PLACE_FILLERS:
        k -= 1
    if k >= lo and toks[k][2] in _NP_STOP:
        return None  # "strikes on Ukraine came as ...": a target, not the actor
    if found[1] < hi and doc.vocab.cue_forms.match(toks, found[1], hi) is not None:
        return None  # "officials said the assault included ...": a source, not the actor
    if doc.vocab.entity_type(found[2]) in ("country", "organization"):
        return doc.vocab.canonical_entity(found[2])
    return None


def _launcher(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    """The first country or organisation heading the clause ("Russia attacked Odesa
    with 47 drones"), not one after a preposition or naming a source."""
    vocab = doc.vocab
    while lo < hi:
        found = vocab.entity_forms.first(toks, lo, hi, doc.text)
        if found is None:
            return None
        start, end, name = found
        lo = end
        if start > 0 and toks[start - 1][2] in _NP_STOP:
            continue
        if end < hi and vocab.cue_forms.match(toks, end, hi) is not None:
            continue
        if vocab.entity_type(name) in ("country", "organization"):
            return vocab.canonical_entity(name)
    return None


def _demonym(doc: _Doc, d: _Draft, start: int, end: int) -> str | None:
    """The country a demonym inside the noun phrase names ("91 Russian drones")."""
    if end <= start:
        return None
    toks, lo, hi = _span_tokens(doc, d.sentence, start, end)
    m = doc.vocab.adjective_forms.first(toks, lo, hi, doc.text)
    return None if m is None else doc.vocab.adjective_entity(m[2])


# ---------------------------------------------------------------- parts of wholes


def _read_parts(doc: _Doc, drafts: list[_Draft]) -> None:
    for i, d in enumerate(drafts):
        q = d.quantity
        if _part_of_list(doc, drafts, i):
            continue
        if i > 0 and _INCLUDING.search(doc.text, max(0, q.span[0] - 30), q.span[0]):
            whole = drafts[i - 1]
            if (
                whole.sentence == d.sentence
                and not whole.negated
                and whole.part_of is None
                and whole.quantity.kind is q.kind
                and _fits_inside(q, whole.quantity)
            ):
                # "78 structures destroyed, including 52 homes": a part of the
                # whole, counted by the same verb.
                _take_part(d, i - 1, whole)
                continue
        if i > 0 and drafts[i - 1].part_of is not None and not d.negated:
            # "killed 42, including 18 children and nine women": every item of the list.
            item = drafts[i - 1]
            whole_index = item.part_of
            assert whole_index is not None
            whole = drafts[whole_index]
            if (
                item.sentence == d.sentence
                and item.quantity.kind is q.kind
                and _LIST_GAP.match(doc.text, item.noun_end, q.span[0])
                and _INCLUDING.search(
                    doc.text, max(0, item.quantity.span[0] - 30), item.quantity.span[0]
                )
                and _fits_inside(q, whole.quantity)
            ):
                _take_part(d, whole_index, whole)
                continue
        front = _FRONT_PART.match(doc.text, _sentence_span(doc, d)[0], q.span[0])
        if front is not None:
            _fronted_part(doc, drafts, i, front)
            continue
        if d.subject in _TOLLS and (
            # Bounded by the sentence: the regex module scans the whole window for
            # "among" first, and an open window reaches the end of the text.
            _AMONG_AFTER.match(doc.text, q.span[1], _sentence_span(doc, d)[1])
            or _AMONG_BEFORE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
        ):
            _among_part(doc, drafts, i)
            continue
        m = _PART_OF.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 20))
        if m is None:
            continue
        det = m.group("det").lower()
        if det in ("those", "these") and _DESCRIBED_AFTER.match(doc.text, m.end()):
            det = "the"
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            nxt is not None
            and nxt.sentence == d.sentence
            and nxt.quantity.span[0] < d.noun_end
            and nxt.subject == d.subject
            and _fits_inside(d.quantity, nxt.quantity)
        ):
            # "Fewer than 200 of the capital's 700 buses": the whole is inside the
            # part's own noun phrase; it is a total, not what the verb did.
            d.part_of = i + 1
            if nxt.event == d.event:
                nxt.event = "total"
            continue
        pronoun = det in _PARTITIVE_PRONOUNS
        for j in range(i - 1, -1, -1):
            whole = drafts[j]
            # "of them" points at the last sentence; "of the injured" names its whole
            # and may reach a little further back in the story.
            if d.sentence - whole.sentence > (1 if det in _PARTITIVE_PRONOUNS else _PART_REACH):
                break
            if whole.negated:
                continue
            if whole.part_of is not None and not (
                det in _PARTITIVE_PRONOUNS and whole.sentence == d.sentence
            ):
                continue  # "Of the injured, 25 remained in hospital, six of them ..."
            if q.kind is QuantityKind.PERCENT and whole.quantity.kind is QuantityKind.PERCENT:
                continue  # "70 percent of the victims": a share of a noun, not of a share
            same_subject = whole.subject == d.subject
            if same_subject or pronoun:
                if _fits_inside(d.quantity, whole.quantity):
                    d.part_of = j
                    if d.subject is None:
                        d.subject = whole.subject
                    if d.event is None and d.subject == whole.subject:
                        # "32 officers were hurt, three of them seriously", "72 of the
                        # deaths were in Antakya"
                        d.event = whole.event
                break


def _part_of_list(doc: _Doc, drafts: list[_Draft], i: int) -> bool:
    """ "502 drones and 24 missiles, of which 430 drones and 21 missiles were shot
    down": each share named after "of which" (and each next item of a list of
    shares) is part of the whole of its own kind. Links ``drafts[i]`` and returns
    True when one such whole is found.
    """
    d = drafts[i]
    if d.subject is None:
        return False
    start = d.quantity.span[0]
    prev = drafts[i - 1] if i > 0 else None
    listed = (  # "of which 430 drones and 21 missiles": the list goes on
        prev is not None
        and prev.part_of is not None
        and prev.sentence == d.sentence
        and _LIST_GAP.match(doc.text, prev.noun_end, start) is not None
    )
    if not listed and not _OF_WHICH_BEFORE.search(doc.text, max(0, start - 20), start):
        return False
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > 1:
            return False
        if whole.part_of is None and not whole.negated and whole.subject == d.subject:
            if not _fits_inside(d.quantity, whole.quantity):
                return False
            d.part_of = j
            return True
    return False


def _take_part(d: _Draft, index: int, whole: _Draft) -> None:
    """Make ``d`` a part of ``whole``: the whole's verb, and its toll ("including 18
    children" of a death toll are deaths)."""
    d.part_of = index
    if d.event is None or d.event_from_pre or d.event_default:
        d.event = whole.event
    if d.subject == "person" and whole.subject in _TOLLS:
        d.subject = whole.subject


def _among_part(doc: _Doc, drafts: list[_Draft], i: int) -> None:
    """ "Four children were among the dead": a part of the toll given before."""
    d = drafts[i]
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > _PART_REACH:
            return
        if whole.negated or whole.part_of is not None or whole.subject != d.subject:
            continue
        if whole.sentence != d.sentence and _fits_inside(d.quantity, whole.quantity):
            d.part_of = j
        return


def _fronted_part(doc: _Doc, drafts: list[_Draft], i: int, front: regex.Match[str]) -> None:
    """The whole a part after "Of the 42 miners," / "Of the wounded," / "Of the total," is in:
    the figure inside the fronted phrase, else the last one of the same subject (any of
    the same kind for "the total").
    """
    d = drafts[i]
    q = d.quantity
    words = front.group("np").lower().split()
    total = bool(words) and words[-1] in _WHOLE_WORDS
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > _PART_REACH:
            return
        if whole.negated or whole.part_of is not None or whole.quantity.kind is not q.kind:
            continue
        inside = whole.sentence == d.sentence and whole.quantity.span[0] >= front.start("np")
        if inside or whole.subject == d.subject or total:
            if _fits_inside(q, whole.quantity):
                d.part_of = j
                if inside and whole.event == d.event:
                    whole.event = "total"  # "Of the 42 miners, 35 were rescued"
                elif d.event is None and whole.subject == d.subject:
                    d.event = whole.event  # "Of the dead, 12 were children"
            return


def _fits_inside(part: Quantity, whole: Quantity) -> bool:
    if part.kind is QuantityKind.PERCENT:
        return True
    high = whole.value.high
    return high is None or part.nominal <= high


# ---------------------------------------------------------------- places


def _read_places(doc: _Doc, drafts: list[_Draft]) -> None:
    """The place of each figure: named in its sentence, else carried from context.

    A figure whose sentence names no place takes the latest place named in the
    sentences before it, no more than one paragraph back ("Tens of thousands
    marched in Madrid on Saturday. Organisers said more than 100,000 took part."),
    marked :attr:`LocationBasis.CONTEXT`; a passage that keeps giving figures keeps
    its place. Nothing is carried to a count of places ("14 regions"), to money, a
    share or a measure (see ``_CARRIED_KINDS``), or to a sentence that widens its own
    scope ("across the country", "elsewhere", "in total"); a place fronted in its
    sentence ("In Opole province alone, 5 people died") scopes that sentence only.
    """
    content = _content_paragraphs(doc) if doc.sentences else []
    named: list[str] = []  # places stated so far, for "the capital"
    context: tuple[str, int, int] | None = None  # place, sentence, paragraph rank
    scanned = -1  # sentences up to this index were searched for a context place
    widened: dict[int, bool] = {}  # sentence -> widens its own scope (searched once)
    for d in drafts:
        s_start, s_end = _sentence_span(doc, d)
        q = d.quantity
        # "14 Ukrainian regions" are in Ukraine; "91 Russian drones" are not in Russia.
        entry = doc.vocab.subjects.get(d.subject or "")
        is_place = entry is not None and entry.default_event is not None
        location = _demonym(doc, d, q.span[1], d.noun_end) if is_place else None
        if location is None:
            location = _place_near(
                doc, d.sentence, d.noun_end, _place_after_end(doc, d.noun_end, s_end)
            )
        if location is None:
            location = _place_near(
                doc, d.sentence, max(s_start, q.span[0] - _PRE_SPAN), q.span[0], last=True
            )
        if location is None:
            location = _the_capital(doc, d, named)
        if location is not None and not is_place:
            named.append(location)
        if not content:
            d.location = location
            if location is not None:
                d.location_basis = LocationBasis.STATED
            continue
        paragraph = content[doc.paragraph_of(s_start)]
        if location is not None:
            d.location, d.location_basis = location, LocationBasis.STATED
            if not _FRONTED_PLACE.match(doc.text, s_start, s_end):
                context = (location, d.sentence, paragraph)
            scanned = max(scanned, d.sentence)
            continue
        if (
            is_place
            or d.subject in _PLACE_SUBJECTS
            or q.kind not in _CARRIED_KINDS
            or (
                widened[d.sentence]
                if d.sentence in widened
                else widened.setdefault(
                    d.sentence, _NO_CARRY.search(doc.text, s_start, s_end) is not None
                )
            )
        ):
            continue
        # The figure-less sentences since the last search, latest first: the first
        # place found is the latest, and replaces an older context.
        floor = max(scanned, context[1] if context is not None else -1)
        for before in range(d.sentence - 1, floor, -1):
            b_start, b_end = doc.sentences[before]
            b_paragraph = content[doc.paragraph_of(b_start)]
            if paragraph - b_paragraph > 1:
                break
            if doc.debris.at(b_start) is not None or _FRONTED_PLACE.match(doc.text, b_start, b_end):
                continue
            place = _place_near(doc, before, b_start, b_end, last=True, words=_CONTEXT_LOCATIVES)
            if place is not None:
                context = (place, before, b_paragraph)
                break
        scanned = max(scanned, d.sentence - 1)
        if context is not None and paragraph - context[2] <= 1:
            d.location, d.location_basis = context[0], LocationBasis.CONTEXT
            context = (context[0], context[1], paragraph)  # the story goes on there


def _the_capital(doc: _Doc, d: _Draft, named: list[str]) -> str | None:
    """The city "in the capital" means: the latest place stated so far that is a
    capital, or the capital of the latest country stated ("Russia hit Ukraine ...
    In the capital, two people were killed" is Kyiv).
    """
    s_start, s_end = _sentence_span(doc, d)
    q = d.quantity
    start = max(s_start, q.span[0] - _PRE_SPAN)
    m = _THE_CAPITAL.search(doc.text, start, _place_after_end(doc, d.noun_end, s_end))
    if m is None:
        return None
    if m["name"] is not None:  # "In the capital, Kyiv, ...": named after all
        name = m["name"].removesuffix("'s").removesuffix("’s")
        if name not in _NOT_PLACES and doc.vocab.entity_type(name) in (None, "place", "country"):
            return doc.vocab.canonical_entity(name) or name
        return None
    for place in reversed(named):
        capital = doc.vocab.capital(place)
        if capital is not None:
            return capital
    return None


def _place_after_end(doc: _Doc, start: int, s_end: int) -> int:
    limit = min(s_end, start + 110)
    cut = _PLACE_CUT.search(doc.text, start, limit)
    return limit if cut is None else cut.start()


def _place_near(
    doc: _Doc,
    sentence: int,
    start: int,
    end: int,
    *,
    last: bool = False,
    words: frozenset[str] = _LOCATIVE_WORDS,
) -> str | None:
    """The place named after a locative word ("in", "across", "hit") in the range."""
    toks, lo, hi = _span_tokens(doc, sentence, start, end)
    found = None
    for i in range(lo, hi):
        if toks[i][2] not in words:
            continue
        j = i + 1
        while j < hi and toks[j][2] in _PLACE_FILLERS:
            j += 1
        if j < hi:
            place = _place_at(doc, toks, j, hi, loose=toks[i][2] in _NAMING_LOCATIVES)
            if place is not None:
                if not last:
                    return place
                found = place
    return found


def _place_at(
    doc: _Doc, toks: Sequence[Token], i: int, hi: int, *, loose: bool = True
) -> str | None:
    """The place a phrase starting at token ``i`` names, if it names one.

    A gazetteer place or country, a "<Name> County/Province/..." pattern, or (only
    after "in", "at" or "near", ``loose``) a capitalised name that is not an
    organisation's ("in Ministry statements" names no place). A possessive yields
    to the place it qualifies: "Ukraine's capital city of Kyiv" is Kyiv.
    """
    vocab = doc.vocab
    text = doc.text
    k = next((k for k in range(i, min(hi, i + 3)) if toks[k][2].endswith("'s")), None)
    if k is not None and len(toks[k][2]) > 2:
        j = k + 1
        while j < hi and toks[j][2] in _PLACE_FILLERS:
            j += 1
        if j < hi and j > k + 1:
            inner = _place_at(doc, toks, j, hi, loose=False)
            if inner is not None:
                return inner
        owner = text[toks[i][0] : toks[k][1] - 2]
        if vocab.entity_type(owner) in ("place", "country"):
            return vocab.canonical_entity(owner)
    m = vocab.entity_forms.match(toks, i, hi, text)
    if m is not None and vocab.entity_type(m[1]) in ("place", "country"):
        if _ORGANISATION_AFTER.match(text, toks[m[0] - 1][1]):
            return None  # "the US Geological Survey", "Kyiv City Council": a body's name
        return vocab.canonical_entity(m[1])
    a = vocab.adjective_forms.match(toks, i, hi, text)
    if a is not None:
        if _ORGANISATION_AFTER.match(text, toks[a[0] - 1][1]):
            return None  # "the Ukrainian Air Force" names no place
        return vocab.adjective_entity(a[1])
    g = _GENERIC_PLACE.match(text, toks[i][0], toks[hi - 1][1])
    if g is not None:
        *head, kind = g.group().split()
        return " ".join([*head, kind.capitalize()])
    if not loose:
        return None
    c = _CAPITAL_PLACE.match(text, toks[i][0], toks[hi - 1][1])
    if c is not None:
        words = [w.removesuffix("'s").removesuffix("’s") for w in c.group().split()]
        if any(w in _NOT_PLACES or w.lower() in _ORGANISATION_WORDS for w in words):
            return None
        if any(w in _NOT_PLACE_NAMES for w in words):
            return None
        if (
            len(words) == 1
            and words[0].endswith(_DEMONYM_ENDINGS)
            and _LOWER_WORD_AFTER.match(text, c.end())
        ):
            return None  # "in Colombian runoff": an adjective, not a place
        name = " ".join(words)
        if vocab.entity_type(name) in (None, "place", "country"):
            return vocab.canonical_entity(name) or name
    return None


# ---------------------------------------------------------------- attribution


def _cue_spans(doc: _Doc, sentence: int) -> list[tuple[int, int, CueEntry]]:
    """The cues of a sentence in order, (start, end, entry), found once per sentence."""
    cached = doc._cues.get(sentence)
    if cached is not None:
        return cached
    out: list[tuple[int, int, CueEntry]] = []
    if doc._cue_sentences is None:
        doc._cue_sentences = sentences_with_cues(
            doc.lowered, doc.sentence_starts, doc.vocab.cue_phrases
        )
    if sentence in doc._cue_sentences:
        toks, _ = _tokens(doc, sentence)
        heads = doc.vocab.cue_forms.heads  # most tokens start no cue: skip the call
        i = 0
        while i < len(toks):
            m = doc.vocab.cue_forms.match(toks, i) if toks[i][2] in heads else None
            if m is None:
                i += 1
                continue
            cue = doc.vocab.cue(m[1])
            c_start, c_end = toks[i][0], toks[m[0] - 1][1]
            i = m[0]
            if cue is not None:
                out.append((c_start, c_end, cue))
    doc._cues[sentence] = out
    return out


def _anchors(doc: _Doc, sentence: int) -> list[_Anchor]:
    cached = doc._anchors.get(sentence)
    if cached is not None:
        return cached
    s_start, s_end = doc.sentences[sentence]
    out: list[_Anchor] = []
    for c_start, c_end, cue in _cue_spans(doc, sentence):
        if cue.position == "after":
            found = _party_after(doc, c_end, s_end)
        else:
            found = _party_before(doc, s_start, c_start)
            if found is None:
                found = _party_inverted(doc, c_end, s_end)
        if found is None:
            # An unnamed speaker still dates the speech ("the governor said on Monday").
            out.append(
                _Anchor(c_start, c_end, None, cue.role, None, cue.phrase, None, cue.position)
            )
            continue
        name, kind, span = found
        out.append(_Anchor(c_start, c_end, name, cue.role, kind, cue.phrase, span, cue.position))
    doc._anchors[sentence] = out
    return out


def _party_after(doc: _Doc, start: int, end: int) -> tuple[str, str | None, Span] | None:
    stop = min(end, start + 70)
    cut = _AFTER_CUT.search(doc.text, start, stop)
    if cut is not None:
        stop = cut.start()
    window = doc.text[start:stop]
    lead = len(window) - len(window.lstrip())
    return _party(doc, window.strip(), start + lead)


def _party_before(doc: _Doc, s_start: int, cue_start: int) -> tuple[str, str | None, Span] | None:
    text = doc.text
    lo = max(s_start, cue_start - 70)
    cut = _last(_PARTY_CUT, text, lo, cue_start)
    piece_start = lo if cut is None else cut.end()
    piece = _strip_auxiliaries(text[piece_start:cue_start])
    if piece.lower() == "which" and cut is not None:
        # "the Ukrainian air force, which said": the party is the antecedent.
        inner = _last(_ANTECEDENT_CUT, text, lo, cut.start())
        piece_start = lo if inner is None else inner.end()
        piece = text[piece_start : cut.start()].strip()
    elif not piece and cut is not None and cut.group() == ",":
        # "The CGTP union, which organised the protest, said": the party stands
        # before the parenthetical the cue follows.
        lo = max(s_start, cut.start() - 160)
        opened = _last(_PARTY_CUT, text, lo, cut.start())
        if opened is not None and opened.group() == ",":
            outer = _last(_PARTY_CUT, text, lo, opened.start())
            piece_start = lo if outer is None else outer.end()
            piece = _strip_auxiliaries(text[piece_start : opened.start()])
    elif not piece and cut is not None and cut.group() == ")":
        # "the International Organization for Migration (IOM) said": the name
        # before the abbreviation.
        paren = text.rfind("(", lo, cut.start())
        if paren >= 0:
            outer = _last(_PARTY_CUT, text, lo, paren)
            piece_start = lo if outer is None else outer.end()
            piece = _strip_auxiliaries(text[piece_start:paren])
    if not piece:
        return None
    offset = text.find(piece, piece_start, cue_start)
    return _party(doc, piece, max(offset, piece_start))


def _party_inverted(doc: _Doc, start: int, end: int) -> tuple[str, str | None, Span] | None:
    """``..., said Ukraine's military chief, Valerii Zaluzhnyi.``"""
    raw = doc.text[start : min(end, start + 80)]
    window = raw.strip(" ,.")
    if not window or not (window[0].isupper() or window.startswith(("the ", "a ", "an "))):
        return None
    if not window.split()[0].replace(".", "").replace("'", "").replace("’", "").isalpha():
        return None  # "announced C$25 million": a figure, not a speaker
    return _party(doc, window, start + raw.find(window))


def _party(doc: _Doc, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """Resolve a noun phrase to a named source: (name, entity type, span)."""
    vocab = doc.vocab
    phrase = phrase.strip(" ,.")
    if not phrase or len(phrase) > 90:
        return None
    low = phrase.lower()
    if low in _PRONOUNS:
        return _resolve_pronoun(doc, offset, _PRONOUNS[low], phrase)
    toks = tokenize(phrase)
    found = vocab.entity_forms.last(toks, 0, len(toks), phrase) if toks else None
    while (
        found is not None
        and found[0] > 0
        and toks[found[0] - 1][2] in _PLACE_PREPOSITIONS
        and vocab.entity_type(found[2]) in ("place", "country")
    ):
        # "officials in British Columbia said": the place qualifies the speaker.
        found = vocab.entity_forms.last(toks, 0, found[0] - 1, phrase)
    if found is not None:
        tail = phrase[toks[found[1] - 1][1] :].strip()
        if tail and tail[0].isupper():
            found = None  # "Kyiv Mayor Vitali Klitschko": the name comes last
        elif (
            tail
            and tail.split()[-1].lower().strip(".,") in _ORGANISATION_WORDS
            and vocab.entity_type(found[2]) in ("place", "country")
        ):
            # "the Gaza health ministry", "the Kharkiv regional administration": a
            # place that qualifies a body names no source by itself.
            body = _organisation(phrase, offset)
            if body is not None:
                return body
    if found is not None:
        name = vocab.canonical_entity(found[2])
        if name is not None:
            span = (offset + toks[found[0]][0], offset + toks[found[1] - 1][1])
            return name, vocab.entity_type(found[2]), span
    placed = _BODY_IN_PLACE.search(phrase)
    if placed is not None:
        # "the government's delegation in Madrid counting": the body, not its town.
        body = _organisation(placed["body"], offset)
        if body is not None:
            return body
        name = (
            placed["body"].split(" ", 1)[1]
            if placed["body"].lower().startswith("the ")
            else placed["body"]
        )
        at = phrase.find(name)
        return name, "organization", (offset + at, offset + at + len(name))
    words = _trailing_name(phrase)
    if words:
        while words and words[0].lower() in _NOT_A_SOURCE:
            words.pop(0)
        titled = [
            i
            for i, w in enumerate(words)
            if w.lower().strip(".") in _TITLES
            # "the General Staff", "the Attorney General's Office": part of a body's name
            and not (i + 1 < len(words) and words[i + 1].lower().strip(".,") in _BODY_HEADS)
        ]
        if titled and titled[-1] < len(words) - 1:
            words = words[titled[-1] + 1 :]
        # "the Minister of Labour, Olivier Dussopt": the name follows the comma.
        appositive = [i for i, w in enumerate(words[:-1]) if w.endswith(",")]
        if appositive:
            words = words[appositive[-1] + 1 :]
        while words and words[0] in _NAME_JOINERS:
            words.pop(0)
        if words and words[-1] in _NOT_PLACES:
            words = []  # "... on Thursday": a day or a month never gives a figure
        if words and len(words) <= 6:
            name = " ".join(words)
            at = max(phrase.rfind(name), 0)
            return name, None, (offset + at, offset + at + len(name))
    body = _organisation(phrase, offset)
    if body is None:
        body = _antecedent(doc, phrase, offset)
    return body


def _antecedent(doc: _Doc, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """What "the ministry said" points back to: the last body named with that head.

    "The Health Ministry said 45 people were killed. The ministry said 120 others
    were injured.": the second figure is the Health Ministry's too. Only a phrase
    ending in a bare "the <body word>" is resolved, to a name of two words or more
    given earlier.
    """
    m = _ANAPHOR.search(phrase)
    if m is None:
        return None
    head = m["head"].lower()
    pattern = _HEADED.get(head)
    if pattern is None:
        return None
    # The last body so named that is not itself a bare "the ministry": following one
    # of those back would chain through every earlier mention (and recurse).
    window = pattern.finditer(doc.text, max(0, offset - _ANTECEDENT_REACH), offset)
    named = [m for m in deque(window, maxlen=_ANTECEDENT_TRIES) if not _ANAPHOR.search(m.group())]
    if not named:
        return None
    last = named[-1]
    found = _party(doc, last.group(), last.start())
    if found is None or " " not in found[0] or found[0].lower() == phrase.lower():
        return None
    return found


def _organisation(phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """A body named by a common noun: "the transport ministry", "a count by this newspaper".

    The name is the noun phrase that ends on an organisation word, from its
    determiner or preposition on ("the CGTP union federation" -> "CGTP union
    federation").
    """
    words = phrase.split()
    head = words[-1].lower().strip(".,") if words else ""
    speaker = head in _SPEAKER_HEADS
    if not speaker and head not in _ORGANISATION_WORDS:
        return None
    kept: list[str] = []
    stop = ""
    for word in reversed(words[-5:]):
        low = word.lower()
        if low in _NOT_A_SOURCE or low in _NP_STOP or low in _CLAUSE_WORDS or low in ("a", "an"):
            stop = low
            break
        if word[:1].islower() and low.endswith(("'s", "’s")):
            stop = "the"  # "the region's emergency services": a common-noun owner is no name
            break
        kept.append(word)
    if len(kept) == 1 and stop not in ("this", "our"):
        return None  # "the agency said": an anaphor; only "this newspaper" names itself
    kept.reverse()
    named = _named_within(kept, _SPEAKER_HEADS if speaker else _MEDIA_TAIL)
    if named is not None:
        kept = named  # "an IOM spokesman" speaks for the IOM
    name = " ".join(kept)
    at = phrase.rfind(name)
    kind = "person" if speaker and named is None else "organization"
    return name, kind, (offset + at, offset + at + len(name))


def _named_within(words: list[str], tail: frozenset[str]) -> list[str] | None:
    """The proper name before a common-noun tail: "Tasnim" of "semi-official Tasnim
    news agency", "IOM" of "IOM spokesman" (a name is capitalised and no possessive)."""
    k = len(words)
    while k > 0 and words[k - 1].lower().strip(".,") in tail:
        k -= 1
    if k == len(words) or k == 0:
        return None
    j = k
    while j > 0 and words[j - 1][:1].isupper() and not words[j - 1].endswith(("'s", "’s")):
        j -= 1
    return words[j:k] if j < k else None


def _strip_auxiliaries(piece: str) -> str:
    words = piece.split()
    while words and words[-1].lower() in _AUX_TAIL_WORDS:
        words.pop()
    return " ".join(words)


def _trailing_name(phrase: str) -> list[str]:
    """The run of capitalised words that ends a phrase ("Mayor Vitali Klitschko")."""
    words = phrase.split()
    out: list[str] = []
    for word in reversed(words[-8:]):
        if word[:1].isupper() or (word in _NAME_JOINERS and out):
            out.append(word)
        else:
            break
    while out and out[-1] in _NAME_JOINERS:
        out.pop()
    return list(reversed(out))


def _resolve_pronoun(
    doc: _Doc, offset: int, kind: str, phrase: str
) -> tuple[str, str | None, Span] | None:
    span = (offset, offset + len(phrase))
    vocab = doc.vocab
    if kind == "person":
        mentions = _person_mentions(doc)
        i = bisect.bisect_left(mentions, (offset, "")) - 1
        return (mentions[i][1], "person", span) if i >= 0 else None
    # "it" names the last organisation credited before it in the paragraph.
    p_start = doc.paragraphs[doc.paragraph_of(offset)][0] if doc.paragraphs else 0
    toks = tokenize(doc.text, p_start, offset)
    found = None
    i = 0
    while i < len(toks):
        m = vocab.entity_forms.match(toks, i, None, doc.text)
        if m is not None and vocab.entity_type(m[1]) in ("organization", "outlet"):
            found = m[1]
        i = m[0] if m is not None else i + 1
    if found is None:
        return None
    return vocab.canonical_entity(found) or found, "organization", span


def _person_mentions(doc: _Doc) -> list[tuple[int, str]]:
    """Every mention of a known person, found once per article with ``str.find``."""
    if doc._persons is None:
        found: list[tuple[int, str]] = []
        lowered = doc.lowered
        for alias, name in doc.vocab.person_aliases:
            at = lowered.find(alias)
            while at >= 0:
                end = at + len(alias)
                if (at == 0 or not lowered[at - 1].isalnum()) and (
                    end >= len(lowered) or not lowered[end].isalnum()
                ):
                    found.append((at, name))
                at = lowered.find(alias, end)
        found.sort()
        doc._persons = found
    return doc._persons


def _relay_outlet(doc: _Doc) -> str | None:
    """The outlet an article credits repeatedly ("as per EuroNews" twice or more)."""
    counts: Counter[str] = Counter()
    lowered = doc.lowered
    phrases = [c.phrase.lower() for c in doc.vocab.cues if c.role == "relay"]
    for phrase in [*phrases, "reported"]:
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            bounded = (at == 0 or not lowered[at - 1].isalnum()) and (
                end >= len(lowered) or not lowered[end].isalnum()
            )
            sentence = doc.sentence_of(at)
            # Parties are resolved only where a cue starts at this very word.
            if (
                bounded
                and doc.sentences
                and any(c_start == at for c_start, _, _ in _cue_spans(doc, sentence))
            ):
                for a in _anchors(doc, sentence):
                    if (
                        a.start == at
                        and a.source
                        and (a.source_type == "outlet" or a.role == "relay")
                    ):
                        counts[a.source] += 1
            at = lowered.find(phrase, at + len(phrase))
    if not counts:
        return None
    outlet, n = counts.most_common(1)[0]
    return outlet if n >= 2 else None


def _in_parens(text: str, lo: int, position: int) -> int | None:
    """Start of the open parenthesis enclosing ``position`` (searching from ``lo``)."""
    opened = text.rfind("(", lo, position)
    if opened < 0:
        return None
    closed = text.rfind(")", opened, position)
    return opened if closed < 0 else None


def _read_attributions(doc: _Doc, drafts: list[_Draft]) -> None:
    relay: str | None = None
    relay_known = False
    for d in drafts:
        if not doc.sentences:
            break
        anchors = _anchors(doc, d.sentence)
        s_start = doc.sentences[d.sentence][0]
        q = d.quantity
        named = [
            a
            for a in anchors
            if a.source is not None
            # "organisers putting the turnout at 150,000", "the delegation counted
            # 15,000": such a cue gives the figure after it, never one before it.
            and not (a.cue.startswith(_FORWARD_CUES) and q.span[0] < a.end)
        ]
        sources = [a for a in named if a.role == "source" and a.source_type != "outlet"]
        outlets = [a for a in named if a.role == "source" and a.source_type == "outlet"]
        relays = [a for a in named if a.role == "relay"]
        if not sources:
            sources, outlets = outlets, []
        if not sources and relays:
            sources, relays = relays, []
        if not sources:
            quoted = _quote_source(doc, q.span[0])
            if quoted is not None:
                sources = [quoted]
        if not sources:
            continue
        paren = _in_parens(doc.text, s_start, q.span[0])
        chosen = None
        if paren is not None:
            inside = [a for a in sources if _in_parens(doc.text, s_start, a.start) == paren]
            if inside:
                chosen = inside[0]
        if chosen is None:
            free = [a for a in sources if _in_parens(doc.text, s_start, a.start) is None]
            pool = free or sources
            # "..., the operator Carris said, and around 60 percent of trains were
            # cancelled, according to CP": each coordinated clause has its source.
            own = _conjunct_of(doc, s_start, q.span[0])
            mine = [a for a in pool if _conjunct_of(doc, s_start, a.start) == own]
            chosen = min(mine or pool, key=lambda a: _distance(a, q.span))
        via_anchor = (relays or outlets or [chosen])[0]
        cited = _cited_pair(doc, sources, chosen)
        if cited is not None:
            # "state media reported on Tuesday, citing the crisis agency": the agency
            # gave the figure, state media passed it on.
            chosen, via_anchor = cited
        via = via_anchor.source if via_anchor is not None and via_anchor is not chosen else None
        if via is None and chosen.cue in _TELLING:
            via = _told_outlet(doc, chosen.end)  # "police told AFP"
        if via is None and chosen.source_type == "person":
            if not relay_known:
                relay, relay_known = _relay_outlet(doc), True
            via = relay
        d.attribution = trusted(
            Attribution,
            source=chosen.source or "",
            via=via if via != chosen.source else None,
            cue=chosen.cue,
            span=chosen.source_span,
        )


def _cited_pair(
    doc: _Doc, sources: Sequence[_Anchor], chosen: _Anchor
) -> tuple[_Anchor, _Anchor] | None:
    """(cited, reporter) when the chosen source reports "..., citing" another one."""
    for c in sources:
        if c.cue != "citing":
            continue
        for r in sources:
            if (
                r is not c
                and r.position == "before"
                and chosen in (c, r)
                and 0 <= c.start - r.end <= 40
                and not _CLAUSE_STOP.search(doc.text, r.end, c.start)
            ):
                return c, r
    return None


def _told_outlet(doc: _Doc, cue_end: int) -> str | None:
    """The outlet a source spoke to ("told Reuters", "told the BBC"), if one is named."""
    m = _TOLD_WHOM.match(doc.text, cue_end, min(len(doc.text), cue_end + 60))
    if m is None:
        return None
    words = m.group("who").split()
    for n in range(len(words), 0, -1):  # "the Associated Press on Monday": longest name first
        name = " ".join(words[:n])
        if doc.vocab.entity_type(name) == "outlet":
            return doc.vocab.canonical_entity(name)
    return None


def _conjunct_of(doc: _Doc, s_start: int, position: int) -> int:
    """Start of the coordinated clause (", and ...", "; ...") holding ``position``."""
    s_end = doc.sentences[doc.sentence_of(s_start)][1] if doc.sentences else len(doc.text)
    if position > s_end:
        cut = _last(_CONJUNCT_CUT, doc.text, s_start, position)
        return s_start if cut is None else cut.end()
    ends = doc._conjuncts.get(s_start)
    if ends is None:
        ends = [m.end() for m in _CONJUNCT_CUT.finditer(doc.text, s_start, s_end)]
        doc._conjuncts[s_start] = ends
    # No look-around in the pattern: the cuts that end by ``position`` are those a
    # search stopping there finds.
    i = bisect.bisect_right(ends, position)
    return ends[i - 1] if i else s_start


def _distance(a: _Anchor, span: Span) -> int:
    if a.end <= span[0]:
        return span[0] - a.end
    if a.start >= span[1]:
        return a.start - span[1]
    return 0


def _quote_source(doc: _Doc, position: int) -> _Anchor | None:
    """The speaker named right after the closing quote around ``position``."""
    if not doc.paragraphs:
        return None
    p_start, p_end = doc.paragraphs[doc.paragraph_of(position)]
    text = doc.text
    opening = max(text.rfind("“", p_start, position), text.rfind('"', p_start, position))
    if opening < 0:
        return None
    close = _CLOSE_QUOTE.search(text, position, p_end)
    if close is None:
        return None
    after_end = min(p_end, close.end() + 60)
    toks = tokenize(text, close.end(), after_end)
    found = doc.vocab.cue_forms.first(toks, 0, len(toks))
    if found is None:
        return None
    cue = doc.vocab.cue(found[2])
    if cue is None or cue.role != "source" or cue.position != "before":
        return None
    c_start, c_end = toks[found[0]][0], toks[found[1] - 1][1]
    before = text[close.end() : c_start].strip(" ,")
    if before:
        party = _party(doc, before, close.end())
    else:  # "...,” said an official with the IOM.
        s_end = doc.sentences[doc.sentence_of(c_end)][1] if doc.sentences else p_end
        party = _party_inverted(doc, c_end, max(c_end, min(p_end, s_end)))
    if party is None:
        return None
    name, kind, span = party
    return _Anchor(c_start, c_end, name, "source", kind, cue.phrase, span)


# ---------------------------------------------------------------- time


def _clause_of(doc: _Doc, s_start: int, s_end: int, position: int) -> tuple[int, int, bool]:
    """The clause holding ``position``: (start, end, is_relative).

    A relative clause set off by commas ends at its closing comma: after it, the
    clause it interrupted goes on ("The rain, which began on Sunday, dumped ...").
    """
    breaks = doc._clauses.get((s_start, s_end))
    if breaks is None:
        breaks = []
        for m in _CLAUSE.finditer(doc.text, s_start, s_end):
            word = m.group().lstrip(",; ").lower()
            relative = word in _RELATIVE_WORDS or word in _PARTICIPLES
            closing = _RELATIVE_CLOSE.search(doc.text, m.end(), s_end) if relative else None
            breaks.append((m.start(), relative, s_end if closing is None else closing.start()))
        doc._clauses[s_start, s_end] = breaks
    # The last break at or before ``position`` that is not a relative clause already
    # closed (past it, the clause it interrupted goes on), found from ``position``
    # back: walking every break from the start made a list sentence cubic.
    i = bisect.bisect_right(breaks, position, key=lambda b: b[0])
    end = breaks[i][0] if i < len(breaks) else s_end
    for j in range(i - 1, -1, -1):
        at, is_relative, close = breaks[j]
        if is_relative and close <= position:
            continue
        if is_relative:
            first = bisect.bisect_left(breaks, at, key=lambda b: b[0])
            end = min(end, breaks[first][2])
        return at, end, is_relative
    return s_start, end, False


class _Figures:
    """A sentence's figure spans, asked "does any figure reach past here?" in log time."""

    def __init__(self, figures: Sequence[Span]) -> None:
        ordered = sorted(figures)
        self.starts = [f[0] for f in ordered]
        self.reach = list(itertools.accumulate((f[1] for f in ordered), max))
        self.first_end = min((f[1] for f in ordered), default=1 << 62)

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether a figure starting before ``hi`` ends after ``lo``."""
        i = bisect.bisect_left(self.starts, hi)
        return i > 0 and self.reach[i - 1] > lo


def _speech_dated(doc: _Doc, t: TimeMention, sentence: int, figures: _Figures) -> bool:
    """True when a time expression dates a speech verb, not the figures."""
    # Only where the cues stand matters here, not who they name: the parties of a
    # figure-less sentence are never resolved.
    for a_start, a_end, cue in _cue_spans(doc, sentence):
        if cue.role != "source" or cue.position != "before":
            continue  # "according to X" names a source, not a moment of speech
        if figures.overlaps(a_start, a_start + 1):
            continue  # "an estimated 12,400 hectares": a hedge, not a speech verb
        lo, hi = (t.span[1], a_start) if t.span[1] <= a_start else (a_end, t.span[0])
        if not 0 <= hi - lo <= _SPEECH_GAP or figures.overlaps(lo, hi):
            continue
        if (
            t.span[1] <= a_start
            and figures.first_end <= t.span[0]
            and doc.text[lo:hi].lstrip().startswith(",")
        ):
            # "rose to 17 on Wednesday, the ministry said": the time closes the
            # reported clause and dates its figures.
            continue
        # "revealing that in the first five days...": a time inside the reported
        # clause dates what is reported, not the speech.
        if a_end <= t.span[0] and _THAT.search(doc.text, lo, hi):
            continue
        return True
    return False


@dataclass(slots=True)
class _TimePlan:
    """What a sentence's times are, whichever figure asks: found once per sentence.

    ``kinds[k]`` says what time ``k`` can be for any figure: ``debris``,
    ``comparison`` (a "since 2019, when ..." point at most), ``target``, ``speech``
    (dates a speech verb) or ``stated``. ``clauses[k]`` is its clause (start, end)
    when that clause is a relative one that governs only itself, else None;
    ``segments[k]`` its stretch; ``rivals`` the stretches holding a figure the text
    compares with; ``where_after[k]`` whether ", where/when" follows it.
    """

    figures: Sequence[Span]
    published: date | None
    times: list[TimeMention]
    kinds: list[str]
    clauses: list[tuple[int, int] | None]
    segments: list[int]
    rivals: set[int]
    where_after: list[bool]
    by_end: list[int]  # time indices in order of their ends
    ends: list[int]  # the ends, in that order
    speech: list[int]  # indices of the times that date a speech verb


def _time_plan(doc: _Doc, d: _Draft, figures: Sequence[Span], published: date | None) -> _TimePlan:
    plan = doc._time_plans.get(d.sentence)
    if plan is not None and plan.figures is figures and plan.published == published:
        return plan
    s_start, s_end = doc.sentences[d.sentence]
    times = doc.times_in((s_start, s_end))
    kinds: list[str] = []
    clauses: list[tuple[int, int] | None] = []
    segments: list[int] = []
    spans = _Figures(figures)
    for t in times:
        if doc.debris.at(t.span[0]) is not None:
            kinds.append("debris")
        elif _comparison_time(doc, t, s_start):
            kinds.append("comparison")
        elif _target_year(doc, t, published):
            kinds.append("target")
        elif _speech_dated(doc, t, d.sentence, spans):
            kinds.append("speech")
        else:
            kinds.append("stated")
        a, b, relative = _clause_of(doc, s_start, s_end, t.span[0])
        alone = relative and not _BEGAN_RELATIVE.search(
            doc.text, max(s_start, t.span[0] - 40), t.span[0]
        )
        clauses.append((a, b) if alone else None)
        segments.append(_segment_of(doc, s_start, t.span[0]))
    rivals = {
        segment
        for f in figures
        if _COMPARED.search(
            doc.text, max(segment := _segment_of(doc, s_start, f[0]), f[0] - 30), f[0]
        )
    }
    plan = _TimePlan(
        figures=figures,
        published=published,
        times=times,
        kinds=kinds,
        clauses=clauses,
        segments=segments,
        rivals=rivals,
        where_after=[_WHERE_AFTER.match(doc.text, t.span[1]) is not None for t in times],
        by_end=(by_end := sorted(range(len(times)), key=lambda k: times[k].span[1])),
        ends=[times[k].span[1] for k in by_end],
        speech=[k for k, kind in enumerate(kinds) if kind == "speech"],
    )
    doc._time_plans[d.sentence] = plan
    return plan


def _governing_time(
    doc: _Doc, d: _Draft, figures: Sequence[Span], published: date | None = None
) -> tuple[TimeMention | None, TimeMention | None]:
    """The stated time of a figure, and a speech time to fall back on.

    The nearest time of the sentence governs, except a time that only serves a
    comparison ("higher than January 31 levels", "the biggest since 2022"), a
    future year that is a target ("by 2035"), a time inside another relative
    clause, and a time beside a rival figure the text compares with ("3.5
    million, compared to 2.5 million on January 31").

    What each time is comes from the sentence's :class:`_TimePlan`; the nearest
    time is then found walking out from the figure, so a sentence listing many
    figures with their dates costs time per figure, not per figure and time.
    """
    if not doc.sentences:
        return None, None
    s_start, s_end = doc.sentences[d.sentence]
    q = d.quantity
    plan = _time_plan(doc, d, figures, published)
    times = plan.times
    fig_clause = _clause_of(doc, s_start, s_end, q.span[0])[:2]
    fig_segment = _segment_of(doc, s_start, q.span[0])

    def allowed(k: int) -> bool:
        clause = plan.clauses[k]
        if clause is not None and clause != fig_clause:
            return False  # a relative clause's time governs only that clause
        return plan.segments[k] == fig_segment or plan.segments[k] not in plan.rivals

    def apart(t: TimeMention) -> bool:
        return not (t.span[0] < q.span[1] and q.span[0] < t.span[1])

    speech = next((times[k] for k in plan.speech if apart(times[k]) and allowed(k)), None)
    # "the deadliest since 2019, when 9 people were killed": the clause after the
    # year describes that year; the last such year before the figure governs.
    ends = plan.ends
    lo = bisect.bisect_left(ends, q.span[0] - 60)
    hi = bisect.bisect_left(ends, q.span[0])
    for k in sorted(plan.by_end[lo:hi], reverse=True):
        if plan.kinds[k] == "comparison" and apart(times[k]):
            point = _when_point(doc, times[k], q.span)
            if point is not None:
                return point, speech
    # The nearest time, walking out from the figure on both sides at once; a time in
    # another stretch counts as farther than any in the figure's own, unless the
    # figure's stretch describes it ("last January 31, where 1.27 million").
    best: tuple[int, int] = (1 << 30, -1)
    after = bisect.bisect_left(plan.times, q.span[1], key=lambda t: t.span[0])
    before = bisect.bisect_right(ends, q.span[0]) - 1
    while after < len(times) or before >= 0:
        gap_after = times[after].span[0] - q.span[1] if after < len(times) else 1 << 62
        gap_before = q.span[0] - ends[before] if before >= 0 else 1 << 62
        if gap_after <= gap_before:
            k, gap = after, gap_after
            after += 1
        else:
            k, gap = plan.by_end[before], gap_before
            before -= 1
        if gap > best[0]:
            break
        if plan.kinds[k] != "stated" or not allowed(k):
            continue
        if plan.segments[k] != fig_segment and not plan.where_after[k]:
            gap += 1 << 20
        best = min(best, (gap, k))
    return (times[best[1]] if best[1] >= 0 else None), speech


def _when_point(doc: _Doc, t: TimeMention, figure: Span) -> TimeMention | None:
    """The year "since 2019" starts from, when the figure is in the clause after it
    that describes that year ("..., when 9 people were killed")."""
    w = t.window
    year = _SINCE_YEAR.fullmatch(t.surface)
    if year is None or w.start is None or not t.span[1] < figure[0] <= t.span[1] + 60:
        return None
    if not _WHERE_AFTER.match(doc.text, t.span[1]) or _CLAUSE_END.search(
        doc.text, t.span[1] + 1, figure[0]
    ):
        return None
    start = date(_day(w.start).year, 1, 1)
    window = TimeWindow(start=start, end=date(start.year, 12, 31), granularity=Granularity.YEAR)
    return TimeMention(span=t.span, surface=year.group(1), window=window)


def _segment_of(doc: _Doc, s_start: int, position: int) -> int:
    """Start of the comma-delimited stretch of a sentence that holds ``position``."""
    text = doc.text
    s_end = doc.sentences[doc.sentence_of(s_start)][1] if doc.sentences else len(text)
    if position <= s_end and position > s_start and text[position - 1] == ",":
        # Cut at the end of the window, ",(?!\d)" matches a comma a digit follows:
        # the stretch starts right here (no scan back to the sentence start).
        return position
    if position > s_end:
        cut = _last(_SEGMENT_CUT, text, s_start, position)
        return s_start if cut is None else cut.end()
    ends = doc._segments.get(s_start)
    if ends is None:
        ends = [m.end() for m in _SEGMENT_CUT.finditer(text, s_start, s_end)]
        doc._segments[s_start] = ends
    # The cuts that end by ``position`` are those a search stopping there finds.
    i = bisect.bisect_right(ends, position)
    return ends[i - 1] if i else s_start


def _comparison_time(doc: _Doc, t: TimeMention, s_start: int) -> bool:
    """A time that only anchors a comparison: "than January 31", "biggest since 2022"."""
    before = doc.text[max(s_start, t.span[0] - 60) : t.span[0]]
    if _THAN_BEFORE.search(before):
        return True
    surface = t.surface.lower()
    return surface.startswith(_SPAN_BACK) and _SUPERLATIVE.search(before) is not None


_TARGET_SHAPES = (Granularity.YEAR, Granularity.SPAN)  # a year, or part of one ("the end of 2027")


def _target_year(doc: _Doc, t: TimeMention, published: date | None) -> bool:
    """A year after publication is a target ("save 1.2 billion a year by 2035"), and so
    is a deadline still to come ("cut 4,000 jobs by the end of 2027")."""
    w = t.window
    if published is None or w.granularity not in _TARGET_SHAPES or w.start is None:
        return False
    if _day(w.start) > published:
        return True
    return (
        w.end is not None
        and _day(w.end) > published
        and _BY_DEADLINE.search(doc.text, max(0, t.span[0] - 20), t.span[0]) is not None
    )


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _default_window(published: date | datetime | None) -> TimeWindow | None:
    if published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return TimeWindow(
        start=day - timedelta(days=1),
        end=day,
        granularity=Granularity.SPAN,
        inferred=("start", "end"),
    )


def _mentions_event(doc: _Doc, sentence: int) -> bool:
    vocab = doc.vocab
    toks, _ = _tokens(doc, sentence)
    return vocab.event_forms.occurs(toks) or vocab.subject_forms.occurs(toks)


def _read_times(doc: _Doc, drafts: list[_Draft], published: date | datetime | None) -> None:
    default = _default_window(published)
    pub_day = None if published is None else _day(published)
    context: _Context | None = None
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    content = _content_paragraphs(doc)
    previous = -1
    # Only figure sentences are read in turn. The figure-less sentences between two
    # of them are searched from the latest back for a context time: the latest one
    # found is the one that stands, and paragraph ranks never decrease, so a
    # sentence more than one paragraph back (and all before it) would be dropped.
    for index in sorted(by_sentence) if doc.sentences else ():
        group = by_sentence[index]
        span = doc.sentences[index]
        paragraph = content[doc.paragraph_of(span[0])] if content else 0
        for before in range(index - 1, previous, -1):
            b_span = doc.sentences[before]
            b_paragraph = content[doc.paragraph_of(b_span[0])] if content else 0
            if paragraph - b_paragraph > 1:
                break
            if doc.debris.at(b_span[0]) is not None:
                continue
            found = _context_time(doc, before, b_span)
            if found is not None:
                window = _stated_window(doc, found, b_span, pub_day)
                if _recent(window, pub_day):
                    future = _FUTURE.search(doc.text, b_span[0], b_span[1]) is not None
                    context = _Context(window, found.surface, b_paragraph, future)
                    break
        previous = index
        if context is not None and paragraph - context.paragraph > 1:
            context = None
        figures = [d.quantity.span for d in group]
        stated_here: _Context | None = None
        targeted = any(_target_year(doc, t, pub_day) for t in doc.times_in(span))
        if context is not None and context.future and not _PROSPECTIVE.search(doc.text, *span):
            # "a new strike looms on Wednesday. 3.5 million demonstrated": a day
            # to come dates only what is to come.
            context = None
        # Searched once per sentence, not once per figure: a sentence listing many
        # figures would cost its length times their number.
        running = _CUMULATIVE.search(doc.text, *span)
        now_here = _now(doc, span, pub_day)
        for d in group:
            stated, speech = _governing_time(doc, d, figures, pub_day)
            if stated is not None and _toll_to_come(doc, d, stated, span, pub_day):
                # "15 of those arrested would face trial next week": a later
                # clause's time to come never dates a toll already counted.
                stated = None
            if stated is not None:
                window = _stated_window(doc, stated, span, pub_day)
                window = _speech_anchored(stated, window, speech, pub_day)
                d.time, d.time_basis, d.time_surface = window, TimeBasis.STATED, stated.surface
                if _recent(window, pub_day):
                    # A window moved to the future (or starting after publication)
                    # is to come: it dates only what is to come after it.
                    moved_on = (  # a speaker's day moves a window back, not on
                        window.start is not None
                        and stated.window.start is not None
                        and _day(window.start) > _day(stated.window.start)
                    )
                    to_come = moved_on or (
                        pub_day is not None
                        and window.start is not None
                        and _day(window.start) > pub_day
                    )
                    stated_here = _Context(window, stated.surface, paragraph, to_come)
            elif (total := _cumulative(doc, d, pub_day, running)) is not None:
                # "50,000 drones since the start of the war": a running total up to
                # the report, never the night's figure; it dates nothing after it.
                d.time, d.time_basis, d.time_surface = total
            elif targeted and default is not None:
                # "save 1.2 billion euros a year by 2035": a target, so no
                # earlier sentence's time either; the marked default stands.
                d.time, d.time_basis = default, TimeBasis.DEFAULT
            elif speech is not None and (
                (default is not None and _within(speech.window, default))
                or (default is None and context is not None)
            ):
                # "..., local authorities said on Wednesday": with no time of its
                # own, a recent figure is dated by the day it was given.
                d.time, d.time_basis, d.time_surface = (
                    speech.window,
                    TimeBasis.CONTEXT,
                    speech.surface,
                )
            elif (now := now_here) is not None:
                d.time, d.time_basis, d.time_surface = now
                stated_here = _Context(now[0], now[2] or "now", paragraph)
            elif context is not None:
                d.time, d.time_basis, d.time_surface = (
                    context.window,
                    TimeBasis.CONTEXT,
                    context.surface,
                )
            elif default is not None:
                d.time, d.time_basis = default, TimeBasis.DEFAULT
            elif speech is not None:
                # No publication date to default to: the day the figure was
                # given is the best bound the text offers, and is marked as such.
                d.time, d.time_basis, d.time_surface = (
                    speech.window,
                    TimeBasis.CONTEXT,
                    speech.surface,
                )
        if _respectively(doc, group, span):
            stated_here = None  # each time is one figure's: none dates what follows
            context = None
        if stated_here is not None and stated_here.future and context is not None:
            # A time to come leaves the story's own time standing for what follows.
            context = _Context(context.window, context.surface, paragraph, context.future)
        elif stated_here is not None:
            context = stated_here
        elif context is not None and any(d.time_basis is TimeBasis.CONTEXT for d in group):
            context = _Context(context.window, context.surface, paragraph)
        elif context is not None and all(_running_total(d) for d in group):
            pass  # an aside on the running total: the story's time goes on after it
        else:
            context = None
    _date_restated(drafts)


def _toll_to_come(
    doc: _Doc, d: _Draft, stated: TimeMention, sentence: Span, published: date | None
) -> bool:
    """Whether a time to come stands beside a toll (deaths, injured, arrests)."""
    if published is None or d.subject not in _TOLLS or d.negated:
        return False
    window = _stated_window(doc, stated, sentence, published)
    return window.start is not None and _day(window.start) > published


def _running_total(d: _Draft) -> bool:
    w = d.time
    return w is not None and w.start is None and "start" in w.unknown and w.relative is not None


def _date_restated(drafts: list[_Draft]) -> None:
    """A figure with no time of its own takes the time of the same figure restated.

    "Poland floods: 21 dead" in a headline is the body's "twenty-one people have
    been killed ... on Wednesday".
    """
    dated: dict[tuple[str | None, float, str | None], _Draft] = {}
    for d in drafts:
        if d.time is not None and d.time_basis in (TimeBasis.STATED, TimeBasis.CONTEXT):
            dated.setdefault((d.subject, d.quantity.nominal, d.quantity.unit), d)
    for d in drafts:
        if d.time_basis in (TimeBasis.DEFAULT, TimeBasis.NONE):
            twin = dated.get((d.subject, d.quantity.nominal, d.quantity.unit))
            if twin is not None:
                d.time, d.time_basis, d.time_surface = (
                    twin.time,
                    TimeBasis.CONTEXT,
                    twin.time_surface,
                )


def _content_paragraphs(doc: _Doc) -> list[int]:
    """Each paragraph's rank among the paragraphs that are not page debris.

    A video caption or a share prompt between two paragraphs of a wire story
    does not break the story's thread of time.
    """
    out: list[int] = []
    rank = -1
    for p_start, p_end in doc.paragraphs:
        debris = doc.debris.at(p_start) is not None and doc.debris.at(max(p_start, p_end - 1))
        # The rstrip() of the paragraph, in place: slicing every paragraph cost more.
        while p_end > p_start and doc.text[p_end - 1].isspace():
            p_end -= 1
        # A line that is not a sentence ("Watch: protesters gather") is a caption.
        if not debris and (
            doc.text.endswith((".", "!", "?", '"', "”"), p_start, p_end) or p_end - p_start > 120
        ):
            rank += 1
        out.append(max(rank, 0))
    return out


def _recent(window: TimeWindow, published: date | None) -> bool:
    """Whether a stated time may date the sentences after it.

    A time long before publication ("the 1960 tsunami", "in 2018") names an
    earlier event the article compares with: the figures that follow are the
    current ones.
    """
    if published is None or window.end is None:
        return True
    return (published - _day(window.end)).days <= _RECENT_DAYS


def _within(window: TimeWindow, outer: TimeWindow) -> bool:
    if not window.resolved or window.start is None or outer.start is None or outer.end is None:
        return False
    return _day(outer.start) <= _day(window.start) and (
        window.end is None or _day(window.end) <= _day(outer.end)
    )


def _stated_window(doc: _Doc, t: TimeMention, sentence: Span, published: date | None) -> TimeWindow:
    """A stated time as the window of a figure: periods "since" a start run to
    publication, and a weekday in a sentence about what is to come is the next one.
    """
    w = t.window
    if published is None or not w.resolved or w.start is None or w.end is None:
        return w
    if (
        _SINCE_BEGAN.search(doc.text, max(sentence[0], t.span[0] - 70), t.span[0])
        or _BEGAN_RELATIVE.search(doc.text, max(sentence[0], t.span[0] - 40), t.span[0])
    ) and _day(w.start) < published:
        return TimeWindow(
            start=_day(w.start), end=published, granularity=Granularity.SPAN, inferred=("end",)
        )
    if (
        _day(w.end) < published
        and w.granularity in (Granularity.DAY, Granularity.NIGHT)
        and _WEEKDAY_NAME.search(t.surface)
        and not t.surface.lower().startswith(("last", "past", "since"))
        and (
            _FUTURE.search(doc.text, sentence[0], sentence[1])
            or _AHEAD_OF.search(doc.text, max(sentence[0], t.span[0] - 30), t.span[0])
        )
    ):
        week = timedelta(days=7)
        return w.model_copy(update={"start": w.start + week, "end": w.end + week})
    if _day(w.end) <= published and _TO_COME_BEFORE.search(
        doc.text, max(sentence[0], t.span[0] - 40), t.span[0]
    ):
        surface = t.surface.lower()
        if w.granularity is Granularity.NIGHT and surface == "overnight":
            # "winds could spread it further overnight": the night to come.
            day = timedelta(days=1)
            return w.model_copy(update={"start": w.start + day, "end": w.end + day})
        if (
            w.granularity is Granularity.MONTH
            and _day(w.end) < published
            and "year" in w.inferred
            and not surface.startswith(("last", "past", "since"))
        ):
            # "the first tranche is expected in March" (written in December): next March.
            start, end = _day(w.start), _day(w.end)
            year = start.year + 1
            after = date(year + end.month // 12, end.month % 12 + 1, 1)  # the next month's 1st
            return w.model_copy(
                update={"start": start.replace(year=year), "end": after - timedelta(days=1)}
            )
    return w


def _cumulative(
    doc: _Doc, d: _Draft, published: date | None, m: regex.Match[str] | None
) -> tuple[TimeWindow, TimeBasis, str] | None:
    """A running total "since the war began": a window from an unstated start to
    publication (``unknown == ("start",)``), keyed by the event it counts from, so
    only totals since the same beginning are compared. ``m`` is ``_CUMULATIVE``
    searched in the figure's sentence.
    """
    s_start = _sentence_span(doc, d)[0]
    if m is None:
        return None
    # The comparison must follow the figure: its own "more than" is a hedge.
    after = max(s_start, d.quantity.span[1], m.start() - 40)
    if after < m.start() and _COMPARED_SINCE.search(doc.text, after, m.start()):
        return None  # "more than at any time since the start of the protests" compares
    noun = (m["n1"] or m["n2"] or m["n3"]).lower()
    window = TimeWindow(
        granularity=Granularity.SPAN,
        end=published,
        unknown=("start",) if published is not None else ("start", "end"),
        relative=f"since the {noun} began",
    )
    return window, TimeBasis.STATED, m.group()


def _speech_anchored(
    stated: TimeMention, window: TimeWindow, speech: TimeMention | None, published: date | None
) -> TimeWindow:
    """A deictic time counts from the day the figure was given, when the text says it.

    Published on Saturday, "Russia fired 450 drones overnight, the air force said on
    Friday" is the night into Friday: "overnight", "last night", "yesterday" and
    "today" are the speaker's words, so they count from the day the sentence says
    the speaker spoke, not from publication. Marked ``inferred`` on both ends.
    """
    if (
        published is None
        or speech is None
        or not _DEICTIC.fullmatch(stated.surface)
        or window.start is None
        or window.end is None
        or speech.window.granularity is not Granularity.DAY
        or speech.window.start is None
    ):
        return window
    shift = (published - _day(speech.window.start)).days
    if not 0 < shift <= 7:
        return window
    back = timedelta(days=shift)
    return TimeWindow(
        start=window.start - back,
        end=window.end - back,
        granularity=window.granularity,
        inferred=("start", "end"),
    )


def _now(
    doc: _Doc, sentence: Span, published: date | None
) -> tuple[TimeWindow, TimeBasis, str] | None:
    """ "Right now, at least seven countries ...": the figure holds on publication day."""
    if published is None:
        return None
    m = _NOW.search(doc.text, sentence[0], sentence[1])
    if m is None:
        return None
    window = TimeWindow(start=published, end=published, granularity=Granularity.DAY)
    return window, TimeBasis.STATED, m.group()


def _respectively(doc: _Doc, group: list[_Draft], sentence: Span) -> bool:
    """ "on March 4 and March 11, drew about 15,000 and 22,000 respectively": in order."""
    m = _RESPECTIVELY.search(doc.text, sentence[0], sentence[1])
    if m is None:
        return False
    figures = [d for d in group if d.quantity.span[1] <= m.start() and d.part_of is None]
    days = [
        t
        for t in doc.times_in(sentence)
        if t.window.granularity is Granularity.DAY
        and not any(
            t.span[0] < d.quantity.span[1] and d.quantity.span[0] < t.span[1] for d in group
        )
    ]
    if len(figures) < 2 or len(figures) != len(days):
        return False
    for d, t in zip(figures, days, strict=True):
        d.time, d.time_basis, d.time_surface = t.window, TimeBasis.STATED, t.surface
    return True


def _context_time(doc: _Doc, index: int, span: Span) -> TimeMention | None:
    """A time in a figure-less sentence that can date the figures that follow."""
    times = doc.times_in(span)
    if not times or not _mentions_event(doc, index):
        return None
    for t in reversed(times):
        if _comparison_time(doc, t, span[0]):
            continue  # "higher than January 31 levels" dates no figure that follows
        if not _speech_dated(doc, t, index, _Figures(())):
            return t
    return None
