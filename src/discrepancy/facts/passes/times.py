"""The times pass: date each figure by the time that governs it in its sentence, a
running total, the speaker's day, a time carried from the sentences before, or the
default window before publication.
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from ...models import Granularity, TimeBasis, TimeMention, TimeWindow, day_of
from ...rules.families import Families
from ..document import Document, Span, content_paragraphs
from ..draft import Draft, Reading
from ..lexicon import FUTURE, TOLLS
from ..timeplan import (
    context_time,
    governing_time,
    is_named_month,
    month_subject,
    target_year,
)
from ..windows import (
    carried_in_time,
    cumulative,
    default_window,
    is_event_day,
    offset_clauses,
    offset_window,
    opens_since,
    phrase_pattern,
    speech_anchored,
    stated_window,
    twelve_months_to,
    year_on_year,
)

__all__ = ["read_times"]


_NOW = regex.compile(r"(?i:\b(?:right\s+now|as\s+of\s+now|currently|now)\b)")


_PROSPECTIVE = regex.compile(
    r"(?i:\b(?:will|would|shall|plans?\s+to|expected\s+to|set\s+to|due\s+to|could|may)\b)"
)


_RESPECTIVELY = regex.compile(r"(?i:\brespectively\b)")


# A running total: "since the start of the war", "since the invasion began",
# "since the full-scale invasion" (the start of a year or month is a date: _time).
_EVENT_NOUNS = (
    r"war|invasion|conflict|fighting|offensive|pandemic|outbreak|crisis|protests?|unrest"
    r"|occupation|siege|campaign|uprising|hostilities|strike"
)


_CUMULATIVE = regex.compile(
    rf"""\bsince\s++(?:
        (?:the\s++)?(?:start|beginning|outbreak|onset)\s++of\s++(?:the\s++|this\s++)?
          (?:[\w-]++\s++){{0,2}}?(?P<n1>{_EVENT_NOUNS})\b
        | (?:the\s++|this\s++)?(?:[\w-]++\s++){{0,2}}?(?P<n2>{_EVENT_NOUNS})\s++
          (?:began|started|broke\s++out|erupted)\b
        | the\s++(?:full-scale\s++|large-scale\s++)?(?P<n3>invasion)\b
    )""",
    regex.I | regex.VERBOSE,
)


@dataclass(slots=True)
class _Context:
    """A time that dates the figures after it: its window, its words, its paragraph."""

    window: TimeWindow
    surface: str
    paragraph: int
    future: bool = False  # named in a sentence about what is to come
    # "since January": a stretch up to now, which dates only running totals after it;
    # ``story`` is the time it took over from, which dates the other figures.
    running: bool = False
    story: _Context | None = None
    at: int = -1  # where a time stated in a figure's sentence starts


def read_times(doc: Document, reading: Reading) -> None:
    """The time window of each figure, sentence by sentence.

    The time that governs the figure in its sentence, a running total, a target's
    default, the day the figure was given, "now", a time carried from the sentences
    before (at most a paragraph back), else the default window before publication.
    A figure with none takes the time of the same figure restated.

    Args:
        doc: the article; ``published`` anchors the default window.
        reading: its drafts, whose ``time``, ``time_basis`` and ``time_surface`` are
            set in place.
    """
    drafts, published = reading.drafts, doc.published
    default = default_window(published)
    pub_day = None if published is None else day_of(published)
    context: _Context | None = None
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    content = content_paragraphs(doc)
    previous = -1
    # Only figure sentences are read in turn. The figure-less sentences between two
    # of them are searched from the latest back for a context time: the latest one
    # found is the one that stands, and paragraph ranks never decrease, so a
    # sentence more than one paragraph back (and all before it) would be dropped.
    for index in sorted(by_sentence) if doc.sentences else ():
        group = by_sentence[index]
        span = doc.sentences[index]
        paragraph = content[doc.paragraph_of(span[0])] if content else 0
        context = _unless_aside(
            _context_before(doc, content, index, previous, paragraph, pub_day), context
        )
        previous = index
        if context is not None and paragraph - context.paragraph > 1:
            context = None
        if context is not None and context.future and not _PROSPECTIVE.search(doc.text, *span):
            # "a new strike looms on Wednesday. 3.5 million demonstrated": a day
            # to come dates only what is to come.
            context = None
        if context is not None and context.running and not _running_cue(doc, span):
            # "... down 61,000 since January. Hospitals added 38,000 jobs": the
            # stretch dates running totals only; the story's time dates the rest.
            context = context.story
        here = _Sentence(
            span=span,
            paragraph=paragraph,
            figures=[d.quantity.span for d in group],
            published=pub_day,
            default=default,
            context=context,
            targeted=any(target_year(doc, t, pub_day) for t in doc.times_in(span)),
            # Searched once per sentence, not once per figure: a sentence listing many
            # figures would cost its length times their number.
            running=_CUMULATIVE.search(doc.text, *span),
            now=_now(doc, span, pub_day),
            month=month_subject(doc, group[0], pub_day),
            offsets=offset_clauses(doc, span),
        )
        stated_here: _Context | None = None
        links: list[int] | None = None  # where the sentence's earlier_link words start
        for d in group:
            found = _over_the_year(doc, d, here, _date_figure(doc, d, here))
            if found is None:
                continue
            if stated_here is not None and links is None:
                links = _earlier_links(doc, span)
            if not _earlier_aside(stated_here, found, links or []):
                stated_here = found
        if _respectively(doc, group, span):
            stated_here = None  # each time is one figure's: none dates what follows
            context = None
        if here.month is None or stated_here is not None:
            context = _context_after(context, stated_here, group, paragraph)
    _date_restated(drafts)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What dates the figures of one sentence, found once for all of them."""

    span: Span
    paragraph: int
    figures: list[Span]
    published: date | None
    default: TimeWindow | None
    context: _Context | None  # the time carried from the sentences before
    targeted: bool  # names a target year or a deadline to come
    running: regex.Match[str] | None  # "since the start of the war"
    now: tuple[TimeWindow, TimeBasis, str] | None  # "right now"
    month: TimeMention | None  # "July's gain was revised": the month the sentence is of
    offsets: list[tuple[int, int, int, str]]  # "a week after ...": clauses counted from a day


