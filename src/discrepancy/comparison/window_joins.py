"""Window joins: the night, the story's defaults, and background nested in a larger window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from ..models import Extraction, Granularity, TimeBasis, TimeWindow, day_of
from .entries import Entry
from .notes import label
from .periods import one_window, span_words

__all__ = ["join_the_night", "nest_background", "one_default", "share_window"]


def nest_background(out: dict[str | None, list[Entry]], period: tuple[date, date] | None) -> None:
    """An earlier event dated to a day by one outlet and to its year by another is one.

    "A tsunami in 1960 killed 61" and "on May 22, 1960, a tsunami killed 61": windows
    before the story's period (background) that lie inside another such window of the
    same kind join the smallest one that holds them, and the row says so. The story's
    own windows are never joined this way (a day and its month are different figures
    in a monthly report).
    """
    if period is None:
        return
    spans: dict[str, tuple[date, date, TimeWindow]] = {}
    for k, members in out.items():
        w = members[0].window if members else None
        if k is None or w is None or w.start is None or w.end is None or w.key() != k:
            continue
        start, end = day_of(w.start), day_of(w.end)
        if end < period[0]:
            spans[k] = (start, end, w)
    for k, (start, end, _) in sorted(spans.items(), key=lambda kv: kv[1][1] - kv[1][0]):
        holders = [
            (o_end - o_start, o)
            for o, (o_start, o_end, _) in spans.items()
            if o != k and o in out and o_start <= start and end <= o_end
        ]
        if not holders or k not in out:
            continue
        outer = min(holders)[1]
        moved = out.pop(k)
        window = spans[outer][2]
        moved[0].notes.append(
            f"'{moved[0].fact.surface}' ({label(k)}) is taken as the same earlier event "
            f"as the figures of {label(outer)}"
        )
        for e in moved:
            e.window = window
        out[outer].extend(moved)


def one_default(out: dict[str | None, list[Entry]]) -> None:
    """Figures with no stated time that met no stated window are one report of the story.

    Each has the default window of its own article (the day before it appeared), so
    outlets that appeared on different days would never meet: "85% contained" in
    Friday's paper and in Saturday's is one figure of the story's present. They share
    the span of their default windows, and the row says so.
    """
    defaults = [
        k
        for k, members in out.items()
        if k is not None
        and members
        and all(
            e.fact.time_basis is TimeBasis.DEFAULT and e.window is not None and e.window.key() == k
            for e in members
        )
    ]
    if len(defaults) < 2:
        return
    joined = [e for k in defaults for e in out.pop(k)]
    share_window(
        joined,
        out,
        lambda days: (
            f"figures with no stated time, in articles that appeared from "
            f"{days}, are read as one report of the story"
        ),
    )


def share_window(
    entries: list[Entry], out: dict[str | None, list[Entry]], note: Callable[[str], str]
) -> None:
    """Put ``entries`` on one window, theirs or the span of theirs, under its key in
    ``out``; where they had several windows, the first says so with ``note`` (given
    the days in words)."""
    story = one_window([e.window for e in entries if e.window is not None])
    if len({e.window.key() for e in entries if e.window is not None}) > 1:
        entries[0].notes.append(note(span_words(story)))
    for e in entries:
        e.window = story
    out[story.key()].extend(entries)


_NIGHT_ALIAS = timedelta(days=1)


def join_the_night(members: list[Entry], extractions: Sequence[Extraction]) -> None:
    """A stated day that is one end of the one stated night of its kind is that night.

    An attack "overnight into Sunday" is reported as Saturday's ("Iran launched
    drones on Saturday"), as the night, and as Sunday's: a day (or a span of two
    days) that meets exactly one night other figures of the kind state joins it.
    Where it meets two nights (a campaign of several), it keeps its own window.
    """
    nights = {
        e.window.key(): e.window
        for e in members
        if e.window is not None
        and e.window.resolved
        and e.window.granularity is Granularity.NIGHT
        and e.fact.time_basis is not TimeBasis.DEFAULT
    }
    if not nights:
        return
    for e in members:
        w = e.window
        if (
            w is None
            or w.start is None
            or w.end is None
            or e.fact.time_basis is TimeBasis.DEFAULT
            or w.granularity not in (Granularity.DAY, Granularity.SPAN)
        ):
            continue
        start, end = day_of(w.start), day_of(w.end)
        if end - start > _NIGHT_ALIAS:
            continue
        met = [
            n
            for n in nights.values()
            if n.start is not None
            and n.end is not None
            and start <= day_of(n.end)
            and day_of(n.start) <= end
        ]
        if len(met) == 1:
            night = met[0]
            said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its day"
            e.notes.append(
                f"{extractions[e.article].article.id} dates '{e.fact.surface}' {said}; "
                f"taken as the night of {span_words(night)}, the one night figures of "
                "its kind state then"
            )
            e.window = night
