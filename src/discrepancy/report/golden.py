"""Golden files: the one serialisation of facts and comparison rows for regression tests.

A golden file is UTF-8 JSON Lines ending with a newline: one fact per line in text
order (``<outlet>.facts.jsonl``) or one row per line (``comparison.jsonl``). Each line
is compact and keyed in a fixed order, the figure's own words first, so a diff reads
without opening the article::

    {"surface": "over 1,300 drones", "span": [1012, 1029], "subject": "drone", ...}

The pytest plugin (:mod:`discrepancy.pytest_plugin`) and the ``discrepancy_golden``
fixture both use these functions, so a golden written by one is read by the other.

>>> from discrepancy import Article, Extraction, Fact, Interval, Quantity
>>> text = "Police arrested 37 people."
>>> q = Quantity(span=(16, 18), surface="37", nominal=37, value=Interval.point(37),
...              qualifier="exact")
>>> fact = Fact(span=(16, 25), surface="37 people", sentence_span=(0, 26), quantity=q,
...             subject="arrest", actor="police")
>>> ex = Extraction(article=Article(id="a", text=text), facts=(fact,))
>>> print(facts_lines(ex)[0])  # doctest: +NORMALIZE_WHITESPACE
{"surface": "37 people", "span": [16, 25], "subject": "arrest", "event": null,
 "value": "[37, 37]", "qualifier": "exact", "unit": null, "time": null,
 "time_basis": "none", "location": null, "location_basis": "none", "actor": "police",
 "attribution": null,
 "part_of": null, "negated": false}
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import GoldenFileError
from ..models import interval_notation

if TYPE_CHECKING:
    from ..models import Attribution, Cell, Comparison, Extraction, Fact, Row

__all__ = [
    "comparison_lines",
    "diff",
    "dumps",
    "fact_record",
    "facts_lines",
    "loose",
    "read_golden",
    "row_record",
    "write_golden",
]

# Cell notes that say nothing beyond "this cell is empty": left out of the golden so
# that only notes worth reviewing (copies, early publication, extra figures) show.
_PLAIN_NOTES = frozenset({"not_reported"})


def dumps(record: dict[str, Any]) -> str:
    """One golden line: compact, deterministic JSON with the record's own key order.

    >>> dumps({"surface": "nearly 900", "span": [3, 13], "negated": False})
    '{"surface": "nearly 900", "span": [3, 13], "negated": false}'
    """
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def _attribution(attribution: Attribution | None) -> str | None:
    if attribution is None:
        return None
    if attribution.via:
        return f"{attribution.source} via {attribution.via}"
    return attribution.source


def fact_record(fact: Fact) -> dict[str, Any]:
    """The golden record of one fact, keys in reading order.

    The value is the interval's short notation (``"(1300, inf)"``, ``"[810, 900)"``),
    the time the window key (``"span:2025-09-01..2025-09-05"``), the attribution
    ``"source"`` or ``"source via relay"``. ``subject_basis``, ``group``, ``party`` and ``basis``
    follow only when they are not the default.
    """
    q = fact.quantity
    record: dict[str, Any] = {
        "surface": fact.surface,
        "span": list(fact.span),
        "subject": fact.subject,
        "event": fact.event,
        "value": interval_notation(q.value),
        "qualifier": q.qualifier.value,
        "unit": q.unit,
        "time": fact.time.key() if fact.time is not None else None,
        "time_basis": fact.time_basis.value,
        "location": fact.location,
        "location_basis": fact.location_basis.value,
        "actor": fact.actor,
        "attribution": _attribution(fact.attribution),
        "part_of": fact.part_of,
        "negated": fact.negated,
    }
    # Written only when set, so that goldens of facts without them stay as they were.
    if fact.subject_basis.value != "vocabulary":
        record["subject_basis"] = fact.subject_basis.value
    for name in ("group", "party"):
        if getattr(fact, name) is not None:
            record[name] = getattr(fact, name)
    if fact.basis.value != "none":
        record["basis"] = fact.basis.value
    if fact.link is not None:
        record["link"] = [fact.link.role.value, fact.link.fact]
    return record


def facts_lines(extraction: Extraction) -> list[str]:
    """The golden lines of an extraction: one per fact, in text order.

    Args:
        extraction: what :func:`discrepancy.extract` returned for one article.

    Returns:
        One JSON string per fact (no trailing newlines).
    """
    # The extractor keeps facts in text order, and part_of indexes that order.
    return [dumps(fact_record(f)) for f in extraction.facts]


def _cell_value(cell: Cell) -> str | None:
    if cell.fact is not None:
        return cell.fact.surface
    if cell.statement is not None:
        st = cell.statement
        return st.time.key() if st.time is not None else "undated"
    return None


def row_record(row: Row) -> dict[str, Any]:
    """The golden record of one comparison row, keys in reading order.

    ``cells`` maps each article id to the surface it gives (for statement rows, the
    day it gives the statement) or null; ``notes`` lists only the cell notes worth
    reviewing (copies, publication before the window, extra figures); ``also`` the
    secondary reasons, when there are any.
    """
    key = row.key
    record: dict[str, Any] = {}
    if key.kind.value != "figure":
        record["kind"] = key.kind.value
    record.update(
        subject=key.subject,
        event=key.event,
        window=key.window,
        location=key.location,
    )
    if key.unit is not None:
        record["unit"] = key.unit
    if key.claimant is not None:
        record["claimant"] = key.claimant
    record["verdict"] = row.verdict.value
    record["reason"] = row.reason.value
    also = [r.value for r in row.reasons if r is not row.reason]
    if also:
        record["also"] = also
    record["cells"] = {c.article_id: _cell_value(c) for c in row.cells}
    notes = {c.article_id: c.note for c in row.cells if c.note and c.note not in _PLAIN_NOTES}
    if notes:
        record["notes"] = notes
    return record


def comparison_lines(comparison: Comparison) -> list[str]:
    """The golden lines of a comparison: one per row, then one per group of copies.

    Args:
        comparison: what :func:`discrepancy.compare` returned for one event.

    Returns:
        One JSON string per row, in the comparison's row order, followed by
        ``{"copies": [ids...]}`` for each group of near-identical articles.
    """
    lines = [dumps(row_record(r)) for r in comparison.rows]
    lines.extend(dumps({"copies": list(g.article_ids)}) for g in comparison.copies)
    return lines


def read_golden(path: str | os.PathLike[str]) -> list[str]:
    """Read a golden file, checking that every line is one JSON object.

    Args:
        path: the ``.jsonl`` file.

    Returns:
        Its lines without line ends; an empty file gives ``[]``.

    Raises:
        FileNotFoundError: the file does not exist.
        GoldenFileError: the file is not UTF-8, or a line is blank or not a JSON
            object; the message names the file and the 1-based line.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "x.facts.jsonl")
    ...     _ = p.write_text('{"surface": "14"}\\n[1, 2]\\n', encoding="utf-8")
    ...     try:
    ...         read_golden(p)
    ...     except GoldenFileError as err:
    ...         print(err.line, str(err).endswith("line 2 is not a JSON object but a list"))
    2 True
    """
    name = os.fspath(path)
    text = _read_text(path, name)
    # Lines end at LF (or CRLF) only: JSON written with ensure_ascii=False keeps
    # U+2028, U+2029 and U+0085 raw inside strings, where str.splitlines() would cut.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, start=1):
        _check_line(line, n, name)
    return lines


def _read_text(path: str | os.PathLike[str], name: str) -> str:
    """The file's text; any reason it cannot be read but a missing file is a GoldenFileError."""
    try:
        return Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise GoldenFileError(
            f"not valid UTF-8 at byte {err.start}; golden files are UTF-8", path=name
        ) from None
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise GoldenFileError(
            "is a folder, where a golden .jsonl file should be; remove or rename it", path=name
        ) from None
    except OSError as err:  # a symlink loop, no permission...
        raise GoldenFileError(
            f"cannot be read ({err.strerror or err}); fix the path or remove it", path=name
        ) from None


