"""Time windows (issue 15): the month a revision names, a background month after "after",
a stretch "since" a start after its own figure, and "added" as a count's verb.

The patterns, each of which gave a figure the report's month (or a wrong one):
- a month the time scanner does not read (it reads a bare month only with a
  preposition, a year or a modifier): a possessive anywhere in the sentence ("June's
  fell 30,000 to 52,000"), a month before a noun of a release or "revised" ("June job
  gains were revised down by 40,000", class ``month_report_noun``), "for" before a
  month ("payrolls for June"), a month with "was" before "revised" anywhere in the
  sentence ("while June was revised up to 45,000"), and a month whose verb of
  revision is left out ("and July to 12,000"). The month dates the figures after it
  in its clause, and the story's month goes on after the sentence;
- "cut 7,000 jobs last month after losing 9,000 in June": the time after "after"
  (or "from", "compared", "than") is an earlier aside, and the first time of the
  sentence goes on dating the sentences after it;
- "lost 6,000 posts, down 47,000 since January": a stretch since a start after
  its figure, with another figure between, is that figure's alone;
- "In May, the country added 19,000 jobs": "added" with a figure for its object is a
  count's verb, not a speech verb the time dates.
Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.models import TimeBasis
from tests.facts.test_windows_since import Case, Fact, window_facts

PUBLISHED = date(2026, 9, 4)
STATED, CONTEXT = TimeBasis.STATED, TimeBasis.CONTEXT
AUG, JUL, JUN = (
    "month:2026-08-01..2026-08-31",
    "month:2026-07-01..2026-07-31",
    "month:2026-06-01..2026-06-30",
)


CASES: list[Case] = [
    (
        "Employers added 91,000 jobs in August. June job gains were revised down by "
        "40,000 to 65,000. The jobless rate rose to 4.4%.",
        [
            ("91,000", AUG, STATED, "in August"),
            ("40,000", JUN, STATED, "June"),
            ("65,000", JUN, STATED, "June"),
            ("4.4%", AUG, CONTEXT, "in August"),
        ],
        "invented: economy (a month before a noun of a release)",
    ),
    (
        "Employers added 91,000 jobs in August. Revisions cut earlier estimates: June's "
        "gain fell 30,000 to 52,000, and July's fell 20,000 to 80,000.",
        [
            ("91,000", AUG, STATED, "in August"),
            ("30,000", JUN, STATED, "June"),
            ("52,000", JUN, STATED, "June"),
            ("20,000", JUL, STATED, "July"),
            ("80,000", JUL, STATED, "July"),
        ],
        "invented: economy (possessive months inside the sentence)",
    ),
    (
        "Hospital admissions rose to 5,100 in August. Admissions for July were revised "
        "to 4,210 patients.",
        [
            ("5,100", AUG, STATED, "in August"),
            ("4,210", JUL, STATED, "July"),
        ],
        "invented: health (a hospital's monthly figures, 'for July')",
    ),
    (
        "Factories cut 7,000 jobs last month after losing 9,000 in June. Utilities "
        "lost 2,000 jobs.",
        [
            ("7,000", AUG, STATED, "last month"),
            ("9,000", JUN, STATED, "in June"),
            ("2,000", AUG, CONTEXT, "last month"),
        ],
        "invented: economy (June is an aside; last month goes on)",
    ),
    (
        "Ridership rose to 1.4 million trips in August from 1.2 million in June. Buses "
        "carried 600,000 passengers.",
        [
            ("1.4 million", AUG, STATED, "in August"),
            ("1.2 million", JUN, STATED, "in June"),
            ("600,000", AUG, CONTEXT, "in August"),
        ],
        "invented: transport (the earlier month after 'from' dates its figure alone)",
    ),
    (
        "Employers added 91,000 jobs in August. Hospitals added 38,000 jobs, and "
        "state agencies lost 6,000, down 47,000 since January.",
        [
            ("91,000", AUG, STATED, "in August"),
            ("38,000", AUG, CONTEXT, "in August"),
            ("6,000", AUG, CONTEXT, "in August"),
            ("47,000", "month:2026-01-01..2026-09-04", STATED, "since January"),
        ],
        "invented: economy (the stretch is the running total's alone)",
    ),
    (
        "Employers added 91,000 jobs in August. June was revised down to 8,000.",
        [
            ("91,000", AUG, STATED, "in August"),
            ("8,000", JUN, STATED, "June"),
        ],
        "invented: economy (a bare month as the subject of 'was revised')",
    ),
    (
        "Employers added 91,000 jobs in August. The figure for June was revised from "
        "41,000 jobs to 8,000 jobs.",
        [
            ("91,000", AUG, STATED, "in August"),
            ("41,000", JUN, STATED, "June"),
            ("8,000", JUN, STATED, "June"),
        ],
        "invented: economy ('the figure for June': both ends of the revision)",
    ),
    (
        "Home sales rose to 700,000 in August. July was revised down to 610,000.",
        [
            ("700,000", AUG, STATED, "in August"),
            ("610,000", JUL, STATED, "July"),
        ],
        "invented: housing (a bare month revised)",
    ),
    (
        "Factories added 30,000 jobs in August, while June was revised up to 45,000 and "
        "July to 12,000.",
        [
            ("30,000", AUG, STATED, "in August"),
            ("45,000", JUN, STATED, "June"),
            ("12,000", JUL, STATED, "July"),
        ],
        "invented: economy (a month revised mid-sentence, the next one's verb left out)",
    ),
    (
        "Clinics reported 4,100 admissions in August; July was revised to 3,800 and June to 3,650.",
        [
            ("4,100", AUG, STATED, "in August"),
            ("3,800", JUL, STATED, "July"),
            ("3,650", JUN, STATED, "June"),
        ],
        "invented: health (after a semicolon, the verb of the second month left out)",
    ),
    (
        "In May, the region only added 19,000 jobs.",
        [
            ("19,000", "month:2026-05-01..2026-05-31", STATED, "In May"),
        ],
        "invented: economy ('added' with a figure for its object counts)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [(t, f) for t, f, _ in CASES], ids=[p for _, _, p in CASES]
)
def test_the_month_a_figure_is_of(text: str, facts: list[Fact]) -> None:
    assert window_facts(text, PUBLISHED) == facts
