"""The sectors pass: the industry whose jobs a count counts is the count's group.

A jobs report gives the economy's total and then each sector's: "Employers added
91,000 jobs. Factories cut 9,000 jobs, and health care added 41,000." Each
sector's figure counts jobs too, and without its sector it would meet the total (or
another sector's figure) in one row. A count of jobs takes a sector as its group
where

- its clause opens with the sector and the sector's verb follows ("Factories cut
  9,000 jobs", "The federal government, which froze hiring, shed 9,000 jobs",
  "- The retail sector lost 6,000 jobs"); every count of that clause is the
  sector's ("cut 7,000 jobs last month after losing 9,000 in June");
- the sector follows its noun after "in" ("2,000 job cuts in the state
  government", "4,000 job cuts announced in the public sector").

A count of jobs is never negative: a sector's line written with a minus sign
("Federal government (-7,000)") says that many jobs were lost, the figure "lost
7,000 jobs" gives as 7,000. It is read as its magnitude with the direction down.

A subject read from the text that is a sector and then what its count counts
("Manufacturing employment fell by 6,000") counts that, the sector its group. A
group already read that names a sector ("Healthcare (+41,000)", "Temp work was
down by 4,400") is written under the sector's name, so that "healthcare", "health
care" and "the health-care sector" meet. The sectors and their forms are
``{"kind": "sector"}`` entries of ``sectors.jsonl``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ...models import Direction, Interval, SubjectBasis
from ...rules.families import Families
from ...rules.phrases import Token, tokenize
from ...rules.vocab import Vocabulary
from ..clauses import CONJUNCT_CUT, POST_SPAN, clause_of, last_match, post_window_end
from ..document import Document, span_tokens
from ..draft import Draft, Reading, sentence_span

__all__ = ["read_sectors", "sector_named"]

_JOBS = "job"  # the subject family whose counts a sector's jobs are
_NOUN_TAIL = 2  # words between a noun and "in" before a sector ("job cuts announced in")
_INTRO_WORDS = 4
# Characters from a clause's head to its figure: a sector and its verb, an aside, a few
# figures of the same clause ("cut 7,000 jobs last month after losing 9,000 in June
# and 5,000 in May" is 67). The bound keeps a long list sentence linear.
_REACH = 200  # words of an opening phrase before a comma ("In July, retailers shed")


def read_sectors(doc: Document, reading: Reading) -> None:
    """The sector of each count of jobs, and a sector's one name for a group read.

    Args:
        doc: the article.
        reading: its drafts, whose ``group`` is set in place.
    """
    vocab = doc.vocab
    families = Families.of(vocab)
    verbs = _verb_heads(vocab)
    counts = vocab.word_class("sector_count")
    for d in reading.drafts:
        if d.group is not None:
            if families.subject(d.subject) == _JOBS or d.subject in counts:
                # "Healthcare (+41,000)"; never "40 farmers arrested" (no jobs)
                d.group = sector_named(vocab, d.group) or d.group
            continue
        if d.subject_basis is SubjectBasis.TEXT and d.subject is not None:
            _sector_of_subject(vocab, d)
            if d.group is not None:
                continue
        if d.negated or families.subject(d.subject) != _JOBS:
            continue
        d.group = _sector_after(doc, d) or _sector_heading(doc, d, verbs)
    for d in reading.drafts:
        if d.group is not None and families.subject(d.subject) == _JOBS:
            _loss_as_magnitude(d)


def _sector_of_subject(vocab: Vocabulary, d: Draft) -> None:
    """ "Manufacturing employment fell by 6,000": a subject read from the text that is
    a sector and then what a sector's count counts (class ``sector_count``) counts
    that, and the sector is its group ("employment", group "manufacturing")."""
    toks = tokenize(d.subject or "")
    found = vocab.sectors.match(toks, 0) if toks else None
    if found is None or found[0] >= len(toks):
        return
    rest = " ".join(t[2] for t in toks[found[0] :])
    if rest not in vocab.word_class("sector_count"):
        return
    d.subject, d.group = rest, found[1]
    d.subject_basis = SubjectBasis.VOCABULARY if rest in vocab.subjects else SubjectBasis.TEXT


def _loss_as_magnitude(d: Draft) -> None:
    """ "Federal government (-7,000)": 7,000 jobs lost, the direction down."""
    q = d.quantity
    low, high = q.value.low, q.value.high
    if low is None or high is None or high >= 0 or q.direction is not Direction.NONE:
        return
    value = Interval(
        low=-high, high=-low, low_closed=q.value.high_closed, high_closed=q.value.low_closed
    )
    d.quantity = q.model_copy(
        update={"value": value, "nominal": -q.nominal, "direction": Direction.DOWN}
    )


def sector_named(vocab: Vocabulary, phrase: str) -> str | None:
    """The sector a phrase names as a whole, or None.

    >>> v = Vocabulary.default()
    >>> sector_named(v, "Healthcare"), sector_named(v, "the manufacturing sector")
    ('health care', 'manufacturing')
    >>> sector_named(v, "long-term") is None
    True
    """
    toks = tokenize(phrase)
    end = _sector_at(vocab, toks, 0, len(toks))
    return None if end is None or end[0] != len(toks) else end[1]


def _sector_at(
    vocab: Vocabulary, toks: Sequence[Token], i: int, stop: int
) -> tuple[int, str] | None:
    """The sector named at token ``i`` ("the", the sector, words that still name it):
    (index after it, the sector's name)."""
    if i < stop and toks[i][2] == "the":
        i += 1
    if i >= stop:
        return None
    found = vocab.sectors.match(toks, i, stop)
    if found is None:
        return None
    end, name = found
    heads = vocab.word_class("sector_head")
    while end < stop and toks[end][2] in heads:
        end += 1
    return end, name


# Built once per vocabulary (held by identity), not once per article.
@functools.lru_cache(maxsize=16)
def _verb_heads(vocab: Vocabulary) -> frozenset[str]:
    """The first words of the verbs a sector adds or cuts jobs with."""
    phrases = vocab.word_class("transitive") | vocab.word_class("linking")
    return frozenset(p.split()[0] for p in phrases)


def _sector_after(doc: Document, d: Draft) -> str | None:
    """ "4,000 job cuts in the federal government": the sector after "in", at most
    ``_NOUN_TAIL`` words past the figure's noun and within its clause."""
    s_end = sentence_span(doc, d)[1]
    toks, lo, hi = span_tokens(
        doc, d.sentence, d.noun_end, post_window_end(doc, d.noun_end, s_end, POST_SPAN)
    )
    for k in range(lo, min(hi, lo + _NOUN_TAIL + 1)):
        if toks[k][2] == "in":
            found = _sector_at(doc.vocab, toks, k + 1, hi)
            return None if found is None else found[1]
    return None


def _sector_heading(doc: Document, d: Draft, verbs: frozenset[str]) -> str | None:
    """The sector that opens the figure's clause, followed by its verb."""
    s_start, s_end = sentence_span(doc, d)
    at = d.quantity.span[0]
    start = clause_of(doc, s_start, s_end, at)[0]
    if at - start > _REACH:
        return None  # the clause's head is too far back to be this figure's sector
    cut = last_match(CONJUNCT_CUT, doc.text, start, at)
    start = start if cut is None else cut.end()
    toks, lo, hi = span_tokens(doc, d.sentence, start, at)
    i = _past_openers(doc, toks, lo, hi)
    found = _sector_at(doc.vocab, toks, i, hi)
    if found is None:
        # "In July, retailers shed 8,000 jobs": past a short opening phrase.
        comma = next(
            (k for k in range(i, min(hi, i + _INTRO_WORDS + 1)) if toks[k][2] == ","), None
        )
        if comma is None:
            return None
        found = _sector_at(doc.vocab, toks, _past_openers(doc, toks, comma + 1, hi), hi)
        if found is None:
            return None
    end, name = found
    return name if _verb_follows(doc, toks, end, hi, verbs) else None


def _past_openers(doc: Document, toks: Sequence[Token], i: int, hi: int) -> int:
    openers = doc.vocab.word_class("sector_lead")
    while i < hi and (toks[i][2] in openers or toks[i][2] == ","):
        i += 1
    return i


def _verb_follows(
    doc: Document, toks: Sequence[Token], i: int, hi: int, verbs: frozenset[str]
) -> bool:
    """Whether the sector's own verb comes next (past an aside set off by commas and
    auxiliaries), and no other clause opens between it and the figure."""
    if i < hi and toks[i][2] == ",":
        close = next((k for k in range(i + 1, hi) if toks[k][2] == ","), None)
        if close is None:
            return False
        i = close + 1  # "The federal government, which froze hiring, shed 9,000 jobs"
    auxiliaries = doc.vocab.word_class("perfect_auxiliary") | doc.vocab.word_class("sector_adverb")
    while i < hi and toks[i][2] in auxiliaries:
        i += 1
    if i >= hi or toks[i][2] not in verbs:
        return False
    # "while employers overall added 91,000": the figure of another clause.
    openers = doc.vocab.word_class("clause_opener")
    return not any(toks[k][2] in openers for k in range(i + 1, hi))