def _context_before(
    doc: Document,
    content: list[int],
    index: int,
    previous: int,
    paragraph: int,
    pub_day: date | None,
) -> _Context | None:
    """The latest time of the figure-less sentences between the figure sentence
    ``previous`` and ``index`` that may date the figures after it, if any."""
    latest: _Context | None = None
    for before in range(index - 1, previous, -1):
        b_span = doc.sentences[before]
        b_paragraph = content[doc.paragraph_of(b_span[0])] if content else 0
        if paragraph - b_paragraph > 1:
            break
        if doc.debris.at(b_span[0]) is not None:
            continue
        found = context_time(doc, before, b_span)
        if found is not None:
            window = stated_window(doc, found, b_span, pub_day)
            if carried_in_time(window, pub_day):
                future = FUTURE.search(doc.text, b_span[0], b_span[1]) is not None
                here = _Context(
                    window, found.surface, b_paragraph, future, opens_since(doc, found, b_span)
                )
                if latest is None:
                    latest = here
                elif not here.running:
                    # "Russia attacked overnight. It was the largest attack since the
                    # war began.": the night is the story's time under the stretch.
                    latest.story = here
                    return latest
                if not here.running:
                    return latest
    return latest


def _date_figure(doc: Document, d: Draft, here: _Sentence) -> _Context | None:
    """Date one figure; the time it sets for the figures after it, if it sets one."""
    pub_day, default, context, span = here.published, here.default, here.context, here.span
    stated, speech = governing_time(doc, d, here.figures, pub_day)
    if stated is not None and _toll_to_come(doc, d, stated, span, pub_day):
        # "15 of those arrested would face trial next week": a later
        # clause's time to come never dates a toll already counted.
        stated = None
    if stated is not None:
        window = stated_window(doc, stated, span, pub_day)
        window = speech_anchored(stated, window, speech, pub_day)
        d.time, d.time_basis, d.time_surface = window, TimeBasis.STATED, stated.surface
        moved = offset_window(here.offsets, d.quantity.span, stated.span, window)
        if moved is not None:
            # "80,000 marched on Saturday, a week after a fire killed 12 workers": the
            # clause's event lies a week before Saturday; it dates nothing after it.
            d.time, d.time_surface = moved
            return None
        if not carried_in_time(window, pub_day) or is_named_month(stated) or is_event_day(stated):
            return None  # "June job gains were revised": June is that figure's alone
        # A window moved to the future (or starting after publication)
        # is to come: it dates only what is to come after it.
        moved_on = (  # a speaker's day moves a window back, not on
            window.start is not None
            and stated.window.start is not None
            and day_of(window.start) > day_of(stated.window.start)
        )
        to_come = moved_on or (
            pub_day is not None and window.start is not None and day_of(window.start) > pub_day
        )
        running = opens_since(doc, stated, span)
        return _Context(window, stated.surface, here.paragraph, to_come, running, at=stated.span[0])
    if (month := here.month) is not None:
        # "July's gain was revised": the month the sentence is about, for its figures
        # alone (the month of the story's main figure goes on after it).
        d.time, d.time_basis, d.time_surface = month.window, TimeBasis.STATED, month.surface
        return None
    if (total := cumulative(doc, d, pub_day, here.running)) is not None:
        # "50,000 drones since the start of the war": a running total up to
        # the report, never the night's figure; it dates nothing after it.
        d.time, d.time_basis, d.time_surface = total
    elif here.targeted and default is not None:
        # "save 1.2 billion euros a year by 2035": a target, so no
        # earlier sentence's time either; the marked default stands.
        d.time, d.time_basis = default, TimeBasis.DEFAULT
    elif (
        speech is not None
        and (
            (default is not None and _within(speech.window, default))
            or (default is None and context is not None)
            or (context is None and _as_of(doc, d, speech, pub_day))
        )
        and (context is None or not _before_the_statement(doc, d, speech))
    ):
        # "..., local authorities said on Wednesday": with no time of its
        # own, a recent figure is dated by the day it was given. A figure of the
        # event the statement looks back on keeps the event's time ("Drones came
        # overnight. The army said on Sunday it had intercepted 99% of them").
        d.time, d.time_basis, d.time_surface = speech.window, TimeBasis.CONTEXT, speech.surface
    elif (now := here.now) is not None:
        d.time, d.time_basis, d.time_surface = now
        return _Context(now[0], now[2] or "now", here.paragraph)
    elif context is not None:
        d.time, d.time_basis, d.time_surface = context.window, TimeBasis.CONTEXT, context.surface
    elif default is not None:
        d.time, d.time_basis = default, TimeBasis.DEFAULT
    elif speech is not None:
        # No publication date to default to: the day the figure was
        # given is the best bound the text offers, and is marked as such.
        d.time, d.time_basis, d.time_surface = speech.window, TimeBasis.CONTEXT, speech.surface
    return None


