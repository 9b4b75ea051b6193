"""The attendance pass: a count of people a crowd word or a crowd estimate gives is
attendance ("organisers put the crowd at 150,000"); and an estimator is never what its
own estimate counts ("Police counted 38,000": people in the crowd, not officers).
"""

from __future__ import annotations

from ...models import QuantityKind, SourceBasis
from ...text.nounphrase import singular
from ..document import Document
from ..draft import Draft, Reading, earlier_draft
from ..lexicon import CROWD_CUE

__all__ = ["read_attendance"]

# How many sentences back the figure an estimate restates may stand ("Organisers said
# 110,000 took part. Police counted 38,000.").
_ESTIMATED_BACK = 2


def read_attendance(doc: Document, reading: Reading) -> None:
    """Give a count of people with no event the event ``attended`` when a crowd counts it.

    A crowd word in the cue of its source ("put the crowd at") or just before the
    figure ("Police estimated the crowd at 55,000") makes it attendance. A figure an
    estimating frame gives whose subject is only its estimator ("Police counted
    38,000": the noun before the verb is the police) counts what the figure before it
    counts, in its sentence or the two before ("Organisers said 110,000 people took
    part."): its noun is elided.

    Args:
        doc: the article.
        reading: its drafts, changed in place.

    >>> from discrepancy import extract
    >>> ex = extract("Organisers said 110,000 people took part in the march. "
    ...              "Police counted 38,000.")
    >>> [(f.surface, f.subject, f.event, f.attribution.source) for f in ex.facts]
    [('110,000', 'person', 'attended', 'organisers'), ('38,000', 'person', 'attended', 'police')]
    """
    for index, d in enumerate(reading.drafts):
        if _counts_its_estimator(doc, d):
            _take_the_estimated(reading.drafts, index)
        start = d.quantity.span[0]
        cue = d.attribution.cue if d.attribution is not None else None
        if (
            d.event is None
            and d.subject == "person"
            and (
                (cue and CROWD_CUE.search(cue))
                # "Police estimated the crowd at 55,000"
                or CROWD_CUE.search(doc.lowered, max(0, start - 25), start)
            )
        ):
            d.event = "attended"


def _counts_its_estimator(doc: Document, d: Draft) -> bool:
    """Whether a figure a frame gives counts the very estimator the frame names."""
    a = d.attribution
    if a is None or a.found is not SourceBasis.FRAME or d.subject is None or d.negated:
        return False
    source = a.source.lower()
    # "police" is the vocabulary's officer; "Stewards" the text's steward.
    head = singular(source.rpartition(" ")[2], doc.vocab.plurals)
    return d.subject in (doc.vocab.subject_for_form(source), head)


def _take_the_estimated(drafts: list[Draft], index: int) -> None:
    """The subject and event of the figure of another kind before it that the estimate
    restates; no subject when there is none near."""
    d = drafts[index]
    p = earlier_draft(
        drafts,
        index,
        back=8,
        sentences=_ESTIMATED_BACK,
        accept=lambda p: (
            p.quantity.kind is d.quantity.kind
            and p.subject is not None
            and p.subject != d.subject
            and not p.negated
        ),
    )
    if p is None:
        if d.quantity.kind is QuantityKind.COUNT:
            # "Police counted 38,000." with no count before it: the counters are not
            # the counted, and what they counted the text does not say ("Ridership
            # recorded a 12% drop" is a rate of what recorded it)
            d.subject, d.group = None, None
        return
    d.subject, d.subject_basis, d.group = p.subject, p.subject_basis, p.group
    d.subject_fallback, d.elided = p.subject_fallback, True
    if d.event is None:
        d.event = p.event
