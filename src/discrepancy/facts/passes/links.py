"""The links and move subjects passes: tie the figures of one move together ("rose by
3% to $41", "fell from 4.3% to 4.1%", "revised down by 62,000, from 118,000 to
56,000"), and give a level of a move that names nothing it measures the subject of the
figure it moves with.

The quantity scanner already says what each figure is (:class:`~discrepancy.Form`: a
level or a change) and which way a verb of change moves it; this pass reads the small
words between two figures of a sentence and links them (:class:`~discrepancy.FactLink`):

- a change followed by "to" and a level: the change ``reaches`` the level, the level
  is ``reached_by`` the change ("increased by 179,000 to 1.8 million");
- "from" a level "to" another, or "to" a level "from" another, or a level "up from" /
  "down from" another: the earlier level is ``from``, the later ``to`` ("the rate fell
  from 4.3% to 4.1%", "rose to 68% from 61%", "4.1%, down from 4.3%");
- a change followed by "from" a level "to" another: the change reaches the later level
  ("revised down by 62,000, from 118,000 to 56,000").

A figure after "from" is the level left even when the scanner reads it as a change
("from a gain of 97,000 to 49,000"). Words may stand after "to" (word class
``level_reached``: "to a record") and after "from" (``level_before``: "from a revised").
A time expression between the two figures is read past ("rose from 12 in 2019 to 19
in 2024"). The links pass runs last, when no draft is dropped any more, so a draft's
index is the index of its fact in :attr:`~discrepancy.Extraction.facts`; the move
subjects pass runs before figures with no subject are rejected.
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

import regex

from ...models import FactLink, Form, LinkRole
from ...rules.alternations import trie
from ..document import Document
from ..draft import Draft, Reading

__all__ = ["moves", "read_links", "share_move_subjects"]


# The grammar of a move, read on the lowered text; {reached} and {before} stand for the
# word classes level_reached and level_before.
_TO_BEFORE = regex.compile(r"\bto\s++$")  # "to 68%": the words before a figure
_FROM_BEFORE = r"""
    \bfrom\s++              # "from 118,000",
    (?:(?:{before})\s++)?    # "from a revised 118,000"
    $
"""
# The words between the first figure (and its noun) and the second:
_GAP_TO = r"""
    ^\s*+,?\s*+             # "by 179,000 to", "from 118,000, to"
    to\s++                  # then the later level,
    (?:(?:{reached})\s++)?   # perhaps after words that say it is reached ("to a record")
    $
"""
_GAP_FROM = r"""
    ^\s*+,?\s*+             # "to 68% from", "4.1%, down from"
    (?P<way>(?:up|down)\s++)?+  # the way the move went, said again
    from\s++                # then the earlier level,
    (?:(?:{before})\s++)?    # perhaps after words that say it was revised ("a revised")
    $
