"""The stage table of ``docs/architecture.md`` is true of the code: every package and
module is listed, each package imports at module level only what its row allows, and
no module imports another in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

SRC = ROOT / "src" / "discrepancy"
PAGE = ROOT / "docs" / "architecture.md"
EDGES = {"", "_cli", "testing", "arrow", "dask", "pytest_plugin"}  # may import anything
BELOW_ALL = {"_exceptions"}


def stage_table() -> dict[str, tuple[set[str], set[str]]]:
    """Package -> (its modules as listed, the packages it may import)."""
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = lines.index("## The stages")
    rows = [line for line in lines[start:] if line.startswith("| `")]
    table: dict[str, tuple[set[str], set[str]]] = {}
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) != 4:
            break
        package, _, modules, allowed = cells
        names = {m.strip().strip("`") for m in modules.split(",")}
        imports = (
            set() if allowed == "nothing" else {a.strip().strip("`") for a in allowed.split(",")}
        )
        table[package.strip("`")] = (names, imports)
    return table


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in SRC.rglob("*.py")}


def module_imports(name: str) -> set[str]:
    """The library modules ``name`` imports at module level (not under TYPE_CHECKING)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for item in ast.walk(node) if isinstance(node, ast.If | ast.Try) else [node]:
            if isinstance(item, ast.ImportFrom):
                if item.level:
                    base = package.split(".") if package else []
                    base = base[: len(base) - (item.level - 1)]
                    target = ".".join([*base, *([item.module] if item.module else [])])
                else:
                    target = (item.module or "").removeprefix("discrepancy").lstrip(".")
                    if not (item.module or "").startswith("discrepancy"):
                        continue
                for alias in item.names:
                    inner = f"{target}.{alias.name}" if target else alias.name
                    found.add(inner if inner in MODULES else target)
            elif isinstance(item, ast.Import):
                found |= {
                    a.name.removeprefix("discrepancy").lstrip(".")
                    for a in item.names
                    if a.name.startswith("discrepancy")
                }
    return {m for m in found if m in MODULES and m != name}


def stage_of(module: str) -> str:
    return module.split(".")[0]


def test_every_package_and_module_is_in_the_table() -> None:
    table = stage_table()
    packages = {stage_of(m) for m in MODULES if "." in m and stage_of(m) not in EDGES}
    assert set(table) == packages
    for package, (listed, _) in table.items():
        here = SRC / package
        present = {
            p.stem if p.is_file() else f"{p.name}/"
            for p in here.iterdir()
            if (p.suffix == ".py" and p.stem != "__init__")
            or (p.is_dir() and (p / "__init__.py").exists())
        }
        assert listed == present, package


@pytest.mark.parametrize("package", sorted(stage_table()))
def test_a_package_imports_only_what_its_row_allows(package: str) -> None:
    allowed = stage_table()[package][1] | BELOW_ALL | {package}
    wrong = sorted(
        f"{module} -> {target}"
        for module in MODULES
        if stage_of(module) == package
        for target in module_imports(module)
        if stage_of(target) not in allowed
    )
    assert wrong == []


def test_no_module_imports_another_in_a_circle() -> None:
    graph = {m: module_imports(m) for m in MODULES}
    done: set[str] = set()

    def circle_from(start: str) -> list[str] | None:
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            nxt = todo.pop()
            if nxt in on_path:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in done:
                stack.append((nxt, sorted(graph[nxt])))
                path.append(nxt)
                on_path.add(nxt)
        return None

    circles = [c for m in sorted(graph) if m not in done and (c := circle_from(m))]
    assert circles == []


def test_the_checker_reads_relative_absolute_and_guarded_imports() -> None:
    # comparison/notes.py: "from ..facts.handed import debris_spans" (relative, a module)
    # and "from ..models import ..." (a package's names).
    assert {"facts.handed", "models"} <= module_imports("comparison.notes")
    # The models import nothing of the stages, and a lazy import inside a method
    # (Comparison.to_html importing report) is not a module-level import.
    assert {stage_of(m) for m in module_imports("models.comparison")} == {"models"}
