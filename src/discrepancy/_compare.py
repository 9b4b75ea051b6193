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

from ._copies import find_copies as _find_copies
from ._exceptions import InputError
from ._models import (
    Article,
    Cell,
    Comparison,
    Extraction,
    Fact,
    Granularity,
    Interval,
    LocationBasis,
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
from ._policy import Policy
from ._text import require_items

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
    extractions = _gather(items)
    copies = _find_copies(extractions, pol)
    copy_of = {member: group.article_ids[0] for group in copies for member in group.article_ids[1:]}
    rows = _figure_rows(extractions, copy_of, pol)
    from ._statements import statement_rows

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
        from ._article import load_articles
        from ._extract import extract

        if isinstance(item, Article):
            out.append(extract(item))
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
            out.extend(extract(a) for a in load_articles(item))
        elif isinstance(item, str):
            out.append(extract(Article.from_raw(item, id=f"text-{n + 1}")))
        else:
            raise InputError(
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
    event: str | None
    location: str | None
    window: TimeWindow | None
    unit: str | None
    notes: list[str] = field(default_factory=list)


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
    entries: list[_Entry] = []
    for ai, ex in enumerate(extractions):
        for fi, fact in enumerate(ex.facts):
            if fact.subject is None:
                continue
            event = fact.event
            if fact.part_of is not None and event is None:
                whole = ex.facts[fact.part_of]
                event = f"part of {whole.event or whole.subject}"
            # A place carried from an earlier sentence is the extractor's inference:
            # rows are keyed by places the figures' own sentences name (a carried
            # place split rows that outlets wording the scene differently share);
            # it only joins a row another article states that place for.
            carried = fact.location_basis is LocationBasis.CONTEXT
            location = None if carried else fact.location
            if fact.quantity.kind in _UNSCOPED:
                # A magnitude or a depth describes the event itself: which town or
                # verb the sentence names around it does not make it another figure.
                event = location = None
            entries.append(_Entry(ai, fi, fact, event, location, fact.time, _unit_key(fact)))
    scoped = [e for e in entries if e.fact.quantity.kind not in _UNSCOPED]
    _join_carried_places(scoped, extractions)
    _fill_locations(scoped, extractions)
    everywhere = {
        e.window.key(): e.window
        for e in entries
        if e.window is not None and e.window.resolved and e.fact.time_basis is not TimeBasis.DEFAULT
    }
    # Scanning an article for its latest date is done at most once per compare() call,
    # and forgotten with it (a module-level cache would pin whole articles in memory).
    floors = functools.cache(lambda ai: _latest_month_day(extractions[ai].article))
    groups: dict[tuple[str, str | None, str | None], list[_Entry]] = defaultdict(list)
    for e in entries:
        groups[(e.fact.subject or "", e.unit, e.location)].append(e)
    rows: list[Row] = []
    for (subject, unit, location), members in groups.items():
        windows = _attach_windows(members, extractions, everywhere, floors)
        for window_key, in_window in windows.items():
            for event, in_event in _split_events(in_window).items():
                for claimant, in_claim in _split_claimants(in_event, policy).items():
                    key = RowKey(
                        kind=RowKind.FIGURE,
                        subject=subject,
                        event=event,
                        window=window_key,
                        location=location,
                        unit=unit,
                        claimant=claimant,
                    )
                    rows.append(_judge(key, in_claim, extractions, copy_of, policy))
    rows.sort(key=_row_order)
    return rows


def _row_order(row: Row) -> tuple[int, int, str]:
    first = min(
        (c.fact.span[0] for c in row.cells if c.fact is not None),
        default=0,
    )
    reporting = sum(c.fact is not None for c in row.cells)
    return (-reporting, first, row.key.model_dump_json())


def _join_carried_places(entries: list[_Entry], extractions: Sequence[Extraction]) -> None:
    """A fact whose place was carried from the passage joins a row that states it.

    "Police arrested 14 people in Madrid" (stated) and "At least 14 people were
    arrested" after a lead about Madrid (carried) are one row. Only when that place
    is the one place any article states for the subject: where figures of it are
    placed in several ("Maui" and "Lahaina"), a carried place stays out of the key.
    """
    stated: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for e in entries:
        if e.location is not None:
            stated[(e.fact.subject, e.unit)].add(e.location)
    for e in entries:
        place = e.fact.location
        if (
            e.location is None
            and e.fact.location_basis is LocationBasis.CONTEXT
            and place is not None
            and stated.get((e.fact.subject, e.unit)) == {place}
        ):
            e.location = place
            e.notes.append(
                f"{extractions[e.article].article.id} names {place} for "
                f"'{e.fact.surface}' in an earlier sentence, not in its own"
            )


def _fill_locations(entries: list[_Entry], extractions: Sequence[Extraction]) -> None:
    """A fact with no place takes the country most facts name, as a stated assumption.

    Only a country fills the gap: a toll with no place is never taken to be a
    city's or a province's (Kyiv's toll is not Ukraine's, nor the other way round).
    """
    from ._vocab import Vocabulary

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
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    for e in members:
        w = e.window
        aid = extractions[e.article].article.id
        said = f"'{e.fact.time_surface}'" if e.fact.time_surface else "its window"
        target: str | None
        if w is None:
            target = dominant
            if target is not None:
                e.notes.append(f"{aid} gives no time for '{e.fact.surface}'; taken as {target}")
        elif w.resolved and e.fact.time_basis is not TimeBasis.DEFAULT:
            target = w.key()
        elif w.resolved:
            target = _overlapping(w, resolved) or dominant
            if target is not None and target != w.key():
                e.notes.append(
                    f"{aid} states no time for '{e.fact.surface}'; its default window "
                    f"{w.key()} is taken as {target}"
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
                e.notes.append(
                    f"{aid} gives no year for {said}; assumed to be the same window as {target}"
                )
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
                    f"{aid} cannot date {said} (no publication date); taken as {target}, "
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
                    f"{aid} cannot date {said} (no publication date); assumed to be {target}"
                )
            else:
                target = f"{w.key()}@{aid}"
        if target is not None and target in resolved:
            e.window = resolved[target]
        out[target].append(e)
    return out


def _latest_month_day(article: Article) -> tuple[int, int] | None:
    """The latest month and day an undated article mentions: it appeared no earlier.

    An undated article's "overnight" is the night before it appeared, so it cannot
    be a night that ended before a date the article already mentions.
    """
    from ._time import find_times

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
    named = [e for e in members if _source(e, policy) is not None]
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
    from ._units import convert

    return convert(q.value, q.unit, unit)


def _nominal_in(e: _Entry, unit: str | None) -> float:
    q = e.fact.quantity
    if unit is None or q.unit is None or q.unit == unit:
        return q.nominal
    from ._units import convert

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
        note = " (compatible bounds, but different reports)" if ia.overlaps(ib) else ""
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
        f"{qa.surface} vs {qb.surface} (compatible bounds, but different reports)",
    )


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


def _judge(
    key: RowKey,
    members: list[_Entry],
    extractions: Sequence[Extraction],
    copy_of: dict[str, str],
    policy: Policy,
) -> Row:
    units = Counter(e.fact.quantity.unit for e in members if e.fact.quantity.unit)
    unit = units.most_common(1)[0][0] if units else None
    support = _support(members, policy, unit)
    chosen: dict[int, _Entry] = {}
    extra: dict[int, list[_Entry]] = defaultdict(list)
    # An article giving several figures for one key is represented by its largest:
    # tolls rise and partial counts come before totals, so within one text the
    # largest is the latest or the whole ("93 dead" over the earlier "89", "36 drones"
    # over "a score of drones"); then by the one other articles bear out, then its
    # first. The others are noted in its cell, never dropped.
    for e in sorted(
        members,
        key=lambda e: (
            e.article,
            # Counts only: a measure given twice is one figure in two units.
            -e.fact.quantity.nominal if e.fact.quantity.unit is None else 0.0,
            -support[_variant(e)],
            e.fact.span,
        ),
    ):
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
        explanation = _agree_text(agreement, reporters, reporting_ids, silent, too_early)
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
    )


def _published_before_end(article: Article, window: TimeWindow) -> bool:
    """True when the article appeared before the window closed (so it could not report it)."""
    if article.published is None or window.end is None:
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
    parts = [head]
    if silent:
        parts.append(f"{_names(silent)} {'does' if len(silent) == 1 else 'do'} not report it")
    if too_early:
        parts.append(
            f"{_names(too_early)} {'was' if len(too_early) == 1 else 'were'} published "
            "before the window ended"
        )
    return "; ".join(parts)


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
        return f"different figures: {figures}; {detail}"
    return f"disjoint intervals: {figures}; {detail}"
