"""Which time expression of a sentence governs a figure: what each time of the sentence
is (found once per sentence), and the nearest one that may date the figure.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
from collections.abc import Sequence
from datetime import date

import regex

from ..models import Granularity, TimeMention, TimeWindow, day_of
from ..rules.numbers import ORDINAL_WORDS
from .clauses import clause_of, segment_of
from .document import Document, Span, TimePlan, cue_spans, sentence_tokens
from .draft import Draft
from .lexicon import BEGAN_RELATIVE, COMPARED
from .windows import event_days, is_event_day, opens_since, phrase_pattern, since_began

__all__ = [
    "context_time",
    "governing_time",
    "is_named_month",
    "month_subject",
    "named_months",
    "opens_with_month",
    "target_year",
]


_THAN_BEFORE = regex.compile(
    r"(?i:\b(?:than|compared\s+(?:to|with)|up\s+from|down\s+from)"
    r"\s+(?:the\s+|those\s+of\s+|that\s+of\s+)?(?:in\s+|on\s+|during\s+|at\s+)?$)"
)


_SUPERLATIVE = regex.compile(
    r"(?i:\b(?:biggest|largest|worst|deadliest|highest|lowest|heaviest|strongest|most|"
    r"first|greatest|record|fiercest|longest)\b)"
)


# An ordinal a few words back: "the sixth day of strikes since January", "the 3rd
# attack since March". The time after it is what the ordinal counts from.
_ORDINAL_BEFORE = regex.compile(
    rf"(?i:\b(?:{'|'.join(sorted(ORDINAL_WORDS))}|\d++(?:st|nd|rd|th))"
    r"\s++(?:[\p{L}'’-]++\s++){0,4}$)"
)


_WHERE_AFTER = regex.compile(r",\s++(?:where|when)\b")


_SINCE_YEAR = regex.compile(r"(?i:since\s++((?:1[89]|20)\d\d))")


_CLAUSE_END = regex.compile(r"[,;:.!?]")


_BY_DEADLINE = regex.compile(r"(?i:\bby\s++(?:the\s++end\s++of\s++)?)$")


_THAT = regex.compile(r"\bthat\b")


_EARLIER = regex.compile(r"(?i:earlier\b)")


# A figure right after a verb that is also a speech cue: its object ("added 19,000").
_OBJECT_AFTER = regex.compile(r"\s++(?:(?:just|only|about|some|nearly|around|over|an?)\s++)?\p{N}")


_SPEECH_GAP = 24  # characters between a time expression and a speech verb it dates


class _Figures:
    """A sentence's figure spans, asked "does any figure reach past here?" in log time."""

    def __init__(self, figures: Sequence[Span]) -> None:
        ordered = sorted(figures)
        self.starts = [f[0] for f in ordered]
        self.reach = list(itertools.accumulate((f[1] for f in ordered), max))
        self.first_end = min((f[1] for f in ordered), default=1 << 62)

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether a figure starting before ``hi`` ends after ``lo``."""
        i = bisect.bisect_left(self.starts, hi)
        return i > 0 and self.reach[i - 1] > lo

    def next_start(self, at: int, default: int) -> int:
        """Where the first figure starting at or after ``at`` starts (else ``default``)."""
        i = bisect.bisect_left(self.starts, at)
        return self.starts[i] if i < len(self.starts) else default


# The last sentence's figures, asked for by each of its figures in turn: building the
# spans once per sentence, not once per figure, keeps a long list sentence linear. The
# list itself is kept, so ``is`` never matches another sentence's list.
_LAST_FIGURES: tuple[Sequence[Span], _Figures] = ((), _Figures(()))


def _figures_of(figures: Sequence[Span]) -> _Figures:
    global _LAST_FIGURES
    last = _LAST_FIGURES  # one read: another thread may replace it, never half of it
    if last[0] is figures:
        return last[1]
    spans = _Figures(figures)
    _LAST_FIGURES = (figures, spans)
    return spans


def _earlier_between(doc: Document, lo: int, hi: int) -> bool:
    """Whether a word that puts the time after it before the story's (class
    ``earlier_link``: "after", "from", "compared with") stands in ``lo..hi``: between
    a figure and the next figure, whose time it is."""
    return phrase_pattern(doc.vocab.word_class("earlier_link")).search(doc.text, lo, hi) is not None


def _speech_dated(doc: Document, t: TimeMention, sentence: int, figures: _Figures) -> bool:
    """True when a time expression dates a speech verb, not the figures."""
    # Only where the cues stand matters here, not who they name: the parties of a
    # figure-less sentence are never resolved.
    counting = doc.vocab.word_class("count_verb_cue")
    for a_start, a_end, cue in cue_spans(doc, sentence):
        if cue.role != "source" or cue.position != "before":
            continue  # "according to X" names a source, not a moment of speech
        if figures.overlaps(a_start, a_start + 1):
            continue  # "an estimated 12,400 hectares": a hedge, not a speech verb
        if doc.lowered[a_start:a_end] in counting and _OBJECT_AFTER.match(doc.text, a_end):
            continue  # "In May, the country added 19,000 jobs": a count's verb
        lo, hi = (t.span[1], a_start) if t.span[1] <= a_start else (a_end, t.span[0])
        if not 0 <= hi - lo <= _SPEECH_GAP or figures.overlaps(lo, hi):
            continue
        if (
            t.span[1] <= a_start
            and figures.first_end <= t.span[0]
            and doc.text[lo:hi].lstrip().startswith(",")
        ):
            # "rose to 17 on Wednesday, the ministry said": the time closes the
            # reported clause and dates its figures.
            continue
        # "revealing that in the first five days...": a time inside the reported
        # clause dates what is reported, not the speech.
        if a_end <= t.span[0] and _THAT.search(doc.text, lo, hi):
            continue
        return True
    return False


def _time_plan(
    doc: Document, d: Draft, figures: Sequence[Span], published: date | None
) -> TimePlan:
    plan = doc.time_plans.get(d.sentence)
    if plan is not None and plan.figures is figures and plan.published == published:
        return plan
    s_start, s_end = doc.sentences[d.sentence]
    times = doc.times_in((s_start, s_end))
    named = named_months(doc, (s_start, s_end), times, published)
    named += event_days(doc, (s_start, s_end), times)
    if named:
        times = sorted([*times, *named], key=lambda t: t.span)
    kinds: list[str] = []
    clauses: list[tuple[int, int] | None] = []
    segments: list[int] = []
    spans = _Figures(figures)
    for t in times:
        if doc.debris.at(t.span[0]) is not None:
            kinds.append("debris")
        elif _comparison_time(doc, t, s_start) or (
            is_event_day(t) and not _earlier_between(doc, max(s_start, t.span[0] - 48), t.span[0])
        ):
            # An ordinal day of the event dates a figure only as an earlier aside
            # ("900,000, compared with 700,000 on the first strike day"): the story's
            # own day is dated by its other times.
            kinds.append("comparison")
        elif target_year(doc, t, published):
            kinds.append("target")
        elif _speech_dated(doc, t, d.sentence, spans):
            kinds.append("speech")
        else:
            kinds.append("stated")
        a, b, relative = clause_of(doc, s_start, s_end, t.span[0])
        alone = relative and not BEGAN_RELATIVE.search(
            doc.text, max(s_start, t.span[0] - 40), t.span[0]
        )
        clauses.append((a, b) if alone else None)
        segments.append(segment_of(doc, s_start, t.span[0]))
    rivals = {
        segment
        for f in figures
        if COMPARED.search(
            doc.text, max(segment := segment_of(doc, s_start, f[0]), f[0] - 30), f[0]
        )
    }
    plan = TimePlan(
        figures=figures,
        published=published,
        times=times,
        kinds=kinds,
        clauses=clauses,
        segments=segments,
        rivals=rivals,
        where_after=[_WHERE_AFTER.match(doc.text, t.span[1]) is not None for t in times],
        by_end=(by_end := sorted(range(len(times)), key=lambda k: times[k].span[1])),
        ends=[times[k].span[1] for k in by_end],
        speech=[k for k, kind in enumerate(kinds) if kind == "speech"],
    )
    doc.time_plans[d.sentence] = plan
    return plan


def governing_time(
    doc: Document, d: Draft, figures: Sequence[Span], published: date | None = None
) -> tuple[TimeMention | None, TimeMention | None]:
    """The stated time of a figure, and a speech time to fall back on.

    The nearest time of the sentence governs, except a time that only serves a
    comparison ("higher than January 31 levels", "the biggest since 2022") or
    what an ordinal counts from ("the sixth day of strikes since January"), a
    future year that is a target ("by 2035"), a time inside another relative
    clause, and a time beside a rival figure the text compares with ("900,000,
    compared to 700,000 on March 2").

    What each time is comes from the sentence's :class:`TimePlan`; the nearest
    time is then found walking out from the figure, so a sentence listing many
    figures with their dates costs time per figure, not per figure and time.
    """
    if not doc.sentences:
        return None, None
    s_start, s_end = doc.sentences[d.sentence]
    q = d.quantity
    plan = _time_plan(doc, d, figures, published)
    times = plan.times
    spans = _figures_of(figures)
    fig_clause = clause_of(doc, s_start, s_end, q.span[0])[:2]
    fig_segment = segment_of(doc, s_start, q.span[0])

    def allowed(k: int) -> bool:
        clause = plan.clauses[k]
        if clause is not None and clause != fig_clause:
            return False  # a relative clause's time governs only that clause
        return plan.segments[k] == fig_segment or plan.segments[k] not in plan.rivals

    def apart(t: TimeMention) -> bool:
        return not (t.span[0] < q.span[1] and q.span[0] < t.span[1])

    speech = next((times[k] for k in plan.speech if apart(times[k]) and allowed(k)), None)
    # "the deadliest since 2019, when 9 people were killed": the clause after the
    # year describes that year; the last such year before the figure governs.
    ends = plan.ends
    lo = bisect.bisect_left(ends, q.span[0] - 60)
    hi = bisect.bisect_left(ends, q.span[0])
    for k in sorted(plan.by_end[lo:hi], reverse=True):
        if plan.kinds[k] == "comparison" and apart(times[k]):
            point = _when_point(doc, times[k], q.span)
            if point is not None:
                return point, speech

    @functools.cache
    def earlier_after() -> bool:
        # Asked for each time after the figure: searched once, up to the next figure.
        return _earlier_between(doc, q.span[1], spans.next_start(q.span[1], s_end))

    # The nearest time, walking out from the figure on both sides at once; a time in
    # another stretch counts as farther than any in the figure's own, unless the
    # figure's stretch describes it ("last March 2, where 640,000").
    best: tuple[int, int] = (1 << 30, -1)
    after = bisect.bisect_left(plan.times, q.span[1], key=lambda t: t.span[0])
    before = bisect.bisect_right(ends, q.span[0]) - 1
    while after < len(times) or before >= 0:
        gap_after = times[after].span[0] - q.span[1] if after < len(times) else 1 << 62
        gap_before = q.span[0] - ends[before] if before >= 0 else 1 << 62
        if gap_after <= gap_before:
            k, gap = after, gap_after
            after += 1
        else:
            k, gap = plan.by_end[before], gap_before
            before -= 1
        if gap > best[0]:
            break
        if plan.kinds[k] != "stated" or not allowed(k):
            continue
        if is_named_month(times[k]) and not _month_reaches(doc, times[k], q.span):
            continue
        if (
            times[k].span[0] >= q.span[1]
            and spans.overlaps(q.span[1], times[k].span[0])
            and (opens_since(doc, times[k], (s_start, s_end)) or earlier_after())
        ):
            # "lost 6,000 posts, down 47,000 since January": a stretch up to now
            # after its figure is that figure's alone; so is an earlier time after a
            # word of comparison ("shed 8,000 jobs after cutting 5,000 in July").
            continue
        if (plan.segments[k] != fig_segment and not plan.where_after[k]) or _opens_conjunct(
            doc, q.span[1], times[k].span[0]
        ):
            # "flooded 300 homes on Saturday and on Sunday another 120": a time that
            # opens the next conjunct is farther than any of the figure's own.
            gap += 1 << 20
        best = min(best, (gap, k))
    return (times[best[1]] if best[1] >= 0 else None), speech


def _opens_conjunct(doc: Document, figure_end: int, time_start: int) -> bool:
    """Whether a time after a figure follows a coordinator that opens a new conjunct
    (class ``conjunct_opener``: "and", "while"; or a semicolon) straight away."""
    if time_start < figure_end:
        return False
    lo = max(figure_end, time_start - _CONJUNCT_REACH)
    return _conjunct_before(doc).search(doc.text, lo, time_start) is not None


_CONJUNCT_REACH = 24  # characters back from a time that may hold its coordinator


def _conjunct_before(doc: Document) -> regex.Pattern[str]:
    return _conjunct_pattern(doc.vocab.word_class("conjunct_opener"))


@functools.lru_cache(maxsize=4)
def _conjunct_pattern(words: frozenset[str]) -> regex.Pattern[str]:
    """A coordinator (or a semicolon), a comma at most, then the end of the stretch."""
    return regex.compile(rf"(?:;|{phrase_pattern(words).pattern})\s*+,?\s*+$")


def _when_point(doc: Document, t: TimeMention, figure: Span) -> TimeMention | None:
    """The year "since 2019" starts from, when the figure is in the clause after it
    that describes that year ("..., when 9 people were killed")."""
    w = t.window
    year = _SINCE_YEAR.fullmatch(t.surface)
    if year is None or w.start is None or not t.span[1] < figure[0] <= t.span[1] + 60:
        return None
    if not _WHERE_AFTER.match(doc.text, t.span[1]) or _CLAUSE_END.search(
        doc.text, t.span[1] + 1, figure[0]
    ):
        return None
    start = date(day_of(w.start).year, 1, 1)
    window = TimeWindow(start=start, end=date(start.year, 12, 31), granularity=Granularity.YEAR)
    return TimeMention(span=t.span, surface=year.group(1), window=window)


def _comparison_time(doc: Document, t: TimeMention, s_start: int) -> bool:
    """A time that only anchors a comparison: "than January 31", "biggest since 2022",
    or what an ordinal counts from ("the sixth day of strikes since January")."""
    before = doc.text[max(s_start, t.span[0] - 60) : t.span[0]]
    if _THAN_BEFORE.search(before):
        return True
    surface = t.surface.lower()
    span_back = tuple(doc.vocab.word_class("span_back"))
    if not surface.startswith(span_back):
        # "the first direct attack since conflict began in October": the time after
        # "since ... began" anchors the comparison the same way.
        since = since_began(doc, t, s_start)
        if since is None:
            return False
        before = doc.text[max(s_start, since.start() - 60) : since.start()]
    return _SUPERLATIVE.search(before) is not None or _ORDINAL_BEFORE.search(before) is not None


_TARGET_SHAPES = (Granularity.YEAR, Granularity.SPAN)  # a year, or part of one ("the end of 2027")


def target_year(doc: Document, t: TimeMention, published: date | None) -> bool:
    """A year after publication is a target ("save 1.2 billion a year by 2035"), and so
    is a deadline still to come ("cut 4,000 jobs by the end of 2027")."""
    w = t.window
    if published is None or w.granularity not in _TARGET_SHAPES or w.start is None:
        return False
    if day_of(w.start) > published:
        return True
    return (
        w.end is not None
        and day_of(w.end) > published
        and _BY_DEADLINE.search(doc.text, max(0, t.span[0] - 20), t.span[0]) is not None
    )


def _mentions_event(doc: Document, sentence: int) -> bool:
    vocab = doc.vocab
    toks, _ = sentence_tokens(doc, sentence)
    return vocab.event_forms.occurs(toks) or vocab.subject_forms.occurs(toks)


def context_time(doc: Document, index: int, span: Span) -> TimeMention | None:
    """A time in a figure-less sentence that can date the figures that follow."""
    times = doc.times_in(span)
    if not times or not _mentions_event(doc, index):
        return None
    earlier: TimeMention | None = None
    for t in reversed(times):
        if _comparison_time(doc, t, span[0]):
            continue  # "higher than January 31 levels" dates no figure that follows
        if _speech_dated(doc, t, index, _Figures(())):
            continue
        if not _EARLIER.match(t.surface):
            return t
        # "Iran late on Saturday launched drones, in response to a strike earlier this
        # month": the earlier time is the cause's; the sentence's other time is the story's.
        earlier = earlier or t
    return earlier


# "July's gain was revised", "June's figure", "July was revised to 65,000": a month
# name that opens the sentence as its subject or a possessive (the time scanner reads
# a bare month only with a preposition, a year or a modifier).
_MONTH_SUBJECT = regex.compile(
    r"""[\s"“‘']*+(?P<month>\p{Lu}\p{Ll}++)(?P<own>['’]s)?\s++(?P<next>\p{Ll}++)"""
)


_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}


