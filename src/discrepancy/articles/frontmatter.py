"""Front matter: the ``key: value`` block an article file may open with.

A block of ``url:``, ``outlet:``, ``published:``, ``title:`` and ``language:``
lines (optionally opened by a ``---`` line) closed by a ``---`` line; the article
text is the body after it, exactly as given. A block not opened by ``---`` may also
be closed by a blank line, as the header of an e-mail is. A malformed block is an
error that names the file and the line, never a guess.

>>> front = read_front_matter("outlet: Daily\\npublished: 2025-09-05\\n---\\nBody.", "x")
>>> front.values, front.body_start
({'outlet': 'Daily', 'published': '2025-09-05'}, 40)
>>> read_front_matter("Outlet: Daily\\n\\nBody.", "x").values
{'outlet': 'Daily'}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import regex

from .._exceptions import FrontMatterError, ParseError
from ..mentions.times import parse_time
from ..models import Granularity

__all__ = ["FrontMatter", "front_date", "read_front_matter"]

_KEYS = ("url", "outlet", "published", "title", "language")
_UNKNOWN = frozenset({"", "unknown", "none", "null", "n/a", "na", "-"})
_MAX_FRONT_MATTER_LINES = 50

_FRONT_KEY = regex.compile(
    r"""
    \A[\x20\t]*+
    (?P<key>[A-Za-z_][A-Za-z0-9_-]{0,30}+)   # key
    [\x20\t]*+:[\x20\t]*+
    (?P<value>.*?)[\x20\t]*+\Z               # value, surrounding blanks dropped
    """,
    regex.VERBOSE,
)
_FRONT_START = regex.compile(
    r"\A[\x20\t]*+(?:url|outlet|published|title|language)[\x20\t]*+:", regex.I
)


@dataclass(slots=True)
class FrontMatter:
    """A front-matter block: its values, the line of each key, where the body starts."""

    values: dict[str, str]
    lines: dict[str, int]
    body_start: int


def _lines_with_offsets(text: str, limit: int) -> Iterable[tuple[int, str, int]]:
    """(line number, line without its ending, offset after the ending), CR/LF/CRLF aware."""
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if number > limit:
            return
        pos += len(line)
        yield number, line.rstrip("\r\n"), pos


def read_front_matter(text: str, where: str) -> FrontMatter | None:
    first = text.lstrip("\r\n").split("\n", 1)[0].strip()
    opened = first == "---"
    if not opened and not _FRONT_START.match(text.lstrip("\r\n")):
        return None
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    seen_content = False
    for number, line, after in _lines_with_offsets(text, _MAX_FRONT_MATTER_LINES):
        stripped = line.strip()
        if stripped == "---":
            if opened and not seen_content and not values:
                seen_content = True  # the opening delimiter
                continue
            return FrontMatter(values, lines, after)
        if not stripped:
            if values and not opened:
                return FrontMatter(values, lines, after)  # a header closed by a blank line
            continue
        seen_content = True
        m = _FRONT_KEY.match(line)
        if m is None:
            raise FrontMatterError(
                f"line {number}: expected 'key: value' in the front matter, got {line[:60]!r} "
                "(is the closing '---' line missing?)",
                path=where,
            )
        key = m["key"].lower()
        if key not in _KEYS:
            raise FrontMatterError(
                f"line {number}: unknown front-matter key {key!r}; "
                f"known keys are {', '.join(_KEYS)}",
                path=where,
            )
        if key in values:
            raise FrontMatterError(f"line {number}: {key!r} is given twice", path=where)
        values[key] = m["value"]
        lines[key] = number
        if key == "language" and not regex.fullmatch(r"[a-z]{2}", m["value"]):
            raise FrontMatterError(
                f"line {number}: language must be a two-letter ISO 639-1 code such as 'en', "
                f"got {m['value']!r}",
                path=where,
            )
    raise FrontMatterError(
        "front matter is not closed: add a '---' line after the 'key: value' lines",
        path=where,
    )


def front_date(value: str, where: str, line: int) -> date | datetime | None:
    if value.strip().lower() in _UNKNOWN:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        window = parse_time(value)
    except ParseError:
        window = None
    if window is not None and window.granularity is Granularity.DAY and window.start is not None:
        return window.start
    raise FrontMatterError(
        f"line {line}: cannot read the published date {value!r}; "
        "write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM), or 'unknown'",
        path=where,
    )
