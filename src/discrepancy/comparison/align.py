"""Line facts up across articles and say where they agree, differ, or omit.

The pipeline, each step a hash-grouping pass so time grows with the number of facts,
never with the square of the number of articles:

1. gather: articles, extractions, texts and paths become extractions, sorted by id
   (so the result does not depend on input order);
2. copies: near-identical articles (one wire story republished) are grouped through
   an inverted index of word shingles;
3. align: every fact with a subject gets a key (subject, event, window, location,
   unit). Facts that leave part of the key open (no location, no year, a window
   that could not be resolved, no stated time) join the matching resolved key
   and the row says so in ``assumptions``; parts of a whole keep their own event;
4. judge: each row gets a verdict and reasons from the pairwise relations of its
   figures (after unit conversion) and the publication dates of the silent outlets.

>>> import discrepancy
>>> a = discrepancy.Article(id="a", text="Police said 120 people were arrested on Monday.",
...                         published="2024-03-05")
>>> b = discrepancy.Article(id="b", text="Police arrested more than 115 people on Monday.",
...                         published="2024-03-05")
>>> row = discrepancy.compare([a, b]).rows[0]
>>> row.key.subject, row.verdict.value, row.reason.value
('arrest', 'agree', 'consistent')
"""

from __future__ import annotations

import calendar
import functools
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from .._exceptions import InputTypeError
from ..models import (
    Agreement,
    Article,
    Basis,
    Cell,
    Comparison,
    Direction,
    Extraction,
    Fact,
    Form,
    Granularity,
    Interval,
    LocationBasis,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Reason,
    Row,
    RowKey,
    RowKind,
    TimeBasis,
    TimeWindow,
    Verdict,
    policy_or_default,
)
from ..rules.families import Families
from ..text.gate import require_items
from .clock import date_story
from .copies import find_copies as _find_copies

__all__ = ["compare"]

Item = Article | Extraction | str | os.PathLike[str]

# A night's figures are complete by the morning of its last day.
_NIGHT_ENDS = time(9, 0)


def compare(items: Iterable[Item], *, policy: Policy | None = None) -> Comparison:
    """Compare the figures of several articles about one event.

    Args:
        items: articles, extractions, article texts, or paths to article files and
            folders of them. A ``str`` naming an existing file or folder is read as a
            path; any other ``str`` is article text.
        policy: widths and tolerances; :data:`discrepancy.DEFAULT_POLICY` if None.

    Returns:
        A :class:`Comparison`: the articles (sorted by id) and one row per fact key.

    Raises:
        InputError: an item is of an unsupported type.
        ArticleError: a path cannot be read as an article.

    >>> import discrepancy
    >>> cmp = discrepancy.compare(["12 people were killed on 4 May 2024.",
    ...                            "At least 12 people died on 4 May 2024."])
    >>> [(r.key.subject, r.verdict.value) for r in cmp.rows]
    [('death', 'agree')]
    """
    pol = policy_or_default(policy)
    extractions = date_story(_gather(items))
    copies = _find_copies(extractions, pol)
    copy_of = {member: group.article_ids[0] for group in copies for member in group.article_ids[1:]}
    rows = _figure_rows(extractions, copy_of, pol)
    from ..facts.statements import statement_rows

    rows.extend(statement_rows(extractions, copy_of))
    return Comparison(
        articles=tuple(e.article for e in extractions), rows=tuple(rows), copies=tuple(copies)
    )


# --------------------------------------------------------------------------- gather


def _gather(items: Iterable[Item]) -> list[Extraction]:
    out: list[Extraction] = []
    for n, item in enumerate(
        require_items(items, "compare", "articles, extractions, texts or paths")
    ):
        if isinstance(item, Extraction):
            out.append(item)
            continue
        # Extraction is only loaded for inputs that need it: callers passing
        # extractions (the CLI, the Dask path) never pay for it here.
        from ..articles.load import load_articles
        from ..facts.extract import extract

        if isinstance(item, Article):
            out.append(extract(item))
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
            out.extend(extract(a) for a in load_articles(item))
        elif isinstance(item, str):
            out.append(extract(Article.from_raw(item, id=f"text-{n + 1}")))
        else:
            raise InputTypeError(
                f"compare() cannot use an item of type {type(item).__name__}; give Article, "
                "Extraction, str (text or path) or os.PathLike"
            )
    return _unique_ids(sorted(out, key=lambda e: (e.article.id, e.article.path or "")))


def _looks_like_path(text: str) -> bool:
    """A str names a file when one exists there, or when it reads like a file name.

    "seeds/typo.txt" is a misspelled path, not an article: reading it as text would
    silently compare nothing, so it goes to the loader, which says the file is missing.
    """
    if not text or "\n" in text or len(text) > 4096:
        return False
    if not any(c.isspace() for c in text) and text.lower().endswith((".txt", ".md")):
        return True
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def _unique_ids(extractions: list[Extraction]) -> list[Extraction]:
    seen: Counter[str] = Counter(e.article.id for e in extractions)
    used: set[str] = set()
    out = []
    for e in extractions:
        aid = e.article.id
        if seen[aid] > 1:
            parent = Path(e.article.path).parent.name if e.article.path else ""
            base = f"{parent}/{aid}" if parent else aid
            aid, n = base, 2
            while aid in used:
                aid, n = f"{base}~{n}", n + 1
            e = e.model_copy(update={"article": e.article.model_copy(update={"id": aid})})
        used.add(aid)
        out.append(e)
    return out


# --------------------------------------------------------------------------- align


@dataclass
class _Entry:
    article: int
    index: int
    fact: Fact
    subject: str  # the subject's family (see families.jsonl)
    event: str | None
    location: str | None
    window: TimeWindow | None
    unit: str | None
    notes: list[str] = field(default_factory=list)
    current: bool = False


_UNSCOPED = (QuantityKind.MEASURE, QuantityKind.LENGTH)


def _unit_key(fact: Fact) -> str | None:
    q = fact.quantity
    if q.kind in (QuantityKind.LENGTH, QuantityKind.AREA):
        return q.kind.value
    if q.kind is QuantityKind.COUNT:
        return None
    return q.unit or q.kind.value


