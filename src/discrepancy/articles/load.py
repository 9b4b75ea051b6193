"""Articles: load files, read what they say about themselves, never invent the rest.

An article file is plain UTF-8 text. What is known about it comes from the text
itself, in this order:

1. a front-matter block at the top (``url:``, ``outlet:``, ``published:``,
   ``title:``, ``language:`` lines closed by a ``---`` line); the article text is
   then the body after the ``---`` line, exactly as given;
2. a leading ``date YYYY-MM-DD`` token (the text stays whole);
3. a dateline near the top: a line that is a date ("5 Sep, 2025 14:11"), or a date
   after "Published:", "Posted", "Updated:" (an "Updated" line with no date says
   nothing);
4. a self-identifying footer for the outlet ("Follow the <Outlet> ... channel",
   "<Outlet> journalists report", "© 2025 <Outlet>", "Copyright <Outlet>", "The
   comments posted here are not from <Outlet>").

When nothing says when the article was published, ``published`` stays None and
the latest date the text mentions goes into ``notes`` as a marked inference
("published not before ..."); ``published_inferred`` is never set by this module.

>>> a = article_from_raw(" date 2025-09-07 On Saturday, Zelensky wrote...", id="x")
>>> a.published, a.outlet
(datetime.date(2025, 9, 7), None)
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import regex

from .._exceptions import (
    ArticleEncodingError,
    ArticleReadError,
    FrontMatterError,
    HTMLInputError,
    InputTypeError,
    ParseError,
)
from ..mentions.times import find_times, parse_time
from ..models import Article, Granularity, TimeMention
from ..text.gate import looks_like_html, require_text, writable

__all__ = ["article_from_html", "article_from_raw", "load_article", "load_articles"]

_BOM = b"\xef\xbb\xbf"
_KEYS = ("url", "outlet", "published", "title", "language")
_UNKNOWN = frozenset({"", "unknown", "none", "null", "n/a", "na", "-"})
_MAX_FRONT_MATTER_LINES = 50
_DATELINE_LINES = 10
_DATELINE_MAX_CHARS = 200
_FOOTER_LINES = 30
# Golden files live beside articles ("x.facts.jsonl", "x.gold.txt"); they are not articles.
_GOLDEN_MARKERS = (".facts.", ".gold.", ".golden.", ".expected.")

# --------------------------------------------------------------------------- patterns

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

_NAME = r"""
    (?P<o>
        [A-Z0-9][\w&'’/-]*+(?:\.[\w&'’/-]++)*+            # first word: "RFE/RL", "CNewsLive"
        (?:[\x20\t](?:of|the|and|&|[A-Z0-9][\w&'’/-]*+(?:\.[\w&'’/-]++)*+)){0,5}+
    )
