"""The rates pass: percentages of rates and indices (inflation, unemployment, a
central bank's rate, growth, approval, test positivity, occupancy, pay) read as what
they are.

A rate's figure is a level, whatever verb states it ("core inflation held at 3.0%"
is no event); a price that rose over a period states the rate ("consumer prices rose
2.8% in the year" is the inflation rate, as "inflation was 2.8%" is); a bare "the
annual rate" is the rate the story is about; a forecast of a rate is a forecast of
that rate and a target a target, never a level; a bare percentage change ("rose by 12
cents, or 0.3%") changes what the figure before it measures; and a rate of a group
("unemployment among young people") keeps its group.
"""

from __future__ import annotations

import functools

import regex

from ...models import Basis, Direction, Form, QuantityKind, SubjectBasis
from ...rules.alternations import alternation
from ...rules.phrases import tokenize
from ..clauses import clause_start
from ..document import Document, headline_span, span_tokens
from ..draft import Draft, Reading, earlier_draft, pre_window_start, sentence_span
from .basis import basis_cue

__all__ = ["read_rates"]


def read_rates(doc: Document, reading: Reading) -> None:
    """Subjects, events, bases and forms of the percentages of rates, in text order.

    Args:
        doc: the article.
        reading: its drafts, changed in place.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    level: tuple[int, str] | None = None  # the sentence and event of the last level verb
    for index, d in enumerate(drafts):
        if d.quantity.kind in _GROUPED and not d.negated:
            _rate_group(doc, d, previous)
        if d.quantity.kind is QuantityKind.PERCENT and not d.negated:
            _priced(doc, d)
            _story_rate(doc, drafts, index, previous)
            _moved_from(doc, drafts, index)
            _change_of_figure_before(doc, drafts, index)
            _forecast_of_rate(doc, drafts, index, previous)
            _target(doc, d, previous)
            _price_level(doc, d)
            _everyone(doc, d)
            if d.event is not None and level == (d.sentence, d.event):
                # "held at 4.3%, above the 4.2% economists had expected": the verb
                # that states one level governs no other figure of its sentence
                d.event = None
            elif d.event is not None and _level_verb_before(doc, d, previous):
                level = (d.sentence, d.event)
                d.event = None
        previous = d


_GROUPED = frozenset([QuantityKind.PERCENT, QuantityKind.MONEY])  # rates and pay


@functools.lru_cache(maxsize=8)
def _group_phrase(heads: frozenset[str]) -> regex.Pattern[str]:
    """A group after "of", "among" or "for": up to five words and a noun of people
    (compiled once per class). "for all workers" is everyone the rate covers, and
    "of the", "for a" open no group."""
    alternatives = alternation(heads, reverse=False, space=r"\s++")
    return regex.compile(
        r"(?i:\b(?:of|among|for)\s++(?!(?:all|the|a|an)\b)"
        rf"(?P<group>(?:[\p{{L}}-]++\s++){{0,5}}?(?:{alternatives}))\b)"
    )


def _rate_group(doc: Document, d: Draft, previous: Draft | None) -> None:
    """The people a rate or a pay figure is of ("unemployment among young people rose
    to 14%", "hourly pay of warehouse and delivery workers rose by 5 cents"): its
    group, another row than the rate of everyone."""
    if (
        d.subject is None
        or d.group is not None
        or d.subject in doc.vocab.word_class("unit_only_subject")
    ):
        return
    q = d.quantity
    start = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    found = _group_phrase(doc.vocab.word_class("rate_group_head")).search(
        doc.text, start, q.span[0]
    )
    if found is not None:
        d.group = " ".join(found.group("group").lower().split())


@functools.lru_cache(maxsize=8)
def _phrases_after(phrases: frozenset[str]) -> regex.Pattern[str]:
    """Any of the phrases right after a figure (compiled once per class)."""
    alternatives = alternation(phrases, reverse=False, space=r"\s++")
    return regex.compile(rf"\s*+(?i:(?:{alternatives}))\b")


def _priced(doc: Document, d: Draft) -> None:
    """A comparative of price after the figure makes it measure the price of what the
    sentence names: "Food was 4.5% dearer than a year ago" (food price)."""
    vocab = doc.vocab
    if d.subject is None or d.subject_basis is not SubjectBasis.TEXT:
        return
    after = _phrases_after(vocab.word_class("price_comparative"))
    if after.match(doc.text, d.quantity.span[1], sentence_span(doc, d)[1]) is None:
        return
    priced = vocab.word_class("price_noun")
    if d.subject.split()[-1] in priced:
        return
    named = f"{d.subject} price"
    if named in vocab.subjects:
        d.subject, d.subject_basis = named, SubjectBasis.VOCABULARY
    else:
        d.subject = named


_STORY_BACK = 20  # figures looked back at for the rate a story is about
_STORY_SENTENCES = 3  # sentences back that figure may stand


def _story_rate(doc: Document, drafts: list[Draft], index: int, previous: Draft | None) -> None:
    """A noun of a rate that does not say which rate ("the annual rate fell to 2.7%")
    measures the rate of the figures just before, else the one the headline names."""
    d = drafts[index]
    vocab = doc.vocab
    if d.subject is None:
        return
    generic = vocab.word_class("generic_rate")
    if d.subject_basis is SubjectBasis.TEXT:
        if d.subject.removeprefix("the ") not in generic:
            return
    elif d.subject not in vocab.word_class("unit_only_subject") or not _bare_rate_before(
        doc, d, previous, generic
    ):
        return
    rates = vocab.word_class("rate_subject")
    p = earlier_draft(
        drafts,
        index,
        back=_STORY_BACK,
        sentences=_STORY_SENTENCES,
        accept=lambda p: p.subject in rates and not p.negated,
    )
    named = p.subject if p is not None else _headline_rate(doc, rates)
    if named is not None:
        d.subject, d.subject_basis, d.subject_fallback = named, SubjectBasis.VOCABULARY, False


_GENERIC_WORDS = 3  # words of a bare rate noun, at most ("the year-on-year rate")


def _bare_rate_before(
    doc: Document, d: Draft, previous: Draft | None, generic: frozenset[str]
) -> bool:
    """Whether the figure's clause names a bare rate after a determiner ("the annual
    rate eased to 4.4%"); "the mortgage rate" names its own rate."""
    q = d.quantity
    start = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, start, q.span[0])
    function = doc.vocab.word_class("function")
    for i in range(lo + 1, hi):
        if toks[i - 1][2] not in function:
            continue
        for n in range(min(_GENERIC_WORDS, hi - i), 0, -1):
            phrase = " ".join(t[2] for t in toks[i : i + n])
            if phrase in generic:
                # "grew at an annual rate of 5%": a rate of what the phrase names
                return i + n == hi or toks[i + n][2] != "of"
    return False