def _check_line(line: str, n: int, name: str) -> None:
    """Refuse line ``n`` unless it holds one JSON object."""
    if not line.strip():
        raise GoldenFileError(
            f"line {n} is blank; a golden file holds one JSON object per line "
            "(rewrite it with --discrepancy-update)",
            path=name,
            line=n,
        )
    try:
        value = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldenFileError(
            f"line {n} is not valid JSON ({err.msg} at column {err.colno}); "
            "fix it or rewrite the file with --discrepancy-update",
            path=name,
            line=n,
        ) from None
    except (RecursionError, ValueError) as err:
        # Nesting deeper than the parser's stack, or an integer longer than Python
        # converts: no golden line looks like that.
        what = "nested too deeply" if isinstance(err, RecursionError) else str(err)
        raise GoldenFileError(
            f"line {n} cannot be read as a golden record ({what}); "
            "rewrite the file with --discrepancy-update",
            path=name,
            line=n,
        ) from None
    if not isinstance(value, dict):
        raise GoldenFileError(
            f"line {n} is not a JSON object but a {_json_type(value)}",
            path=name,
            line=n,
        )


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"


def write_golden(path: str | os.PathLike[str], lines: Sequence[str]) -> None:
    """Write golden lines as UTF-8, one per line, ending with a newline.

    Args:
        path: the ``.jsonl`` file; its folder must exist.
        lines: lines as :func:`facts_lines` or :func:`comparison_lines` give them.
    """
    text = "".join(f"{line}\n" for line in lines)
    Path(path).write_text(text, encoding="utf-8", newline="\n")


