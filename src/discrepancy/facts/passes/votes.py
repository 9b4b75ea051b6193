"""The votes pass: what an election figure is about. The candidate or party a vote
figure is for, a share of the vote with no noun ("Labour's Tom Reyes on 33.5%"), the
margin of a race, and turnout given as the share of voters who cast a ballot.
"""

from __future__ import annotations

import regex

from ...models import Direction, Form, QuantityKind
from ...rules.quantities import rules_for
from ...rules.vocab import tokenize
from ..candidates import Contestants, contestants, owner_after, owner_before, rival_before
from ..clauses import clause_start
from ..document import Document, sentence_tokens, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span
from .counted import body_vote

__all__ = ["read_votes"]


_VOTES = frozenset(["vote", "vote share", "seat"])


def read_votes(doc: Document, reading: Reading) -> None:
    """The candidate or party of each vote figure, the margin of a race, turnout.

    - A figure of votes, seats or a share of the vote, a level or a change, takes the
      candidate or party it is for (see :mod:`discrepancy.facts.candidates`); a bare
      share ("on 33.5%", "the Greens' 41.2%") in a paragraph about an election is a
      share of the vote when a contestant owns it. Seats or votes right after a verb
      of losing are a change down ("lost 48 seats"), nothing destroyed.
    - A margin ("won by 3,870 votes", "Okafor's majority was 3,870", "lost by
      nearly 4,000") is the race's, seen from the winner or the loser: it takes no
      party, and the verb of losing is no event ("lost" is not "destroyed").
    - A lead in points ("a 4-point lead", "won by 9 points") is a margin of vote
      share in percentage points.
    - A share of the voters who cast a ballot is turnout ("About half of registered
      voters, 51.8%, cast a ballot").
    """
    cast: Contestants | None = None
    previous: Draft | None = None
    margins = rules_for(doc.vocab).margin_nouns
    elections: dict[int, bool] = {}  # paragraph -> speaks of an election
    for d in reading.drafts:
        if not d.negated:
            election = _about_an_election(doc, d, elections)
            if d.subject == "points margin":
                # "a 4-point lead in the latest poll", "won by 9 points": percentage points
                d.subject = "vote share"
                d.quantity = d.quantity.model_copy(
                    update={
                        "kind": QuantityKind.PERCENT,
                        "unit": "percentage_point",
                        "form": Form.MARGIN,
                    }
                )
            if (
                d.subject in margins
                and d.quantity.kind in (QuantityKind.COUNT, QuantityKind.PERCENT)
                and (election or _an_election_story(doc, elections))
            ):
                # "Okafor's majority was 3,870": the margin of the race in votes, in a
                # story about an election (a paragraph of its own may not say so)
                d.subject = "vote share" if d.quantity.kind is QuantityKind.PERCENT else "vote"
                d.quantity = d.quantity.model_copy(update={"form": Form.MARGIN})
            if election and _turnout(doc, d):
                d.subject, d.event = "turnout", None  # "registered" voters are no event
            elif d.subject in _VOTES or (election and d.subject == "share"):
                if d.subject in _VOTES and d.quantity.form is Form.LEVEL and _lost(doc, d):
                    # "The Conservatives lost 48 seats": a change down, nothing destroyed
                    d.event = None
                    d.quantity = d.quantity.model_copy(
                        update={"form": Form.CHANGE, "direction": Direction.DOWN}
                    )
                if d.quantity.form is Form.MARGIN:
                    d.party, d.event = None, None
                    if d.subject == "share":  # "beat Patel by 9 percentage points"
                        d.subject = "vote share"
                elif d.party is None:  # a level or a change ("Labour gained 211 seats")
                    if cast is None:
                        cast = contestants(doc)
                    d.party = _vote_party(doc, cast, d, previous)
                    if d.party is not None and d.subject == "share":
                        d.subject = "vote share"
        previous = d


def _lost(doc: Document, d: Draft) -> bool:
    """Whether a verb of losing (the class seat_loss_verb) stands right before the
    figure ("lost 48 seats", "shed 12 seats")."""
    toks, lo, hi = span_tokens(doc, d.sentence, sentence_span(doc, d)[0], d.quantity.span[0])
    return hi > lo and toks[hi - 1][2] in doc.vocab.word_class("seat_loss_verb")


