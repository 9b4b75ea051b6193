"""One gate for the text every public entry point takes.

Scrapers hand over whatever they caught: ``None`` for a page that failed, ``bytes``
that were never decoded, a number from a mis-mapped column, an empty string, or the
whole HTML page. Every public function that takes text calls :func:`require_text`
first, so each of these gets the same :class:`~discrepancy.InputError` subclass and a
message that says what was wrong and what to do, instead of an ``AttributeError``
from deep inside a regex.

HTML is recognised only when the text clearly is a web page, never because it holds
one ``<b>``: it starts (after a byte-order mark and blank space) with ``<!DOCTYPE
html``, ``<html``, ``<head`` or ``<body``, or it carries at least
:data:`HTML_MIN_TAGS` tags of HTML elements and at least one such tag per
:data:`HTML_CHARS_PER_TAG` characters, which plain prose with a few stray tags never
reaches, or it holds an element tag and its bulk is inline data: at least
:data:`DATA_MIN_KEYS` JSON keys (``"id":``) and one per :data:`DATA_CHARS_PER_KEY`
characters (a ``<div>`` or ``<script>`` carrying a page's state, whose ids would
otherwise read as figures). The rules look at the first 64 KB only, so the check
takes constant time.

**Unicode at the door.** Scraped text carries characters that look like nothing or
like their ASCII twins. :func:`writable` and :func:`reading_copy` apply one policy,
and every replacement is one character for one, so every offset found in the copy
indexes the text as given:

* lone surrogates (half of a UTF-16 pair, from a broken decoder or JSON ``\\ud83d``)
  become U+FFFD, in the article itself: no output could be written as UTF-8 with them;
* the rest is read through a copy: invisible format characters (bidi marks and
  isolates, word joiner, byte-order mark, invisible operators), NUL and other control
  characters, and combining marks after a digit or a digit separator become a
  zero-width space; inside a figure, a zero-width character before a comma moves past
  it (a figure skips one after its comma: "1,\\u200e300" is 1,300), and one alone
  before the last three digits becomes a thin space, which groups thousands
  ("1\\u2060300" is 1,300; one elsewhere in the digits still splits them); vertical tab, form
  feed, NEL and the line and paragraph separators become a line break; the Unicode
  spaces U+1680, U+2000-U+2008, U+200A, U+205F and U+3000 become a space (the
  no-break, narrow no-break and thin spaces are read as they are: they group
  thousands); the small and full-width hyphen-minus, the small em dash, the two- and
  three-em dashes, and a soft hyphen between digits, become a hyphen or an em dash,
  so they join a range or sign a figure (any other soft hyphen is invisible); every
  decimal digit of any script becomes its ASCII digit, the Arabic thousands and
  decimal separators a comma and a dot, and each full-width ASCII form
  (``１，３００``, ``％``) its ASCII twin.

:func:`~discrepancy.extract` reads the copy and reports spans and surfaces in the
text as given (see :func:`restore_surfaces`).

>>> reading_copy("1,\\u200e300 people on\\u20034\\u2003May, ５﹣１０％")
'1,\\u200b300 people on 4 May, 5-10%'
>>> writable("drone\\ud83d")
'drone\ufffd'

>>> require_text("Police said 12 people were arrested.", "extract")
'Police said 12 people were arrested.'
>>> require_text(b"12 drones", "extract")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
discrepancy._exceptions.InputTypeError: extract() takes text (str), got bytes; ...
>>> require_text("   ", "extract")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
discrepancy._exceptions.EmptyInputError: extract() got empty or whitespace-only text; ...
>>> require_text("   ", "find_times", allow_empty=True)
'   '
>>> looks_like_html("Police said <b>12</b> people were arrested.")
False
>>> looks_like_html("<!DOCTYPE html><html><body><p>12 drones</p></body></html>")
True
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeVar

import regex
from pydantic import BaseModel

from .._exceptions import EmptyInputError, HTMLInputError, InputTypeError
from ..models import Article

__all__ = [
    "DATA_CHARS_PER_KEY",
    "DATA_MIN_KEYS",
    "HTML_CHARS_PER_TAG",
    "HTML_MIN_TAGS",
    "looks_like_html",
    "lower_text",
    "reading_copy",
    "require_items",
    "require_text",
    "restore_surfaces",
    "writable",
    "writable_article",
]

HTML_MIN_TAGS = 8
"""Fewest element tags that make a text count as a web page (without a doctype)."""

HTML_CHARS_PER_TAG = 400
"""A web page has at least one element tag per this many characters; prose does not."""

DATA_MIN_KEYS = 8
"""Fewest JSON keys that make a text holding an element tag count as markup."""

DATA_CHARS_PER_KEY = 200
"""Inline data has at least one JSON key (``"id":``) per this many characters."""

# A JSON object key: a quoted name, then a colon. Prose quotes are followed by
# words, not colons, and never this densely.
_DATA_KEY = regex.compile(r'"[\w$@-]{1,40}+"\s{0,3}+:')

# How far into the text the document start is looked for: a BOM, blank lines and an
# XML prolog or comment may come first.
_HEAD_CHARS = 512

# Text made only of these is empty: blank space and invisible format characters
# (byte-order mark, zero-width space, bidi marks) that scrapers leave behind.
_BLANK = regex.compile(r"[\s\p{Cf}]*+")

# The dense-markup rule looks at this many leading characters only.
_SAMPLE_CHARS = 64 * 1024

_DOCUMENT_START = regex.compile(
    r"""(?ix)
    \A[\ufeff\s]*+                       # byte-order mark, blank lines
    (?:<\?xml[^<>]{0,200}+>\s*+)?        # an XML prolog (XHTML)
    (?:<!--[^<>]{0,200}+-->\s*+)?        # one leading comment
    <(?:!doctype\s++html|html|head|body)\b
    """
)

# Opening or closing tags of elements that only web pages carry. Attributes are
# bounded and cannot contain '<' or '>', so a failed match costs at most their length.
_ELEMENT_TAG = regex.compile(
    r"""(?ix)
    </?+
    (?:a|abbr|article|aside|b|blockquote|body|br|button|div|em|figcaption|figure|
       footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|
       main|meta|nav|noscript|ol|option|p|picture|script|section|select|source|
       span|strong|style|svg|table|tbody|td|th|thead|time|title|tr|u|ul|video)
    (?=[\s/>])                           # a whole element name
    [^<>]{0,1000}+>
    """
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is clearly a web page rather than article text.

    Args:
        text: the text to test.

    Returns:
        True for a document start (doctype, ``<html>``, ``<head>``, ``<body>``) or
        for dense markup (see the module docstring), False otherwise.

    >>> looks_like_html("<html lang='en'><p>Hello</p></html>")
    True
    >>> looks_like_html("The <i>Kyiv Independent</i> said 5 <b>people</b> died.")
    False
    """
    if _DOCUMENT_START.match(text[:_HEAD_CHARS]):
        return True
    # Markup is dense from a page's first line on, so a fixed-size sample decides and
    # the check costs the same on a 10 MB text as on a tweet.
    sample = text[:_SAMPLE_CHARS]
    if sample.count("<") == 0:
        return False
    if sample.count('":') >= DATA_MIN_KEYS and _ELEMENT_TAG.search(sample):
        # A fragment whose bulk is inline data (a <div> or <script> of JSON state).
        needed = max(DATA_MIN_KEYS, len(sample) // DATA_CHARS_PER_KEY)
        keys = _DATA_KEY.finditer(sample)
        if any(count >= needed for count, _ in enumerate(keys, start=1)):
            return True
    if sample.count("<") < HTML_MIN_TAGS:
        return False
    needed = max(HTML_MIN_TAGS, len(sample) // HTML_CHARS_PER_TAG)
    tags = _ELEMENT_TAG.finditer(sample)
    return any(count >= needed for count, _ in enumerate(tags, start=1))


def require_text(
    value: object, name: str, *, allow_empty: bool = False, allow_html: bool = False
) -> str:
    """``value`` itself when it is usable text, else the matching InputError.

    Args:
        value: what the caller passed as text.
        name: the public function receiving it, named in the message.
        allow_empty: accept empty text, or text of blank space and invisible format
            characters only (scanners return no mentions for it); otherwise raise
            :class:`EmptyInputError`.
        allow_html: skip the HTML check (for callers that take markup on purpose).

    Returns:
        ``value``, unchanged.

    Raises:
        InputTypeError: ``value`` is not a ``str`` (``None``, bytes, a number...).
        EmptyInputError: the text is empty or whitespace only and ``allow_empty``
            is False.
        HTMLInputError: the text is a web page (see :func:`looks_like_html`).

    >>> require_text(None, "parse_quantity")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    discrepancy._exceptions.InputTypeError: parse_quantity() takes text (str), got None; ...
    """
    if not isinstance(value, str):
        raise InputTypeError(f"{name}() takes text (str), got {_describe(value)}")
    if not allow_empty and _BLANK.fullmatch(value) is not None:
        raise EmptyInputError(
            f"{name}() got empty or whitespace-only text; pass the article body "
            "(an empty scraped page holds no figures to extract)"
        )
    if not allow_html and looks_like_html(value):
        raise HTMLInputError(
            f"{name}() got an HTML page, not article text; build the article with "
            "discrepancy.Article.from_html(html) (needs the 'html' extra), which keeps "
            "the main text and drops the markup"
        )
    return value


def require_items(value: object, name: str, items: str) -> Iterable[Any]:
    """``value`` itself when it is a collection of items, else :class:`InputError`.

    A single text, bytes or path is refused even though it is iterable: iterating
    it would feed the caller one character at a time.

    Args:
        value: what the caller passed as the collection.
        name: the public function receiving it, named in the message.
        items: what the items should be, for the message ("articles or extractions").

    Returns:
        ``value``, unchanged.

    Raises:
        InputTypeError: ``value`` is a str, bytes, path or not iterable.

    >>> require_items(None, "compare", "articles")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    discrepancy._exceptions.InputTypeError: compare() takes an iterable of articles, got None; ...
    """
    if isinstance(value, str | bytes | bytearray | os.PathLike) or not isinstance(value, Iterable):
        shown = "None" if value is None else type(value).__name__
        raise InputTypeError(
            f"{name}() takes an iterable of {items}, got {shown}; wrap a single one in a list"
        )
    return value


_ASCII_BYTES = bytes(range(128))


def lower_text(text: str) -> str:
    """``text`` in lower case, character for character: offsets stay the same.

    Every scanner matches its words on a lower-case copy of the article. ``str.lower``
    looks each character of a non-ASCII text (any curly quote makes one) up in the
    Unicode tables; when no non-ASCII character of the text has a lower case of its
    own, lowering the UTF-8 bytes (ASCII letters only) gives the same string at a
    third of the cost. A character whose lower case is longer ("İ") stays as it is,
    so spans found in the copy hold in the text.

    >>> lower_text("Kyiv’s 502 DRONES")
    'kyiv’s 502 drones'
    >>> lower_text("ŁÓDŹ İzmir")
    'łódź İzmir'
    """
    if text.isascii():
        return text.lower()
    raw = text.encode("utf-8", "surrogatepass")
    others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if others.lower() == others:
        return raw.lower().decode("utf-8", "surrogatepass")
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


_SURROGATE = regex.compile(r"[\ud800-\udfff]")

# One character for one (see the module docstring). Built from the Unicode
# character database where a class is named, so the table cannot miss a member.
_READING_TABLE: dict[int, str] = {
    **{c: "\n" for c in (0x0B, 0x0C, 0x85, 0x2028, 0x2029)},
    **{c: " " for c in (0x1680, *range(0x2000, 0x2009), 0x200A, 0x205F, 0x3000)},
    **{c: "-" for c in (0xFE63, 0xFF0D)},
    **{c: "—" for c in (0xFE58, 0x2E3A, 0x2E3B)},
    0xFE62: "+",
    0x066B: ".",
    0x066C: ",",
    **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},  # full-width ASCII forms
}
_ZERO_WIDTH_SPACE = "\u200b"
# What becomes a zero-width space: format characters (the zero-width space and
# joiners, which figures already skip, aside; a soft hyphen between digits is a
# hyphen: it was a range dash broken over a line), controls
# other than tab, line feed and carriage return, and combining marks on a digit or a
# digit separator. Non-ASCII decimal digits are found here too, and mapped to ASCII.
_READING = regex.compile(
    r"""
    (?<=[0-9][\ \t]{0,3}+)(?P<dash>\xad)(?=[\ \t]{0,3}+[0-9])  # a soft hyphen in "5\xad10"
    | (?P<invisible>[\p{Cf}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f--[\u200b-\u200d]])
    | (?<=[\d.,\u066b\u066c\uff0c\uff0e]\p{M}*+)(?P<mark>\p{M})
    | (?P<digit>[\d--[0-9]])
    """,
    regex.VERBOSE | regex.V1,
)


# Any character the policy may replace (a superset is fine: it only decides whether
# the full pass runs). Searched in the text's non-ASCII characters and controls only.
_UNUSUAL = regex.compile(
    r"[\p{Cf}\p{M}\p{Cc}\p{Zs}\p{Zl}\p{Zp}\p{Nd}\ufe58\ufe62\ufe63\u2e3a\u2e3b\u066b\u066c\uff01-\uff5e"
    r"\ud800-\udfff--[\t\n\r\xa0\u2009\u202f]]",
    regex.V1,
)
# Printable ASCII, tab, line feed and carriage return: read as they are.
_PLAIN_BYTES = bytes([9, 10, 13, *range(32, 127)])


# A zero-width character left inside a figure, where a figure can hold one: before
# a comma it moves after it ("1,\u200b300" is read), and alone before the last three
# digits it becomes a thin space, which groups thousands ("1\u2009300" is 1,300).
_INSIDE_FIGURE = regex.compile(
    r"(?<=[0-9])(?:(?P<comma>[\u200b-\u200d],)(?=[0-9])|[\u200b-\u200d](?=[0-9]{3}(?![0-9])))"
)


def _inside_figure(m: regex.Match[str]) -> str:
    return ",\u200b" if m.group("comma") else "\u2009"


def _reading_piece(m: regex.Match[str]) -> str:
    if m.lastgroup == "digit":
        return str(unicodedata.decimal(m.group(), 0))
    if m.lastgroup == "dash":
        return "-"
    return _ZERO_WIDTH_SPACE


def writable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it encodes as UTF-8.

    Returns ``text`` itself (the same object) when it has none.

    >>> writable("12 drones") == "12 drones"
    True
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def writable_article(article: Article) -> Article:
    """``article`` with lone surrogates replaced in every text field (see :func:`writable`).

    A file name that is not UTF-8 (legal on Linux) reaches the id and path as
    surrogate escapes; a text built from broken JSON carries halves of pairs.
    Returns ``article`` itself when no field has any.
    """
    update: dict[str, Any] = {}
    for name in ("id", "text", "outlet", "url", "path", "language"):
        value = getattr(article, name)
        if isinstance(value, str) and writable(value) is not value:
            update[name] = writable(value)
    notes = tuple(writable(n) for n in article.notes)
    if any(a is not b for a, b in zip(notes, article.notes, strict=True)):
        update["notes"] = notes
    return article.model_copy(update=update) if update else article


def reading_copy(text: str) -> str:
    """The copy of ``text`` the library reads: the door's policy, one character for one.

    See the module docstring for what is replaced. The copy has the length of
    ``text``, so an offset into one indexes the other; it is ``text`` itself (the
    same object) when nothing needs replacing, as in any ASCII text.

    Args:
        text: the article text, as given.

    Returns:
        The reading copy.

    >>> reading_copy("Police said 1\\u2060300 (\\u066c) or 1,\\u200e300 people")
    'Police said 1\\u2009300 (,) or 1,\\u200b300 people'
    """
    # The characters left once plain ASCII is deleted (bytes.translate runs in C);
    # ASCII bytes never occur inside a multi-byte sequence, so they decode.
    others = (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _PLAIN_BYTES)
        .decode("utf-8", "surrogatepass")
    )
    if not others or _UNUSUAL.search(others) is None:
        return text
    copy = _READING.sub(_reading_piece, writable(text)).translate(_READING_TABLE)
    if "\u200b" in copy or "\u200c" in copy or "\u200d" in copy:
        copy = _INSIDE_FIGURE.sub(_inside_figure, copy)
    return text if copy == text else copy


