"""Judging a row: agree, differ or omit, with reasons and the cells of every article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta

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
)
from .entries import Entry, claimant_of, distinct_variants, row_unit
from .notes import agree_text, differ_text, silence
from .periods import window_day
from .relation import RANK, relation
from .splits import preferred, support_of

__all__ = ["judge", "published_before_end"]

# A night's figures are complete by the morning of its last day.
_NIGHT_ENDS = time(9, 0)


def judge(
    key: RowKey,
    members: list[Entry],
    extractions: Sequence[Extraction],
    copy_of: dict[str, str],
    policy: Policy,
    cut_off: Callable[[int], bool],
) -> Row:
    unit = row_unit(members)
    chosen: dict[int, Entry] = {}
    extra: dict[int, list[Entry]] = defaultdict(list)
    # An article's mentions that restate its figure are noted in its cell, never
    # dropped; its first by preference stands for it.
    for e in sorted(members, key=preferred(support_of(members, policy, unit))):
        if e.article in chosen:
            extra[e.article].append(e)
        else:
            chosen[e.article] = e
    window = next((e.window for e in chosen.values() if e.window and e.window.resolved), None)
    reporters = [chosen[i] for i in sorted(chosen)]
    ids = [ex.article.id for ex in extractions]

    # Relations are judged between distinct ways of giving the figure, not between
    # articles: a thousand outlets repeating "502" are one variant, so this stays small.
    variants = distinct_variants(reporters)
    worst: tuple[Reason, str] | None = None
    best_agreement = Reason.SAME_FIGURE
    for i, a in enumerate(variants):
        for b in variants[i + 1 :]:
            rel = relation(a, b, policy, unit)
            if worst is None or RANK[rel[0]] > RANK[worst[0]]:
                worst = rel
            if RANK[rel[0]] <= RANK[Reason.CONSISTENT]:
                best_agreement = max(best_agreement, rel[0], key=RANK.__getitem__)
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
        if window is not None and published_before_end(ex.article, window):
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
        sources = {claimant_of(e, policy) for e in reporters}
        primary = (
            Reason.DIFFERENT_CLAIMANTS
            if None not in sources and len(sources) > 1 and key.claimant is None
            else worst[0]
        )
        reasons = [primary] + ([worst[0]] if primary is not worst[0] else [])
        verdict = Verdict.DIFFER
        explanation = differ_text(primary, worst[1], reporters, ids, sources)
        explanation += "".join(f"; {part}" for part in silence(silent, cut, too_early))
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
        explanation = agree_text(agreement, reporters, reporting_ids, silent, cut, too_early)
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


def published_before_end(article: Article, window: TimeWindow) -> bool:
    """True when the article appeared before the window closed (so it could not report it)."""
    if article.published is None or article.published_inferred or window.end is None:
        # An inferred date places figures on the story's clock; it proves nothing
        # about when the outlet could have reported.
        return False
    end_day = window_day(window.end)
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
