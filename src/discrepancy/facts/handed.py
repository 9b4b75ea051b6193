"""What extraction read once, handed on to comparison: time expressions and page debris.

:func:`~discrepancy.facts.extract.extract` scans an article's text for time
expressions and page debris once; the extraction it returns carries both (not
serialised). Comparison asks here instead of scanning the text again. An extraction
read back from JSON or built by hand carries neither, and its text is scanned here.
"""

from __future__ import annotations

from ..mentions.times import find_times
from ..models import Extraction, Span, TimeMention
from ..text.debris import find_debris
from ..text.gate import reading_copy

__all__ = ["debris_spans", "time_mentions"]


def time_mentions(extraction: Extraction) -> tuple[TimeMention, ...]:
    """The time expressions of an extraction's article, as :func:`extract` read them.

    An extraction made by :func:`extract` carries them; one read back from JSON or
    built by hand does not, and its article's text is scanned here.
    """
    kept = extraction._time_mentions
    if kept is not None:
        return kept
    article = extraction.article
    text = reading_copy(article.text)
    return tuple(find_times(text, published=article.published))  # in text order


def debris_spans(extraction: Extraction) -> tuple[Span, ...]:
    """The spans of page debris in an extraction's article, as :func:`extract` found them.

    Scanned here (with the shipped vocabulary) for an extraction that does not carry them.
    """
    kept = extraction._debris
    if kept is not None:
        return kept
    return tuple(d.span for d in find_debris(reading_copy(extraction.article.text)))
