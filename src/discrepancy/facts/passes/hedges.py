"""The hedge passes: hedges the scanner reads next to one figure but the text applies
to another, and the body's hedge a headline figure drops.
"""

from __future__ import annotations

import itertools

import regex

from ...mentions.quantities import _interval
from ...models import Policy, Qualifier, Quantity, QuantityKind
from ..clauses import clause_start
from ..document import Document
from ..draft import Reading
from ..lexicon import PLACE_SUBJECTS, UNIT_PAIR_GAP

__all__ = ["headline_hedges", "scope_hedges"]


_ESTIMATE_BEFORE = regex.compile(
    r"(?i:\b(?:estimated|put|valued|pegged)\s++at|\bestimated\s++(?:total\s++of|to\s++be))\s*+$"
)


_OVER = regex.compile(r"(?i:over)\s++")


_WORD_BEFORE = regex.compile(r"([\p{L}-]++)\s++\Z")


_A_SCORE = regex.compile(r"(?i:an?\s++score)$")


# A negation right before a hedge of comparison ("had never passed 80,000", "has not
# topped 60%"), or before the one verb a hedge of position follows ("did not fall
# below 28C", "didn't rise above $3"): the figure is a bound from the other side.
_NEGATED = regex.compile(r"(?i:(?:\bnot|\bnever|n['’]t|\bno\s++longer)\s++(?P<verb>\p{L}++\s++)?)$")


_POSITION_HEDGES = frozenset(["below", "above", "under", "over"])


_NEGATED_BOUNDS = {Qualifier.MORE_THAN: Qualifier.AT_MOST, Qualifier.LESS_THAN: Qualifier.AT_LEAST}


def scope_hedges(doc: Document, reading: Reading) -> None:
    """Hedges the scanner reads next to one figure but the text applies to another.

    * A hedge before a unit pair covers both halves: "some 55 km (35 miles)".
    * "was estimated at $5.5 billion", "an estimated total of 2 719": an estimate
      is an approximate figure.

    A hedge before a list of noun phrases is not carried to the next item: the
    text does not settle its scope ("nearly 900 nurses and 40 ward
    clerks"), so the scanner's reading stands.
    """
    drafts, policy = reading.drafts, doc.policy
    for d in drafts:
        q = d.quantity
        if q.qualifier is Qualifier.EXACT and _ESTIMATE_BEFORE.search(
            doc.text, max(0, q.span[0] - 40), q.span[0]
        ):
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.hedge, policy)
        elif q.qualifier is Qualifier.EXACT and _A_SCORE.match(q.surface):
            # "a score of drones": twenty by convention, and a round figure.
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.surface, policy)
        elif q.qualifier is Qualifier.EXACT and _guessed(doc, q):
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.hedge, policy)
        elif q.qualifier in _NEGATED_BOUNDS and _negated_hedge(doc, q):
            d.quantity = _rehedged(q, _NEGATED_BOUNDS[q.qualifier], q.hedge, policy)
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
            and UNIT_PAIR_GAP.match(doc.text, qa.span[1], qb.span[0])
        ):
            b.quantity = _rehedged(qb, qa.qualifier, qa.hedge, policy)


_GUESS_REACH = 40  # characters before a figure its adverb of a guess may stand


def _guessed(doc: Document, q: Quantity) -> bool:
    """Whether an adverb of a guess stands before the figure in its clause: "perhaps
    300 people", "the toll could possibly reach 500", "maybe the count will reach a hundred"."""
    sentence = doc.sentences[doc.sentence_of(q.span[0])] if doc.sentences else (0, 0)
    reach = max(sentence[0], q.span[0] - _GUESS_REACH)
    start = clause_start(doc, reach, q.span[0])
    guesses = doc.vocab.word_class("guess")
    return any(w in guesses for w in _WORDS.findall(doc.lowered, start, q.span[0]))


_WORDS = regex.compile(r"\p{L}++")


def _negated_hedge(doc: Document, q: Quantity) -> bool:
    """Whether a hedge of comparison the figure opens with is negated: "had never
    topped 80,000" is at most 80,000, "did not fall below 28C" at least 28C."""
    hedge = (q.hedge or "").lower()
    if not hedge or not q.surface.lower().startswith(hedge):
        return False
    m = _NEGATED.search(doc.text, max(0, q.span[0] - 30), q.span[0])
    return m is not None and (m.group("verb") is None or hedge in _POSITION_HEDGES)


def _over_places(doc: Document, q: Quantity) -> bool:
    """Whether "over" before a count of places is the preposition, not a hedge.

    "45 drones over seven regions", "missiles over 12 cities": a count of things
    (a subject the vocabulary knows) right before "over", and places counted after
    it. "Russia attacked over 20 cities" keeps its hedge (a verb comes before).
    """
    if _OVER.match(doc.text, q.span[0]) is None or q.noun is None:
        return False
    if doc.vocab.subject_for_form(q.noun) not in PLACE_SUBJECTS:
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
    if before is None:
        return False
    thing = doc.vocab.subject_for_form(before.group(1))
    return thing is not None and thing not in PLACE_SUBJECTS


def headline_hedges(doc: Document, reading: Reading) -> None:
    """A headline drops the hedge its body gives: "78 structures lost" is the
    body's "at least 78 structures destroyed", so it takes the body's qualifier.
    """
    drafts, policy = reading.drafts, doc.policy
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
