"""Benchmark: find_times scored on the date case tables of tests/mentions/.

Run with ``.venv/bin/python benchmarks/bench_date_cases.py [--table NAME]``: the table
``cases`` (``test_dates_cases.py``, written with the code) by default, ``heldout``
(``test_dates_heldout.py``, written before the scanner was read) or ``all``, both
together. Every case is a sentence
with a publication date and the whole expected result as (surface, window key)
pairs. A found mention matches an expected one when their spans overlap (each used
once); then

* precision = matched found mentions / all found mentions (a false date costs here,
  so the not-a-date cases count: "3/4 cup", "may" the modal, "in the third quarter"
  of a game);
* recall = matched expected mentions / all expected mentions;
* exact-window accuracy = expected mentions matched with the very same window key /
  all expected mentions (the strict score: right span and right dates).

The table is printed per pattern and as a whole.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from discrepancy.mentions.times import find_times

TESTS = Path(__file__).resolve().parent.parent / "tests"


TABLES = {"cases": "test_dates_cases", "heldout": "test_dates_heldout"}


def _cases_file(module: str) -> Path:
    """A case table, in tests/ or in a stage folder under it (tests/mentions/)."""
    found = sorted(TESTS.glob(f"**/{module}.py"))
    if not found:
        raise SystemExit(f"no {module}.py under {TESTS}")
    return found[0]


def _cases(table: str) -> list[Any]:
    """The CASES of one table by name, or of every table for ``all``."""
    if table == "all":
        return [case for name in TABLES for case in _cases(name)]
    module_name = TABLES[table]
    cases_file = _cases_file(module_name)
    if str(TESTS.parent) not in sys.path:  # the held-out table imports tests.mentions
        sys.path.insert(0, str(TESTS.parent))
    spec = importlib.util.spec_from_file_location(module_name, cases_file)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the case tables from {cases_file}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: list[Any] = module.CASES
    return cases


def _score(case: Any) -> tuple[int, int, int, int]:
    """(found, expected, matched, exact) for one case."""
    found = [(m.span, m.window.key()) for m in find_times(case.text, published=case.published)]
    expected = []
    cursor = 0
    for surface, key in case.expected:
        start = case.text.index(surface, cursor)
        cursor = start + len(surface)
        expected.append(((start, cursor), key))
    used: set[int] = set()
    matched = exact = 0
    for (s, e), key in expected:
        for index, ((fs, fe), found_key) in enumerate(found):
            if index not in used and fs < e and s < fe:
                used.add(index)
                matched += 1
                exact += found_key == key
                break
    return len(found), len(expected), matched, exact


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def main(argv: list[str] | None = None) -> int:
    """Print precision, recall and exact-window accuracy per pattern and overall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="list the cases not exact")
    parser.add_argument(
        "--table", choices=[*TABLES, "all"], default="cases", help="which case table to score"
    )
    args = parser.parse_args(argv)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses: list[str] = []
    for case in _cases(args.table):
        found, expected, matched, exact = _score(case)
        for name in (case.pattern, "ALL"):
            row = totals[name]
            row[0] += 1
            row[1] += found
            row[2] += expected
            row[3] += matched
            row[4] += exact
        if exact != expected or found != expected:
            got = [
                (m.surface, m.window.key()) for m in find_times(case.text, published=case.published)
            ]
            misses.append(
                f"{case.id}: {case.text!r}\n    want {list(case.expected)}\n    got  {got}"
            )
    header = ("cases", "found", "gold", "prec", "recall", "exact")
    print(f"{'pattern':38}", *(f"{h:>5}" for h in header))
    for name, (cases, found, gold, matched, exact) in sorted(
        totals.items(), key=lambda item: (item[0] == "ALL", item[0])
    ):
        print(
            f"{name:38} {cases:5} {found:5} {gold:5} {_ratio(matched, found):>6} "
            f"{_ratio(matched, gold):>6} {_ratio(exact, gold):>6}"
        )
    if args.misses:
        print(*misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
