"""The ``discrepancy`` command line.

Commands::

    discrepancy compare PATH... [--format table|markdown|json|html] [-o FILE] [--fail-on differ]
    discrepancy extract PATH... [--format jsonl|table] [-o FILE]
    discrepancy cluster PATH... [--format text|json] [--threshold T] [--max-days N]
    discrepancy schema comparison|extraction

Exit codes: 0 on success, 1 when ``--fail-on`` finds a row with that verdict, 2 when
the input cannot be read (the message says why; no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
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

    _add_cluster(sub)
    for command in (c, e):
        _add_jobs(command)

    s = sub.add_parser("schema", help="print the JSON Schema of an output")
    s.add_argument("which", choices=("comparison", "extraction"))
    return p


def _add_jobs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        help="worker processes for extraction (default: every core)",
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return int(text)


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


def _counter(label: str, stream: TextIO) -> Callable[[int, int], None]:
    """A callback showing a one-line counter on ``stream`` when it is a terminal."""

    def show(done: int, total: int) -> None:
        if not stream.isatty() or total < 2:
            return
        stream.write(f"\r{label} {done}/{total}" if done < total else "\r" + " " * 40 + "\r")
        stream.flush()

    return show


def _extract_all(paths: Sequence[Path], jobs: int | None = None) -> list[Extraction]:
    from ._article import load_articles
    from ._many import extract_many

    articles = [a for path in paths for a in load_articles(path)]
    return extract_many(articles, jobs=jobs, progress=_counter("extracting", sys.stderr))


def _add_cluster(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("cluster", help="group articles into events (one story each)")
    k.add_argument("paths", nargs="+", type=Path, help="article files or folders of them")
    k.add_argument("--format", choices=("text", "json"), default="text")
    k.add_argument("--threshold", type=float, default=0.2, help="similarity to join (0-1]")
    k.add_argument(
        "--max-days", type=int, default=3, help="dated articles further apart stay apart"
    )
    k.add_argument("-o", "--output", type=Path, help="write here instead of stdout")


def _cluster(args: argparse.Namespace) -> int:
    """Print the events: one line per event, its articles' ids and files."""
    import json

    from ._article import load_articles
    from ._cluster import cluster

    articles = [a for path in args.paths for a in load_articles(path)]
    groups = cluster(articles, threshold=args.threshold, max_days=args.max_days)
    where = {a.id: a.path for a in articles}
    if args.format == "json":
        events = [[{"id": i, "path": where[i]} for i in g] for g in groups]
        text = json.dumps({"events": events}, indent=2, ensure_ascii=False) + "\n"
    else:
        text = "".join(
            f"event {n} ({len(g)} article{'s' if len(g) > 1 else ''}): {', '.join(g)}\n"
            for n, g in enumerate(groups, 1)
        )
    _write(text, args.output)
    return 0


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

    if args.command == "cluster":
        return _cluster(args)
    extractions = _extract_all(args.paths, args.jobs)
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