def _figure_rows(
    extractions: Sequence[Extraction], copy_of: dict[str, str], policy: Policy
) -> list[Row]:
    families = Families.default()
    entries: list[_Entry] = []
    for ai, ex in enumerate(extractions):
        for fi, fact in enumerate(ex.facts):
            if fact.subject is None:
                continue
            event = families.event(fact.event)
            if fact.part_of is not None and event is None:
                whole = ex.facts[fact.part_of]
                event = f"part of {whole.event or whole.subject}"
            # A place carried from an earlier sentence is the extractor's inference:
            # rows are keyed by places the figures' own sentences name (a carried
            # place split rows that outlets wording the scene differently share);
            # it only joins a row another article states that place for.
            carried = fact.location_basis is LocationBasis.CONTEXT
            location = None if carried else families.place(fact.location)
            if fact.quantity.kind in _UNSCOPED:
                # A magnitude or a depth describes the event itself: which town or
                # verb the sentence names around it does not make it another figure.
                event = location = None
            entry = _Entry(
                ai,
                fi,
                fact,
                families.subject(fact.subject) or "",
                event,
                location,
                fact.time,
                _unit_key(fact),
            )
            if ex.article.published_inferred and _reads_publication(fact):
                entry.notes.append(_dated_note(ex.article, fact))
            entries.append(entry)
    period = _story_period(extractions)
    if period is not None:
        # A figure with no verb of its own is a tally when its kind's figures are.
        verbs: dict[tuple[str, str | None], Counter[str]] = defaultdict(Counter)
        for e in entries:
            if e.fact.event is not None:
                verbs[(e.subject, e.unit)][e.fact.event] += 1
        for e in entries:
            common = verbs[(e.subject, e.unit)].most_common(1)
            event = e.fact.event or (common[0][0] if common else None)
            e.current = _is_current(e.window, period) and families.cumulative(e.fact.subject, event)
    scoped = [e for e in entries if e.fact.quantity.kind not in _UNSCOPED]
    # Carrying a place only adds a place already stated alone, so the table stands.
    stated = _stated_places(scoped)
    _join_carried_places(scoped, stated, extractions)
    _join_the_one_place(scoped, stated, extractions)
    _fill_locations(scoped, extractions)
    everywhere = {
        e.window.key(): e.window
        for e in entries
        if e.window is not None and e.window.resolved and e.fact.time_basis is not TimeBasis.DEFAULT
    }
    # Scanning an article for its latest date is done at most once per compare() call,
    # and forgotten with it (a module-level cache would pin whole articles in memory).
    floors = functools.cache(lambda ai: _latest_month_day(extractions[ai].article))
    cut_off = functools.cache(lambda ai: _cut_off(extractions[ai].article.text))
    groups: dict[tuple[str, str | None, str | None, _Slots], list[_Entry]] = defaultdict(list)
    for e in entries:
        groups[(e.subject, e.unit, e.location, _slots(e.fact))].append(e)
    keyed: list[tuple[RowKey, list[_Entry]]] = []
    for (subject, unit, location, slots), members in groups.items():
        windows = _attach_windows(members, extractions, everywhere, floors)
        for window_key, in_window in windows.items():
            for event, in_event in _split_events(in_window).items():
                for claimant, in_claim in _split_claimants(in_event, policy).items():
                    for rank, in_row in enumerate(_one_figure_each(in_claim, policy)):
                        key = RowKey(
                            kind=RowKind.FIGURE,
                            subject=_subject_wording(subject, in_row),
                            event=_wording(event, in_row),
                            window=window_key,
                            location=location,
                            unit=unit,
                            claimant=claimant,
                            rank=rank,
                            group=slots.group,
                            party=slots.party,
                            basis=slots.basis,
                            form=slots.form,
                        )
                        keyed.append((key, in_row))
    rows = [
        _judge(key, members, extractions, copy_of, policy, cut_off)
        for key, members in _same_figure_rows(_join_ungrouped(keyed, policy), extractions)
    ]
    rows.sort(key=_row_order)
    return rows


def _variants(members: Sequence[_Entry]) -> list[_Entry]:
    """One entry for each distinct way a row's figure is given."""
    return list({_variant(e): e for e in members}.values())


def _join_ungrouped(
    keyed: list[tuple[RowKey, list[_Entry]]], policy: Policy
) -> list[tuple[RowKey, list[_Entry]]]:
    """A figure whose outlet names no group joins the one group row that gives it.

    "Police arrested 12 people for looting" and "Officers arrested 12 looters" are one
    figure, one outlet naming the group and the other not. A row with no group joins
    a row keyed the same but for its group when exactly one such row holds figures
    that all agree with its own and no outlet is in both. The toll of "20 adults and
    12 children among 32 dead" stays apart: 32 agrees with neither part.
    """
    grouped: dict[RowKey, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keyed):
        if key.group is not None:
            grouped[key.model_copy(update={"group": None})].append(i)
    merged: set[int] = set()
    for i, (key, members) in enumerate(keyed):
        if key.group is not None or key not in grouped:
            continue
        unit = _row_unit(members)
        # Distinct ways of giving the figure, not every outlet: the check stays small.
        mine = _variants(members)
        articles = {e.article for e in members}
        agreeing = [
            j
            for j in grouped[key]
            if not articles & {e.article for e in keyed[j][1]}
            and all(
                _relation(a, b, policy, unit)[0] in _AGREEING
                for a in mine
                for b in _variants(keyed[j][1])
            )
        ]
        if len(agreeing) == 1:
            keyed[agreeing[0]][1].extend(members)
            merged.add(i)
    return [kv for i, kv in enumerate(keyed) if i not in merged]


# A figure this large or this precise is distinctive: two outlets giving it for one
# story give the same fact, however each worded what it counts (133,000 "jobs" and
# 133,000 "nonfarm payrolls"); 12, 40 or a round 1,000 could be anything.
_DISTINCTIVE = 1000.0
_SIGNIFICANT = 3


def _distinctive(e: _Entry) -> float | None:
    """The figure of an exact or approximate entry too specific to meet by chance, else None."""
    q = e.fact.quantity
    if q.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE) or e.fact.part_of is not None:
        return None
    digits = len(f"{q.nominal:.15g}".replace(".", "").strip("0"))
    if digits < 2 or (q.nominal < _DISTINCTIVE and digits < _SIGNIFICANT):
        return None  # "1,000" or "300" is a round figure many things come to
    return q.nominal


