"""Hypothesis strategies for fuzzing extraction rules, comparisons and golden files.

Import this module only in tests: it is the one place the library imports
``hypothesis``. Every strategy draws valid models (they pass pydantic validation) or
realistic news English, so a property that fails points at the code under test,
not at the data::

    from hypothesis import given
    import discrepancy
    from discrepancy.testing import quantity_phrases

    @given(quantity_phrases())
    def test_my_rules_parse_every_hedge(case):
        phrase, expected = case
        assert discrepancy.parse_quantity(phrase).value == expected

Examples in these docstrings use :func:`hypothesis.find`, which returns the simplest
value matching a condition, so they give the same answer on every run.

>>> from hypothesis import find
>>> from discrepancy.testing import REPRODUCIBLE
>>> phrase, value = find(quantity_phrases(), lambda c: c[0].startswith("more than "),
...                      settings=REPRODUCIBLE)
>>> phrase, str(value)
('more than 1', '(1, inf)')
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - imported first, so a missing extra says what to install
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        f"discrepancy.testing needs hypothesis: pip install 'discrepancy[testing]' ({exc})"
    ) from exc

from ._articles import article_texts, articles, extractions, facts
from ._checks import assert_sound
from ._common import REPRODUCIBLE
from ._quantities import PhraseCase, intervals, phrase_cases, quantities, quantity_phrases
from ._times import time_windows

__all__ = [
    "REPRODUCIBLE",
    "PhraseCase",
    "article_texts",
    "articles",
    "assert_sound",
    "extractions",
    "facts",
    "intervals",
    "phrase_cases",
    "quantities",
    "quantity_phrases",
    "time_windows",
]
