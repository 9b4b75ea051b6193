"""The story's clock when no article is dated: the days its articles report set it, and a
stretch of years an article names in passing ("governor from 2016 to 2021") does not.

Each row: the undated articles of a story (invented), and the publication date each is
given (None: the story gives no clock, and the article stays undated).
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, extract
from discrepancy.comparison.clock import date_story

NEWS = "invented"

CASES = [
    # texts, the date each article is given, provenance
    (
        (
            "The plane crashed on June 12, 2031, killing 241 people.",
            "The former governor, in office from March 3, 2015 to October 2, 2020, "
            "was among the 241 dead.",
        ),
        (date(2031, 6, 12), date(2031, 6, 12)),
        f"{NEWS}: transport",
    ),
    (
        (
            "The minister, who served from 2012 to 2019, said 40 people were arrested.",
            "Police arrested 40 people on Monday.",
        ),
        (None, None),
        f"{NEWS}: crime",
    ),
    (
        (
            "Floods on March 3, 2030 cut power to 12,000 homes.",
            "Some 12,000 homes lost power on March 4, 2030.",
        ),
        (date(2030, 3, 4), date(2030, 3, 4)),
        f"{NEWS}: weather",
    ),
]


@pytest.mark.parametrize(
    ("texts", "dates", "provenance"), CASES, ids=[c[2].split(": ")[1] for c in CASES]
)
def test_the_clock_of_an_undated_story(
    texts: tuple[str, ...], dates: tuple[date | None, ...], provenance: str
) -> None:
    extractions = [extract(Article(id=f"a{i}", text=t)) for i, t in enumerate(texts)]
    assert tuple(ex.article.published for ex in date_story(extractions)) == dates