def _same_figure_rows(
    keyed: list[tuple[RowKey, list[_Entry]]], extractions: Sequence[Extraction]
) -> list[tuple[RowKey, list[_Entry]]]:
    """Rows that give one distinctive figure, split only by wording, become one row.

    Outlets word the same fact differently ("added 73,000 jobs", "nonfarm payrolls
    rose by 73,000"), so its facts can land under different keys. Where two rows
    share unit and place, hold no article in common, their windows meet, and every
    figure in both is the same distinctive figure (see :func:`_distinctive`), they
    are one row, under the key most outlets use; the row says so.
    """
    by_figure: dict[tuple[float, str | None, str | None, str | None], list[int]] = defaultdict(list)
    for i, (key, members) in enumerate(keyed):
        figures = {_distinctive(e) for e in members}
        if len(figures) == 1 and (figure := figures.pop()) is not None:
            kind = members[0].fact.quantity.kind.value
            by_figure[(figure, key.unit, key.location, kind)].append(i)
    merged: set[int] = set()
    for indices in by_figure.values():
        if len(indices) < 2:
            continue
        indices.sort(key=lambda i: (-len({e.article for e in keyed[i][1]}), i))
        key_t, members_t = keyed[indices[0]]
        for j in indices[1:]:
            key_j, members_j = keyed[j]
            if {e.article for e in members_t} & {e.article for e in members_j}:
                continue
            if not _windows_meet(members_t, members_j):
                continue
            merged.add(j)
            members_t.extend(members_j)
            members_t[0].notes.append(
                f"'{members_j[0].fact.surface}' counted as {key_j.subject} by "
                f"{_names(sorted({extractions[e.article].article.id for e in members_j}))} "
                f"is the same figure as {key_t.subject}"
            )
    return [kv for i, kv in enumerate(keyed) if i not in merged]


def _windows_meet(a: Sequence[_Entry], b: Sequence[_Entry]) -> bool:
    spans = []
    for members in (a, b):
        days = [
            (_window_day(e.window.start), _window_day(e.window.end))
            for e in members
            if e.window is not None and e.window.start is not None and e.window.end is not None
        ]
        if not days:
            return True
        spans.append((min(d[0] for d in days), max(d[1] for d in days)))
    (s1, e1), (s2, e2) = spans
    return s1 <= e2 and s2 <= e1


def _subject_wording(family: str, members: Sequence[_Entry]) -> str:
    """The subject a row is shown under: its figures' own when they share one."""
    subjects = {e.fact.subject for e in members if e.fact.subject is not None}
    return subjects.pop() if len(subjects) == 1 else family


class _Slots(NamedTuple):
    """What a figure is about beyond subject, event, place and window."""

    group: str | None
    party: str | None
    basis: str | None
    form: str | None


# An estimate is how most crowd and toll figures are given; it says who counted
# (the claimant), not another kind of count.
_UNKEYED_BASES = (Basis.NONE, Basis.ESTIMATE)


def _slots(fact: Fact) -> _Slots:
    """Different slots are different rows, never a difference: the children among the
    dead and the adults, candidate A's share and B's, a forecast and the figure, a
    level and a change."""
    q = fact.quantity
    form = None if q.form is Form.LEVEL else q.form.value
    if form is not None and q.direction is not Direction.NONE:
        form = f"{form} {q.direction.value}"
    return _Slots(
        group=fact.group.lower() if fact.group else None,
        party=_party(fact.party),
        basis=None if fact.basis in _UNKEYED_BASES else fact.basis.value,
        form=form,
    )


def _party(name: str | None) -> str | None:
    """A party's name as outlets share it: "The Liberal Party", "the Liberals" and
    "Liberal" are one party ("liberal")."""
    words = (name or "").lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    if words and len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words) or None


def _wording(family: str | None, members: Sequence[_Entry]) -> str | None:
    """The event a row is shown under: its figures' own when they share one, else the family."""
    events = {e.fact.event for e in members if e.fact.event is not None and e.fact.part_of is None}
    if family is None or family.startswith("part of ") or len(events) != 1:
        return family
    return events.pop()


def _reads_publication(fact: Fact) -> bool:
    """Whether a fact's window was worked out from its article's publication date."""
    return fact.time is not None and (
        fact.time_basis is TimeBasis.DEFAULT or bool(fact.time.inferred)
    )


def _dated_note(article: Article, fact: Fact) -> str:
    said = f"'{fact.time_surface}'" if fact.time_surface else "the time of its figures"
    why = article.notes[-1] if article.notes else "publication date inferred"
    return (
        f"{article.id} has no publication date, so {said} for '{fact.surface}' "
        f"is an inference ({why})"
    )


def _row_order(row: Row) -> tuple[int, int, str]:
    first = min(
        (c.fact.span[0] for c in row.cells if c.fact is not None),
        default=0,
    )
    reporting = sum(c.fact is not None for c in row.cells)
    return (-reporting, first, row.key.model_dump_json())


def _stated_places(entries: list[_Entry]) -> dict[tuple[str, str | None], set[str]]:
    """The places the figures' own sentences name, by subject family and unit."""
    stated: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for e in entries:
        if e.location is not None:
            stated[(e.subject, e.unit)].add(e.location)
    return stated


def _join_carried_places(
    entries: list[_Entry],
    stated: dict[tuple[str, str | None], set[str]],
    extractions: Sequence[Extraction],
) -> None:
    """A fact whose place was carried from the passage joins a row that states it.

    "Police arrested 14 people in Madrid" (stated) and "At least 14 people were
    arrested" after a lead about Madrid (carried) are one row. Only when that place
    is the one place any article states for the subject: where figures of it are
    placed in several ("Maui" and "Lahaina"), a carried place stays out of the key.
    """
    families = Families.default()
    for e in entries:
        place = families.place(e.fact.location)
        if (
            e.location is None
            and e.fact.location_basis is LocationBasis.CONTEXT
            and place is not None
            and stated.get((e.subject, e.unit)) == {place}
        ):
            e.location = place
            e.notes.append(
                f"{extractions[e.article].article.id} names {place} for "
                f"'{e.fact.surface}' in an earlier sentence, not in its own"
            )


def _join_the_one_place(
    entries: list[_Entry],
    stated: dict[tuple[str, str | None], set[str]],
    extractions: Sequence[Extraction],
) -> None:
    """A running tally with no place joins the one place the story states for its kind.

    Only for tallies of the story's event (see :func:`_is_current`), only when every
    stated place of the subject is that one place, and only when the fact's own
    article names it somewhere: "At least 40 people were killed" in a story about an
    earthquake in Tarvo meets another outlet's "52 killed in Tarvo"; where figures of
    the subject are placed in several places (a city and its country), nothing joins.
    """
    for e in entries:
        places = stated.get((e.subject, e.unit), set())
        if e.location is not None or len(places) != 1 or not e.current:
            continue
        (place,) = places
        article = extractions[e.article].article
        if place in article.text:
            e.location = place
            e.notes.append(
                f"{article.id} names no place for '{e.fact.surface}' in its sentence; "
                f"taken as {place}, the one place the story gives for it"
            )


