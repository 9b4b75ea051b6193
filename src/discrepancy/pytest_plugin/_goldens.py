"""Checking against a golden file: a diff on failure, a rewrite with ``--discrepancy-update``."""

from __future__ import annotations

from pathlib import Path

import pytest

__all__ = ["UPDATED_PROPERTY", "UPDATE_FLAG", "WRITTEN", "check_golden", "display"]

UPDATE_FLAG = "--discrepancy-update"
UPDATED_PROPERTY = "discrepancy_updated"
WRITTEN = pytest.StashKey[list[tuple[str, str]]]()


def display(config: pytest.Config, path: Path) -> str:
    try:
        return path.resolve().relative_to(config.rootpath.resolve()).as_posix()
    except (ValueError, RuntimeError, OSError):  # outside the root, or a symlink loop
        return str(path)


def check_golden(config: pytest.Config, golden: Path, now: list[str], node: pytest.Item) -> None:
    """Compare ``now`` with the golden file; fail with a diff, or rewrite on update."""
    from .._exceptions import GoldenFileError
    from ..report.golden import diff, read_golden

    update = bool(config.getoption("discrepancy_update", False))
    name = display(config, golden)
    try:
        lines: list[str] | None = read_golden(golden)
    except FileNotFoundError:
        lines = None
    except GoldenFileError as err:
        if not update:
            pytest.fail(
                f"malformed golden file: {err}\n"
                f"Fix the line, or rerun with {UPDATE_FLAG} to rewrite the whole file.",
                pytrace=False,
            )
        lines = None
    if lines is None:
        if update:
            _write(config, node, golden, now, "wrote")
            return
        pytest.fail(
            f"golden file {name} is missing.\n"
            f"Run pytest with {UPDATE_FLAG} to write it from what the code gives now, "
            "then check every line by hand before committing it.",
            pytrace=False,
        )
    if update:
        # Offsets are not compared, but an update refreshes them too.
        if lines != now:
            _write(config, node, golden, now, "updated")
        return
    changes = diff(lines, now, name, color=_colour(config))
    if not changes:
        return
    plain = diff(lines, now, name) if _colour(config) else changes
    removed = sum(1 for ln in plain.splitlines()[2:] if ln.startswith("-"))
    added = sum(1 for ln in plain.splitlines()[2:] if ln.startswith("+"))
    pytest.fail(
        f"{name} differs from what the code gives now (-{removed} golden, +{added} now).\n"
        f"If the new lines are right, rerun with {UPDATE_FLAG} to rewrite the golden, "
        "then review it with git diff.\n\n" + changes,
        pytrace=False,
    )


def _colour(config: pytest.Config) -> bool:
    """Colour diffs when pytest colours its own output (a terminal, or --color=yes)."""
    try:
        return bool(config.get_terminal_writer().hasmarkup)
    except (AttributeError, AssertionError):  # no terminal reporter (-p no:terminal)
        return False


def _write(
    config: pytest.Config, node: pytest.Item, golden: Path, lines: list[str], verb: str
) -> None:
    from ..report.golden import write_golden

    try:
        golden.parent.mkdir(parents=True, exist_ok=True)
        write_golden(golden, lines)
    except OSError as err:
        pytest.fail(
            f"cannot write the golden file {display(config, golden)}: {err.strerror or err}",
            pytrace=False,
        )
    name = display(config, golden)
    config.stash.setdefault(WRITTEN, []).append((verb, name))
    node.user_properties.append((UPDATED_PROPERTY, f"{verb} {name}"))
