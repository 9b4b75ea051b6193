"""Turn an article into typed facts: what each figure counts, who did it, when,
where, and who said so.

The pipeline is one pass over the article:

1. page debris is found as spans (:mod:`discrepancy._clean`); the text is never
   altered, so every span indexes the text as given;
2. every numeric mention is scanned once (:func:`discrepancy._quantities.scan`)
   and every time expression once (:func:`discrepancy.find_times`); sentence and
   paragraph boundaries are computed once;
3. each figure is read inside a bounded window of its own sentence: the noun it
   counts (or the verb that turns "people" into a toll), the verb that governs
   it, the actor before that verb, the place after it, the time expression of
   its clause, the speech or report cue that names its source, and the whole it
   is a part of ("430 of the drones");
4. zero tolls stated in words ("No casualties have been reported") become facts
   with value 0 and ``negated=True``;
5. every mention that does not become a fact is returned in ``rejected`` with a
   reason, so nothing is silently dropped.

The words behind every decision are data (:class:`discrepancy.Vocabulary`).

>>> from datetime import date
>>> ex = extract("Russia launched 502 drones and 24 missiles at Ukraine last night, "
...              "according to the Ukrainian air force, which said it was able to "
...              "intercept 430 of the drones.", published=date(2025, 9, 4))
>>> for f in ex.facts:
...     print(f.surface, f.subject, f.event, f.actor, f.part_of)
502 drone launched Russia None
24 missile launched Russia None
430 drone intercepted None 0
>>> ex.facts[0].attribution.source, ex.facts[0].time.key(), ex.facts[0].time_basis.value
('Ukrainian Air Force', 'night:2025-09-03..2025-09-04', 'stated')
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import regex

from ._clean import DebrisIndex, find_debris
from ._exceptions import InputError
from ._models import (
    Article,
    Attribution,
    Extraction,
    Fact,
    Granularity,
    Interval,
    Qualifier,
    Quantity,
    QuantityKind,
    Rejected,
    RejectReason,
    TimeBasis,
    TimeMention,
    TimeWindow,
    policy_or_default,
)
from ._policy import Policy
from ._quantities import _interval, scan
from ._sentences import split_paragraphs, split_sentences
from ._statements import find_statements
from ._time import find_times
from ._vocab import Token, Vocabulary, tokenize

__all__ = ["extract"]

Span = tuple[int, int]

# ---------------------------------------------------------------- patterns

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*+")
# Words that end the noun phrase after a figure: a preposition starts a new phrase.
_NP_STOP = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "from",
        "for",
        "to",
        "with",
        "after",
        "before",
        "since",
        "during",
        "when",
        "as",
        "than",
        "across",
        "against",
        "over",
        "into",
        "near",
        "while",
        "because",
        "including",
        "per",
    ]
)
_COORDINATION = regex.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|plus|as\s+well\s+as)\s++)?$")
_UNIT_PAIR_GAP = regex.compile(r"\s*+[(\[]\s*+$")
_ESTIMATE_BEFORE = regex.compile(
    r"(?i:\b(?:estimated|put|valued|pegged)\s++at|\bestimated\s++(?:total\s++of|to\s++be))\s*+$"
)
# A bare figure counted by "they were 245,000" / "there were 81,000" counts people.
_THEY_WERE = regex.compile(
    r"(?i:\b(?:they|there)\s+(?:were|are)\s+(?:some\s+|about\s+|around\s+)?)$"
)
_PART_OF = regex.compile(
    r"\s*+(?:of|out\s+of)\s++(?P<det>the|them|those|these|which|whom|its|their)\b", regex.I
)
_PRE_CUT = regex.compile(r"[;:(“”\"]|,(?!\d)")
_POST_CUT = regex.compile(r"[;:()“”\"]|,(?!\d)|\.\s|\s[–—-]\s|\s(?:and|or|but|while)\s")
_AUXILIARY_WORDS = frozenset(
    [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "are",
        "is",
        "being",
        "reportedly",
        "also",
        "now",
        "all",
        "later",
        "confirmed",
        "officially",
        "still",
        "who",
        "that",
        "remain",
        "remains",
        "remained",
        "listed",
        "as",
        "reported",
    ]
)
_PARTY_CUT = regex.compile(r"[,;:()“”\"]|\bthat\b")
_ANTECEDENT_CUT = regex.compile(r"[,;:()“”\"]|\b(?:to|by|that)\b")
_CLAUSE = regex.compile(r",\s++(?:which|who|whom|where|whose)\b|;\s")
_AUX_TAIL_WORDS = frozenset(
    [
        "also",
        "has",
        "had",
        "have",
        "later",
        "earlier",
        "previously",
        "then",
        "repeatedly",
        "reportedly",
        "officially",
        "further",
        "just",
        "recently",
        "initially",
        "however",
        "again",
        "since",
        "would",
        "will",
        "could",
        "first",
        "publicly",
        "separately",
    ]
)
_NAME_JOINERS = frozenset(["of", "de", "von", "der", "al", "bin", "la", "le", "van"])
_NOT_A_SOURCE = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "no",
        "none",
        "some",
        "many",
        "most",
        "all",
        "any",
        "each",
        "but",
        "and",
        "meanwhile",
        "however",
        "yet",
        "still",
    ]
)
_TITLES = frozenset(
    [
        "president",
        "minister",
        "mayor",
        "governor",
        "senator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "commander",
        "secretary",
        "general",
        "gen",
        "director",
        "head",
        "leader",
        "chairman",
        "chair",
        "premier",
        "king",
        "prime",
        "deputy",
        "ambassador",
        "envoy",
        "official",
        "adviser",
        "advisor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "lieutenant",
        "colonel",
        "captain",
        "sheriff",
        "inspector",
        "superintendent",
        "prefect",
    ]
)
_PRONOUNS = {"he": "person", "she": "person", "it": "organization"}
_LOCATIVE_WORDS = frozenset(
    [
        "in",
        "across",
        "at",
        "on",
        "against",
        "into",
        "near",
        "throughout",
        "over",
        "to",
        "hit",
        "struck",
        "targeted",
        "targeting",
    ]
)
_PLACE_FILLERS = frozenset(
    [
        "the",
        "capital",
        "city",
        "town",
        "region",
        "county",
        "province",
        "state",
        "island",
        "village",
        "of",
    ]
)
_PLACE_CUT = regex.compile(r"[;(“”\"]|,\s++(?:according|which|who|said)")
_AFTER_CUT = regex.compile(r"[,;.()“”\"]|\s(?:which|who|that|on|in|at)\s")
_CLOSE_QUOTE = regex.compile(r"[”\"]")
_GENERIC_PLACE = regex.compile(
    r"""(?x)
    (?:[A-Z][\w'’-]++\s++){1,2}
    (?:County|Province|Oblast|Region|Prefecture|District|Township|Governorate|State)\b
    """
)
_CAPITAL_PLACE = regex.compile(r"(?!(?:the|The)\b)[A-Z][\w'’-]++(?:\s++[A-Z][\w'’-]++)?")
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "This",
        "That",
    ]
)
_TIME_UNITS = frozenset(
    [
        "hour",
        "hours",
        "minute",
        "minutes",
        "day",
        "days",
        "week",
        "weeks",
        "second",
        "seconds",
        "month",
        "months",
        "h",
        "min",
    ]
)
# Every negation pattern starts with one of these words (checked by a test).
_NEGATORS = ("no ", "no-one", "nobody", "none ", "without ")
_THAT = regex.compile(r"\bthat\b")
_SPEECH_GAP = 24  # characters between a time expression and a speech verb it dates
_PRE_SPAN = 90  # how far back a figure's governing verb, actor and cues are looked for
_POST_SPAN = 70
_MAX_NP_WORDS = 4  # words between a figure and the noun it counts ("900 guided bombs")


# ---------------------------------------------------------------- per-article state


@dataclass(slots=True)
class _Anchor:
    """A speech, report or relay cue in a sentence and the party it names."""

    start: int
    end: int
    source: str | None
    role: str
    source_type: str | None
    cue: str
    source_span: Span | None
    position: str = "before"


@dataclass(slots=True)
class _Draft:
    """A figure being read, before it becomes a :class:`Fact`."""

    quantity: Quantity
    sentence: int
    noun_end: int
    subject: str | None = None
    subject_fallback: bool = False
    compound: bool = False
    event: str | None = None
    event_from_pre: bool = False
    actor: str | None = None
    location: str | None = None
    attribution: Attribution | None = None
    part_of: int | None = None
    part_det: str | None = None
    negated: bool = False
    time: TimeWindow | None = None
    time_basis: TimeBasis = TimeBasis.NONE
    time_surface: str | None = None


@dataclass(slots=True)
class _Context:
    window: TimeWindow
    surface: str
    paragraph: int


@dataclass
class _Doc:
    text: str
    vocab: Vocabulary
    sentences: list[Span]
    sentence_starts: list[int]
    paragraphs: list[Span]
    paragraph_starts: list[int]
    times: list[TimeMention]
    time_starts: list[int]
    debris: DebrisIndex
    lowered: str = ""
    _anchors: dict[int, list[_Anchor]] = field(default_factory=dict)
    _tokens: dict[int, tuple[list[Token], list[int]]] = field(default_factory=dict)
    _persons: list[tuple[int, str]] | None = None

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def times_in(self, span: Span) -> list[TimeMention]:
        lo = bisect.bisect_left(self.time_starts, span[0])
        hi = bisect.bisect_left(self.time_starts, span[1])
        return self.times[lo:hi]


# ---------------------------------------------------------------- public entry point


def extract(
    article: Article | str,
    *,
    published: date | datetime | None = None,
    policy: Policy | None = None,
    vocabulary: Vocabulary | None = None,
) -> Extraction:
    """Every figure of an article as a typed fact, and every other number with a reason.

    Args:
        article: an :class:`~discrepancy.Article`, or raw text (read with
            :meth:`Article.from_raw <discrepancy.Article.from_raw>`, id ``"text"``).
        published: overrides the article's publication date (it anchors relative
            times and the default window).
        policy: widths and vague bounds for hedged figures.
        vocabulary: the words to extract with (default: the shipped data).

    Returns:
        The article, its facts in text order and every rejected mention.

    Raises:
        InputError: ``article`` is neither an Article nor a string.

    >>> ex = extract("No casualties have been reported, police said.")
    >>> f = ex.facts[0]
    >>> f.surface, f.subject, f.negated, f.quantity.value.is_point, f.attribution.source
    ('No casualties', 'casualty', True, True, 'police')
    """
    if isinstance(article, str):
        article = Article.from_raw(article, id="text")
    elif not isinstance(article, Article):
        raise InputError(
            f"extract() takes an Article or a str, not {type(article).__name__}; "
            "load files with discrepancy.load_article()"
        )
    if published is not None:
        article = article.model_copy(update={"published": published, "published_inferred": False})
    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    text = article.text
    quantities, scan_rejected = scan(text, policy=policy)
    times = sorted(find_times(text, published=article.published), key=lambda t: t.span)
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    doc = _Doc(
        text=text,
        vocab=vocab,
        sentences=sentences,
        sentence_starts=[s for s, _ in sentences],
        paragraphs=paragraphs,
        paragraph_starts=[p for p, _ in paragraphs],
        times=times,
        time_starts=[t.span[0] for t in times],
        debris=DebrisIndex(find_debris(text, vocab)),
        lowered=text.lower() if len(text.lower()) == len(text) else text,
    )
    rejected: list[Rejected] = []
    for r in scan_rejected:
        debris = doc.debris.at(r.span[0])
        rejected.append(r if debris is None else r.model_copy(update={"reason": debris.reason}))
    drafts: list[_Draft] = []
    for q in sorted(quantities, key=lambda q: q.span):
        reason = _reject_reason(doc, q)
        if reason is not None:
            rejected.append(Rejected(span=q.span, surface=q.surface, reason=reason))
            continue
        drafts.append(_Draft(q, doc.sentence_of(q.span[0]), q.span[1]))
    _scope_hedges(doc, drafts, policy_or_default(policy))
    drafts.extend(_negations(doc))
    drafts.sort(key=lambda d: d.quantity.span)
    _read_subjects(doc, drafts)
    kept: list[_Draft] = []
    for d in drafts:
        if d.subject is None:
            q = d.quantity
            rejected.append(
                Rejected(span=q.span, surface=q.surface, reason=RejectReason.NO_SUBJECT)
            )
        else:
            kept.append(d)
    _read_events(doc, kept)
    _read_parts(doc, kept)
    _read_places(doc, kept)
    _read_attributions(doc, kept)
    _read_times(doc, kept, article.published)
    facts = tuple(_fact(doc, d) for d in kept)
    rejected.sort(key=lambda r: r.span)
    statements = find_statements(text, times, sentences=sentences, vocabulary=vocab)
    return Extraction(
        article=article, facts=facts, rejected=tuple(rejected), statements=tuple(statements)
    )


def _scope_hedges(doc: _Doc, drafts: list[_Draft], policy: Policy) -> None:
    """Hedges the scanner reads next to one figure but the text applies to another.

    * A hedge before a unit pair covers both halves: "some 55 km (35 miles)".
    * "was estimated at $5.5 billion", "an estimated total of 2 719": an estimate
      is an approximate figure.

    A hedge before a list of noun phrases is not carried to the next item: the
    text does not settle its scope ("close to 400 rescue workers and 12 sniffer
    dogs"), so the scanner's reading stands.
    """
    for a, b in itertools.pairwise(drafts):
        qa, qb = a.quantity, b.quantity
        if (
            qa.kind is qb.kind
            and qa.kind is not QuantityKind.COUNT
            and qa.qualifier not in (Qualifier.EXACT, Qualifier.RANGE, Qualifier.VAGUE)
            and qb.qualifier is Qualifier.EXACT
            and _UNIT_PAIR_GAP.match(doc.text, qa.span[1], qb.span[0])
        ):
            b.quantity = _rehedged(qb, qa.qualifier, qa.hedge, policy)
    for d in drafts:
        q = d.quantity
        if q.qualifier is Qualifier.EXACT and _ESTIMATE_BEFORE.search(
            doc.text, max(0, q.span[0] - 40), q.span[0]
        ):
            d.quantity = _rehedged(q, Qualifier.APPROXIMATE, q.hedge, policy)


def _rehedged(q: Quantity, qualifier: Qualifier, hedge: str | None, policy: Policy) -> Quantity:
    value, _ = _interval(qualifier, q.nominal, policy)
    return q.model_copy(update={"value": value, "qualifier": qualifier, "hedge": hedge})


def _reject_reason(doc: _Doc, q: Quantity) -> RejectReason | None:
    debris = doc.debris.at(q.span[0])
    if debris is not None:
        return debris.reason
    for t in doc.times_in((max(0, q.span[0] - 80), q.span[1])):
        if t.span[0] < q.span[1] and q.span[0] < t.span[1]:
            return RejectReason.DATE
    return None


def _fact(doc: _Doc, d: _Draft) -> Fact:
    return Fact(
        span=d.quantity.span,
        surface=d.quantity.surface,
        sentence_span=doc.sentences[d.sentence] if doc.sentences else d.quantity.span,
        quantity=d.quantity,
        subject=d.subject,
        event=d.event,
        actor=d.actor,
        location=d.location,
        time=d.time,
        time_basis=d.time_basis,
        time_surface=d.time_surface,
        attribution=d.attribution,
        part_of=d.part_of,
        negated=d.negated,
    )


# ---------------------------------------------------------------- zero tolls


def _negations(doc: _Doc) -> list[_Draft]:
    out: list[_Draft] = []
    lowered = doc.lowered
    starts: set[int] = set()
    for word in _NEGATORS:
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not lowered[at - 1].isalnum():
                starts.add(at)
            at = lowered.find(word, at + 1)
    taken_until = -1
    for at in sorted(starts):
        if at < taken_until or doc.debris.at(at) is not None:
            continue
        best: tuple[int, str] | None = None
        for pattern, subject in doc.vocab.negation_re:
            m = pattern.match(doc.text, at)
            if m is not None and (best is None or m.end() > best[0]):
                best = (m.end(), subject)
        if best is None:
            continue
        end, subject = best
        taken_until = end
        q = Quantity(
            span=(at, end),
            surface=doc.text[at:end],
            nominal=0.0,
            value=Interval.point(0.0),
            qualifier=Qualifier.EXACT,
            kind=QuantityKind.COUNT,
            noun=subject,
        )
        out.append(_Draft(q, doc.sentence_of(at), end, subject=subject, negated=True))
    return out


# ---------------------------------------------------------------- token windows


def _tokens(doc: _Doc, sentence: int) -> tuple[list[Token], list[int]]:
    """Tokens of a sentence (computed once), with their start offsets."""
    cached = doc._tokens.get(sentence)
    if cached is None:
        a, b = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
        toks = tokenize(doc.text, a, b)
        cached = (toks, [t[0] for t in toks])
        doc._tokens[sentence] = cached
    return cached


def _span_tokens(doc: _Doc, sentence: int, start: int, end: int) -> tuple[list[Token], int, int]:
    """The sentence tokens and the index range of those inside ``start..end``."""
    toks, starts = _tokens(doc, sentence)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and toks[hi - 1][1] > end:
        hi -= 1
    return toks, lo, hi


def _sentence_span(doc: _Doc, d: _Draft) -> Span:
    return doc.sentences[d.sentence] if doc.sentences else (0, len(doc.text))


def _pre_start(doc: _Doc, d: _Draft, previous: _Draft | None) -> int:
    s_start = _sentence_span(doc, d)[0]
    floor = previous.noun_end if previous is not None and previous.sentence == d.sentence else 0
    return max(s_start, floor, d.quantity.span[0] - _PRE_SPAN)


def _clause_start(doc: _Doc, start: int, end: int) -> int:
    """Start of the last clause in ``text[start:end]`` (after the last clause break)."""
    cut = _last(_PRE_CUT, doc.text, start, end)
    return start if cut is None else cut.end()


def _post_end(doc: _Doc, start: int, s_end: int, size: int) -> int:
    """End of the window after a figure: the first clause break, or ``size`` chars."""
    end = min(s_end, start + size)
    cut = _POST_CUT.search(doc.text, start, end)
    return end if cut is None else cut.start()


def _last(
    pattern: regex.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> regex.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):  # noqa: B007
        pass
    return found


# ---------------------------------------------------------------- subjects


def _read_subjects(doc: _Doc, drafts: list[_Draft]) -> None:
    vocab = doc.vocab
    previous: _Draft | None = None
    for d in drafts:
        if d.negated:
            previous = d
            continue
        q = d.quantity
        s_start, s_end = _sentence_span(doc, d)
        same_sentence = previous is not None and previous.sentence == d.sentence
        pre_start = _pre_start(doc, d, previous)
        kind = q.kind
        if kind is QuantityKind.COUNT:
            _count_subject(doc, d, pre_start, s_end)
        else:
            _measure_subject(doc, d, pre_start, s_end)
        if d.subject is None and same_sentence and previous is not None and not d.compound:
            d.subject = _elided_subject(doc, previous, d)
        if (
            d.subject is None
            and kind is QuantityKind.COUNT
            and _THEY_WERE.search(doc.text, pre_start, q.span[0])
        ):
            d.subject = "person"
        if d.subject is not None and d.subject in vocab.subjects:
            entry = vocab.subjects[d.subject]
            if entry.requires_context:
                sentence = doc.text[s_start:s_end].lower()
                if not any(w.lower() in sentence for w in entry.requires_context):
                    d.subject = None
            if entry.max_value is not None and q.nominal > entry.max_value:
                d.subject = None
        previous = d
    # A fallback subject ("share") yields to a specific one on a coordinated
    # neighbour ("80% and 50% contained" are both containment), and the two
    # halves of a unit pair ("10 kilometers (6 miles) below ground") share one.
    for a, b in itertools.pairwise(drafts):
        if a.sentence != b.sentence or a.quantity.kind is not b.quantity.kind:
            continue
        gap = doc.text[a.noun_end : b.quantity.span[0]]
        pair = _UNIT_PAIR_GAP.match(gap) is not None
        weak = a.subject is None or a.subject_fallback
        if weak and b.subject and not b.subject_fallback and (pair or _COORDINATION.match(gap)):
            a.subject, a.subject_fallback = b.subject, False
        if pair and b.subject_fallback and a.subject and not a.subject_fallback:
            b.subject, b.subject_fallback = a.subject, False


def _elided_subject(doc: _Doc, previous: _Draft, d: _Draft) -> str | None:
    """The subject a bare figure shares with the figure before it in its sentence.

    "12,000 houses had been toppled and 30,000 damaged", "1.28 million people ...,
    slightly higher than the 1.27 million estimated in January": an elided noun
    repeats the same kind of count, so beyond plain coordination the two figures
    must be of the same order of magnitude.
    """
    q, p = d.quantity, previous.quantity
    entry = doc.vocab.subjects.get(previous.subject or "")
    if entry is None or previous.negated or p.kind is not q.kind or "count" not in entry.kinds:
        return None
    if entry.requires_context:
        return None
    gap = doc.text[previous.noun_end : q.span[0]]
    if _COORDINATION.match(gap):
        return previous.subject
    if _real_noun(doc, q) or q.nominal <= 0 or p.nominal <= 0:
        return None
    ratio = max(q.nominal, p.nominal) / min(q.nominal, p.nominal)
    return previous.subject if ratio <= 10 else None


def _real_noun(doc: _Doc, q: Quantity) -> bool:
    """Whether the scanner's noun is a counted noun, not a participle ("estimated")."""
    noun = q.noun
    if noun is None:
        return False
    return doc.vocab.subject_for_form(noun) is not None or not noun.endswith(("ed", "ing"))


def _noun_after(doc: _Doc, d: _Draft, start: int, limit: int) -> tuple[str, int] | None:
    """The first subject form within a few words after ``start``: (subject, end)."""
    toks, lo, hi = _span_tokens(doc, d.sentence, start, limit)
    words = 0
    i = lo
    while i < hi and words < _MAX_NP_WORDS:
        m = doc.vocab.subject_forms.match(toks, i, hi)
        if m is not None:
            return m[1], toks[m[0] - 1][1]
        word = toks[i][2]
        if not word[0].isalpha() or word in _NP_STOP:
            return None
        words += 1
        i += 1
    return None


def _count_subject(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> None:
    vocab = doc.vocab
    q = d.quantity
    text = doc.text
    end = q.span[1]
    if end < len(text) and text[end] == "-":
        # "two-story building", "22-month war": the figure modifies a compound,
        # and counts nothing unless the compound names a subject ("6.5-magnitude").
        d.compound = True
        w = _WORD.match(text, end + 1, min(s_end, end + 30))
        named = vocab.subject_for_form(w.group()) if w is not None else None
        if w is not None and named is not None and _fits(vocab, named, q):
            d.subject, d.noun_end = named, w.end()
        return
    subject = vocab.subject_for_form(q.noun) if q.noun else None
    found = _noun_after(doc, d, end, min(s_end, end + _POST_SPAN))
    if found is not None:
        if subject is None:
            subject = found[0]
        d.noun_end = found[1]
    entry = vocab.subjects.get(subject) if subject else None
    if subject is None or (entry is not None and entry.person):
        toll = _person_toll(doc, d, pre_start, s_end)
        if toll is not None:
            subject = toll
        else:
            toks, lo, hi = _span_tokens(doc, d.sentence, pre_start, q.span[0])
            cue = vocab.subject_cues.last(toks, lo, hi)
            if cue is not None and "count" in vocab.subjects[cue[2]].kinds:
                subject = cue[2]
    d.subject = subject


def _person_toll(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> str | None:
    """The toll a verb makes of a count of people ("24 people were killed").

    Only a verb right next to the figure counts: after it, across auxiliaries
    ("have been killed"); before it, with nothing in between ("killing at least 24").
    """
    vocab = doc.vocab
    post_end = _post_end(doc, d.noun_end, s_end, 50)
    toks, lo, hi = _span_tokens(doc, d.sentence, d.noun_end, post_end)
    i = lo
    while i < hi and toks[i][2] in _AUXILIARY_WORDS:
        i += 1
    if i < hi:
        m = vocab.event_forms.match(toks, i, hi)
        if m is not None:
            entry = vocab.events.get(m[1])
            if entry is not None and entry.person_subject:
                return entry.person_subject
    clause = _clause_start(doc, pre_start, d.quantity.span[0])
    toks, lo, hi = _span_tokens(doc, d.sentence, clause, d.quantity.span[0])
    found = vocab.event_forms.last(toks, lo, hi)
    if found is not None and found[1] == hi:
        entry = vocab.events.get(found[2])
        if entry is not None and entry.person_subject:
            return entry.person_subject
    return None


def _measure_subject(doc: _Doc, d: _Draft, pre_start: int, s_end: int) -> None:
    vocab = doc.vocab
    q = d.quantity
    kind = q.kind.value
    toks, lo, hi = _span_tokens(doc, d.sentence, pre_start, q.span[0])
    cue = vocab.subject_cues.last(toks, lo, hi)
    if cue is not None and _fits(vocab, cue[2], q):
        d.subject = cue[2]
        return
    table = vocab.measure_forms.get(kind)
    if table is not None:
        start = q.span[1]
        if doc.text[start : start + 1] in ")]":
            start += 1  # the second half of a unit pair: "(6 miles) below ground"
        post_end = _post_end(doc, start, s_end, _POST_SPAN)
        toks, lo, hi = _span_tokens(doc, d.sentence, start, post_end)
        i = lo
        while i < hi:
            m = table.match(toks, i, hi)
            if m is not None and _fits(vocab, m[1], q):
                d.subject = m[1]
                d.subject_fallback = vocab.subjects[m[1]].fallback
                return
            i += 1
    for word in (q.noun, q.unit):
        named = vocab.subject_for_form(word) if word else None
        if named is not None and _fits(vocab, named, q):
            d.subject = named
            return
    for entry in vocab.subjects.values():
        if entry.fallback and kind in entry.kinds and _fits(vocab, entry.name, q):
            d.subject, d.subject_fallback = entry.name, True
            return


def _fits(vocab: Vocabulary, name: str, q: Quantity) -> bool:
    entry = vocab.subjects[name]
    if q.kind.value not in entry.kinds:
        return False
    if entry.units:
        unit = (q.unit or q.noun or "").lower()
        return unit in entry.units or unit.rstrip("s") in entry.units
    return not (q.kind is QuantityKind.MEASURE and q.unit and q.unit.lower() in _TIME_UNITS)


# ---------------------------------------------------------------- events and actors


def _read_events(doc: _Doc, drafts: list[_Draft]) -> None:
    vocab = doc.vocab
    previous: _Draft | None = None
    for d in drafts:
        s_end = _sentence_span(doc, d)[1]
        q = d.quantity
        same = previous is not None and previous.sentence == d.sentence
        pre_start = _pre_start(doc, d, previous)
        clause = _clause_start(doc, pre_start, q.span[0])
        if d.negated:
            post_start, post_end = q.span[0], min(s_end, q.span[1] + 30)
        else:
            post_start, post_end = d.noun_end, _post_end(doc, d.noun_end, s_end, 45)
        event = None
        toks, lo, hi = _span_tokens(doc, d.sentence, post_start, post_end)
        m = vocab.event_forms.first(toks, lo, hi)
        if m is not None and toks[m[0]][0] - post_start <= 30:
            event = m[2]
        actor = None
        if event is None:
            toks, lo, hi = _span_tokens(doc, d.sentence, clause, q.span[0])
            m = vocab.event_forms.last(toks, lo, hi)
            if m is not None:
                event = m[2]
                d.event_from_pre = True
                actor = _actor(doc, toks, lo, m[0])
            elif (
                same
                and previous is not None
                and _COORDINATION.match(doc.text, pre_start, q.span[0])
            ):
                event, actor = previous.event, previous.actor
                d.event_from_pre = previous.event_from_pre
        if event is None and d.subject in vocab.subjects:
            event = vocab.subjects[d.subject or ""].default_event
        if actor is None:
            actor = _demonym(doc, d, q.span[1], d.noun_end)
        d.event, d.actor = event, actor
        previous = d


def _actor(doc: _Doc, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    found = doc.vocab.entity_forms.last(toks, lo, hi, doc.text)
    if found is None:
        return None
    if doc.vocab.entity_type(found[2]) in ("country", "organization"):
        return doc.vocab.canonical_entity(found[2])
    return None


def _demonym(doc: _Doc, d: _Draft, start: int, end: int) -> str | None:
    """The country a demonym inside the noun phrase names ("91 Russian drones")."""
    if end <= start:
        return None
    toks, lo, hi = _span_tokens(doc, d.sentence, start, end)
    m = doc.vocab.adjective_forms.first(toks, lo, hi, doc.text)
    return None if m is None else doc.vocab.adjective_entity(m[2])


# ---------------------------------------------------------------- parts of wholes


def _read_parts(doc: _Doc, drafts: list[_Draft]) -> None:
    for i, d in enumerate(drafts):
        q = d.quantity
        m = _PART_OF.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 20))
        if m is None:
            continue
        det = m.group("det").lower()
        for j in range(i - 1, -1, -1):
            whole = drafts[j]
            if d.sentence - whole.sentence > 1:
                break
            if whole.part_of is not None or whole.negated:
                continue
            same_subject = whole.subject == d.subject
            pronoun = det in ("them", "which", "whom", "those", "these")
            if same_subject or pronoun:
                if _fits_inside(d.quantity, whole.quantity):
                    d.part_of = j
                    if d.subject is None:
                        d.subject = whole.subject
                break


def _fits_inside(part: Quantity, whole: Quantity) -> bool:
    if part.kind is QuantityKind.PERCENT:
        return True
    high = whole.value.high
    return high is None or part.nominal <= high


# ---------------------------------------------------------------- places


def _read_places(doc: _Doc, drafts: list[_Draft]) -> None:
    for d in drafts:
        s_start, s_end = _sentence_span(doc, d)
        q = d.quantity
        # "14 Ukrainian regions" are in Ukraine; "91 Russian drones" are not in Russia.
        entry = doc.vocab.subjects.get(d.subject or "")
        is_place = entry is not None and entry.default_event is not None
        location = _demonym(doc, d, q.span[1], d.noun_end) if is_place else None
        if location is None:
            location = _place_near(doc, d, d.noun_end, _place_after_end(doc, d.noun_end, s_end))
        if location is None:
            location = _place_near(
                doc, d, max(s_start, q.span[0] - _PRE_SPAN), q.span[0], last=True
            )
        d.location = location


def _place_after_end(doc: _Doc, start: int, s_end: int) -> int:
    limit = min(s_end, start + 110)
    cut = _PLACE_CUT.search(doc.text, start, limit)
    return limit if cut is None else cut.start()


def _place_near(doc: _Doc, d: _Draft, start: int, end: int, *, last: bool = False) -> str | None:
    """The place named after a locative word ("in", "across", "hit") in the range."""
    toks, lo, hi = _span_tokens(doc, d.sentence, start, end)
    found = None
    for i in range(lo, hi):
        if toks[i][2] not in _LOCATIVE_WORDS:
            continue
        j = i + 1
        while j < hi and toks[j][2] in _PLACE_FILLERS:
            j += 1
        if j < hi:
            place = _place_at(doc, toks, j, hi)
            if place is not None:
                if not last:
                    return place
                found = place
    return found


def _place_at(doc: _Doc, toks: Sequence[Token], i: int, hi: int) -> str | None:
    vocab = doc.vocab
    text = doc.text
    m = vocab.entity_forms.match(toks, i, hi, text)
    if m is not None and vocab.entity_type(m[1]) in ("place", "country"):
        return vocab.canonical_entity(m[1])
    a = vocab.adjective_forms.match(toks, i, hi, text)
    if a is not None:
        return vocab.adjective_entity(a[1])
    g = _GENERIC_PLACE.match(text, toks[i][0], toks[hi - 1][1])
    if g is not None:
        return " ".join(g.group().split())
    c = _CAPITAL_PLACE.match(text, toks[i][0], toks[hi - 1][1])
    if c is not None and c.group().split()[0] not in _NOT_PLACES:
        name = c.group()
        if vocab.entity_type(name) in (None, "place", "country"):
            return vocab.canonical_entity(name) or name
    return None


# ---------------------------------------------------------------- attribution


def _anchors(doc: _Doc, sentence: int) -> list[_Anchor]:
    cached = doc._anchors.get(sentence)
    if cached is not None:
        return cached
    s_start, s_end = doc.sentences[sentence]
    out: list[_Anchor] = []
    lowered = doc.lowered
    if any(lowered.find(w, s_start, s_end) >= 0 for w in doc.vocab.cue_phrases):
        toks, _ = _tokens(doc, sentence)
        i = 0
        while i < len(toks):
            m = doc.vocab.cue_forms.match(toks, i)
            if m is None:
                i += 1
                continue
            cue = doc.vocab.cue(m[1])
            c_start, c_end = toks[i][0], toks[m[0] - 1][1]
            i = m[0]
            if cue is None:
                continue
            if cue.position == "after":
                found = _party_after(doc, c_end, s_end)
            else:
                found = _party_before(doc, s_start, c_start)
                if found is None:
                    found = _party_inverted(doc, c_end, s_end)
            if found is None:
                # An unnamed speaker still dates the speech ("the governor said on Monday").
                out.append(
                    _Anchor(c_start, c_end, None, cue.role, None, cue.phrase, None, cue.position)
                )
                continue
            name, kind, span = found
            out.append(
                _Anchor(c_start, c_end, name, cue.role, kind, cue.phrase, span, cue.position)
            )
    doc._anchors[sentence] = out
    return out


def _party_after(doc: _Doc, start: int, end: int) -> tuple[str, str | None, Span] | None:
    stop = min(end, start + 70)
    cut = _AFTER_CUT.search(doc.text, start, stop)
    if cut is not None:
        stop = cut.start()
    window = doc.text[start:stop]
    lead = len(window) - len(window.lstrip())
    return _party(doc, window.strip(), start + lead)


def _party_before(doc: _Doc, s_start: int, cue_start: int) -> tuple[str, str | None, Span] | None:
    text = doc.text
    lo = max(s_start, cue_start - 70)
    cut = _last(_PARTY_CUT, text, lo, cue_start)
    piece_start = lo if cut is None else cut.end()
    piece = _strip_auxiliaries(text[piece_start:cue_start])
    if piece.lower() == "which" and cut is not None:
        # "the Ukrainian air force, which said": the party is the antecedent.
        inner = _last(_ANTECEDENT_CUT, text, lo, cut.start())
        piece_start = lo if inner is None else inner.end()
        piece = text[piece_start : cut.start()].strip()
    if not piece:
        return None
    offset = text.find(piece, piece_start, cue_start)
    return _party(doc, piece, max(offset, piece_start))


def _party_inverted(doc: _Doc, start: int, end: int) -> tuple[str, str | None, Span] | None:
    """``..., said Ukraine's military chief, Valerii Zaluzhnyi.``"""
    raw = doc.text[start : min(end, start + 80)]
    window = raw.strip(" ,.")
    if not window or not (window[0].isupper() or window.startswith("the ")):
        return None
    return _party(doc, window, start + raw.find(window))


def _party(doc: _Doc, phrase: str, offset: int) -> tuple[str, str | None, Span] | None:
    """Resolve a noun phrase to a named source: (name, entity type, span)."""
    vocab = doc.vocab
    phrase = phrase.strip(" ,.")
    if not phrase or len(phrase) > 90:
        return None
    low = phrase.lower()
    if low in _PRONOUNS:
        return _resolve_pronoun(doc, offset, _PRONOUNS[low], phrase)
    toks = tokenize(phrase)
    found = vocab.entity_forms.last(toks, 0, len(toks), phrase) if toks else None
    if found is not None:
        tail = phrase[toks[found[1] - 1][1] :].strip()
        if tail and tail[0].isupper():
            found = None  # "Kyiv Mayor Vitali Klitschko": the name comes last
    if found is not None:
        name = vocab.canonical_entity(found[2])
        if name is not None:
            span = (offset + toks[found[0]][0], offset + toks[found[1] - 1][1])
            return name, vocab.entity_type(found[2]), span
    words = _trailing_name(phrase)
    if words:
        while words and words[0].lower() in _NOT_A_SOURCE:
            words.pop(0)
        titled = [i for i, w in enumerate(words) if w.lower().strip(".") in _TITLES]
        if titled and titled[-1] < len(words) - 1:
            words = words[titled[-1] + 1 :]
        if words and len(words) <= 6:
            name = " ".join(words)
            at = max(phrase.rfind(name), 0)
            return name, None, (offset + at, offset + at + len(name))
    return None


def _strip_auxiliaries(piece: str) -> str:
    words = piece.split()
    while words and words[-1].lower() in _AUX_TAIL_WORDS:
        words.pop()
    return " ".join(words)


def _trailing_name(phrase: str) -> list[str]:
    """The run of capitalised words that ends a phrase ("Mayor Vitali Klitschko")."""
    words = phrase.split()
    out: list[str] = []
    for word in reversed(words[-8:]):
        if word[:1].isupper() or (word in _NAME_JOINERS and out):
            out.append(word)
        else:
            break
    while out and out[-1] in _NAME_JOINERS:
        out.pop()
    return list(reversed(out))


def _resolve_pronoun(
    doc: _Doc, offset: int, kind: str, phrase: str
) -> tuple[str, str | None, Span] | None:
    span = (offset, offset + len(phrase))
    vocab = doc.vocab
    if kind == "person":
        mentions = _person_mentions(doc)
        i = bisect.bisect_left(mentions, (offset, "")) - 1
        return (mentions[i][1], "person", span) if i >= 0 else None
    # "it" names the last organisation credited before it in the paragraph.
    p_start = doc.paragraphs[doc.paragraph_of(offset)][0] if doc.paragraphs else 0
    toks = tokenize(doc.text, p_start, offset)
    found = None
    i = 0
    while i < len(toks):
        m = vocab.entity_forms.match(toks, i, None, doc.text)
        if m is not None and vocab.entity_type(m[1]) in ("organization", "outlet"):
            found = m[1]
        i = m[0] if m is not None else i + 1
    if found is None:
        return None
    return vocab.canonical_entity(found) or found, "organization", span


def _person_mentions(doc: _Doc) -> list[tuple[int, str]]:
    """Every mention of a known person, found once per article with ``str.find``."""
    if doc._persons is None:
        found: list[tuple[int, str]] = []
        lowered = doc.lowered
        for alias, name in doc.vocab.person_aliases:
            at = lowered.find(alias)
            while at >= 0:
                end = at + len(alias)
                if (at == 0 or not lowered[at - 1].isalnum()) and (
                    end >= len(lowered) or not lowered[end].isalnum()
                ):
                    found.append((at, name))
                at = lowered.find(alias, end)
        found.sort()
        doc._persons = found
    return doc._persons


def _relay_outlet(doc: _Doc) -> str | None:
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
            if bounded and doc.sentences:
                for a in _anchors(doc, sentence):
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


def _read_attributions(doc: _Doc, drafts: list[_Draft]) -> None:
    relay: str | None = None
    relay_known = False
    for d in drafts:
        if not doc.sentences:
            break
        anchors = _anchors(doc, d.sentence)
        s_start = doc.sentences[d.sentence][0]
        q = d.quantity
        named = [a for a in anchors if a.source is not None]
        sources = [a for a in named if a.role == "source" and a.source_type != "outlet"]
        outlets = [a for a in named if a.role == "source" and a.source_type == "outlet"]
        relays = [a for a in named if a.role == "relay"]
        if not sources:
            sources, outlets = outlets, []
        if not sources and relays:
            sources, relays = relays, []
        if not sources:
            quoted = _quote_source(doc, q.span[0])
            if quoted is not None:
                sources = [quoted]
        if not sources:
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
            chosen = min(pool, key=lambda a: _distance(a, q.span))
        via_anchor = (relays or outlets or [chosen])[0]
        via = via_anchor.source if via_anchor is not None and via_anchor is not chosen else None
        if via is None and chosen.source_type == "person":
            if not relay_known:
                relay, relay_known = _relay_outlet(doc), True
            via = relay
        d.attribution = Attribution(
            source=chosen.source or "",
            via=via if via != chosen.source else None,
            cue=chosen.cue,
            span=chosen.source_span,
        )


def _distance(a: _Anchor, span: Span) -> int:
    if a.end <= span[0]:
        return span[0] - a.end
    if a.start >= span[1]:
        return a.start - span[1]
    return 0


def _quote_source(doc: _Doc, position: int) -> _Anchor | None:
    """The speaker named right after the closing quote around ``position``."""
    if not doc.paragraphs:
        return None
    p_start, p_end = doc.paragraphs[doc.paragraph_of(position)]
    text = doc.text
    opening = max(text.rfind("“", p_start, position), text.rfind('"', p_start, position))
    if opening < 0:
        return None
    close = _CLOSE_QUOTE.search(text, position, p_end)
    if close is None:
        return None
    after_end = min(p_end, close.end() + 60)
    toks = tokenize(text, close.end(), after_end)
    found = doc.vocab.cue_forms.first(toks, 0, len(toks))
    if found is None:
        return None
    cue = doc.vocab.cue(found[2])
    if cue is None or cue.role != "source" or cue.position != "before":
        return None
    c_start, c_end = toks[found[0]][0], toks[found[1] - 1][1]
    party = _party(doc, text[close.end() : c_start].strip(" ,"), close.end())
    if party is None:
        return None
    name, kind, span = party
    return _Anchor(c_start, c_end, name, "source", kind, cue.phrase, span)


# ---------------------------------------------------------------- time


def _clause_of(doc: _Doc, s_start: int, s_end: int, position: int) -> tuple[int, int, bool]:
    """The clause holding ``position``: (start, end, is_relative)."""
    start, relative = s_start, False
    end = s_end
    for m in _CLAUSE.finditer(doc.text, s_start, s_end):
        if m.start() <= position:
            start, relative = (
                m.start(),
                m.group().lstrip(",; ").lower()
                in (
                    "which",
                    "who",
                    "whom",
                    "where",
                    "whose",
                ),
            )
        else:
            end = m.start()
            break
    return start, end, relative


def _speech_dated(doc: _Doc, t: TimeMention, sentence: int, figures: Sequence[Span]) -> bool:
    """True when a time expression dates a speech verb, not the figures."""
    for a in _anchors(doc, sentence):
        if a.role != "source" or a.position != "before":
            continue  # "according to X" names a source, not a moment of speech
        lo, hi = (t.span[1], a.start) if t.span[1] <= a.start else (a.end, t.span[0])
        if not 0 <= hi - lo <= _SPEECH_GAP or any(lo <= f[0] < hi for f in figures):
            continue
        # "revealing that in the first five days...": a time inside the reported
        # clause dates what is reported, not the speech.
        if a.end <= t.span[0] and _THAT.search(doc.text, lo, hi):
            continue
        return True
    return False


def _governing_time(
    doc: _Doc, d: _Draft, figures: Sequence[Span]
) -> tuple[TimeMention | None, TimeMention | None]:
    """The stated time of a figure, and a speech time to fall back on."""
    if not doc.sentences:
        return None, None
    s_start, s_end = doc.sentences[d.sentence]
    q = d.quantity
    fig_clause = _clause_of(doc, s_start, s_end, q.span[0])
    best: TimeMention | None = None
    speech: TimeMention | None = None
    best_distance = 1 << 30
    for t in doc.times_in((s_start, s_end)):
        if doc.debris.at(t.span[0]) is not None:
            continue
        if t.span[0] < q.span[1] and q.span[0] < t.span[1]:
            continue
        t_clause = _clause_of(doc, s_start, s_end, t.span[0])
        if t_clause[2] and t_clause[:2] != fig_clause[:2]:
            continue  # a relative clause's time governs only that clause
        if _speech_dated(doc, t, d.sentence, figures):
            speech = speech or t
            continue
        distance = t.span[0] - q.span[1] if t.span[0] >= q.span[1] else q.span[0] - t.span[1]
        if distance < best_distance:
            best, best_distance = t, distance
    return best, speech


def _default_window(published: date | datetime | None) -> TimeWindow | None:
    if published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return TimeWindow(
        start=day - timedelta(days=1),
        end=day,
        granularity=Granularity.SPAN,
        inferred=("start", "end"),
    )


def _mentions_event(doc: _Doc, sentence: int) -> bool:
    vocab = doc.vocab
    toks, _ = _tokens(doc, sentence)
    return (
        vocab.event_forms.first(toks, 0, len(toks)) is not None
        or vocab.subject_forms.first(toks, 0, len(toks)) is not None
    )


def _read_times(doc: _Doc, drafts: list[_Draft], published: date | datetime | None) -> None:
    default = _default_window(published)
    context: _Context | None = None
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    fact_sentences = sorted(by_sentence)
    next_fact = 0
    for index, span in enumerate(doc.sentences):
        paragraph = doc.paragraph_of(span[0])
        if context is not None and paragraph - context.paragraph > 1:
            context = None
        group = by_sentence.get(index)
        if group is None:
            if next_fact < len(fact_sentences) and doc.debris.at(span[0]) is None:
                found = _context_time(doc, index, span)
                if found is not None:
                    context = _Context(found.window, found.surface, paragraph)
            continue
        next_fact += 1
        figures = [d.quantity.span for d in group]
        stated_here: _Context | None = None
        for d in group:
            stated, speech = _governing_time(doc, d, figures)
            if stated is not None:
                d.time, d.time_basis, d.time_surface = (
                    stated.window,
                    TimeBasis.STATED,
                    stated.surface,
                )
                stated_here = _Context(stated.window, stated.surface, paragraph)
            elif context is not None:
                d.time, d.time_basis, d.time_surface = (
                    context.window,
                    TimeBasis.CONTEXT,
                    context.surface,
                )
            elif default is not None:
                d.time, d.time_basis = default, TimeBasis.DEFAULT
            elif speech is not None:
                # No publication date to default to: the day the figure was
                # given is the best bound the text offers, and is marked as such.
                d.time, d.time_basis, d.time_surface = (
                    speech.window,
                    TimeBasis.CONTEXT,
                    speech.surface,
                )
        if stated_here is not None:
            context = stated_here
        elif context is not None and any(d.time_basis is TimeBasis.CONTEXT for d in group):
            context = _Context(context.window, context.surface, paragraph)
        else:
            context = None


def _context_time(doc: _Doc, index: int, span: Span) -> TimeMention | None:
    """A time in a figure-less sentence that can date the figures that follow."""
    times = doc.times_in(span)
    if not times or not _mentions_event(doc, index):
        return None
    for t in reversed(times):
        if not _speech_dated(doc, t, index, ()):
            return t
    return None
