"""The ``discrepancy`` command line.

Commands::

    discrepancy compare PATH... [--format table|markdown|json|html] [-o FILE] [--fail-on differ]
    discrepancy extract PATH... [--format jsonl|table] [-o FILE]
    discrepancy schema comparison|extraction

Exit codes: 0 on success, 1 when ``--fail-on`` finds a row with that verdict, 2 when
the input cannot be read (the message says why; no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from ._exceptions import DiscrepancyError

if TYPE_CHECKING:
    from ._models import Extraction

__all__ = ["main"]

T = TypeVar("T")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="discrepancy",
        description="Where news outlets agree, differ, or stay silent on the figures.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compare", help="compare the figures of several articles")
    c.add_argument("paths", nargs="+", type=Path, help="article files or folders of them")
    c.add_argument("--format", choices=("table", "markdown", "json", "html"), default="table")
    c.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    c.add_argument(
        "--fail-on",
        choices=("differ", "omit"),
        action="append",
        default=[],
        help="exit 1 when any row has this verdict (repeatable)",
    )

    e = sub.add_parser("extract", help="list the facts of each article")
    e.add_argument("paths", nargs="+", type=Path, help="article files or folders of them")
    e.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="table",
        help="jsonl: one JSON object per fact; table: a readable listing (default)",
    )
    e.add_argument("-o", "--output", type=Path, help="write here instead of stdout")

    s = sub.add_parser("schema", help="print the JSON Schema of an output")
    s.add_argument("which", choices=("comparison", "extraction"))
    return p


def _progress(items: Sequence[T], label: str, stream: TextIO) -> Iterator[T]:
    """Yield items, showing a one-line counter on ``stream`` when it is a terminal."""
    show = stream.isatty() and len(items) > 1
    for n, item in enumerate(items, 1):
        if show:
            stream.write(f"\r{label} {n}/{len(items)} {_name(item)[:40]:<40}")
            stream.flush()
        yield item
    if show:
        stream.write("\r" + " " * (len(label) + 52) + "\r")
        stream.flush()


def _name(item: object) -> str:
    return str(getattr(item, "id", None) or getattr(item, "name", None) or item)


def _extract_all(paths: Sequence[Path]) -> list[Extraction]:
    from ._article import load_articles
    from ._extract import extract

    articles = [a for path in paths for a in load_articles(path)]
    return [extract(a) for a in _progress(articles, "extracting", sys.stderr)]


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DiscrepancyError as exc:
        print(f"discrepancy: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"discrepancy: error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        import json

        from ._models import Comparison, Extraction

        model = Comparison if args.which == "comparison" else Extraction
        sys.stdout.write(json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n")
        return 0

    extractions = _extract_all(args.paths)
    if args.command == "extract":
        from ._report import extraction_jsonl, extraction_table

        render = extraction_jsonl if args.format == "jsonl" else extraction_table
        _write(render(extractions), args.output)
        return 0

    from ._compare import compare

    comparison = compare(extractions)
    if args.format == "json":
        text = comparison.model_dump_json(indent=2) + "\n"
    elif args.format == "markdown":
        text = comparison.to_markdown()
    elif args.format == "html":
        text = comparison.to_html()
    else:
        text = comparison.to_table()
    _write(text, args.output)
    failing = {row.verdict.value for row in comparison.rows} & set(args.fail_on)
    if failing:
        print(
            f"discrepancy: rows with verdict {', '.join(sorted(failing))} found",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    raise SystemExit(main())