_Model = TypeVar("_Model", bound=BaseModel)
_SURFACE_FIELDS = ("surface", "quote")


def restore_surfaces(model: _Model, given: str, read: str) -> _Model:
    """``model`` with every surface read in ``read`` replaced by the same span of ``given``.

    :func:`reading_copy` keeps offsets, so spans found in the copy hold in the text
    as given; only the surfaces (and quotes) were cut from the copy. A model with a
    ``span`` and a ``surface`` or ``quote`` cut from the copy at that span (or
    inside it) gets the text as given there, so ``given[start:end] == surface``
    holds in every output. Nested models, tuples and lists are walked.

    Args:
        model: an :class:`~discrepancy.Extraction` or any model inside one.
        given: the text as given (the article's text).
        read: its reading copy.

    Returns:
        ``model`` itself when nothing changed, else a copy.
    """
    return _restored(model, given, read)  # type: ignore[no-any-return]


def _restored(value: Any, given: str, read: str) -> Any:
    if isinstance(value, tuple | list):
        items = [_restored(v, given, read) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if not isinstance(value, BaseModel) or isinstance(value, Article):
        return value
    update: dict[str, Any] = {}
    for name in type(value).model_fields:
        old = getattr(value, name)
        new = _restored(old, given, read)
        if new is not old:
            update[name] = new
    span = getattr(value, "span", None)
    if isinstance(span, tuple) and len(span) == 2:
        start, end = span
        for name in _SURFACE_FIELDS:
            surface = getattr(value, name, None)
            if not isinstance(surface, str) or given[start:end] == read[start:end]:
                continue
            at = read.find(surface, start, end)
            if at >= 0:
                update[name] = given[at : at + len(surface)]
    return value.model_copy(update=update) if update else value


def _describe(value: object) -> str:
    """The wrong value's type, with the fix that usually applies."""
    if value is None:
        return "None; pass the article text, or skip items whose scrape failed"
    if isinstance(value, bytes | bytearray | memoryview):
        return (
            f"{type(value).__name__}; decode it first (data.decode('utf-8')) or read the "
            "file with discrepancy.load_article()"
        )
    if isinstance(value, int | float):
        return f"{type(value).__name__} {value!r}; pass text, e.g. str(value)"
    return f"{type(value).__name__}; pass the text itself (a str)"
