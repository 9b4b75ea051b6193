"""Score :func:`discrepancy.extract` against the hand-labelled development set.

Usage::

    python benchmarks/devset_score.py [--devset PATH] [--verbose]

It scores extraction (recall and precision of labelled figures) and then the
verdicts of :func:`discrepancy.compare` against the gold comparisons (see
``devset_compare.py``).

The development set (``../shared/devset`` relative to the repository root by
default; see its README for the format) holds real articles grouped in
clusters, with the figures each one clearly states labelled by hand.

How a gold fact is matched: its quote is located in the article body (first
occurrence); a predicted fact matches when its span overlaps that occurrence and
its value agrees with the gold value (gold ``exact`` against our nominal figure
for exact and approximate figures; gold ``low`` / ``high`` against our
interval's bounds otherwise). A unit pair ("10 kilometers (6 miles)") is two
gold facts with the same quote, matched separately by value. Each predicted
fact matches at most one gold fact. A matched gold fact is then checked for:

* subject: gold subjects are free text, plural ("drones", "homes destroyed");
  :data:`GOLD_SUBJECTS` maps each to the canonical singular subjects that count
  as the same thing. A gold subject missing from the table always fails the
  subject check (and is listed by ``--verbose``): we never guess a mapping;
* qualifier: gold ``approx`` is our ``approximate``, the rest share names.

Recall is the share of gold facts matched with all checks passing. Precision is
the share of predicted facts that overlap some gold quote of their article
(gold labels only figures the text clearly states, so a predicted fact outside
every gold quote is a false positive).

Exit status: 0 (also when the development set is absent, with a message).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from discrepancy import Article, Extraction, Fact, extract, load_article

ROOT = Path(__file__).resolve().parent.parent

#: Gold subject (free text) -> canonical subjects of ours that name the same thing.
GOLD_SUBJECTS: dict[str, frozenset[str]] = {
    "drones": frozenset({"drone"}),
    "drones shot down": frozenset({"drone"}),
    "missiles": frozenset({"missile", "cruise missile", "ballistic missile"}),
    "missiles shot down": frozenset({"missile", "cruise missile", "ballistic missile"}),
    "aerial targets shot down": frozenset({"aerial target"}),
    "deaths": frozenset({"death"}),
    "injured": frozenset({"injured"}),
    "missing": frozenset({"missing"}),
    "people": frozenset({"person"}),
    "people sheltered": frozenset({"person"}),
    "people needing shelter": frozenset({"person"}),
    # The volunteer pulled "injured people": either reading names the figure.
    "people rescued by one volunteer": frozenset({"person", "injured"}),
    "population": frozenset({"population"}),
    "locations": frozenset({"location", "city", "region"}),
    "demonstrations": frozenset({"demonstration"}),
    "fires": frozenset({"fire"}),
    "magnitude": frozenset({"magnitude"}),
    "depth": frozenset({"depth"}),
    "distance": frozenset({"distance"}),
    "epicentre distance": frozenset({"distance"}),
    "front line length": frozenset({"distance"}),
    "attack duration": frozenset({"duration"}),
    "money": frozenset({"money", "cost", "damage", "aid"}),
    "homes destroyed": frozenset({"home"}),
    "homes damaged": frozenset({"home"}),
    "structures destroyed": frozenset({"building", "home"}),
    "structures exposed": frozenset({"building"}),
    "hectares burned": frozenset({"area"}),
    "acres burned": frozenset({"area"}),
    "percent contained": frozenset({"containment"}),
    "percent residential": frozenset({"share"}),
    "percent trains cancelled": frozenset({"share"}),
    "troops deployed": frozenset({"troop"}),
    "police and firefighters deployed": frozenset({"officer"}),
    "rescue workers deployed": frozenset({"rescuer"}),
    "medical staff deployed": frozenset({"medic"}),
    "sniffer dogs": frozenset({"dog"}),
}

_QUALIFIERS = {"approx": "approximate"}
_CHECKS = ("found", "value", "subject", "qualifier")


@dataclass
class GoldFact:
    """One labelled figure."""

    cluster: str
    article: str
    quote: str
    span: tuple[int, int] | None
    subject: str
    low: float | None
    high: float | None
    exact: float | None
    qualifier: str


@dataclass
class Outcome:
    """How one gold fact fared."""

    gold: GoldFact
    fact: Fact | None
    failed: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class ClusterScore:
    """Recall and precision counts for one cluster."""

    name: str
    gold: int = 0
    recalled: int = 0
    predicted: int = 0
    supported: int = 0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.supported / self.predicted if self.predicted else 1.0


@dataclass
class ExtractionScore:
    """The whole scoring run."""

    clusters: list[ClusterScore] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    false_positives: list[tuple[str, str, Fact]] = field(default_factory=list)
    unmapped: set[str] = field(default_factory=set)

    @property
    def total(self) -> ClusterScore:
        out = ClusterScore("all")
        for c in self.clusters:
            out.gold += c.gold
            out.recalled += c.recalled
            out.predicted += c.predicted
            out.supported += c.supported
        return out

    def failures(self) -> dict[str, int]:
        counts = dict.fromkeys(_CHECKS, 0)
        for o in self.outcomes:
            for check in o.failed:
                counts[check] += 1
        return counts


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def value_matches(gold: GoldFact, fact: Fact) -> bool:
    """Whether a predicted figure carries the gold value (see module docstring)."""
    q = fact.quantity
    if gold.exact is not None:
        return _close(q.nominal, gold.exact)
    if gold.low is not None and not _close(q.value.low, gold.low):
        return False
    if gold.high is not None and not _close(q.value.high, gold.high):
        return False
    return gold.low is not None or gold.high is not None


def subject_matches(gold: GoldFact, fact: Fact) -> bool:
    """Whether our subject names the gold subject (via :data:`GOLD_SUBJECTS`)."""
    wanted = GOLD_SUBJECTS.get(gold.subject)
    return wanted is not None and fact.subject in wanted


def qualifier_matches(gold: GoldFact, fact: Fact) -> bool:
    """Whether our qualifier is the gold one."""
    return fact.quantity.qualifier.value == _QUALIFIERS.get(gold.qualifier, gold.qualifier)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gold_facts(raw: dict[str, Any], bodies: dict[str, str]) -> list[GoldFact]:
    out: list[GoldFact] = []
    for item in raw["facts"]:
        body = bodies.get(item["article"], "")
        at = body.find(item["quote"])
        value = item["value"]
        out.append(
            GoldFact(
                cluster=raw["cluster"],
                article=item["article"],
                quote=item["quote"],
                span=None if at < 0 else (at, at + len(item["quote"])),
                subject=item["subject"],
                low=_float(value.get("low")),
                high=_float(value.get("high")),
                exact=_float(value.get("exact")),
                qualifier=item["qualifier"],
            )
        )
    return out


def _score_article(gold: list[GoldFact], facts: Sequence[Fact]) -> list[Outcome]:
    used: set[int] = set()
    outcomes: list[Outcome] = []
    for g in gold:
        if g.span is None:
            outcomes.append(Outcome(g, None, ("found",)))
            continue
        span = g.span
        near = [i for i, f in enumerate(facts) if _overlaps(f.span, span)]
        valued = [i for i in near if value_matches(g, facts[i])]
        free = [i for i in valued if i not in used] or valued
        if not near:
            outcomes.append(Outcome(g, None, ("found",)))
            continue
        if not free:
            outcomes.append(Outcome(g, facts[near[0]], ("value",)))
            continue
        # Prefer the candidate that passes the most checks.
        best = max(
            free,
            key=lambda i: (subject_matches(g, facts[i]), qualifier_matches(g, facts[i])),
        )
        used.add(best)
        fact = facts[best]
        failed = tuple(
            name
            for name, ok in (
                ("subject", subject_matches(g, fact)),
                ("qualifier", qualifier_matches(g, fact)),
            )
            if not ok
        )
        outcomes.append(Outcome(g, fact, failed))
    return outcomes


def score_extraction(
    devset: Path, *, extractor: Callable[[Article], Extraction] = extract
) -> ExtractionScore:
    """Run ``extractor`` over every devset article and score it against the gold.

    Args:
        devset: the development set folder (holding ``articles/`` and ``gold/``).
        extractor: the extraction function under test.

    Returns:
        Per-cluster counts, every gold outcome and every false positive.
    """
    score = ExtractionScore()
    for gold_path in sorted((devset / "gold").glob("*.json")):
        raw = json.loads(gold_path.read_text(encoding="utf-8"))
        cluster = raw["cluster"]
        articles = {
            p.stem: load_article(p) for p in sorted((devset / "articles" / cluster).glob("*.txt"))
        }
        bodies = {slug: a.text for slug, a in articles.items()}
        gold = _gold_facts(raw, bodies)
        result = ClusterScore(cluster, gold=len(gold))
        for slug, article in articles.items():
            facts = extractor(article).facts
            mine = [g for g in gold if g.article == slug]
            outcomes = _score_article(mine, facts)
            score.outcomes.extend(outcomes)
            result.recalled += sum(o.ok for o in outcomes)
            spans = [g.span for g in mine if g.span is not None]
            for f in facts:
                result.predicted += 1
                if any(_overlaps(f.span, s) for s in spans):
                    result.supported += 1
                else:
                    score.false_positives.append((cluster, slug, f))
        score.unmapped.update(g.subject for g in gold if g.subject not in GOLD_SUBJECTS)
        score.clusters.append(result)
    return score


def _describe(f: Fact) -> str:
    q = f.quantity
    return f"{f.surface!r} subject={f.subject} value={q.value} qualifier={q.qualifier.value}"


def report(score: ExtractionScore, *, verbose: bool = False) -> str:
    """The score as plain text."""
    lines = [f"{'cluster':<40} {'recall':>8} {'precision':>10}   gold  pred"]
    for c in [*score.clusters, score.total]:
        lines.append(
            f"{c.name:<40} {c.recall:>8.3f} {c.precision:>10.3f} {c.gold:>6} {c.predicted:>5}"
        )
    failures = score.failures()
    lines.append("failed checks: " + ", ".join(f"{k}={v}" for k, v in failures.items()))
    if score.unmapped:
        lines.append("gold subjects with no mapping: " + ", ".join(sorted(score.unmapped)))
    if verbose:
        lines.append("\nmisses:")
        for o in score.outcomes:
            if not o.ok:
                g = o.gold
                got = "nothing" if o.fact is None else _describe(o.fact)
                lines.append(
                    f"  [{g.article}] {'/'.join(o.failed)}: {g.quote!r} gold={g.subject} "
                    f"exact={g.exact} low={g.low} high={g.high} {g.qualifier} -> {got}"
                )
        lines.append("\nfalse positives:")
        for cluster, slug, f in score.false_positives:
            lines.append(f"  [{cluster}/{slug}] {_describe(f)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--devset",
        type=Path,
        default=ROOT.parent / "shared" / "devset",
        help="development set folder (default: ../shared/devset from the repository root)",
    )
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    devset: Path = args.devset
    if not (devset / "gold").is_dir():
        print(f"no development set at {devset}; nothing to score")
        return 0
    print(report(score_extraction(devset), verbose=args.verbose))
    # Verdicts: compare() on each cluster against the gold comparisons.
    from devset_compare import report as compare_report
    from devset_compare import score_comparisons

    print()
    print(compare_report(score_comparisons(devset), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
