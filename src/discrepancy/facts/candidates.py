"""Who a vote figure is for: the candidates and parties an election story names, and
the candidate or party each vote figure belongs to.

Outlets name the same contestant in different ways: "Maya Okafor of the Greens",
"Green candidate Maya Okafor", "the Greens' 41.2%", "Okafor on 41%". An article that
ties a candidate to a party ("Labour's Tom Reyes", "its candidate Tom Reyes") lets
every figure of that candidate go under the party, the name all three outlets share;
a candidate no party is tied to goes under the name as written, or its surname where
the article also writes the surname alone (the part of a name every later mention
keeps). In a primary, where two candidates of the article share one party, the
candidates keep their surnames. A contestant the text describes without a name goes
under the description ("the ruling party").

Names are never lemmatised: "Reyes" stays "Reyes". A party written as a collective
plural keeps its article ("the Greens"), which says it is a party and not a surname.
"""

from __future__ import annotations

import functools
from collections import deque
from dataclasses import dataclass, field

import regex

from ..rules.alternations import alternation
from ..rules.vocab import Vocabulary
from .document import Document, cue_spans
from .lexicon import not_places

__all__ = [
    "Contestants",
    "contestants",
    "owner_after",
    "owner_before",
    "owner_named",
    "rival_before",
]


# One capitalised word of a name: "Okafor", "O'Brien", "Al-Sayed", "CDU/CSU" (a
# possessive "'s" is not part of it).
_WORD = r"\p{Lu}[\p{L}/-]*+(?:['’]\p{Lu}[\p{L}-]*+)?"

# A party named with a possessive inside: "People's Party", "People's Action Party".
_POSSESSIVE_PARTY = rf"{_WORD}['’]s(?:\h++{_WORD}){{0,2}}?\h++Party\b"

# A name: one to four capitalised words on one line.
_NAME = rf"(?:{_POSSESSIVE_PARTY}|{_WORD}(?:\h++{_WORD}){{0,3}})"

# A person's name: two to four capitalised words on one line ("Tom Reyes").
_PERSON = rf"{_WORD}(?:\h++{_WORD}){{1,3}}"

_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"


@functools.lru_cache(maxsize=16)
def _ties(titles: frozenset[str]) -> regex.Pattern[str]:
    """The ways an article ties a candidate to a party, one alternative each."""
    title = alternation(titles, reverse=False, space=r"\ ")
    return regex.compile(
        rf"""
        # "Labour's Tom Reyes", "Labour's candidate, Tom Reyes"
          (?P<the1>\b[Tt]he\s++)?(?P<party1>{_NAME}){_POSSESSIVE}\s++
          (?:(?i:{title}),?\s++(?P<person1>{_NAME})|(?P<person2>{_PERSON}))\b
        # "Maya Okafor of the Greens", "Tom Reyes (Labour)", "the Social Democrats of
        # Chancellor Olaf Scholz" (the sides are told apart below)
        | (?P<person3>{_PERSON})\s++(?:of\s++(?:(?P<the3>the)\s++)?|\((?P<the4>)(?=[^)]{{1,40}}\)))
          (?P<party3>{_NAME})\b
        # "Green candidate Maya Okafor", "the Labour nominee, Tom Reyes" (the "the" is
        # the nominee's)
        | (?P<party5>{_NAME})\s++(?i:{title}),?\s++(?P<person5>{_NAME})\b
        # "Labour conceded ... after its candidate Tom Reyes": the party the clause opens with
        | \b(?:its|their)\s++(?i:{title}),?\s++(?P<person6>{_NAME})\b
        # "Patel, the Labour candidate,"
        | (?P<person7>{_NAME}),\s++(?:the\s++|an?\s++)?(?P<party7>{_NAME})\s++(?i:{title})\b
        # "Democrat Sam Patel", "fellow Republican Dana Wu": a party word before a name
        | (?<!\p{{Lu}}[\p{{L}}-]*+\h++)(?P<party8>{_WORD})\h++(?P<person8>{_WORD}\h++{_WORD})\b
          (?!\h++\p{{Lu}})
        """,
        regex.VERBOSE,
    )


_OPENING_NAME = regex.compile(rf"\s*+(?:[Tt]he\s++)?(?P<name>{_NAME})")


