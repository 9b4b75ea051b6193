"""Windows: group a key's entries by time window, open windows joining resolved ones."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from ..facts.handed import time_mentions
from ..models import DEFAULT_POLICY, Extraction, Granularity, Policy, TimeBasis, TimeWindow, day_of
from .entries import Entry
from .notes import label, mark
from .periods import reporting_window, story_period
from .window_joins import (
    StoryClock,
    join_current,
    join_the_night,
    nest_background,
    one_default,
    share_window,
)

__all__ = ["attach_windows", "latest_month_day"]

_WEEKDAYS = tuple(day.lower() for day in calendar.day_name)


def _weekday(relative: str | None) -> int | None:
    """The weekday an unresolved phrase names ("this tuesday" -> 1), if it names one day."""
    if not relative:
        return None
    words = relative.split()
    if len(words) > 2 or words[0] == "last" or words[-1] not in _WEEKDAYS:
        return None
    return _WEEKDAYS.index(words[-1])


def attach_windows(
    members: list[Entry],
    extractions: Sequence[Extraction],
    everywhere: dict[str, TimeWindow],
    floors: Callable[[int], tuple[int, int] | None],
    clock: StoryClock | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> dict[str | None, list[Entry]]:
    """Group entries by window; open windows join a matching resolved one.

    Args:
        members: the entries of one key (subject, unit, place and slots).
        extractions: every article of the comparison.
        everywhere: the resolved windows stated for any key, by window key.
        floors: ``floors(i)`` is the latest month and day article ``i`` mentions.
        clock: the story's current window (see
            :func:`~discrepancy.comparison.window_joins.story_window`), which
            windows that only differ across outlets join, figures with no stated
            time in articles that appeared with it take, and the day its running
            tallies are reported from.
        policy: the tolerances by which a joined window's figures must agree, and
            how near the story's window an article appears for its figures with no
            stated time to take it (``story_near_days``).

    Returns:
        The entries by the key of their window (a key of its own for a window
        that meets none); each entry's ``window`` and notes say where it joined.
    """
    out: dict[str | None, list[Entry]] = defaultdict(list)
    story = clock.window if clock else None
    current = [e for e in members if e.current]
    if current:
        share_window(
            current,
            out,
            lambda days: (
                f"the running tally's figures are taken as of {days}, the story's event "
                "and its updates, and read as one report of the story: its articles "
                "appeared then, and no figure names another event"
            ),
            reporting_window(
                [e.window for e in current if e.window is not None],
                [
                    e.window
                    for e in current
                    if e.window is not None and e.fact.time_basis is not TimeBasis.DEFAULT
                ],
                story,
                clock.tallies_from if clock else None,
            ),
        )
        members = [e for e in members if not e.current]
    join_the_night(members, extractions, story, policy)
    known = _Known.of(members, everywhere, floors, story, policy)
    for e in members:
        target = _target(e, extractions[e.article].article.id, known)
        if target is not None and target in known.resolved:
            e.window = known.resolved[target]
        elif story is not None and target == known.story:
            e.window = story
        out[target].append(e)
    join_current(out, story, extractions, policy)
    one_default(out)
    nest_background(out, story_period(extractions), story, policy)
    return out


@dataclass
class _Known:
    """The windows a key's figures state, which open windows may join."""

    resolved: dict[str, TimeWindow]  # by key; grows as weekdays find their day
    stated: Counter[str]  # how many figures state each
    # The window most figures of this kind state: where a figure with no stated
    # time most likely belongs when its default window meets none of them.
    dominant: str | None
    everywhere: dict[str, TimeWindow]  # the resolved windows of every key
    floors: Callable[[int], tuple[int, int] | None]
    story: str | None  # the key of the story's current window, if it has one
    # How long after its event a story is still reported (Policy.story_reported_days).
    reported: timedelta
    # The story's current window and how far from it an outlet's day still reports it
    # (Policy.story_near_days), for figures with no stated time.
    current: TimeWindow | None = None
    near: timedelta = timedelta(0)

    @classmethod
    def of(
        cls,
        members: Sequence[Entry],
        everywhere: dict[str, TimeWindow],
        floors: Callable[[int], tuple[int, int] | None],
        story: TimeWindow | None = None,
        policy: Policy = DEFAULT_POLICY,
    ) -> _Known:
        """The resolved windows ``members`` state (not defaults), and how often."""
        resolved: dict[str, TimeWindow] = {}
        stated: Counter[str] = Counter()
        for e in members:
            if (
                e.window is not None
                and e.window.resolved
                and e.fact.time_basis is not TimeBasis.DEFAULT
            ):
                resolved.setdefault(e.window.key(), e.window)
                stated[e.window.key()] += 1
        dominant = min(stated, key=lambda k: (-stated[k], k)) if stated else None
        return cls(
            resolved,
            stated,
            dominant,
            everywhere,
            floors,
            story.key() if story else None,
            timedelta(days=policy.story_reported_days),
            story if story and story.start and story.end else None,
            timedelta(days=policy.story_near_days),
        )