"""
_YEARS = r"(?:19|20)\d\d(?:[\x20\t]*+[-–][\x20\t]*+(?:19|20)\d\d)?+"  # 2025, 2019-2025
_FOOTER_CUES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (
        "follow",
        regex.compile(
            rf"\bFollow[\x20\t]++(?:the[\x20\t]++|us[\x20\t]++on[\x20\t]++)?{_NAME}"
            r"[\x20\t]++(?:\w++[\x20\t]++){0,2}?channel\b",
            regex.VERBOSE,
        ),
    ),
    (
        "journalists",
        regex.compile(
            rf"^[\x20\t]*+{_NAME}[\x20\t]++journalists[\x20\t]++report\b", regex.M | regex.VERBOSE
        ),
    ),
    (
        "copyright",
        regex.compile(
            rf"""
            (?: \bCopyright[\x20\t]*+(?:©|\(c\))?+[\x20\t]*+(?:{_YEARS}[\x20\t,]++)?+  # Copyright X
              | (?:©|\(c\))[\x20\t]*+{_YEARS}[\x20\t,]++                    # © 2025 X
            ){_NAME}
            """,
            regex.VERBOSE,
        ),
    ),
    (
        "comments",
        regex.compile(
            rf"\bThe[\x20\t]++comments[\x20\t]++posted[\x20\t]++here[\x20\t]++are[\x20\t]++not"
            rf"[\x20\t]++from[\x20\t]++{_NAME}",
            regex.VERBOSE,
        ),
    ),
)
# Words that describe a channel rather than name the outlet ("CNewsLive English Readers").
_CHANNEL_WORDS = frozenset(
    (
        *("english", "hindi", "urdu", "arabic", "french", "spanish", "german", "russian"),
        *("ukrainian", "readers", "official", "whatsapp", "telegram", "youtube", "instagram"),
        *("updates", "broadcast"),
    )
)
_NAME_TAIL = frozenset({"of", "the", "and", "&"})


# --------------------------------------------------------------------------- loading


def load_article(path: str | os.PathLike[str]) -> Article:
    """Load one article file (UTF-8 text; a BOM is accepted and dropped).

    The id is the file stem. Metadata come from front matter, a date token, a
    dateline or a self-identifying footer (see the module docs).

    Args:
        path: the ``.txt`` file.

    Returns:
        The article.

    Raises:
        InputTypeError: ``path`` is not a str or os.PathLike.
        ArticleReadError: missing, unreadable, a folder, or empty/whitespace-only.
        ArticleEncodingError: the bytes are not UTF-8 (the message gives the offset).
        FrontMatterError: a malformed front-matter block (file and line named).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "kyiv.txt").write_text("outlet: Daily\\npublished: 2025-09-05\\n---\\nBody.\\n")
    >>> a = load_article(d / "kyiv.txt")
    >>> a.id, a.outlet, a.published, a.text
    ('kyiv', 'Daily', datetime.date(2025, 9, 5), 'Body.\\n')
    """
    p = _as_path(path, "load_article")
    name = str(path)
    if p.is_dir():
        raise ArticleReadError("is a folder; use load_articles() for a folder", path=name)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleReadError("no such file", path=name) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        message = getattr(exc, "strerror", None) or exc
        raise ArticleReadError(f"cannot read the file: {message}", path=name) from exc
    return article_from_raw(_decode(data, name), id=p.stem, path=name)


def load_articles(path_or_dir: str | os.PathLike[str]) -> list[Article]:
    """Load one article file, or every ``*.txt`` article directly inside a folder.

    Files are taken in name order; golden files (``*.facts.jsonl``,
    ``*.gold.txt``...) and hidden files are skipped.

    Args:
        path_or_dir: a ``.txt`` file or a folder of them.

    Returns:
        The articles, sorted by file name.

    Raises:
        InputTypeError: ``path_or_dir`` is not a str or os.PathLike.
        ArticleReadError: the path does not exist, or the folder holds no article.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in ("b", "a"):
    ...     _ = (d / f"{n}.txt").write_text(f"Article {n}.")
    >>> _ = (d / "a.facts.jsonl").write_text("{}")
    >>> [a.id for a in load_articles(d)]
    ['a', 'b']
    """
    p = _as_path(path_or_dir, "load_articles")
    if not p.exists():
        raise ArticleReadError("no such file or folder", path=str(path_or_dir))
    if not p.is_dir():
        return [load_article(p)]
    files = sorted(
        f
        for f in p.iterdir()
        if f.suffix == ".txt"
        and not f.name.startswith(".")
        and not any(marker in f.name for marker in _GOLDEN_MARKERS)
        and f.is_file()
    )
    if not files:
        raise ArticleReadError("the folder holds no *.txt article files", path=str(path_or_dir))
    return [load_article(f) for f in files]


def _as_path(value: object, func: str) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise InputTypeError(
            f"{func}() takes a path (str or os.PathLike), got {type(value).__name__}; "
            "for text already in memory use discrepancy.Article.from_raw(text, id=...)"
        )
    return Path(value)


def _decode(data: bytes, name: str) -> str:
    offset = 0
    if data.startswith(_BOM):
        data, offset = data[len(_BOM) :], len(_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 4].hex(" ")
        raise ArticleEncodingError(
            f"not valid UTF-8 at byte offset {exc.start + offset} (bytes {bad}); "
            "re-save the file as UTF-8",
            path=name,
        ) from None


# --------------------------------------------------------------------------- raw text


@dataclass(slots=True)
class _FrontMatter:
    values: dict[str, str]
    lines: dict[str, int]
    body_start: int


def article_from_raw(text: str, *, id: str, path: str | None = None) -> Article:
    """Build an :class:`Article` from a file's text, reading its metadata.

    Args:
        text: the whole file, decoded.
        id: the article id.
        path: the file it came from, for messages and ``Article.path``.

    Returns:
        The article; ``text`` is the body (after any front matter), as given, except
        that a lone surrogate (which no output could encode) becomes U+FFFD, in the
        text, the id and the path alike (see ``discrepancy.text.gate``).

    Raises:
        ArticleReadError: the text (or the body after front matter) is empty.
        FrontMatterError: a malformed front-matter block.
        InputTypeError: ``text`` is not a str (checked when no ``path`` is given).
        EmptyInputError: ``text`` (given without a ``path``) is blank.
        HTMLInputError: the text is an HTML page (use :func:`article_from_html`).

    >>> a = article_from_raw("5 Sep, 2025 14:11\\n\\nPeskov said on Friday...", id="rt")
    >>> a.published
    datetime.datetime(2025, 9, 5, 14, 11)
    >>> b = article_from_raw("Talks stalled.\\nRFE/RL journalists report the news.", id="r")
    >>> b.outlet, b.published
    ('RFE/RL', None)
    """
    if path is None:
        # Text handed over directly gets the shared errors for text (wrong type,
        # empty, a web page); a file's own errors below name the file.
        require_text(text, "Article.from_raw")
    # Lone surrogates (a broken decoder, a file name that is not UTF-8) become U+FFFD
    # here: an article holding them could never be written out (see _text).
    text, id = writable(text), writable(id)
    path = None if path is None else writable(path)
    where = path or id
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleReadError("the article is empty (or only whitespace)", path=where)
    if looks_like_html(text):
        raise HTMLInputError(
            f"{where}: this looks like an HTML page, not article text; "
            "use Article.from_html() (needs the html extra)"
        )
    notes: list[str] = []
    front = _front_matter(text, where)
    url: str | None = None
    outlet: str | None = None
    language = "en"
    published: date | datetime | None = None
    stated = False  # front matter said something about the date, even "unknown"
    if front is not None:
        text = text[front.body_start :]
        if not text.strip():
            raise ArticleReadError("the front matter is followed by no article text", path=where)
        url = front.values.get("url") or None
        outlet = front.values.get("outlet") or None
        language = front.values.get("language") or "en"
        if "published" in front.values:
            stated = True
            published = _front_date(front.values["published"], where, front.lines["published"])
    if not stated:
        published = _date_token(text)
        if published is None:
            published, note = _dateline(text)
            if note:
                notes.append(note)
    if outlet is None:
        outlet, outlet_notes = _footer_outlet(text)
        notes.extend(outlet_notes)
    if published is None:
        note = _not_before(text)
        if note:
            notes.append(note)
    return Article(
        id=id,
        text=text,
        outlet=outlet,
        published=published,
        notes=tuple(notes),
        url=url,
        language=language,
        path=path,
    )


def _lines_with_offsets(text: str, limit: int) -> Iterable[tuple[int, str, int]]:
    """(line number, line without its ending, offset after the ending), CR/LF/CRLF aware."""
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if number > limit:
            return
        pos += len(line)
        yield number, line.rstrip("\r\n"), pos


def _front_matter(text: str, where: str) -> _FrontMatter | None:
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
            return _FrontMatter(values, lines, after)
        if not stripped:
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


def _front_date(value: str, where: str, line: int) -> date | datetime | None:
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


def _date_token(text: str) -> date | None:
    m = _DATE_TOKEN.match(text)
    if m is None:
        return None
    try:
        return date.fromisoformat(m["d"])
    except ValueError:
        return None


def _dateline(text: str) -> tuple[date | datetime | None, str | None]:
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


def _footer_outlet(text: str) -> tuple[str | None, list[str]]:
    """The outlet a self-identifying footer names, and notes on variants."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    footer = "\n".join(lines[-_FOOTER_LINES:])
    names: list[str] = []
    for _, pattern in _FOOTER_CUES:
        for m in pattern.finditer(footer):
            name = _clean_name(m["o"])
            if name:
                names.append(name)
    if not names:
        return None, []
    outlet = names[0]
    notes: list[str] = []
    for other in dict.fromkeys(names[1:]):
        if other == outlet:
            continue
        if _squash(other) == _squash(outlet):
            notes.append(f"the text also writes the outlet as {other!r}")
        else:
            notes.append(f"the footer also names {other!r}; outlet taken as {outlet!r}")
    return outlet, notes


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and (words[-1].lower() in _CHANNEL_WORDS or words[-1].lower() in _NAME_TAIL):
        words.pop()
    cleaned = " ".join(words).rstrip(".,;:")
    return cleaned if cleaned[:1].isupper() or cleaned[:1].isdigit() else None


