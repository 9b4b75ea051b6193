"""A stated time as the window of a figure: periods since a start, weekdays to come,
running totals since a war began, and deictic times counted from the speaker's day.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import regex

from ..models import Granularity, TimeBasis, TimeMention, TimeWindow, day_of
from ..rules.alternations import alternation
from ..rules.numbers import FRACTION_WORDS, NUMBER_WORDS
from .document import Document, Span
from .draft import Draft, sentence_span
from .lexicon import BEGAN_RELATIVE, FUTURE

__all__ = [
    "RECENT_DAYS",
    "carried_in_time",
    "cumulative",
    "day_of",
    "default_window",
    "event_days",
    "event_start",
    "is_event_day",
    "offset_clauses",
    "offset_window",
    "opens_since",
    "phrase_pattern",
    "since_began",
    "speech_anchored",
    "stated_window",
    "twelve_months_to",
    "year_on_year",
]


# How far before publication a stated time may still date the sentences after it: an
# earlier time names another event the article compares with ("the 1960 tsunami",
# "that of January 31"), and the figures that follow are the current ones.
RECENT_DAYS = 31


def carried_in_time(window: TimeWindow, published: date | None) -> bool:
    """Whether a stated time may date the sentences after it (see :data:`RECENT_DAYS`).

    With no publication date nothing can be told, and it may.

    >>> from datetime import date
    >>> w = TimeWindow(start=date(2027, 1, 31), end=date(2027, 1, 31), granularity="day")
    >>> carried_in_time(w, date(2027, 2, 10)), carried_in_time(w, date(2027, 3, 9))
    (True, False)
    """
    if published is None or window.end is None:
        return True
    return (published - day_of(window.end)).days <= RECENT_DAYS


# "since the protests began on March 4": a period from then to publication.
_SINCE_BEGAN = regex.compile(
    r"(?i:\bsince\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:began|begun|started|erupted|broke\s+out|struck|hit|landed|was\s+declared|ignited|"
    r"intensified|escalated|resumed|flared(?:\s+up)?|spread|opened)"
    # "since fighting erupted in Sudan in mid-April": the place before the time
    r"\s+(?:in\s+\p{Lu}[\w'’-]*+(?:\s+\p{Lu}[\w'’-]*+)?\s+)?(?:on\s+|in\s+)?$)"
)


# "ahead of Sunday's vote", "ahead of the vote on Sunday": the time just after is to
# come. Elsewhere "ahead of" ranks ("won 48%, ahead of the National Union on 39%") and
# says nothing of time.
_AHEAD_OF = regex.compile(r"(?i:\bahead\s++of\s++(?:[\p{L}'’]++\s++){0,4})\Z")


# A modal or plan right before a time: the time is to come ("could ... overnight").
_TO_COME_BEFORE = regex.compile(
    r"(?i:\b(?:will|would|could|might|may|shall|expected|due|scheduled|planned|set\s+to)\b"
    r"[^,;.!?]*+)$"
)


_WEEKDAY_NAME = regex.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")


# "the largest attack since the invasion", "more than at any time since": a
# comparison with the past, not the stretch a figure counts.
_COMPARED_SINCE = regex.compile(
    r"(?i:\b(?:than|largest|biggest|highest|lowest|worst|deadliest|most|first|ever|any\s+time)"
    r"\b[^.;]{0,30}+)$"
)


# Times that count from the day they were said: a speaker's "overnight" or "yesterday".
_DEICTIC = regex.compile(
    r"(?:overnight|last\s++night|yesterday|today|tonight|this\s++(?:morning|afternoon|evening))",
    regex.I,
)


def default_window(published: date | datetime | None) -> TimeWindow | None:
    """The window a figure with no time of its own gets: the day before publication
    and the day of it, both ends inferred (None with no publication date).
    """
    if published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return TimeWindow(
        start=day - timedelta(days=1),
        end=day,
        granularity=Granularity.SPAN,
        inferred=("start", "end"),
    )


def opens_since(doc: Document, t: TimeMention, sentence: Span) -> bool:
    """Whether a time opens a stretch up to now: "since January", "since the protests
    began on March 4", "which began on Sunday"."""
    return (
        t.surface.lower().startswith("since")
        or since_began(doc, t, sentence[0]) is not None
        or BEGAN_RELATIVE.search(doc.text, max(sentence[0], t.span[0] - 40), t.span[0]) is not None
    )


