"""Every subject and event the code names as a string is declared, and the data defines it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import discrepancy
from discrepancy import Vocabulary
from discrepancy._exceptions import VocabularyError
from discrepancy.rules.names import EVENTS, MADE_EVENTS, SUBJECTS, WORD_CLASSES, check_declared

_SRC = Path(discrepancy.__file__).resolve().parent
_CONTEXT = re.compile(r"subject|event", re.IGNORECASE)
# Strings the scan below finds beside a subject or an event that name no entry.
_NOT_NAMES = {
    "count": 'a quantity kind ("count" in entry.kinds)',
    "vocabulary": "a SubjectBasis value (fact.subject_basis.value)",
}


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    out: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out.update((t.id, node.value) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            out[node.target.id] = node.value
    return out


def _strings(node: ast.AST, constants: dict[str, ast.expr], seen: frozenset[str]) -> Iterator[str]:
    """The string constants in ``node``, through the module constants it names; not the
    pieces of an f-string."""
    if isinstance(node, ast.JoinedStr):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Name) and node.id in constants and node.id not in seen:
        yield from _strings(constants[node.id], constants, seen | {node.id})
    for child in ast.iter_child_nodes(node):
        yield from _strings(child, constants, seen)


def _named(node: ast.AST) -> bool:
    return not isinstance(node, ast.Constant) and bool(_CONTEXT.search(ast.unparse(node)))


def _beside_subjects_and_events(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Strings compared with, assigned to or passed as a subject or an event:
    ``d.subject == "person"``, ``d.subject in _TOLLS``, ``d.event = "attended"``,
    ``_toll_event(vocab, d.subject, "killed")``."""
    constants = _constants(tree)
    for node in ast.walk(tree):
        sides: list[ast.AST] = []
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_named(o) for o in operands):
                sides = [o for o in operands if not _named(o)]
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr in ("subject", "event") for t in node.targets
        ):
            sides = [node.value]
        elif isinstance(node, ast.Call) and _CONTEXT.search(ast.unparse(node.func).split(".")[-1]):
            sides = [a for a in node.args if isinstance(a, ast.Constant)]
        for side in sides:
            for value in _strings(side, constants, frozenset()):
                yield value, getattr(node, "lineno", 0)


def test_every_subject_and_event_the_code_names_is_declared() -> None:
    declared = {*SUBJECTS, *EVENTS, *MADE_EVENTS, *_NOT_NAMES}
    undeclared = sorted(
        f"{path.relative_to(_SRC)}:{line}: {value!r}"
        for path in _SRC.rglob("*.py")
        if "rules" not in path.relative_to(_SRC).parts
        for value, line in _beside_subjects_and_events(ast.parse(path.read_text("utf-8")))
        if value not in declared
    )
    assert undeclared == []


def test_the_scan_finds_the_names_of_the_code() -> None:
    source = (
        '_TOLLS = frozenset(["death", "injured"])\n'
        "def f(d, vocab):\n"
        '    if d.subject in _TOLLS or d.event == "hit" or "count" in entry.kinds:\n'
        '        d.event = _toll_event(vocab, d.subject, "killed")\n'
        '        d.subject = "person"\n'
        '        d.event = f"part of {d.event}"\n'
    )
    found = sorted({v for v, _ in _beside_subjects_and_events(ast.parse(source))})
    assert found == ["death", "hit", "injured", "killed", "person"]


def test_the_shipped_data_defines_every_declared_name() -> None:
    default = Vocabulary.default()
    assert set(SUBJECTS) <= set(default.subjects)
    assert set(EVENTS) <= set(default.events)
    assert set(WORD_CLASSES) <= set(default.word_classes)
    # An event the code makes itself is no entry: if the data defines one, declare it in EVENTS.
    assert set(MADE_EVENTS) & set(default.events) == set()


def test_data_without_a_declared_name_is_refused() -> None:
    default = Vocabulary.default()
    without = Vocabulary([e for e in default.entries if getattr(e, "name", None) != "troop"])
    with pytest.raises(
        VocabularyError,
        match=r"the shipped data has no subjects \['troop'\], which rules/names.py declares",
    ):
        check_declared(without.word_classes, without.subjects, without.events)
    check_declared(default.word_classes, default.subjects, default.events)