def _squash(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _not_before(text: str) -> str | None:
    """A marked inference: the latest single day the text mentions."""
    full: list[date] = []
    month_days: list[tuple[int, int]] = []
    for mention in find_times(text):
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


# --------------------------------------------------------------------------- HTML


def article_from_html(html: str, *, url: str | None = None, id: str | None = None) -> Article:
    """Build an :class:`Article` from a web page with trafilatura (the ``html`` extra).

    The main text, title, date and site name are extracted with
    ``trafilatura.bare_extraction(..., with_metadata=True, favor_precision=True)``;
    the site name becomes ``outlet`` and the page date ``published``. The extracted
    text then goes through the same metadata readers as a file.

    Args:
        html: the page.
        url: its address (helps trafilatura and fills ``Article.url``).
        id: the article id; by default the last part of the URL, else "article".

    Returns:
        The article.

    Raises:
        ArticleReadError: trafilatura is not installed, or no text could be extracted.
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise ArticleReadError(
            f'reading HTML needs trafilatura: pip install "discrepancy[html]" ({exc})'
        ) from exc
    # trafilatura 1.x returns a dict; 2.x a Document with .as_dict() (its as_dict=True
    # argument is deprecated, and warnings are errors in the test suite).
    doc: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True)
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
    text = (doc or {}).get("text") or ""
    if not text.strip():
        raise ArticleReadError(
            "no article text could be extracted from the HTML page", path=url or id
        )
    article_id = id or (url.rstrip("/").rsplit("/", 1)[-1] if url else "") or "article"
    base = article_from_raw(text, id=article_id)
    published: date | datetime | None = base.published
    notes = list(base.notes)
    page_date = doc.get("date")
    if page_date:
        try:
            published = date.fromisoformat(str(page_date)[:10])
            notes = [n for n in notes if not n.startswith("published not before")]
        except ValueError:
            pass
    return base.model_copy(
        update={
            "outlet": doc.get("sitename") or base.outlet,
            "published": published,
            "url": url or doc.get("url"),
            "notes": tuple(notes),
        }
    )
