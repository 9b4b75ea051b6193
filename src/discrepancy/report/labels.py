"""Words and printable text every report shares: names for articles, labels for rows,
figures and intervals in words, and text made safe for a terminal or a JSON line.

A row's notes name articles by id; the comparison marks each id it writes (see
:mod:`discrepancy.comparison.notes`), and :func:`row_notes` puts the outlet's name for
the marked ids only, so an id that is also an English word ("a", "no", "it") is
replaced where it names an article and nowhere else.

Every text output goes through :func:`printable`: article text, outlet names and file
names are untrusted, and a control character copied to a terminal could set its title,
clear the screen or worse.

>>> from discrepancy import Interval
>>> interval_words(Interval(low=1300, low_closed=False))
'more than 1,300'
>>> interval_words(Interval(low=855, high=900, high_closed=False))
'from 855 to below 900'
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from ..models import Agreement, Article, Interval, Row, RowKind, window_label
from ..models.labels import ID_MARKS, marked_notes, plain

__all__ = [
    "agreement_counts",
    "article_names",
    "interval_words",
    "json_safe",
    "number_words",
    "printable",
    "readable",
    "relabel",
    "row_label",
    "row_notes",
    "short_labels",
    "when_words",
]

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates that reorder what a terminal shows ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def agreement_counts(rows: Sequence[Row]) -> str:
    """Rows by what the outlets that report each say among themselves, then how many
    have an outlet silent (as :meth:`discrepancy.Comparison.summary` counts them): a row
    two outlets agree on while a third is silent counts as agreeing, so a summary never
    says "0 agree" when the reporting outlets agree.

    >>> from discrepancy import compare
    >>> agreement_counts(compare(["Police arrested 12 people on 4 May 2024.",
    ...                           "Officers detained 12 people on 4 May 2024.",
    ...                           "The march went ahead on 4 May 2024."]).rows)
    '0 differ, 1 agree, 0 from one source only; 1 with an outlet silent'
    """
    by = {a: sum(r.agreement is a for r in rows) for a in Agreement}
    silent = sum(any(c.fact is None and c.statement is None for c in r.cells) for r in rows)
    return (
        f"{by[Agreement.DIFFER]:,} differ, {by[Agreement.AGREE]:,} agree, "
        f"{by[Agreement.SINGLE]:,} from one source only; {silent:,} with an outlet silent"
    )


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

    >>> import json
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


def interval_words(value: Interval, unit: str | None = None) -> str:
    """The numbers an interval allows, in plain words.

    Args:
        value: the interval.
        unit: appended to each figure when given ("percent" becomes "%").

    Returns:
        A phrase such as "more than 1,300", "at most 50%" or "from 855 to below 900".

    >>> interval_words(Interval.point(14))
    'exactly 14'
    >>> interval_words(Interval(high=50), "percent")
    'at most 50%'
    >>> interval_words(Interval())
    'any figure'
    """
    suffix = "%" if unit == "percent" else f" {unit}" if unit else ""

    def n(x: float) -> str:
        return number_words(x, places=4) + suffix

    low, high = value.low, value.high
    if low is not None and high is not None:
        if value.is_point:
            return f"exactly {n(low)}"
        left = f"from {n(low)}" if value.low_closed else f"above {n(low)}"
        right = f"to {n(high)}" if value.high_closed else f"to below {n(high)}"
        return f"{left} {right}"
    if low is not None:
        return f"at least {n(low)}" if value.low_closed else f"more than {n(low)}"
    if high is not None:
        return f"at most {n(high)}" if value.high_closed else f"less than {n(high)}"
    return "any figure"


def when_words(value: date | datetime | None) -> str:
    """A publication date or time as the reports show it: ``2025-09-05``,
    ``2025-09-05 14:30``, or ``date unknown``.
    """
    if value is None:
        return "date unknown"
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def row_label(row: Row) -> str:
    """What a row counts, in words: subject, event, and place, unit or claimant.

    >>> from discrepancy import RowKey, Row
    >>> row_label(Row(key=RowKey(subject="person", event="killed", location="Kyiv",
    ...                          claimant="police"),
    ...               cells=(), verdict="agree", reason="same_figure", explanation=""))
    'person killed (Kyiv, per police)'
    >>> row_label(Row(key=RowKey(subject="wind speed", unit="kilometer_per_hour"),
    ...               cells=(), verdict="agree", reason="same_figure", explanation=""))
    'wind speed (kilometer per hour)'
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
            k.unit and k.unit.replace("_", " "),  # "kilometer_per_hour": a unit's name
            k.claimant and f"per {k.claimant}",
            k.rank and f"other figure {k.rank}",
        )
        if x
    ]
    return f"{label} ({', '.join(extras)})" if extras else label


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

    In a text whose ids are marked (a row's notes as the comparison wrote them), only
    the marked ids are replaced:

    >>> from discrepancy.models.labels import mark
    >>> relabel(f"{mark('a')} gives a figure", {"a": "Wire"})
    'Wire gives a figure'
    """
    if ID_MARKS[0] in text:
        return plain(text, names)
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


def row_notes(row: Row, names: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    """A row's explanation and assumptions for people (see :func:`readable`), from the
    marked text the comparison wrote when the row has it (a row read back from JSON has
    not: every word equal to an id is then taken for one)."""
    marked = marked_notes(row)
    if marked is None:
        said = [readable(n, names) for n in (row.explanation, *row.assumptions)]
    else:  # a note with no mark names no article, whatever its words
        said = [printable(plain(_windows(n), names)) for n in marked]
    return said[0], tuple(said[1:])


def readable(text: str, names: Mapping[str, str]) -> str:
    """A sentence for people: article names for ids, window labels for window keys.

    >>> readable("a_1 assumed span:2025-09-01..2025-09-05", {"a_1": "Wire"})
    'Wire assumed 2025-09-01..2025-09-05'
    """
    return printable(relabel(_windows(text), names))


def _windows(text: str) -> str:
    return _WINDOW_KEY.sub(lambda m: window_label(m[0]), text)