def _fill_locations(entries: list[_Entry], extractions: Sequence[Extraction]) -> None:
    """A fact with no place takes the country most facts name, as a stated assumption.

    Only a country fills the gap: a toll with no place is never taken to be a
    city's or a province's (Kyiv's toll is not Ukraine's, nor the other way round).
    """
    from ..rules.vocab import Vocabulary

    vocab = Vocabulary.default()
    counts = Counter(
        e.location
        for e in entries
        if e.location is not None and vocab.entity_type(e.location) == "country"
    )
    if not counts:
        return
    main, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    for e in entries:
        if e.location is None:
            e.location = main
            e.notes.append(
                f"{extractions[e.article].article.id} names no place for "
                f"'{e.fact.surface}'; taken as {main}, the country most figures name"
            )


def _window_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


_WEEKDAYS = tuple(day.lower() for day in calendar.day_name)


def _weekday(relative: str | None) -> int | None:
    """The weekday an unresolved phrase names ("this tuesday" -> 1), if it names one day."""
    if not relative:
        return None
    words = relative.split()
    if len(words) > 2 or words[0] == "last" or words[-1] not in _WEEKDAYS:
        return None
    return _WEEKDAYS.index(words[-1])


def _attach_windows(
    members: list[_Entry],
    extractions: Sequence[Extraction],
    everywhere: dict[str, TimeWindow],
    floors: Callable[[int], tuple[int, int] | None],
) -> dict[str | None, list[_Entry]]:
    """Group entries by window; open windows join a matching resolved one.

    ``floors(i)`` is the latest month and day article ``i`` mentions.
    """
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    current = [e for e in members if e.current]
    if current:
        _share_window(
            current,
            out,
            lambda days: (
                f"figures dated {days} are read as one report of the story: "
                "its articles appeared then, and no figure names another event"
            ),
        )
        members = [e for e in members if not e.current]
    _join_the_night(members, extractions)
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
    # The window most figures of this kind state: where a figure with no stated
    # time most likely belongs when its default window meets none of them.
    dominant = min(stated, key=lambda k: (-stated[k], k)) if stated else None
    for e in members:
        w = e.window
        aid = extractions[e.article].article.id
        said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its window"
        target: str | None
        if w is None:
            target = dominant
            if target is not None:
                e.notes.append(
                    f"{aid} gives no time for '{e.fact.surface}'; taken as {_label(target)}"
                )
        elif w.resolved and e.fact.time_basis is not TimeBasis.DEFAULT:
            target = w.key()
        elif w.resolved:
            target = _overlapping(w, resolved) or _current(w, resolved, stated)
            if target is not None and target != w.key():
                e.notes.append(
                    f"{aid} states no time for '{e.fact.surface}'; taken as "
                    f"{_label(target)}, when other figures of its kind are dated"
                )
            target = target or w.key()
        elif w.month_day is not None:
            target = next(
                (
                    k
                    for k, r in resolved.items()
                    if r.granularity == w.granularity
                    and r.start is not None
                    and r.end is not None
                    and ((r.start.month, r.start.day), (r.end.month, r.end.day)) == w.month_day
                ),
                None,
            )
            if target is not None:
                e.notes.append(f"{aid} gives no year for {said}; assumed to be {_label(target)}")
            target = target or w.key()
        elif (weekday := _weekday(w.relative)) is not None:
            # "on Tuesday" with no publication date: a stated day that is a Tuesday.
            days = sorted(
                {
                    k
                    for k, r in (resolved | everywhere).items()
                    if r.granularity is Granularity.DAY
                    and r.start is not None
                    and r.start.weekday() == weekday
                }
            )
            # News reports the latest such day: of several, take the last one stated.
            target = days[-1] if days else f"{w.key()}@{aid}"
            if days:
                e.notes.append(
                    f"{aid} cannot date {said} (no publication date); taken as {_label(target)}, "
                    "the latest such weekday the figures state"
                )
                resolved.setdefault(target, everywhere[target])
        elif "start" in w.unknown and "end" not in w.unknown:
            # A running total "since the war began" meets only totals since the same
            # beginning (its key names it), never a dated window of the same shape.
            target = w.key()
        else:
            floor = floors(e.article)
            same_shape = [
                k
                for k, r in resolved.items()
                if r.granularity == w.granularity
                and r.end is not None
                and (floor is None or (r.end.month, r.end.day) >= floor)
            ]
            target = same_shape[0] if len(same_shape) == 1 else None
            if target is not None:
                e.notes.append(
                    f"{aid} cannot date {said} (no publication date); assumed to be "
                    f"{_label(target)}"
                )
            else:
                target = f"{w.key()}@{aid}"
        if target is not None and target in resolved:
            e.window = resolved[target]
        out[target].append(e)
    _one_default(out)
    _nest_background(out, _story_period(extractions))
    return out


def _nest_background(out: dict[str | None, list[_Entry]], period: tuple[date, date] | None) -> None:
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
        start, end = _window_day(w.start), _window_day(w.end)
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
            f"'{moved[0].fact.surface}' ({_label(k)}) is taken as the same earlier event "
            f"as the figures of {_label(outer)}"
        )
        for e in moved:
            e.window = window
        out[outer].extend(moved)


def _one_default(out: dict[str | None, list[_Entry]]) -> None:
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
    _share_window(
        joined,
        out,
        lambda days: (
            f"figures with no stated time, in articles that appeared from "
            f"{days}, are read as one report of the story"
        ),
    )


def _share_window(
    entries: list[_Entry], out: dict[str | None, list[_Entry]], note: Callable[[str], str]
) -> None:
    """Put ``entries`` on one window, theirs or the span of theirs, under its key in
    ``out``; where they had several windows, the first says so with ``note`` (given
    the days in words)."""
    story = _one_window([e.window for e in entries if e.window is not None])
    if len({e.window.key() for e in entries if e.window is not None}) > 1:
        entries[0].notes.append(note(_span_words(story)))
    for e in entries:
        e.window = story
    out[story.key()].extend(entries)


_NIGHT_ALIAS = timedelta(days=1)


def _join_the_night(members: list[_Entry], extractions: Sequence[Extraction]) -> None:
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
        start, end = _window_day(w.start), _window_day(w.end)
        if end - start > _NIGHT_ALIAS:
            continue
        met = [
            n
            for n in nights.values()
            if n.start is not None
            and n.end is not None
            and start <= _window_day(n.end)
            and _window_day(n.start) <= end
        ]
        if len(met) == 1:
            night = met[0]
            said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its day"
            e.notes.append(
                f"{extractions[e.article].article.id} dates '{e.fact.surface}' {said}; "
                f"taken as the night of {_span_words(night)}, the one night figures of "
                "its kind state then"
            )
            e.window = night


