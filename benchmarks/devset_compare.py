"""Score compare() verdicts against the devset's gold comparisons.

Each gold comparison names a subject, a window in words, and every article's figure
(a number, ``[low, high]``, or null). It is matched to the predicted row whose
subject maps to the gold subject (the table in ``devset_score.GOLD_SUBJECTS``) and
whose cells carry the most of the gold figures; the verdicts are then compared.
A gold comparison with no matching row counts as wrong.

Used by ``devset_score.py`` (``--comparisons``) and runnable alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devset_score import GOLD_SUBJECTS, ROOT

from discrepancy import Comparison, Fact, Row, RowKind, compare, load_articles

_PAREN = re.compile(r"\s*\(.*\)\s*$")


@dataclass
class ComparisonOutcome:
    """One gold comparison and the row it was matched to."""

    cluster: str
    subject: str
    window: str
    gold_verdict: str
    row: Row | None
    matched_cells: int

    @property
    def predicted(self) -> str:
        return "missing" if self.row is None else self.row.verdict.value

    @property
    def ok(self) -> bool:
        return self.predicted == self.gold_verdict


@dataclass
class ComparisonScore:
    """Verdict accuracy over all gold comparisons."""

    outcomes: list[ComparisonOutcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(o.ok for o in self.outcomes) / len(self.outcomes) if self.outcomes else 1.0


def _near(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    # Gold normalises units (miles to km) with two decimals: allow that rounding.
    return abs(a - b) <= 0.01 * max(1.0, abs(a), abs(b))


def _to_km(fact: Fact) -> float | None:
    q = fact.quantity
    if q.unit in (None, "kilometer"):
        return None
    from discrepancy._models import Interval
    from discrepancy._units import convert, same_dimension

    if not same_dimension(q.unit, "kilometer"):
        return None
    return convert(Interval.point(q.nominal), q.unit, "kilometer").low


def cell_matches(gold: Any, fact: Fact) -> bool:
    """Whether a predicted fact carries the gold figure of one article."""
    q = fact.quantity
    if isinstance(gold, list):
        low, high = gold
        ours_low = q.value.low if q.value.low is not None else None
        return (low is None or _near(ours_low, low) or _near(q.nominal, low)) and (
            high is None or _near(q.value.high, high) or _near(q.nominal, high)
        )
    return _near(q.nominal, float(gold)) or _near(_to_km(fact), float(gold))


def _best_row(comparison: Comparison, gold: dict[str, Any]) -> tuple[Row | None, int]:
    base = _PAREN.sub("", gold["subject"]).strip()
    wanted = GOLD_SUBJECTS.get(gold["subject"]) or GOLD_SUBJECTS.get(base)
    best: tuple[float, Row | None, int] = (0.0, None, 0)
    for row in comparison.rows:
        if row.key.kind is not RowKind.FIGURE:
            continue
        if wanted is not None and row.key.subject not in wanted:
            continue
        hits = 0
        score = 0.0
        for cell in row.cells:
            value = gold["articles"].get(cell.article_id)
            if value is None:
                score += 0.25 if cell.fact is None else 0.0
            elif cell.fact is not None and cell_matches(value, cell.fact):
                hits += 1
                score += 1.0
        if hits and score > best[0]:
            best = (score, row, hits)
    return best[1], best[2]


def score_comparisons(devset: Path) -> ComparisonScore:
    """Compare each devset cluster and match its rows to the gold comparisons."""
    score = ComparisonScore()
    for gold_file in sorted((devset / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        cluster = gold["cluster"]
        comparison = compare(load_articles(devset / "articles" / cluster))
        for g in gold["comparisons"]:
            row, hits = _best_row(comparison, g)
            score.outcomes.append(
                ComparisonOutcome(cluster, g["subject"], g["time_window"], g["verdict"], row, hits)
            )
    return score


def report(score: ComparisonScore, *, verbose: bool = False) -> str:
    """Accuracy per cluster and overall; with ``verbose`` every miss."""
    lines = [f"{'cluster':<42} {'verdicts':>9} {'accuracy':>9}"]
    clusters = sorted({o.cluster for o in score.outcomes})
    for c in clusters:
        mine = [o for o in score.outcomes if o.cluster == c]
        acc = sum(o.ok for o in mine) / len(mine)
        lines.append(f"{c:<42} {len(mine):>9} {acc:>9.3f}")
    lines.append(f"{'all':<42} {len(score.outcomes):>9} {score.accuracy:>9.3f}")
    if verbose:
        for o in score.outcomes:
            if not o.ok:
                explanation = o.row.explanation if o.row else "no row carries these figures"
                lines.append(
                    f"  MISS {o.cluster}: {o.subject} [{o.window[:40]}] gold={o.gold_verdict} "
                    f"ours={o.predicted}: {explanation[:160]}"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if not (args.devset / "gold").is_dir():
        print(f"no devset at {args.devset}: nothing to score")
        return 0
    print(report(score_comparisons(args.devset), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
