"""The article: its text, exactly as given, and what is known about it."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import PrivateAttr, field_validator

from .base import FROZEN, FieldValue
from .time import TimeMention, day_of

__all__ = ["Article"]


class Article(FieldValue):
    """One news article: its text, exactly as given, and what is known about it.

    Attributes:
        id: a name unique among the articles compared (the file stem by default).
        text: the body exactly as given; every span indexes into it.
        outlet: the outlet as the text or its metadata shows it, else None.
        published: publication date or datetime, None when nothing says.
        published_inferred: True when ``published`` was worked out rather than read.
        notes: human-readable inferences and warnings ("published not before
            September 6 (the latest date mentioned; year unknown)").
        url: the page's address if known.
        language: an ISO 639-1 code.
        path: the file it was read from, if any.

    >>> a = Article(id="x", text="Police said 12 people were arrested.")
    >>> a.outlet is None and a.published is None
    True
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        when = self.published.isoformat() if self.published is not None else None
        inferred = " (inferred)" if self.published_inferred else ""
        return (
            f"Article(id={self.id!r}, outlet={self.outlet!r}, published={when!r}{inferred}, "
            f"{len(self.text):,} chars)"
        )

    model_config = FROZEN

    id: str
    text: str
    outlet: str | None = None
    published: datetime | date | None = None
    published_inferred: bool = False
    notes: tuple[str, ...] = ()
    url: str | None = None
    language: str = "en"
    path: str | None = None
    # The time expressions loading read in this very text (an undated article is
    # scanned for the latest date it mentions), handed on so that extraction does not
    # scan it again; with the text object they were read in. Not serialised, and not
    # part of the value (see FieldValue).
    _time_mentions: tuple[TimeMention, ...] | None = PrivateAttr(default=None)
    _scanned: str | None = PrivateAttr(default=None)

    @field_validator("published", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        """A date written without a time ("2024-06-01", as a JSON dump writes one) is a
        date: pydantic reads it as midnight, the first type of the union that takes it,
        and an outlet published that day then seems to predate the day's figures.

        >>> Article(id="x", text="y", published="2024-06-01").published
        datetime.date(2024, 6, 1)
        >>> Article(id="x", text="y", published="2024-06-01T09:30").published
        datetime.datetime(2024, 6, 1, 9, 30)
        """
        if isinstance(value, str) and len(value.strip()) == len("2024-06-01"):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                return value
        return value

    def undated_times(self) -> tuple[TimeMention, ...] | None:
        """The time expressions loading read in this text with no publication date, if
        it kept them and the text is still the one it read (internal: extraction's)."""
        if self._scanned is not self.text:
            return None
        return self._time_mentions

    @property
    def published_day(self) -> date | None:
        """The publication day, whatever the precision of ``published``."""
        return None if self.published is None else day_of(self.published)

    @classmethod
    def from_raw(cls, text: str, *, id: str, path: str | None = None) -> Article:
        """Build an article from a file's text, reading front matter, date tokens,
        datelines and self-identifying footers. See :func:`discrepancy.load_article`.
        """
        from ..articles.load import article_from_raw

        return article_from_raw(text, id=id, path=path)

    @classmethod
    def from_html(cls, html: str, *, url: str | None = None, id: str | None = None) -> Article:
        """Build an article from a web page (needs the ``html`` extra: trafilatura)."""
        from ..articles.load import article_from_html

        return article_from_html(html, url=url, id=id)
