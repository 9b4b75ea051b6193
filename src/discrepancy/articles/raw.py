"""An article from its text: what it says about itself, never an invention.

An article file is plain UTF-8 text. What is known about it comes from the text
itself, in this order:

1. a front-matter block at the top (:mod:`.frontmatter`) (``url:``, ``outlet:``, ``published:``,
   ``title:``, ``language:`` lines closed by a ``---`` line, or by a blank line); the
   article text is then the body after the block, exactly as given, opened by the
   ``title:`` line's headline and a blank line unless the body already starts with it
   (a headline's figures are news too: "Storm leaves 14 dead");
2. a leading ``date YYYY-MM-DD`` token (the text stays whole; :mod:`.dates`);
3. a dateline near the top: a line that is a date ("5 Sep, 2025 14:11"), or a date
   after "Published:", "Posted", "Updated:" (an "Updated" line with no date says
   nothing);
4. a self-identifying footer for the outlet (:mod:`.outlet`: "Follow the <Outlet> ... channel",
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

from dataclasses import dataclass
from datetime import date, datetime

from .._exceptions import ArticleReadError, HTMLInputError
from ..mentions.times import find_times
from ..models import Article, TimeMention
from ..text.gate import looks_like_html, require_text, writable
from .dates import date_token, dateline, not_before
from .frontmatter import front_date, read_front_matter
from .outlet import footer_outlet

__all__ = ["article_from_raw", "with_headline"]


def article_from_raw(text: str, *, id: str, path: str | None = None) -> Article:
    """Build an :class:`Article` from a file's text, reading its metadata.

    Args:
        text: the whole file, decoded.
        id: the article id.
        path: the file it came from, for messages and ``Article.path``.

    Returns:
        The article; ``text`` is the body (after any front matter), as given, except
        that a lone surrogate (which no output could encode) becomes U+FFFD, in the
        text, the id and the path alike (see ``discrepancy.text.reading``).

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
    # here: an article holding them could never be written out (see text/reading.py).
    text, id = writable(text), writable(id)
    path = None if path is None else writable(path)
    where = path or id
    text, stated = _front_matter(_article_text(text, where), where)
    notes: list[str] = []
    published = stated.published
    if not stated.dated:
        published, note = _text_date(text)
        if note:
            notes.append(note)
    outlet = stated.outlet
    if outlet is None:
        outlet, outlet_notes = footer_outlet(text)
        notes.extend(outlet_notes)
    mentions: tuple[TimeMention, ...] | None = None
    if published is None:
        # Read once here; extraction, which reads this text with no date too, reuses it.
        mentions = tuple(find_times(text))  # in text order, as extraction keeps them
        note = not_before(text, mentions)
        if note:
            notes.append(note)
    article = Article(
        id=id,
        text=text,
        outlet=outlet,
        published=published,
        notes=tuple(notes),
        url=stated.url,
        language=stated.language,
        path=path,
    )
    if mentions is not None:
        article._time_mentions, article._scanned = mentions, text
    return article


@dataclass(slots=True)
class _Stated:
    """What a front-matter block states; all unset when there is none."""

    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    published: date | datetime | None = None
    dated: bool = False  # front matter said something about the date, even "unknown"


def _article_text(text: str, where: str) -> str:
    """The text without its byte-order mark, refused when it is blank or a web page."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleReadError("the article is empty (or only whitespace)", path=where)
    if looks_like_html(text):
        raise HTMLInputError(
            f"{where}: this looks like an HTML page, not article text; "
            "use Article.from_html() (needs the html extra)"
        )
    return text


def _front_matter(text: str, where: str) -> tuple[str, _Stated]:
    """The body after any front matter, and what the front matter states."""
    front = read_front_matter(text, where)
    if front is None:
        return text, _Stated()
    text = text[front.body_start :]
    if not text.strip():
        raise ArticleReadError("the front matter is followed by no article text", path=where)
    text = with_headline(front.values.get("title"), text)
    stated = _Stated(
        url=front.values.get("url") or None,
        outlet=front.values.get("outlet") or None,
        language=front.values.get("language") or "en",
    )
    if "published" in front.values:
        stated.dated = True
        stated.published = front_date(front.values["published"], where, front.lines["published"])
    return text, stated


def with_headline(title: str | None, text: str) -> str:
    """The text opened by its headline and a blank line, unless it already starts with it.

    >>> with_headline("Storm leaves 14 dead", "Rescuers searched all night.")
    'Storm leaves 14 dead\\n\\nRescuers searched all night.'
    >>> with_headline("Storm leaves 14 dead", "Storm leaves 14 dead\\nRescuers searched.")
    'Storm leaves 14 dead\\nRescuers searched.'
    """
    title = (title or "").strip()
    if not title or text.lstrip().startswith(title):
        return text
    return f"{title}\n\n{text}"


def _text_date(text: str) -> tuple[date | datetime | None, str | None]:
    """The publication date the text states (a date token, else a dateline), and a note."""
    published = date_token(text)
    if published is not None:
        return published, None
    return dateline(text)
