"""Reading the command line's inputs: files, folders, folders of event folders, stdin.

Only regular files are read, each up to a byte limit; a file that cannot be read is
recorded with the reason and the others are still read.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .._exceptions import ArticleReadError, DiscrepancyError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models import Article

__all__ = ["DEFAULT_MAX_BYTES", "STDIN", "Batch", "load_inputs"]

# Larger than any news article by two orders of magnitude, small enough to read at once.
DEFAULT_MAX_BYTES = 10_000_000
_HTML_SUFFIXES = (".html", ".htm")
_ARTICLE_SUFFIXES = (".txt", *_HTML_SUFFIXES)
STDIN = "-"


@dataclass
class Batch:
    """What was read, and what could not be, with the reason for each."""

    articles: list[Article] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    # For a folder of event folders: the event (sub-folder) of each article, by index.
    events: dict[int, str] = field(default_factory=dict)


def _read_limited(fd: int, name: str, limit: int) -> bytes:
    """The bytes of an open regular file or pipe, refusing more than ``limit``."""
    chunks = []
    size = 0
    while chunk := os.read(fd, 1 << 20):
        size += len(chunk)
        if size > limit:
            raise ArticleReadError(
                f"larger than {limit:,} bytes; raise --max-bytes to read it", path=name
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _read_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes; FIFOs, devices and sockets are refused without blocking."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; the check below refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ArticleReadError("no such file or folder", path=name) from None
    except (OSError, ValueError) as exc:
        raise ArticleReadError(
            f"cannot read it: {getattr(exc, 'strerror', None) or exc}", path=name
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleReadError(
                "not a regular file (a pipe, device or socket); save the text to a file, "
                "or pipe it to '-'",
                path=name,
            )
        if info.st_size > limit:
            raise ArticleReadError(
                f"{info.st_size:,} bytes, larger than {limit:,}; raise --max-bytes to read it",
                path=name,
            )
        return _read_limited(fd, name, limit)
    except OSError as exc:
        raise ArticleReadError(f"cannot read it: {exc.strerror or exc}", path=name) from None
    finally:
        os.close(fd)


def _article(data: bytes, article_id: str, name: str, html: bool) -> Article:
    from ..articles.load import article_from_html, article_from_raw, decode
    from ..text.gate import looks_like_html

    text = decode(data, name)
    if html or looks_like_html(text.lstrip("\ufeff")[:100_000]):
        return article_from_html(text, id=article_id)
    return article_from_raw(text, id=article_id, path=name)


def _files(path: Path) -> list[Path]:
    """A folder's article files in name order (golden and hidden files skipped)."""
    from ..articles.load import is_beside_articles

    found = sorted(
        f
        for f in path.iterdir()
        if f.suffix.lower() in _ARTICLE_SUFFIXES and not is_beside_articles(f.name)
    )
    if not found:
        raise ArticleReadError(
            "the folder holds no article files (*.txt, *.html, *.htm)", path=str(path)
        )
    return found


def load_inputs(paths: Sequence[str], limit: int) -> Batch:
    """The articles at ``paths`` (files, folders, ``-``), and what could not be read."""
    batch = Batch()
    for given in paths:
        try:
            if given == STDIN:
                data = _read_limited(sys.stdin.buffer.fileno(), "<stdin>", limit)
                batch.articles.append(_article(data, "stdin", "<stdin>", html=False))
                continue
            path = Path(given)
            folders = _event_folders(path) if path.is_dir() else []
            files = [] if folders else _files(path) if path.is_dir() else [path]
        except DiscrepancyError as exc:
            batch.failures.append(str(exc))
            continue
        except OSError as exc:
            batch.failures.append(f"{given}: cannot read it: {exc.strerror or exc}")
            continue
        for folder, f in [(None, f) for f in files] + [
            (sub.name, f) for sub in folders for f in _files(sub)
        ]:
            try:
                data = _read_file(f, limit)
                html = f.suffix.lower() in _HTML_SUFFIXES
                batch.articles.append(_article(data, f.stem, str(f), html))
                if folder is not None:
                    batch.events[len(batch.articles) - 1] = f"{path.name}/{folder}"
            except DiscrepancyError as exc:
                batch.failures.append(str(exc))
    return batch


def _event_folders(path: Path) -> list[Path]:
    """The sub-folders of a folder that holds no articles itself: one event each."""
    if any(f.suffix.lower() in _ARTICLE_SUFFIXES for f in path.iterdir() if f.is_file()):
        return []
    return sorted(
        sub
        for sub in path.iterdir()
        if sub.is_dir()
        and not sub.name.startswith(".")
        and any(f.suffix.lower() in _ARTICLE_SUFFIXES for f in sub.iterdir() if f.is_file())
    )
