"""Quality of :func:`discrepancy.find_quantities` on the number case tables, as a whole.

Run from the repository root::

    .venv/bin/python benchmarks/bench_number_cases.py [--details]

The tables are those of ``tests/mentions/test_numbers_cases.py`` (issue #17, Numbers, and the
level / change / margin part of #16): invented news sentences by pattern, each with
every quantity it holds. A found quantity matches an expected one when its interval
(both bounds, open sides included) and unit are equal; with direction, its direction
of change must be equal too. The script prints precision, recall and F1 per table
and over all tables, on values and on values with direction, as a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests package

from tests.mentions.test_numbers_cases import TABLES, Case  # noqa: E402

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
    opts = args.parse_args(argv)
    rows = [*TABLES.items(), ("all tables", [c for t in TABLES.values() for c in t])]
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
    if opts.details:
        for cases in TABLES.values():
            for case in cases:
                expected, found = keys(case, direction=True)
                if expected != found:
                    print(f"{case.id}: expected {dict(expected)} found {dict(found)}")


if __name__ == "__main__":
    main()
