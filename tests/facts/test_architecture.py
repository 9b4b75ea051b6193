"""The pass table of ``docs/architecture.md`` is the registry's: same passes, in the
same order, doing what the registry says, reading and writing the same fields. And the
layout table of ``tests/README.md`` gives every pass a test file that exists."""

from __future__ import annotations

import re
from pathlib import Path

from discrepancy.facts.pipeline import PASSES

PAGE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
HEADER = ["pass", "what it does", "reads", "writes"]
LAYOUT = Path(__file__).resolve().parents[1] / "README.md"

Row = tuple[str, str, frozenset[str], frozenset[str]]


def _fields(cell: str) -> frozenset[str]:
    if cell == "none":
        return frozenset()
    return frozenset(name.strip().strip("`") for name in cell.split(","))


def _section(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(title) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def table(text: str) -> list[Row]:
    """The rows of the first table of the section "## The passes"."""
    rows = [line for line in _section(text, "## The passes") if line.startswith("|")]
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    assert cells[0] == HEADER, cells[0]
    assert set("".join(cells[1])) <= set("-: "), cells[1]  # the separator row
    return [(name, does, _fields(r), _fields(w)) for name, does, r, w in cells[2:]]


def test_the_pass_table_is_the_registry() -> None:
    documented = table(PAGE.read_text(encoding="utf-8"))
    registered = [(p.name, p.does, p.reads, p.writes) for p in PASSES]
    assert documented == registered


def test_a_drifted_table_is_caught() -> None:
    text = PAGE.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| places |"))
    drifted = text.replace(row, row.replace("`location_basis`", "`time`"))
    places = next(r for r in table(drifted) if r[0] == "places")
    assert places[3] == frozenset(["location", "time", "quantity"])
    assert table(drifted) != [(p.name, p.does, p.reads, p.writes) for p in PASSES]


def layout(text: str) -> dict[str, list[str]]:
    """The test files the "| pass | file |" table names for each pass."""
    lines = text.splitlines()
    start = lines.index("| pass | file |") + 2  # past the header and separator rows
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
    files: dict[str, list[str]] = {}
    for line in lines[start:end]:
        passes, named = (c.strip() for c in line.strip().strip("|").split("|"))
        for name in passes.split(","):
            assert name.strip() not in files, f"{name.strip()} is in two rows"
            files[name.strip()] = re.findall(r"`(test_\w+\.py)`", named)
    return files


def test_every_pass_has_its_test_file() -> None:
    files = layout(LAYOUT.read_text(encoding="utf-8"))
    assert sorted(files) == sorted(p.name for p in PASSES)
    missing = [
        f for named in files.values() for f in named if not (LAYOUT.parent / "facts" / f).is_file()
    ]
    assert all(files.values())
    assert missing == []