"""

_LOOK_BACK = 40  # characters before a figure where "from" or "to" is looked for


class _Grammar(NamedTuple):
    from_before: regex.Pattern[str]
    gap_to: regex.Pattern[str]
    gap_from: regex.Pattern[str]


# Keyed on the classes' words, which a vocabulary builds once.
@functools.lru_cache(maxsize=16)
def _grammar(reached: frozenset[str], before: frozenset[str]) -> _Grammar:
    words = {"reached": trie(reached) or "(?!)", "before": trie(before) or "(?!)"}
    return _Grammar(
        *(
            regex.compile(p.format(**words), regex.VERBOSE)
            for p in (_FROM_BEFORE, _GAP_TO, _GAP_FROM)
        )
    )


def read_links(doc: Document, reading: Reading) -> None:
    """Link the figures of each move: a change to the level it reaches, the level a
    move went from to the level it went to.

    Args:
        doc: the article.
        reading: its drafts, whose ``link`` is set in place.

    >>> from discrepancy import extract
    >>> ex = extract("Enrolment was revised down by 62,000, from 118,000 to 56,000.")
    >>> for f in ex.facts:
    ...     print(f.surface, f.quantity.form.value, f.link.role.value, f.link.fact)
    62,000 change reaches 2
    118,000 level from 2
    56,000 level to 1
    """
    for i, link in moves(doc, reading.drafts).items():
        reading.drafts[i].link = link


def share_move_subjects(doc: Document, reading: Reading) -> None:
    """A level of a move that names nothing it measures, or only a fallback ("share",
    "money"), measures what the figure it is linked to measures: "Burglaries fell 15%
    to 3,200" (3,200 burglaries), "The jobless rate fell from 5.2% to 4.9%" (4.9% is
    the jobless rate), "Brent crude fell 3% to $71" ($71 is Brent crude's price). A
    change takes the subject of the level it reaches when the two are of one kind:
    "Waiting lists grew by 40,000 to 7.6 million patients" (40,000 patients).

    Runs before figures with no subject are rejected; the links themselves are set by
    :func:`read_links`, once no draft is dropped any more.

    Args:
        doc: the article.
        reading: its drafts, whose ``subject`` (and its basis) is set in place.
    """
    drafts = reading.drafts
    pairs = _pairs(doc, drafts)
    for _ in range(2):  # twice: along a move of three figures ("rose 3% to $41 from $39.80")
        for i, j, role_i, role_j in pairs:
            for d, role, other in ((drafts[i], role_i, drafts[j]), (drafts[j], role_j, drafts[i])):
                # A change measures what its level does only in the same kind: "grew by
                # 40,000 to 7.6 million patients", but the 3% of "rose 3% to $41" is no money.
                same = role is not LinkRole.REACHES or d.quantity.kind is other.quantity.kind
                if same and _weak(doc, d) and not _weak(doc, other) and _fits(doc, other, d):
                    d.subject, d.subject_fallback, d.subject_basis = (
                        other.subject,
                        False,
                        other.subject_basis,
                    )


def _fits(doc: Document, other: Draft, d: Draft) -> bool:
    """Whether the subject of ``other`` may measure a figure of ``d``'s kind: a subject
    the vocabulary gives only to percentages (inflation, unemployment) is no amount of
    money ("Prices rose 3% to $41": the $41 is no inflation)."""
    entry = doc.vocab.subjects.get(other.subject or "")
    return entry is None or not entry.kinds or d.quantity.kind.value in entry.kinds


def _weak(doc: Document, d: Draft) -> bool:
    """Whether a draft names nothing it measures, or only the vocabulary's fallback for
    its kind ("share" for a percentage, "money" for an amount)."""
    if d.subject is None:
        return True
    entry = doc.vocab.subjects.get(d.subject)
    return entry is not None and entry.fallback


def moves(doc: Document, drafts: list[Draft]) -> dict[int, FactLink]:
    """The link of each draft that is part of a move, by its index in ``drafts``: a
    level after a move from another is linked to that one (``to``), else to the change
    that reached it (``reached_by``)."""
    links: dict[int, FactLink] = {}
    for i, j, role_i, role_j in _pairs(doc, drafts):
        if role_i is not LinkRole.REACHED_BY:
            links[i] = FactLink(role=role_i, fact=j)
        if role_j is not LinkRole.REACHED_BY:
            links[j] = FactLink(role=role_j, fact=i)
    for i, j, _, role_j in _pairs(doc, drafts):
        if role_j is LinkRole.REACHED_BY:
            links.setdefault(j, FactLink(role=role_j, fact=i))
    return dict(sorted(links.items()))


def _pairs(doc: Document, drafts: list[Draft]) -> list[tuple[int, int, LinkRole, LinkRole]]:
    """Every two figures of a move, by their indexes in ``drafts``, with the role of each."""
    vocab = doc.vocab
    grammar = _grammar(vocab.word_class("level_reached"), vocab.word_class("level_before"))
    gap_to = grammar.gap_to
    pairs: list[tuple[int, int, LinkRole, LinkRole]] = []
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        if a.sentence != b.sentence or a.negated or b.negated:
            continue
        b_from = grammar.from_before.search(_before(doc, b)) is not None
        if b.quantity.form is not Form.LEVEL and not (b.quantity.form is Form.CHANGE and b_from):
            continue
        gap = _gap(doc, a, b)
        if gap is None:
            continue
        before = _before(doc, a)
        came_from = grammar.from_before.search(before) is not None
        # A figure after "from" is the level a move left, even one the scanner read as a
        # change: "revised down by 48,000 from a gain of 97,000 to 49,000".
        if a.quantity.form is Form.CHANGE and not came_from:
            if b.quantity.form is Form.LEVEL and gap_to.match(gap):  # "by 179,000 to 1.8 million"
                pairs.append((i, i + 1, LinkRole.REACHES, LinkRole.REACHED_BY))
            elif grammar.gap_from.match(gap) and _move(doc, drafts, i + 1, gap_to):
                # "by 62,000, from 118,000 to 56,000": the change reaches the later level
                pairs.append((i, i + 2, LinkRole.REACHES, LinkRole.REACHED_BY))
            continue
        if a.quantity.form is Form.MARGIN or not _same_measure(a, b):
            continue
        if gap_to.match(gap) and came_from:
            pairs.append((i, i + 1, LinkRole.FROM, LinkRole.TO))  # "from 4.3% to 4.1%"
        elif (m := grammar.gap_from.match(gap)) and (m.group("way") or _TO_BEFORE.search(before)):
            # "to 68% from 61%", "4.1%, down from 4.3%"
            pairs.append((i, i + 1, LinkRole.TO, LinkRole.FROM))
    return pairs


def _move(doc: Document, drafts: list[Draft], i: int, gap_to: regex.Pattern[str]) -> bool:
    """Whether the level at ``i`` is the "from" of a move "from X to Y" whose later
    level is the next draft."""
    if i + 1 >= len(drafts):
        return False
    a, b = drafts[i], drafts[i + 1]
    if a.sentence != b.sentence or b.quantity.form is not Form.LEVEL or not _same_measure(a, b):
        return False
    gap = _gap(doc, a, b)
    return gap is not None and bool(gap_to.match(gap))


def _same_measure(a: Draft, b: Draft) -> bool:
    """Whether two levels measure in the same unit (a bare number takes the other's:
    "from 4.3 to 4.1 percent")."""
    ua, ub = a.quantity.unit, b.quantity.unit
    return ua == ub or ua is None or ub is None


def _before(doc: Document, d: Draft) -> str:
    start = d.quantity.span[0]
    return doc.lowered[max(0, start - _LOOK_BACK) : start]


def _gap(doc: Document, a: Draft, b: Draft) -> str | None:
    """The lowered words between figure ``a`` (and its noun) and figure ``b``, time
    expressions left out; None when the figures overlap or the gap is long."""
    start = max(a.quantity.span[1], a.noun_end)
    end = b.quantity.span[0]
    if start > end or end - start > 80:
        return None
    pieces: list[str] = []
    at = start
    k = bisect.bisect_left(doc.time_starts, start)
    while k < len(doc.times) and doc.times[k].span[1] <= end:
        t0, t1 = doc.times[k].span
        if t0 >= at:
            pieces.append(doc.lowered[at:t0])
            at = t1
        k += 1
    pieces.append(doc.lowered[at:end])
    return " ".join(pieces)
