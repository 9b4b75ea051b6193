"""Statement rows: one remark quoted by several articles, and the days each gives it.

Quotations are lined up by speaker and shared word trigrams (see
:mod:`discrepancy.comparison.grouping`); a row needs two independent articles and
at least one date. Outlets that date the remark differently differ.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..models import (
    Agreement,
    Cell,
    Extraction,
    Reason,
    Row,
    RowKey,
    RowKind,
    Statement,
    Verdict,
    window_label,
)
from .grouping import join_sharing
from .notes import mark, marked_row

__all__ = ["statement_rows"]

_WORD = regex.compile(r"\w+")
_CONTRACTIONS = (
    ("can't", "cannot"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ve", " have"),
    ("'ll", " will"),
)


def _normalise(quote: str) -> list[str]:
    q = quote.lower().replace("’", "'")
    for short, long in _CONTRACTIONS:
        q = q.replace(short, long)
    return _WORD.findall(q)


def _trigrams(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def statement_rows(extractions: Sequence[Extraction], copy_of: dict[str, str]) -> list[Row]:
    """Rows for statements that at least two articles carry and at least one dates."""
    items = [
        (ai, st, _trigrams(_normalise(st.quote)))
        for ai, ex in enumerate(extractions)
        for st in ex.statements
    ]
    # Features are (speaker, word trigram): only one speaker's quotes can be one remark.
    features = [{(st.speaker, g) for g in grams} for _, st, grams in items]
    uf = join_sharing(features, at_least=2)
    rows = []
    for members in uf.groups():
        by_article: dict[int, Statement] = {}
        for i in members:
            ai, st, _ = items[i]
            current = by_article.get(ai)
            if current is None or (current.time is None and st.time is not None):
                by_article[ai] = st
        # Copies of one story are one source: a remark needs two independent articles.
        sources = {copy_of.get(i, i) for i in (extractions[ai].article.id for ai in by_article)}
        if len(sources) < 2 or all(st.time is None for st in by_article.values()):
            continue
        rows.append(_statement_row(by_article, extractions, copy_of))
    rows.sort(key=lambda r: (r.key.subject, r.key.event or ""))
    return rows


def _statement_row(
    by_article: dict[int, Statement], extractions: Sequence[Extraction], copy_of: dict[str, str]
) -> Row:
    ids = [ex.article.id for ex in extractions]
    days = {ai: st.time.key() for ai, st in by_article.items() if st.time is not None}
    shortest = min(by_article.values(), key=lambda st: len(st.quote))
    label = " ".join(shortest.quote.strip(" ,.").split()[:12])
    cells = []
    silent = []
    for ai, aid in enumerate(ids):
        st = by_article.get(ai)
        note = f"copy_of:{copy_of[aid]}" if aid in copy_of else None
        if st is None:
            silent.append(aid)
            cells.append(Cell(article_id=aid, note="not_reported"))
        else:
            undated = "undated" if st.time is None else None
            cells.append(
                Cell(
                    article_id=aid,
                    statement=st,
                    note="; ".join(filter(None, [note, undated])) or None,
                )
            )
    distinct = sorted(set(days.values()))
    dated = ", ".join(
        f"{mark(ids[ai])}: {by_article[ai].time_surface} ({window_label(k)})"
        for ai, k in days.items()
    )
    undated_ids = [ids[ai] for ai in by_article if ai not in days]
    window = next(st.time for st in by_article.values() if st.time is not None)
    # Copies of one story date a remark once, however many outlets ran it.
    dating = len({copy_of.get(ids[ai], ids[ai]) for ai in days})
    reasons: tuple[Reason, ...]
    if len(distinct) > 1:
        verdict, reason, reasons = Verdict.DIFFER, Reason.DISJOINT, (Reason.DISJOINT,)
        explanation = f"outlets date the statement differently: {dated}"
    else:
        agreement = Reason.SAME_FIGURE if dating > 1 else Reason.SINGLE_SOURCE
        explanation = (
            f"dated the same by {len(days)} article{'s' if len(days) != 1 else ''}: {dated}"
        )
        if silent or undated_ids:
            verdict, reason = Verdict.OMIT, Reason.NOT_REPORTED
            reasons = (Reason.NOT_REPORTED, agreement)
            if undated_ids:
                verb = "quotes" if len(undated_ids) == 1 else "quote"
                explanation += f"; {', '.join(map(mark, undated_ids))} {verb} it without a date"
            if silent:
                explanation += f"; {', '.join(map(mark, silent))} do not carry it"
        else:
            verdict, reason, reasons = Verdict.AGREE, agreement, (agreement,)
    row = Row(
        key=RowKey(
            kind=RowKind.STATEMENT,
            subject=shortest.speaker,
            event=label,
            window=distinct[0] if len(distinct) == 1 else None,
        ),
        cells=tuple(cells),
        verdict=verdict,
        reason=reason,
        reasons=reasons,
        explanation=explanation,
        window=window if len(distinct) == 1 else None,
        independent=len({copy_of.get(ids[ai], ids[ai]) for ai in by_article}),
        agreement=Agreement.DIFFER
        if verdict is Verdict.DIFFER
        else Agreement.AGREE
        if dating > 1
        else Agreement.SINGLE,
    )
    return marked_row(row)  # the notes in plain words, their marked text beside
