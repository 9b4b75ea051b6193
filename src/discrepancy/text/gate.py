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

The gate is this stage's door for the other stages: besides the checks, they take
from here the Unicode policy every scanner reads through (:func:`reading_copy`,
:func:`lower_text`, :func:`writable`, :func:`writable_article`, from
:mod:`discrepancy.text.reading`) and :func:`restore_surfaces` (from
:mod:`discrepancy.text.surfaces`), which puts the text as given back into what is
reported.

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
from collections.abc import Iterable
from typing import Any

import regex

from .._exceptions import EmptyInputError, HTMLInputError, InputTypeError
from .reading import lower_text, reading_copy, writable, writable_article
from .surfaces import restore_surfaces

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
