"""The places pass: the place each figure is in, named in its sentence or carried from
the sentences before it.
"""

from __future__ import annotations

import bisect

import regex

from ...models import LocationBasis, QuantityKind
from ..actors import demonym
from ..document import Document, content_paragraphs
from ..draft import PRE_SPAN, Draft, Reading, sentence_span
from ..lexicon import PLACE_SUBJECTS, not_places
from ..placenames import place_near, speaker_place, subject_place
from .figures import measured_magnitude

__all__ = ["read_places"]


_PLACE_CUT = regex.compile(
    r"""(?x)
    [;(“”"]
    | ,\s++(?:according|which|who|whose|where|said|including|while|as)\b
    # "9,500 marched, and in Tosk police counted 4,000": another clause's place
    | ,?\s++(?:and|but|whereas)\s++(?:in|at)\s
    # "12,400 were evacuated, most of them in Selma": the place of a part
    | ,\s++[\w-]++\s++of\s++(?:them|whom|which|those)\b
    # "..., officials in British Columbia said": the speaker's place, not the figure's
    | ,\s++(?:[\w'’.-]++\s++){1,4}?(?:said|says|told|reported|announced|confirmed)\b
    """
)


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


def read_places(doc: Document, reading: Reading) -> None:
    """The place of each figure: named in its sentence, else carried from context.

    A figure whose sentence names no place takes the latest place named in the
    sentences before it, no more than one paragraph back ("Tens of thousands
    marched in Madrid on Saturday. Organisers said more than 100,000 took part."),
    marked :attr:`LocationBasis.CONTEXT`; a passage that keeps giving figures keeps
    its place. Nothing is carried to a count of places ("14 regions"), to money, a
    share or a measure (see ``_CARRIED_KINDS``), or to a sentence that widens its own
    scope ("across the country", "elsewhere", "in total"); a place fronted in its
    sentence ("In Opole province alone, 5 people died") scopes that sentence only, and
    a sentence that gives its figures several places ("11 died in Selma and 6 in Port
    Arlen") sets none for the passage after it. A place that opens its sentence as the
    subject of "saw" ("Brenn saw 9,500 marchers") is the place of the sentence's figures
    that name none of their own; the place of a part ("12,400 were evacuated, most of
    them in Selma") is not the whole's. A count whose speaker opens its sentence with a
    town's name the article writes as a place elsewhere ("Lindau police said 18,000
    marched") is in that town (see :func:`~..placenames.speaker_place`).
    A bare figure read as a magnitude is measured in magnitude first (see
    :func:`~.figures.measured_magnitude`): a measure takes no place from the passage.
    """
    drafts = reading.drafts
    # A sentence with no figure sets the scene with more words: "the streets of
    # Madrid", "marched through Lisbon", "Russia attacked Kyiv" (only a known place or
    # a "<Name> County" pattern may follow them).
    scene = doc.vocab.word_class("locative") | doc.vocab.word_class("scene_locative")
    content = content_paragraphs(doc) if doc.sentences else []
    named: list[str] = []  # places stated so far, for "the capital"
    context: tuple[str, int, int] | None = None  # place, sentence, paragraph rank
    scanned = -1  # sentences up to this index were searched for a context place
    broken = -1  # the last sentence that gave its figures several places
    widened: dict[int, bool] = {}  # sentence -> widens its own scope (searched once)
    for d in drafts:
        s_start, s_end = sentence_span(doc, d)
        q = d.quantity = measured_magnitude(d)
        entry = doc.vocab.subjects.get(d.subject or "")
        is_place = entry is not None and entry.default_event is not None
        location = _stated_place(doc, d, named, is_place=is_place)
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
            if context is not None and context[1] == d.sentence and context[0] != location:
                # "Of those, 11 died in Selma and 6 in Port Arlen": a breakdown by place
                # sets no one place for the passage after it.
                context, broken = None, d.sentence
            elif broken != d.sentence and not _FRONTED_PLACE.match(doc.text, s_start, s_end):
                context = (location, d.sentence, paragraph)
            scanned = max(scanned, d.sentence)
            continue
        if (
            is_place
            or d.subject in PLACE_SUBJECTS
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
        floor = max(scanned, context[1] if context is not None else -1)
        context = _scene_before(doc, content, d.sentence, floor, scene) or context
        scanned = max(scanned, d.sentence - 1)
        if context is not None and paragraph - context[2] <= 1:
            d.location, d.location_basis = context[0], LocationBasis.CONTEXT
            context = (context[0], context[1], paragraph)  # the story goes on there


def _stated_place(doc: Document, d: Draft, named: list[str], *, is_place: bool) -> str | None:
    """The place a figure's sentence names: in the figure's own noun phrase for a count
    of places ("14 Ukrainian regions" are in Ukraine; "91 Russian drones" are not in
    Russia), after a locative after it or before it, or "the capital"."""
    s_start, s_end = sentence_span(doc, d)
    q = d.quantity
    location = demonym(doc, d, q.span[1], d.noun_end) if is_place else None
    after_end = _place_after_end(doc, d.noun_end, s_end)
    own_end = _own_clause_end(doc, d.noun_end, after_end)
    if location is None:
        location = place_near(doc, d.sentence, d.noun_end, own_end)
    if location is None:
        location = place_near(
            doc, d.sentence, max(s_start, q.span[0] - PRE_SPAN), q.span[0], last=True
        )
    if location is None:
        location = subject_place(doc, d.sentence)
    if location is None and q.kind in _CARRIED_KINDS:
        location = speaker_place(doc, d.sentence, q.span[0])
    if location is None and own_end < after_end:
        # "12 were killed, 40 injured in Brenn": a place after a list of figures is
        # every figure's when none has a place of its own.
        location = place_near(doc, d.sentence, d.noun_end, after_end)
    if location is None:
        location = _the_capital(doc, d, named)
    return location


# The punctuation that ends a figure's clause before the next figure of its sentence.
_CLAUSE_MARK = regex.compile(r"[,;:]")


def _own_clause_end(doc: Document, start: int, end: int) -> int:
    """Where the words after a figure stop being its own: at the next figure, or at the
    last comma before it ("In Lindau police counted 6,000, in Brenn 9,500": Brenn is
    the next figure's place)."""
    i = bisect.bisect_left(doc.quantities, start, key=lambda q: q.span[0])
    if i == len(doc.quantities) or doc.quantities[i].span[0] >= end:
        return end
    nxt = doc.quantities[i].span[0]
    marks = [m.start() for m in _CLAUSE_MARK.finditer(doc.text, start, nxt)]
    return marks[-1] if marks else nxt


def _scene_before(
    doc: Document, content: list[int], sentence: int, floor: int, scene: frozenset[str]
) -> tuple[str, int, int] | None:
    """The latest place named in the figure-less sentences between ``floor`` and
    ``sentence`` (latest first, at most a paragraph back): (place, sentence, paragraph)."""
    paragraph = content[doc.paragraph_of(doc.sentences[sentence][0])]
    for before in range(sentence - 1, floor, -1):
        b_start, b_end = doc.sentences[before]
        b_paragraph = content[doc.paragraph_of(b_start)]
        if paragraph - b_paragraph > 1:
            break
        if doc.debris.at(b_start) is not None or _FRONTED_PLACE.match(doc.text, b_start, b_end):
            continue
        place = place_near(doc, before, b_start, b_end, last=True, words=scene)
        if place is not None:
            return place, before, b_paragraph
    return None


def _the_capital(doc: Document, d: Draft, named: list[str]) -> str | None:
    """The city "in the capital" means: the latest place stated so far that is a
    capital, or the capital of the latest country stated ("Russia hit Ukraine ...
    In the capital, two people were killed" is Kyiv).
    """
    s_start, s_end = sentence_span(doc, d)
    q = d.quantity
    start = max(s_start, q.span[0] - PRE_SPAN)
    m = _THE_CAPITAL.search(doc.text, start, _place_after_end(doc, d.noun_end, s_end))
    if m is None:
        return None
    if m["name"] is not None:  # "In the capital, Kyiv, ...": named after all
        name = m["name"].removesuffix("'s").removesuffix("’s")
        if name not in not_places(doc.vocab) and doc.vocab.entity_type(name) in (
            None,
            "place",
            "country",
        ):
            return doc.vocab.canonical_entity(name) or name
        return None
    for place in reversed(named):
        capital = doc.vocab.capital(place)
        if capital is not None:
            return capital
    return None


def _place_after_end(doc: Document, start: int, s_end: int) -> int:
    limit = min(s_end, start + 110)
    cut = _PLACE_CUT.search(doc.text, start, limit)
    return limit if cut is None else cut.start()
