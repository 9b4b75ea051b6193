"""A digest of ``extract()`` and ``compare()`` over every article at hand, to prove a
refactor changes no output.

A change meant to make the code faster or cleaner, not to change what it finds, must
leave every extraction and every comparison identical. This script runs
:func:`discrepancy.extract` on the articles in ``seeds/``, ``fixtures/`` and the shared
devset (``../shared/devset/articles`` when present), and :func:`discrepancy.compare` on
each folder of them (the seeds, each fixture story, each devset cluster), serialises
each result as JSON and prints one SHA-256 per article and per folder plus a digest of
them all. Save the digests before the change and check them after::

    .venv/bin/python benchmarks/refactor_guard.py --save /tmp/before.json
    # ... refactor ...
    .venv/bin/python benchmarks/refactor_guard.py --check /tmp/before.json

``--check`` names every article whose extraction changed and exits 1 when any did.
The devset text stays where it is: only digests are written, never its text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import discrepancy

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset" / "articles"


def article_paths(devset: Path = DEVSET) -> list[Path]:
    """Every article file the guard reads, in a stable order."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/*/*.txt"))
    if devset.is_dir():
        paths += sorted(devset.glob("*/*.txt"))
    return paths


def _name(path: Path) -> str:
    """A path from the project root, or from the shared folder for the devset."""
    inside_devset = path == DEVSET or DEVSET in path.parents
    return str(path.relative_to(ROOT.parent) if inside_devset else path.relative_to(ROOT))


def _digest(run: Callable[[], str]) -> str:
    """SHA-256 of what ``run`` returns; a refused input is an output too."""
    try:
        payload = run()
    except discrepancy.DiscrepancyError as error:
        payload = f"{type(error).__name__}: {error}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _extracted(path: Path) -> str:
    return discrepancy.extract(discrepancy.load_article(path)).model_dump_json()


def _compared(paths: list[Path]) -> str:
    return discrepancy.compare([discrepancy.load_article(p) for p in paths]).model_dump_json()


def digests(paths: list[Path]) -> dict[str, str]:
    """SHA-256 of each article's extraction and of each folder's comparison, as JSON.

    Articles are keyed by their path from the root, folders by ``compare <folder>``.
    """
    out: dict[str, str] = {}
    folders: dict[Path, list[Path]] = {}
    for path in paths:
        out[_name(path)] = _digest(partial(_extracted, path))
        folders.setdefault(path.parent, []).append(path)
    for folder, members in folders.items():
        out["compare " + _name(folder)] = _digest(partial(_compared, members))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print or compare the digests; exit 1 when ``--check`` finds a change."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="write the digests to this JSON file")
    group.add_argument("--check", type=Path, help="compare with digests saved earlier")
    args = parser.parse_args(argv)
    now = digests(article_paths())
    total = hashlib.sha256("".join(f"{k}={v}\n" for k, v in now.items()).encode()).hexdigest()
    if args.save is not None:
        args.save.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check is None:
        print(f"{len(now)} digests (articles and folders), digest {total}")
        return 0
    before: dict[str, str] = json.loads(args.check.read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        state = "new" if key not in before else "gone" if key not in now else "changed"
        print(f"{state}: {key}")
    print(f"{len(now)} digests, {len(changed)} changed, digest {total}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
