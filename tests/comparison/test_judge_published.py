"""Who could not have reported a row yet: an outlet published before its window ended
(:func:`discrepancy.comparison.judge.published_before_end`), with the publication given
as a date, a date string or a time of day. A date string is a date, not midnight: an
outlet published the day of the figures was not too early for them (issue #15,
"verdicts people read correctly": who is silent, and why). Invented texts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from discrepancy import Article, compare

FIGURE = "Police arrested 37 people in the port district on Saturday, 1 June 2024."
SILENT = "The city council met to discuss the budget for the parks."

CASES = [
    # (id, the silent outlet's publication, its cell note)
    ("date-string-same-day", "2024-06-01", "not_reported"),
    ("date-same-day", date(2024, 6, 1), "not_reported"),
    ("date-string-day-before", "2024-05-31", "published_before_window"),
    ("morning-of-the-day", "2024-06-01T08:15", "published_before_window"),
    ("next-morning", datetime(2024, 6, 2, 8, 15), "not_reported"),
]


@pytest.mark.parametrize(("published", "note"), [pytest.param(p, n, id=cid) for cid, p, n in CASES])
def test_a_silent_outlet_is_too_early_only_before_the_window_ends(
    published: str | date, note: str
) -> None:
    row = compare(
        [
            Article(id="port-news", text=FIGURE, published="2024-06-02"),
            Article(id="town-hall", text=SILENT, published=published),
        ]
    ).rows[0]
    assert [(c.article_id, c.note) for c in row.cells] == [("port-news", None), ("town-hall", note)]
