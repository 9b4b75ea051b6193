"""Golden serialisation (`discrepancy.report.golden`) on hand-built models.

The expected lines are written out by hand from the model fields, not copied from the
code's output: they pin the key order, the interval notation and the attribution form
that every golden file in `fixtures/` relies on.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import discrepancy
from discrepancy import (
    Article,
    Attribution,
    Cell,
    Comparison,
    CopyGroup,
    Extraction,
    Fact,
    GoldenFileError,
    Granularity,
    Interval,
    LocationBasis,
    Qualifier,
    Quantity,
    QuantityKind,
    Reason,
    Row,
    RowKey,
    RowKind,
    Statement,
    TimeBasis,
    TimeWindow,
    Verdict,
)
from discrepancy.report.golden import (
    comparison_lines,
    diff,
    dumps,
    facts_lines,
    read_golden,
    write_golden,
)

SEP_1_5 = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity=Granularity.SPAN)
SEP_5 = TimeWindow(start=date(2025, 9, 5), end=date(2025, 9, 5), granularity=Granularity.DAY)


def make_fact(
    text: str,
    surface: str,
    value: Interval,
    qualifier: Qualifier,
    **fields: object,
) -> Fact:
    start = text.index(surface)
    unit = fields.pop("unit", None)
    kind = fields.pop("kind", QuantityKind.COUNT)
    q = Quantity(
        span=(start, start + len(surface)),
        surface=surface,
        nominal=value.low if value.low is not None else (value.high or 0.0),
        value=value,
        qualifier=qualifier,
        unit=unit,
        kind=kind,
    )
    return Fact(
        span=q.span,
        surface=surface,
        sentence_span=(0, len(text)),
        quantity=q,
        **fields,
    )


# --------------------------------------------------------------------------- facts

SEED_000 = (
    "Russian forces unleashed over 1,300 drones, nearly 900 guided bombs, "
    "and around 50 missiles across 14 Ukrainian regions."
)
FACT_CASES = [
    pytest.param(
        SEED_000,
        make_fact(
            SEED_000,
            "over 1,300 drones",
            Interval(low=1300, low_closed=False),
            Qualifier.MORE_THAN,
            subject="drone",
            event="launched",
            actor="Russia",
            time=SEP_1_5,
            time_basis=TimeBasis.STATED,
            attribution=Attribution(source="Zelensky"),
        ),
        {
            "surface": "over 1,300 drones",
            "span": [25, 42],
            "subject": "drone",
            "event": "launched",
            "value": "(1300, inf)",
            "qualifier": "more_than",
            "unit": None,
            "time": "span:2025-09-01..2025-09-05",
            "time_basis": "stated",
            "location": None,
            "location_basis": "none",
            "actor": "Russia",
            "attribution": "Zelensky",
            "part_of": None,
            "negated": False,
        },
        id="seeds-more-than-open-low",
    ),
    pytest.param(
        SEED_000,
        make_fact(
            SEED_000,
            "nearly 900 guided bombs",
            Interval(low=810, high=900, high_closed=False),
            Qualifier.NEARLY,
            subject="guided bomb",
            attribution=Attribution(source="Zelensky", via="EuroNews"),
        ),
        {
            "surface": "nearly 900 guided bombs",
            "span": [44, 67],
            "subject": "guided bomb",
            "event": None,
            "value": "[810, 900)",
            "qualifier": "nearly",
            "unit": None,
            "time": None,
            "time_basis": "none",
            "location": None,
            "location_basis": "none",
            "actor": None,
            "attribution": "Zelensky via EuroNews",
            "part_of": None,
            "negated": False,
        },
        id="seeds-nearly-half-open-and-relay",
    ),
    pytest.param(
        "No casualties have been reported.",
        make_fact(
            "No casualties have been reported.",
            "No casualties",
            Interval.point(0),
            Qualifier.EXACT,
            subject="casualty",
            negated=True,
        ),
        {
            "surface": "No casualties",
            "span": [0, 13],
            "subject": "casualty",
            "event": None,
            "value": "[0, 0]",
            "qualifier": "exact",
            "unit": None,
            "time": None,
            "time_basis": "none",
            "location": None,
            "location_basis": "none",
            "actor": None,
            "attribution": None,
            "part_of": None,
            "negated": True,
        },
        id="seeds-zero-fact",
    ),
    pytest.param(
        "The fire has burned 12,400 hectares, or about 30,600 acres.",
        make_fact(
            "The fire has burned 12,400 hectares, or about 30,600 acres.",
            "about 30,600 acres",
            Interval(low=27540, high=33660),
            Qualifier.APPROXIMATE,
            subject="area burned",
            unit="acre",
            kind=QuantityKind.AREA,
            location="British Columbia",
            location_basis=LocationBasis.CONTEXT,
            time=TimeWindow(
                granularity=Granularity.DAY, unknown=("year",), month_day=((8, 2),) * 2
            ),
            time_basis=TimeBasis.DEFAULT,
        ),
        {
            "surface": "about 30,600 acres",
            "span": [40, 58],
            "subject": "area burned",
            "event": None,
            "value": "[27540, 33660]",
            "qualifier": "approximate",
            "unit": "acre",
            "time": "day:????-08-02..????-08-02",
            "time_basis": "default",
            "location": "British Columbia",
            "location_basis": "context",
            "actor": None,
            "attribution": None,
            "part_of": None,
            "negated": False,
        },
        id="invented-area-unit-and-year-unknown",
    ),
    pytest.param(
        "Organisers said dozens of unions joined.",
        make_fact(
            "Organisers said dozens of unions joined.",
            "dozens of unions",
            Interval(low=24),
            Qualifier.VAGUE,
            subject="union",
            part_of=0,
        ),
        {
            "surface": "dozens of unions",
            "span": [16, 32],
            "subject": "union",
            "event": None,
            "value": "[24, inf)",
            "qualifier": "vague",
            "unit": None,
            "time": None,
            "time_basis": "none",
            "location": None,
            "location_basis": "none",
            "actor": None,
            "attribution": None,
            "part_of": 0,
            "negated": False,
        },
        id="invented-vague-and-part-of",
    ),
]


@pytest.mark.parametrize(("text", "fact", "expected"), FACT_CASES)
def test_fact_line_has_fixed_keys_in_reading_order(
    text: str, fact: Fact, expected: dict[str, object]
) -> None:
    ex = Extraction(article=Article(id="a", text=text), facts=(fact,))
    [line] = facts_lines(ex)
    assert line == json.dumps(expected, ensure_ascii=False, separators=(", ", ": "))
    assert list(json.loads(line)) == list(expected)
    assert text[fact.span[0] : fact.span[1]] == json.loads(line)["surface"]


def test_fact_lines_follow_text_order_one_per_fact() -> None:
    a, b = FACT_CASES[0].values[1], FACT_CASES[1].values[1]
    assert isinstance(a, Fact)
    assert isinstance(b, Fact)
    ex = Extraction(article=Article(id="a", text=SEED_000), facts=(a, b))
    lines = facts_lines(ex)
    assert [json.loads(x)["surface"] for x in lines] == [
        "over 1,300 drones",
        "nearly 900 guided bombs",
    ]


def test_no_facts_gives_no_lines() -> None:
    assert facts_lines(Extraction(article=Article(id="a", text="Nothing here."))) == []


def test_non_ascii_is_kept_as_written() -> None:
    assert dumps({"surface": "€4.5 million", "location": "Kraków"}) == (
        '{"surface": "€4.5 million", "location": "Kraków"}'
    )


# --------------------------------------------------------------------------- rows

A, B, C = "a-wire", "b-herald", "c-early"


def _row(**changes: object) -> Row:
    text = "Police said 28,000 people marched."
    f = make_fact(
        text, "28,000 people", Interval.point(28000), Qualifier.EXACT, subject="protester"
    )
    fields: dict[str, object] = {
        "key": RowKey(subject="protester", event="marched", window="day:2027-03-18..2027-03-18"),
        "cells": (
            Cell(article_id=A, fact=f),
            Cell(article_id=B, fact=f, note="copy_of:a-wire"),
            Cell(article_id=C, note="published_before_window"),
        ),
        "verdict": Verdict.OMIT,
        "reason": Reason.NOT_REPORTED,
        "reasons": (Reason.NOT_REPORTED, Reason.SAME_FIGURE),
        "explanation": "a-wire and b-herald agree; c-early was published before",
    }
    fields.update(changes)
    return Row(**fields)


def test_row_line_keys_cells_and_reviewable_notes() -> None:
    cmp = Comparison(
        articles=(), rows=(_row(),), copies=(CopyGroup(article_ids=(A, B), similarity=0.93),)
    )
    assert comparison_lines(cmp) == [
        '{"subject": "protester", "event": "marched", "window": "day:2027-03-18..2027-03-18", '
        '"location": null, "verdict": "omit", "reason": "not_reported", "also": ["same_figure"], '
        '"cells": {"a-wire": "28,000 people", "b-herald": "28,000 people", "c-early": null}, '
        '"notes": {"b-herald": "copy_of:a-wire", "c-early": "published_before_window"}}',
        '{"copies": ["a-wire", "b-herald"]}',
    ]


def test_row_line_leaves_out_plain_not_reported_notes_and_single_reason() -> None:
    text = "Organisers said 120,000 people marched."
    f = make_fact(text, "120,000 people", Interval.point(120000), Qualifier.EXACT)
    row = _row(
        key=RowKey(subject="protester", location="Lisbon", unit=None, claimant="organisers"),
        cells=(Cell(article_id=A, fact=f), Cell(article_id=B, note="not_reported")),
        verdict=Verdict.OMIT,
        reason=Reason.NOT_REPORTED,
        reasons=(Reason.NOT_REPORTED,),
    )
    [line] = comparison_lines(Comparison(articles=(), rows=(row,)))
    record = json.loads(line)
    assert list(record) == [
        "subject", "event", "window", "location", "claimant", "verdict", "reason", "cells",
    ]  # fmt: skip
    assert record["claimant"] == "organisers"
    assert record["cells"] == {A: "120,000 people", B: None}


def test_statement_row_shows_the_day_each_outlet_gives() -> None:
    said = Statement(speaker="Peskov", quote="to talk, not to capitulate", span=(0, 26), time=SEP_5)
    undated = Statement(speaker="Peskov", quote="to talk, not to capitulate", span=(0, 26))
    row = _row(
        key=RowKey(kind=RowKind.STATEMENT, subject="Peskov", event="to talk, not to capitulate"),
        cells=(
            Cell(article_id=A, statement=said),
            Cell(article_id=B, statement=undated, note="undated"),
            Cell(article_id=C, note="not_reported"),
        ),
    )
    record = json.loads(comparison_lines(Comparison(articles=(), rows=(row,)))[0])
    assert next(iter(record)) == "kind"
    assert record["kind"] == "statement"
    assert record["cells"] == {A: "day:2025-09-05..2025-09-05", B: "undated", C: None}
    assert record["notes"] == {B: "undated"}


# --------------------------------------------------------------------------- files


def test_write_then_read_round_trips_utf8_with_final_newline(tmp_path: Path) -> None:
    lines = [dumps({"surface": "“about 30,600 acres”"}), dumps({"location": "Kraków"})]
    path = tmp_path / "x.facts.jsonl"
    write_golden(path, lines)
    raw = path.read_bytes()
    assert raw.endswith(b"}\n")
    assert "Kraków".encode() in raw
    assert read_golden(path) == lines


def test_empty_golden_is_no_lines(tmp_path: Path) -> None:
    path = tmp_path / "comparison.jsonl"
    write_golden(path, [])
    assert path.read_bytes() == b""
    assert read_golden(path) == []


def test_missing_golden_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_golden(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        pytest.param(b'{"a": 1}\n{"a": 2\n', 2, "not valid JSON", id="truncated-object"),
        pytest.param(b'{"a": 1}\n[1, 2]\n', 2, "not a JSON object but a list", id="list"),
        pytest.param(b'"surface"\n', 1, "not a JSON object but a string", id="bare-string"),
        pytest.param(b'{"a": 1}\n\n{"a": 2}\n', 2, "blank", id="blank-line"),
        pytest.param(b'{"a": 1}\n{"a": 2}\n{a: 3}\n', 3, "not valid JSON", id="unquoted-key"),
    ],
)
def test_malformed_line_names_file_and_line(
    tmp_path: Path, content: bytes, line: int, words: str
) -> None:
    path = tmp_path / "wire.facts.jsonl"
    path.write_bytes(content)
    with pytest.raises(GoldenFileError) as info:
        read_golden(path)
    assert info.value.line == line
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert words in str(info.value)


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.facts.jsonl"
    path.write_bytes(b'{"surface": "\xff"}\n')
    with pytest.raises(GoldenFileError, match="UTF-8") as info:
        read_golden(path)
    assert info.value.path == str(path)


# --------------------------------------------------------------------------- diff


def test_diff_is_empty_when_equal() -> None:
    assert diff(['{"a": 1}'], ['{"a": 1}'], "x.jsonl") == ""


def test_diff_shows_removed_and_added_lines_with_golden_and_now_headers() -> None:
    golden = ['{"surface": "622 people"}', '{"surface": "14 regions"}']
    now = ['{"surface": "800 people"}', '{"surface": "14 regions"}', '{"surface": "3 towns"}']
    lines = diff(golden, now, "fixtures/storm/wire.facts.jsonl").splitlines()
    assert lines[0] == "--- golden\tfixtures/storm/wire.facts.jsonl"
    assert lines[1] == "+++ now"
    assert '-{"surface": "622 people"}' in lines
    assert '+{"surface": "800 people"}' in lines
    assert '+{"surface": "3 towns"}' in lines
    assert ' {"surface": "14 regions"}' in lines


@pytest.mark.parametrize(
    ("interval", "notation"),
    [
        pytest.param(Interval(low=45, high=50 * 1.1), "[45, 55]", id="bugs-float-noise-rounded"),
        pytest.param(Interval(low=0.9, high=1.0, high_closed=False), "[0.9, 1)", id="fraction"),
        pytest.param(Interval(high=50), "(-inf, 50]", id="up-to"),
        pytest.param(Interval(low=1.2e9, high=1.2e9), "[1200000000, 1200000000]", id="billion"),
    ],
)
def test_interval_notation_is_stable(interval: Interval, notation: str) -> None:
    from discrepancy.models import interval_notation

    assert interval_notation(interval) == notation


def test_a_linked_fact_line_ends_with_its_link() -> None:
    ex = discrepancy.extract(
        Article(
            id="a",
            text="The jobless rate fell from 5.2% to 4.9% in May, the statistics office said.",
            published=date(2026, 6, 5),
        )
    )
    lines = [json.loads(x) for x in facts_lines(ex)]
    assert [(x["surface"], list(x)[-1], x["link"]) for x in lines] == [
        ("5.2%", "link", ["from", 1]),
        ("4.9%", "link", ["to", 0]),
    ]
