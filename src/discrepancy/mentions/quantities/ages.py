"""Ages that bound a group of people ("children under five", "people over 65", "those
aged 5 to 14"): a property of the people counted, no count of anything.
"""

from __future__ import annotations

from ...models import QuantityKind
from ...rules.shipped import shipped_word_class
from .state import _Figure, _Scanner, _word_before

_AGE_CUES = shipped_word_class("age_cue", "mentions.jsonl")
_AGE_GROUPS = shipped_word_class("age_group_noun", "mentions.jsonl")
_AGE_HEDGES = shipped_word_class("age_hedge", "mentions.jsonl")
_AGE_MAX = 120  # years; a bound above it is no age ("people over 5,000")
_WORD_SPAN = 40  # characters before a figure where the word it follows is looked for


def _is_age(sc: _Scanner, f: _Figure, noun: str | None) -> bool:
    """Whether a figure is an age that bounds the people before it.

    After an age cue ("aged 5 to 14", "aged under 5", "ages 12 and up") any count is
    an age; after a noun of people, a count with a hedge of age and no noun of its own
    ("children under five", "people over 65", "voters younger than 30") is one.
    "Over 200 children", "children under 5,000 feet" and "the 40 patients" are not.
    """
    if f.kind is not QuantityKind.COUNT or f.currency is not None or f.unit is not None:
        return False
    if max(f.value, f.high or 0.0) > _AGE_MAX:
        return False
    before = _word_before(sc.low, f.start, max(0, f.start - _WORD_SPAN))
    if before in _AGE_CUES:
        return True
    if before not in _AGE_GROUPS or f.hedge is None:
        return False
    if " ".join(f.hedge.lower().split()) not in _AGE_HEDGES:
        return False
    return noun is None or noun.startswith("year")
