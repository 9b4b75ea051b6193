"""Named days news dates by (``holidays.jsonl``): the entry model and the calendar
arithmetic that places a holiday in a year.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Holiday", "nth_weekday"]


class Holiday(BaseModel):
    """A named day news dates by ("on Christmas Day", "after Easter"), from ``holidays.jsonl``.

    ``rule`` says how the day falls in a year: ``fixed`` (``month``/``day``), ``easter``
    (``offset`` days from Western Easter Sunday) or ``nth_weekday`` (the ``nth``
    ``weekday``, Monday 0, of ``month``; -1 the last; then ``offset`` days). A form with
    ``needs_cue`` is a date only after a preposition or this/last/next ("at Christmas",
    not "Christmas trees"; "after Easter", not "Easter Island").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["holiday"] = "holiday"
    name: str
    forms: tuple[str, ...] = Field(min_length=1)
    rule: Literal["fixed", "easter", "nth_weekday"]
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=0, le=6)
    nth: int | None = Field(default=None, ge=-1, le=5)
    offset: int = 0
    region: str | None = None
    needs_cue: bool = False

    @model_validator(mode="after")
    def _rule_has_its_fields(self) -> Holiday:
        if self.rule == "fixed" and (self.month is None or self.day is None):
            raise ValueError(f"holiday {self.name!r}: a fixed day needs month and day")
        if self.rule == "nth_weekday" and None in (self.month, self.weekday, self.nth):
            raise ValueError(f"holiday {self.name!r}: nth_weekday needs month, weekday, nth")
        return self

    def on(self, year: int) -> date:
        """The holiday's date in ``year``.

        >>> from discrepancy.rules.holidays import load_holidays
        >>> days = load_holidays()
        >>> days["easter monday"].on(2024), days["thanksgiving"].on(2024)
        (datetime.date(2024, 4, 1), datetime.date(2024, 11, 28))
        """
        if self.rule == "easter":
            return _easter(year) + timedelta(days=self.offset)
        assert self.month is not None  # checked when the data loads
        if self.rule == "fixed":
            assert self.day is not None
            return date(year, self.month, self.day) + timedelta(days=self.offset)
        assert self.weekday is not None
        assert self.nth is not None
        return nth_weekday(year, self.month, self.weekday, self.nth) + timedelta(days=self.offset)


def _easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus (Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month (-1: the last); past the month's end: the last."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else nth_weekday(year, month, weekday, -1)
