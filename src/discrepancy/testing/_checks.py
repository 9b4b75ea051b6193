"""Assertion helpers: check what users are shown of an extraction."""

from __future__ import annotations

from ..models import Comparison, Extraction

__all__ = ["assert_sound"]


def assert_sound(extraction: Extraction, *others: Extraction) -> Comparison:
    """Check what users are shown of an extraction: its evidence and every output.

    Every fact, its quantity and every rejected mention has a span that indexes the
    article text as given (``text[start:end] == surface``); the extraction's JSON is
    written as UTF-8 and reads back equal; compared with ``others``, the comparison's
    JSON, HTML, Markdown and terminal table are written as UTF-8. For fuzzers and for
    tests of hostile input.

    Args:
        extraction: the extraction to check.
        others: extractions to compare it with.

    Returns:
        The comparison of ``extraction`` with ``others``, for further checks.

    Raises:
        AssertionError: a span does not index the text, or JSON does not read back.
        UnicodeEncodeError: an output cannot be written as UTF-8.

    >>> import discrepancy
    >>> ex = discrepancy.extract("Police said 1,\u200e300 people were arrested.")
    >>> assert_sound(ex).rows[0].cells[0].fact.surface == "1,\u200e300"
    True
    """
    from ..comparison.align import compare

    text = extraction.article.text
    for fact in extraction.facts:
        assert text[fact.span[0] : fact.span[1]] == fact.surface, fact
        q = fact.quantity
        assert text[q.span[0] : q.span[1]] == q.surface, q
    for rejected in extraction.rejected:
        assert text[rejected.span[0] : rejected.span[1]] == rejected.surface, rejected
    dumped = extraction.model_dump_json()
    dumped.encode("utf-8")
    assert Extraction.model_validate_json(dumped) == extraction
    comparison = compare([extraction, *others])
    comparison.model_dump_json().encode("utf-8")
    comparison.to_html().encode("utf-8")
    comparison.to_markdown().encode("utf-8")
    comparison.to_table(width=80).encode("utf-8")
    return comparison
