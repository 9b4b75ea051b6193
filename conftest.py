"""Run every example in the documentation (``docs/**/*.md`` and ``README.md``) under pytest.

Sybil collects three kinds of block:

* ```` ```python ```` blocks: run as code, or as doctests when they start with ``>>>``;
  the blocks of one page share a namespace, top to bottom, like a notebook;
* ```` ```console ```` blocks: each ``$ discrepancy ...`` line runs the command line
  in-process, each ``$ pytest ...`` line runs pytest in a subprocess, and what they
  print (stdout, then stderr) must match the lines under them, where ``...`` stands
  for any text (timings); ``$ echo $?`` prints the previous command's exit code.
  Commands run in the folder a page's code puts in ``console_cwd`` (default: the
  repository root);
* ``<!-- skip: next -->`` skips the next example (Spark, Ray: not installed in CI).

Every page runs from the repository root (so ``seeds/`` resolves), with the terminal
width pinned, so the terminal tables come out the same on every machine.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sybil import Example, Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser
from sybil.typing import Parser

import discrepancy.facts.pipeline
import discrepancy.models.base

# Under test, every model the library builds without validation is validated too.
discrepancy.models.base.CHECK_TRUSTED = True
# Under test, a facts pass that changes a draft field it does not declare fails.
discrepancy.facts.pipeline.CHECK_PASSES = True

ROOT = Path(__file__).resolve().parent
# The width the documented terminal tables are rendered at.
COLUMNS = "100"

_OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _run_console(example: Example) -> str | None:
    """Run the ``$ discrepancy ...`` lines of a console block and compare the output."""
    from discrepancy._cli import main

    cwd = Path(example.namespace.get("console_cwd", ROOT))
    expected: list[str] = []
    got: list[str] = []
    status = 0
    for command, shown in _commands(str(example.parsed)):
        words = shlex.split(command)
        if words == ["echo", "$?"]:
            out = f"{status}\n"
        elif words[:1] == ["discrepancy"]:
            status, out = _call(main, words[1:], cwd)
        elif words[:1] == ["pytest"]:
            status, out = _pytest(words[1:], cwd)
        else:
            return f"console blocks run `discrepancy`, `pytest` and `echo $?`, not {command!r}"
        expected.append(f"$ {command}\n{shown}")
        got.append(f"$ {command}\n{out}")
    want, have = "".join(expected).rstrip("\n") + "\n", "".join(got).rstrip("\n") + "\n"
    if not doctest.OutputChecker().check_output(want, have, doctest.ELLIPSIS):
        return f"console output differs.\n--- shown in the docs\n{want}--- printed now\n{have}"
    return None


def _commands(block: str) -> Iterator[tuple[str, str]]:
    command: str | None = None
    shown: list[str] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            if command is not None:
                yield command, "".join(shown)
            command, shown = line[2:].strip(), []
        elif command is not None:
            shown.append(line)
    if command is not None:
        yield command, "".join(shown)


def _call(main: Any, argv: list[str], cwd: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse exits on --help and on usage errors
            status = exc.code if isinstance(exc.code, int) else 2
    return int(status), out.getvalue() + err.getvalue()


def _pytest(argv: list[str], cwd: Path) -> tuple[int, str]:
    # A clean environment: the outer run's options and colours must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PY_COLORS"))}
    env["NO_COLOR"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


_saved: dict[str, Any] = {}


def _setup(namespace: dict[str, Any]) -> None:
    _saved["cwd"] = Path.cwd()
    _saved["columns"] = os.environ.get("COLUMNS")
    os.chdir(ROOT)
    os.environ["COLUMNS"] = COLUMNS


def _teardown(namespace: dict[str, Any]) -> None:
    os.chdir(_saved.pop("cwd"))
    columns = _saved.pop("columns")
    if columns is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = columns


_PARSERS: list[Parser] = [
    PythonCodeBlockParser(doctest_optionflags=_OPTIONS),
    CodeBlockParser(language="console", evaluator=_run_console),
    SkipParser(),
]

pytest_collect_file = (
    Sybil(
        parsers=_PARSERS,
        path="docs",
        patterns=["*.md"],
        setup=_setup,
        teardown=_teardown,
        fixtures=["tmp_path"],
    )
    + Sybil(
        parsers=_PARSERS,
        path=".",
        filenames=["README.md"],
        excludes=["*/*"],  # the root README only, not those of subfolders
        setup=_setup,
        teardown=_teardown,
    )
).pytest()