def _an_election_story(doc: Document, seen: dict[int, bool]) -> bool:
    """Whether any paragraph of the article speaks of an election."""
    paragraphs = range(max(1, len(doc.paragraphs)))
    return any(_paragraph_about_an_election(doc, at, seen) for at in paragraphs)


def _about_an_election(doc: Document, d: Draft, seen: dict[int, bool]) -> bool:
    """Whether a figure's paragraph speaks of an election (a word of the class
    election_context: "vote", "by-election", "candidate", "turnout"), read once per
    paragraph."""
    at = doc.paragraph_of(d.quantity.span[0]) if doc.paragraphs else 0
    return _paragraph_about_an_election(doc, at, seen)


def _paragraph_about_an_election(doc: Document, at: int, seen: dict[int, bool]) -> bool:
    """A word of an election; a bare vote ("voted") only where no deciding body
    votes ("The committee voted 7-2 to cut rates", "shareholders voted"): a body's
    vote is no election, and its story's percentages are no shares of a vote."""
    if at not in seen:
        vocab = doc.vocab
        words = vocab.word_class("election_context")
        span = doc.paragraphs[at] if doc.paragraphs else (0, len(doc.text))
        found = {t[2] for t in tokenize(doc.text, *span)}
        said = found & words
        seen[at] = bool(said - vocab.word_class("bare_vote_word")) or bool(
            said and not body_vote(vocab, found)
        )
    return seen[at]


def _turnout(doc: Document, d: Draft) -> bool:
    """A share of voters who then cast a ballot: a word of the class voter_noun in the
    figure's sentence and one of voting_verb after the figure ("About half of
    registered voters, 51.8%, cast a ballot"; "52% of voters turned out")."""
    if d.subject != "share":
        return False  # "4.2 million of the 7 million voters cast ballots": votes cast
    vocab = doc.vocab
    toks = sentence_tokens(doc, d.sentence)[0]
    voters = vocab.word_class("voter_noun")
    verbs = vocab.word_class("voting_verb")
    end = d.quantity.span[1]
    return any(t[2] in voters for t in toks) and any(t[2] in verbs and t[0] >= end for t in toks)


def _vote_party(doc: Document, cast: Contestants, d: Draft, previous: Draft | None) -> str | None:
    """The party or candidate a vote figure is for: named after it ("48% for Smith"),
    before it ("Labour won 412 seats", "the Greens' 41.2%"), the rival of a pair
    ("Smith led Jones 52% to 46%"), or the one the level it moved from belongs to
    ("won 14 seats, up from 9")."""
    q = d.quantity
    s_end = sentence_span(doc, d)[1]
    for start in (d.noun_end, q.span[1]):
        after = owner_after(doc, cast, start, s_end)
        if after is not None:
            return after
    start = pre_window_start(doc, d, previous)
    clause = clause_start(doc, start, q.span[0])
    if previous is not None and previous.sentence == d.sentence:
        first = previous.quantity.span[0]
        if _SECOND_OF_PAIR.fullmatch(doc.text, previous.quantity.span[1], q.span[0]):
            return rival_before(
                doc, cast, clause_start(doc, sentence_span(doc, d)[0], first), first
            )
        if previous.party is not None and _SAME_CONTESTANT.fullmatch(
            doc.text, previous.noun_end, q.span[0]
        ):
            return previous.party
    return owner_before(doc, cast, start, clause, q.span[0])


# Between the two figures of a pair: "52% to 46%", "52-46".
_SECOND_OF_PAIR = regex.compile(r"\h*+(?:to|[-–])\h*+")

# Between a figure and another of the same contestant: the share that restates a count
# ("4,512 votes, or 38%", "(38%)"), the level a move went from ("won 14 seats, up
# from 9").
_SAME_CONTESTANT = regex.compile(
    r"\s*+(?:,\s*+or|\()\s*+|[\p{Ll}\s,]{0,40}\bfrom\s++(?:\p{Ll}++\s++){0,2}"
)
