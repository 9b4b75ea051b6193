"""The figures pass: each scanned figure becomes a draft, unless it is page debris, part
of a date, or a reference to things already counted ("the three countries' leaders").
"""

from __future__ import annotations

import regex

from ...models import Qualifier, Quantity, QuantityKind, Rejected, RejectReason, trusted
from ..document import Document
from ..draft import Draft, Reading
from ..lexicon import THE_BEFORE, TOLLS

__all__ = ["measured_magnitude", "read_figures"]


_REFERENCE_AFTER = regex.compile(
    r"""(?x)\s++
    (?: \p{L}[\p{L}-]{0,30}?(?:s'|s’|'s|’s)(?!\p{L})  # a possessive: "countries' leaders"
      | (?:earlier|previous|other|last|first|next|former|latter|following)\b
    )"""
)


# "312 of those patients were over 80", "most of the victims were aged over 75": the
# people counted, a verb of being, and a hedged figure with no noun: an age of theirs.
_BEING_BEFORE = regex.compile(
    r"""(?xi)(?P<who>[\p{L}\p{N},]++)\s++
    (?:were|are|was|is|being|(?:have|has|had)\s++been)\s++
    (?:(?:all|mostly|mainly|largely|nearly\s++all)\s++)?(?:aged\s++)?$"""
)


_AGE_MAX = 120  # years: a bound above it is no age ("those killed were over 200")


def read_figures(doc: Document, reading: Reading) -> None:
    """Make a draft of each figure the scanner found, in text order; reject the others.

    Args:
        doc: the article; its ``quantities`` are the scanner's figures.
        reading: gets one draft per figure kept and one rejection per figure dropped.
    """
    for q in doc.quantities:
        # A figure in words restated in digits ("Thirty one (31)") is one figure: the
        # scanner reads it so.
        reason = _reject_reason(doc, q)
        if reason is not None:
            reading.rejected.append(
                trusted(Rejected, span=q.span, surface=q.surface, reason=reason)
            )
            continue
        reading.drafts.append(Draft(q, doc.sentence_of(q.span[0]), q.span[1]))


def _reject_reason(doc: Document, q: Quantity) -> RejectReason | None:
    debris = doc.debris.at(q.span[0])
    if debris is not None:
        return debris.reason
    if (
        q.kind is QuantityKind.COUNT
        and q.qualifier is Qualifier.EXACT
        and THE_BEFORE.search(doc.text, max(0, q.span[0] - 5), q.span[0])
        and _REFERENCE_AFTER.match(doc.text, q.span[1])
    ):
        # "the three countries' leaders", "the two earlier marches": a reference to
        # things the reader already knows, not a count the article reports.
        return RejectReason.DETERMINER
    if _age_of_people(doc, q):
        return RejectReason.NO_SUBJECT  # an age of the people counted counts no thing
    for t in doc.times_in((max(0, q.span[0] - 80), q.span[1])):
        if t.span[0] < q.span[1] and q.span[0] < t.span[1]:
            return RejectReason.DATE
    return None


def _age_of_people(doc: Document, q: Quantity) -> bool:
    """Whether a figure is the age of people a verb of being joins it to: "312 of those
    patients were over 80", "most of the dead were over 70", "of those, 312 were over
    80" (the scanner reads "patients over 80" itself). A hedge of age, no noun or unit
    of its own, and people (or a count of them) right before the verb."""
    vocab = doc.vocab
    if q.kind is not QuantityKind.COUNT or q.noun is not None or q.unit is not None:
        return False
    hedge = " ".join((q.hedge or "").lower().split())
    if hedge not in vocab.word_class("age_hedge") or q.nominal > _AGE_MAX:
        return False
    m = _BEING_BEFORE.search(doc.text, max(0, q.span[0] - 60), q.span[0])
    if m is None:
        return False
    who = m.group("who").lower().rstrip(",")
    if who[:1].isdigit() or who in vocab.word_class("age_group_noun"):
        return True
    named = vocab.subject_for_form(who)
    entry = vocab.subjects.get(named or "")
    return entry is not None and (entry.person or named in TOLLS)


def measured_magnitude(d: Draft) -> Quantity:
    """The figure of a draft, measured in magnitude when its subject is a quake's
    magnitude and the scanner read no unit: "the USGS put the magnitude at 6.1",
    "measured it at 6.1", "measured 7.2 on the Richter scale" give the measure that
    "a 6.5-magnitude quake" gives, so the outlets' figures meet in one row.
    """
    q = d.quantity
    if d.subject != "magnitude" or q.kind is not QuantityKind.COUNT or q.unit is not None:
        return q
    return q.model_copy(update={"kind": QuantityKind.MEASURE, "unit": "magnitude"})