@dataclass(frozen=True, slots=True)
class Contestants:
    """The parties the candidates of an article are tied to.

    Attributes:
        parties: a candidate's surname (lower case) to the party it is tied to, as
            written ("the Greens", "Labour"); candidates of a primary are left out.
        candidates: every tied candidate's surname (lower case).
        written: every tied party (lower case, without "the") as first written.
    """

    parties: dict[str, str]
    candidates: frozenset[str]
    written: dict[str, str]
    seen: dict[str, bool] = field(default_factory=dict)  # what the text was searched for

    def known(self, name: str) -> bool:
        """Whether a name is a candidate or a party the article ties together."""
        return name.split()[-1].lower() in self.candidates or _key(name) in self.written


def contestants(doc: Document) -> Contestants:
    """The candidates and parties an article ties together.

    >>> from discrepancy import Article, Vocabulary
    >>> from discrepancy.facts.extract import start_reading
    >>> text = "Labour's Tom Reyes won 34%. Maya Okafor of the Greens won 41%."
    >>> doc, _ = start_reading(Article(id="a", text=text), None, Vocabulary.default())
    >>> contestants(doc).parties
    {'reyes': 'Labour', 'okafor': 'the Greens'}
    """
    vocab = doc.vocab
    refused = not_places(vocab)
    titles = vocab.word_class("speaker_title") | vocab.word_class("candidate_title")
    offices = vocab.word_class("office_title")
    found: dict[str, str] = {}
    holders: set[str] = set()
    for m in _ties(vocab.word_class("candidate_title")).finditer(doc.text):
        groups = m.groupdict()
        person = next(groups[f"person{k}"] for k in (1, 2, 3, 5, 6, 7, 8) if groups[f"person{k}"])
        the = next((groups[f"the{k}"] for k in (1, 3, 4) if groups[f"the{k}"] is not None), "")
        party = next((groups[f"party{k}"] for k in (1, 3, 5, 7, 8) if groups[f"party{k}"]), None)
        if groups["party8"] and groups["party8"].lower() in titles:
            continue  # "Mayor Ana Costa": a title, not a party
        if party is None:  # "its candidate": the party is the name the sentence opens with
            start = doc.sentences[doc.sentence_of(m.start())][0] if doc.sentences else 0
            opening = _OPENING_NAME.match(doc.text, start, m.start())
            if opening is None:
                continue
            party = opening["name"]
        if _party_like(vocab, person, titles) and not _party_like(vocab, party, titles):
            # "Prime Minister Anna Berg's Social Democrats", "Marine Le Pen's National
            # Rally", "the Social Democrats of Chancellor Olaf Scholz"
            party, person = person, party
        elif groups["person3"] and not groups["the3"] and groups["the4"] is None:
            continue  # "Mayor Ana Costa of Porto": "of" with no "the" names a place
        # A party named in the plural is the party ("the Socialists"), never a surname.
        plural = len(party.split()[-1]) > 4 and party.endswith("s") and not party.endswith("ss")
        party = _party_name(vocab, party, the or ("the" if plural else ""))
        if party is None or party.split()[0] in refused or person.split()[-1] in refused:
            continue
        surname = person.split()[-1].lower()
        found.setdefault(surname, party)
        if any(w.lower().strip(",.") in offices for w in m.group().split()):
            holders.add(surname)  # "Labour leader Keir Starmer": no candidate of the race
    # A primary: two candidates tied to one party keep their own names. A party's
    # office holders named beside its candidate make no primary.
    by_party: dict[str, list[str]] = {}
    for surname, party in found.items():
        if surname not in holders:
            by_party.setdefault(_key(party), []).append(surname)
    parties = {s: p for s, p in found.items() if len(by_party.get(_key(p), [])) <= 1}
    written = {_key(p): p for p in reversed(found.values())}
    return Contestants(parties, frozenset(found), written)


def _party_like(vocab: Vocabulary, name: str, titles: frozenset[str]) -> bool:
    """Whether a name reads as a party's rather than a person's: it ends in a word of
    the class party_name_head ("National Rally", "Social Democrats"), is an acronym
    ("BJP", "CDU/CSU"), or a person's title opens the other side."""
    last = name.split()[-1]
    return (
        last.lower() in vocab.word_class("party_name_head")
        or (len(last) > 1 and last.replace("/", "").isupper())
    ) and name.split()[0].lower() not in titles


def _party_name(vocab: Vocabulary, name: str, the: str) -> str | None:
    """A party as written, with "the" when the text gives it one; None for a place."""
    words = name.split()
    while words and words[0].lower() in vocab.word_class("function"):
        words.pop(0)
        the = "the"
    if not words or vocab.entity_type(" ".join(words)) in ("place", "country"):
        return None
    return ("the " if the else "") + " ".join(words)


