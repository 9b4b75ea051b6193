"""The story's period, and the day arithmetic of time windows, for alignment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..models import Extraction, Granularity, TimeWindow, day_of

__all__ = [
    "day_words",
    "is_current",
    "one_window",
    "reporting_window",
    "span_words",
    "story_period",
]


# A figure dated within this long before the first article of the story appeared
# reports the story's event (the quake of Sunday in Monday's papers); an earlier
# dated figure is background (last year's quake, the previous day of protests).
_LEAD = timedelta(days=7)
_LONGEST_CURRENT = timedelta(days=7)
# A story window of a day or two is an event's, whose tallies are reported from it on.
_EVENT_EVE = timedelta(days=1)


def story_period(extractions: Sequence[Extraction]) -> tuple[date, date] | None:
    """The days the story's articles report: a week before the first one to the last."""
    days = [d for ex in extractions if (d := ex.article.published_day) is not None]
    if not days:
        return None
    return min(days) - _LEAD, max(days)


def is_current(window: TimeWindow | None, period: tuple[date, date]) -> bool:
    """Whether a tally's window is the story's own: short and within its period.

    Only running tallies (tolls, arrests, homes destroyed: ``cumulative`` in their
    entries in subjects.jsonl) are asked: the toll an outlet gives on Thursday and the
    one another gives on Friday are updates of one figure of the story. A figure with no
    stated time has a default window around its publication, so it is current; a stated
    day, night or span of at most a week that meets the period is too. A longer span is
    a total of a campaign (arrests "since March 4" beside the day's arrests), and a
    year, a running total or a window before the period is another event's.
    """
    if window is None or window.start is None or window.end is None:
        return False
    start, end = day_of(window.start), day_of(window.end)
    if window.granularity is Granularity.YEAR:
        return False
    return end - start <= _LONGEST_CURRENT and start <= period[1] and end >= period[0]


def one_window(windows: Sequence[TimeWindow]) -> TimeWindow:
    """The window of a row holding the story's current figures: theirs when they share
    one, else the span from the earliest start to the latest end."""
    keys = {w.key() for w in windows}
    if len(keys) == 1:
        return windows[0]
    start = min(day_of(w.start) for w in windows if w.start is not None)
    end = max(day_of(w.end) for w in windows if w.end is not None)
    return TimeWindow(start=start, end=end, granularity=Granularity.SPAN)


def reporting_window(
    tallies: Sequence[TimeWindow],
    stated: Sequence[TimeWindow],
    story: TimeWindow | None,
    tallies_from: date | None = None,
) -> TimeWindow:
    """The window a running tally of the story is reported in: from the story's event
    to the tally's latest stated update.

    A toll given on Thursday and the one given on Saturday are updates of one figure,
    and so is the toll of an outlet that counts "the dead" in a group of its own: every
    tally of one story starts on the first day of its event (``tallies_from``, else
    the story's current window), not on the first day its own figures state (which
    differs from row to row); a tally a figure dates earlier still starts then. It
    ends with the latest day its figures state (an outlet that appeared earlier could
    not report that update) or the story's: a figure with no stated time in an
    article that appeared days later (a recap's "at least 29") is the story's toll,
    not one of the day the recap appeared. Where the story has no current window, or
    one longer than two days (a week's campaign, a month's report), it is the span
    of ``tallies``.

    Args:
        tallies: the windows of the tally's figures.
        stated: those of them a figure states (not a default window).
        story: the story's current window.
        tallies_from: the first day of the event the story's tallies count.

    >>> def day(d: int) -> TimeWindow:
    ...     return TimeWindow(start=date(2027, 5, d), end=date(2027, 5, d), granularity="day")
    >>> reporting_window([day(15), day(16)], [day(15)], day(14), date(2027, 5, 13)).key()
    'span:2027-05-13..2027-05-15'
    >>> reporting_window([day(15), day(16)], [day(15)], None).key()
    'span:2027-05-15..2027-05-16'
    """
    own = one_window(tallies)
    if story is None or story.start is None or story.end is None:
        return own
    first, last = day_of(story.start), day_of(story.end)
    if last - first > _EVENT_EVE:
        return own
    start = min(first, tallies_from or first)
    end = last
    for t in stated:
        if t.start is not None and t.end is not None:
            start, end = min(start, day_of(t.start)), max(end, day_of(t.end))
    if (start, end) == (first, last):
        return story
    if (
        own.start is not None
        and own.end is not None
        and (start, end)
        == (
            day_of(own.start),
            day_of(own.end),
        )
    ):
        return own
    return TimeWindow(start=start, end=end, granularity=Granularity.SPAN)


def day_words(day: date) -> str:
    """A day in words for notes: "September 5, 2025"."""
    return f"{day:%B} {day.day}, {day.year}"


def span_words(window: TimeWindow) -> str:
    """A resolved window's days in words for notes: "September 4 to September 5, 2025"
    (one day: "September 5, 2025")."""
    assert window.start is not None
    assert window.end is not None
    start, end = day_of(window.start), day_of(window.end)
    if start == end:
        return day_words(end)
    return f"{start:%B} {start.day} to {day_words(end)}"
