"""Renderings of comparisons and extractions for people and pipes: terminal, Markdown, JSONL.

Every text output goes through :func:`~discrepancy.report.labels.printable`: article
text, outlet names and file names are untrusted.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..models import (
    Article,
    Cell,
    Comparison,
    Extraction,
    Fact,
    Row,
    Verdict,
    interval_notation,
    window_label,
)
from .labels import (
    article_names,
    interval_words,
    json_safe,
    printable,
    row_label,
    row_notes,
    when_words,
)
from .updates import update_sequence, update_words

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "comparison_markdown",
    "comparison_table",
    "extraction_jsonl",
    "extraction_table",
    "fact_record",
]

_VERDICT_MARK = {"agree": "✓ agree", "differ": "≠ differ", "omit": "– omit"}
# A cell with no figure gets its own glyph, so it never reads as the "omit" verdict.
_EMPTY = "·"
_VERDICT_STYLE = {"agree": "green", "differ": "bold red", "omit": "yellow"}
# Silent articles are named up to this many per row, then counted: a row must not grow
# with the number of articles that say nothing.
_MAX_NAMED = 12
# The width when stdout is not a terminal and COLUMNS is unset: what any pager shows.
_PIPE_WIDTH = 80


def _cell_text(cell: Cell) -> str:
    if cell.fact is not None:
        text = cell.fact.surface
        if cell.fact.attribution is not None:
            text += f" [{cell.fact.attribution.source}]"
        return text
    if cell.statement is not None:
        st = cell.statement
        return st.time_surface or "undated"
    if cell.note == "published_before_window":
        return f"{_EMPTY} (too early)"
    return _EMPTY


# --------------------------------------------------------------------------- Markdown


def comparison_markdown(comparison: Comparison) -> str:
    """The comparison as a GitHub-flavoured Markdown table, one line per row."""

    def esc(text: str) -> str:
        return printable(text.replace("|", "\\|").replace("\n", " "))

    names = article_names(comparison.articles)
    by_id = {a.id: a for a in comparison.articles}
    head = ["row", "window", *(names[a.id] for a in comparison.articles), "verdict", "reason"]
    lines = ["| " + " | ".join(esc(h) for h in head) + " |", "|" + " --- |" * len(head)]
    for row in comparison.rows:
        why = row_notes(row, names)[0]
        steps = update_sequence(row, by_id)
        if steps:
            why += "; " + update_words(steps, names)
        cells = [
            row_label(row),
            window_label(row.key.window),
            *(_cell_text(c) for c in row.cells),
            _VERDICT_MARK[row.verdict.value],
            why,
        ]
        lines.append("| " + " | ".join(esc(c) for c in cells) + " |")
    if comparison.copies:
        lines.append("")
        for group in comparison.copies:
            lines.append(
                f"Copies of one story (similarity {group.similarity:.2f}): "
                + esc(", ".join(names.get(i, i) for i in group.article_ids))
            )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- terminal


def terminal_width() -> int:
    """The terminal's width, ``COLUMNS`` when set, else 80 (piped output)."""
    return shutil.get_terminal_size((_PIPE_WIDTH, 24)).columns


def _console(width: int, color: bool) -> Console:
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color,
        force_jupyter=False,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def _names_line(ids: Sequence[str], names: Mapping[str, str]) -> str:
    shown = [names.get(i, i) for i in ids[:_MAX_NAMED]]
    more = len(ids) - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more else "")


_INDENT = 2
_GAP = 2


def _print_pairs(
    console: Console, pairs: Sequence[tuple[Text, Text]], left: int, total: int
) -> None:
    """Label-value lines, indented: each side wraps within its own column.

    Wrapping each text alone (rather than laying out a rich Table) keeps the cost
    linear in the text: a table measures every cell against every other.
    """
    from rich.text import Text

    right = max(10, total - _INDENT - left - _GAP)
    lines: list[Text] = []
    for label, value in pairs:
        labels = label.wrap(console, left, overflow="fold")
        values = value.wrap(console, right, overflow="fold")
        for i in range(max(len(labels), len(values))):
            line = Text(" " * _INDENT)
            if i < len(labels):
                line.append_text(labels[i])
                line.append(" " * (left - labels[i].cell_len))
            else:
                line.append(" " * left)
            if i < len(values):
                line.append(" " * _GAP)
                line.append_text(values[i])
            lines.append(line)
    # One print per block: rich's per-call overhead dominates on short lines.
    console.print(Text("\n").join(lines), soft_wrap=True)


def _article_key(comparison: Comparison, names: Mapping[str, str]) -> list[tuple[Text, Text]]:
    """One label-value pair per article: its name, then its file and publication date."""
    from rich.text import Text

    key: list[tuple[Text, Text]] = []
    for a in comparison.articles:
        about = [f"file {a.id}" if names[a.id] != a.id else ""]
        about.append(f"published {when_words(a.published)}" if a.published else "date not stated")
        if a.published_inferred:
            about[-1] += " (inferred)"
        key.append(
            (Text(names[a.id], style="bold"), Text(printable(", ".join(x for x in about if x))))
        )
    return key


