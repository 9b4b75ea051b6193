"""Article ids that are English words ("a", "no", "it", "on") in a row's notes.

A user's files a.txt, b.txt, c.txt give the ids "a", "b", "c"; the reports put the
outlet's name where a note names an article, and only there: "a disagreement" stays
English. Every story here is invented.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

import discrepancy
from discrepancy import Article, Comparison
from discrepancy.models.labels import ID_MARKS, plain
from discrepancy.report.html import comparison_html
from discrepancy.report.labels import relabel, row_notes
from discrepancy.report.render import comparison_table

Story = tuple[tuple[str, str, str], ...]  # (id, outlet, text) per article


def _compare(stories: Story) -> Comparison:
    # Each story is published the day after the Monday it tells of.
    day = date(2026, 5, 5) if stories is ARRESTS else date(2026, 8, 4)
    return discrepancy.compare(
        [Article(id=aid, outlet=outlet, published=day, text=text) for aid, outlet, text in stories]
    )


# (id, outlet, text): crowds and crime, an arrest count the police and the organisers
# give differently, and an injury count two outlets give the same.
ARRESTS = (
    (
        "a",
        "Lyon Wire",
        "Police said 40 people were arrested in Lyon on Monday, May 4, 2026. "
        "Twelve officers were injured.",
    ),
    (
        "b",
        "Rhone Herald",
        "Organisers said 400 people were arrested in Lyon on Monday, May 4, 2026. "
        "A dozen officers were injured on Monday.",
    ),
    ("c", "Evening Post", "The march in Lyon went ahead on Monday, May 4, 2026."),
)
ARRESTS_PLAIN = [
    "different claimants (organisers, police): a disagreement between sources, not between "
    "outlets (a: 40, b: 400); c does not report it",
    "a and b give the same figure (Twelve); c does not report it",
]
ARRESTS_NAMED = [
    "different claimants (organisers, police): a disagreement between sources, not between "
    "outlets (Lyon Wire: 40, Rhone Herald: 400); Evening Post does not report it",
    "Lyon Wire and Rhone Herald give the same figure (Twelve); Evening Post does not report it",
]

# Health: a case count and the assumptions it needs, from files no.txt, it.txt, on.txt.
CASES = (
    (
        "no",
        "Health Watch",
        "The measles outbreak in Valdoria grew on Monday, August 3, 2026. "
        "Officials counted 214 cases.",
    ),
    (
        "it",
        "Valdoria Today",
        "The health ministry said 216 measles cases were confirmed in Valdoria on Monday, "
        "August 3, 2026.",
    ),
    ("on", "Medical News", "Schools in Valdoria stayed open on Monday, August 3, 2026."),
)
CASES_NAMED = (
    "different claimants (health ministry, officials): a disagreement between sources, not "
    "between outlets (Valdoria Today: 216, Health Watch: 214); Medical News does not report it",
    (
        "Health Watch names Valdoria for '214' in an earlier sentence, not in its own",
        "the running tally's figures are taken as of August 3, 2026, the story's event and "
        "its updates, and read as one report of the story: its articles appeared then, and "
        "no figure names another event",
    ),
)


def _table_notes(comparison: Comparison) -> list[tuple[str, str]]:
    """The ("why" | "assumed", text) lines of the terminal table, unwrapped."""
    out = comparison_table(comparison, width=400)
    found = re.findall(r"^  (why|assumed) +(.+)$", out, re.MULTILINE)
    return [(k, v.rstrip()) for k, v in found]


def _html_notes(comparison: Comparison) -> list[str]:
    """The explanation and assumption paragraphs of the HTML report, unescaped."""
    page = comparison_html(comparison)
    said = re.findall(r"<p>([^<]*)</p>|Assumed: ([^<]*)</p>|<li>([^<]*)</li>", page)
    return [html.unescape("".join(s)) for s in said if any(s)]


def test_ids_a_b_c_are_outlet_names_only_where_a_note_names_an_article() -> None:
    comparison = _compare(ARRESTS)
    # What machines read: English with the plain ids, no marks.
    assert [r.explanation for r in comparison.rows] == ARRESTS_PLAIN
    assert [r.assumptions for r in comparison.rows] == [(), ()]
    # What people read.
    assert _table_notes(comparison) == [("why", t) for t in ARRESTS_NAMED]
    assert [t for t in _html_notes(comparison) if "report" in t] == ARRESTS_NAMED


def test_ids_no_it_on_leave_the_words_no_it_on_alone() -> None:
    comparison = _compare(CASES)
    (row,) = comparison.rows
    assert row.explanation == (
        "different claimants (health ministry, officials): a disagreement between sources, "
        "not between outlets (it: 216, no: 214); on does not report it"
    )
    assert (
        row.assumptions[0] == "no names Valdoria for '214' in an earlier sentence, not in its own"
    )
    names = {"no": "Health Watch", "it": "Valdoria Today", "on": "Medical News"}
    assert row_notes(row, names) == CASES_NAMED
    why, assumed = CASES_NAMED
    assert _table_notes(comparison) == [
        ("why", why),
        *(("assumed", a) for a in sorted(assumed, key=len)),
    ]
    assert [t for t in _html_notes(comparison) if t in (why, *assumed)] == [
        why,
        *sorted(assumed, key=len),
    ]


@pytest.mark.parametrize("stories", [ARRESTS, CASES], ids=["a-b-c", "no-it-on"])
def test_json_carries_no_marks_and_reads_back_equal(stories: Story) -> None:
    comparison = _compare(stories)
    text = comparison.model_dump_json()
    assert not any(m in text for m in ID_MARKS)
    assert Comparison.model_validate_json(text) == comparison


def test_a_row_read_back_from_json_falls_back_to_words_equal_to_an_id() -> None:
    # Read back, a row has no marks: ids that are no English word still read right,
    # as relabel always did ("a_1" is a file name, no word).
    comparison = discrepancy.compare(
        [
            Article(id=f"{aid}_1", outlet=outlet, published=date(2026, 5, 5), text=text)
            for aid, outlet, text in ARRESTS
        ]
    )
    back = Comparison.model_validate_json(comparison.model_dump_json())
    assert _table_notes(back) == _table_notes(comparison) == [("why", t) for t in ARRESTS_NAMED]


def test_relabel_replaces_marked_ids_only() -> None:
    names = {"a": "Lyon Wire", "b": "Rhone Herald"}
    marked = f"{ID_MARKS[0]}a{ID_MARKS[1]} gives a figure; b is not marked"
    assert relabel(marked, names) == "Lyon Wire gives a figure; b is not marked"
    # A lone mark character (an article's text may hold one in a quoted figure) stays.
    lone = f"{ID_MARKS[0]}a{ID_MARKS[1]} gives '{ID_MARKS[0]}40'"
    assert relabel(lone, names) == f"Lyon Wire gives '{ID_MARKS[0]}40'"
    assert plain(lone) == f"a gives '{ID_MARKS[0]}40'"
    # Unmarked text keeps the old behaviour: every word equal to an id.
    assert relabel("a gives a figure", names) == "Lyon Wire gives Lyon Wire figure"
