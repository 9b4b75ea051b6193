"""Articles: load files and folders of them (plain UTF-8 text, a BOM dropped).

A file's id is its stem; what the text says about itself (front matter, date token,
dateline, footer) is read by :func:`~discrepancy.articles.raw.article_from_raw`. A
folder is read for its ``*.txt`` files in name order, golden and hidden files left
out.

This module is the stage's door for the other stages: they build articles from
text in memory with :func:`article_from_raw` and from web pages with
:func:`article_from_html` (:mod:`discrepancy.articles.html`), both importable from
here.

>>> a = article_from_raw(" date 2025-09-07 On Saturday, Zelensky wrote...", id="x")
>>> a.published, a.outlet
(datetime.date(2025, 9, 7), None)
"""

from __future__ import annotations

import os
from pathlib import Path

from .._exceptions import ArticleEncodingError, ArticleReadError, InputTypeError
from ..models import Article
from .html import article_from_html
from .raw import article_from_raw

__all__ = [
    "article_from_html",
    "article_from_raw",
    "decode",
    "is_beside_articles",
    "load_article",
    "load_articles",
]

_BOM = b"\xef\xbb\xbf"
# Golden files live beside articles ("x.facts.jsonl", "x.gold.txt"); they are not articles.
_GOLDEN_MARKERS = (".facts.", ".gold.", ".golden.", ".expected.")


def is_beside_articles(name: str) -> bool:
    """Whether a file in a folder of articles is no article: hidden, or a golden file.

    >>> [is_beside_articles(n) for n in ("kyiv.txt", "kyiv.facts.jsonl", ".notes.txt")]
    [False, True, True]
    """
    return name.startswith(".") or any(marker in name for marker in _GOLDEN_MARKERS)


def load_article(path: str | os.PathLike[str]) -> Article:
    """Load one article file (UTF-8 text; a BOM is accepted and dropped).

    The id is the file stem. Metadata come from front matter, a date token, a
    dateline or a self-identifying footer (see :mod:`discrepancy.articles.raw`).

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
    return article_from_raw(decode(data, name), id=p.stem, path=name)


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
        if f.suffix == ".txt" and not is_beside_articles(f.name) and f.is_file()
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


def decode(data: bytes, name: str) -> str:
    """A file's bytes as text: UTF-8, a leading BOM dropped.

    Args:
        data: the file's bytes.
        name: the file, for the message.

    Returns:
        The text.

    Raises:
        ArticleEncodingError: the bytes are not UTF-8 (the message gives the offset).
    """
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