def _headline_rate(doc: Document, rates: frozenset[str]) -> str | None:
    """The first rate the headline names ("despite slower inflation"), or None."""
    head = headline_span(doc)
    if head is None:
        return None
    toks = tokenize(doc.text, *head)
    cues = doc.vocab.subject_cues
    i = 0
    while i < len(toks):
        m = cues.match(toks, i, len(toks))
        if m is not None and m[1] in rates:
            return m[1]
        i = m[0] if m is not None else i + 1
    return None


# "fell to 2.7% in October ... from 3.1% a month earlier"
_FROM_BEFORE = regex.compile(r"(?i:\bfrom\s++(?:the\s++|a\s++)?)$")


_FROM_BACK = 4  # figures of the same sentence looked back at for the move's level


def _moved_from(doc: Document, drafts: list[Draft], index: int) -> None:
    """A percentage with no noun after "from" is the level a move of its sentence left:
    it measures what the figure that moved measures."""
    d = drafts[index]
    if not d.subject_fallback:
        return
    s_start = sentence_span(doc, d)[0]
    if (
        _FROM_BEFORE.search(doc.text, max(s_start, d.quantity.span[0] - 12), d.quantity.span[0])
        is None
    ):
        return
    unit_only = doc.vocab.word_class("unit_only_subject")
    p = earlier_draft(
        drafts,
        index,
        back=_FROM_BACK,
        sentences=0,
        accept=lambda p: (
            p.quantity.kind is QuantityKind.PERCENT
            and p.subject is not None
            and p.subject not in unit_only
            and p.quantity.direction is not Direction.NONE
        ),
    )
    if p is not None:
        d.subject, d.subject_basis, d.subject_fallback = (
            p.subject,
            p.subject_basis,
            p.subject_fallback,
        )