def _label(key: str) -> str:
    """A window key in words for the notes people read ("night of 2025-09-03/04")."""
    from ..report.render import window_label

    return window_label(key)


def _latest_month_day(article: Article) -> tuple[int, int] | None:
    """The latest month and day an undated article mentions: it appeared no earlier.

    An undated article's "overnight" is the night before it appeared, so it cannot
    be a night that ended before a date the article already mentions.
    """
    from ..mentions.times import find_times

    latest: tuple[int, int] | None = None
    for mention in find_times(article.text):
        w = mention.window
        if w.month_day is not None:
            md = w.month_day[1]
        elif w.end is not None:
            md = (w.end.month, w.end.day)
        else:
            continue
        latest = md if latest is None or md > latest else latest
    return latest


def _overlapping(window: TimeWindow, resolved: dict[str, TimeWindow]) -> str | None:
    """The stated window a default window meets: same shape first, then the latest.

    A default window is the day or night before publication; of the stated windows
    it meets, the latest is the one an undated figure most likely reports.
    """
    assert window.start is not None
    assert window.end is not None
    ws, we = _window_day(window.start), _window_day(window.end)
    best: tuple[int, int, str] | None = None
    for k, r in resolved.items():
        assert r.start is not None
        assert r.end is not None
        rs, re_ = _window_day(r.start), _window_day(r.end)
        if rs <= we and ws <= re_:
            rank = (0 if r.granularity == window.granularity else 1, -re_.toordinal(), k)
            best = rank if best is None or rank < best else best
    return None if best is None else best[2]


# A figure dated within this long before the first article of the story appeared
# reports the story's event (the quake of Sunday in Monday's papers); an earlier
# dated figure is background (last year's quake, the previous day of protests).
_LEAD = timedelta(days=7)
_LONGEST_CURRENT = timedelta(days=7)


def _story_period(extractions: Sequence[Extraction]) -> tuple[date, date] | None:
    """The days the story's articles report: a week before the first one to the last."""
    days = [d for ex in extractions if (d := ex.article.published_day) is not None]
    if not days:
        return None
    return min(days) - _LEAD, max(days)


def _is_current(window: TimeWindow | None, period: tuple[date, date]) -> bool:
    """Whether a tally's window is the story's own: short and within its period.

    Only running tallies (tolls, arrests, homes destroyed: see ``families.jsonl``)
    are asked: the toll an outlet gives on Thursday and the one another gives on
    Friday are updates of one figure of the story. A figure with no stated time has
    a default window around its publication, so it is current; a stated day, night
    or span of at most a week that meets the period is too. A longer span is a total
    of a campaign (arrests "since March 4" beside the day's arrests), and a year, a
    running total or a window before the period is another event's.
    """
    if window is None or window.start is None or window.end is None:
        return False
    start, end = _window_day(window.start), _window_day(window.end)
    if window.granularity is Granularity.YEAR:
        return False
    return end - start <= _LONGEST_CURRENT and start <= period[1] and end >= period[0]


def _one_window(windows: Sequence[TimeWindow]) -> TimeWindow:
    """The window of a row holding the story's current figures: theirs when they share
    one, else the span from the earliest start to the latest end."""
    keys = {w.key() for w in windows}
    if len(keys) == 1:
        return windows[0]
    start = min(_window_day(w.start) for w in windows if w.start is not None)
    end = max(_window_day(w.end) for w in windows if w.end is not None)
    return TimeWindow(start=start, end=end, granularity=Granularity.SPAN)


def _span_words(window: TimeWindow) -> str:
    assert window.start is not None
    assert window.end is not None
    start, end = _window_day(window.start), _window_day(window.end)
    return f"{start:%B} {start.day} to {end:%B} {end.day}, {end.year}"


# How far before an article's own default window a stated window can end and still
# be the event the article reports: a story is followed for days (a toll given on
# Tuesday for Friday's attack), an earlier event (a blaze in 2011, last year's
# festival) is background.
_CURRENT = timedelta(days=7)


def _current(
    window: TimeWindow, resolved: dict[str, TimeWindow], stated: Counter[str]
) -> str | None:
    """The stated window a figure with no time of its own most likely reports.

    Of the windows other figures of its kind state, those that end at most a week
    before the figure's default window and start no later than it; the one most
    figures state (then the latest). None when every stated window is background.
    """
    assert window.start is not None
    assert window.end is not None
    ws, we = _window_day(window.start), _window_day(window.end)
    near = [
        k
        for k, r in resolved.items()
        if r.start is not None
        and r.end is not None
        and _window_day(r.end) >= ws - _CURRENT
        and _window_day(r.start) <= we
    ]
    if not near:
        return None
    return max(near, key=lambda k: (stated[k], _window_day(resolved[k].end or ws), k))


def _split_events(members: list[_Entry]) -> dict[str | None, list[_Entry]]:
    """Facts with no event join the main event of their key (the one wholes use)."""
    counts = Counter(e.event for e in members if e.event is not None and e.fact.part_of is None)
    main = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0] if counts else None
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    for e in members:
        out[e.event if e.event is not None else main].append(e)
    return out


def _source(e: _Entry, policy: Policy) -> str | None:
    """The claimant behind a figure: its source's family (see ``Policy.claimant``)."""
    return policy.claimant(e.fact.attribution.source) if e.fact.attribution else None


def _split_claimants(members: list[_Entry], policy: Policy) -> dict[str | None, list[_Entry]]:
    """Split a key by source when one article carries rival figures from different sources."""
    by_article: dict[int, list[_Entry]] = defaultdict(list)
    for e in members:
        by_article[e.article].append(e)
    rival = any(
        _source(a, policy) != _source(b, policy)
        and _source(a, policy) is not None
        and _source(b, policy) is not None
        and _relation(a, b, policy)[0] in (Reason.DIFFERENT_FIGURES, Reason.DISJOINT)
        for group in by_article.values()
        for i, a in enumerate(group)
        for b in group[i + 1 :]
    )
    if not rival:
        return {None: members}
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    # One entry per source and way of giving the figure: a thousand outlets crediting
    # "502" to the air force are one, so an unattributed figure is checked against few.
    named = list(
        {
            (_source(e, policy), _variant(e)): e for e in members if _source(e, policy) is not None
        }.values()
    )
    for e in members:
        src = _source(e, policy)
        if src is None:
            # An unattributed figure joins the source whose figure it repeats.
            src = next(
                (
                    _source(n, policy)
                    for n in named
                    if _relation(e, n, policy)[0] in (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING)
                ),
                None,
            )
        out[src].append(e)
    return out