# A month name the scanner leaves alone, in a sentence of a monthly release: "May's
# job gains", "June job gains were revised", "payrolls for June".
_MONTH_NAMED = regex.compile(
    r"""(?x)
    \b(?:(?P<for>for)\s++)?
    (?P<month>January|February|March|April|May|June|July|August|September|October
      |November|December)\b
    (?:(?P<own>['’]s)\b
      | \s++(?:(?:was|were|had\s++been|has\s++been)\s++)?   # "June was revised"
        (?P<noun>\p{Ll}[\p{Ll}-]*+)
        (?P<gap>(?<=\bto)\s++(?=[+$€£]?\p{N}))?           # "and June to 12,000"
    )?
    """
)


_YEAR_AFTER = regex.compile(r"\s*+,?\s*+\d")


def named_months(
    doc: Document, sentence: Span, times: Sequence[TimeMention], published: date | None
) -> list[TimeMention]:
    """The months a sentence names as the month of a figure, which the time scanner
    does not read (it reads a bare month only with a preposition, a year or a
    modifier): a possessive ("May's job gains dropped 41,000"), a month before a
    noun of a release or "revised" ("June job gains were revised down by 40,000",
    "June was revised", class ``month_report_noun``), a month the verb of a revision
    before it is left out for ("June was revised to 3,800 and May to 3,650"), and
    "for" before a month ("payrolls for June").

    Each is the latest such month up to publication, its year ``inferred`` (without
    a publication date, the year is ``unknown``). Its surface is the month's name,
    which tells it from the scanner's times (see :func:`is_named_month`).
    """
    nouns = doc.vocab.word_class("month_report_noun")
    found: list[TimeMention] = []
    for m in _MONTH_NAMED.finditer(doc.text, *sentence):
        if not (
            m["own"]
            or (m["noun"] is not None and m["noun"] in nouns)
            or (m["gap"] is not None and _revised_before(doc, sentence, m.start(), nouns))
            or (m["for"] and not _YEAR_AFTER.match(doc.text, m.end("month")))
        ):
            continue
        span = m.span("month")
        if any(t.span[0] < span[1] and span[0] < t.span[1] for t in times):
            continue  # "for June 2024": the scanner's
        found.append(_month_mention(m["month"], span, published))
    return found


