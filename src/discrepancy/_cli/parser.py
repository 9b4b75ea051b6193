"""The command line's arguments: one parser with a subcommand per job."""

from __future__ import annotations

import argparse
from pathlib import Path

from .read import DEFAULT_MAX_BYTES

__all__ = ["build_parser"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("discrepancy")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        from .. import __version__

        return __version__


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Every option's help ends with its default, unless the default is "off"."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.default in (None, False, []):
            return action.help or ""
        return super()._get_help_string(action) or ""


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``discrepancy COMMAND ...``, with every subcommand."""
    fmt = _Help
    p = argparse.ArgumentParser(
        prog="discrepancy",
        description="Where news outlets agree, differ, or stay silent on the figures.",
        epilog="Exit codes: 0 done; 1 --fail-on matched; 2 an input could not be read.",
        formatter_class=fmt,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, or .html/.htm web pages), folders of them, or - for stdin",
    )
    common.add_argument(
        "-o", "--output", type=Path, default=None, help="write here instead of stdout"
    )
    loud = common.add_mutually_exclusive_group()
    loud.add_argument(
        "-q", "--quiet", action="store_true", help="no progress counter and no notes on stderr"
    )
    loud.add_argument(
        "-v", "--verbose", action="store_true", help="one line per article read on stderr"
    )
    common.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse any input larger than N bytes",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser(
        "compare",
        parents=[common],
        formatter_class=fmt,
        help="compare the figures of several articles",
        description="Line the figures of several articles up and say where they agree, "
        "differ or stay silent.",
    )
    c.add_argument(
        "--format",
        choices=("table", "markdown", "json", "html"),
        default="table",
        help="table: wrapped to the terminal, coloured on a terminal unless NO_COLOR is set; "
        "markdown: one line per row; json: the whole comparison; html: a self-contained "
        "page (several stories: one section each, under an index)",
    )
    c.add_argument(
        "--one-event",
        action="store_true",
        help="compare all the articles as one story (by default, articles that tell "
        "different stories are grouped first, as `discrepancy cluster` does, and a folder "
        "of event folders is read as one story per folder)",
    )
    c.add_argument(
        "--fail-on",
        choices=("differ", "omit"),
        action="append",
        default=[],
        help="exit 1 when any row has this verdict (repeatable)",
    )

    e = sub.add_parser(
        "extract",
        parents=[common],
        formatter_class=fmt,
        help="list the facts of each article",
        description="List every numeric fact of each article, in text order.",
    )
    e.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="table",
        help="jsonl: one JSON object per fact; table: a readable listing",
    )
    e.add_argument(
        "--show-rejected",
        action="store_true",
        help="also list the numeric mentions that were not taken as facts, and why",
    )

    _add_cluster(sub, common, fmt)
    for command in (c, e):
        _add_jobs(command)

    s = sub.add_parser("schema", formatter_class=fmt, help="print the JSON Schema of an output")
    s.add_argument("which", choices=("comparison", "extraction"), help="which output")
    return p


def _add_jobs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes for extraction (default: every core)",
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return int(text)


def _add_cluster(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    fmt: type[argparse.HelpFormatter],
) -> None:
    k = sub.add_parser(
        "cluster",
        parents=[common],
        formatter_class=fmt,
        help="group articles into events (one story each)",
        description="Group the articles into events and print one line per event.",
    )
    k.add_argument("--format", choices=("text", "json"), default="text")
    k.add_argument("--threshold", type=float, default=0.2, help="similarity to join, in (0, 1]")
    k.add_argument(
        "--max-days", type=int, default=3, help="dated articles further apart stay apart"
    )
