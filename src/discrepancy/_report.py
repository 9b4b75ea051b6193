"""Plain renderings of comparisons and extractions: Markdown, terminal tables, JSONL.

>>> from discrepancy._report import window_label
>>> window_label("span:2025-09-01..2025-09-05")
'2025-09-01..2025-09-05'
>>> window_label("night:2025-09-03..2025-09-04")
'night of 2025-09-03/04'
>>> window_label("day:????-09-05..????-09-05")
'09-05 (year not stated)'
>>> window_label("night:unresolved:overnight@003")
'overnight (undated)'
>>> window_label("span:since the war began..2026-11-16")
'since the war began, to 2026-11-16'
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence

from ._models import Cell, Comparison, Extraction, Fact, Row, RowKind

__all__ = [
    "comparison_markdown",
    "comparison_table",
    "extraction_jsonl",
    "extraction_table",
    "fact_record",
    "short_labels",
    "window_label",
]

_VERDICT_MARK = {"agree": "✓ agree", "differ": "≠ differ", "omit": "– omit"}


def window_label(key: str | None) -> str:
    """A short human label for a window key (see :meth:`TimeWindow.key`)."""
    if not key:
        return "any time"
    shape, _, rest = key.partition(":")
    # An "@article" suffix keeps one article's undated window apart from others'.
    rest = rest.split("@", 1)[0]
    if rest.startswith("unresolved:"):
        return f"{rest.removeprefix('unresolved:')} (undated)"
    start, _, end = rest.partition("..")
    if start[:1].isalpha():
        return f"{start}, to {end}"  # a running total: "since the war began, to 2026-11-16"
    if start.startswith("????"):
        s, e = start[5:], end[5:]
        return f"{s if s == e else s + '..' + e} (year not stated)"
    if shape == "night" and start[:8] == end[:8]:
        return f"night of {start}/{end[8:]}"
    return start if start == end else f"{start}..{end}"


def _row_label(row: Row) -> str:
    k = row.key
    if k.kind is RowKind.STATEMENT:
        return f'{k.subject}: "{k.event}"'
    parts = [k.subject]
    if k.event:
        parts.append(k.event)
    label = " ".join(parts)
    extras = [x for x in (k.location, k.unit, k.claimant and f"per {k.claimant}") if x]
    return f"{label} ({', '.join(extras)})" if extras else label


def _cell_text(cell: Cell) -> str:
    if cell.fact is not None:
        text = cell.fact.surface
        if cell.fact.attribution is not None:
            text += f" [{cell.fact.attribution.source}]"
        return text
    if cell.statement is not None:
        st = cell.statement
        return st.time_surface or "undated"
    return {"published_before_window": "– (too early)"}.get(cell.note or "", "–")


def _headers(comparison: Comparison) -> list[str]:
    return [a.id for a in comparison.articles]


def comparison_markdown(comparison: Comparison) -> str:
    """The comparison as a GitHub-flavoured Markdown table, one line per row."""

    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    head = ["row", "window", *_headers(comparison), "verdict", "reason"]
    lines = ["| " + " | ".join(esc(h) for h in head) + " |", "|" + " --- |" * len(head)]
    for row in comparison.rows:
        cells = [
            _row_label(row),
            window_label(row.key.window),
            *(_cell_text(c) for c in row.cells),
            _VERDICT_MARK[row.verdict.value],
            row.explanation,
        ]
        lines.append("| " + " | ".join(esc(c) for c in cells) + " |")
    if comparison.copies:
        lines.append("")
        for group in comparison.copies:
            lines.append(
                f"Copies of one story (similarity {group.similarity:.2f}): "
                + ", ".join(group.article_ids)
            )
    return "\n".join(lines) + "\n"


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def short_labels(ids: Sequence[str]) -> dict[str, str]:
    """Short column labels: the part of each id before its first ``_``, when unique.

    >>> short_labels(["000_e266db", "001_99f4", "wire"])
    {'000_e266db': '000', '001_99f4': '001', 'wire': 'wire'}
    >>> short_labels(["a_1", "a_2"])
    {'a_1': 'a_1', 'a_2': 'a_2'}
    """
    heads = [i.split("_", 1)[0] or i for i in ids]
    if len(set(heads)) < len(heads):
        return {i: i for i in ids}
    return dict(zip(ids, heads, strict=True))


def comparison_table(comparison: Comparison, *, width: int | None = None) -> str:
    """The comparison as a fixed-width text table for a terminal.

    Article columns are headed by the shortest unique form of each id (see
    :func:`short_labels`); explanations use the same labels.

    Args:
        comparison: what to render.
        width: total line width; the terminal's width (or 120) when None.
    """
    total = width or shutil.get_terminal_size((120, 24)).columns
    labels = short_labels(_headers(comparison))
    head = ["row", "window", *labels.values(), "verdict"]
    body = [
        [
            _row_label(row),
            window_label(row.key.window),
            *(_cell_text(c) for c in row.cells),
            _VERDICT_MARK[row.verdict.value],
        ]
        for row in comparison.rows
    ]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    # Shrink the widest columns until the table fits.
    budget = max(total - 3 * (len(widths) - 1), 10 * len(widths))
    while sum(widths) > budget and max(widths) > 8:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    out = []
    for n, r in enumerate([head, *body]):
        out.append(" | ".join(_fit(c, w).ljust(w) for c, w in zip(r, widths, strict=True)))
        if n == 0:
            out.append("-+-".join("-" * w for w in widths))
        else:
            row = comparison.rows[n - 1]
            explanation = row.explanation
            for full, short in labels.items():
                explanation = explanation.replace(full, short)
            out.append(" " * 4 + _fit(explanation, max(20, total - 4)))
    return "\n".join(line.rstrip() for line in out) + "\n"


def fact_record(fact: Fact, index: int, article_id: str) -> dict[str, object]:
    """A flat JSON-ready record of one fact (the ``extract --format jsonl`` line)."""
    q = fact.quantity
    return {
        "article": article_id,
        "index": index,
        "surface": fact.surface,
        "span": list(fact.span),
        "subject": fact.subject,
        "event": fact.event,
        "value": str(q.value),
        "nominal": q.nominal,
        "qualifier": q.qualifier.value,
        "unit": q.unit,
        "time": fact.time.key() if fact.time else None,
        "time_basis": fact.time_basis.value,
        "location": fact.location,
        "location_basis": fact.location_basis.value,
        "actor": fact.actor,
        "attribution": fact.attribution.source if fact.attribution else None,
        "via": fact.attribution.via if fact.attribution else None,
        "part_of": fact.part_of,
        "negated": fact.negated,
    }


def extraction_jsonl(extractions: Sequence[Extraction]) -> str:
    """One JSON object per fact, article by article, in text order."""
    return "".join(
        json.dumps(fact_record(f, i, ex.article.id), ensure_ascii=False) + "\n"
        for ex in extractions
        for i, f in enumerate(ex.facts)
    )


def extraction_table(extractions: Sequence[Extraction]) -> str:
    """A readable listing of each article's facts."""
    out = []
    for ex in extractions:
        a = ex.article
        out.append(
            f"== {a.id}  outlet={a.outlet or '?'}  published={a.published or '?'}"
            + ("  (inferred)" if a.published_inferred else "")
        )
        for i, f in enumerate(ex.facts):
            who = f" per {f.attribution.source}" if f.attribution else ""
            via = f" via {f.attribution.via}" if f.attribution and f.attribution.via else ""
            part = f" part of #{f.part_of}" if f.part_of is not None else ""
            when = window_label(f.time.key()) if f.time else "no window"
            out.append(
                f"  #{i} {f.surface!r:<28} {f.subject or '?'} {f.event or ''} "
                f"{f.quantity.value} @ {when} ({f.time_basis.value}){who}{via}{part}"
            )
        out.append(f"  ({len(ex.rejected)} numeric mentions rejected)")
    return "\n".join(out) + "\n"
