"""A figure that rose as reports came in: the row's figures as updates in time order."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..models import Article, Fact, Row, RowKind, Verdict
from .labels import when_words

__all__ = ["Update", "update_sequence", "update_words"]


@dataclass(frozen=True)
class Update:
    """One step of a figure updated over time: who gave it, when, and what."""

    article_id: str
    published: date | datetime
    fact: Fact


def _instant(value: date | datetime) -> tuple[date, datetime | None]:
    if isinstance(value, datetime):
        return value.date(), value.replace(tzinfo=None)
    return value, None


def _before(a: date | datetime, b: date | datetime) -> bool:
    """True when ``a`` surely came before ``b`` (a day alone orders only across days)."""
    (da, ta), (db, tb) = _instant(a), _instant(b)
    if da != db:
        return da < db
    return ta is not None and tb is not None and ta < tb


def update_sequence(row: Row, articles: Mapping[str, Article]) -> list[Update] | None:
    """The row's figures as updates in time order, when their times say so.

    A toll reported as "at least 7", then 20, 24, 29 by outlets publishing one after
    another is a figure that rose while the news came in, not a plain conflict. The
    verdict stays ``differ``; this gives the order to show it in. It applies when the
    row differs, every reporting article has a publication time, those times are
    strictly ordered (a bare day orders only against another day), and each later
    figure is higher than the one before.

    Returns:
        The reporting cells in publication order, or None when the times do not say so.
    """
    if row.verdict is not Verdict.DIFFER or row.key.kind is not RowKind.FIGURE:
        return None
    steps = []
    for cell in row.cells:
        if cell.fact is None:
            continue
        article = articles.get(cell.article_id)
        if article is None or article.published is None:
            return None
        steps.append(Update(cell.article_id, article.published, cell.fact))
    if len(steps) < 2:
        return None
    steps.sort(key=lambda u: (_instant(u.published)[0], _instant(u.published)[1] or datetime.min))
    for prev, nxt in itertools.pairwise(steps):
        if not _before(prev.published, nxt.published):
            return None
        if not nxt.fact.quantity.nominal > prev.fact.quantity.nominal:
            return None
    return steps


def update_words(steps: Sequence[Update], names: Mapping[str, str]) -> str:
    """An update sequence in words: figures in time order, each with who and when."""
    chain = " → ".join(
        f"{s.fact.surface} ({names.get(s.article_id, s.article_id)}, {when_words(s.published)})"
        for s in steps
    )
    return f"rising as reports came in: {chain}"
