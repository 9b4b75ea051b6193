"""What many test files share: where the repository's files are."""

from __future__ import annotations

from pathlib import Path

# The repository root, where seeds/, fixtures/ and src/ are.
ROOT = Path(__file__).resolve().parent.parent
# The five seed articles (../shared/SEED_FACTS.md).
SEEDS = ROOT / "seeds"
