"""The rows a comparison gives for an invented story, as the case tables of issue #15
write them: a few key fields, the figure each outlet stands with, and the agreement.

Every story of those tables is dated the same Saturday, so nothing but what the table
shows decides its rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from discrepancy import Article, compare

__all__ = ["SATURDAY", "story_rows"]

SATURDAY = date(2026, 4, 11)


def story_rows(story: Mapping[str, str], *fields: str) -> list[tuple[object, ...]]:
    """For each row of the story's comparison, in order: the key's ``fields``, each
    outlet's figure (its surface) and the row's agreement."""
    comparison = compare(
        [Article(id=aid, text=text, published=SATURDAY) for aid, text in story.items()]
    )
    return [
        (
            *(getattr(r.key, name) for name in fields),
            {c.article_id: c.fact.surface for c in r.cells if c.fact is not None},
            r.agreement.value,
        )
        for r in comparison.rows
    ]
