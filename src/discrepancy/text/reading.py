"""The reading copy: one Unicode policy for the text every scanner reads.

Scraped text carries characters that look like nothing or like their ASCII twins.
:func:`writable` and :func:`reading_copy` apply one policy, and every replacement is
one character for one, so every offset found in the copy indexes the text as given:

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
  (``１，３００``, ``％``) its ASCII twin;
* in a word that mixes Latin letters with Cyrillic or Greek look-alikes (scraped pages
  swap letters to dodge filters: "coпfirmed", "Aυthorities"), each look-alike becomes
  its Latin twin; a word wholly in Cyrillic or Greek is read as it is.

:func:`lower_text` gives the lower-case copy the scanners match words on, with the
same offsets. :func:`~discrepancy.extract` reads the copy and reports spans and
surfaces in the text as given (see :mod:`discrepancy.text.surfaces`).

>>> reading_copy("1,\\u200e300 people on\\u20034\\u2003May, ５﹣１０％")
'1,\\u200b300 people on 4 May, 5-10%'
>>> reading_copy("Aυthorities coпfirmed 79 deaths in Пирей")
'Authorities confirmed 79 deaths in Пирей'
>>> writable("drone\\ud83d")
'drone\ufffd'
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex

from ..models import Article

__all__ = ["lower_text", "reading_copy", "writable", "writable_article"]

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
# Cyrillic and Greek letters that look like a Latin one (after Unicode's
# confusables.txt, the lower and upper cases news pages swap in), used only inside
# a word that also has a Latin letter.
_LOOK_ALIKES: dict[int, str] = {
    ord(k): v
    for k, v in {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "п": "n", "к": "k", "м": "m", "т": "t",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u", "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
        "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    }.items()
}  # fmt: skip
_LOOK_ALIKE_CLASS = "".join(sorted(map(chr, _LOOK_ALIKES)))
_LOOK_ALIKE = regex.compile(f"[{_LOOK_ALIKE_CLASS}]")
_WORD = regex.compile(r"\p{L}++")  # possessive: linear in the text
_LATIN = regex.compile(r"[A-Za-z]")


def _unmixed(m: regex.Match[str]) -> str:
    word = m.group()
    if _LATIN.search(word) and _LOOK_ALIKE.search(word):
        return word.translate(_LOOK_ALIKES)
    return word


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
    if not others:
        return text
    if _UNUSUAL.search(others) is None:
        copy = text
    else:
        copy = _READING.sub(_reading_piece, writable(text)).translate(_READING_TABLE)
    if _LOOK_ALIKE.search(others) is not None:
        copy = _WORD.sub(_unmixed, copy)
    if copy is not text and ("\u200b" in copy or "\u200c" in copy or "\u200d" in copy):
        copy = _INSIDE_FIGURE.sub(_inside_figure, copy)
    return text if copy == text else copy
