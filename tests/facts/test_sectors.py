"""The sectors pass (issue 15): the industry whose jobs a count counts is its group.

The pattern: a report gives the economy's total and then each sector's ("Employers
added 91,000 jobs. Factories cut 9,000 jobs"). Read with no sector, the sector's
figure counted jobs like the total, and the comparison set it against the total or
against another sector's figure of the same month (a false differ). A count of jobs
whose clause opens with a sector and the sector's verb, or whose noun is followed by
"in" and a sector, or whose noun phrase opens with one ("Manufacturing employment"), takes the sector as its group, under the one name every outlet's
wording shares ("healthcare", "health care"; "manufacturers", "factories",
"manufacturing"). A sector's line written with a minus sign is that many jobs lost.
Counter-cases: a clause whose head is no sector ("Government data showed ..."), a
figure of another clause ("while employers overall added ..."), a count that is no
count of jobs ("Hospitals admitted 300 patients").
Every sentence is invented for these tests (provenance column); each case checks every
fact of its text.
"""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy import Article, compare, extract
from discrepancy.models import Verdict
from tests.helpers import extract_text

PUBLISHED = date(2026, 9, 4)

# A fact: surface, subject, group.
Fact = tuple[str, str | None, str | None]

CASES: list[tuple[str, list[Fact], str]] = [
    (
        "Employers added 91,000 jobs in August. Factories cut 9,000 jobs, and "
        "health care added 41,000.",
        [
            ("91,000", "job", None),
            ("9,000", "job", "manufacturing"),
            ("41,000", "job", "health care"),
        ],
        "invented: economy (sectors at the head of two coordinated clauses)",
    ),
    (
        "Payrolls grew by 40,000 last month. Retailers shed 8,000 positions.",
        [("40,000", "payroll", None), ("8,000", "position", "retail")],
        "invented: economy (a sector named by its firms)",
    ),
    (
        "The federal government, which froze hiring in March, shed 9,000 jobs.",
        [("9,000", "job", "federal government")],
        "invented: government (an aside between the sector and its verb)",
    ),
    (
        "- The healthcare sector added 21,000 jobs\n- Hospitals added 6,000 jobs",
        [("21,000", "job", "health care"), ("6,000", "job", "hospitals")],
        "invented: health (list items; one spelling of health care for all)",
    ),
    (
        "Meanwhile, airlines and logistics firms cut 3,000 jobs. Transportation lost "
        "2,500 jobs in July after shedding 1,200 in June.",
        [
            ("3,000", "job", None),
            ("2,500", "job", "transportation and warehousing"),
            ("1,200", "job", "transportation and warehousing"),
        ],
        "invented: transport (every count of the sector's clause is the sector's)",
    ),
    (
        "In July, builders added 4,000 jobs.",
        [("4,000", "job", "construction")],
        "invented: construction (past an opening phrase of time)",
    ),
    (
        "Ministries announced 2,000 job cuts in the public sector.",
        [("2,000", "job", "government")],
        "invented: government (the sector after 'in')",
    ),
    (
        "The economy added 64,000 jobs, while health care alone added 41,000.",
        [("64,000", "job", None), ("41,000", "job", "health care")],
        "invented: economy (an adverb between the sector and its verb)",
    ),
    (
        "Manufacturing employment fell by 6,000. Government payrolls declined by 4,000.",
        [("6,000", "employment", "manufacturing"), ("4,000", "payroll", "government")],
        "invented: economy (the sector before what its count counts, in one phrase)",
    ),
    (
        "Health care added 30,000 jobs while employers overall added 91,000.",
        [("30,000", "job", "health care"), ("91,000", "job", None)],
        "invented: economy (the figure of another clause is not the sector's)",
    ),
    (
        "Government data showed employers added 91,000 jobs.",
        [("91,000", "job", None)],
        "invented: economy (a clause headed by no sector)",
    ),
    (
        "Flooding trapped 300 miners; police detained 40 farmers.",
        [("300", "missing", "miner"), ("40", "arrest", None)],
        "invented: weather and crime (people of a trade are no sector)",
    ),
    (
        "Hospitals admitted 300 patients with heatstroke on Monday.",
        [("300", "person", None)],
        "invented: weather and health (no count of jobs: no sector)",
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [(t, f) for t, f, _ in CASES], ids=[p for _, _, p in CASES]
)
def test_a_sectors_count_of_jobs_has_the_sector_as_its_group(text: str, facts: list[Fact]) -> None:
    got = [(f.surface, f.subject, f.group) for f in extract_text(text, published=PUBLISHED).facts]
    assert got == facts


def test_a_loss_written_with_a_minus_sign_is_jobs_lost() -> None:
    text = "Employers added 64,000 jobs in July.\n\nFederal government (-7,000)\n"
    facts = extract_text(text, published=PUBLISHED).facts
    assert [
        (f.surface, f.group, f.quantity.nominal, f.quantity.direction.value) for f in facts
    ] == [
        ("64,000", None, 64000, "none"),
        ("-7,000", "federal government", 7000, "down"),
    ]


def test_a_sectors_figure_meets_the_same_sector_and_never_the_total() -> None:
    # invented: economy. Two outlets: one writes the sectors as a list, the other as
    # sentences; the sectors agree, and no sector's figure meets the total.
    listed = (
        "The economy added 64,000 jobs in July.\n\nHealthcare (+41,000)\n\n"
        "Federal government (-7,000)\n"
    )
    told = (
        "Employers added 64,000 jobs in July. Health care added 41,000 jobs, and the "
        "federal government lost 7,000 jobs."
    )
    articles = [
        Article(id="list", text=listed, published=PUBLISHED),
        Article(id="prose", text=told, published=PUBLISHED),
    ]
    rows = compare([extract(a) for a in articles]).rows
    seen = sorted(
        (r.key.group or "", r.verdict, sorted(c.fact.surface for c in r.cells if c.fact))
        for r in rows
    )
    assert seen == [
        ("", Verdict.AGREE, ["64,000", "64,000"]),
        ("federal government", Verdict.AGREE, ["-7,000", "7,000"]),
        ("health care", Verdict.AGREE, ["+41,000", "41,000"]),
    ]
