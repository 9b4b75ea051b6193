"""The named days news dates by ("on Christmas Day", "after Easter"), keyed by form.

The entry model and the arithmetic that places a day in a year are in
:mod:`discrepancy.rules.schemas.holidays`; the time reader imports them from here.
"""

from __future__ import annotations

from .loader import read_shipped
from .schemas.holidays import Holiday, nth_weekday

__all__ = ["Holiday", "load_holidays", "nth_weekday"]


def load_holidays() -> dict[str, Holiday]:
    """The shipped holidays, keyed by each of their lower-case forms.

    >>> load_holidays()["boxing day"].on(2024)
    datetime.date(2024, 12, 26)
    """
    out: dict[str, Holiday] = {}
    for holiday in read_shipped("holidays.jsonl"):
        if isinstance(holiday, Holiday):
            out.update({form.lower(): holiday for form in holiday.forms})
    return out
