"""Quality of :func:`discrepancy.find_quantities` on the number case tables, as a whole.

Run from the repository root::

    .venv/bin/python benchmarks/bench_number_cases.py [--held-out | --written] [--details]

Two sets of tables, each invented news sentences by pattern with every quantity they
hold: those of ``tests/mentions/test_numbers_cases.py`` (issue #17, Numbers, and the
level / change / margin part of #16), written together with the scanner, and the
held-out ones of ``tests/mentions/test_numbers_heldout.py``, written before the fixes
they measure. Both are scored unless one is named. A found quantity matches an
expected one when its interval (both bounds, open sides included) and unit are equal;
with direction, its direction of change must be equal too. The script prints
precision, recall and F1 per table and over all tables, on values and on values with
direction, as a Markdown table per set.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests package

from tests.mentions.test_numbers_cases import TABLES as WRITTEN  # noqa: E402
from tests.mentions.test_numbers_cases import Case  # noqa: E402
from tests.mentions.test_numbers_heldout import TABLES as HELD_OUT  # noqa: E402

from discrepancy import find_quantities  # noqa: E402

Key = tuple[float | None, float | None, str | None, str]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def keys(case: Case, *, direction: bool) -> tuple[Counter[Key], Counter[Key]]:
    """Expected and found quantities of one case as comparable keys."""
    expected: Counter[Key] = Counter(
        (_round(e.low), _round(e.high), e.unit, e.direction if direction else "")
        for e in case.expected
    )
    found: Counter[Key] = Counter(
        (_round(q.value.low), _round(q.value.high), q.unit, q.direction.value if direction else "")
        for q in find_quantities(case.text)
    )
    return expected, found


def score(cases: list[Case], *, direction: bool) -> tuple[int, int, int]:
    """True positives, expected count and found count over ``cases``."""
    tp = n_expected = n_found = 0
    for case in cases:
        expected, found = keys(case, direction=direction)
        tp += sum((expected & found).values())
        n_expected += sum(expected.values())
        n_found += sum(found.values())
    return tp, n_expected, n_found


def prf(tp: int, n_expected: int, n_found: int) -> tuple[float, float, float]:
    """Precision, recall and F1 in percent (an empty side counts as perfect)."""
    p = 100.0 * tp / n_found if n_found else 100.0
    r = 100.0 * tp / n_expected if n_expected else 100.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> None:
    """Print the scores as a Markdown table."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--details", action="store_true", help="list the cases that miss")
    which = args.add_mutually_exclusive_group()
    which.add_argument("--held-out", action="store_true", help="only the held-out tables")
    which.add_argument(
        "--written", action="store_true", help="only the tables written with the code"
    )
    opts = args.parse_args(argv)
    sets = {"written with the code": WRITTEN, "held out": HELD_OUT}
    if opts.held_out:
        del sets["written with the code"]
    if opts.written:
        del sets["held out"]
    for title, tables in sets.items():
        print(f"\n{title}\n")
        report(tables, details=opts.details)


def report(tables: dict[str, list[Case]], *, details: bool) -> None:
    """Print the scores of one set of tables, and with ``details`` the cases that miss."""
    rows = [*tables.items(), ("all tables", [c for t in tables.values() for c in t])]
    print("| table | cases | expected | value P / R / F1 | value+direction P / R / F1 |")
    print("| --- | ---: | ---: | --- | --- |")
    for name, cases in rows:
        tp, n_e, n_f = score(cases, direction=False)
        dtp, _, _ = score(cases, direction=True)
        p, r, f = prf(tp, n_e, n_f)
        dp, dr, df = prf(dtp, n_e, n_f)
        print(
            f"| {name} | {len(cases)} | {n_e} | {p:.1f} / {r:.1f} / {f:.1f} "
            f"| {dp:.1f} / {dr:.1f} / {df:.1f} |"
        )
    if details:
        for cases in tables.values():
            for case in cases:
                expected, found = keys(case, direction=True)
                if expected != found:
                    print(f"{case.id}: expected {dict(expected)} found {dict(found)}")


if __name__ == "__main__":
    main()
