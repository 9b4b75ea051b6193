"""What many test files share: where the repository's files are, and how a test finds
the fact it checks.

Two lookups, one meaning each:

* :func:`fact_at` is the one fact whose surface (the text of its span) is exactly the
  figure given: ``fact_at(ex, "at least 40")``;
* :func:`fact_covering` is the one fact whose span covers where the figure is written
  (the first occurrence, the last, or the first inside a longer phrase):
  ``fact_covering(ex, "40")`` finds the fact "at least 40". :func:`facts_covering`
  gives all of them, so a test can say that no fact covers a figure;
* :func:`quantity_at` is :func:`fact_at` for quantities.

Both fail with a message that lists the facts there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from discrepancy import Article, Extraction, Fact, Quantity, extract

__all__ = [
    "ANY",
    "ROOT",
    "SEEDS",
    "Anything",
    "extract_text",
    "fact_at",
    "fact_covering",
    "facts_covering",
    "quantity_at",
    "sources_found",
]

# The repository root, where seeds/, fixtures/ and src/ are.
ROOT = Path(__file__).resolve().parent.parent
# The five seed articles (../shared/SEED_FACTS.md).
SEEDS = ROOT / "seeds"


class Anything:
    """The type of :data:`ANY`: a case-table cell that is not checked.

    It equals every value, so ``(fact.subject, fact.event) == ("death", ANY)`` checks
    the subject only. ``None`` in a table always means "must be None".
    """

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "ANY (not checked)"


ANY: Final = Anything()


def extract_text(text: str, **kwargs: Any) -> Extraction:
    """The extraction of an article with id ``"t"`` whose text is ``text``.

    Args:
        text: The article text.
        **kwargs: Passed on to :func:`discrepancy.extract` (``published``, ``vocabulary``...).
    """
    return extract(Article(id="t", text=text), **kwargs)


def _listed(extraction: Extraction) -> str:
    return f"facts: {[f.surface for f in extraction.facts]}"


def fact_at(extraction: Extraction, figure: str) -> Fact:
    """The one fact whose surface is exactly ``figure``.

    Fails, listing the facts, when none or several have that surface.
    """
    hits = [f for f in extraction.facts if f.surface == figure]
    assert len(hits) == 1, f"{len(hits)} facts with the surface {figure!r}; {_listed(extraction)}"
    return hits[0]


def quantity_at(quantities: Sequence[Quantity], surface: str) -> Quantity:
    """The one quantity whose surface is exactly ``surface`` (as :func:`fact_at`, for
    what :func:`discrepancy.find_quantities` returns).
    """
    hits = [q for q in quantities if q.surface == surface]
    got = [q.surface for q in quantities]
    assert len(hits) == 1, f"{len(hits)} quantities with the surface {surface!r}; got {got}"
    return hits[0]


def facts_covering(
    extraction: Extraction, figure: str, *, within: str | None = None, last: bool = False
) -> list[Fact]:
    """The facts whose span covers where ``figure`` is written in the article.

    Args:
        extraction: What to look in.
        figure: Text written in the article; its first occurrence is meant.
        within: Look for ``figure`` inside the first occurrence of this phrase only.
        last: Mean the last occurrence of ``figure`` instead of the first.
    """
    text = extraction.article.text
    lo, hi = 0, len(text)
    if within is not None:
        lo = text.find(within)
        assert lo >= 0, f"the phrase {within!r} is not in the text"
        hi = lo + len(within)
    start = text.rfind(figure, lo, hi) if last else text.find(figure, lo, hi)
    assert start >= 0, f"{figure!r} is not in {text[lo:hi]!r}"
    return [f for f in extraction.facts if f.span[0] <= start < f.span[1]]


def fact_covering(
    extraction: Extraction, figure: str, *, within: str | None = None, last: bool = False
) -> Fact:
    """The one fact whose span covers where ``figure`` is written (see :func:`facts_covering`).

    Fails, listing the facts, when no fact covers it.
    """
    hits = facts_covering(extraction, figure, within=within, last=last)
    where = f" in {within!r}" if within is not None else ""
    assert len(hits) == 1, f"{len(hits)} facts cover {figure!r}{where}; {_listed(extraction)}"
    return hits[0]


def sources_found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(surface, source, how it was found) of every fact of ``text``, in text order;
    None twice for a fact with no source."""
    return [
        (f.surface, None, None)
        if f.attribution is None
        else (f.surface, f.attribution.source, f.attribution.found.value)
        for f in extract_text(text).facts
    ]
