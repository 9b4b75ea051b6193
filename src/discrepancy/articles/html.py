"""Articles from web pages, read with trafilatura (the ``html`` extra).

The page's main text goes through the same readers as a file's text
(:func:`~discrepancy.articles.raw.article_from_raw`); the page's site name and date,
when it gives them, win over what the text says.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .._exceptions import ArticleReadError
from ..models import Article
from .raw import article_from_raw, with_headline

__all__ = ["article_from_html"]


def article_from_html(html: str, *, url: str | None = None, id: str | None = None) -> Article:
    """Build an :class:`Article` from a web page with trafilatura (the ``html`` extra).

    The main text, title, date and site name are extracted with
    ``trafilatura.bare_extraction(..., with_metadata=True, favor_precision=True)``;
    the site name becomes ``outlet`` and the page date ``published``. The extracted
    text, opened by the page's title unless it already starts with it, then goes
    through the same metadata readers as a file.

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
    text = with_headline(doc.get("title"), text)
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
