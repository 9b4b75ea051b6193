"""The ``discrepancy`` command line.

Commands::

    discrepancy compare PATH... [--format table|markdown|json|html] [-o FILE] [--fail-on differ]
    discrepancy extract PATH... [--format jsonl|table] [--show-rejected] [-o FILE]
    discrepancy cluster PATH... [--format text|json] [--threshold T] [--max-days N]
    discrepancy schema comparison|extraction

A PATH is an article file (plain text, or an ``.html``/``.htm`` web page with the
``html`` extra), a folder of them, or ``-`` for standard input. Only regular files are
read, each up to ``--max-bytes``; a file that cannot be read is reported on standard
error and the others are still processed.

Exit codes: 0 on success; 1 when ``--fail-on`` finds a row with that verdict; 2 when an
input could not be read (the others are still processed and reported; the message says
why, with no traceback) or nothing could be read at all.

The arguments are parsed in :mod:`.parser`, the inputs read in :mod:`.read`, each
subcommand runs in :mod:`.commands`, and :mod:`.output` writes results and notes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from .._exceptions import DiscrepancyError
from .commands import cluster_command, compare_command, extract_command, schema_command
from .output import say
from .parser import build_parser

__all__ = ["main"]

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "compare": compare_command,
    "extract": extract_command,
    "cluster": cluster_command,
    "schema": schema_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (DiscrepancyError, OSError) as exc:
        say(f"error: {exc}")
        return 2
