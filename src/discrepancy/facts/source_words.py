"""Words that tell a named source from the words around it: titles, speaker and
body heads, the tail of an outlet's description, organisation words, pronouns.
"""

from __future__ import annotations

__all__ = [
    "BODY_HEADS",
    "CLAUSE_WORDS",
    "MEDIA_TAIL",
    "NAME_JOINERS",
    "NOT_A_SOURCE",
    "ORGANISATION_WORDS",
    "PLACE_PREPOSITIONS",
    "PRONOUNS",
    "SPEAKER_HEADS",
    "TITLES",
]


NAME_JOINERS = frozenset(["of", "for", "de", "von", "der", "al", "bin", "la", "le", "van"])


# A speaker named by a role, not a name: "a local official", "an IOM spokesman".
SPEAKER_HEADS = frozenset(
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
MEDIA_TAIL = frozenset(
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


NOT_A_SOURCE = frozenset(
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


TITLES = frozenset(
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
BODY_HEADS = frozenset(
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


ORGANISATION_WORDS = frozenset(
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


PLACE_PREPOSITIONS = frozenset(["in", "of", "from", "at", "across", "for"])


CLAUSE_WORDS = frozenset(["while", "whereas", "which", "who", "when", "where", "although"])


PRONOUNS = {"he": "person", "she": "person", "it": "organization"}