def _target(e: Entry, aid: str, known: _Known) -> str | None:
    """The key of the window an entry joins (its own unless it is open); a join that
    assumes something says so in the entry's notes."""
    w = e.window
    if w is None:
        target = known.dominant
        if target is not None:
            e.notes.append(
                f"{mark(aid)} gives no time for '{e.fact.surface}'; taken as {label(target)}"
            )
        return target
    if w.resolved and e.fact.time_basis is not TimeBasis.DEFAULT:
        return w.key()
    if w.resolved:
        return _default_target(e, w, aid, known)
    said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its window"
    if w.month_day is not None:
        return _no_year_target(e, w, aid, said, known)
    if (weekday := _weekday(w.relative)) is not None:
        return _weekday_target(e, w, weekday, aid, said, known)
    if "start" in w.unknown and "end" not in w.unknown:
        # A running total "since the war began" meets only totals since the same
        # beginning (its key names it), never a dated window of the same shape.
        return w.key()
    return _same_shape_target(e, w, aid, said, known)


def _default_target(e: Entry, w: TimeWindow, aid: str, known: _Known) -> str:
    """A figure with no stated time joins the stated window its default window meets;
    else, where its article appeared with the story's current event (within
    ``known.near`` days of its window), that event's window, or the window most
    figures of its kind state as near it (the day before, for an outlet that dates the
    event by its eve): a share, a cost, a distance or a count of other fires with no
    time of its own is a figure of the story's present, not of its article's
    publication day, and not of an earlier day another outlet dates ("four other fires
    on Sunday" in the story of Wednesday's fire). A figure of an article that appeared
    later joins the window most figures of its kind state within the week before.
    """
    target = _overlapping(w, known.resolved, known.story)
    story = known.current
    if target is None and story is not None and _near(w, story, known.near):
        told = {k: r for k, r in known.resolved.items() if _near(r, story, known.near)}
        target = _current(w, told, known.stated, known.reported) or story.key()
        if target == story.key() and target not in known.resolved:
            e.notes.append(
                f"{mark(aid)} states no time for '{e.fact.surface}'; taken as "
                f"{label(target)}, the time the story's outlets most often state, "
                "when its article appeared"
            )
            return target
    target = target or _current(w, known.resolved, known.stated, known.reported)
    if target is not None and target != w.key():
        e.notes.append(
            f"{mark(aid)} states no time for '{e.fact.surface}'; taken as "
            f"{label(target)}, when other figures of its kind are dated"
        )
    return target or w.key()


def _near(window: TimeWindow, story: TimeWindow, near: timedelta) -> bool:
    """Whether a resolved window lies within ``near`` days of the story's window."""
    assert window.start is not None
    assert window.end is not None
    assert story.start is not None
    assert story.end is not None
    return (
        day_of(window.start) - day_of(story.end) <= near
        and day_of(story.start) - day_of(window.end) <= near
    )


def _no_year_target(e: Entry, w: TimeWindow, aid: str, said: str, known: _Known) -> str:
    """A day or span with no year joins the stated window of the same month and days."""
    assert w.month_day is not None
    target = next(
        (
            k
            for k, r in known.resolved.items()
            if r.granularity == w.granularity
            and r.start is not None
            and r.end is not None
            and ((r.start.month, r.start.day), (r.end.month, r.end.day)) == w.month_day
        ),
        None,
    )
    if target is not None:
        e.notes.append(f"{mark(aid)} gives no year for {said}; assumed to be {label(target)}")
    return target or w.key()