def _key(party: str) -> str:
    return party.lower().removeprefix("the ")


# The name a figure is for, right before it: "the Greens' 41.2%", "Labour's 33%",
# "gave the Social Democrats 28%", "Reyes on 33.5%", "Okafor took 41%".
_BEFORE = regex.compile(
    rf"(?P<the>\b[Tt]he\s++)?(?P<name>{_NAME})"
    rf"(?:{_POSSESSIVE}\s*+|(?P<owns>{_POSSESSIVE})?\s++(?P<gap>(?:\p{{Ll}}[\p{{Ll}}-]*+\s++){{0,6}})"
    rf"|\s*+)$"
)

# A name with a place or a body after "of", "from" or "in" before the figure's name.
_QUALIFIED = regex.compile(
    rf"(?P<the>\b[Tt]he\s++)?(?P<name>{_NAME})\s++(?:of|from|in)\s++(?:the\s++)?$"
)

# A name that opens its sentence before an aside, then the figure's verb: "Lima, a
# former mayor, won 1.2 million votes", "The Liberal Democrats, led by Ed Davey, won".
_ASIDE_OWNER = regex.compile(
    rf"\s*+(?P<the>[Tt]he\s++)?(?P<name>{_NAME}),[^,;:]{{1,60}},\s++"
    rf"(?:\p{{Ll}}[\p{{Ll}}-]*+\s++){{0,3}}"
)

# Any name in the words before a figure, to find the last known contestant there.
_ANY_NAME = regex.compile(rf"(?P<the>\b[Tt]he\s++)?(?P<name>{_NAME})")


def owner_named(doc: Document, cast: Contestants, name: str, the: str = "") -> str:
    """The key a contestant's figure goes under: the party a candidate is tied to,
    else the name as written (its surname when the article also writes that alone).

    "Maya Okafor" tied to "the Greens" gives "the Greens"; "Senator Dana Wu" gives
    "Wu" when the article speaks of "Wu" alone.
    """
    vocab = doc.vocab
    words = name.split()
    titles = vocab.word_class("speaker_title") | vocab.word_class("candidate_title")
    while len(words) > 1 and words[0].lower().strip(".") in titles:
        words.pop(0)  # "Senator Dana Wu", "Mayor Ana Costa"
    surname = words[-1]
    party = cast.parties.get(surname.lower())
    if party is not None:
        return party
    if surname.lower() in cast.candidates:
        return surname  # a candidate of a primary: "Democrat Sam Patel" is "Patel"
    if _key(" ".join(words)) in cast.written:
        return cast.written[_key(" ".join(words))]  # "the Labour candidate": "Labour"
    if len(words) > 1 and _alone(doc, cast, surname):
        return surname
    name = " ".join(words)
    collective = f"the {name.lower()}"
    if collective not in cast.seen:  # read once per name and article
        cast.seen[collective] = collective in doc.lowered
    if not the and cast.seen[collective]:
        the = "the"  # "Social Democrats on 28%" where the text also says "the Social Democrats"
    return _party_name(vocab, name, the) or name


def _alone(doc: Document, cast: Contestants, surname: str) -> bool:
    """Whether the text writes a surname without the words of the name before it
    (read once per surname and article)."""
    if surname not in cast.seen:
        cast.seen[surname] = any(
            not m["last"] or not m["last"][:1].isupper() or m["last"].endswith((".", ",", ":", ";"))
            for m in regex.finditer(
                rf"(?:(?P<last>\S{{1,40}})\s++)?\b{regex.escape(surname)}\b", doc.text
            )
        )
    return cast.seen[surname]


