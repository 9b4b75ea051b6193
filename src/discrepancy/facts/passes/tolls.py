"""The tolls pass: a count of people a toll befell is the toll, and the people are its
group ("Among the dead are 12 children" counts deaths of children).
"""

from __future__ import annotations

from ...models import QuantityKind, SubjectBasis
from ..document import Document, span_tokens
from ..draft import Draft, Reading, sentence_span
from ..lexicon import GROUPED_TOLLS, SUFFERED
from ..people import (
    entry_person,
    ground_toll,
    people_noun,
    people_part,
    severity,
    toll_event,
    with_people,
)

__all__ = ["read_tolls"]


def read_tolls(doc: Document, reading: Reading) -> None:
    """Make each count of people a toll befell that toll (see :func:`_toll_subject`),
    give a count of people by age or sex its group (see :func:`people_part`), and let
    the grade an injured count's own clause names lead its group (see
    :func:`severity`: "Twelve of the injured are in critical condition").

    Args:
        doc: the article.
        reading: its drafts, changed in place.
    """
    for d in reading.drafts:
        _toll_subject(doc, d, reading.drafts)
        if (
            d.group is None
            and not d.negated
            and d.quantity.kind is QuantityKind.COUNT
            and entry_person(doc.vocab, d.subject)
        ):
            # "carrying 700 people, including 40 children", "100 women were aboard":
            # a count by age or sex is a group of the people, never all of them
            d.group = people_part(doc.vocab, d.quantity.noun)
        if d.group is None and not d.negated and d.subject in SUFFERED:
            # "dozens on the ground", "eight people on the ground were killed"
            d.group = ground_toll(doc.vocab, doc.text, max(d.noun_end, d.quantity.span[1]))
    for i, d in enumerate(reading.drafts):
        if d.subject == "injured" and not d.negated:
            # "Twelve of the injured are in critical condition", "40 hurt, four of them
            # seriously": the grade of the figure's own clause leads its group
            end = _clause_end(doc, reading.drafts, i)
            grade = severity(doc.vocab, doc.text, d.quantity.span[1], end)
            if grade is not None:
                # "Two climbers were critically injured": critical climber; a group a
                # part takes from its whole ("Nine stewards were hurt, two of them
                # seriously") is what the grade sets it apart from: serious
                own = people_noun(doc.vocab, d.quantity.noun)
                d.group = grade if own is None or d.group is None else f"{grade} {d.group}"


def _clause_end(doc: Document, drafts: list[Draft], i: int) -> int:
    """Where the words about ``drafts[i]`` end: the next figure of its sentence, else
    the sentence's end."""
    d = drafts[i]
    hi = sentence_span(doc, d)[1]
    nxt = drafts[i + 1] if i + 1 < len(drafts) else None
    if nxt is not None and nxt.sentence == d.sentence and nxt.quantity.span[0] > d.quantity.span[1]:
        return min(hi, nxt.quantity.span[0])
    return hi


def _toll_subject(doc: Document, d: Draft, drafts: list[Draft]) -> None:
    """A count of people a toll befell is the toll; the people are its group.

    "Among the dead are 12 children" counts deaths (group ``child``), "three
    firefighters were hurt" injured firefighters, "the deaths of six residents"
    deaths: the rows of deaths meet whatever words counted them.
    """
    vocab = doc.vocab
    if d.negated or d.quantity.kind is not QuantityKind.COUNT or d.subject is None:
        return
    if d.subject in GROUPED_TOLLS:
        # "including three nursing students" of a death toll: deaths, nursing students
        d.group = d.group or people_noun(vocab, d.quantity.noun)
        if d.group is None and d.part_of is not None and d.part_of < len(drafts):
            d.group = drafts[d.part_of].group  # "Nine stewards were hurt, two of them ..."
        return
    people = entry_person(vocab, d.subject) or (
        d.subject_basis is SubjectBasis.TEXT and d.subject not in vocab.subjects
    )
    if not people:
        return
    toll = None
    verb = vocab.events.get(d.event or "")
    if verb is not None and verb.person_subject in GROUPED_TOLLS:
        toll = verb.person_subject
    else:
        toks, lo, hi = span_tokens(
            doc, d.sentence, max(0, d.quantity.span[0] - 30), d.quantity.span[0]
        )
        if hi - lo >= 2 and toks[hi - 1][2] == "of":
            named = vocab.subject_for_form(toks[hi - 2][2])
            if named in SUFFERED:
                toll = named  # "the deaths of six residents"
                d.event = toll_event(vocab, named, "killed")
    if toll is None:
        return
    if d.subject == "person" and d.group is None:
        d.group = people_noun(vocab, d.quantity.noun)  # "Among the dead are 12 children"
    elif d.subject != "person" and d.group is None:
        d.group = d.subject
    elif d.subject != "person" and d.group is not None:
        d.group = with_people(vocab, d.group, d.subject)  # "three nursing students"
    d.subject, d.subject_basis = toll, SubjectBasis.VOCABULARY