_CHANGE_BACK = 3  # figures of the same sentence looked back at for what a change moves


def _change_of_figure_before(doc: Document, drafts: list[Draft], index: int) -> None:
    """A percentage change with no noun of its own changes what the figure before it in
    its sentence measures: "rose by 12 cents, or 0.3%", "rose 12 cents to $36.40, up
    3.8% on the year", "climbed to 1,200, up 4%"."""
    d = drafts[index]
    q = d.quantity
    if q.form is not Form.CHANGE or q.direction is Direction.NONE:
        return
    unit_only = doc.vocab.word_class("unit_only_subject")
    if d.subject not in unit_only:
        return
    p = earlier_draft(
        drafts,
        index,
        back=_CHANGE_BACK,
        sentences=0,
        accept=lambda p: not p.negated and p.subject is not None and p.subject not in unit_only,
    )
    if p is None:
        return
    d.subject, d.subject_basis = p.subject, p.subject_basis
    d.subject_fallback, d.group = p.subject_fallback, p.group
    if p.subject_basis is SubjectBasis.TEXT:
        # "Average hourly earnings rose 12 cents, or 0.3%": the percentage of a measure
        # the vocabulary names as a rate is that rate, as another outlet's is
        toks = tokenize(p.subject or "")
        named = doc.vocab.subject_cues.match(toks, 0) if toks else None
        entry = doc.vocab.subjects[named[1]] if named is not None else None
        if (
            named is not None
            and entry is not None
            and named[0] == len(toks)
            and q.kind.value in entry.kinds
        ):
            d.subject, d.subject_basis = entry.name, SubjectBasis.VOCABULARY
            d.subject_fallback = False


def _everyone(doc: Document, d: Draft) -> None:
    """A rate the vocabulary names "for all" its people is everyone's rate, no group:
    "hourly pay for all workers in the region"."""
    if d.group is None or d.subject_basis is not SubjectBasis.VOCABULARY:
        return
    s_start, s_end = sentence_span(doc, d)
    start = max(s_start, d.quantity.span[0] - _EVERYONE_SPAN)
    end = min(s_end, d.quantity.span[1] + _EVERYONE_SPAN)
    if doc.lowered.find(f"all {d.group.lower()}", start, end) >= 0:
        d.group = None


_EVERYONE_SPAN = 200  # characters around a figure its "for all" may stand (constant cost)


_FORECAST_BACK = 20  # figures looked back at for the figure a forecast is set against
_FORECAST_SENTENCES = 1  # sentences back it may stand


