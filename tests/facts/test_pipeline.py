"""The contract of the facts passes: what each pass declares it reads and writes is
what it does (statically, in its code; and at run time, over seeds and fixtures)."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from discrepancy import Article, Vocabulary, extract, load_articles
from discrepancy.facts import pipeline, voices
from discrepancy.facts.document import Document
from discrepancy.facts.draft import Draft, Reading
from discrepancy.facts.extract import start_reading
from discrepancy.facts.pipeline import MADE, PASSES, Pass, pass_named, run_passes

ROOT = Path(__file__).resolve().parents[2]
FIELDS = frozenset(f.name for f in fields(Draft))
# carry_sources reads the drafts through its own protocol (voices.Figure), and its
# other objects share field names: it is checked at run time only.
_NOT_ANALYSED = frozenset(
    ["discrepancy.facts.statements", "discrepancy.facts.carry", "discrepancy.facts.voices"]
)


def _functions(module: ModuleType) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(inspect.getsource(module))
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}


def _made_with(call: ast.Call) -> set[str]:
    """The fields a ``Draft(...)`` call sets: its positional and keyword arguments."""
    order = [f.name for f in fields(Draft)]
    return set(order[: len(call.args)]) | {k.arg for k in call.keywords if k.arg}


def draft_fields(func: Callable[..., Any]) -> tuple[set[str], set[str]]:
    """The draft fields a function and every facts function it calls read and write.

    Attribute names are matched by name (``d.subject``), on whatever object: the facts
    modules hold no other object with a draft field's name, save regex matches'
    ``group()``, a call, which is left out.
    """
    reads: set[str] = set()
    writes: set[str] = set()
    seen: set[tuple[str, str]] = set()
    todo = [(func.__module__, func.__name__)]
    while todo:
        key = todo.pop()
        if key in seen or key[0] in _NOT_ANALYSED:
            continue
        seen.add(key)
        module = importlib.import_module(key[0])
        node = _functions(module)[key[1]]
        calls = {id(c.func) for c in ast.walk(node) if isinstance(c, ast.Call)}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Attribute) and sub.attr in FIELDS and id(sub) not in calls:
                (writes if isinstance(sub.ctx, ast.Store) else reads).add(sub.attr)
            if (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Name)
                and (sub.func.id == "Draft")
            ):
                writes |= _made_with(sub)
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load):
                target = getattr(module, sub.id, None)
                if inspect.isfunction(target) and target.__module__.startswith(
                    "discrepancy.facts."
                ):
                    todo.append((target.__module__, target.__name__))
    return reads, writes


def test_every_field_a_pass_reads_is_written_before_it() -> None:
    # A field read before any pass sets it holds its default: a condition on it is
    # always true or always false. A pass may read what it writes itself (the figure
    # before in the same loop).
    written = set(MADE)
    late: list[tuple[str, list[str]]] = []
    for p in PASSES:
        if p.reads - written - p.writes:
            late.append((p.name, sorted(p.reads - written - p.writes)))
        written |= p.writes
    assert late == []


def test_pass_names_are_unique_and_fields_are_draft_fields() -> None:
    assert len({p.name for p in PASSES}) == len(PASSES)
    assert [p.name for p in PASSES if not (p.reads | p.writes) <= FIELDS] == []


@pytest.mark.parametrize("p", PASSES, ids=lambda p: p.name)
def test_declarations_are_what_the_code_reads_and_writes(p: Pass) -> None:
    reads, writes = draft_fields(p.run)
    if p.name == "carried sources":  # what voices.Figure offers; writes checked at run time
        assert (reads, writes) == (set(), set())
        assert p.reads == set(voices.Figure.__annotations__) | {"quantity"}
        assert p.writes == {"attribution"}
        return
    assert (sorted(p.reads), sorted(p.writes)) == (sorted(reads), sorted(writes))


def test_the_check_is_on_under_test() -> None:
    assert pipeline.CHECK_PASSES is True


def _reading(text: str) -> tuple[Document, Reading]:
    """The document and the reading of ``text`` after every pass (run with the check)."""
    article = Article(id="t", text=text, published=date(2025, 9, 4))
    doc, reading = start_reading(article, None, Vocabulary.default())
    run_passes(doc, reading)
    return doc, reading


def test_a_pass_that_writes_an_undeclared_field_fails() -> None:
    doc, reading = _reading("Russia launched 502 drones at Ukraine, the air force said.")
    assert [d.subject for d in reading.drafts] == ["drone"]

    def rewrite(doc: Document, reading: Reading) -> None:
        for d in reading.drafts:
            d.location = "Kyiv"

    sly = Pass("sly", "writes a place it does not declare", rewrite, frozenset(), frozenset())
    with pytest.raises(AssertionError, match=r"pass 'sly' wrote \['location'\]"):
        run_passes(doc, reading, [sly])
    declared = Pass("open", "declares it", rewrite, frozenset(), frozenset(["location"]))
    run_passes(doc, reading, [declared])
    assert [d.location for d in reading.drafts] == ["Kyiv"]


def test_a_pass_that_makes_a_draft_declares_every_field_it_sets() -> None:
    doc, reading = _reading("Russia launched 502 drones at Ukraine.")
    made = reading.drafts[0]

    def add(doc: Document, reading: Reading) -> None:
        reading.drafts.append(Draft(made.quantity, 0, made.noun_end, negated=True))

    with pytest.raises(AssertionError, match=r"wrote \['negated'\]"):
        run_passes(doc, reading, [Pass("adds", "", add, frozenset(), MADE)])
    assert pass_named("zero tolls").writes == MADE | {"subject", "negated"}


def _articles() -> list[Article]:
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())]
    return [a for folder in folders for a in load_articles(folder)]


def test_every_pass_keeps_to_its_writes_over_seeds_and_fixtures() -> None:
    articles = _articles()
    assert len(articles) >= 5
    facts = sum(len(extract(a).facts) for a in articles)  # raises on an undeclared write
    assert facts > 100
