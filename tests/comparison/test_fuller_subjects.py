"""One thing worded with and without a modifier (issue #15, subject variants): a
subject whose words are the head and some of the modifiers of the one fuller subject
of the story ("coverage" beside "vaccination coverage", "the ten-year yield" beside
"the ten-year bond yield") keys that subject's row, with an assumption saying so.

- Joins: a short wording beside one fuller wording of its unit (a share, a count); a
  chain of wordings of one thing ("yield", "ten-year yield", "ten-year bond yield")
  meets under the fullest.
- Stays apart: a short wording beside two fuller subjects that do not contain each
  other ("bond yield" beside the ten-year and the two-year bond yield; "ridership"
  beside rail and bus ridership); an article giving both wordings (exports and car
  exports: a whole and its part); a subject the vocabulary names ("jobs" beside
  "open jobs"); a fuller subject in another unit (a share beside a cost).

Every story here is invented; the provenance column says which pattern a case stands
for (never devset text).
"""

from __future__ import annotations

import pytest

from discrepancy import Article, compare, extract
from discrepancy.comparison.entries import read_entries
from tests.comparison.story_rows import SATURDAY, story_rows

# (subject, cells: outlet -> figure, agreement)
Expected = tuple[str, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "health-coverage",
        "invented: a health figure named in full by one outlet, by its head by another",
        {
            "med-wire": "Vaccination coverage reached 91% last year, the health ministry "
            "said on Saturday.",
            "med-post": "Coverage reached 91% last year, the health ministry said on Saturday.",
        },
        # one ministry's figure in two outlets: one source
        [("vaccination coverage", {"med-post": "91%", "med-wire": "91%"}, "single")],
    ),
    (
        "health-coverage-disagrees-apart",
        "counter-case: a short wording that disagrees may be the whole; an assumed "
        "wording never makes a difference of its own",
        {
            "med-wire": "Vaccination coverage reached 91% last year, the health ministry "
            "said on Saturday.",
            "med-post": "Coverage reached 84% last year, the health ministry said on Saturday.",
        },
        [
            ("coverage", {"med-post": "84%"}, "single"),
            ("vaccination coverage", {"med-wire": "91%"}, "single"),
        ],
    ),
    (
        "markets-yield-chain",
        "invented: three outlets, three wordings of one bond yield",
        {
            "mkt-wire": "The ten-year bond yield rose to 4.2% on Saturday.",
            "mkt-post": "The ten-year yield rose to 4.2% on Saturday.",
            "mkt-news": "The yield rose to 4.2% on Saturday, traders said.",
        },
        [
            (
                "ten-year bond yield",
                {"mkt-news": "4.2%", "mkt-post": "4.2%", "mkt-wire": "4.2%"},
                "agree",
            )
        ],
    ),
    (
        "markets-two-yields-apart",
        "counter-case: the short wording fits two fuller subjects, so neither",
        {
            "mkt-wire": "The ten-year bond yield rose to 4.2% on Saturday, while the "
            "two-year bond yield fell to 3.9%.",
            "mkt-post": "The bond yield rose to 4.3% on Saturday.",
        },
        [
            ("bond yield", {"mkt-post": "4.3%"}, "single"),
            ("ten-year bond yield", {"mkt-wire": "4.2%"}, "single"),
            ("two-year bond yield", {"mkt-wire": "3.9%"}, "single"),
        ],
    ),
    (
        "transport-ridership-chain",
        "invented: a count of riders in three wordings",
        {
            "bus-wire": "Daily rail ridership fell to 2.1 million on Saturday.",
            "bus-post": "Rail ridership fell to about 2.1 million on Saturday.",
            "bus-news": "Ridership fell to 2.1 million on Saturday.",
        },
        [
            (
                "daily rail ridership",
                {
                    "bus-news": "2.1 million",
                    "bus-post": "about 2.1 million",
                    "bus-wire": "2.1 million",
                },
                "agree",
            )
        ],
    ),
    (
        "transport-rail-and-bus-apart",
        "counter-case: rail and bus ridership both contain the short wording",
        {
            "bus-wire": "Daily rail ridership fell to 2.1 million on Saturday, and daily bus "
            "ridership fell to 3.3 million.",
            "bus-post": "Ridership fell to 2.4 million on Saturday.",
        },
        [
            ("ridership", {"bus-post": "2.4 million"}, "single"),
            ("daily rail ridership", {"bus-wire": "2.1 million"}, "single"),
            ("daily bus ridership", {"bus-wire": "3.3 million"}, "single"),
        ],
    ),
    (
        "jobs-openings",
        "invented: a jobs report's openings, named in full by one outlet only",
        {
            "job-wire": "Job openings fell to 7.2 million in March, the department said.",
            "job-post": "Openings fell to 7.2 million in March, the department said.",
        },
        [("job opening", {"job-post": "7.2 million", "job-wire": "7.2 million"}, "single")],
    ),
    (
        "economy-whole-and-part-apart",
        "counter-case: one outlet gives the whole and a part side by side",
        {
            "eco-wire": "Exports rose 4% in March, while car exports rose 9%.",
            "eco-post": "Exports rose 5% in March.",
        },
        [
            ("export", {"eco-post": "5%", "eco-wire": "4%"}, "differ"),
            ("car export", {"eco-wire": "9%"}, "single"),
        ],
    ),
    (
        "health-other-unit-apart",
        "counter-case: a fuller subject in another unit (a share, a cost) is no wording of it",
        {
            "med-wire": "Vaccination coverage reached 91% last year.",
            "med-post": "Coverage of the programme cost $3 million last year.",
        },
        [
            ("vaccination coverage", {"med-wire": "91%"}, "single"),
            ("cost", {"med-post": "$3 million"}, "single"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("story", "rows"), [(c[2], c[3]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_fuller_subjects(story: dict[str, str], rows: list[Expected]) -> None:
    assert story_rows(story, "subject") == rows


def test_the_row_says_it_assumed_the_fuller_name() -> None:
    comparison = compare(
        [
            Article(id="w", text="Vaccination coverage reached 91% last year.", published=SATURDAY),
            Article(id="p", text="Coverage reached 91% last year.", published=SATURDAY),
        ]
    )
    assert [(r.key.subject, r.assumptions) for r in comparison.rows] == [
        (
            "vaccination coverage",
            (
                "p gives 'coverage' for '91%'; taken as vaccination coverage, the one "
                "fuller name the story gives it",
            ),
        )
    ]


def test_a_subject_the_vocabulary_names_keeps_its_row() -> None:
    """ "jobs" is a subject of the vocabulary: beside "open jobs" it is a figure of its
    own, not a short wording (the extractor reads "open jobs" as jobs today, so the
    fuller subject is set by hand)."""
    wire = extract(
        Article(id="w", text="Employers added 150,000 jobs in March.", published=SATURDAY)
    )
    post = extract(
        Article(id="p", text="Open jobs fell to 7.2 million in March.", published=SATURDAY)
    )
    post = post.model_copy(
        update={"facts": [f.model_copy(update={"subject": "open job"}) for f in post.facts]}
    )
    assert [(e.subject, e.notes) for e in read_entries([wire, post])] == [
        ("job", []),
        ("open job", []),
    ]
