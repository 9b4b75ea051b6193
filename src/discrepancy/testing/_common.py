"""What every strategy shares: the range of days drawn and the reproducible settings."""

from __future__ import annotations

from datetime import date

from hypothesis import settings
from hypothesis import strategies as st

__all__ = ["FIRST_DAY", "LAST_DAY", "REPRODUCIBLE", "days"]

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2035, 12, 31)

#: Settings under which :func:`hypothesis.find` gives the same answer on every machine:
#: no example database, derandomised, and enough tries to reach rare hedges.
REPRODUCIBLE = settings(database=None, derandomize=True, max_examples=1000)

days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
