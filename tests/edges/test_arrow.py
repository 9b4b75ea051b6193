"""Facts as Arrow tables (:mod:`discrepancy.arrow`)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")

import discrepancy  # noqa: E402 - after the importorskip above, on purpose
from discrepancy import (  # noqa: E402
    Article,
    Attribution,
    Extraction,
    Fact,
    Interval,
    Qualifier,
    Quantity,
    TimeBasis,
    TimeWindow,
)
from discrepancy.arrow import (  # noqa: E402
    ARTICLE_SCHEMA,
    FACT_DDL,
    FACT_SCHEMA,
    ROW_SCHEMA,
    articles_from_batch,
    comparison_to_table,
    extract_batch,
    extract_batches,
    facts_to_table,
    spark_ddl,
)
from tests.helpers import SEEDS  # noqa: E402

TEXT = "Russia launched 502 drones last night, of which 430 were shot down, the air force said."


def _hand_made() -> Extraction:
    """An extraction written by hand for the sentence above, checked against SEED_FACTS."""
    night = TimeWindow(
        start=datetime(2025, 9, 3, 18), end=datetime(2025, 9, 4, 9), granularity="night"
    )
    launched = Fact(
        span=(16, 26),
        surface="502 drones",
        sentence_span=(0, len(TEXT)),
        quantity=Quantity(
            span=(16, 26), surface="502 drones", nominal=502, value=Interval.point(502),
            qualifier=Qualifier.EXACT, noun="drone",
        ),
        subject="drone", event="launched", actor="Russia",
        time=night, time_basis=TimeBasis.STATED, time_surface="last night",
        attribution=Attribution(source="air force"),
    )  # fmt: skip
    intercepted = Fact(
        span=(46, 49),
        surface="430",
        sentence_span=(0, len(TEXT)),
        quantity=Quantity(
            span=(46, 49), surface="430", nominal=430,
            value=Interval(low=430, high=None, low_closed=True), qualifier=Qualifier.AT_LEAST,
            hedge=None,
        ),
        subject="drone", event="intercepted", time=night, time_basis=TimeBasis.CONTEXT,
        attribution=Attribution(source="air force", via="Reuters"), part_of=0,
    )  # fmt: skip
    article = Article(id="x", text=TEXT, outlet="Wire", published=datetime(2025, 9, 4, 10, 5))
    return Extraction(article=article, facts=(launched, intercepted))


# --------------------------------------------------------------------------- import hygiene


def test_import_discrepancy_does_not_load_pyarrow() -> None:
    code = "import sys, discrepancy; print('pyarrow' in sys.modules, 'dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- schemas


def test_fact_schema_columns() -> None:
    assert FACT_SCHEMA.names[:4] == ["article_id", "outlet", "published", "fact"]
    assert FACT_SCHEMA.field("published").type == pa.date32()
    assert FACT_SCHEMA.field("time_start").type == pa.date32()
    assert FACT_SCHEMA.field("part_of").type == pa.int32()
    assert FACT_SCHEMA.field("part_of").nullable
    assert not FACT_SCHEMA.field("article_id").nullable


def test_fact_ddl_names_every_column_back_quoted() -> None:
    parts = FACT_DDL.split(", ")
    assert len(parts) == len(FACT_SCHEMA)
    assert parts[0] == "`article_id` STRING"
    assert "`end` INT" in parts  # a SQL keyword: the back-quotes matter
    assert "`published` DATE" in parts
    assert "`low` DOUBLE" in parts


def test_spark_ddl_refuses_nested_types() -> None:
    with pytest.raises(discrepancy.InputError, match="spark_ddl"):
        spark_ddl(pa.schema([("x", pa.list_(pa.string()))]))


# --------------------------------------------------------------------------- facts out


def test_facts_to_table_hand_made() -> None:
    table = facts_to_table([_hand_made()])
    assert table.schema == FACT_SCHEMA
    rows = table.to_pylist()
    assert [r["surface"] for r in rows] == ["502 drones", "430"]
    first, second = rows
    assert first["published"] == date(2025, 9, 4)  # the day; the time stays on the article
    assert (first["low"], first["high"], first["qualifier"]) == (502.0, 502.0, "exact")
    assert (first["time_start"], first["time_end"]) == (date(2025, 9, 3), date(2025, 9, 4))
    assert first["window"] == "night:2025-09-03..2025-09-04"
    assert (first["source"], first["via"], first["part_of"]) == ("air force", None, None)
    assert TEXT[first["start"] : first["end"]] == "502 drones"
    assert (second["low"], second["high"], second["low_closed"]) == (430.0, None, True)
    assert (second["part_of"], second["via"], second["time_basis"]) == (0, "Reuters", "context")
    assert second["fact"] == 1


def test_facts_to_table_no_window_and_no_facts() -> None:
    bare = Fact(
        span=(0, 2), surface="12", sentence_span=(0, 5),
        quantity=Quantity(span=(0, 2), surface="12", nominal=12, value=Interval.point(12),
                          qualifier=Qualifier.EXACT),
    )  # fmt: skip
    ex = Extraction(article=Article(id="b", text="12 ok."), facts=(bare,))
    empty = Extraction(article=Article(id="c", text="Nothing."))
    rows = facts_to_table([empty, ex]).to_pylist()
    assert len(rows) == 1
    assert (rows[0]["window"], rows[0]["time_start"]) == (None, None)
    assert (rows[0]["published"], rows[0]["time_basis"]) == (None, "none")


def test_comparison_to_table_hand_made() -> None:
    from discrepancy import Cell, Comparison, Reason, Row, RowKey, Verdict

    fact = _hand_made().facts[0]
    window = "night:2025-09-03..2025-09-04"
    row = Row(
        key=RowKey(subject="drone", event="launched", window=window),
        cells=(Cell(article_id="x", fact=fact), Cell(article_id="y", note="not_reported")),
        verdict=Verdict.OMIT, reason=Reason.NOT_REPORTED, explanation="y does not report it",
    )  # fmt: skip
    table = comparison_to_table(Comparison(articles=(), rows=(row,)), event_id=7)
    assert table.schema == ROW_SCHEMA
    assert table.to_pylist() == [
        {
            "event_id": 7, "row": 0, "kind": "figure", "subject": "drone", "event": "launched",
            "window": "night:2025-09-03..2025-09-04", "location": None, "unit": None,
            "claimant": None, "verdict": "omit", "reason": "not_reported",
            "reasons": "not_reported", "explanation": "y does not report it",
            "article_id": "x", "surface": "502 drones", "low": 502.0, "high": 502.0, "note": None,
            "group": None, "party": None, "basis": None, "form": None, "rank": 0,
            "agreement": "single",
        },
        {
            "event_id": 7, "row": 0, "kind": "figure", "subject": "drone", "event": "launched",
            "window": "night:2025-09-03..2025-09-04", "location": None, "unit": None,
            "claimant": None, "verdict": "omit", "reason": "not_reported",
            "reasons": "not_reported", "explanation": "y does not report it",
            "article_id": "y", "surface": None, "low": None, "high": None, "note": "not_reported",
            "group": None, "party": None, "basis": None, "form": None, "rank": 0,
            "agreement": "single",
        },
    ]  # fmt: skip


# --------------------------------------------------------------------------- articles in


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param("2025-09-05", date(2025, 9, 5), id="iso-day-stays-a-day"),
        pytest.param("2025-09-05T14:11:00", datetime(2025, 9, 5, 14, 11), id="iso-datetime"),
        pytest.param(date(2025, 9, 5), date(2025, 9, 5), id="date32-column"),
        pytest.param(datetime(2025, 9, 5, 14, 11), datetime(2025, 9, 5, 14, 11), id="timestamp"),
        pytest.param("  ", None, id="blank-is-unknown"),
    ],
)
def test_published_column(published: object, expected: object) -> None:
    batch = pa.record_batch({"id": ["a"], "text": ["Police said 12 people were hurt."]})
    batch = batch.append_column("published", pa.array([published]))
    (article,) = articles_from_batch(batch)
    assert article.published == expected


def test_batch_values_win_over_text() -> None:
    batch = pa.Table.from_pylist(
        [{"id": "n1", "text": "A storm hit Leeds.", "outlet": "Courier", "url": "https://x.test/1"}]
    )
    (article,) = articles_from_batch(batch)
    assert (article.id, article.outlet, article.url) == ("n1", "Courier", "https://x.test/1")
    assert article.text.endswith("A storm hit Leeds.")


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        pytest.param({"text": ["x"]}, "missing \\['id'\\]", id="no-id"),
        pytest.param({"id": ["a"], "text": [None]}, "non-null id", id="null-text"),
        pytest.param(
            {"id": ["a"], "text": ["x"], "published": ["Sept 5th"]}, "ISO 8601", id="bad-date"
        ),
    ],
)
def test_bad_batches(columns: dict[str, list[object]], message: str) -> None:
    with pytest.raises(discrepancy.InputError, match=message):
        list(articles_from_batch(pa.table(columns)))


def test_article_schema() -> None:
    assert ARTICLE_SCHEMA.names == ["id", "text", "outlet", "published", "url"]
    assert not ARTICLE_SCHEMA.field("text").nullable


# --------------------------------------------------------------------------- through extract


def _seed_batch() -> Any:
    paths = sorted(SEEDS.glob("*.txt"))
    return pa.RecordBatch.from_pylist(
        [{"id": p.stem[:3], "text": p.read_text("utf-8")} for p in paths], schema=ARTICLE_SCHEMA
    )


def test_extract_batch_matches_extract_on_seeds() -> None:
    batch = _seed_batch()
    out = extract_batch(batch)
    assert out.schema == FACT_SCHEMA
    ids, texts = batch.column("id").to_pylist(), batch.column("text").to_pylist()
    expected = facts_to_table(
        discrepancy.extract(Article.from_raw(t, id=i)) for i, t in zip(ids, texts, strict=True)
    )
    assert pa.Table.from_batches([out]).equals(expected)
    surfaces = set(out.column("surface").to_pylist())
    # SEED_FACTS: 004 reports 502 drones and 24 missiles; 001 nearly 900 guided bombs.
    assert any("502" in s for s in surfaces)
    assert any("900" in s for s in surfaces)
    by_id: dict[str, list[dict[str, Any]]] = {}
    for row in out.to_pylist():
        by_id.setdefault(row["article_id"], []).append(row)
    assert by_id["004"][0]["published"] == date(2025, 9, 4)  # read from the text's date token


def test_extract_batches_is_a_mapinarrow_function() -> None:
    batch = _seed_batch()
    halves = [batch.slice(0, 2), batch.slice(2)]
    outs = list(extract_batches(iter(halves)))
    assert len(outs) == 2
    assert all(o.schema == FACT_SCHEMA for o in outs)
    joined = pa.Table.from_batches(outs)
    assert joined.equals(pa.Table.from_batches([extract_batch(batch)]))


def test_errors_skip_and_raise() -> None:
    batch = pa.table(
        {"id": ["empty", "ok"], "text": ["   ", "Police arrested 12 people on 4 May 2024."]}
    ).to_batches()[0]
    out = extract_batch(batch, errors="skip")
    assert set(out.column("article_id").to_pylist()) == {"ok"}
    with pytest.raises(discrepancy.DiscrepancyError, match="empty"):
        extract_batch(batch, errors="raise")


def test_the_slots_and_forms_of_facts_reach_the_table() -> None:
    text = (
        "Among the dead were 12 children, officials said. "
        "Sales rose by $2.1 billion to $48.7 billion, the company said."
    )
    ex = discrepancy.extract(Article(id="a", text=text, published=date(2026, 3, 3)))
    rows = {
        r["surface"]: (r["group"], r["direction"], r["form"], r["basis"], r["carried"])
        for r in facts_to_table([ex]).to_pylist()
    }
    assert rows == {
        "12": ("child", "none", "level", "none", False),
        # "the company" names no source: ``carried`` is null, not false.
        "$2.1 billion": (None, "up", "change", "none", None),
        "$48.7 billion": (None, "up", "level", "none", None),
    }


def test_how_a_source_was_found_and_the_links_of_a_move_reach_the_table() -> None:
    text = (
        "Sales rose by $2.1 billion to $48.7 billion, the company said. "
        "Bus ridership fell from 410,000 to 380,000, the transit authority said."
    )
    ex = discrepancy.extract(Article(id="a", text=text, published=date(2026, 3, 3)))
    rows = [
        (r["fact"], r["surface"], r["source_found"], r["link_role"], r["link_fact"])
        for r in facts_to_table([ex]).to_pylist()
    ]
    assert rows == [
        # "the company" names no source: ``source_found`` is null.
        (0, "$2.1 billion", None, "reaches", 1),
        (1, "$48.7 billion", None, "reached_by", 0),
        (2, "410,000", "stated", "from", 3),
        (3, "380,000", "stated", "to", 2),
    ]