def _as_of(doc: Document, d: Draft, speech: TimeMention, published: date | None) -> bool:
    """Whether the day of a statement, days before publication, is the as-of day of a
    running total no other time dates ("the ministry said on Tuesday that 12 people
    had died", in Sunday's paper): the toll as of Tuesday, not of the weekend."""
    w = speech.window
    return (
        published is not None
        and w.resolved
        and w.granularity is Granularity.DAY
        and w.end is not None
        and day_of(w.end) <= published
        and carried_in_time(w, published)
        and Families.of(doc.vocab).cumulative(d.subject, d.event)
    )


def _before_the_statement(doc: Document, d: Draft, speech: TimeMention) -> bool:
    """Whether a figure after a dated statement is of an event before it: its verb is
    in the past perfect ("said on Sunday it had intercepted 99%", class
    ``anterior_auxiliary``), and it is no running total, which the statement's day
    dates ("said on Sunday that 14 people had died": the toll as of Sunday)."""
    if speech.span[1] > d.quantity.span[0] or Families.of(doc.vocab).cumulative(d.subject, d.event):
        return False
    pattern = phrase_pattern(doc.vocab.word_class("anterior_auxiliary"))
    return pattern.search(doc.text, speech.span[1], d.quantity.span[0]) is not None


def _earlier_links(doc: Document, span: Span) -> list[int]:
    """Where the words of class ``earlier_link`` ("after", "from", "compared with")
    start in a sentence, found once for all its figures."""
    pattern = phrase_pattern(doc.vocab.word_class("earlier_link"))
    return [m.start() for m in pattern.finditer(doc.text, *span)]