# --------------------------------------------------------------------------- judge


def _interval_in(e: _Entry, unit: str | None) -> Interval:
    q = e.fact.quantity
    if unit is None or q.unit is None or q.unit == unit:
        return q.value
    from .units import convert

    return convert(q.value, q.unit, unit)


def _nominal_in(e: _Entry, unit: str | None) -> float:
    q = e.fact.quantity
    if unit is None or q.unit is None or q.unit == unit:
        return q.nominal
    from .units import convert

    low = convert(Interval.point(q.nominal), q.unit, unit).low
    assert low is not None
    return low


def _close(a: float, b: float, tolerance: float) -> bool:
    return math.isclose(a, b, rel_tol=max(tolerance, 1e-6), abs_tol=1e-9)


def _relation(a: _Entry, b: _Entry, policy: Policy, unit: str | None = None) -> tuple[Reason, str]:
    """How two figures for one key relate, with a short phrase for explanations.

    Reports of the same kind (two exact figures, or two figures with the same hedge)
    must carry the same figure, within ``policy.tolerance``. Differently hedged
    reports must overlap, and, unless one is a vague word, their figures must lie
    within ``policy.hedge_gap`` of each other: "at least 175" and "more than 380"
    overlap but are different reports of a rising toll.
    """
    unit = unit or a.fact.quantity.unit
    qa, qb = a.fact.quantity, b.fact.quantity
    ia, ib = _interval_in(a, unit), _interval_in(b, unit)
    na, nb = _nominal_in(a, unit), _nominal_in(b, unit)
    converted = qa.unit != qb.unit
    if qa.qualifier == qb.qualifier and not converted and _close(na, nb, 0.0):
        if (qa.hedge or "").lower() == (qb.hedge or "").lower():
            return Reason.SAME_FIGURE, qa.surface
        return Reason.EQUIVALENT_WORDING, f"'{qa.surface}' = '{qb.surface}'"
    gap = policy.hedge_gap if converted else policy.tolerance
    if qa.qualifier == qb.qualifier or (ia.is_point and ib.is_point):
        if _close(na, nb, gap):
            return Reason.CONSISTENT, f"'{qa.surface}' is consistent with '{qb.surface}'"
        if not converted and (_rounds_to(qa, na, nb) or _rounds_to(qb, nb, na)):
            return Reason.CONSISTENT, f"'{qa.surface}' and '{qb.surface}' differ only by rounding"
        note = f" ({_OVERLAP})" if ia.overlaps(ib) else ""
        return Reason.DIFFERENT_FIGURES, f"{qa.surface} vs {qb.surface}{note}"
    if not ia.overlaps(ib):
        return Reason.DISJOINT, f"{qa.surface} and {qb.surface} cannot both be right"
    vague = Qualifier.VAGUE in (qa.qualifier, qb.qualifier)
    # A figure inside an approximation or a range ("22" and "around 20"), or inside
    # a bound ("120,000" and "more than 100,000"), is what the hedge allows; "some
    # 280" against "more than 300" is not, though the intervals touch. Two bounds
    # ("at least 175", "more than 380") must also be near each other.
    points = [q for q in (qa, qb) if q.qualifier in _POINTLIKE]
    if len(points) == 1:
        bound, nominal = (ib, na) if points[0] is qa else (ia, nb)
        inside = bound.contains(nominal)
    else:
        inside = len(points) == 2 or _close(na, nb, policy.hedge_gap)
    if vague or inside:
        return Reason.CONSISTENT, f"'{qa.surface}' is consistent with '{qb.surface}'"
    return (
        Reason.DIFFERENT_FIGURES,
        f"{qa.surface} vs {qb.surface} ({_OVERLAP})",
    )


_OVERLAP = "compatible bounds, but different reports"
_POINTLIKE = {Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.RANGE}
_MANTISSA = re.compile(r"[0-9][0-9,]*(?:\.([0-9]+))?")
_SCALED = re.compile(
    r"(?i:[0-9](?:\s*(?:million|billion|trillion|lakh|crore|mn|bn|m|b|k)\b"
    r"|\s*(?:%|percent|per\s+cent)))"
)


def _rounds_to(coarse: Quantity, value: float, other: float) -> bool:
    """Whether ``other`` rounds to ``coarse`` at the precision it is written in.

    Only a figure written with a scale word or as a percentage is read as rounded:
    "1.3 million" is any figure from 1.25 to 1.35 million ("1,312,000" rounds to it),
    "38%" any share from 37.5 to 38.5 ("38.2%"). A plain count's trailing zeros say
    nothing ("450" drones and "451" differ), and the finer figure must be finer.
    """
    if coarse.qualifier is not Qualifier.EXACT or not _SCALED.search(coarse.surface):
        return False
    m = _MANTISSA.search(coarse.surface)
    if m is None:
        return False
    mantissa = float(m.group().replace(",", ""))
    if mantissa == 0:
        return False
    decimals = len(m.group(1) or "")
    half_step = 0.5 * 10.0**-decimals * (value / mantissa)
    return 0 < abs(value - other) < half_step


_RANK = {
    Reason.SAME_FIGURE: 0,
    Reason.EQUIVALENT_WORDING: 1,
    Reason.CONSISTENT: 2,
    Reason.DIFFERENT_FIGURES: 3,
    Reason.DISJOINT: 4,
}


_Variant = tuple[Qualifier, float, str, str | None]


def _variant(e: _Entry) -> _Variant:
    """One way of giving a figure: many articles repeating "502" share one variant."""
    q = e.fact.quantity
    return (q.qualifier, q.nominal, (q.hedge or "").lower(), q.unit)


def _support(members: Sequence[_Entry], policy: Policy, unit: str | None) -> Counter[_Variant]:
    """For each variant, how many other articles give a figure consistent with it."""
    holders: dict[_Variant, set[int]] = defaultdict(set)
    sample: dict[_Variant, _Entry] = {}
    for e in members:
        holders[_variant(e)].add(e.article)
        sample.setdefault(_variant(e), e)
    out: Counter[_Variant] = Counter()
    if len(holders) == 1 or len({e.article for e in members}) == len(members):
        return out  # nobody has to choose between figures
    agreeing = (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING, Reason.CONSISTENT)
    for v, e in sample.items():
        backers = set(holders[v])
        for w, f in sample.items():
            if w != v and _relation(e, f, policy, unit)[0] in agreeing:
                backers |= holders[w]
        out[v] = len(backers) - 1
    return out


