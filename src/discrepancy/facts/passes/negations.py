"""Zero tolls stated in words ("No casualties have been reported") become drafts with
value 0; the figure inside one ("None of the 40 passengers") is no toll of its own.
"""

from __future__ import annotations

from ...models import Interval, Qualifier, Quantity, QuantityKind
from ..document import Document
from ..draft import Draft, Reading
from ..lexicon import SUFFERED

__all__ = ["inside_negations", "read_zero_tolls"]


# Every negation pattern starts with one of these words (checked by a test).
_NEGATORS = ("no ", "no-one", "nobody", "none ", "without ")


def inside_negations(doc: Document, reading: Reading) -> None:
    """ "None of the 40 passengers were hurt": the figure inside a zero toll is the
    whole the zero is counted in, not a toll of its own.
    """
    drafts = reading.drafts
    zeros = [d.quantity.span for d in drafts if d.negated]
    if not zeros:
        return
    for d in drafts:
        start = d.quantity.span[0]
        if not d.negated and any(a <= start < b for a, b in zeros):
            d.event = None
            if d.subject in SUFFERED:
                d.subject = "person"


def read_zero_tolls(doc: Document, reading: Reading) -> None:
    """Add a draft of value 0 for each zero toll stated in words, in text order.

    Args:
        doc: the article.
        reading: its drafts get the zero tolls and are sorted by position.
    """
    reading.drafts.extend(_zero_tolls(doc))
    reading.drafts.sort(key=lambda d: d.quantity.span)


def _zero_tolls(doc: Document) -> list[Draft]:
    out: list[Draft] = []
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
        out.append(Draft(q, doc.sentence_of(at), end, subject=subject, negated=True))
    return out