def _earlier_aside(main: _Context | None, found: _Context, links: list[int]) -> bool:
    """Whether a time stated after the sentence's first one is an earlier aside: a word
    of class ``earlier_link`` stands between them ("Factories cut 7,000 jobs last month
    after losing 9,000 in June and 5,000 in May. Utilities lost 2,000 jobs": last
    month goes on; "rose to 5.1% from 4.8% in June")."""
    if main is None or main.at < 0 or found.at <= main.at:
        return False
    i = bisect.bisect_left(links, main.at)
    return i < len(links) and links[i] < found.at


def _over_the_year(
    doc: Document, d: Draft, here: _Sentence, found: _Context | None
) -> _Context | None:
    """A change over twelve months ("up 3.9% year over year", "over the past 12 months")
    covers the twelve months to the month the figure is of: its own month, else the
    story's ("Earnings rose 0.3% in July. They were up 3.9% annually" is August to
    July). The time it set, unless that was the twelve months themselves."""
    phrase = year_on_year(doc, d, here.figures)
    if phrase is None:
        return found
    month = d.time if d.time is not None and d.time.granularity is Granularity.MONTH else None
    if month is None:
        # "1,204 in July, down 8% from a year ago": the month its sentence names, not
        # the year back the phrase itself names.
        month = next(
            (
                t.window
                for t in reversed(doc.times_in(here.span))
                if t.window.granularity is Granularity.MONTH
                and not (t.span[0] < phrase.end() and phrase.start() < t.span[1])
            ),
            None,
        )
    if month is None and here.context is not None:
        month = here.context.window
    window = None if month is None else twelve_months_to(month)
    if window is None:
        return found
    d.time, d.time_basis, d.time_surface = window, TimeBasis.STATED, phrase.group()
    if found is not None and found.surface.lower() in phrase.group().lower():
        return None  # "over the past 12 months": a change, which dates nothing after it
    return found


def _unless_aside(found: _Context | None, context: _Context | None) -> _Context | None:
    """The time that dates what follows when a sentence with no figure names ``found``
    after the story's time ``context``: ``found``, unless it is a day well before it.

    "Rebels fired 300 rockets yesterday. They had vowed revenge for a raid on March
    29. The salvo included 160 rockets": an earlier event named in passing (a cause,
    a precedent) is background, and the figures after it go on being the story's. A
    day within a week of the story's is the story going on.
    """
    if found is not None and found.running and found.story is None:
        found.story = _story(context)
    if found is None or context is None:
        return found or context
    if not {found.window.granularity, context.window.granularity} <= _EVENT_DAYS:
        return found  # "in July ... in May": a monthly report's months are its own
    end, start = found.window.end, context.window.start
    if end is None or start is None or day_of(end) >= day_of(start) - _ASIDE:
        return found
    return context


_ASIDE = timedelta(days=7)  # how far before the story's day a named day is background
_EVENT_DAYS = {Granularity.DAY, Granularity.NIGHT}


def _context_after(
    context: _Context | None, stated_here: _Context | None, group: list[Draft], paragraph: int
) -> _Context | None:
    """The time that dates the sentences after a figure sentence."""
    if stated_here is not None and stated_here.future and context is not None:
        # A time to come leaves the story's own time standing for what follows.
        return _Context(context.window, context.surface, paragraph, context.future)
    if stated_here is not None:
        if stated_here.running and stated_here.story is None:
            stated_here.story = _story(context)
        return stated_here
    if context is not None and any(d.time_basis is TimeBasis.CONTEXT for d in group):
        return _Context(
            context.window,
            context.surface,
            paragraph,
            running=context.running,  # a running total goes on being one
            story=context.story,
        )
    if context is not None and all(_running_total(d) or _month_named(d) for d in group):
        # An aside on the running total, or on an earlier month ("June's gain was
        # revised to 52,000"): the story's time goes on after it.
        return context
    return None