def _row_unit(members: Sequence[_Entry]) -> str | None:
    units = Counter(e.fact.quantity.unit for e in members if e.fact.quantity.unit)
    return units.most_common(1)[0][0] if units else None


def _preferred(
    support: Counter[_Variant],
) -> Callable[[_Entry], tuple[int, bool, float, int, tuple[int, int]]]:
    """The order in which an article's figures for one key stand for it.

    A figure before a vague word, then its largest: tolls rise and partial counts
    come before totals, so within one text the largest is the latest or the whole
    ("93 dead" over the earlier "89"); then the one other articles bear out (``support``,
    from :func:`_support`), then its first.
    """
    return lambda e: (
        e.article,
        # A figure beats a vague word: "at least 79 dead" is the toll, "hundreds"
        # feared dead beside it is not a larger one.
        e.fact.quantity.qualifier is Qualifier.VAGUE,
        # Counts only: a measure given twice is one figure in two units.
        -e.fact.quantity.nominal if e.fact.quantity.unit is None else 0.0,
        -support[_variant(e)],
        e.fact.span,
    )


_AGREEING = (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING, Reason.CONSISTENT)


def _one_figure_each(members: list[_Entry], policy: Policy) -> list[list[_Entry]]:
    """Split a key's facts into rows that hold one figure per article.

    The first row holds the figure most articles bear out: each article's figure
    that agrees with it, else the article's first figure (see :func:`_preferred`),
    with the other mentions of the article that restate it ("dozens" beside "36").
    A different figure of the same article ("53" beside "169" for one key) is never
    compared against the other articles' main figures: it goes to the next row
    whose figures it agrees with and that holds nothing of its article yet, or
    starts a row of its own.
    """
    unit = _row_unit(members)
    support = _support(members, policy, unit)
    order = sorted(members, key=_preferred(support))
    figures: list[list[_Entry]] = []
    by_article: dict[int, list[list[_Entry]]] = defaultdict(list)
    for e in order:
        own = by_article[e.article]
        same = next((f for f in own if _relation(f[0], e, policy, unit)[0] in _AGREEING), None)
        if same is not None:
            same.append(e)
        else:
            fig = [e]
            own.append(fig)
            figures.append(fig)
    if all(len(own) == 1 for own in by_article.values()):
        return [members]
    # The first row is the figure most outlets bear out: each article stands there
    # with its figure that agrees with it, else with its own first figure (where a
    # difference between outlets shows).
    seed = max(
        figures,
        key=lambda f: (
            support[_variant(f[0])],
            f[0].fact.quantity.qualifier is not Qualifier.VAGUE,
            f[0].fact.quantity.nominal,
        ),
    )[0]
    for own in by_article.values():
        agreeing = next(
            (f for f in own if _relation(f[0], seed, policy, unit)[0] in _AGREEING), None
        )
        if agreeing is not None and agreeing is not own[0]:
            own.remove(agreeing)
            own.insert(0, agreeing)
    rows: list[list[_Entry]] = [[e for own in by_article.values() for e in own[0]]]
    holders: list[set[int]] = [set(by_article)]
    # A row is checked against its distinct ways of giving the figure, not against
    # every outlet in it: a thousand outlets repeating "53" are one variant.
    variants: list[dict[_Variant, _Entry]] = [{}]
    for own in by_article.values():
        for fig in own[1:]:
            head = fig[0]
            slot = next(
                (
                    i
                    for i in range(1, len(rows))
                    if head.article not in holders[i]
                    and all(
                        _relation(head, other, policy, unit)[0] in _AGREEING
                        for other in variants[i].values()
                    )
                ),
                None,
            )
            if slot is None:
                rows.append([])
                holders.append(set())
                variants.append({})
                slot = len(rows) - 1
            rows[slot].extend(fig)
            holders[slot].add(head.article)
            variants[slot].setdefault(_variant(head), head)
    return rows


def _judge(
    key: RowKey,
    members: list[_Entry],
    extractions: Sequence[Extraction],
    copy_of: dict[str, str],
    policy: Policy,
    cut_off: Callable[[int], bool],
) -> Row:
    unit = _row_unit(members)
    chosen: dict[int, _Entry] = {}
    extra: dict[int, list[_Entry]] = defaultdict(list)
    # An article's mentions that restate its figure are noted in its cell, never
    # dropped; its first by preference stands for it.
    for e in sorted(members, key=_preferred(_support(members, policy, unit))):
        if e.article in chosen:
            extra[e.article].append(e)
        else:
            chosen[e.article] = e
    window = next((e.window for e in chosen.values() if e.window and e.window.resolved), None)
    reporters = [chosen[i] for i in sorted(chosen)]
    ids = [ex.article.id for ex in extractions]

    # Relations are judged between distinct ways of giving the figure, not between
    # articles: a thousand outlets repeating "502" are one variant, so this stays small.
    variants = list({_variant(e): e for e in reporters}.values())
    worst: tuple[Reason, str] | None = None
    best_agreement = Reason.SAME_FIGURE
    for i, a in enumerate(variants):
        for b in variants[i + 1 :]:
            rel = _relation(a, b, policy, unit)
            if worst is None or _RANK[rel[0]] > _RANK[worst[0]]:
                worst = rel
            if _RANK[rel[0]] <= _RANK[Reason.CONSISTENT]:
                best_agreement = max(best_agreement, rel[0], key=_RANK.__getitem__)
    differing = worst is not None and worst[0] in (Reason.DIFFERENT_FIGURES, Reason.DISJOINT)

    cells: list[Cell] = []
    silent: list[str] = []
    cut: list[str] = []
    too_early: list[str] = []
    for ai, ex in enumerate(extractions):
        aid = ex.article.id
        copy_note = f"copy_of:{copy_of[aid]}" if aid in copy_of else None
        if ai in chosen:
            others = extra.get(ai, [])
            note = "; ".join(
                filter(None, [copy_note, *(f"also: {o.fact.surface}" for o in others)])
            )
            cells.append(Cell(article_id=aid, fact=chosen[ai].fact, note=note or None))
            continue
        if window is not None and _published_before_end(ex.article, window):
            too_early.append(aid)
            cells.append(Cell(article_id=aid, note="published_before_window"))
        elif cut_off(ai):
            silent.append(aid)
            cut.append(aid)
            cells.append(Cell(article_id=aid, note="truncated"))
        else:
            silent.append(aid)
            cells.append(Cell(article_id=aid, note="not_reported"))

    reasons: list[Reason] = []
    reporting_ids = [ids[e.article] for e in reporters]
    independent = len({copy_of.get(r, r) for r in reporting_ids})
    if differing:
        assert worst is not None
        sources = {_source(e, policy) for e in reporters}
        primary = (
            Reason.DIFFERENT_CLAIMANTS
            if None not in sources and len(sources) > 1 and key.claimant is None
            else worst[0]
        )
        reasons = [primary] + ([worst[0]] if primary is not worst[0] else [])
        verdict = Verdict.DIFFER
        explanation = _differ_text(primary, worst[1], reporters, ids, sources)
        explanation += "".join(f"; {part}" for part in _silence(silent, cut, too_early))
    else:
        agreement = best_agreement if len(reporters) > 1 else Reason.SINGLE_SOURCE
        if silent or too_early:
            verdict = Verdict.OMIT
            primary = (
                Reason.PUBLISHED_BEFORE_WINDOW
                if too_early and not silent
                else Reason.SINGLE_SOURCE
                if len(reporters) == 1
                else Reason.NOT_REPORTED
            )
            reasons = [primary]
            for r in (Reason.NOT_REPORTED, Reason.PUBLISHED_BEFORE_WINDOW, agreement):
                if r not in reasons and (
                    (r is Reason.NOT_REPORTED and silent)
                    or (r is Reason.PUBLISHED_BEFORE_WINDOW and too_early)
                    or r is agreement
                ):
                    reasons.append(r)
        else:
            verdict = Verdict.AGREE
            primary = agreement
            reasons = [agreement]
        explanation = _agree_text(agreement, reporters, reporting_ids, silent, cut, too_early)
    if independent < len(reporters):
        explanation += (
            f" ({len(reporters)} articles, {independent} independent: copies counted once)"
        )
    assumptions = tuple(sorted({n for e in members for n in e.notes}))
    return Row(
        key=key,
        cells=tuple(cells),
        verdict=verdict,
        reason=primary,
        reasons=tuple(reasons),
        explanation=explanation,
        assumptions=assumptions,
        window=window,
        independent=independent,
        agreement=Agreement.DIFFER
        if differing
        else Agreement.SINGLE
        if len(reporters) == 1
        else Agreement.AGREE,
    )


