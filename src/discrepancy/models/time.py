"""The values of time: the window a figure or statement covers, and the words that gave it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal, Self

from pydantic import BaseModel, Field, model_validator

from .base import FROZEN, Span

__all__ = ["Granularity", "TimeMention", "TimePart", "TimeWindow", "day_of"]


class Granularity(StrEnum):
    """The shape of a time window."""

    DAY = "day"
    NIGHT = "night"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    SPAN = "span"


TimePart = Literal["year", "start", "end", "time"]


class TimeWindow(BaseModel):
    """The period a figure or statement covers.

    ``start`` and ``end`` are inclusive days (or datetimes when a time of day is
    known). A part the text does not state is listed in ``unknown`` and never
    guessed: "September 5" in an article with no known year has ``start`` and
    ``end`` None, ``unknown == ("year",)`` and ``month_day == ((9, 5), (9, 5))``.
    A part worked out rather than read (a year taken from the publication date)
    is listed in ``inferred``.

    >>> from datetime import date
    >>> w = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity="span")
    >>> w.key()
    'span:2025-09-01..2025-09-05'
    >>> TimeWindow(granularity="day", unknown=("year",), month_day=((9, 5), (9, 5))).key()
    'day:????-09-05..????-09-05'
    """

    model_config = FROZEN

    start: datetime | date | None = None
    end: datetime | date | None = None
    granularity: Granularity
    unknown: tuple[TimePart, ...] = ()
    inferred: tuple[TimePart, ...] = ()
    month_day: tuple[tuple[int, int], tuple[int, int]] | None = None
    relative: str | None = Field(
        default=None,
        description="the normalised relative phrase when the window could not be resolved "
        "to dates (no publication date): 'overnight', 'last week'...",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if (
            self.start is not None
            and self.end is not None
            and day_of(self.start) > day_of(self.end)
        ):
            raise ValueError(f"window start {self.start} is after its end {self.end}")
        return self

    @property
    def year_known(self) -> bool:
        """False when the text never says which year the window is in."""
        return "year" not in self.unknown

    @property
    def resolved(self) -> bool:
        """True when both ends are known dates."""
        return self.start is not None and self.end is not None

    def key(self) -> str:
        """A stable string naming the window, used to line facts up across articles.

        >>> from datetime import date
        >>> TimeWindow(start=date(2025, 9, 3), end=date(2025, 9, 4), granularity="night").key()
        'night:2025-09-03..2025-09-04'
        """
        return self._key

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied; the cached key is not carried over.

        >>> from datetime import date
        >>> w = TimeWindow(start=date(2027, 5, 9), end=date(2027, 5, 9), granularity="day")
        >>> later = {"start": date(2027, 5, 16), "end": date(2027, 5, 16)}
        >>> w.key(), w.model_copy(update=later).key()
        ('day:2027-05-09..2027-05-09', 'day:2027-05-16..2027-05-16')
        """
        copy = super().model_copy(update=update, deep=deep)
        # The key is cached in the instance's __dict__, which a copy takes whole: a
        # window moved by a week kept its old key (and so did every row it keyed).
        copy.__dict__.pop("_key", None)
        return copy

    @cached_property
    def _key(self) -> str:
        # Computed once per window: comparison asks for it for every fact it aligns.
        if self.start is not None and self.end is not None:
            return f"{self.granularity.value}:{day_of(self.start)}..{day_of(self.end)}"
        if self.start is None and self.end is not None and self.relative:
            # A running total "since the war began" up to a known day.
            return f"{self.granularity.value}:{self.relative}..{day_of(self.end)}"
        if self.month_day is not None:
            (m1, d1), (m2, d2) = self.month_day
            return f"{self.granularity.value}:????-{m1:02d}-{d1:02d}..????-{m2:02d}-{d2:02d}"
        return f"{self.granularity.value}:unresolved:{self.relative or '?'}"

    def __str__(self) -> str:
        return self.key()


def day_of(value: date | datetime) -> date:
    """The day of a date or datetime."""
    return value.date() if isinstance(value, datetime) else value


class TimeMention(BaseModel):
    """A time expression found in text and the window it resolves to."""

    model_config = FROZEN

    span: Span
    surface: str
    window: TimeWindow