def _revised_before(doc: Document, sentence: Span, at: int, nouns: frozenset[str]) -> bool:
    """Whether a word of a revision (class ``month_report_noun``) stands before ``at`` in
    the sentence: "June was revised to 3,800 and May to 3,650" leaves out the verb."""
    return phrase_pattern(nouns).search(doc.text, sentence[0], at) is not None


# What ends the reach of a named month: another clause ("; and", ", revealing").
_MONTH_REACH_END = regex.compile(r"[;:]|,\s*+(?:\p{Ll}+ing|which|while|whereas|but)\b")


def _month_reaches(doc: Document, t: TimeMention, figure: Span) -> bool:
    """Whether a named month dates a figure: one after it in its clause ("June's fell
    30,000 to 52,000", not "..., showing a 70,000-job shortfall")."""
    return t.span[1] <= figure[0] and not _MONTH_REACH_END.search(doc.text, t.span[1], figure[0])


def is_named_month(t: TimeMention) -> bool:
    """Whether a time is one of :func:`named_months`: it dates its figure alone."""
    return t.surface in _MONTHS


def _month_mention(name: str, span: Span, published: date | None) -> TimeMention:
    number = _MONTHS[name]
    if published is None:
        last = calendar.monthrange(2001, number)[1]
        window = TimeWindow(
            granularity=Granularity.MONTH,
            unknown=("year",),
            month_day=((number, 1), (number, last)),
        )
        return TimeMention(span=span, surface=name, window=window)
    year = published.year if number <= published.month else published.year - 1
    start = date(year, number, 1)
    end = date(year, number, calendar.monthrange(year, number)[1])
    window = TimeWindow(start=start, end=end, granularity=Granularity.MONTH, inferred=("year",))
    return TimeMention(span=span, surface=name, window=window)


