"""The basis pass: what kind of count a figure is (estimate, poll, forecast,
preliminary or final).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ...models import Basis
from ...rules.vocab import Token
from ..clauses import clause_start, post_window_end
from ..document import Document, cue_spans, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span

__all__ = ["basis_cue", "read_basis"]


def read_basis(doc: Document, reading: Reading) -> None:
    """Estimates, polls, forecasts, projections, preliminary and final counts.

    A cue in the figure's clause before it ("an estimated 40,000", "economists had
    expected 110,000", "preliminary results gave her 52%"), else the first right after
    it ("100,000 were projected"), else one in the source a report cue after the
    figure names ("according to preliminary results"), says what kind of count the
    figure is.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    for d in drafts:
        if d.basis is Basis.NONE and not d.negated:
            found = basis_cue(doc, d, previous)
            if found is not None:
                d.basis = found[0]
            elif _revised_from(doc, d, previous):
                d.basis = Basis.PRELIMINARY
            else:
                source = _source_basis(doc, d, sentence_span(doc, d)[1])
                if source is not None:
                    d.basis = Basis(source[2])
        previous = d


_TO_FIGURE = regex.compile(r"\s*+to\b")
# "was later raised to", "has been revised down to": the words between a figure and
# the revision that replaced it (at most four short words, then the verb's "to").
_REVISED_TO = regex.compile(
    r"(?:\s++(?P<word>[a-z]{1,12}+)){1,5}?\s++to\s++[0-9]", regex.IGNORECASE
)
_REVISED_REACH = 60  # characters after a figure's noun its revision may stand


def _revised_to(doc: Document, d: Draft) -> bool:
    """Whether the figure is the subject of a revision to another figure: "The toll of
    40 was revised to 52", "the count of 310 arrests was later lowered to 287"."""
    m = _REVISED_TO.match(doc.lowered, d.noun_end, min(len(doc.text), d.noun_end + _REVISED_REACH))
    if m is None:
        return False
    verbs = doc.vocab.word_class("revision_verb")
    return any(w in verbs for w in m.captures("word"))


def _revised_from(doc: Document, d: Draft, previous: Draft | None) -> bool:
    """Whether the figure is the one a revision replaced: the subject of a revision to
    another figure ("The toll of 40 was revised to 52"), or after "from" in a clause whose
    verb revises ("Officials revised the death toll from 52 after a recount", "cut its
    forecast from 2.1%"), with no "to" figure after it ("from 52 to 49" is a move, which
    the links pass ties): an earlier figure, as "an earlier figure of 52" is.

    >>> from discrepancy import Article, extract
    >>> text = "Officials revised the death toll from 52 after a recount."
    >>> extract(Article(id="x", text=text)).facts[0].basis.value
    'preliminary'
    """
    q = d.quantity
    if _revised_to(doc, d):
        return True
    before = doc.lowered[max(0, q.span[0] - 6) : q.span[0]]
    if not before.rstrip().endswith("from") or _TO_FIGURE.match(doc.lowered, d.noun_end):
        return False
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, clause, q.span[0])
    verbs = doc.vocab.word_class("revision_verb")
    return any(toks[k][2] in verbs for k in range(lo, hi))


def basis_cue(doc: Document, d: Draft, previous: Draft | None) -> tuple[Basis, int] | None:
    """The basis a cue in a figure's clause gives it, and where the cue ends: the last
    cue from the clause's start to the figure, else the first from the figure to 25
    characters past its noun. A cue before the figure says what it is over one after
    it ("Projections put the party at 31% after the polls closed": a projection).
    None when the clause has no cue."""
    q = d.quantity
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    s_end = sentence_span(doc, d)[1]
    toks, lo, hi = span_tokens(doc, d.sentence, clause, post_window_end(doc, d.noun_end, s_end, 25))
    at = span_tokens(doc, d.sentence, clause, q.span[0])[2]
    cues = doc.vocab.basis_cues
    found = cues.last(toks, lo, at) or cues.first(toks, at, hi)
    if found is None or _no_kind(doc, toks, found):
        return None
    return Basis(found[2]), toks[found[1] - 1][1]


def _source_basis(doc: Document, d: Draft, s_end: int) -> tuple[int, int, str] | None:
    """The basis the source a report cue after the figure names gives ("..., according
    to preliminary results", "..., exit polls showed"): a basis cue in the few words
    of that source, next to its cue; never "final", nor a cue that names people
    ("forecasters said").

    >>> from discrepancy import Article, extract
    >>> text = "Gusts of 130 km/h were recorded on Sunday, forecasters said."
    >>> extract(Article(id="x", text=text)).facts[0].basis.value
    'none'
    """
    for c_start, c_end, cue in cue_spans(doc, d.sentence):
        if c_start < d.noun_end:
            continue
        if cue.position == "after":
            start, end = c_end, post_window_end(doc, c_end, s_end, _SOURCE_REACH)
        else:
            start, end = max(d.noun_end, c_start - _SOURCE_REACH), c_start
            start = clause_start(doc, start, end)
        toks, lo, hi = span_tokens(doc, d.sentence, start, end)
        found = doc.vocab.basis_cues.first(toks, lo, hi)
        # "according to the final count": a final count is what a plain figure is, and
        # the comparison keys "final" apart from it (see the report of issue 15);
        # "..., forecasters said": people who speak, not a kind of count
        if (
            found is not None
            and not _no_kind(doc, toks, found)
            and found[2] != Basis.FINAL.value
            and doc.text[toks[found[0]][0] : toks[found[1] - 1][1]].lower()
            not in doc.vocab.word_class("people_basis_cue")
        ):
            return found
    return None


_SOURCE_REACH = 30  # characters of a source's name next to its cue


def _no_kind(doc: Document, toks: Sequence[Token], found: tuple[int, int, str]) -> bool:
    """Whether a basis cue opens a phrase that names no kind of count ("14 polling
    stations": the class ``not_a_basis``).

    >>> from discrepancy import Article, extract
    >>> text = "Irregularities were reported at 14 polling stations."
    >>> extract(Article(id="x", text=text)).facts[0].basis.value
    'none'
    """
    start = toks[found[0]][0]
    words = " ".join(doc.lowered[start : start + _NO_KIND_REACH].split())
    return any(
        words.startswith(phrase) and not words[len(phrase) : len(phrase) + 1].isalnum()
        for phrase in doc.vocab.word_class("not_a_basis")
    )


_NO_KIND_REACH = 40  # characters of the phrase a basis cue opens