def since_began(doc: Document, t: TimeMention, floor: int) -> regex.Match[str] | None:
    """The "since ... began" right before a time ("since conflict began in October"),
    searched no further back than ``floor`` (the start of its sentence)."""
    return _SINCE_BEGAN.search(doc.text, max(floor, t.span[0] - 70), t.span[0])


def stated_window(
    doc: Document, t: TimeMention, sentence: Span, published: date | None
) -> TimeWindow:
    """A stated time as the window of a figure: periods "since" a start run to
    publication, and a weekday in a sentence about what is to come is the next one.
    """
    w = t.window
    if published is None or not w.resolved or w.start is None or w.end is None:
        return w
    if (
        since_began(doc, t, sentence[0])
        or BEGAN_RELATIVE.search(doc.text, max(sentence[0], t.span[0] - 40), t.span[0])
    ) and day_of(w.start) < published:
        return TimeWindow(
            start=day_of(w.start), end=published, granularity=Granularity.SPAN, inferred=("end",)
        )
    if (
        day_of(w.end) < published
        and w.granularity in (Granularity.DAY, Granularity.NIGHT)
        and _WEEKDAY_NAME.search(t.surface)
        and not t.surface.lower().startswith(("last", "past", "since"))
        and (
            FUTURE.search(doc.text, sentence[0], sentence[1])
            or _AHEAD_OF.search(doc.text, max(sentence[0], t.span[0] - 30), t.span[0])
        )
    ):
        week = timedelta(days=7)
        return w.model_copy(update={"start": w.start + week, "end": w.end + week})
    if day_of(w.end) <= published and _TO_COME_BEFORE.search(
        doc.text, max(sentence[0], t.span[0] - 40), t.span[0]
    ):
        surface = t.surface.lower()
        if w.granularity is Granularity.NIGHT and surface == "overnight":
            # "winds could spread it further overnight": the night to come.
            day = timedelta(days=1)
            return w.model_copy(update={"start": w.start + day, "end": w.end + day})
        if (
            w.granularity is Granularity.MONTH
            and day_of(w.end) < published
            and "year" in w.inferred
            and not surface.startswith(("last", "past", "since"))
        ):
            # "the first tranche is expected in March" (written in December): next March.
            start, end = day_of(w.start), day_of(w.end)
            year = start.year + 1
            after = date(year + end.month // 12, end.month % 12 + 1, 1)  # the next month's 1st
            return w.model_copy(
                update={"start": start.replace(year=year), "end": after - timedelta(days=1)}
            )
    return w


def cumulative(
    doc: Document, d: Draft, published: date | None, m: regex.Match[str] | None
) -> tuple[TimeWindow, TimeBasis, str] | None:
    """A running total "since the war began": a window from an unstated start to
    publication (``unknown == ("start",)``), keyed by the event it counts from, so
    only totals since the same beginning are compared. ``m`` is ``_CUMULATIVE``
    searched in the figure's sentence.
    """
    s_start = sentence_span(doc, d)[0]
    if m is None:
        return None
    # The comparison must follow the figure: its own "more than" is a hedge.
    after = max(s_start, d.quantity.span[1], m.start() - 40)
    if after < m.start() and _COMPARED_SINCE.search(doc.text, after, m.start()):
        return None  # "more than in any week since the outbreak began" compares
    noun = (m["n1"] or m["n2"] or m["n3"]).lower()
    window = TimeWindow(
        granularity=Granularity.SPAN,
        end=published,
        unknown=("start",) if published is not None else ("start", "end"),
        relative=f"since the {noun} began",
    )
    return window, TimeBasis.STATED, m.group()


def year_on_year(doc: Document, d: Draft, figures: Sequence[Span]) -> regex.Match[str] | None:
    """The phrase that makes a figure a change over twelve months ("up 3.9% year over
    year", "down 0.5% yearly", "over the past 12 months, earnings rose 3.9%"), class
    ``year_on_year``: beside the figure in its sentence, no other figure between."""
    s_start, s_end = sentence_span(doc, d)
    words = doc.vocab.word_class("year_on_year")
    pattern = phrase_pattern(words)
    q = d.quantity.span
    # Only the stretch from the figure before to the figure after can hold the phrase:
    # scanning the whole sentence for each of its figures would cost its length times
    # their number (``figures`` is in text order; see times.py).
    at = bisect.bisect_left(figures, q)
    if at < len(figures) and figures[at] == q:
        between = [f for f in (*figures[at - 1 : at], *figures[at + 1 : at + 2]) if f != q]
        longest = _longest(words)
        lo = max(s_start, between[0][0] - longest) if at > 0 else s_start
        nxt = figures[at + 1][0] if at + 1 < len(figures) else None
        hi = s_end if nxt is None else min(s_end, nxt + longest + 1)
    else:
        between, lo, hi = [f for f in figures if f != q], s_start, s_end
    for m in pattern.finditer(doc.text, lo, hi):
        a, b = (q[1], m.start()) if m.start() >= q[1] else (m.end(), q[0])
        if a <= b and not any(a <= f[0] < b for f in between):
            return m
    return None


@functools.lru_cache(maxsize=16)
def _longest(words: frozenset[str]) -> int:
    return max(map(len, words), default=0)


@functools.lru_cache(maxsize=16)
def phrase_pattern(words: frozenset[str]) -> regex.Pattern[str]:
    """One pattern for a word class's phrases, longest first; built once per class."""
    phrases = alternation(words, reverse=False, space=r"\ ")
    return regex.compile(rf"(?i:\b(?:{phrases})\b)")


def twelve_months_to(month: TimeWindow) -> TimeWindow | None:
    """The twelve months ending with ``month`` (a month window, its year known or not).

    >>> from datetime import date
    >>> july = TimeWindow(start=date(2025, 7, 1), end=date(2025, 7, 31), granularity="month")
    >>> twelve_months_to(july).key()
    'span:2024-08-01..2025-07-31'
    """
    if month.granularity is not Granularity.MONTH:
        return None
    if month.start is not None and month.end is not None:
        first = day_of(month.start)
        if (first.year, first.month) != (day_of(month.end).year, day_of(month.end).month):
            return None  # "since January": months, not one month
        start = date(first.year - 1, first.month, 1) + timedelta(days=31)
        return TimeWindow(
            start=start.replace(day=1),
            end=day_of(month.end),
            granularity=Granularity.SPAN,
            inferred=month.inferred,
        )
    if month.month_day is None:
        return None
    (m, _), last = month.month_day
    return TimeWindow(
        granularity=Granularity.SPAN,
        unknown=("year",),
        month_day=((m % 12 + 1, 1), last),
    )


def speech_anchored(
    stated: TimeMention, window: TimeWindow, speech: TimeMention | None, published: date | None
) -> TimeWindow:
    """A deictic time counts from the day the figure was given, when the text says it.

    Published on Saturday, "Russia fired 450 drones overnight, the air force said on
    Friday" is the night into Friday: "overnight", "last night", "yesterday" and
    "today" are the speaker's words, so they count from the day the sentence says
    the speaker spoke, not from publication. Marked ``inferred`` on both ends.
    """
    if (
        published is None
        or speech is None
        or not _DEICTIC.fullmatch(stated.surface)
        or window.start is None
        or window.end is None
        or speech.window.granularity is not Granularity.DAY
        or speech.window.start is None
    ):
        return window
    shift = (published - day_of(speech.window.start)).days
    if not 0 < shift <= 7:
        return window
    back = timedelta(days=shift)
    return TimeWindow(
        start=window.start - back,
        end=window.end - back,
        granularity=window.granularity,
        inferred=("start", "end"),
    )


# An ordinal day or week of the story's event: "on the first strike day", "the second
# day of the strike", "in the opening week of the walkout", "this third day of
# protest", "on day two of the strike". The ordinal's words are read from the
# vocabulary (``ordinal_word``, ``event_opening``); what follows "of" must be no
# calendar noun ("the first day of the month").
_EVENT_DAY = regex.compile(
    r"""(?i:
    \b(?P<this>this\s++|today['’]s\s++)?the\s++
    (?P<nth>\p{L}++|\d{1,2}(?:st|nd|rd|th))\s++      # the ordinal
    (?:(?P<noun1>\p{L}[\p{L}-]*+)\s++)?              # "the first strike day"
    (?P<unit>day|week)\b
    (?:\s++of\s++(?:the\s++|this\s++|its\s++)?(?P<noun2>\p{L}[\p{L}-]*+))?  # "of the strike"
    | \b(?P<unit2>day|week)\s++(?P<count>\d{1,3}|\p{L}++)        # "day two", "week 3"
      \s++of\s++(?:the\s++|this\s++|its\s++)?(?P<noun3>\p{L}[\p{L}-]*+)  # "of the strike"
    )""",
    regex.VERBOSE,
)


# A verb that starts the story's event, straight before its day ("the strike began on
# Tuesday"): class ``event_start_verb``.
_START_GAP = 4  # characters between the verb and its day (" on ", " ")


def event_days(doc: Document, sentence: Span, times: Sequence[TimeMention]) -> list[TimeMention]:
    """The ordinal days and weeks of the story's event a sentence names, which the time
    scanner does not read: "compared with about 4,000 on the first strike day".

    The first day (or week) of the event is resolved from the day the article says
    the event started ("the strike began on Tuesday"); a later day is not (days of a
    strike or a protest movement are often not consecutive), and keeps a label every
    outlet's text gives alike: ``day:unresolved:day 2 of the event``, its start (the
    event's) unknown. A day the sentence calls "this" or "today's" is the story's own
    day, which its other times date: it is no time here.
    """
    found: list[TimeMention] = []
    vocab = doc.vocab
    ordinals = vocab.word_class("ordinal_word")
    opening = vocab.word_class("event_opening")
    calendar_nouns = vocab.word_class("calendar_noun")
    for m in _EVENT_DAY.finditer(doc.text, *sentence):
        if m["this"] is not None:
            continue
        if m["count"] is not None:
            count = m["count"].lower()
            n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        else:
            n = _ordinal_value(m["nth"].lower(), ordinals, opening)
        noun = (m["noun2"] or m["noun3"] or "").lower()
        unit = (m["unit"] or m["unit2"]).lower()
        if n is None or noun in calendar_nouns:
            continue
        if noun[:1].isdigit() or any(t.span[0] < m.end() and m.start() < t.span[1] for t in times):
            continue  # "the first day of April": the scanner's
        week = unit == "week"
        start = event_start(doc, noun or (m["noun1"] or "").lower()) if n == 1 else None
        if start is not None:
            end = start + timedelta(days=6) if week else start
            granularity = Granularity.WEEK if week else Granularity.DAY
            window = TimeWindow(
                start=start, end=end, granularity=granularity, inferred=("start", "end")
            )
        else:
            window = TimeWindow(
                granularity=Granularity.WEEK if week else Granularity.DAY,
                unknown=("start",),
                relative=f"{unit} {n} of the event",
            )
        found.append(TimeMention(span=m.span(), surface=m.group(), window=window))
    return found


def is_event_day(t: TimeMention) -> bool:
    """Whether a time is one of :func:`event_days` left unresolved: it dates its own
    figure alone, and only as an earlier aside."""
    return t.window.start is None and (t.window.relative or "").endswith(" of the event")


def _ordinal_value(word: str, ordinals: frozenset[str], opening: frozenset[str]) -> int | None:
    if word in opening:
        return 1
    if word[:1].isdigit():
        return int(word[:-2]) or None
    if word not in ordinals:
        return None
    # The ordinal words beyond the first two are the fraction words ("third" to
    # "tenth"), whose denominators are their values; "first" is an opening word.
    return FRACTION_WORDS.get(word, 2)


# The event starts of the last document asked for: found once per article, not once
# per sentence (a one-entry cache, the document itself kept to tell it from another).
_LAST_STARTS: tuple[Document | None, list[tuple[date, str]]] = (None, [])
_SUBJECT_REACH = 40  # characters before a start verb that may name what started


def event_start(doc: Document, noun: str = "") -> date | None:
    """The day the article says its event started ("the strike began on Tuesday",
    class ``event_start_verb``): the first such day whose words before the verb name
    ``noun`` (its first five letters: "protests erupted" for "the first day of
    protest"), or the first at all for no noun; None when there is none."""
    stem = noun[:5]
    return next((day for day, before in _event_starts(doc) if stem in before), None)


def _event_starts(doc: Document) -> list[tuple[date, str]]:
    """Each day an event starts on in the text, with the lowered words before its verb."""
    global _LAST_STARTS
    last = _LAST_STARTS
    if last[0] is doc:
        return last[1]
    pattern = phrase_pattern(doc.vocab.word_class("event_start_verb"))
    starts = [t.span[0] for t in doc.times]  # in text order
    found: list[tuple[date, str]] = []
    for m in pattern.finditer(doc.text):
        i = bisect.bisect_left(starts, m.end())
        if i == len(starts) or starts[i] - m.end() > _START_GAP:
            continue
        w = doc.times[i].window
        if w.resolved and w.granularity is Granularity.DAY and w.start is not None:
            before = doc.lowered[max(0, m.start() - _SUBJECT_REACH) : m.start()]
            found.append((day_of(w.start), before))
    _LAST_STARTS = (doc, found)
    return found


# "..., a week after a fire killed 12 workers", "Two days before 300 were evacuated":
# a clause after a count of days or weeks and "after" (or "before") is of an earlier
# (a later) event than the time it is counted from.
_OFFSET_CLAUSE = regex.compile(
    r"""(?i:
    \b(?P<count>an?|\p{L}++|\d{1,2})\s++(?P<unit>days?|weeks?)\s++  # "a week", "two days"
    (?P<way>after|before)\s++                                        # which way
    (?!(?:the\s++)?(?:same|that|this)\b)                            # "after that": no event
    )""",
    regex.VERBOSE,
)
_CLAUSE_STOP = regex.compile(r"[,;:.!?—–]")


def offset_clauses(doc: Document, sentence: Span) -> list[tuple[int, int, int, str]]:
    """The clauses of a sentence counted from another time by days or weeks: where
    each starts and ends, the days it lies from that time (negative before it), and
    the words that count them ("a week after")."""
    found: list[tuple[int, int, int, str]] = []
    for m in _OFFSET_CLAUSE.finditer(doc.text, *sentence):
        count = m["count"].lower()
        n = (
            1
            if count in ("a", "an")
            else int(count)
            if count.isdigit()
            else NUMBER_WORDS.get(count)
        )
        if n is None:
            continue
        days = n * (7 if m["unit"].lower().startswith("week") else 1)
        stop = _CLAUSE_STOP.search(doc.text, m.end(), sentence[1])
        end = stop.start() if stop is not None else sentence[1]
        sign = -1 if m["way"].lower() == "after" else 1
        found.append((m.start(), end, sign * days, m.group().strip()))
    return found


def offset_window(
    clauses: Sequence[tuple[int, int, int, str]], figure: Span, time: Span, window: TimeWindow
) -> tuple[TimeWindow, str] | None:
    """The window of a figure in one of ``clauses`` counted from a day outside it: the
    day it names moved by the clause's days ("80,000 marched on Saturday, a week after
    a fire killed 12": the 12 are of the Saturday before), its days ``inferred``."""
    for start, end, days, words in clauses:
        if not start <= figure[0] < end or start <= time[0] < end:
            continue
        if window.granularity is not Granularity.DAY or window.start is None or window.end is None:
            return None
        shift = timedelta(days=days)
        moved = TimeWindow(
            start=day_of(window.start) + shift,
            end=day_of(window.end) + shift,
            granularity=Granularity.DAY,
            inferred=("start", "end"),
        )
        return moved, words
    return None
