"""A user's vocabulary reaches the quantity and time scanners (issue #14): an entry of a
quantity kind or a holiday changes what :func:`scan`, :func:`find_quantities`,
:func:`parse_quantity`, :func:`find_times` and :func:`parse_time` read, and the shipped
vocabulary reads as before.

Each row gives the entry, an invented sentence, what the shipped vocabulary reads there
and what the extended one reads; the provenance column is last. Quantities are read as
``(surface, kind, unit, qualifier, interval, noun, direction, form)`` and rejected
mentions as ``(surface, reason)``; time mentions as ``(surface, window key, inferred)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

import pytest

import discrepancy
from discrepancy import InputTypeError, Quantity, Rejected, TimeMention, Vocabulary
from discrepancy.mentions.quantities import find_quantities, parse_quantity, scan
from discrepancy.mentions.times import find_times, parse_time
from discrepancy.mentions.times.triggers import SHIPPED_HOLIDAYS, holidays_for
from discrepancy.rules.quantities import _rules, rules_for

Entry = Mapping[str, Any]
QuantityRow = tuple[str, str, str | None, str, str, str | None, str, str]
Read = tuple[list[QuantityRow], list[tuple[str, str]]]


def _read(found: Sequence[Quantity], rejected: Sequence[Rejected] = ()) -> Read:
    return (
        [
            (
                q.surface,
                q.kind.value,
                q.unit,
                q.qualifier.value,
                str(q.value),
                q.noun,
                q.direction.value,
                q.form.value,
            )
            for q in found
        ],
        [(r.surface, r.reason.value) for r in rejected],
    )


def _times(mentions: Sequence[TimeMention]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.surface, m.window.key(), m.window.inferred) for m in mentions]


QUANTITY_CASES = [
    pytest.param(
        {"kind": "currency", "form": "zorkmids", "code": "ZRK", "position": "after"},
        "The museum charged 50 zorkmids for entry.",
        ([("50", "count", None, "exact", "[50, 50]", "zorkmid", "none", "level")], []),
        ([("50 zorkmids", "money", "ZRK", "exact", "[50, 50]", None, "none", "level")], []),
        "invented: culture",
        id="50 zorkmids",
    ),
    pytest.param(
        {"kind": "currency", "form": "Fl.", "code": "AWG", "position": "before"},
        "A ferry ticket costs Fl. 25 in high season.",
        ([("25", "count", None, "exact", "[25, 25]", None, "none", "level")], []),
        ([("Fl. 25", "money", "AWG", "exact", "[25, 25]", None, "none", "level")], []),
        "invented: travel",
        id="Fl. 25",
    ),
    pytest.param(
        {"kind": "unit", "unit": "league", "dimension": "length", "forms": ["leagues", "league"]},
        "The ship sailed 20 leagues before dawn.",
        ([("20", "count", None, "exact", "[20, 20]", "league", "none", "level")], []),
        ([("20 leagues", "length", "league", "exact", "[20, 20]", None, "none", "level")], []),
        "invented: shipping",
        id="20 leagues",
    ),
    pytest.param(
        {"kind": "unit", "unit": "dunam", "dimension": "area", "forms": ["dunams", "dunam"]},
        "The fire destroyed 300 dunams of orchards.",
        ([("300", "count", None, "exact", "[300, 300]", "dunam", "none", "level")], []),
        ([("300 dunams", "area", "dunam", "exact", "[300, 300]", None, "none", "level")], []),
        "invented: agriculture",
        id="300 dunams",
    ),
    pytest.param(
        {
            "kind": "hedge",
            "phrase": "give or take",
            "qualifier": "approximate",
            "position": "before",
        },
        "Organisers counted give or take 40 stalls at the fair.",
        ([("40", "count", None, "exact", "[40, 40]", "stall", "none", "level")], []),
        (
            [
                (
                    "give or take 40",
                    "count",
                    None,
                    "approximate",
                    "[36, 44]",
                    "stall",
                    "none",
                    "level",
                )
            ],
            [],
        ),
        "invented: local events",
        id="give or take 40",
    ),
    pytest.param(
        {"kind": "hedge", "phrase": "at a pinch", "qualifier": "at_most", "position": "after"},
        "The hall seats 400 at a pinch for concerts.",
        ([("400", "count", None, "exact", "[400, 400]", None, "none", "level")], []),
        ([("400 at a pinch", "count", None, "at_most", "(-inf, 400]", None, "none", "level")], []),
        "invented: venues",
        id="400 at a pinch",
    ),
    pytest.param(
        {"kind": "count_compound", "phrase": "grave"},
        "The dig uncovered a 12-grave cemetery near the church.",
        ([], [("12-grave", "name")]),
        ([("12", "count", None, "exact", "[12, 12]", None, "none", "level")], []),
        "invented: archaeology",
        id="a 12-grave cemetery",
    ),
    pytest.param(
        {"kind": "change", "phrase": "zoomed", "direction": "up", "role": "verb"},
        "Membership zoomed 30% last year.",
        ([("30%", "percent", "percent", "exact", "[30, 30]", None, "none", "level")], []),
        ([("30%", "percent", "percent", "exact", "[30, 30]", None, "up", "change")], []),
        "invented: business",
        id="zoomed 30%",
    ),
    pytest.param(
        {"kind": "change", "phrase": "nosedive", "direction": "down", "role": "noun"},
        "Shares fell after a 12% nosedive in sales.",
        ([("12%", "percent", "percent", "exact", "[12, 12]", None, "none", "level")], []),
        ([("12%", "percent", "percent", "exact", "[12, 12]", None, "down", "change")], []),
        "invented: markets",
        id="a 12% nosedive",
    ),
    pytest.param(
        {"kind": "name_cue", "phrase": "Prototype"},
        "Engineers tested Prototype 340 in the desert.",
        ([("340", "count", None, "exact", "[340, 340]", None, "none", "level")], []),
        ([], [("Prototype 340", "name")]),
        "invented: technology",
        id="Prototype 340",
    ),
    pytest.param(
        {"kind": "street", "phrase": "Wynd"},
        "The bakery at 14 Baker Wynd reopened.",
        ([("14", "count", None, "exact", "[14, 14]", "baker", "none", "level")], []),
        ([], [("14 Baker Wynd", "name")]),
        "invented: local news",
        id="14 Baker Wynd",
    ),
    pytest.param(
        {"kind": "nationality", "forms": ["ruritanian"]},
        "Police detained 12 Ruritanian sailors overnight.",
        ([("12", "count", None, "exact", "[12, 12]", "ruritanian sailor", "none", "level")], []),
        ([("12", "count", None, "exact", "[12, 12]", "sailor", "none", "level")], []),
        "invented: crime",
        id="12 Ruritanian sailors",
    ),
    pytest.param(
        {"kind": "margin", "phrase": "edged out by", "position": "before"},
        "The mayor was edged out by 300 votes.",
        ([("300", "count", None, "exact", "[300, 300]", "vote", "none", "level")], []),
        ([("300", "count", None, "exact", "[300, 300]", "vote", "none", "margin")], []),
        "invented: elections",
        id="edged out by 300 votes",
    ),
]


@pytest.mark.parametrize(("entry", "text", "shipped", "extended", "provenance"), QUANTITY_CASES)
def test_a_quantity_entry_changes_what_the_scanner_reads(
    entry: Entry, text: str, shipped: Read, extended: Read, provenance: str
) -> None:
    grown = Vocabulary.default().extended([entry])
    assert _read(*scan(text)) == shipped
    assert _read(*scan(text, vocabulary=grown)) == extended
    assert _read(find_quantities(text, vocabulary=grown)) == (extended[0], [])
    # The shipped vocabulary reads as before, given or not.
    assert _read(*scan(text, vocabulary=Vocabulary.default())) == shipped
    assert _read(*scan(text)) == shipped


def test_parse_quantity_reads_with_the_vocabulary() -> None:
    grown = Vocabulary.default().extended(
        [{"kind": "currency", "form": "zorkmids", "code": "ZRK", "position": "after"}]
    )
    q = parse_quantity("nearly 50 zorkmids", vocabulary=grown)
    assert (q.surface, q.kind.value, q.unit, q.qualifier.value, str(q.value)) == (
        "nearly 50 zorkmids",
        "money",
        "ZRK",
        "nearly",
        "[45, 50)",
    )
    assert parse_quantity("nearly 50 zorkmids").unit is None


FOUNDERS = {
    "kind": "holiday",
    "name": "Founders' Day",
    "forms": ["Founders' Day", "Founders’ Day"],
    "rule": "fixed",
    "month": 3,
    "day": 9,
}

TIME_CASES = [
    pytest.param(
        [FOUNDERS],
        "The parade on Founders' Day drew 300 people.",
        date(2025, 5, 1),
        [],
        [("on Founders' Day", "day:2025-03-09..2025-03-09", ("year",))],
        "invented: civic",
        id="on Founders' Day",
    ),
    pytest.param(
        [FOUNDERS],
        "Crowds were thinner than last Founders’ Day, organisers said.",
        date(2025, 3, 20),
        [],
        [("last Founders’ Day", "day:2025-03-09..2025-03-09", ())],
        "invented: civic",
        id="last Founders' Day",
    ),
    pytest.param(
        [FOUNDERS],
        "The parade on Founders' Day drew 300 people.",
        None,
        [],
        [("on Founders' Day", "day:unresolved:founders' day", ())],
        "invented: civic",
        id="undated",
    ),
    pytest.param(
        [
            {
                "kind": "holiday",
                "name": "Derby Day",
                "forms": ["Derby Day"],
                "rule": "nth_weekday",
                "month": 5,
                "weekday": 5,
                "nth": 1,
            }
        ],
        "Bookmakers took record bets before Derby Day 2024.",
        None,
        [],
        [("Derby Day 2024", "day:2024-05-04..2024-05-04", ())],
        "invented: sport",
        id="Derby Day 2024",
    ),
    pytest.param(
        [
            {
                "kind": "holiday",
                "name": "Ascension Day",
                "forms": ["Ascension Day"],
                "rule": "easter",
                "offset": 39,
            }
        ],
        "Shops will close on Ascension Day, the council said.",
        date(2025, 6, 10),
        [],
        [("on Ascension Day", "day:2026-05-14..2026-05-14", ("year",))],  # "will": the next one
        "invented: retail",
        id="on Ascension Day",
    ),
    pytest.param(
        [
            {
                "kind": "holiday",
                "name": "Harvest Festival",
                "forms": ["Harvest Festival"],
                "rule": "fixed",
                "month": 9,
                "day": 22,
                "needs_cue": True,
            }
        ],
        "Harvest Festival stalls sold out. Prices have doubled since Harvest Festival.",
        date(2025, 10, 1),
        [],
        [("since Harvest Festival", "span:2025-09-22..2025-10-01", ())],
        "invented: agriculture",
        id="since Harvest Festival",
    ),
    pytest.param(
        [
            {
                "kind": "holiday",
                "name": "Independence Day (Ruritania)",
                "forms": ["Independence Day"],
                "rule": "fixed",
                "month": 8,
                "day": 24,
            }
        ],
        "Fireworks lit the capital on Independence Day.",
        date(2025, 9, 1),
        [("on Independence Day", "day:2025-07-04..2025-07-04", ("year",))],
        [("on Independence Day", "day:2025-08-24..2025-08-24", ("year",))],
        "invented: politics, a shipped form re-filed",
        id="Independence Day re-filed",
    ),
]


@pytest.mark.parametrize(
    ("entries", "text", "published", "shipped", "extended", "provenance"), TIME_CASES
)
def test_a_holiday_entry_dates_its_day(
    entries: list[Entry],
    text: str,
    published: date | None,
    shipped: list[tuple[str, str, tuple[str, ...]]],
    extended: list[tuple[str, str, tuple[str, ...]]],
    provenance: str,
) -> None:
    grown = Vocabulary.default().extended(entries)
    assert _times(find_times(text, published=published)) == shipped
    assert _times(find_times(text, published=published, vocabulary=grown)) == extended
    assert _times(find_times(text, published=published, vocabulary=Vocabulary.default())) == (
        shipped
    )


def test_parse_time_reads_with_the_vocabulary() -> None:
    grown = Vocabulary.default().extended([FOUNDERS])
    window = parse_time("Founders' Day 2024", vocabulary=grown)
    assert window.key() == "day:2024-03-09..2024-03-09"
    with pytest.raises(discrepancy.ParseError, match="no time expression"):
        parse_time("Founders' Day 2024")


def test_vocabularies_share_what_they_compile_when_their_entries_agree() -> None:
    default = Vocabulary.default()
    assert rules_for(default) is _rules()
    assert holidays_for(default) is SHIPPED_HOLIDAYS
    # Entries of other kinds keep the shipped rules and holidays.
    cue_only = default.extended([{"kind": "cue", "phrase": "tweeted"}])
    assert rules_for(cue_only) is _rules()
    assert holidays_for(cue_only) is SHIPPED_HOLIDAYS
    # Two vocabularies with the same holidays share one table; the shipped one is untouched.
    one, two = default.extended([FOUNDERS]), default.extended([FOUNDERS])
    assert holidays_for(one) is holidays_for(two) is not SHIPPED_HOLIDAYS
    assert "founders' day" in holidays_for(one).by_form
    assert "founders' day" not in SHIPPED_HOLIDAYS.by_form
    assert set(holidays_for(one).by_form) - set(SHIPPED_HOLIDAYS.by_form) == {
        "founders' day",
        "founders’ day",
    }


def test_a_users_vocabulary_leaves_nothing_behind_for_the_next_call() -> None:
    # A user's vocabulary used first leaves nothing behind for the next call without one.
    text = "On Founders' Day the museum charged 50 zorkmids."
    grown = Vocabulary.default().extended(
        [FOUNDERS, {"kind": "currency", "form": "zorkmids", "code": "ZRK", "position": "after"}]
    )
    assert [q.surface for q in find_quantities(text, vocabulary=grown)] == ["50 zorkmids"]
    assert [t.surface for t in find_times(text, vocabulary=grown)] == ["On Founders' Day"]
    assert [q.surface for q in find_quantities(text)] == ["50"]
    assert find_times(text) == []


def test_a_vocabulary_from_scratch_reads_with_its_own_quantity_words_and_holidays() -> None:
    text = "Some 40 drones hit the port on Christmas Day, give or take 5 more."
    shipped = ([("Some 40", "approximate"), ("5", "exact")], ["on Christmas Day"])
    subjects_only = Vocabulary.from_entries(
        [{"kind": "subject", "name": "drone", "forms": ["drones"]}]
    )
    # None of the scanners' kinds: the shipped words, as before vocabularies reached them.
    own = Vocabulary.from_entries(
        [
            {
                "kind": "hedge",
                "phrase": "give or take",
                "qualifier": "approximate",
                "position": "before",
            },
            {
                "kind": "holiday",
                "name": "Port Day",
                "forms": ["Port Day"],
                "rule": "fixed",
                "month": 6,
                "day": 1,
            },
        ]
    )

    def read(vocabulary: Vocabulary | None) -> tuple[list[tuple[str, str]], list[str]]:
        return (
            [(q.surface, q.qualifier.value) for q in find_quantities(text, vocabulary=vocabulary)],
            [t.surface for t in find_times(text, vocabulary=vocabulary)],
        )

    assert read(None) == read(subjects_only) == shipped
    # Entries of those kinds replace the shipped words: "Some" and Christmas are not among them.
    assert read(own) == ([("40", "exact"), ("give or take 5", "approximate")], [])


CALLS: dict[str, Callable[[Any], object]] = {
    "scan": lambda v: scan("50 drones", vocabulary=v),
    "find_quantities": lambda v: find_quantities("50 drones", vocabulary=v),
    "parse_quantity": lambda v: parse_quantity("50 drones", vocabulary=v),
    "find_times": lambda v: find_times("on Sunday", vocabulary=v),
    "parse_time": lambda v: parse_time("on Sunday", vocabulary=v),
    "extract": lambda v: discrepancy.extract("50 drones", vocabulary=v),
}


@pytest.mark.parametrize("func", list(CALLS))
@pytest.mark.parametrize(
    ("wrong", "shown"),
    [
        pytest.param("holidays.jsonl", "str", id="a path"),
        pytest.param([FOUNDERS], "list", id="a list of entries"),
        pytest.param(FOUNDERS, "dict", id="an entry"),
    ],
)
def test_a_vocabulary_of_the_wrong_type_is_refused_in_one_style(
    func: str, wrong: object, shown: str
) -> None:
    with pytest.raises(InputTypeError) as caught:
        CALLS[func](wrong)
    assert str(caught.value) == (
        f"{func}() takes vocabulary= as a discrepancy.Vocabulary or None, not {shown}"
    )
