"""Who did what a figure counts: the country or organisation before the verb, the one
heading an attack clause, or the demonym inside the noun phrase ("91 Russian drones").
A body that stands for a country acts as that country ("the IDF intercepted": Israel).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rules.vocab import Token
from .document import Document, span_tokens
from .draft import Draft

__all__ = ["actor_of", "demonym", "launcher"]


def actor_of(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    """The country or organisation named last before a verb (tokens ``lo..hi``), if it
    is the actor: not after a preposition ("strikes on Ukraine") nor naming a source.
    """
    found = doc.vocab.entity_forms.last(toks, lo, hi, doc.text)
    if found is None:
        return None
    k = found[0] - 1
    fillers = doc.vocab.word_class("place_filler")
    while k > lo and toks[k][2] in fillers:
        k -= 1
    if k >= lo and toks[k][2] in doc.vocab.word_class("phrase_stop"):
        return None  # "strikes on Ukraine came as ...": a target, not the actor
    if found[1] < hi and doc.vocab.cue_forms.match(toks, found[1], hi) is not None:
        return None  # "officials said the assault included ...": a source, not the actor
    return doc.vocab.actor(found[2])


def launcher(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    """The first country or organisation heading the clause ("Russia attacked Odesa
    with 47 drones"), not one after a preposition or naming a source."""
    vocab = doc.vocab
    while lo < hi:
        found = vocab.entity_forms.first(toks, lo, hi, doc.text)
        if found is None:
            return None
        start, end, name = found
        lo = end
        if start > 0 and toks[start - 1][2] in vocab.word_class("phrase_stop"):
            continue
        if end < hi and vocab.cue_forms.match(toks, end, hi) is not None:
            continue
        if (actor := vocab.actor(name)) is not None:
            return actor
    return None


def demonym(doc: Document, d: Draft, start: int, end: int) -> str | None:
    """The country a demonym inside the noun phrase names ("91 Russian drones")."""
    if end <= start:
        return None
    toks, lo, hi = span_tokens(doc, d.sentence, start, end)
    m = doc.vocab.adjective_forms.first(toks, lo, hi, doc.text)
    return None if m is None else doc.vocab.adjective_entity(m[2])
