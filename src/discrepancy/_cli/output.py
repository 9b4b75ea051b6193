"""What the command line writes: results to stdout or a file, notes and counters to stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

__all__ = ["color", "counter", "say", "write"]


def counter(label: str, stream: TextIO) -> Callable[[int, int], None]:
    """A callback showing a one-line counter on ``stream`` when it is a terminal."""

    def show(done: int, total: int) -> None:
        if not stream.isatty() or total < 2:
            return
        stream.write(f"\r{label} {done}/{total}" if done < total else "\r" + " " * 40 + "\r")
        stream.flush()

    return show


def write(text: str, output: Path | None) -> None:
    """Write ``text`` as UTF-8 to ``output``, or to standard output when None."""
    # Lone surrogates (from file names that are not UTF-8) are written as escapes
    # instead of failing on the way out.
    data = text.encode("utf-8", "backslashreplace")
    if output is not None:
        output.write_bytes(data)
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:  # a text-only stream (contextlib.redirect_stdout to a StringIO)
        sys.stdout.write(data.decode("utf-8"))


def say(message: str) -> None:
    """A note on standard error, prefixed with the program's name."""
    from ..report.labels import printable

    print(f"discrepancy: {printable(message)}", file=sys.stderr)


def color(output: Path | None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
