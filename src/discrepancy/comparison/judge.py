"""Judging a row: agree, differ or omit, with reasons and the cells of every article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import NamedTuple

from ..models import (
    Agreement,
    Article,
    Cell,
    Extraction,
    Granularity,
    Policy,
    Reason,
    Row,
    RowKey,
    TimeWindow,
    Verdict,
    day_of,
)
from .entries import Entry, claimant_of, distinct_variants, row_unit
from .notes import agree_text, differ_text, marked_row, plain, silence
from .relation import RANK, relation
from .splits import preferred, same_claimant, support_of

__all__ = ["judge", "published_before_end"]

# A night's figures are complete by the morning of its last day.
_NIGHT_ENDS = time(9, 0)


@dataclass
class _Absent:
    """The articles that give no figure for a row, by why: ``silent`` do not report it
    (``cut`` of them are cut off), ``too_early`` appeared before its window ended."""

    silent: list[str] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)
    too_early: list[str] = field(default_factory=list)

    def words(self) -> list[str]:
        """Who does not report the row, and why, in words (see :func:`silence`)."""
        return silence(self.silent, self.cut, self.too_early)


class _Judgement(NamedTuple):
    """A verdict, the reason that leads and every reason that holds."""

    verdict: Verdict
    primary: Reason
    reasons: list[Reason]


def judge(
    key: RowKey,
    members: list[Entry],
    extractions: Sequence[Extraction],
    copy_of: dict[str, str],
    policy: Policy,
    cut_off: Callable[[int], bool],
) -> Row:
    """Judge one row: a cell for every article, a verdict, its reasons and words.

    Args:
        key: the row's key.
        members: the entries of the row, several per article where it restates its figure.
        extractions: every article of the comparison, in column order.
        copy_of: the article each copy of a story copies, by id.
        policy: the tolerances.
        cut_off: whether article ``i``'s text is cut off, so its silence proves little.

    Returns:
        The judged row.
    """
    unit = row_unit(members)
    chosen, extra = _stand_ins(members, policy, unit)
    window = next((e.window for e in chosen.values() if e.window and e.window.resolved), None)
    reporters = [chosen[i] for i in sorted(chosen)]
    ids = [ex.article.id for ex in extractions]
    worst, best_agreement = _relations(distinct_variants(reporters), policy, unit)
    differing = worst is not None and worst[0] in (Reason.DIFFERENT_FIGURES, Reason.DISJOINT)
    cells, absent = _cells(extractions, chosen, extra, window, copy_of, cut_off)
    reporting_ids = [ids[e.article] for e in reporters]
    independent = len({copy_of.get(r, r) for r in reporting_ids})
    if differing:
        assert worst is not None
        sources = _distinct_claimants(claimant_of(e, policy) for e in reporters)
        judged = _differ(worst[0], sources, key)
        explanation = differ_text(judged.primary, worst[1], reporters, ids, sources)
        explanation += "".join(f"; {part}" for part in absent.words())
    else:
        # One story and its copies are one source, however many outlets ran it.
        agreement = best_agreement if independent > 1 else Reason.SINGLE_SOURCE
        judged = _agree_or_omit(agreement, independent, absent)
        explanation = agree_text(
            agreement, reporters, reporting_ids, absent.silent, absent.cut, absent.too_early
        )
    if independent < len(reporters):
        explanation += (
            f" ({len(reporters)} articles, {independent} independent: copies counted once)"
        )
    assumptions = tuple(sorted({n for e in members for n in e.notes}, key=plain))
    row = Row(
        key=key,
        cells=tuple(cells),
        verdict=judged.verdict,
        reason=judged.primary,
        reasons=tuple(judged.reasons),
        explanation=explanation,
        assumptions=assumptions,
        window=window,
        independent=independent,
        agreement=Agreement.DIFFER
        if differing
        else Agreement.SINGLE
        if independent == 1
        else Agreement.AGREE,
    )
    return marked_row(row)  # the notes in plain words, their marked text beside


def _stand_ins(
    members: list[Entry], policy: Policy, unit: str | None
) -> tuple[dict[int, Entry], dict[int, list[Entry]]]:
    """The entry that stands for each article, and its other mentions that restate it.

    An article's mentions that restate its figure are noted in its cell, never
    dropped; its first by preference (see :func:`preferred`) stands for it.
    """
    chosen: dict[int, Entry] = {}
    extra: dict[int, list[Entry]] = defaultdict(list)
    for e in sorted(members, key=preferred(support_of(members, policy, unit))):
        if e.article in chosen:
            extra[e.article].append(e)
        else:
            chosen[e.article] = e
    return chosen, extra


def _relations(
    variants: Sequence[Entry], policy: Policy, unit: str | None
) -> tuple[tuple[Reason, str] | None, Reason]:
    """The worst relation between the row's figures (None for one figure), and the
    weakest agreement among the pairs that agree.

    Relations are judged between distinct ways of giving the figure, not between
    articles: a thousand outlets repeating "502" are one variant, so this stays small.
    """
    worst: tuple[Reason, str] | None = None
    best_agreement = Reason.SAME_FIGURE
    for i, a in enumerate(variants):
        for b in variants[i + 1 :]:
            rel = relation(a, b, policy, unit)
            if worst is None or RANK[rel[0]] > RANK[worst[0]]:
                worst = rel
            if RANK[rel[0]] <= RANK[Reason.CONSISTENT]:
                best_agreement = max(best_agreement, rel[0], key=RANK.__getitem__)
    return worst, best_agreement


def _cells(
    extractions: Sequence[Extraction],
    chosen: dict[int, Entry],
    extra: dict[int, list[Entry]],
    window: TimeWindow | None,
    copy_of: dict[str, str],
    cut_off: Callable[[int], bool],
) -> tuple[list[Cell], _Absent]:
    """A cell for every article: its figure with notes, or why it gives none."""
    cells: list[Cell] = []
    absent = _Absent()
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
        if window is not None and published_before_end(ex.article, window):
            absent.too_early.append(aid)
            cells.append(Cell(article_id=aid, note="published_before_window"))
        elif cut_off(ai):
            absent.silent.append(aid)
            absent.cut.append(aid)
            cells.append(Cell(article_id=aid, note="truncated"))
        else:
            absent.silent.append(aid)
            cells.append(Cell(article_id=aid, note="not_reported"))
    return cells, absent


def _distinct_claimants(names: Iterable[str | None]) -> set[str | None]:
    """The claimants behind a row's figures, one name each: outlets that name one source
    in other words ("the electoral commission", "the city electoral commission"; "WHO",
    "World Health Organization": see :func:`same_claimant`) cite one claimant, shown under
    its longest name. None stands for figures credited to nobody.

    >>> sorted(_distinct_claimants(["electoral commission", "city electoral commission"]))
    ['city electoral commission']
    >>> sorted(_distinct_claimants(["police", "organisers", None]), key=str)
    [None, 'organisers', 'police']
    """
    kept: list[str] = []
    unnamed = False
    for name in sorted(set(names), key=lambda n: (-len(n or ""), n or "")):
        if name is None:
            unnamed = True
        elif not any(same_claimant(name, other) for other in kept):
            kept.append(name)
    return {*kept, *([None] if unnamed else [])}


def _differ(worst: Reason, sources: set[str | None], key: RowKey) -> _Judgement:
    """A row whose figures differ: between claimants when every reporter names a
    different one and the key does not already split by claimant."""
    primary = (
        Reason.DIFFERENT_CLAIMANTS
        if None not in sources and len(sources) > 1 and key.claimant is None
        else worst
    )
    reasons = [primary] + ([worst] if primary is not worst else [])
    return _Judgement(Verdict.DIFFER, primary, reasons)


def _agree_or_omit(agreement: Reason, reporting: int, absent: _Absent) -> _Judgement:
    """A row whose figures agree: an omission when an article is silent or too early."""
    if not (absent.silent or absent.too_early):
        return _Judgement(Verdict.AGREE, agreement, [agreement])
    primary = (
        Reason.PUBLISHED_BEFORE_WINDOW
        if absent.too_early and not absent.silent
        else Reason.SINGLE_SOURCE
        if reporting == 1
        else Reason.NOT_REPORTED
    )
    reasons = [primary]
    for r in (Reason.NOT_REPORTED, Reason.PUBLISHED_BEFORE_WINDOW, agreement):
        if r not in reasons and (
            (r is Reason.NOT_REPORTED and absent.silent)
            or (r is Reason.PUBLISHED_BEFORE_WINDOW and absent.too_early)
            or r is agreement
        ):
            reasons.append(r)
    return _Judgement(Verdict.OMIT, primary, reasons)


def published_before_end(article: Article, window: TimeWindow) -> bool:
    """True when the article appeared before the window closed (so it could not report it)."""
    if article.published is None or article.published_inferred or window.end is None:
        # An inferred date places figures on the story's clock; it proves nothing
        # about when the outlet could have reported.
        return False
    end_day = day_of(window.end)
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