def month_subject(doc: Document, d: Draft, published: date | None) -> TimeMention | None:
    """The month a sentence opens with as its subject, dating the figures of the
    sentence: "July's gain was revised down by 40,000" and "July was revised to
    65,000" are of July, the latest July up to publication (its year inferred), not
    of the month the figures before were of. A month followed by no possessive
    must be followed by a verb that joins a figure ("July was", "June fell").
    """
    m = _opening_month(doc, d)
    if m is None or published is None:
        return None
    return _month_mention(m["month"], m.span("month"), published)


def _opening_month(doc: Document, d: Draft) -> regex.Match[str] | None:
    """The month name a figure's sentence opens with as its subject (see
    :func:`month_subject`)."""
    if not doc.sentences:
        return None
    s_start = doc.sentences[d.sentence][0]
    m = _MONTH_SUBJECT.match(doc.text, s_start, d.quantity.span[0])
    if m is None or m["month"] not in _MONTHS:
        return None
    if m["own"] is None and m["next"] not in doc.vocab.linking.heads:
        return None
    return m


def opens_with_month(doc: Document, d: Draft) -> bool:
    """Whether a figure's sentence opens with a month as its subject ("July was revised
    to 65,000", "June's figure was 80,000")."""
    return _opening_month(doc, d) is not None
