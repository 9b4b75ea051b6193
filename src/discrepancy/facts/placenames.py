"""The place a phrase names: a gazetteer place or country, a "<Name> County" pattern,
a capitalised name after "in", "at" or "near", or the place whose streets a phrase
names ("the streets of Madrid", "the Parisian boulevards").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..rules.vocab import Token
from .anchors import anchors_of
from .document import Document, headline_span, span_tokens
from .lexicon import not_places

__all__ = ["place_near", "speaker_place", "subject_place"]


# Capitalised words ending on an organisation word, right after a place name.
_ORGANISATION_AFTER = regex.compile(
    r"(?:\s++\p{Lu}[\p{L}-]*+){0,3}?\s++(?:Survey|Agency|Service|Ministry|Force|Forces|Guard"
    r"|Council|Department|Office|Institute|Centre|Center|Committee|Commission|Bureau|Authority"
    r"|Police|Army|Navy|Command|Administration|Observatory)\b"
)


_GENERIC_PLACE = regex.compile(
    r"""(?x)
    (?:(?:St|Ste|Mt|Ft|Pt)\.\s*+)?
    (?:[A-Z][\w'’-]++\s++){1,2}
    (?:County|Province|Oblast|Region|Prefecture|District|Township|Governorate|State
      |county|province|oblast|region|prefecture|district|township|governorate)\b
    """
)


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic")


_LOWER_WORD_AFTER = regex.compile(r"\s++\p{Ll}")


# The rest of a sea's name after its water word: "Gulf| of Kessa", "Sea| of Marmara".
_OF_NAME = regex.compile(r"\s++of\s++\p{Lu}[\w'’-]*+")


# "St. Lucie", "Mt. Vernon": an abbreviated first word keeps its name.
_SAINT = r"(?:(?:St|Ste|Mt|Ft|Pt)\.\s*+)?"


_CAPITAL_PLACE = regex.compile(rf"(?!(?:the|The)\b){_SAINT}[A-Z][\w'’-]++(?:\s++[A-Z][\w'’-]++)?")


def place_near(
    doc: Document,
    sentence: int,
    start: int,
    end: int,
    *,
    last: bool = False,
    words: frozenset[str] | None = None,
) -> str | None:
    """The place named after a locative word ("in", "across", "hit") in the range.

    ``words`` are the locatives to look after (default: the classes ``locative`` and
    ``offshore_locative``: "sank off the coast of Greece" happened off Greece). The
    streets of a place name it too, with no locative ("filled the streets of Lyon",
    "pounded the Parisian pavement": the class ``ground_noun``).
    """
    vocab = doc.vocab
    if words is None:
        words = vocab.word_class("locative") | vocab.word_class("offshore_locative")
    fillers = (
        vocab.word_class("place_filler")
        | vocab.word_class("shore_filler")
        | vocab.word_class("place_adjective")
    )
    naming = vocab.word_class("naming_locative")
    route = vocab.word_class("route_word")
    ground = vocab.word_class("ground_noun")
    toks, lo, hi = span_tokens(doc, sentence, start, end)
    found = None
    at = -1  # the locative token of the place found
    for i in range(lo, hi):
        if toks[i][2] in ground:
            place = _ground_place(doc, toks, i, lo, hi)
            if place is not None:
                if not last:
                    return place
                found = place
            continue
        if toks[i][2] not in words or _route_end(toks, i, route):
            continue
        j = i + 1
        while j < hi and toks[j][2] in fillers:
            j += 1
        if j < hi:
            place = _place_at(doc, toks, j, hi, loose=toks[i][2] in naming)
            if place is not None:
                if not last:
                    return place
                if found is None or not _apposed(doc.text, toks, at, i, fillers):
                    found, at = place, i
    return found


# How many tokens a place's name may take between its locative and an apposed one.
_APPOSED_SPAN = 5


def _apposed(
    text: str, toks: Sequence[Token], before: int, i: int, fillers: frozenset[str]
) -> bool:
    """Whether the locative at ``i`` opens an apposition to the place named after the
    locative at ``before`` ("in Ostra, in eastern Valdoria, ..."): the wider place
    says where the first lies, and the first stays the figure's. Only capitalised
    words and fillers may stand between ("in Lindau police counted 6,000, in Brenn"
    is no apposition)."""
    return (
        before >= 0
        and 0 < i - before <= _APPOSED_SPAN + 1
        and toks[i - 1][2] == ","
        and all(text[t[0]].isupper() or t[2] in fillers for t in toks[before + 1 : i - 1])
    )


# "Brenn saw 9,500 marchers", "The city of Arvik has seen 40 mm of rain": a place that
# is the subject of "saw" opens its sentence.
_SUBJECT_SCENE = regex.compile(
    r"(?:(?:The|the)\s++(?:(?:city|town|village|region|province)\s++of\s++)?)?"
    r"(?P<name>\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,2})"
    r"\s++(?:saw|sees|(?:has|had)\s++seen)\s"
)


def subject_place(doc: Document, sentence: int) -> str | None:
    """The place a sentence opens with as the subject of "saw" ("Brenn saw 9,500
    marchers, against 21,000 according to the unions"): every figure of the sentence
    is there unless it names its own place. A day or a body is no place ("Tuesday saw",
    "Police saw")."""
    s_start, s_end = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
    m = _SUBJECT_SCENE.match(doc.text, s_start, s_end)
    if m is None:
        return None
    toks, lo, hi = span_tokens(doc, sentence, m.start("name"), m.end("name"))
    return _place_at(doc, toks, lo, hi) if lo < hi else None


# A capitalised name of one or two words right before a speaker ("Lindau| police").
_TOWN_NAME = r"\p{Lu}\p{Ll}[\p{L}-]*+(?:\s++\p{Lu}\p{Ll}[\p{L}-]*+)?"
_NAME_BEFORE = regex.compile(rf"(?<![\p{{L}}'’-])(?P<name>{_TOWN_NAME})\s++\Z")


# A capitalised name opening the speaker's own name before a lower-case word
# ("Tosk| fire brigade").
_NAME_OPENING = regex.compile(rf"(?P<name>{_TOWN_NAME})\s++\p{{Ll}}")


def speaker_place(doc: Document, sentence: int, before: int) -> str | None:
    """The town that qualifies the speaker of a figure before it ("Lindau police said
    18,000 marched", "The Tosk fire brigade said"): a local body's count is of its
    town. Only a name that opens the sentence, that the article writes after "in",
    "at" or "near" elsewhere, and that the entity data does not know (a country's body,
    "Russia's army", says whose body it is, not where the count is)."""
    text = doc.text
    s_start = doc.sentences[sentence][0] if doc.sentences else 0
    for anchor in anchors_of(doc, sentence):
        span = anchor.source_span
        if (
            span is None
            or span[1] > before
            or anchor.position != "before"
            or anchor.source_type in ("place", "country")
        ):
            continue  # "Air India said": a name that runs on into a place's
        m = _NAME_OPENING.match(text, span[0], span[1])  # "Tosk fire brigade"
        if m is None:
            m = _NAME_BEFORE.search(text, max(s_start, span[0] - 30), span[0])
        if m is None or text[s_start : m.start()].strip() not in ("", "The", "the"):
            continue  # the name opens the sentence: "Lindau police said", "The Lindau police"
        name = m["name"]
        vocab = doc.vocab
        if vocab.entity_type(name) is not None or name in not_places(vocab):
            continue
        if name in _located_names(doc):
            return name
    return None


# A name the text writes after "in", "at" or "near" ("in Lindau", "near the Tosk
# bridge"): one or two capitalised words.
_LOCATED = regex.compile(rf"\b(?:in|at|near)\s++(?:the\s++)?(?P<name>{_TOWN_NAME})")


def _located_names(doc: Document) -> frozenset[str]:
    """The names the article writes after "in", "at" or "near", each with its first word
    alone ("in Lindau Park" writes "Lindau" there too): found in one pass over the text
    and kept on the document, so asking for each figure stays linear."""
    if doc.located_names is None:
        names: set[str] = set()
        for m in _LOCATED.finditer(doc.text):
            name = m["name"]
            names.add(name)
            names.add(name.split()[0])
        doc.located_names = frozenset(names)
    return doc.located_names


def _ground_place(doc: Document, toks: Sequence[Token], i: int, lo: int, hi: int) -> str | None:
    """The place whose streets token ``i`` names: "the streets of Madrid", "the Parisian
    pavement" (a city's or a country's adjective in the entity data), "Lyon's squares"."""
    vocab = doc.vocab
    if i + 1 < hi and toks[i + 1][2] == "of":
        j = i + 2
        while j < hi and toks[j][2] in vocab.word_class("place_filler"):
            j += 1
        return _place_at(doc, toks, j, hi) if j < hi else None
    for k in range(max(lo, i - 2), i):
        a = vocab.adjective_forms.match(toks, k, i, doc.text)
        if a is not None and a[0] == i:
            return vocab.adjective_entity(a[1])
    if i > lo and toks[i - 1][2].endswith(("'s", "’s")):
        owner = doc.text[toks[i - 1][0] : toks[i - 1][1] - 2]
        if vocab.entity_type(owner) in ("place", "country"):
            return vocab.canonical_entity(owner)
    return None


# How many words "from" may stand before the "to" that ends its route
# ("from eastern Libya to Italy").
_ROUTE_SPAN = 5


def _route_end(toks: Sequence[Token], i: int, route: frozenset[str]) -> bool:
    """Whether token ``i`` is a "to" that names where a route goes, not where a figure
    happened: "from Libya to Italy", "bound to Italy", "en route to Athens"."""
    if toks[i][2] != "to":
        return False
    if i > 0 and toks[i - 1][2] in route:
        return True
    return any(toks[k][2] == "from" for k in range(max(0, i - _ROUTE_SPAN), i))


def _place_at(
    doc: Document, toks: Sequence[Token], i: int, hi: int, *, loose: bool = True
) -> str | None:
    """The place a phrase starting at token ``i`` names, if it names one.

    A gazetteer place or country, a "<Name> County/Province/..." pattern, or (only
    after "in", "at" or "near", ``loose``) a capitalised name that is not an
    organisation's ("in Ministry statements" names no place). A possessive yields
    to the place it qualifies: "Ukraine's capital city of Kyiv" is Kyiv.
    """
    vocab = doc.vocab
    text = doc.text
    owned = _possessive_place(doc, toks, i, hi)
    if owned is not None:
        return owned
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
    return _capitalised_place(doc, toks, i, hi) if loose else None


def _possessive_place(doc: Document, toks: Sequence[Token], i: int, hi: int) -> str | None:
    """The place a possessive at the head of a phrase gives: the one it qualifies
    ("Ukraine's capital city of Kyiv" is Kyiv), else the owner if it is a place."""
    vocab = doc.vocab
    k = next((k for k in range(i, min(hi, i + 3)) if toks[k][2].endswith("'s")), None)
    if k is None or len(toks[k][2]) <= 2:
        return None
    j = k + 1
    while j < hi and toks[j][2] in vocab.word_class("place_filler"):
        j += 1
    if j < hi and j > k + 1:
        inner = _place_at(doc, toks, j, hi, loose=False)
        if inner is not None:
            return inner
    owner = doc.text[toks[i][0] : toks[k][1] - 2]
    if vocab.entity_type(owner) in ("place", "country"):
        return vocab.canonical_entity(owner)
    return None


_LOWER_NOUN_AFTER = regex.compile(r"\s++(?P<noun>\p{Ll}++)\b")


# A word of four letters or more: a Title Case headline capitalises all of them.
_LONG_WORD = regex.compile(r"\p{L}{4,}+")


def _in_title_case_headline(doc: Document, at: int) -> bool:
    """Whether ``at`` lies in a headline written in Title Case ("Floods Kill 14 In
    Northern Arvik Villages"): three words of four letters or more at least, all of
    them capitalised (all but one from six on)."""
    span = headline_span(doc)
    if span is None or not span[0] <= at < span[1]:
        return False
    long_words = [m.group() for m in _LONG_WORD.finditer(doc.text, *span)]
    lower = sum(1 for w in long_words if not w[0].isupper())
    return len(long_words) >= 3 and lower <= (1 if len(long_words) >= 6 else 0)


def _confirmed_name(doc: Document, words: list[str]) -> list[str] | None:
    """The longest run of a Title Case headline's name that the text after the headline
    writes capitalised inside a sentence ("In Downtown Lindau" is Lindau where the body
    names Lindau; "In Coastal Towns" is no name), or None: a headline capitalises every
    word, so only the body can say which are a name."""
    span = headline_span(doc)
    body_start = span[1] if span is not None else 0
    for size in range(len(words), 0, -1):
        for k in range(len(words) - size + 1):
            run = words[k : k + size]
            if _written_inside_sentence(doc, " ".join(run), body_start):
                return run
    return None


def _written_inside_sentence(doc: Document, name: str, start: int) -> bool:
    """Whether ``name`` is written, as a whole word, after ``start`` and not at the start
    of a sentence or a line (where any word is capitalised)."""
    pattern = regex.compile(rf"(?<![\p{{L}}\d'’-]){regex.escape(name)}(?![\p{{L}}\d'’-])")
    for m in pattern.finditer(doc.text, start):
        before = doc.text[max(start, m.start() - 3) : m.start()].rstrip(" ")
        if before and before[-1] not in _SENTENCE_OPENERS:
            return True
    return False


# What may stand right before a sentence's first word: its end, a line break, a quote.
_SENTENCE_OPENERS = frozenset(".!?\n\"“‘'—–-:(")


def _capitalised_place(doc: Document, toks: Sequence[Token], i: int, hi: int) -> str | None:
    """A capitalised name at token ``i`` taken as a place: not a month or a day, an
    organisation's name, a road or a building, nor a demonym before a lower-case word."""
    vocab = doc.vocab
    text = doc.text
    c = _CAPITAL_PLACE.match(text, toks[i][0], toks[hi - 1][1])
    if c is None:
        return None
    words = [w.removesuffix("'s").removesuffix("’s") for w in c.group().split()]
    bodies = vocab.word_class("organisation_head")
    refused = not_places(vocab)
    if any(w in refused or w.lower() in bodies for w in words):
        return None
    # Title case as written: the class is lower case, the names it refuses are not.
    others = vocab.word_class("not_place_name")
    if any(w.lower() in others and w == w.capitalize() for w in words):
        return None
    if (
        len(words) == 1
        and words[0].endswith(_DEMONYM_ENDINGS)
        and _LOWER_WORD_AFTER.match(text, c.end())
    ):
        return None  # "in Colombian runoff": an adjective, not a place
    group = _LOWER_NOUN_AFTER.match(text, c.end())
    if group is not None and group["noun"] in vocab.word_class("place_group_noun"):
        return None  # "killed in the Gulf states": a group of places, not the Gulf
    if len(words) == 1 and words[0].lower() in vocab.word_class("bare_place_noun"):
        return None  # "At Port, 300 containers were stuck": a common noun, capitalised
    if _in_title_case_headline(doc, c.start()):
        confirmed = _confirmed_name(doc, words)
        if confirmed is None:
            return None  # "Storm Leaves 40,000 Without Power In Coastal Towns"
        words = confirmed
    if len(words) == 1 and words[0].lower() in vocab.word_class("water_body"):
        water = _OF_NAME.match(text, c.end(), toks[hi - 1][1])
        if water is not None:  # "the Gulf of Kessa", "the Strait of Tarvo": one name
            words.append(water.group().strip())
    name = " ".join(words)
    if vocab.entity_type(name) in (None, "place", "country"):
        return vocab.canonical_entity(name) or name
    return None
