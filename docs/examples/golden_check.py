"""Hand-written golden checks, as in docs/howto/regression.md (copied there as a test)."""

from pathlib import Path

import discrepancy
from discrepancy.pytest_plugin import GoldenChecker

EVENT = Path(__file__).parent.parent / "fixtures" / "storm"


def test_wire_story_facts(discrepancy_golden: GoldenChecker) -> None:
    extraction = discrepancy.extract(discrepancy.load_article(EVENT / "wire.txt"))
    discrepancy_golden.check(extraction, "goldens/wire.facts.jsonl")


def test_storm_comparison(discrepancy_golden: GoldenChecker) -> None:
    comparison = discrepancy.compare([EVENT])
    discrepancy_golden.check(comparison, "goldens/storm.comparison.jsonl")
