"""The basis pass: what kind of count a figure is (estimate, poll, forecast,
preliminary or final), and the party a vote figure is for.
"""

from __future__ import annotations

import regex

from ...models import Basis
from ..clauses import clause_start, post_window_end
from ..document import Document, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span

__all__ = ["basis_cue", "read_basis"]


_VOTES = frozenset(["vote", "vote share", "seat"])


# A party or candidate a vote figure is for: a capitalised name before its verb
# ("Labour won 412 seats") or after "for" ("48% for Smith").
_PARTY_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++(?:of\s++)?\p{Lu}[\p{L}'’.-]*+){0,3})"
    r"(?:'s|’s)?\s++(?:\p{Ll}++\s++){1,3}$"
)


_PARTY_AFTER = regex.compile(
    r"\s*+(?:of\s++the\s++vote\s++)?for\s++(?:the\s++)?"
    r"(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,3})"
)


def read_basis(doc: Document, reading: Reading) -> None:
    """Estimates, polls, forecasts, projections, preliminary and final counts.

    A cue in the figure's clause before it ("an estimated 40,000", "economists had
    expected 110,000", "preliminary results gave her 52%") or right after it
    ("100,000 were projected") says what kind of count the figure is.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    for d in drafts:
        if d.basis is Basis.NONE and not d.negated:
            found = basis_cue(doc, d, previous)
            if found is not None:
                d.basis = found[0]
        if d.subject in _VOTES and d.party is None:
            d.party = _vote_party(doc, d, previous)
        previous = d


def basis_cue(doc: Document, d: Draft, previous: Draft | None) -> tuple[Basis, int] | None:
    """The basis a cue in a figure's clause gives it, and where the cue ends: the last
    cue from the clause's start to 25 characters past the figure's noun. None when
    the clause has no cue."""
    q = d.quantity
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    s_end = sentence_span(doc, d)[1]
    toks, lo, hi = span_tokens(doc, d.sentence, clause, post_window_end(doc, d.noun_end, s_end, 25))
    found = doc.vocab.basis_cues.last(toks, lo, hi)
    if found is None:
        return None
    return Basis(found[2]), toks[found[1] - 1][1]


def _vote_party(doc: Document, d: Draft, previous: Draft | None) -> str | None:
    """The party or candidate a vote figure is for ("Labour won 412 seats")."""
    q = d.quantity
    after = _PARTY_AFTER.match(doc.text, d.noun_end, min(len(doc.text), d.noun_end + 60))
    if after is None and d.noun_end != q.span[1]:
        after = _PARTY_AFTER.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 60))
    if after is not None:
        return after.group("name").rstrip(".")
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    before = _PARTY_BEFORE.search(doc.text, clause, q.span[0])
    if before is None or (
        before.start() == sentence_span(doc, d)[0]
        and before.group("name").lower() in doc.vocab.word_class("function")
    ):
        return None
    return before.group("name").rstrip(".")