def _row_grid(
    row: Row, names: Mapping[str, str], by_id: Mapping[str, Article]
) -> list[tuple[Text, Text]]:
    """A row's label-value pairs: window, reporting articles, silent ones, reason, order."""
    from rich.text import Text

    grid = [(Text("when", style="dim"), Text(printable(window_label(row.key.window))))]
    silent: list[str] = []
    early: list[str] = []
    for cell in row.cells:
        if cell.fact is None and cell.statement is None:
            (early if cell.note == "published_before_window" else silent).append(cell.article_id)
            continue
        style = "bold red" if row.verdict is Verdict.DIFFER else ""
        grid.append(
            (
                Text(names.get(cell.article_id, cell.article_id)),
                Text(printable(_cell_text(cell)), style=style),
            )
        )
    if silent:
        grid.append(
            (Text(f"{_EMPTY} silent", style="dim"), Text(printable(_names_line(silent, names))))
        )
    if early:
        late = _names_line(early, names) + " (published before the window ended)"
        grid.append((Text(f"{_EMPTY} too early", style="dim"), Text(printable(late))))
    why, assumed = row_notes(row, names)
    grid.append((Text("why", style="dim"), Text(why)))
    steps = update_sequence(row, by_id)
    if steps:
        grid.append((Text("order", style="dim"), Text(printable(update_words(steps, names)))))
    # Shortest first, as in the HTML.
    for _, assumption in sorted(
        zip(row.assumptions, assumed, strict=True), key=lambda p: len(p[0])
    ):
        grid.append((Text("assumed", style="dim"), Text(assumption)))
    return grid


def comparison_table(
    comparison: Comparison, *, width: int | None = None, color: bool = False
) -> str:
    """The comparison for a terminal: one block per row, wrapped to the width.

    Each row gives its verdict and what it counts, then the window, one line per
    article that reports a figure, the silent articles on one line (named up to
    twelve, then counted), and the reason. Long text wraps; nothing is cut. A
    comparison of thousands of articles stays readable: a row grows with the
    articles that report it, not with those that stay silent.

    Args:
        comparison: what to render.
        width: total line width; the terminal's width (80 when piped) when None.
        color: colour the verdicts with ANSI codes (the CLI does so on a terminal
            unless ``NO_COLOR`` is set).

    Returns:
        The text, every line at most ``width`` characters wide.
    """
    from rich.text import Text

    total = max(width or terminal_width(), 30)
    console = _console(total, color)
    names = article_names(comparison.articles)
    by_id = {a.id: a for a in comparison.articles}
    console.print(Text(comparison.summary(), style="bold"))
    widest = max([len(v) for v in names.values()] or [0])
    _print_pairs(console, _article_key(comparison, names), min(widest, max(8, total // 3)), total)
    if not comparison.rows:
        console.print(Text("No figures to compare in these articles."))
    left = min(max([len("· too early"), *(len(v) for v in names.values())]), max(11, total // 4))
    for row in comparison.rows:
        console.print()
        head = Text()
        verdict = row.verdict.value
        head.append(_VERDICT_MARK[verdict], style=_VERDICT_STYLE[verdict])
        head.append("  ")
        head.append(printable(row_label(row)), style="bold")
        console.print(head)
        _print_pairs(console, _row_grid(row, names, by_id), left, total)
    for group in comparison.copies:
        console.print()
        console.print(
            Text(
                printable(
                    f"Copies of one story (similarity {group.similarity:.2f}): "
                    + _names_line(group.article_ids, names)
                )
            )
        )
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in out.splitlines()) + "\n"


# --------------------------------------------------------------------------- extraction


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
        "value": interval_notation(q.value),
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
        "link": None if fact.link is None else [fact.link.role.value, fact.link.fact],
        "negated": fact.negated,
    }


def _json_line(record: Mapping[str, object]) -> str:
    return json_safe(json.dumps(record, ensure_ascii=False)) + "\n"


def extraction_jsonl(extractions: Sequence[Extraction], *, show_rejected: bool = False) -> str:
    """One JSON object per fact, article by article, in text order.

    With ``show_rejected``, each article's rejected numeric mentions follow its facts,
    one object each: ``{"article", "rejected": reason, "surface", "span"}``.
    """
    out: list[str] = []
    for ex in extractions:
        out.extend(_json_line(fact_record(f, i, ex.article.id)) for i, f in enumerate(ex.facts))
        if show_rejected:
            out.extend(
                _json_line(
                    {
                        "article": ex.article.id,
                        "rejected": r.reason.value,
                        "surface": r.surface,
                        "span": list(r.span),
                    }
                )
                for r in ex.rejected
            )
    return "".join(out)


def extraction_table(extractions: Sequence[Extraction], *, show_rejected: bool = False) -> str:
    """A readable listing of each article's facts (and, on request, its rejected mentions)."""
    out = []
    for ex in extractions:
        a = ex.article
        out.append(
            f"== {a.id}  outlet={a.outlet or '?'}  "
            f"published={when_words(a.published) if a.published else '?'}"
            + ("  (inferred)" if a.published_inferred else "")
        )
        for i, f in enumerate(ex.facts):
            who = f" per {f.attribution.source}" if f.attribution else ""
            via = f" via {f.attribution.via}" if f.attribution and f.attribution.via else ""
            part = f" part of #{f.part_of}" if f.part_of is not None else ""
            when = window_label(f.time.key()) if f.time else "no window"
            what = " ".join(x for x in (f.subject or "?", f.event) if x)
            value = interval_words(f.quantity.value, f.quantity.unit)
            out.append(
                f"  #{i} {f.surface!r:<28} {what}: {value} @ {when} "
                f"({f.time_basis.value}){who}{via}{part}"
            )
        if not ex.facts:
            out.append("  no figures found")
        if show_rejected:
            out.extend(f"  rejected {r.surface!r}: {r.reason.value}" for r in ex.rejected)
        else:
            out.append(
                f"  ({len(ex.rejected)} numeric mentions rejected; --show-rejected lists them)"
            )
    return printable("\n".join(out) + "\n")