def _published_before_end(article: Article, window: TimeWindow) -> bool:
    """True when the article appeared before the window closed (so it could not report it)."""
    if article.published is None or article.published_inferred or window.end is None:
        # An inferred date places figures on the story's clock; it proves nothing
        # about when the outlet could have reported.
        return False
    end_day = _window_day(window.end)
    if window.granularity is Granularity.NIGHT:
        closes = datetime.combine(end_day, _NIGHT_ENDS)
    elif isinstance(window.end, datetime):
        closes = window.end
    else:
        closes = datetime.combine(end_day + timedelta(days=1), time())
    pub = article.published
    if isinstance(pub, datetime):
        return pub.replace(tzinfo=None) < closes
    # A bare date proves the article came too early only when it is before the last day.
    return pub < end_day


def _names(ids: Sequence[str]) -> str:
    ids = list(ids)
    if len(ids) <= 1:
        return "".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def _agree_text(
    agreement: Reason,
    reporters: Sequence[_Entry],
    reporting_ids: Sequence[str],
    silent: Sequence[str],
    cut: Sequence[str],
    too_early: Sequence[str],
) -> str:
    if agreement is Reason.SINGLE_SOURCE:
        head = f"only {reporting_ids[0]} reports it ({reporters[0].fact.surface})"
    else:
        surfaces = sorted({f"'{e.fact.surface}'" for e in reporters})
        how = {
            Reason.SAME_FIGURE: "give the same figure",
            Reason.EQUIVALENT_WORDING: "agree in different words (" + " = ".join(surfaces) + ")",
            Reason.CONSISTENT: "give consistent figures (" + ", ".join(surfaces) + ")",
        }[agreement]
        if agreement is Reason.SAME_FIGURE:
            how += f" ({reporters[0].fact.surface})"
        head = f"{_names(reporting_ids)} {how}"
    return "; ".join([head, *_silence(silent, cut, too_early)])


def _silence(silent: Sequence[str], cut: Sequence[str], too_early: Sequence[str]) -> list[str]:
    """Who does not report a row, and why, in words: apart from what the reporters say."""
    parts = []
    if silent:
        parts.append(f"{_names(silent)} {'does' if len(silent) == 1 else 'do'} not report it")
    if cut:
        whose = "whose text is" if len(cut) == 1 else "whose texts are"
        parts.append(f"of these, {_names(cut)}, {whose} cut off, may have reported it further on")
    if too_early:
        parts.append(
            f"{_names(too_early)} {'was' if len(too_early) == 1 else 'were'} published "
            "before the window ended"
        )
    return parts


# The last characters of a text that ends a sentence: anything else (a word, a comma,
# a dash) means the text was cut off (a truncated page or feed excerpt).
_SENTENCE_END = frozenset(".!?\"'”’)]…*")


# A last line shorter than this is page furniture (a menu, a size picker, a clock),
# not a sentence that was cut.
_PROSE_LINE = 40


def _cut_off(text: str) -> bool:
    r"""Whether an article's text stops mid-sentence, so its silence proves little.

    Page debris at the end (a time stamp, a menu) is passed over first.

    >>> _cut_off("Police said 12 people were hurt.\n\nThe march went on through the city to the")
    True
    >>> _cut_off("Police said 12 people were hurt.\nXS|SM|MD|LG")
    False
    """
    from ..text.debris import find_debris

    end = len(text.rstrip())
    for debris in reversed(find_debris(text)):
        if debris.span[1] < len(text[:end].rstrip()):
            break
        end = min(end, debris.span[0])
    tail = text[:end].rstrip()
    last = tail[tail.rfind("\n") + 1 :]
    return len(last) >= _PROSE_LINE and last[-1] not in _SENTENCE_END


def _differ_text(
    primary: Reason,
    detail: str,
    reporters: Sequence[_Entry],
    ids: Sequence[str],
    sources: set[str | None],
) -> str:
    figures = ", ".join(f"{ids[e.article]}: {e.fact.surface}" for e in reporters)
    if primary is Reason.DIFFERENT_CLAIMANTS:
        named = ", ".join(sorted(s for s in sources if s))
        return (
            f"different claimants ({named}): a disagreement between sources, "
            f"not between outlets ({figures})"
        )
    if primary is Reason.DIFFERENT_FIGURES:
        overlap = (
            "; the hedges overlap, but these are different reports" if _OVERLAP in detail else ""
        )
        return f"different figures: {figures}{overlap}"
    return f"figures that cannot both be right: {figures}"
