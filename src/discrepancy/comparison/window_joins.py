"""Window joins: the night, the story's current window, the story's defaults, and
background nested in a larger window."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import (
    DEFAULT_POLICY,
    Article,
    Extraction,
    Granularity,
    Policy,
    TimeBasis,
    TimeWindow,
    day_of,
)
from ..rules.vocab import Vocabulary
from .entries import Entry, distinct_variants, row_unit
from .notes import label, mark
from .periods import one_window, span_words, story_period
from .relation import AGREEING, all_agree, relation

__all__ = [
    "StoryClock",
    "join_current",
    "join_the_night",
    "nest_background",
    "one_default",
    "share_window",
    "story_window",
]


def nest_background(
    out: dict[str | None, list[Entry]],
    period: tuple[date, date] | None,
    story: TimeWindow | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> None:
    """An earlier event dated to a day by one outlet and to its year by another is one.

    "A tsunami in 1960 killed 61" and "on May 22, 1960, a tsunami killed 61": windows
    before the story's period (background) that lie inside another such window of the
    same kind join the smallest one that holds them, and the row says so. The story's
    own windows are never joined this way (a day and its month are different figures
    in a monthly report).

    A window that begins before the period and runs into it ("earlier this month",
    the month up to publication) holds an earlier event too ("a strike on May 3" in
    the story of May 19's): a background window inside it joins it, but only as an
    assumption that never makes a difference, so only where each of its figures
    agrees with one the holder's outlets give, and never into the story's window.
    """
    if period is None:
        return
    spans: dict[str, tuple[date, date, TimeWindow]] = {}
    straddling: set[str] = set()
    for k, members in out.items():
        w = members[0].window if members else None
        if k is None or w is None or w.start is None or w.end is None or w.key() != k:
            continue
        start, end = day_of(w.start), day_of(w.end)
        if end < period[0]:
            spans[k] = (start, end, w)
        elif start < period[0] and (story is None or k != story.key()):
            spans[k] = (start, end, w)
            straddling.add(k)
    for k, (start, end, _) in sorted(spans.items(), key=lambda kv: kv[1][1] - kv[1][0]):
        if k in straddling or k not in out:
            continue
        holders = [
            (o_end - o_start, o)
            for o, (o_start, o_end, _) in spans.items()
            if o != k
            and o in out
            and o_start <= start
            and end <= o_end
            and (o not in straddling or _restates(out[k], out[o], policy))
        ]
        if not holders:
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
    entries: list[Entry],
    out: dict[str | None, list[Entry]],
    note: Callable[[str], str],
    window: TimeWindow | None = None,
) -> None:
    """Put ``entries`` on one window, ``window`` if given, else theirs or the span of
    theirs, under its key in ``out``; where they had another window or several, the
    first says so with ``note`` (given the days in words)."""
    story = window or one_window([e.window for e in entries if e.window is not None])
    if {e.window.key() for e in entries if e.window is not None} - {story.key()}:
        entries[0].notes.append(note(span_words(story)))
    for e in entries:
        e.window = story
    out[story.key()].extend(entries)


_NIGHT_ALIAS = timedelta(days=1)


def join_the_night(
    members: list[Entry],
    extractions: Sequence[Extraction],
    story: TimeWindow | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> None:
    """A stated day that is one end of the one night of its kind is that night.

    An attack "overnight into Sunday" is reported as Saturday's ("Iran launched
    drones on Saturday"), as the night, and as Sunday's: a day (or a span of two
    days) that meets exactly one night other figures of the kind state joins it.
    Where it meets two nights (a campaign of several), it keeps its own window. A
    figure of what held on its day (:func:`_read_on_its_day`: homes without power)
    joins only where it agrees with every figure other outlets give that night.

    Where no figure of the kind states a night but the story's current window is
    one, the story's outlets say it is the night: a day of its kind that meets it
    joins it too, as an assumption: where each of its figures agrees with every
    figure other outlets give for the same event that night, on either of its days
    or with no stated time, or where the days of the kind can only be the night's
    event (:func:`_one_night_event`), when the join may make a difference ("160
    drones launched on Saturday" against another outlet's undated 170).
    """
    nights = {
        e.window.key(): e.window
        for e in members
        if e.window is not None
        and e.window.resolved
        and e.window.granularity is Granularity.NIGHT
        and e.fact.time_basis is not TimeBasis.DEFAULT
    }
    assumed = (
        story
        if not nights and story is not None and story.granularity is Granularity.NIGHT
        else None
    )
    if assumed is not None:
        nights[assumed.key()] = assumed
    if not nights:
        return
    that_night = [e for e in members if assumed is not None and _meets(e.window, assumed)]
    # Whether the night's days may join it where their figures differ, read before
    # any of them moves.
    may_differ = assumed is not None and _one_night_event(that_night, assumed, extractions, policy)
    on_the_night: dict[str, list[Entry]] = {}  # each stated night's figures, when asked
    for e in members:
        w = e.window
        if (
            w is None
            or e.fact.time_basis is TimeBasis.DEFAULT
            or w.granularity not in (Granularity.DAY, Granularity.SPAN)
            or not _short(w)
        ):
            continue
        met = [n for n in nights.values() if _meets(w, n)]
        if len(met) != 1:
            continue
        night = met[0]
        if night is assumed:
            if not may_differ and not _agrees_with_all(e, that_night, policy):
                continue
        elif _read_on_its_day(e):
            if night.key() not in on_the_night:
                on_the_night[night.key()] = [o for o in members if _meets(o.window, night)]
            if not _agrees_with_all(e, on_the_night[night.key()], policy):
                continue
        said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its day"
        whose = "the story's outlets state" if night is assumed else "figures of its kind state"
        e.notes.append(
            f"{mark(extractions[e.article].article.id)} dates '{e.fact.surface}' {said}; "
            f"taken as the night of {span_words(night)}, the one night {whose} then"
        )
        e.window = night


def _short(window: TimeWindow) -> bool:
    """Whether a resolved window is a day or two, as a night is reported."""
    return (
        window.start is not None
        and window.end is not None
        and day_of(window.end) - day_of(window.start) <= _NIGHT_ALIAS
    )


def _meets(window: TimeWindow | None, night: TimeWindow) -> bool:
    """Whether a day or two (or a default window) shares a day with a night."""
    return (
        window is not None
        and window.start is not None
        and window.end is not None
        and night.start is not None
        and night.end is not None
        and _short(window)
        and day_of(window.start) <= day_of(night.end)
        and day_of(night.start) <= day_of(window.end)
    )


def _agrees_with_all(e: Entry, that_night: Sequence[Entry], policy: Policy) -> bool:
    """Whether an entry agrees with every figure other outlets give for its event."""
    others = distinct_variants(
        [o for o in that_night if o.article != e.article and o.event == e.event]
    )
    if len(others) > _MANY_WAYS:
        return False
    return all_agree([e], others, policy, row_unit([e, *others]))


def _one_night_event(
    that_night: Sequence[Entry],
    night: TimeWindow,
    extractions: Sequence[Extraction],
    policy: Policy,
) -> bool:
    """Whether the days of the story's one night that figures of a kind state can only
    be that night's event, so that joining them to it may make a ``differ``.

    An event over one night is dated by the day it began ("launched 160 drones on
    Saturday"), by the night, and by the day it ended or was announced ("the army said
    on Sunday that 90 percent were intercepted"). Its day figures join the night even
    where they differ from other outlets' figures of the event where nothing says they
    are readings at different times: each day is one the night begins or ends; two
    figures that disagree are of different outlets (an article that gives two tells
    its days apart) and do not each state their own day in their own clause (30,000
    homes without power on Saturday, 12,000 on Sunday: see :func:`_told_apart_from`);
    and no other night the outlets state shares a day with them (a campaign of two
    nights). All of them join, or none does.
    """
    assert night.start is not None
    assert night.end is not None
    ends = {day_of(night.start), day_of(night.end)}
    days = [e for e in that_night if e.fact.time_basis is not TimeBasis.DEFAULT]
    if not days or len(that_night) > _MANY_WAYS:
        return False  # nothing to join, or many figures, not one (and time stays linear)
    differ = False
    for e in days:
        assert e.window is not None
        assert e.window.start is not None
        assert e.window.end is not None
        if {day_of(e.window.start), day_of(e.window.end)} - ends:
            return False  # a span that only reaches the night is no name for it
        for o in that_night:
            if o is e or o.event != e.event:
                continue
            if relation(e, o, policy, row_unit([e, o]))[0] in AGREEING:
                continue
            if o.article == e.article or not _told_apart_from(e, o):
                return False
            differ = True
    if not differ:
        return False  # where all agree, each day joins by agreement alone
    # The story's other nights are read only for a kind whose night figures differ.
    key = night.key()
    return not any(
        f.time is not None
        and f.time.resolved
        and f.time.granularity is Granularity.NIGHT
        and f.time_basis is not TimeBasis.DEFAULT
        and f.time.key() != key
        and any(_meets(e.window, f.time) for e in days)
        for ex in extractions
        for f in ex.facts
    )


def _read_on_its_day(e: Entry) -> bool:
    """Whether a figure names what held on its day, not an act of the night: an event
    the text names that is no act of a moment (word class ``momentary_event``), such
    as a state read at a time ("30,000 homes without power on Saturday" beside 80,000
    overnight). Such a day joins a night its kind states only where it agrees."""
    return e.fact.event is not None and (
        e.event is None or e.event not in Vocabulary.default().word_class("momentary_event")
    )


def _told_apart_from(e: Entry, o: Entry) -> bool:
    """Whether another outlet's figure that disagrees with a day figure of the night
    reads no other time: it states no time, or the same day, or the two figures name
    one act of a moment (word class ``momentary_event``: "launched", "intercepted")
    and one of them gives its day only as carried or spoken ("the army said on Sunday
    that 90 percent were intercepted": the day it was told). Two figures that each
    state their own day in their own clause ("40 launched on Saturday", "46 launched
    on Sunday"), or a state read on a day ("12,000 homes without power, the utility
    said on Sunday"), are readings of two times."""
    assert e.window is not None
    assert o.window is not None
    if o.fact.time_basis is TimeBasis.DEFAULT or o.window.key() == e.window.key():
        return True
    return (
        TimeBasis.CONTEXT in (e.fact.time_basis, o.fact.time_basis)
        and e.event is not None
        and e.event == o.event
        and e.fact.event is not None
        and o.fact.event is not None
        and e.event in Vocabulary.default().word_class("momentary_event")
    )


# The shapes of the window a story reports: a day, a night, a few days, a week or a
# month (a monthly release). A year or a running total is a campaign's, not an event's.
_EVENT_SHAPES = (
    Granularity.DAY,
    Granularity.NIGHT,
    Granularity.SPAN,
    Granularity.WEEK,
    Granularity.MONTH,
)
_LONGEST_EVENT = timedelta(days=31)
_DAYS = (Granularity.DAY, Granularity.NIGHT, Granularity.SPAN)
# A window of a day or two: the shape of a day next to the story's (a weekday off by
# one, a night given by its evening). How far from the story's window it may lie is
# Policy.story_near_days (story_near_days_inferred for a weekday read from an
# inferred publication date); how long after its window a story is still reported,
# Policy.story_reported_days.
_NEXT_DAY = timedelta(days=1)
# A period whose figures come out after it ends (a week's, a month's report).
_PERIOD = timedelta(days=7)


@dataclass(frozen=True)
class StoryClock:
    """The story's current window, and the day its running tallies are reported from."""

    window: TimeWindow
    # The first day of the event the story's tallies count: the current window's, or
    # a day or two before it where a tally of the story is dated then (Sunday's quake
    # in the story of Monday's toll, a sinking "from Tuesday to Wednesday").
    tallies_from: date


def story_window(entries: Sequence[Entry], extractions: Sequence[Extraction]) -> StoryClock | None:
    """The story's current window: the time most outlets state for its figures.

    Articles compared together are one story, and its current event is the window
    most of them state (then the one most figures state, then the latest; a night
    counts the outlets that give the day it began or ended): a day, a night, a few
    days or a month within the story's period (see
    :func:`~discrepancy.comparison.periods.story_period`). Figures without a stated
    time, and other outlets' windows that denote the same event, join it
    (:func:`join_current`). A day or night that ends after its article appeared is
    to come ("could spread further overnight"), no report of the story. None when no
    figure states a window in the period.

    Its running tallies (see :func:`~discrepancy.comparison.periods.is_current`) are
    reported from the first day of the current window, or from an earlier day a
    tally states for the event: a day, night or two days that reach the day before
    the current window. A figure of another kind dated then (the evacuations before
    a storm) is not the event the tallies count.
    """
    period = story_period(extractions)
    if period is None:
        return None
    articles: dict[str, set[int]] = defaultdict(set)
    figures: Counter[str] = Counter()
    windows: dict[str, TimeWindow] = {}
    for e in entries:
        w = e.fact.time
        if (
            w is None
            or e.fact.time_basis is TimeBasis.DEFAULT
            or not w.resolved
            or w.start is None
            or w.end is None
            or w.granularity not in _EVENT_SHAPES
        ):
            continue
        start, end = day_of(w.start), day_of(w.end)
        if end - start > _LONGEST_EVENT or end < period[0] or start > period[1]:
            continue
        published = extractions[e.article].article.published_day
        if w.granularity in _DAYS and published is not None and end > published:
            continue
        key = w.key()
        windows.setdefault(key, w)
        articles[key].add(e.article)
        figures[key] += 1
    if not windows:
        return None

    def support(k: str) -> tuple[int, int, date, str]:
        w = windows[k]
        # A night is reported by the day it began or ended too ("on Saturday", "on
        # Sunday" for the night into Sunday): those days' outlets count for it.
        near = {k}
        if w.granularity is Granularity.NIGHT and w.start is not None and w.end is not None:
            near |= {
                o
                for o, ow in windows.items()
                if ow.granularity is Granularity.DAY
                and ow.start is not None
                and day_of(ow.start) in (day_of(w.start), day_of(w.end))
            }
        outlets = set().union(*(articles[o] for o in near))
        return (len(outlets), sum(figures[o] for o in near), day_of(w.end or period[1]), k)

    story = windows[max(windows, key=support)]
    assert story.start is not None
    first = day_of(story.start)
    tallies_from = first
    for e in entries:
        w = e.fact.time
        if (
            not e.current
            or e.fact.time_basis is TimeBasis.DEFAULT
            or w is None
            or w.start is None
            or w.end is None
        ):
            continue
        start, end = day_of(w.start), day_of(w.end)
        if start < tallies_from and end - start <= _NEXT_DAY and first - _NEXT_DAY <= end:
            tallies_from = start
    return StoryClock(story, tallies_from)


def join_current(
    out: dict[str | None, list[Entry]],
    story: TimeWindow | None,
    extractions: Sequence[Extraction],
    policy: Policy,
) -> None:
    """Windows that only differ across outlets for the story's event join its window.

    Three kinds of difference arise between outlets, never within one: a day next
    to the story's window (a weekday off by one, a night given by its evening or
    its morning, two days given as a span; up to a week off for a weekday read from
    a publication date the story inferred); a figure with no stated time in an
    article that appeared within a week of the event; and a period's figures dated
    by the day they came out (a monthly report released days after the month).
    Each such window joins the story's, and the row says why. A distinction an
    article makes itself is kept: where one article states figures of the kind in
    two of the windows concerned (30,000 homes without power on Wednesday, 12,000
    on Thursday), neither window moves. The join is an assumption made to put one
    figure's reports together, so it never makes a difference and never moves a
    figure no other outlet gives: a window moves only where each of its figures
    agrees with one another outlet gives in the story's window.
    """
    if story is None or story.start is None or story.end is None:
        return
    target = story.key()
    how: dict[str, set[str]] = {}  # the ways each movable window meets the story's
    for k, members in out.items():
        if (
            k is None
            or k == target
            or not members
            or not all(e.window is not None and e.window.key() == k for e in members)
            # A running tally's updates already share the days they span (share_window).
            or any(e.current for e in members)
        ):
            continue
        ways = {_same_event(e, story, extractions[e.article].article, policy) for e in members}
        if None not in ways:
            how[k] = {w for w in ways if w is not None}
    movable = list(how)
    if not movable:
        return
    stated: dict[int, set[str]] = defaultdict(set)
    for k in [*movable, target]:
        if how.get(k) == {_REPORTED}:
            continue  # the day a period's figures came out is no rival of the period
        for e in out.get(k, ()):
            if e.fact.time_basis is not TimeBasis.DEFAULT:
                stated[e.article].add(k)
    kept = {k for keys in stated.values() if len(keys) > 1 for k in keys}
    movable.sort(key=lambda k: (-len({e.article for e in out[k]}), k))
    for k in movable:
        if k in kept or not _restates(out[k], out.get(target, []), policy):
            continue
        moved = out.pop(k)
        noted: set[int] = set()
        for e in moved:
            if e.article not in noted:
                noted.add(e.article)
                article = extractions[e.article].article
                way = _same_event(e, story, article, policy)
                e.notes.append(_current_note(e, story, article.id, way))
            e.window = story
        out[target].extend(moved)


# A window whose figures are given in more ways than this holds many figures, not one
# figure worded apart; each join is checked against at most this many.
_MANY_WAYS = 32


def _restates(moved: Sequence[Entry], held: Sequence[Entry], policy: Policy) -> bool:
    """Whether each figure of ``moved`` agrees with one other outlets give in ``held``."""
    articles = {e.article for e in moved}
    others = distinct_variants([e for e in held if e.article not in articles])
    if not others or len(others) > _MANY_WAYS:
        return False  # no one figure: nothing joins it by assumption (and time stays linear)
    unit = row_unit([*moved, *others])
    return all(
        any(relation(a, b, policy, unit)[0] in AGREEING for b in others)
        for a in distinct_variants(moved)
    )


def _same_event(e: Entry, story: TimeWindow, article: Article, policy: Policy) -> str | None:
    """How an entry's window can only be another outlet's wording of the story's
    (:data:`_UNSTATED`, :data:`_NEAR` or :data:`_REPORTED`), or None."""
    w = e.window
    if w is None or w.start is None or w.end is None or not w.resolved:
        return None
    assert story.start is not None
    assert story.end is not None
    start, end = day_of(w.start), day_of(w.end)
    s_start, s_end = day_of(story.start), day_of(story.end)
    reported = timedelta(days=policy.story_reported_days)
    if e.fact.time_basis is TimeBasis.DEFAULT:
        return _UNSTATED if s_start <= end and start <= s_end + reported else None
    if w.granularity not in (Granularity.DAY, Granularity.NIGHT, Granularity.SPAN):
        return None
    if end - start > _NEXT_DAY:
        return None
    # A day next to the story's day or night; a day within a campaign of several days
    # is a day of its own. A weekday or "yesterday" read from a publication date the
    # story inferred is only known to within a week (the article appeared on that
    # date or later, and a weekday names one day of any week).
    near = timedelta(
        days=policy.story_near_days_inferred
        if _read_from_inferred(w, article)
        else policy.story_near_days
    )
    if s_end - s_start <= _NEXT_DAY and start - s_end <= near and s_start - end <= near:
        return _NEAR
    # The day a period's figures were given ("the Labor Department said on Friday"):
    # only a time carried or spoken, never one the figure's own clause states.
    if (
        e.fact.time_basis is TimeBasis.CONTEXT
        and s_end - s_start >= _PERIOD
        and s_end < start <= s_end + reported
    ):
        return _REPORTED
    return None


# How a window meets the story's: a figure with no stated time, a day next to it, the
# day a period's figures came out.
_UNSTATED, _NEAR, _REPORTED = "unstated", "near", "reported"


def _read_from_inferred(window: TimeWindow, article: Article) -> bool:
    """Whether a window was worked out from a publication date the story inferred."""
    return article.published_inferred and "start" in window.inferred


def _current_note(e: Entry, story: TimeWindow, aid: str, way: str | None) -> str:
    """Why an entry's window was taken as the story's."""
    where = label(story.key())
    if way == _UNSTATED:
        return (
            f"{mark(aid)} states no time for '{e.fact.surface}'; taken as {where}, "
            "the time the story's outlets most often state"
        )
    said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its window"
    if way == _REPORTED:
        return (
            f"{mark(aid)} dates '{e.fact.surface}' {said}, when figures for {where} came out; "
            f"taken as {where}, where other outlets give the same figure"
        )
    return (
        f"{mark(aid)} dates '{e.fact.surface}' {said}; taken as {where}, the time the story's "
        "outlets most often state, where other outlets give the same figure and none "
        "gives figures of its kind for both"
    )
