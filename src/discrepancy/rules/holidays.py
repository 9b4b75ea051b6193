"""The named days news dates by ("on Christmas Day", "after Easter"), keyed by form.

The entry model and the arithmetic that places a day in a year are in
:mod:`discrepancy.rules.schemas.holidays`; the time reader imports them from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from .loader import read_shipped
from .schemas.holidays import Holiday, nth_weekday

__all__ = ["Holiday", "holidays_by_form", "load_holidays", "nth_weekday"]


def holidays_by_form(entries: Iterable[BaseModel]) -> dict[str, Holiday]:
    """The holidays among ``entries``, keyed by each of their lower-case forms."""
    return {
        form.lower(): holiday
        for holiday in entries
        if isinstance(holiday, Holiday)
        for form in holiday.forms
    }


def load_holidays() -> dict[str, Holiday]:
    """The shipped holidays, keyed by each of their lower-case forms.

    >>> load_holidays()["boxing day"].on(2024)
    datetime.date(2024, 12, 26)
    """
    return holidays_by_form(read_shipped("holidays.jsonl"))