def _weekday_target(
    e: Entry, w: TimeWindow, weekday: int, aid: str, said: str, known: _Known
) -> str:
    """ "On Tuesday" with no publication date: the latest stated day that is a Tuesday."""
    days = sorted(
        {
            k
            for k, r in (known.resolved | known.everywhere).items()
            if r.granularity is Granularity.DAY
            and r.start is not None
            and r.start.weekday() == weekday
        }
    )
    if not days:
        return f"{w.key()}@{aid}"
    # News reports the latest such day: of several, take the last one stated.
    target = days[-1]
    e.notes.append(
        f"{mark(aid)} cannot date {said} (no publication date); taken as {label(target)}, "
        "the latest such weekday the figures state"
    )
    known.resolved.setdefault(target, known.everywhere[target])
    return target


def _same_shape_target(e: Entry, w: TimeWindow, aid: str, said: str, known: _Known) -> str:
    """An undatable window ("overnight" with no publication date) joins the one stated
    window of its shape that ends no earlier than the latest day its article names."""
    floor = known.floors(e.article)
    same_shape = [
        k
        for k, r in known.resolved.items()
        if r.granularity == w.granularity
        and r.end is not None
        and (floor is None or (r.end.month, r.end.day) >= floor)
    ]
    if len(same_shape) != 1:
        return f"{w.key()}@{aid}"
    target = same_shape[0]
    e.notes.append(
        f"{mark(aid)} cannot date {said} (no publication date); assumed to be {label(target)}"
    )
    return target


def latest_month_day(extraction: Extraction) -> tuple[int, int] | None:
    """The latest month and day an undated article mentions: it appeared no earlier.

    An undated article's "overnight" is the night before it appeared, so it cannot
    be a night that ended before a date the article already mentions.
    """
    latest: tuple[int, int] | None = None
    for mention in time_mentions(extraction):
        w = mention.window
        if w.month_day is not None:
            md = w.month_day[1]
        elif w.end is not None:
            md = (w.end.month, w.end.day)
        else:
            continue
        latest = md if latest is None or md > latest else latest
    return latest


def _overlapping(
    window: TimeWindow, resolved: dict[str, TimeWindow], story: str | None = None
) -> str | None:
    """The stated window a default window meets: the story's, else the same shape,
    then the latest.

    A default window is the day or night before publication; of the stated windows
    it meets, the story's current window (the time most outlets state) is the one
    a figure with no time of its own reports, else the latest.
    """
    assert window.start is not None
    assert window.end is not None
    ws, we = day_of(window.start), day_of(window.end)
    best: tuple[int, int, int, str] | None = None
    for k, r in resolved.items():
        assert r.start is not None
        assert r.end is not None
        rs, re_ = day_of(r.start), day_of(r.end)
        if rs <= we and ws <= re_:
            rank = (
                0 if k == story else 1,
                0 if r.granularity == window.granularity else 1,
                -re_.toordinal(),
                k,
            )
            best = rank if best is None or rank < best else best
    return None if best is None else best[3]


def _current(
    window: TimeWindow,
    resolved: dict[str, TimeWindow],
    stated: Counter[str],
    reported: timedelta,
) -> str | None:
    """The stated window a figure with no time of its own most likely reports.

    Of the windows other figures of its kind state, those that end at most
    ``reported`` (a week: a story is followed for days, a toll given on Tuesday for
    Friday's attack) before the figure's default window and start no later than it;
    the one most figures state (then the latest). None when every stated window is
    background (a blaze in 2011, last year's festival).
    """
    assert window.start is not None
    assert window.end is not None
    ws, we = day_of(window.start), day_of(window.end)
    near = [
        k
        for k, r in resolved.items()
        if r.start is not None
        and r.end is not None
        and day_of(r.end) >= ws - reported
        and day_of(r.start) <= we
    ]
    if not near:
        return None
    return max(near, key=lambda k: (stated[k], day_of(resolved[k].end or ws), k))
