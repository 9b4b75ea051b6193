"""The basis pass: what kind of count a figure is (estimate, poll, forecast,
preliminary or final).
"""

from __future__ import annotations

from ...models import Basis
from ..clauses import clause_start, post_window_end
from ..document import Document, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span

__all__ = ["read_basis"]


def read_basis(doc: Document, reading: Reading) -> None:
    """Estimates, polls, forecasts, projections, preliminary and final counts.

    A cue in the figure's clause before it ("an estimated 40,000", "economists had
    expected 110,000", "preliminary results gave her 52%"), else the first right after
    it ("100,000 were projected"), says what kind of count the figure is.
    """
    drafts = reading.drafts
    vocab = doc.vocab
    previous: Draft | None = None
    for d in drafts:
        q = d.quantity
        if d.basis is Basis.NONE and not d.negated:
            pre_start = pre_window_start(doc, d, previous)
            clause = clause_start(doc, pre_start, q.span[0])
            s_end = sentence_span(doc, d)[1]
            toks, lo, hi = span_tokens(
                doc, d.sentence, clause, post_window_end(doc, d.noun_end, s_end, 25)
            )
            at = span_tokens(doc, d.sentence, clause, q.span[0])[2]
            # A cue before the figure says what it is over one after it ("Projections
            # put the party at 31% after the polls closed": a projection).
            found = vocab.basis_cues.last(toks, lo, at) or vocab.basis_cues.first(toks, at, hi)
            if found is not None:
                d.basis = Basis(found[2])
        previous = d
