"""Extraction in worker processes (:func:`discrepancy.extract_many`, ``--jobs``)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

import discrepancy
from discrepancy import Article
from discrepancy._cli import main
from tests.helpers import ROOT, SEEDS

# Invented sentences from several beats; each has one figure with a subject.
TEXTS = [
    "Police arrested 48 people after the match in Rotterdam on Sunday.",
    "The central bank raised rates to 4.5 percent on Thursday.",
    "About 2,000 homes lost power when the storm hit the coast overnight.",
    "Officials said 17 people were killed in the landslide on Monday.",
    "Turnout reached 63 percent in the runoff, the commission said.",
    "Some 30,000 people marched through the capital on Saturday.",
]


def _json(extractions: list[discrepancy.Extraction]) -> list[str]:
    return [e.model_dump_json() for e in extractions]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_same_output_in_the_same_order(jobs: int) -> None:
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(TEXTS * 3)]
    serial = [discrepancy.extract(a) for a in articles]
    assert _json(discrepancy.extract_many(articles, jobs=jobs)) == _json(serial)


def _recorder(seen: list[tuple[int, int]]) -> Callable[[int, int], None]:
    return lambda done, total: seen.append((done, total))


def test_seeds_and_fixtures_give_the_same_extractions_on_one_core_and_two() -> None:
    folders = [SEEDS, *sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())]
    articles = [a for folder in folders for a in discrepancy.load_articles(folder)]
    seen: dict[int, list[tuple[int, int]]] = {1: [], 2: []}
    runs = {
        jobs: discrepancy.extract_many(articles, jobs=jobs, progress=_recorder(seen[jobs]))
        for jobs in (1, 2)
    }
    assert _json(runs[2]) == _json(runs[1]) == _json([discrepancy.extract(a) for a in articles])
    assert [e.article.id for e in runs[2]] == [a.id for a in articles]
    n = len(articles)
    assert seen[1] == [(d, n) for d in range(1, n + 1)]
    assert [t for _, t in seen[2]] == [n] * len(seen[2])
    assert [d for d, _ in seen[2]] == sorted({d for d, _ in seen[2]})
    assert seen[2][-1] == (n, n)


def test_texts_get_ids_by_position_and_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    out = discrepancy.extract_many(TEXTS, jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert [(e.article.id, e.facts[0].quantity.nominal) for e in out[:2]] == [
        ("text-1", 48.0),
        ("text-2", 4.5),
    ]
    assert seen[-1] == (6, 6)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_policy_reaches_the_workers() -> None:
    policy = discrepancy.Policy(vague_bounds={"some": (0.5, 1.5)})
    (serial,) = [discrepancy.extract(TEXTS[5], policy=policy)]
    many = discrepancy.extract_many([TEXTS[5], TEXTS[5]], jobs=2, policy=policy)
    assert [e.facts[0].quantity.value for e in many] == [serial.facts[0].quantity.value] * 2


def test_empty_input_is_an_empty_result() -> None:
    assert discrepancy.extract_many([], jobs=2) == []


@pytest.mark.parametrize(
    ("articles", "jobs", "error", "message"),
    [
        pytest.param(TEXTS, 0, discrepancy.InputError, "jobs", id="zero-jobs"),
        pytest.param(TEXTS, True, discrepancy.InputError, "jobs", id="bool-jobs"),
        pytest.param("one text", 1, discrepancy.InputError, "iterable", id="bare-string"),
        pytest.param([3], 1, discrepancy.InputError, "item 1", id="not-an-article"),
        pytest.param(["A.", "  "], 2, discrepancy.EmptyInputError, "empty", id="worker-error"),
    ],
)
def test_bad_input(articles: object, jobs: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        discrepancy.extract_many(articles, jobs=jobs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- command line


def test_cli_jobs_gives_the_same_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--format", "jsonl", "--jobs", "1"]) == 0
    one = capsys.readouterr().out
    assert main(["extract", str(SEEDS), "--format", "jsonl", "--jobs", "2"]) == 0
    two = capsys.readouterr().out
    assert one == two
    serial = [discrepancy.extract(a) for a in discrepancy.load_articles(SEEDS)]
    assert [(r["article"], r["surface"]) for r in map(json.loads, one.splitlines())] == [
        (e.article.id, f.surface) for e in serial for f in e.facts
    ]


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_cli_refuses_bad_jobs(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(SEEDS), "--jobs", value])
    assert stop.value.code == 2
    assert "positive whole number" in capsys.readouterr().err
