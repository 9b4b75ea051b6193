"""Renderings of comparisons and extractions for people and pipes: terminal, Markdown, JSONL.

Every text output goes through :func:`printable`: article text, outlet names and file
names are untrusted, and a control character copied to a terminal could set its title,
clear the screen or worse.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..models import (
    Article,
    Cell,
    Comparison,
    Extraction,
    Fact,
    Row,
    RowKind,
    Verdict,
    interval_notation,
    window_label,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "Update",
    "article_names",
    "comparison_markdown",
    "comparison_table",
    "extraction_jsonl",
    "extraction_table",
    "fact_record",
    "json_safe",
    "number_words",
    "printable",
    "readable",
    "relabel",
    "row_label",
    "short_labels",
    "update_sequence",
    # Imported from here, lazily, by comparison/align.py and facts/statements.py until
    # they import it from the models.
    "window_label",
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

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates that reorder what a terminal shows ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape, safe for a terminal.

    Tabs and line breaks stay; everything a terminal would act on instead of showing
    (escape sequences, carriage returns, bells, bidi overrides) becomes visible text.

    >>> printable("BBC\\x1b]0;owned\\x07 News\\r")
    'BBC\\\\x1b]0;owned\\\\x07 News\\\\x0d'
    >>> printable("plain text\\twith a tab")
    'plain text\\twith a tab'
    """
    return _UNSAFE.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text with the controls JSON leaves raw (DEL, C1, bidi) as ``\\\\u`` escapes.

    JSON escapes C0 controls itself; the others can only occur inside strings, where
    a ``\\\\u`` escape reads back as the same character.

    >>> json.loads(json_safe(json.dumps("a\\x9bb", ensure_ascii=False))) == "a\\x9bb"
    True
    >>> json_safe('"\\x9b"')
    '"\\\\u009b"'
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def number_words(value: float, places: int = 6) -> str:
    """A figure as a person writes it: thousands separators, no float noise.

    >>> number_words(50 * 1.1), number_words(1300.0), number_words(0.125), number_words(2.5e20)
    ('55', '1,300', '0.125', '250,000,000,000,000,000,000')
    >>> number_words(8.04672, places=4), number_words(float("inf"))
    ('8.0467', 'inf')
    """
    if not math.isfinite(value):
        return str(value)
    rounded = round(value, places)
    if rounded.is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.{places}f}".rstrip("0").rstrip(".")


def row_label(row: Row) -> str:
    """What a row counts, in words: subject, event, and place, unit or claimant.

    >>> from discrepancy import RowKey, Row
    >>> row_label(Row(key=RowKey(subject="person", event="killed", location="Kyiv",
    ...                          claimant="police"),
    ...               cells=(), verdict="agree", reason="same_figure", explanation=""))
    'person killed (Kyiv, per police)'
    """
    k = row.key
    if k.kind is RowKind.STATEMENT:
        return f'{k.subject}: "{k.event}"'
    from ..rules.families import Families

    label = Families.default().says(k.subject, k.event)
    extras = [
        x
        for x in (
            k.group,
            k.party and f"for {k.party}",
            k.basis,
            k.form,
            k.location,
            k.unit,
            k.claimant and f"per {k.claimant}",
            k.rank and f"other figure {k.rank}",
        )
        if x
    ]
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
    if cell.note == "published_before_window":
        return f"{_EMPTY} (too early)"
    return _EMPTY


# --------------------------------------------------------------------------- names

# A hex digest at the end of a file name ("000_e266dbae15169658"): unique, not readable.
_HASH_TAIL = re.compile(r"[_.-]?[0-9a-f]{8,}$")
_HEADLINE_CHARS = 28


def _headline(text: str) -> str:
    """The first words of the article's first line, clipped at a word."""
    for line in text[:2000].splitlines():
        words = line.split()
        if words:
            out = ""
            for w in words:
                if len(out) + len(w) + 1 > _HEADLINE_CHARS:
                    return out + "…" if out else w[: _HEADLINE_CHARS - 1] + "…"
                out = f"{out} {w}" if out else w
            return out
    return ""


