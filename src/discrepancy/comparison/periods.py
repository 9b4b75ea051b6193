"""The story's period, and the day arithmetic of time windows, for alignment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..models import Extraction, Granularity, TimeWindow, day_of

__all__ = ["day_words", "is_current", "one_window", "span_words", "story_period"]


# A figure dated within this long before the first article of the story appeared
# reports the story's event (the quake of Sunday in Monday's papers); an earlier
# dated figure is background (last year's quake, the previous day of protests).
_LEAD = timedelta(days=7)
_LONGEST_CURRENT = timedelta(days=7)


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


def day_words(day: date) -> str:
    """A day in words for notes: "September 5, 2025"."""
    return f"{day:%B} {day.day}, {day.year}"


def span_words(window: TimeWindow) -> str:
    """A resolved window's days in words for notes: "September 4 to September 5, 2025"."""
    assert window.start is not None
    assert window.end is not None
    start, end = day_of(window.start), day_of(window.end)
    return f"{start:%B} {start.day} to {day_words(end)}"
