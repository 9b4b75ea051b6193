"""The attributions pass: who gave each figure, from the speech, report and relay cues
of its sentence, or the speaker after a closing quote.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import regex

from ...models import Attribution, Basis, SourceBasis, trusted
from ...rules.vocab import tokenize
from ..anchors import anchors_of, party_inverted, strip_auxiliaries
from ..clauses import CONJUNCT_CUT, clause_start, last_match, post_window_end
from ..document import Anchor, Document, Span, cue_spans, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span
from ..nounphrases import forecast_clause, forecast_noun_before
from ..parties import party_of
from ..statements import carry_sources
from ..voices import article_before

__all__ = ["carry_attributions", "read_attributions"]


_CLAUSE_STOP = regex.compile(r"[;:.!?]")


_TOLD_WHOM = regex.compile(
    r"\s++(?:the\s++)?(?P<who>\p{Lu}[\p{L}&'’-]*+(?:\s++\p{Lu}[\p{L}&'’-]*+){0,3})"
)


_CLOSE_QUOTE = regex.compile(r"[”\"]")


# The pronouns of a forecaster named before: "She expects 90,000 jobs".
_PERSON_PRONOUNS = frozenset(["he", "she"])


# A source's figure handed to an outlet: "a hospital source provided to Reuters".
_GIVEN_TO = regex.compile(r"\s++(?:provided|given)\s++to")


# "The market expectation ...", "the consensus": a forecast noun after an article, with
# at most one lower-case word between them.
_EXPECTATION = regex.compile(r"\b(?i:the|a)\s++(?:(?P<mod>\p{Ll}++)\s++)?\Z")


def _relay_outlet(doc: Document) -> str | None:
    """The outlet an article credits repeatedly ("as per EuroNews" twice or more)."""
    counts: Counter[str] = Counter()
    lowered = doc.lowered
    phrases = [c.phrase.lower() for c in doc.vocab.cues if c.role == "relay"]
    for phrase in [*phrases, "reported"]:
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            bounded = (at == 0 or not lowered[at - 1].isalnum()) and (
                end >= len(lowered) or not lowered[end].isalnum()
            )
            sentence = doc.sentence_of(at)
            # Parties are resolved only where a cue starts at this very word.
            if (
                bounded
                and doc.sentences
                and any(c_start == at for c_start, _, _ in cue_spans(doc, sentence))
            ):
                for a in anchors_of(doc, sentence):
                    if (
                        a.start == at
                        and a.source
                        and (a.source_type == "outlet" or a.role == "relay")
                    ):
                        counts[a.source] += 1
            at = lowered.find(phrase, at + len(phrase))
    if not counts:
        return None
    outlet, n = counts.most_common(1)[0]
    return outlet if n >= 2 else None


def _in_parens(text: str, lo: int, position: int) -> int | None:
    """Start of the open parenthesis enclosing ``position`` (searching from ``lo``)."""
    opened = text.rfind("(", lo, position)
    if opened < 0:
        return None
    closed = text.rfind(")", opened, position)
    return opened if closed < 0 else None


def _document_of(doc: Document, a: Anchor) -> bool:
    """Whether the party an evidence cue names is the body a document comes from: an
    evidence noun, perhaps after one modifier, then "from", "by" or "of" ("final results
    from the electoral commission", "data of the Census Bureau")."""
    if a.source_span is None:
        return False
    words = doc.lowered[max(0, a.source_span[0] - 40) : a.source_span[0]].split()
    if words and words[-1] == "the":
        words.pop()
    nouns = doc.vocab.word_class("evidence_noun")
    return (
        len(words) >= 2
        and words[-1] in ("from", "by", "of")
        and any(w in nouns for w in words[-3:-1])
    )


def _credits_bracketed_figure(doc: Document, s_start: int, a: Anchor) -> bool:
    """Whether a cue stands in brackets that hold a figure of their own ("(9,000
    according to the police)"), not in a bare credit ("(according to police)")."""
    opened = _in_parens(doc.text, s_start, a.start)
    if opened is None:
        return False
    closed = doc.text.find(")", a.start)
    return _figure_between(doc, opened, len(doc.text) if closed < 0 else closed)


def read_attributions(doc: Document, reading: Reading) -> None:
    """The source each figure's sentence credits, and the outlet that relays it.

    Of the cues that name a party, a source's is taken over an outlet's and a
    relay's; inside parentheses the cue in the same parentheses, else the nearest
    cue of the figure's own coordinated clause. "..., citing X" makes X the source
    and the reporter the relay; a person quoted with no outlet is relayed by the
    outlet the article credits repeatedly.

    Args:
        doc: the article.
        reading: its drafts, whose ``attribution`` is set in place.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    relay: str | None = None
    relay_known = False
    forward, telling = doc.vocab.word_class("forward_cue"), doc.vocab.word_class("telling_cue")
    framing = doc.vocab.word_class("frame_cue")
    evidence = doc.vocab.word_class("evidence_cue")
    for d in drafts:
        if not doc.sentences:
            break
        forecast = _forecast_given(doc, d, previous)
        if forecast is not None:
            d.attribution = forecast
            previous = d
            continue
        anchors = anchors_of(doc, d.sentence)
        s_start = doc.sentences[d.sentence][0]
        q = d.quantity
        named = [
            a
            for a in anchors
            if a.source is not None
            # "data from the statistics office showed": a document's verb credits the
            # body the document comes from, never "videos" or a date before "shows".
            and (a.cue not in evidence or _document_of(doc, a))
            # "organisers putting the turnout at 150,000", "the delegation counted
            # 15,000": such a cue gives the figure after it, never one before it.
            and not (a.cue.split(" ", 1)[0] in forward and q.span[0] < a.end)
            # "rose by 9,000, below the 12,000 anticipated by economists": a frame
            # after its figure gives that figure alone.
            and not (
                a.position == "after"
                and a.cue.split(" ", 1)[0] in framing
                and a.start >= q.span[1]
                and _figure_between(doc, q.span[1], a.start)
            )
        ]
        if _in_parens(doc.text, s_start, q.span[0]) is None:
            # "It had counted 480,000 (93,000 according to the police)": a credit in
            # brackets that hold a figure of their own gives that counter-claim, never
            # the figure it answers.
            named = [a for a in named if not _credits_bracketed_figure(doc, s_start, a)]
        sources = [a for a in named if a.role == "source" and a.source_type != "outlet"]
        outlets = [a for a in named if a.role == "source" and a.source_type == "outlet"]
        relays = [a for a in named if a.role == "relay"]
        if not sources:
            sources, outlets = outlets, []
        if not sources and relays:
            sources, relays = relays, []
        quoted_on = False
        if not sources:
            quoted = _quote_source(doc, q.span[0])
            if quoted is not None:
                sources, quoted_on = [quoted[0]], quoted[1]
        if not sources:
            d.attribution = _forecasters(doc, d, previous) or _reported(doc, d, previous)
            previous = d
            continue
        paren = _in_parens(doc.text, s_start, q.span[0])
        chosen = None
        if paren is not None:
            inside = [a for a in sources if _in_parens(doc.text, s_start, a.start) == paren]
            if inside:
                chosen = inside[0]
        if chosen is None:
            free = [a for a in sources if _in_parens(doc.text, s_start, a.start) is None]
            pool = free or sources
            # "..., the operator Carris said, and around 60 percent of trains were
            # cancelled, according to CP": each coordinated clause has its source.
            own = _conjunct_of(doc, s_start, q.span[0])
            mine = [a for a in pool if _conjunct_of(doc, s_start, a.start) == own]
            chosen = min(mine or pool, key=lambda a: _distance(a, q.span))
        via_anchor = (relays or outlets or [chosen])[0]
        cited = _cited_pair(doc, sources, chosen)
        if cited is not None:
            # "state media reported on Tuesday, citing the crisis agency": the agency
            # gave the figure, state media passed it on.
            chosen, via_anchor = cited
        via = via_anchor.source if via_anchor is not None and via_anchor is not chosen else None
        if via is None and chosen.cue in telling:
            via = _told_outlet(doc, chosen.end)  # "police told AFP"
        elif via is None and chosen.source_span is not None:
            given = _GIVEN_TO.match(doc.text, chosen.source_span[1])
            if given is not None:  # "the count from a hospital source provided to Reuters"
                via = _told_outlet(doc, given.end())
        if via is None and chosen.source_type == "person":
            if not relay_known:
                relay, relay_known = _relay_outlet(doc), True
            via = relay
        d.attribution = trusted(
            Attribution,
            source=chosen.source or "",
            via=via if via != chosen.source else None,
            cue=chosen.cue,
            span=chosen.source_span,
            found=SourceBasis.CARRIED if quoted_on else _found(chosen, framing),
        )
        previous = d


def _forecasters(doc: Document, d: Draft, previous: Draft | None) -> Attribution | None:
    """The unnamed forecasters of a forecast no one is credited with ("the 7,000 homes
    expected", "the 45,000 that were predicted"), or the expectation the text names
    ("the market expectation ... was 106,000": "market expectation"); found unnamed.

    The forecast is read from the basis cues of the vocabulary (``grammar.jsonl``, basis
    ``forecast``) in the figure's clause and the words right after it.
    """
    q = d.quantity
    s_end = sentence_span(doc, d)[1]
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, clause, post_window_end(doc, d.noun_end, s_end, 25))
    cue = doc.vocab.basis_cues.first(toks, lo, hi)
    if cue is None or cue[2] != Basis.FORECAST.value:
        return None
    c_start, c_end = toks[cue[0]][0], toks[cue[1] - 1][1]
    before = strip_auxiliaries(doc.vocab, doc.text[clause:c_start])
    party = party_of(doc, before, clause) if before and c_end <= q.span[0] else None
    if party is not None and party[0].lower() in doc.vocab.word_class("function"):
        party = None  # "They expect 1.2%": a pronoun names no forecaster by itself
    if party is None and before.lower() in _PERSON_PRONOUNS:
        party = _person_before(doc, d.sentence, clause)
    if party is not None:  # "Economists had expected 110,000"
        source, span = party[0], party[2]
    elif (
        named := None
        if toks[cue[0]][2] in doc.vocab.word_class("forecast_verb")
        else _EXPECTATION.search(doc.text, clause, c_start)
    ) is not None and (named["mod"] or "the").lower() not in doc.vocab.word_class("function"):
        source, span = doc.text[named.start("mod") : c_end], (named.start("mod"), c_end)
    elif named is not None:  # "above the consensus of 3%"
        source, span = doc.text[c_start:c_end], (c_start, c_end)
    else:
        source, span = "forecasters", (c_start, c_end)
    unnamed = party is None or source.split()[-1].lower() in doc.vocab.word_class("unnamed_source")
    return trusted(
        Attribution,
        source=source,
        cue=doc.text[c_start:c_end],
        span=span,
        found=SourceBasis.UNNAMED if unnamed else SourceBasis.STATED,
    )


def _reported(doc: Document, d: Draft, previous: Draft | None) -> Attribution | None:
    """Unnamed reports, for a figure its own clause marks as reported by no one named
    ("Gunmen reportedly killed 12", "the ferry, reportedly carrying 300 passengers",
    "40 patients were reportedly infected"): the class ``report_adverb``; found
    unnamed, so it is no rival of the sources other outlets name."""
    q = d.quantity
    s_end = sentence_span(doc, d)[1]
    clause = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, clause, post_window_end(doc, d.noun_end, s_end, 25))
    adverbs = doc.vocab.word_class("report_adverb")
    for start, end, word in toks[lo:hi]:
        if word in adverbs:
            return trusted(
                Attribution,
                source="reports",
                cue=doc.text[start:end],
                span=(start, end),
                found=SourceBasis.UNNAMED,
            )
    return None


def _person_before(
    doc: Document, sentence: int, before: int
) -> tuple[str, str | None, Span] | None:
    """The last person a cue names before ``before``, in its sentence or the one before
    it: whom "she" points to in '"...," Ana Ruiz said. She expects 90,000'."""
    for k in (sentence, sentence - 1):
        if k < 0:
            break
        s_end = doc.sentences[k][1]
        people: list[Anchor] = []
        for a in anchors_of(doc, k):
            if a.start >= before:
                break
            if a.source is None:  # '"...," Ana Ruiz said.': the speaker after a quote
                close = _CLOSE_QUOTE.search(
                    doc.text, max(doc.sentences[k][0], a.start - 4), a.start
                )
                speaker = None if close is None else _speaker_after(doc, close.end(), s_end)
                a = speaker if speaker is not None else a
            # A name the vocabulary does not know has no type ("said Ana Ruiz"); a
            # person's name takes no article ("the Red Cross" is a body).
            if a.source is not None and (
                a.source_type == "person"
                or (
                    a.source_type is None
                    and a.source[:1].isupper()
                    and a.source_span is not None
                    and not article_before(doc.text, a.source_span[0])
                )
            ):
                people.append(a)
        if people:
            a = people[-1]
            return a.source or "", a.source_type, a.source_span or (a.start, a.end)
    return None


def _forecast_given(doc: Document, d: Draft, previous: Draft | None) -> Attribution | None:
    """The forecasters of a figure the text sets out as a forecast, over the source of
    its sentence: a relative clause with no "that" ("the Labor Department said, short
    of the 120,000 economists had expected": economists) or a forecast noun right
    before it ("well below forecasts of 110,000", "expectations of 2.1%": unnamed
    forecasters). The source who said it reported the result, not the forecast."""
    vocab = doc.vocab
    clause = forecast_clause(doc, d)
    if clause is not None:
        who = doc.text[clause.forecasters[0] : clause.forecasters[1]]
        unnamed = who.split()[-1].lower() in vocab.word_class("unnamed_source")
        return trusted(
            Attribution,
            source=who,
            cue=doc.text[clause.cue[0] : clause.cue[1]],
            span=clause.forecasters,
            found=SourceBasis.UNNAMED if unnamed else SourceBasis.STATED,
        )
    if forecast_noun_before(doc, d):
        return _forecasters(doc, d, previous)
    return None


def _found(chosen: Anchor, framing: frozenset[str]) -> SourceBasis:
    """How the chosen cue found its source: a party the text does not name
    ("some reports"), an estimating frame ("police estimated the crowd at"), or stated."""
    if chosen.source_type == "unnamed":
        return SourceBasis.UNNAMED
    if chosen.cue.split(" ", 1)[0] in framing:
        return SourceBasis.FRAME
    return SourceBasis.STATED


def _figure_between(doc: Document, start: int, end: int) -> bool:
    """Whether a scanned figure starts in ``start..end``."""
    i = bisect.bisect_left(doc.quantities, start, key=lambda q: q.span[0])
    return i < len(doc.quantities) and doc.quantities[i].span[0] < end


def _cited_pair(
    doc: Document, sources: Sequence[Anchor], chosen: Anchor
) -> tuple[Anchor, Anchor] | None:
    """(cited, reporter) when the chosen source reports "..., citing" another one."""
    for c in sources:
        if c.cue != "citing":
            continue
        for r in sources:
            if (
                r is not c
                and r.position == "before"
                and chosen in (c, r)
                and 0 <= c.start - r.end <= 40
                and not _CLAUSE_STOP.search(doc.text, r.end, c.start)
            ):
                return c, r
    return None


def _told_outlet(doc: Document, cue_end: int) -> str | None:
    """The outlet a source spoke to ("told Reuters", "told the BBC"), if one is named."""
    m = _TOLD_WHOM.match(doc.text, cue_end, min(len(doc.text), cue_end + 60))
    if m is None:
        return None
    words = m.group("who").split()
    for n in range(len(words), 0, -1):  # "the Associated Press on Monday": longest name first
        name = " ".join(words[:n])
        if doc.vocab.entity_type(name) == "outlet":
            return doc.vocab.canonical_entity(name)
    return None


def _conjunct_of(doc: Document, s_start: int, position: int) -> int:
    """Start of the coordinated clause (", and ...", "; ...") holding ``position``."""
    s_end = doc.sentences[doc.sentence_of(s_start)][1] if doc.sentences else len(doc.text)
    if position > s_end:
        cut = last_match(CONJUNCT_CUT, doc.text, s_start, position)
        return s_start if cut is None else cut.end()
    ends = doc.conjunct_cuts.get(s_start)
    if ends is None:
        ends = [m.end() for m in CONJUNCT_CUT.finditer(doc.text, s_start, s_end)]
        doc.conjunct_cuts[s_start] = ends
    # No look-around in the pattern: the cuts that end by ``position`` are those a
    # search stopping there finds.
    i = bisect.bisect_right(ends, position)
    return ends[i - 1] if i else s_start


def _distance(a: Anchor, span: Span) -> int:
    if a.end <= span[0]:
        return span[0] - a.end
    if a.start >= span[1]:
        return a.start - span[1]
    return 0


def _quote_source(doc: Document, position: int) -> tuple[Anchor, bool] | None:
    """The speaker named right after the closing quote around ``position``, and whether
    it was carried: a paragraph that opens with a quotation naming no speaker goes on
    with the speaker of the quotation that ends the paragraph before it ('"...," the
    army said.' then '"Over the past hours, dozens of drones ...').
    """
    if not doc.paragraphs:
        return None
    k = doc.paragraph_of(position)
    p_start, p_end = doc.paragraphs[k]
    text = doc.text
    opening = max(text.rfind("“", p_start, position), text.rfind('"', p_start, position))
    if opening < 0:
        return None
    close = _CLOSE_QUOTE.search(text, position, p_end)
    speaker = None if close is None else _speaker_after(doc, close.end(), p_end)
    if speaker is not None:
        return speaker, False
    if k == 0 or text[p_start:opening].strip():
        return None
    b_start, b_end = doc.paragraphs[k - 1]
    last = max(text.rfind("”", b_start, b_end), text.rfind('"', b_start, b_end))
    if last < 0:
        return None
    speaker = _speaker_after(doc, last + 1, b_end)
    return None if speaker is None else (speaker, True)


def _speaker_after(doc: Document, close_end: int, p_end: int) -> Anchor | None:
    """The speaker a cue names right after a closing quote ('," the army said')."""
    text = doc.text
    after_end = min(p_end, close_end + 60)
    toks = tokenize(text, close_end, after_end)
    found = doc.vocab.cue_forms.first(toks, 0, len(toks))
    if found is None:
        return None
    cue = doc.vocab.cue(found[2])
    if cue is None or cue.role != "source" or cue.position != "before":
        return None
    c_start, c_end = toks[found[0]][0], toks[found[1] - 1][1]
    before = text[close_end:c_start].strip(" ,")
    if before:
        party = party_of(doc, before, close_end)
    else:  # "...,” said an official with the IOM.
        s_end = doc.sentences[doc.sentence_of(c_end)][1] if doc.sentences else p_end
        party = party_inverted(doc, c_end, max(c_end, min(p_end, s_end)))
    if party is None:
        return None
    name, kind, span = party
    return Anchor(c_start, c_end, name, "source", kind, cue.phrase, span)


def carry_attributions(doc: Document, reading: Reading) -> None:
    """Give figures with no source the source of the statement they continue.

    See :func:`discrepancy.facts.statements.carry_sources`. In a wire story, what
    is left takes the agency of the dateline ("PARIS (AFP) —").

    Args:
        doc: the article.
        reading: its drafts, whose ``attribution`` is set in place.
    """
    carry_sources(
        doc.text,
        doc.sentences,
        doc.paragraphs,
        reading.drafts,
        lambda i: anchors_of(doc, i),
        vocabulary=doc.vocab,
    )