def article_names(articles: Sequence[Article]) -> dict[str, str]:
    """Short readable names for articles, unique, for column heads and explanations.

    The outlet when the article names it; else the file name without a hash tail
    ("000_e266dbae15169658" gives "000"); else, when the file name is only a hash,
    the first words of the article. Two articles with the same name get their ids
    added.

    >>> from discrepancy import Article
    >>> article_names([
    ...     Article(id="000_e266dbae15169658", text="x"),
    ...     Article(id="e266dbae15169658", text="Floods kill 40 in the north-east of Spain"),
    ...     Article(id="w1", text="x", outlet="Wire"), Article(id="w2", text="x", outlet="Wire"),
    ... ])  # doctest: +NORMALIZE_WHITESPACE
    {'000_e266dbae15169658': '000', 'e266dbae15169658': 'Floods kill 40 in the…',
     'w1': 'Wire (w1)', 'w2': 'Wire (w2)'}
    """
    names: dict[str, str] = {}
    for a in articles:
        name = a.outlet or (_HASH_TAIL.sub("", a.id) or _headline(a.text) or a.id)
        names[a.id] = printable(" ".join(name.split()) or a.id)
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    return {
        aid: (f"{name} ({printable(aid)})" if counts[name] > 1 and name != aid else name)
        for aid, name in names.items()
    }


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


# A run of the characters file names are usually made of.
_ID_TOKEN = re.compile(r"[\w.@+-]+")


def _name_of(token: str, names: Mapping[str, str]) -> str:
    if token in names:
        return names[token]
    bare = token.rstrip(".")  # an id at the end of a sentence
    return names[bare] + token[len(bare) :] if bare in names else token


def relabel(text: str, names: Mapping[str, str]) -> str:
    """``text`` with every article id replaced by its name (longest ids first).

    >>> relabel("a_1 and a_10 agree with b c.", {"a_1": "Wire", "a_10": "Herald", "b c": "Post"})
    'Wire and Herald agree with Post.'
    """
    # One pass over the text for ids made of file-name characters (linear in the text
    # however many articles there are); the rare other ids are replaced one by one.
    text = _ID_TOKEN.sub(lambda m: _name_of(m[0], names), text)
    for aid in sorted(names, key=len, reverse=True):
        if aid != names[aid] and not _ID_TOKEN.fullmatch(aid):
            text = text.replace(aid, names[aid])
    return text


# A window key left in a sentence ("taken as span:2025-09-01..2025-09-05").
_WINDOW_KEY = re.compile(
    r"""
    \b(?:day|night|week|month|year|span):
    (?:\?{4}|\d{4})-\d\d-\d\d\.\.(?:\?{4}|\d{4})-\d\d-\d\d   # start..end
    (?:@[\w.-]+)?                                          # one article's window
    """,
    re.VERBOSE | re.ASCII,
)


def readable(text: str, names: Mapping[str, str]) -> str:
    """A sentence for people: article names for ids, window labels for window keys.

    >>> readable("a_1 assumed span:2025-09-01..2025-09-05", {"a_1": "Wire"})
    'Wire assumed 2025-09-01..2025-09-05'
    """
    text = _WINDOW_KEY.sub(lambda m: window_label(m[0]), text)
    return printable(relabel(text, names))


# --------------------------------------------------------------------------- updates


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


def _when(value: date | datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def update_words(steps: Sequence[Update], names: Mapping[str, str]) -> str:
    """An update sequence in words: figures in time order, each with who and when."""
    chain = " → ".join(
        f"{s.fact.surface} ({names.get(s.article_id, s.article_id)}, {_when(s.published)})"
        for s in steps
    )
    return f"rising as reports came in: {chain}"


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
        why = readable(row.explanation, names)
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
    key: list[tuple[Text, Text]] = []
    for a in comparison.articles:
        about = [f"file {a.id}" if names[a.id] != a.id else ""]
        about.append(f"published {_when(a.published)}" if a.published else "date not stated")
        if a.published_inferred:
            about[-1] += " (inferred)"
        key.append(
            (Text(names[a.id], style="bold"), Text(printable(", ".join(x for x in about if x))))
        )
    widest = max([len(v) for v in names.values()] or [0])
    _print_pairs(console, key, min(widest, max(8, total // 3)), total)
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
        grid = [(Text("when", style="dim"), Text(printable(window_label(row.key.window))))]
        silent: list[str] = []
        early: list[str] = []
        for cell in row.cells:
            if cell.fact is None and cell.statement is None:
                (early if cell.note == "published_before_window" else silent).append(
                    cell.article_id
                )
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
        grid.append((Text("why", style="dim"), Text(readable(row.explanation, names))))
        steps = update_sequence(row, by_id)
        if steps:
            grid.append((Text("order", style="dim"), Text(printable(update_words(steps, names)))))
        for assumption in sorted(row.assumptions, key=len):  # shortest first, as in the HTML
            grid.append((Text("assumed", style="dim"), Text(readable(assumption, names))))
        _print_pairs(console, grid, left, total)
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
    from .html import interval_words

    out = []
    for ex in extractions:
        a = ex.article
        out.append(
            f"== {a.id}  outlet={a.outlet or '?'}  "
            f"published={_when(a.published) if a.published else '?'}"
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