# Character offsets move with any edit above a figure; they stay in the file for the
# reader but are left out when a golden is compared.
_LOOSE_KEYS = ("span",)


def loose(line: str) -> str:
    """A golden line as it is compared: without character offsets.

    A headline edit that moves no figure shifts every offset after it; the facts are
    the same, so the golden must still pass.

    >>> loose('{"surface": "14", "span": [3, 5], "subject": "region"}')
    '{"surface": "14", "subject": "region"}'
    >>> loose("not json")
    'not json'
    """
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return line
    if not isinstance(record, dict):
        return line
    for key in _LOOSE_KEYS:
        record.pop(key, None)
    return dumps(record)


_RED, _GREEN, _BOLD, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"


def _changes_inside(old: str, new: str, color: bool) -> list[str]:
    """What changed inside a line: the keys whose values differ, or the changed text."""
    try:
        a, b = json.loads(old), json.loads(new)
    except (ValueError, RecursionError):
        a = b = None
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key, was, now in _changed_keys(a, b, ""):
            if color:
                was, now = f"{_RED}{was}{_RESET}", f"{_GREEN}{now}{_RESET}"
            out.append(f"    {key}: {was} -> {now}")
        return out
    marks = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
        if tag == "equal":
            marks.append(old[i1:i2])
        else:
            gone, came = old[i1:i2], new[j1:j2]
            if color:
                marks.append(f"{_RED}{gone}{_RESET}{_GREEN}{came}{_RESET}")
            else:
                marks.append((f"[-{gone}-]" if gone else "") + (f"{{+{came}+}}" if came else ""))
    return ["    " + "".join(marks)]


def _changed_keys(a: dict[str, Any], b: dict[str, Any], prefix: str) -> list[tuple[str, str, str]]:
    """(dotted key, old, new) for each value that differs; nested objects key by key."""
    out = []
    for key in [*a, *(k for k in b if k not in a)]:
        if (not prefix and key in _LOOSE_KEYS) or a.get(key) == b.get(key):
            continue
        old, new = a.get(key), b.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            out.extend(_changed_keys(old, new, f"{prefix}{key}."))
            continue
        was = json.dumps(old, ensure_ascii=False) if key in a else "(absent)"
        now = json.dumps(new, ensure_ascii=False) if key in b else "(absent)"
        out.append((prefix + key, was, now))
    return out


def diff(golden: Sequence[str], now: Sequence[str], name: str, *, color: bool = False) -> str:
    """A unified diff of the golden lines against the lines produced now.

    Lines are compared without their character offsets (see :func:`loose`). Under
    each changed line that has a counterpart, the diff says what changed inside it:
    the keys whose values differ. With ``color``, removed text is red and added
    text green (for a terminal).

    Args:
        golden: the lines read from the golden file.
        now: the lines the code produces now.
        name: the golden file's name, shown beside ``golden`` in the header.
        color: colour the diff with ANSI codes.

    Returns:
        The diff, or ``""`` when the lines are equal but for offsets.

    >>> old, new = ['{"n": 622, "unit": null}'], ['{"n": 800, "unit": null}']
    >>> for line in diff(old, new, "x.jsonl").splitlines():
    ...     print(repr(line))
    '--- golden\\tx.jsonl'
    '+++ now'
    '@@ -1 +1 @@'
    '-{"n": 622, "unit": null}'
    '+{"n": 800, "unit": null}'
    '    n: 622 -> 800'
    >>> diff(['{"surface": "14", "span": [3, 5]}'], ['{"surface": "14", "span": [9, 11]}'], "x")
    ''
    """
    old, new = [loose(x) for x in golden], [loose(x) for x in now]
    if old == new:
        return ""
    out = [f"--- golden\t{name}", "+++ now"]
    for group in difflib.SequenceMatcher(None, old, new).get_grouped_opcodes(3):
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out.extend(" " + line for line in golden[i1:i2])
                continue
            gone, came = list(golden[i1:i2]), list(now[j1:j2])
            out.extend(_paint("-" + line, _RED, color) for line in gone)
            out.extend(_paint("+" + line, _GREEN, color) for line in came)
            if tag == "replace" and len(gone) == len(came):
                for a, b in zip(gone, came, strict=True):
                    out.extend(_changes_inside(a, b, color))
    return "\n".join(out)


def _paint(line: str, colour: str, color: bool) -> str:
    return f"{colour}{line}{_RESET}" if color else line


def _range(start: int, stop: int) -> str:
    """A unified diff's line range: 1-based start, and the length when it is not 1."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    if length == 0:
        return f"{start},0"
    return f"{start + 1},{length}"
