"""The parts pass: link a figure to the whole it is a part of ("430 of the drones",
"including 52 homes", "Of the 42 miners, 35 ...", "four children were among the dead").
"""

from __future__ import annotations

import regex

from ...models import Quantity, QuantityKind
from ..document import Document
from ..draft import Draft, Reading, sentence_span
from ..lexicon import (
    DESCRIBED_AFTER,
    FRONT_PART,
    GROUPED_TOLLS,
    LIST_GAP,
    OF_WHICH_BEFORE,
    PART_OF,
    PARTITIVE_PRONOUNS,
    TOLLS,
)

__all__ = ["read_parts"]


# Just before a part: ", including", ", among them", ", of which" after its whole.
_INCLUDING = regex.compile(r"(?i:,\s*+(?:including|among\s+them|of\s+(?:which|whom))\s++)$")


_AMONG_AFTER = regex.compile(
    r"(?:\s++[\p{L}-]++){0,3}?\s++(?:were|was|are|is)\s++(?:also\s++)?among\s++(?:the|those)\b"
)


_AMONG_BEFORE = regex.compile(
    r"(?i:\bamong\s++(?:the|those)\s++[\p{L}-]++\s++(?:were|was|are|is)\s++)$"
)


_PART_REACH = 3  # sentences back a part that names its whole ("72 of the deaths") may look


def read_parts(doc: Document, reading: Reading) -> None:
    """Link each part to its whole: after "of which", "including", a fronted "Of the
    42 miners,", "among the dead", or "of the drones" / "of them".

    Args:
        doc: the article.
        reading: its drafts, whose ``part_of`` (and a part's missing ``event`` or
            ``subject``) is set in place.
    """
    drafts = reading.drafts
    for i in range(len(drafts)):
        if not (
            _part_of_list(doc, drafts, i)
            or _included_part(doc, drafts, i)
            or _fronted_or_among(doc, drafts, i)
        ):
            _partitive_part(doc, drafts, i)


def _included_part(doc: Document, drafts: list[Draft], i: int) -> bool:
    """ "78 structures destroyed, including 52 homes" (and every next item of such a
    list): a part of the whole before it, counted by the same verb. Links
    ``drafts[i]`` and returns True when it is one.
    """
    d = drafts[i]
    q = d.quantity
    if i > 0 and _INCLUDING.search(doc.text, max(0, q.span[0] - 30), q.span[0]):
        whole = drafts[i - 1]
        if (
            whole.sentence == d.sentence
            and not whole.negated
            and whole.part_of is None
            and whole.quantity.kind is q.kind
            and _fits_inside(q, whole.quantity)
        ):
            _take_part(d, i - 1, whole)
            return True
    if i > 0 and drafts[i - 1].part_of is not None and not d.negated:
        # "killed 42, including 18 children and nine women": every item of the list.
        item = drafts[i - 1]
        whole_index = item.part_of
        assert whole_index is not None
        whole = drafts[whole_index]
        if (
            item.sentence == d.sentence
            and item.quantity.kind is q.kind
            and LIST_GAP.match(doc.text, item.noun_end, q.span[0])
            and _INCLUDING.search(
                doc.text, max(0, item.quantity.span[0] - 30), item.quantity.span[0]
            )
            and _fits_inside(q, whole.quantity)
        ):
            _take_part(d, whole_index, whole)
            return True
    return False


def _fronted_or_among(doc: Document, drafts: list[Draft], i: int) -> bool:
    """A part after a fronted whole ("Of the 42 miners, 35 ...") or of a toll it is
    among ("Four children were among the dead"): True when the figure is one."""
    d = drafts[i]
    q = d.quantity
    front = FRONT_PART.match(doc.text, sentence_span(doc, d)[0], q.span[0])
    if front is not None:
        _fronted_part(doc, drafts, i, front)
        return True
    if d.subject in TOLLS and (
        # Bounded by the sentence: the regex module scans the whole window for
        # "among" first, and an open window reaches the end of the text.
        _AMONG_AFTER.match(doc.text, q.span[1], sentence_span(doc, d)[1])
        or _AMONG_BEFORE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
    ):
        _among_part(doc, drafts, i)
        return True
    return False