def _forecast_of_rate(
    doc: Document, drafts: list[Draft], index: int, previous: Draft | None
) -> None:
    """A forecast with no noun of its own ("economists had expected 2.9%", "beating
    forecasts of 2.9%") measures what the figure it is set against measures (the last
    percentage before it, in its sentence or the one before), and is a forecast."""
    d = drafts[index]
    q = d.quantity
    found = basis_cue(doc, d, previous)
    if found is None or found[0] is not Basis.FORECAST or found[1] > q.span[0]:
        return
    if d.subject is not None and not d.subject_fallback:
        toks, lo, hi = span_tokens(doc, d.sentence, found[1], q.span[0])
        if doc.vocab.subject_cues.last(toks, lo, hi) is not None:
            return  # "economists expect unemployment to reach 4.4%"
        if d.subject_basis is not SubjectBasis.VOCABULARY or d.noun_end > q.span[1]:
            return  # its own noun ("forecast growth of 0.3%", "45% of the vote")
    unit_only = doc.vocab.word_class("unit_only_subject")
    p = earlier_draft(
        drafts,
        index,
        back=_FORECAST_BACK,
        sentences=_FORECAST_SENTENCES,
        accept=lambda p: (
            p.quantity.kind is QuantityKind.PERCENT
            and p.subject is not None
            and p.subject not in unit_only
            and p.basis is Basis.NONE
            and not p.negated
        ),
    )
    if p is None:
        return
    d.subject, d.subject_basis, d.subject_fallback = p.subject, p.subject_basis, p.subject_fallback
    d.basis = Basis.FORECAST


_TARGET_WORDS = 3  # words of a target cue, at most
_TARGET_SPAN = 5  # words before a figure its target cue may stand ("targets inflation of")


def _target(doc: Document, d: Draft, previous: Draft | None) -> None:
    """The level aimed at ("which targets 2%", "targets inflation of 2%", "a goal of
    90%") is a target, with a forecast basis: never the rate's level, nor a forecast of
    it (economists' 2.9% is not the bank's 2%)."""
    if d.basis is not Basis.NONE:
        return
    if d.subject == "target" and d.noun_end > d.quantity.span[1]:
        d.basis = Basis.FORECAST  # "its 2% target": the noun after the figure says so
        return
    q = d.quantity
    start = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, start, q.span[0])
    cues = doc.vocab.word_class("target_cue")
    for i in range(max(lo, hi - _TARGET_SPAN), hi):
        for n in range(1, min(_TARGET_WORDS, hi - i) + 1):
            if " ".join(t[2] for t in toks[i : i + n]) in cues:
                d.subject, d.subject_basis, d.subject_fallback = (
                    "target",
                    SubjectBasis.VOCABULARY,
                    False,
                )
                d.basis = Basis.FORECAST
                return


# "Prices rose 3% to $41": a change whose levels are stated stays a change.
_MOVE_LEVEL_AFTER = regex.compile(r"\s++(?i:to|from)\s++(?:\p{Sc}|\d)")


def _price_level(doc: Document, d: Draft) -> None:
    """A percentage change of prices over a period states the level of their rate:
    "consumer prices rose 2.8% in the year" is the inflation rate, as "inflation was
    2.8%" is."""
    q = d.quantity
    rates = doc.vocab.word_class("price_rate_subject")
    if (
        q.form is Form.CHANGE
        and q.unit == "percent"
        and d.subject in rates
        and _MOVE_LEVEL_AFTER.match(doc.text, q.span[1]) is None
    ):
        d.quantity = q.model_copy(update={"form": Form.LEVEL})


@functools.lru_cache(maxsize=8)
def _level_before(verbs: frozenset[str]) -> regex.Pattern[str]:
    """A level verb, up to two words ("rates unchanged") and "at", ending where the
    figure starts (compiled once per class)."""
    alternatives = alternation(verbs, reverse=False, space=r"\s++")
    return regex.compile(rf"(?i:\b(?:{alternatives})(?:\s++[\p{{L}}'’-]++){{0,2}}?\s++at\s*+)$")


def _level_verb_before(doc: Document, d: Draft, previous: Draft | None) -> bool:
    """Whether a level verb states where the rate stands ("core inflation held at
    3.0%", "the jobless rate stood at 5.2%"): a level, no event (a rally is held, a
    rate is not)."""
    q = d.quantity
    start = clause_start(doc, pre_window_start(doc, d, previous), q.span[0])
    pattern = _level_before(doc.vocab.word_class("rate_level_verb"))
    return pattern.search(doc.text, start, q.span[0]) is not None
