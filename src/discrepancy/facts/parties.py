"""Resolve a noun phrase to the party that gave a figure: a known entity, a named
person after a title, a body named by a common noun, or what a pronoun or "the
ministry" points back to.
"""

from __future__ import annotations

import bisect
import functools
from collections import deque

import regex

from ..rules.vocab import Vocabulary, tokenize
from .document import Document, Span
from .lexicon import not_places

__all__ = ["party_of"]


# The words that tell a source from its surroundings are the vocabulary's (see
# rules/data/sources.jsonl and facts.jsonl). The patterns below find a body's earlier
# name: bodies a bare "the ministry" may point back to (the class antecedent_body),
# each with the pattern that finds an earlier name it heads ("the Health Ministry",
# "the Ministry of Health"). Compiled once per vocabulary: keyed on the class's words.
@functools.lru_cache(maxsize=16)
def _headed(heads: frozenset[str]) -> dict[str, regex.Pattern[str]]:
    return {
        head: regex.compile(
            rf"""(?:[Tt]he\s++)?(?i:{regex.escape(head)})\s++of\s++(?:the\s++)?
                  \p{{Lu}}[\p{{L}}-]*+(?:\s++\p{{Lu}}[\p{{L}}-]*+){{0,2}}
                | (?:\p{{L}}[\p{{L}}'’-]*+\s++){{1,4}}(?i:{regex.escape(head)})\b""",
            regex.VERBOSE,
        )
        for head in heads
    }


_PRONOUNS = {"he": "person", "she": "person", "it": "organization"}


# Pronouns of the speaker, the listener or a group the text does not name: no source by
# themselves (a quotation's "we" is its speaker's, found from the quotation's cue).
_SPEAKERS_OWN = frozenset(["i", "we", "you", "they"])


# A website's name ending a phrase: "elpais.com", "politico.eu", "news.sky.com".
# (party_of reads phrases of 90 characters at most.)
_WEBSITE = regex.compile(
    r"(?<![\p{L}\d.@/-])(?P<site>[\p{Ll}\d-]++(?:\.[\p{Ll}\d-]++)*?\.\p{Ll}{2,6})\Z"
)


_ANAPHOR = regex.compile(r"(?i:(?:^|\s)the\s++(?P<head>[a-z]++))$")