def owner_before(doc: Document, cast: Contestants, start: int, clause: int, end: int) -> str | None:
    """The contestant a figure at ``end`` is for, named before it.

    In the figure's clause (``text[clause:end]``): the last contestant the article
    ties or names there, the first of a pair ("Smith led Jones 52% to 46%": the 52%),
    or the name right before the figure or its verb ("the Greens' 41.2%", "Okafor
    took 41%"). Else a contestant the article ties, named before an aside that opens
    the clause ("Labour's candidate, Tom Reyes, received 11,220 votes"), in
    ``text[start:clause]``, or the name that opens the sentence before an aside ("Lima,
    a former mayor, won 1.2 million votes"). A contestant the clause describes without
    a name ("the ruling party", "the Yes side") goes under its description.
    """
    known = _last_known(doc, cast, clause, end)
    if known is not None:
        return known
    pair = _pair(doc.vocab.word_class("race_verb")).search(doc.text, clause, end)
    if pair is not None:
        return owner_named(doc, cast, pair["first"], pair["the"] or "")
    m = _BEFORE.search(doc.text, clause, end)
    qualified = None if m is None else _QUALIFIED.search(doc.text, clause, m.start())
    if qualified is not None:
        m = qualified  # "Mayor Ana Costa of Porto won 58%": Porto only says which Costa
    if m is not None:
        name = m["name"]
        refused = not_places(doc.vocab) | {w.title() for w in doc.vocab.word_class("function")}
        # "Preliminary results gave the ruling party 44%": one capitalised word opening
        # the clause far from the figure may be any word; a name ("Ana Reyes won the
        # mayoral election with 55%") or one close by ("Garcia took 52%") is a name.
        opening = " " not in name and not doc.text[clause : m.start()].strip()
        gap = (m.groupdict().get("gap") or "").split()
        far = (
            len(gap) > 3
            and not m.groupdict().get("owns")  # "Berg's party is projected to win 88 seats"
            and gap[0] not in doc.vocab.word_class("contest_verb")  # "Sheinbaum won the"
        )
        speaker = any(
            m.end("name") <= c[0] < end for c in cue_spans(doc, doc.sentence_of(m.start()))
        )  # "Officials said 40 ballots were destroyed": a source, not a contestant
        if not all(word in refused for word in name.split()) and not ((opening and far) or speaker):
            return owner_named(doc, cast, name, m["the"] or "")
    pattern = _described(doc.vocab.word_class("contestant_noun"))
    described = deque(pattern.finditer(doc.text, clause, end), maxlen=1)  # the last one
    if described:
        return str(described[0]["desc"])
    if start >= clause:
        return None
    known = _last_known(doc, cast, start, clause)
    if known is not None:
        return known
    aside = _ASIDE_OWNER.fullmatch(doc.text, start, end)
    return None if aside is None else owner_named(doc, cast, aside["name"], aside["the"] or "")


@functools.lru_cache(maxsize=16)
def _described(nouns: frozenset[str]) -> regex.Pattern[str]:
    """A contestant the text describes instead of naming: "the ruling party", "the main
    opposition alliance", "the Yes side" (up to three words before the noun)."""
    noun = alternation(nouns, reverse=False, space=r"\ ")
    return regex.compile(
        rf"\b[Tt]he\h++(?P<desc>(?:[\p{{L}}-]++\h++){{0,3}}(?i:{noun}))\b(?![\p{{L}}'’-])"
    )


def rival_before(doc: Document, cast: Contestants, clause: int, end: int) -> str | None:
    """The second of a pair named before the first figure at ``end`` ("Smith led Jones
    52% to 46%": the 46% is Jones's)."""
    pair = _pair(doc.vocab.word_class("race_verb")).search(doc.text, clause, end)
    return None if pair is None else owner_named(doc, cast, pair["second"])


@functools.lru_cache(maxsize=16)
def _pair(verbs: frozenset[str]) -> regex.Pattern[str]:
    """Two contestants and the verb of a race between them, right before a figure."""
    verb = alternation(verbs, reverse=False, space=r"\ ")
    return regex.compile(
        rf"(?P<the>\b[Tt]he\h++)?(?P<first>{_NAME})\h++(?:{verb})\h++(?:the\h++)?"
        rf"(?P<second>{_NAME})\h*+(?:by\h++)?$"
    )


def _last_known(doc: Document, cast: Contestants, start: int, end: int) -> str | None:
    """The last contestant the article ties to another, named in ``text[start:end]``."""
    known = None
    for m in _ANY_NAME.finditer(doc.text, start, end):
        if cast.known(m["name"]):
            known = m
    return None if known is None else owner_named(doc, cast, known["name"], known["the"] or "")


# The contestant after a vote figure: "48% for Smith", "3.1 million votes for the
# Greens", "49.3 percent for challenger Rosa Lima".
_AFTER = regex.compile(
    rf"\s*+(?:of\s++the\s++vote\s++)?for\s++(?P<the>the\s++)?"
    rf"(?:\p{{Ll}}[\p{{Ll}}-]*+\s++){{0,2}}(?P<name>{_NAME})"
)


def owner_after(doc: Document, cast: Contestants, start: int, end: int) -> str | None:
    """The contestant named right after a figure's words at ``start`` ("for Smith")."""
    m = _AFTER.match(doc.text, start, min(end, start + 60))
    return None if m is None else owner_named(doc, cast, m["name"], m["the"] or "")