def _story(context: _Context | None) -> _Context | None:
    """The story's own time in force at ``context``: past any stretch since a start."""
    return context.story if context is not None and context.running else context


def _running_cue(doc: Document, span: Span) -> bool:
    """Whether a sentence counts a running total ("so far", "in total", "since ...")."""
    cue = phrase_pattern(doc.vocab.word_class("running_cue") | {"since"})
    return cue.search(doc.text, *span) is not None


def _toll_to_come(
    doc: Document, d: Draft, stated: TimeMention, sentence: Span, published: date | None
) -> bool:
    """Whether a time to come stands beside a toll (deaths, injured, arrests)."""
    if published is None or d.subject not in TOLLS or d.negated:
        return False
    window = stated_window(doc, stated, sentence, published)
    return window.start is not None and day_of(window.start) > published


def _month_named(d: Draft) -> bool:
    return d.time_basis is TimeBasis.STATED and d.time_surface in _MONTH_NAMES


_MONTH_NAMES = frozenset(calendar.month_name[1:])


def _running_total(d: Draft) -> bool:
    w = d.time
    return w is not None and w.start is None and "start" in w.unknown and w.relative is not None


def _date_restated(drafts: list[Draft]) -> None:
    """A figure with no time of its own takes the time of the same figure restated.

    "Poland floods: 21 dead" in a headline is the body's "twenty-one people have
    been killed ... on Wednesday".
    """
    dated: dict[tuple[str | None, float, str | None], Draft] = {}
    for d in drafts:
        if d.time is not None and d.time_basis in (TimeBasis.STATED, TimeBasis.CONTEXT):
            dated.setdefault((d.subject, d.quantity.nominal, d.quantity.unit), d)
    for d in drafts:
        if d.time_basis in (TimeBasis.DEFAULT, TimeBasis.NONE):
            twin = dated.get((d.subject, d.quantity.nominal, d.quantity.unit))
            if twin is not None:
                d.time, d.time_basis, d.time_surface = (
                    twin.time,
                    TimeBasis.CONTEXT,
                    twin.time_surface,
                )


def _within(window: TimeWindow, outer: TimeWindow) -> bool:
    if not window.resolved or window.start is None or outer.start is None or outer.end is None:
        return False
    return day_of(outer.start) <= day_of(window.start) and (
        window.end is None or day_of(window.end) <= day_of(outer.end)
    )


def _now(
    doc: Document, sentence: Span, published: date | None
) -> tuple[TimeWindow, TimeBasis, str] | None:
    """ "Right now, at least seven countries ...": the figure holds on publication day."""
    if published is None:
        return None
    m = _NOW.search(doc.text, sentence[0], sentence[1])
    if m is None:
        return None
    window = TimeWindow(start=published, end=published, granularity=Granularity.DAY)
    return window, TimeBasis.STATED, m.group()


def _respectively(doc: Document, group: list[Draft], sentence: Span) -> bool:
    """ "on March 4 and March 11, drew about 15,000 and 22,000 respectively": in order."""
    m = _RESPECTIVELY.search(doc.text, sentence[0], sentence[1])
    if m is None:
        return False
    figures = [d for d in group if d.quantity.span[1] <= m.start() and d.part_of is None]
    days = [
        t
        for t in doc.times_in(sentence)
        if t.window.granularity is Granularity.DAY
        and not any(
            t.span[0] < d.quantity.span[1] and d.quantity.span[0] < t.span[1] for d in group
        )
    ]
    if len(figures) < 2 or len(figures) != len(days):
        return False
    for d, t in zip(figures, days, strict=True):
        d.time, d.time_basis, d.time_surface = t.window, TimeBasis.STATED, t.surface
    return True