# "<body> in <Place>": a body word right before a place that qualifies it (the classes
# antecedent_body and placed_body).
@functools.lru_cache(maxsize=16)
def _body_in_place(heads: frozenset[str], placed: frozenset[str]) -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<body>(?:[Tt]he\s++)?(?:[\p{Ll}][\p{L}'’-]*+\s++){0,2}?(?:"
        + ("|".join(regex.escape(head) for head in sorted(heads | placed)) or "(?!)")
        + r"))\s++(?:in|at|for)\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,2}\Z"
    )


_ANTECEDENT_REACH = 3000  # characters back to look for the body "the ministry" means


_ANTECEDENT_TRIES = 8  # of the mentions found there, how many of the last to look through


def party_of(doc: Document, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """Resolve a noun phrase to a named source: (name, entity type, span).

    In order: a pronoun ("he", "it"), a known entity (not a place that only
    qualifies the speaker or a body), a website ("nos.nl"), a body in a place ("the delegation in
    Madrid"), a name after a title ("Mayor Rui Moreira"), a body named by a
    common noun ("the transport ministry"), what "the ministry" points back to.
    """
    phrase = phrase.strip(" ,.")
    if not phrase or len(phrase) > 90:
        return None
    low = phrase.lower()
    if low in _PRONOUNS:
        return _resolve_pronoun(doc, offset, _PRONOUNS[low], phrase)
    if low in _SPEAKERS_OWN:
        return None  # '"We have counted 43 bodies," said ...': the quotation's speaker
    found = _entity_party(doc, phrase, offset)
    if found is not None:
        return found
    site = _WEBSITE.search(phrase)
    if site is not None:  # "the Spanish news portal elpais.com": a website is an outlet
        return site["site"], "outlet", (offset + site.start("site"), offset + site.end("site"))
    vocab = doc.vocab
    heads = vocab.word_class("antecedent_body")
    placed = _body_in_place(heads, vocab.word_class("placed_body")).search(phrase)
    if placed is not None:
        # "the government's delegation in Madrid counting": the body, not its town.
        body = _organisation(doc.vocab, placed["body"], offset)
        if body is not None:
            return body
        name = (
            placed["body"].split(" ", 1)[1]
            if placed["body"].lower().startswith("the ")
            else placed["body"]
        )
        at = phrase.find(name)
        return name, "organization", (offset + at, offset + at + len(name))
    named = _titled_name(doc.vocab, phrase, offset)
    if named is not None:
        return named
    field = _field_body(vocab, phrase, offset)
    if field is not None:
        return field
    knowing = _knowing(vocab, phrase, offset)
    if knowing is not None:
        return knowing
    body = _organisation(doc.vocab, phrase, offset)
    if body is None:
        body = _antecedent(doc, phrase, offset)
    if body is None:
        body = _unnamed(doc.vocab, phrase, offset)
    return body


def _entity_party(doc: Document, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """The last known entity of a phrase as its party, unless a place in it only
    qualifies the speaker ("officials in British Columbia") or a name follows it;
    a place that qualifies a body ("the Gaza health ministry") gives the body."""
    vocab = doc.vocab
    toks = tokenize(phrase)
    found = vocab.entity_forms.last(toks, 0, len(toks), phrase) if toks else None
    while (
        found is not None
        and found[0] > 0
        and toks[found[0] - 1][2] in vocab.word_class("speaker_place_preposition")
        and vocab.entity_type(found[2]) in ("place", "country")
    ):
        # "officials in British Columbia said": the place qualifies the speaker.
        found = vocab.entity_forms.last(toks, 0, found[0] - 1, phrase)
    if found is None:
        return None
    tail = phrase[toks[found[1] - 1][1] :].strip()
    if tail and tail[0].isupper():
        return None  # "Porto Mayor Rui Moreira": the name comes last
    if tail and vocab.entity_type(found[2]) in ("place", "country") and _titled_tail(vocab, tail):
        return None  # "Kharkiv regional governor Oleh Syniehubov": the name comes last
    if (
        tail
        and tail.split()[-1].lower().strip(".,") in vocab.word_class("organisation_head")
        and vocab.entity_type(found[2]) in ("place", "country")
    ):
        # "the Gaza health ministry", "the Kharkiv regional administration": a
        # place that qualifies a body names no source by itself.
        body = _organisation(vocab, phrase, offset)
        if body is not None:
            return body
    name = vocab.canonical_entity(found[2])
    if name is None:
        return None
    span = (offset + toks[found[0]][0], offset + toks[found[1] - 1][1])
    return name, vocab.entity_type(found[2]), span


def _titled_tail(vocab: Vocabulary, tail: str) -> bool:
    """Whether the words after a place end on a person's name after a lower-case title
    ("regional governor Oleh Syniehubov", "police chief Ana Ruiz")."""
    words = tail.split()
    name = _trailing_name(tail, vocab.word_class("name_joiner"))
    k = len(words) - len(name)
    return (
        bool(name)
        and k > 0
        and words[k - 1].lower().strip(".,") in vocab.word_class("speaker_title")
    )


def _titled_name(
    vocab: Vocabulary, phrase: str, offset: int
) -> tuple[str, str | None, Span] | None:
    """The capitalised name that ends a phrase, after its title ("Mayor Rui
    Moreira", "the Minister of Health, Ines Duarte")."""
    joiners = vocab.word_class("name_joiner")
    conjunctions = vocab.word_class("name_conjunction")
    words = _trailing_name(phrase, joiners | conjunctions)
    if not words:
        return None
    not_a_source, titles = vocab.word_class("not_a_source"), vocab.word_class("speaker_title")
    heads = vocab.word_class("antecedent_body")
    words = _joined_fields(vocab, words, conjunctions)
    owner = _lower_head_of(vocab, phrase, words)
    if owner is not None:
        name = f"{owner} of {' '.join(words)}"
        at = max(phrase.rfind(name), 0)
        return name, "organization", (offset + at, offset + at + len(name))
    while words and words[0].lower() in not_a_source:
        words.pop(0)
    titled = [
        i
        for i, w in enumerate(words)
        if w.lower().strip(".") in titles
        # "the General Staff", "the Attorney General's Office": part of a body's name
        and not (i + 1 < len(words) and words[i + 1].lower().strip(".,") in heads)
    ]
    if titled and titled[-1] < len(words) - 1:
        words = words[titled[-1] + 1 :]
    # "the Minister of Health, Ines Duarte": the name follows the comma.
    appositive = [i for i, w in enumerate(words[:-1]) if w.endswith(",")]
    if appositive:
        words = words[appositive[-1] + 1 :]
    while words and words[0] in joiners:
        words.pop(0)
    if words and words[-1] in not_places(vocab):
        words = []  # "... on Thursday": a day or a month never gives a figure
    if words and len(words) <= 6:
        name = " ".join(words)
        at = max(phrase.rfind(name), 0)
        return name, None, (offset + at, offset + at + len(name))
    return None


def _joined_fields(vocab: Vocabulary, words: list[str], conjunctions: frozenset[str]) -> list[str]:
    """A run of capitalised words cut after its last conjunction unless a body's head
    stands before it: "Ministry of Health and Sanitation" is one name, "Smith and
    Jones" ends on "Jones"."""
    k = max((i for i, w in enumerate(words) if w in conjunctions), default=-1)
    if k < 0:
        return words
    heads = vocab.word_class("organisation_head") | vocab.word_class("antecedent_body")
    if any(w.lower().strip(".,") in heads for w in words[:k]):
        return words
    return words[k + 1 :]


# "the government of Norland": a body's lower-case head, "of", then the name.
_HEAD_OF = regex.compile(r"(?:^|\s)(?P<head>\p{Ll}++)\s++of\s++(?:the\s++)?\Z")


def _lower_head_of(vocab: Vocabulary, phrase: str, words: list[str]) -> str | None:
    """The head of the body a capitalised name belongs to, when a lower-case body word
    and "of" stand right before it ("the government of Norland", "the ministry of
    Education"): the head capitalised, as the body's own name writes it."""
    if not words:
        return None
    before = phrase[: phrase.rfind(words[0])] if words[0] in phrase else ""
    m = _HEAD_OF.search(before)
    if m is None:
        return None
    head = m["head"]
    bodies = (
        vocab.word_class("organisation_head")
        | vocab.word_class("antecedent_body")
        | vocab.word_class("sole_body")
    )
    return head.capitalize() if head in bodies else None


# "the ministry of health": a body's head, "of", and the lower-case field it serves.
_FIELD_BODY = regex.compile(
    r"(?:^|\s)(?P<name>(?P<head>\p{L}++)\s++of\s++(?:the\s++)?\p{Ll}[\p{L}-]*+"
    r"(?:\s++(?:and\s++)?\p{Ll}[\p{L}-]*+){0,2})\Z"
)


def _field_body(vocab: Vocabulary, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """A body written in lower case with its field ("the ministry of health said",
    "the department of public works"): named as its capitalised form would be
    ("Ministry of Health"), so that outlets writing either meet."""
    m = _FIELD_BODY.search(phrase)
    if m is None or m["head"].lower() not in vocab.word_class("antecedent_body"):
        return None
    small = vocab.word_class("name_joiner") | vocab.word_class("name_conjunction") | {"the"}
    name = " ".join(w if w in small else w.capitalize() for w in m["name"].split())
    return name, "organization", (offset + m.start("name"), offset + m.end("name"))


def _antecedent(doc: Document, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """What "the ministry said" points back to: the last body named with that head.

    "The Health Ministry said 45 people were killed. The ministry said 120 others
    were injured.": the second figure is the Health Ministry's too. Only a phrase
    ending in a bare "the <body word>" is resolved, to a name of two words or more
    given earlier, or to a proper name set after that body's common-noun name ("the
    relief agency Aidhaven": Aidhaven).
    """
    m = _ANAPHOR.search(phrase)
    if m is None:
        return None
    head = m["head"].lower()
    pattern = _headed(doc.vocab.word_class("antecedent_body")).get(head)
    if pattern is None:
        return None
    # The last body so named that is not itself a bare "the ministry": following one
    # of those back would chain through every earlier mention (and recurse).
    window = pattern.finditer(doc.text, max(0, offset - _ANTECEDENT_REACH), offset)
    named = [m for m in deque(window, maxlen=_ANTECEDENT_TRIES) if not _ANAPHOR.search(m.group())]
    if not named:
        return None
    last = named[-1]
    found = None
    apposed = _APPOSED_NAME.match(doc.text, last.end(), offset)
    if apposed is not None:
        # "The relief agency Aidhaven said ...": the name in apposition names the body.
        found = party_of(doc, doc.text[last.start() : apposed.end()], last.start())
    if found is None:
        found = party_of(doc, last.group(), last.start())
    if (
        found is None
        or (" " not in found[0] and not found[0][:1].isupper())
        or found[0].lower() == phrase.lower()
    ):
        return None
    return found


# A capitalised name right after a body's common-noun name: "the relief agency Aidhaven".
_APPOSED_NAME = regex.compile(r",?\s++\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,3}")


def _organisation(
    vocab: Vocabulary, phrase: str, offset: int
) -> tuple[str, str | None, Span] | None:
    """A body named by a common noun: "the transport ministry", "a count by this newspaper".

    The name is the noun phrase that ends on an organisation word, from its
    determiner or preposition on ("the CGTP union federation" -> "CGTP union
    federation").
    """
    words = phrase.split()
    head = words[-1].lower().strip(".,") if words else ""
    roles = vocab.word_class("speaker_title")
    speaker = head in roles
    if (
        not speaker
        and head not in vocab.word_class("organisation_head")
        and head not in vocab.word_class("sole_body")
        and not _owned(vocab, words)
    ):
        return None
    not_a_source = vocab.word_class("not_a_source")
    clause_openers = vocab.word_class("clause_opener")
    stops = vocab.word_class("phrase_stop")
    kept: list[str] = []
    stop = ""
    for word in reversed(words[-5:]):
        low = word.lower()
        if low in not_a_source or low in stops or low in clause_openers or low in ("a", "an"):
            stop = low
            break
        if word[:1].islower() and low.endswith(("'s", "’s")):
            stop = "the"  # "the region's emergency services": a common-noun owner is no name
            break
        kept.append(word)
    if len(kept) == 1 and stop not in ("this", "our"):
        if head in vocab.word_class("sole_body"):
            # "the army said": a body a country has one of names itself.
            at = phrase.rfind(kept[0])
            return head, "organization", (offset + at, offset + at + len(kept[0]))
        return None  # "the agency said": an anaphor; only "this newspaper" names itself
    kept.reverse()
    named = _named_within(kept, roles if speaker else vocab.word_class("outlet_tail"))
    qualifiers = vocab.word_class("body_qualifier")
    if named is not None and all(w.lower() in qualifiers for w in named):
        named = None  # "Aid agency says", "the National News Agency": no proper name
    if named is not None:
        kept = named  # "an IOM spokesman" speaks for the IOM
    name = " ".join(kept)
    at = phrase.rfind(name)
    kind = "person" if speaker and named is None else "organization"
    return name, kind, (offset + at, offset + at + len(name))


# "sources close to the investigation", "people familiar with the matter", "two
# officials briefed on the talks": who they are, then what they know.
_KNOWING = regex.compile(
    r"""(?xi)^(?:(?:the|a|an|some|two|three|several|many|senior|informed|government)\s++){0,2}
    (?P<who>\p{L}++)
    \s++(?:close\s++to|familiar\s++with|with\s++(?:direct\s++)?knowledge\s++of
      |briefed\s++on|involved\s++in|aware\s++of|privy\s++to)\s"""
)


def _knowing(vocab: Vocabulary, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """A party the text does not name but by what it knows ("Sources close to the
    investigation said", "people familiar with the matter said"): the word for it as
    written, entity type ``unnamed``."""
    m = _KNOWING.match(phrase)
    if m is None:
        return None
    who = m["who"]
    if who.lower() not in vocab.word_class("unnamed_source") | vocab.word_class("knowing_party"):
        return None
    return who, "unnamed", (offset + m.start("who"), offset + m.end("who"))


def _owned(vocab: Vocabulary, words: list[str]) -> bool:
    """Whether a phrase ends on a body its capitalised owner names ("Berg's campaign")."""
    return (
        len(words) >= 2
        and words[-1].lower().strip(".,") in vocab.word_class("owned_body")
        and words[-2][:1].isupper()
        and words[-2].endswith(("'s", "’s"))
    )


def _unnamed(vocab: Vocabulary, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """A source the text does not name, as written without its determiners: "reports"
    of "some reports", "economists", "survivors' testimonies" (the class unnamed_source
    heads it); entity type ``unnamed``."""
    words = phrase.split()
    if not words or words[-1].lower().strip(".,") not in vocab.word_class("unnamed_source"):
        return None
    stops = (
        vocab.word_class("phrase_stop")
        | vocab.word_class("clause_opener")
        | vocab.word_class("not_a_source")  # "some", "early", "the": no part of the name
    )
    kept = [words[-1]]
    for word in reversed(words[-4:-1]):
        if word.lower() in stops or not word.replace("'", "").replace("’", "").isalpha():
            break
        kept.append(word)
    kept.reverse()
    name = " ".join(kept)
    at = phrase.rfind(name)
    return name, "unnamed", (offset + at, offset + at + len(name))


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


def _trailing_name(phrase: str, joiners: frozenset[str]) -> list[str]:
    """The run of capitalised words that ends a phrase ("Mayor Rui Moreira")."""
    words = phrase.split()
    out: list[str] = []
    for word in reversed(words[-8:]):
        if word[:1].isupper() or (word in joiners and out):
            out.append(word)
        else:
            break
    while out and out[-1] in joiners:
        out.pop()
    return list(reversed(out))


def _resolve_pronoun(
    doc: Document, offset: int, kind: str, phrase: str
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


def _person_mentions(doc: Document) -> list[tuple[int, str]]:
    """Every mention of a known person, found once per article with ``str.find``."""
    if doc.persons is None:
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
        doc.persons = found
    return doc.persons