def _partitive_part(doc: Document, drafts: list[Draft], i: int) -> None:
    """ "430 of the drones", "three of them": a part of the last whole of the same
    subject (any whole, for a pronoun) within reach, or of the whole inside its own
    noun phrase ("Fewer than 200 of the capital's 700 buses")."""
    d = drafts[i]
    q = d.quantity
    m = PART_OF.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 20))
    if m is None:
        return
    det = m.group("det").lower()
    if det in ("those", "these") and DESCRIBED_AFTER.match(doc.text, m.end()):
        det = "the"
    nxt = drafts[i + 1] if i + 1 < len(drafts) else None
    if (
        nxt is not None
        and nxt.sentence == d.sentence
        and nxt.quantity.span[0] < d.noun_end
        and nxt.subject == d.subject
        and _fits_inside(d.quantity, nxt.quantity)
    ):
        # "Fewer than 200 of the capital's 700 buses": the whole is inside the
        # part's own noun phrase; it is a total, not what the verb did.
        d.part_of = i + 1
        if nxt.event == d.event:
            nxt.event = "total"
        return
    pronoun = det in PARTITIVE_PRONOUNS
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        # "of them" points at the last sentence; "of the injured" names its whole
        # and may reach a little further back in the story.
        if d.sentence - whole.sentence > (1 if det in PARTITIVE_PRONOUNS else _PART_REACH):
            break
        if whole.negated:
            continue
        if whole.part_of is not None and not (
            det in PARTITIVE_PRONOUNS and whole.sentence == d.sentence
        ):
            continue  # "Of the injured, 25 remained in hospital, six of them ..."
        if q.kind is QuantityKind.PERCENT and whole.quantity.kind is QuantityKind.PERCENT:
            continue  # "70 percent of the victims": a share of a noun, not of a share
        same_subject = whole.subject == d.subject
        if same_subject or pronoun:
            if _fits_inside(d.quantity, whole.quantity):
                d.part_of = j
                if d.subject is None:
                    d.subject = whole.subject
                if d.event is None and d.subject == whole.subject and _shares_verb(d):
                    # "32 officers were hurt, three of them seriously", "72 of the
                    # deaths were in Antakya"
                    d.event = whole.event
            break


def _part_of_list(doc: Document, drafts: list[Draft], i: int) -> bool:
    """ "502 drones and 24 missiles, of which 430 drones and 21 missiles were shot
    down": each share named after "of which" (and each next item of a list of
    shares) is part of the whole of its own kind. Links ``drafts[i]`` and returns
    True when one such whole is found.
    """
    d = drafts[i]
    if d.subject is None:
        return False
    start = d.quantity.span[0]
    prev = drafts[i - 1] if i > 0 else None
    listed = (  # "of which 430 drones and 21 missiles": the list goes on
        prev is not None
        and prev.part_of is not None
        and prev.sentence == d.sentence
        and LIST_GAP.match(doc.text, prev.noun_end, start) is not None
    )
    if not listed and not OF_WHICH_BEFORE.search(doc.text, max(0, start - 20), start):
        return False
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > 1:
            return False
        if whole.part_of is None and not whole.negated and whole.subject == d.subject:
            if not _fits_inside(d.quantity, whole.quantity):
                return False
            d.part_of = j
            return True
    return False


def _shares_verb(d: Draft) -> bool:
    """Whether a part with no verb of its own takes its whole's: not a part of zero
    ("14 missiles were fired, none of which reached the port" did something
    else than its whole)."""
    return d.quantity.nominal != 0


def _take_part(d: Draft, index: int, whole: Draft) -> None:
    """Make ``d`` a part of ``whole``: the whole's verb, and its toll ("including 18
    children" of a death toll are deaths)."""
    d.part_of = index
    if (d.event is None or d.event_from_pre or d.event_default) and _shares_verb(d):
        d.event = whole.event
    if d.subject == "person" and whole.subject in TOLLS:
        d.subject = whole.subject


def _among_part(doc: Document, drafts: list[Draft], i: int) -> None:
    """ "Four children were among the dead": a part of the toll given before."""
    d = drafts[i]
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > _PART_REACH:
            return
        if whole.negated or whole.part_of is not None or whole.subject != d.subject:
            continue
        if whole.sentence != d.sentence and _fits_inside(d.quantity, whole.quantity):
            d.part_of = j
        return


def _fronted_part(doc: Document, drafts: list[Draft], i: int, front: regex.Match[str]) -> None:
    """The whole a part after "Of the 42 miners," / "Of the wounded," / "Of the total," is in:
    the figure inside the fronted phrase, else the last one of the same subject (any of
    the same kind for "the total").
    """
    d = drafts[i]
    q = d.quantity
    words = front.group("np").lower().split()
    total = bool(words) and words[-1] in doc.vocab.word_class("fronted_total")
    for j in range(i - 1, -1, -1):
        whole = drafts[j]
        if d.sentence - whole.sentence > _PART_REACH:
            return
        if whole.negated or whole.part_of is not None or whole.quantity.kind is not q.kind:
            continue
        inside = whole.sentence == d.sentence and whole.quantity.span[0] >= front.start("np")
        if inside or whole.subject == d.subject or total:
            if _fits_inside(q, whole.quantity):
                d.part_of = j
                if inside and whole.event == d.event:
                    whole.event = "total"  # "Of the 42 miners, 35 were rescued"
                    if (
                        whole.subject in GROUPED_TOLLS
                        and whole.subject != doc.vocab.subject_for_form(whole.quantity.noun or "")
                    ):
                        # The part's verb made the miners survivors: the whole is the people.
                        whole.subject = "person"
                elif d.event is None and whole.subject == d.subject:
                    d.event = whole.event  # "Of the dead, 12 were children"
            return


def _fits_inside(part: Quantity, whole: Quantity) -> bool:
    if part.kind is QuantityKind.PERCENT:
        return True
    high = whole.value.high
    return high is None or part.nominal <= high
