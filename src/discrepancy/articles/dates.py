"""Publication dates the text states: a date token or a dateline, else a marked inference.

In this order: a leading ``date YYYY-MM-DD`` token (the text stays whole); a
dateline near the top: a line that is a date ("5 Sep, 2025 14:11"), or a date after
"Published:", "Posted", "Updated:" (an "Updated" line with no date says nothing).
When nothing says when the article was published, :func:`not_before` gives the
latest date the text mentions, as a note marked as an inference.

>>> dateline("Kyiv\\n5 Sep, 2025 14:11\\n\\nPeskov said on Friday...")
(datetime.datetime(2025, 9, 5, 14, 11), None)
>>> not_before("The storm hit on 4 May 2024.")
'published not before 2024-05-04 (inferred from the latest date mentioned)'
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, datetime

import regex

from ..mentions.times import find_times
from ..models import Granularity, TimeMention

__all__ = ["date_token", "dateline", "not_before"]

_DATELINE_LINES = 10
_DATELINE_MAX_CHARS = 200

_DATE_TOKEN = regex.compile(r"\A\s{0,8}+date[\x20\t]++(?P<d>\d{4}-\d\d-\d\d)\b")
_LABEL = regex.compile(
    r"""
    \b(?P<label>
        (?:first[\x20\t]++)?published | posted | (?:last[\x20\t]++)?updated | modified
    )\b
    (?:[\x20\t]*+:|[\x20\t]++on\b|[\x20\t]++at\b)?+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# What may sit beside a date on a dateline: separators, a timezone, a city in brackets.
_DATELINE_NOISE = regex.compile(
    r"""
    [\s|•·,:;()\[\]/\-–—]++
    | \b(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})\b   # BJT, CET, GMT+3
    | \([^()\n]{1,24}+\)                                 # (Paris)
    """,
    regex.VERBOSE,
)


def date_token(text: str) -> date | None:
    m = _DATE_TOKEN.match(text)
    if m is None:
        return None
    try:
        return date.fromisoformat(m["d"])
    except ValueError:
        return None


def dateline(text: str) -> tuple[date | datetime | None, str | None]:
    """The publication date from a dateline in the first lines, and a note if any."""
    found: dict[str, date | datetime] = {}
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        if len(line) > _DATELINE_MAX_CHARS:
            continue
        labels = list(_LABEL.finditer(line))
        for mention in find_times(line):
            window = mention.window
            if (
                window.granularity is not Granularity.DAY
                or window.start is None
                or not window.year_known
            ):
                continue
            kind = _dateline_kind(line, mention, labels)
            if kind is not None and kind not in found:
                found[kind] = window.start
    for kind in ("published", "dateline"):
        if kind in found:
            return found[kind], None
    if "updated" in found:
        return found["updated"], (
            "published taken from the 'Updated' line (the first publication may be earlier)"
        )
    return None, None


def _dateline_kind(line: str, mention: TimeMention, labels: list[regex.Match[str]]) -> str | None:
    """'published' / 'updated' when a label introduces the date, 'dateline' when the
    line is only the date, else None (a date inside a sentence or caption)."""
    start, end = mention.span
    label = None
    for m in labels:
        if m.start() < start and start - m.end() <= 24:  # "Published on" overlaps "on March 7"
            label = m
    if label is not None:
        word = label["label"].lower()
        return "updated" if "updated" in word or word == "modified" else "published"
    rest = line[:start] + " " + line[end:]
    return "dateline" if not _DATELINE_NOISE.sub("", rest) else None


def not_before(text: str, mentions: Sequence[TimeMention] | None = None) -> str | None:
    """A marked inference: the latest single day the text mentions.

    ``mentions`` are the text's time expressions read with no publication date, when
    the caller has them (else the text is scanned here).
    """
    full: list[date] = []
    month_days: list[tuple[int, int]] = []
    for mention in find_times(text) if mentions is None else mentions:
        window = mention.window
        if window.granularity is not Granularity.DAY:
            continue
        if window.start is not None:
            full.append(window.start.date() if isinstance(window.start, datetime) else window.start)
        elif window.month_day is not None:
            month_days.append(window.month_day[0])
    if full:
        latest = max(full).isoformat()
        return f"published not before {latest} (inferred from the latest date mentioned)"
    if month_days:
        month, day = max(month_days)
        return (
            f"published not before {calendar.month_name[month]} {day} "
            "(the latest date the text mentions; year unknown)"
        )
    return None
