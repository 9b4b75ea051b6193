"""Gather: articles, extractions, texts and paths become extractions sorted by id."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .._exceptions import InputTypeError
from ..models import Article, Extraction
from ..text.gate import require_items

__all__ = ["Item", "gather"]


Item = Article | Extraction | str | os.PathLike[str]


def gather(items: Iterable[Item]) -> list[Extraction]:
    """Extractions for every item (see :func:`discrepancy.compare`), sorted by article id.

    Raises:
        InputTypeError: an item is of an unsupported type.
    """
    out: list[Extraction] = []
    for n, item in enumerate(
        require_items(items, "compare", "articles, extractions, texts or paths")
    ):
        if isinstance(item, Extraction):
            out.append(item)
            continue
        # Extraction is only loaded for inputs that need it: callers passing
        # extractions (the CLI, the Dask path) never pay for it here.
        from ..articles.load import load_articles
        from ..facts.extract import extract

        if isinstance(item, Article):
            out.append(extract(item))
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
            out.extend(extract(a) for a in load_articles(item))
        elif isinstance(item, str):
            out.append(extract(Article.from_raw(item, id=f"text-{n + 1}")))
        else:
            raise InputTypeError(
                f"compare() cannot use an item of type {type(item).__name__}; give Article, "
                "Extraction, str (text or path) or os.PathLike"
            )
    return _unique_ids(sorted(out, key=lambda e: (e.article.id, e.article.path or "")))


def _looks_like_path(text: str) -> bool:
    """A str names a file when one exists there, or when it reads like a file name.

    "seeds/typo.txt" is a misspelled path, not an article: reading it as text would
    silently compare nothing, so it goes to the loader, which says the file is missing.
    """
    if not text or "\n" in text or len(text) > 4096:
        return False
    if not any(c.isspace() for c in text) and text.lower().endswith((".txt", ".md")):
        return True
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def _unique_ids(extractions: list[Extraction]) -> list[Extraction]:
    """The extractions with ids made unique: by folder, then by a counter ("a/x~2")."""
    seen: Counter[str] = Counter(e.article.id for e in extractions)
    used: set[str] = set()
    out = []
    for e in extractions:
        aid = e.article.id
        if seen[aid] > 1:
            parent = Path(e.article.path).parent.name if e.article.path else ""
            base = f"{parent}/{aid}" if parent else aid
            aid, n = base, 2
            while aid in used:
                aid, n = f"{base}~{n}", n + 1
            e = e.model_copy(update={"article": e.article.model_copy(update={"id": aid})})
        used.add(aid)
        out.append(e)
    return out
