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
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from ._exceptions import ArticleReadError, DiscrepancyError

if TYPE_CHECKING:
    from .models import Article, Comparison, Extraction

__all__ = ["main"]

T = TypeVar("T")

# Larger than any news article by two orders of magnitude, small enough to read at once.
DEFAULT_MAX_BYTES = 10_000_000
_HTML_SUFFIXES = (".html", ".htm")
_ARTICLE_SUFFIXES = (".txt", *_HTML_SUFFIXES)
STDIN = "-"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("discrepancy")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        from . import __version__

        return __version__


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Every option's help ends with its default, unless the default is "off"."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.default in (None, False, []):
            return action.help or ""
        return super()._get_help_string(action) or ""


def _parser() -> argparse.ArgumentParser:
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
        "markdown: one line per row; json: the whole comparison; html: a self-contained page",
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


# --------------------------------------------------------------------------- progress


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


def _counter(label: str, stream: TextIO) -> Callable[[int, int], None]:
    """A callback showing a one-line counter on ``stream`` when it is a terminal."""

    def show(done: int, total: int) -> None:
        if not stream.isatty() or total < 2:
            return
        stream.write(f"\r{label} {done}/{total}" if done < total else "\r" + " " * 40 + "\r")
        stream.flush()

    return show


def _name(item: object) -> str:
    from .report.labels import printable

    return printable(str(getattr(item, "id", None) or getattr(item, "name", None) or item))


# --------------------------------------------------------------------------- reading


@dataclass
class _Batch:
    """What was read, and what could not be, with the reason for each."""

    articles: list[Article] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    # For a folder of event folders: the event (sub-folder) of each article, by index.
    events: dict[int, str] = field(default_factory=dict)


def _read_limited(fd: int, name: str, limit: int) -> bytes:
    """The bytes of an open regular file or pipe, refusing more than ``limit``."""
    chunks = []
    size = 0
    while chunk := os.read(fd, 1 << 20):
        size += len(chunk)
        if size > limit:
            raise ArticleReadError(
                f"larger than {limit:,} bytes; raise --max-bytes to read it", path=name
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _read_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes; FIFOs, devices and sockets are refused without blocking."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; the check below refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ArticleReadError("no such file or folder", path=name) from None
    except (OSError, ValueError) as exc:
        raise ArticleReadError(
            f"cannot read it: {getattr(exc, 'strerror', None) or exc}", path=name
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleReadError(
                "not a regular file (a pipe, device or socket); save the text to a file, "
                "or pipe it to '-'",
                path=name,
            )
        if info.st_size > limit:
            raise ArticleReadError(
                f"{info.st_size:,} bytes, larger than {limit:,}; raise --max-bytes to read it",
                path=name,
            )
        return _read_limited(fd, name, limit)
    except OSError as exc:
        raise ArticleReadError(f"cannot read it: {exc.strerror or exc}", path=name) from None
    finally:
        os.close(fd)


def _article(data: bytes, article_id: str, name: str, html: bool) -> Article:
    from .articles.load import _decode, article_from_html, article_from_raw
    from .text.gate import looks_like_html

    text = _decode(data, name)
    if html or looks_like_html(text.lstrip("\ufeff")[:100_000]):
        return article_from_html(text, id=article_id)
    return article_from_raw(text, id=article_id, path=name)


def _files(path: Path) -> list[Path]:
    """A folder's article files in name order (golden and hidden files skipped)."""
    from .articles.load import _GOLDEN_MARKERS

    found = sorted(
        f
        for f in path.iterdir()
        if f.suffix.lower() in _ARTICLE_SUFFIXES
        and not f.name.startswith(".")
        and not any(marker in f.name for marker in _GOLDEN_MARKERS)
    )
    if not found:
        raise ArticleReadError(
            "the folder holds no article files (*.txt, *.html, *.htm)", path=str(path)
        )
    return found


def _load(paths: Sequence[str], limit: int) -> _Batch:
    batch = _Batch()
    for given in paths:
        try:
            if given == STDIN:
                data = _read_limited(sys.stdin.buffer.fileno(), "<stdin>", limit)
                batch.articles.append(_article(data, "stdin", "<stdin>", html=False))
                continue
            path = Path(given)
            folders = _event_folders(path) if path.is_dir() else []
            files = [] if folders else _files(path) if path.is_dir() else [path]
        except DiscrepancyError as exc:
            batch.failures.append(str(exc))
            continue
        except OSError as exc:
            batch.failures.append(f"{given}: cannot read it: {exc.strerror or exc}")
            continue
        for folder, f in [(None, f) for f in files] + [
            (sub.name, f) for sub in folders for f in _files(sub)
        ]:
            try:
                data = _read_file(f, limit)
                html = f.suffix.lower() in _HTML_SUFFIXES
                batch.articles.append(_article(data, f.stem, str(f), html))
                if folder is not None:
                    batch.events[len(batch.articles) - 1] = f"{path.name}/{folder}"
            except DiscrepancyError as exc:
                batch.failures.append(str(exc))
    return batch


def _event_folders(path: Path) -> list[Path]:
    """The sub-folders of a folder that holds no articles itself: one event each."""
    if any(f.suffix.lower() in _ARTICLE_SUFFIXES for f in path.iterdir() if f.is_file()):
        return []
    return sorted(
        sub
        for sub in path.iterdir()
        if sub.is_dir()
        and not sub.name.startswith(".")
        and any(f.suffix.lower() in _ARTICLE_SUFFIXES for f in sub.iterdir() if f.is_file())
    )


# --------------------------------------------------------------------------- writing


def _write(text: str, output: Path | None) -> None:
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


def _say(message: str) -> None:
    from .report.labels import printable

    print(f"discrepancy: {printable(message)}", file=sys.stderr)


def _color(output: Path | None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (DiscrepancyError, OSError) as exc:
        _say(f"error: {exc}")
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        from .models import Comparison, Extraction

        model = Comparison if args.which == "comparison" else Extraction
        sys.stdout.write(json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n")
        return 0

    if args.command == "cluster":
        return _cluster(args)
    from .facts.many import extract_many

    batch = _load(args.paths, args.max_bytes)
    for failure in batch.failures:
        _say(f"error: {failure}")
    if not batch.articles:
        _say("error: no article could be read")
        return 2
    stream = open(os.devnull, "w") if args.quiet else sys.stderr  # noqa: SIM115 - closed below
    try:
        extractions = extract_many(
            batch.articles, jobs=args.jobs, progress=_counter("extracting", stream)
        )
    finally:
        if args.quiet:
            stream.close()
    if args.verbose:
        for ex in extractions:
            a = ex.article
            _say(
                f"read {a.path or a.id}: {len(ex.facts)} figures, "
                f"outlet {a.outlet or 'not stated'}, published {a.published or 'not stated'}"
            )
    if not any(ex.facts for ex in extractions) and not args.quiet:
        n = len(extractions)
        _say(
            f"no figures found in {'the article' if n == 1 else f'any of the {n} articles'} "
            "(extract --show-rejected lists the numbers that were not taken as figures, and why)"
        )
    code = 2 if batch.failures else 0
    if args.command == "extract":
        from .report.render import extraction_jsonl, extraction_table

        render = extraction_jsonl if args.format == "jsonl" else extraction_table
        _write(render(extractions, show_rejected=args.show_rejected), args.output)
        return code

    from .comparison.align import compare

    events = _events(batch, extractions, one=args.one_event)
    if len(events) > 1 and args.format == "html":
        _say(
            f"error: the articles tell {len(events)} different stories; an HTML report shows "
            "one: give one event's articles, or --one-event to compare them all as one "
            "(`discrepancy cluster` lists the events)"
        )
        return 2
    comparisons = [(name, compare(group)) for name, group in events]
    if args.verbose and len(events) > 1:
        _say(f"the articles tell {len(events)} stories; each is compared on its own")
    text = "".join(
        _render(comparison, args, heading=name if len(events) > 1 else None)
        for name, comparison in comparisons
    )
    if args.format == "json" and len(events) > 1:
        from .report.labels import json_safe

        body = ",\n".join(
            f'{{"event": {json.dumps(name)}, "comparison": {c.model_dump_json(indent=2)}}}'
            for name, c in comparisons
        )
        text = json_safe(f'{{"events": [\n{body}\n]}}') + "\n"
    _write(text, args.output)
    failing = {row.verdict.value for _, comparison in comparisons for row in comparison.rows} & set(
        args.fail_on
    )
    if failing:
        _say(f"rows with verdict {', '.join(sorted(failing))} found")
    return code or (1 if failing else 0)


def _events(
    batch: _Batch, extractions: Sequence[Extraction], *, one: bool
) -> list[tuple[str, list[Extraction]]]:
    """The stories in what was read: the event folders given, else the groups
    :func:`discrepancy.cluster` finds; one story when ``one`` or when all agree."""
    if one:
        return [("all articles", list(extractions))]
    if batch.events:
        by_folder: dict[str, list[Extraction]] = {}
        for i, ex in enumerate(extractions):
            by_folder.setdefault(batch.events.get(i, "loose articles"), []).append(ex)
        return sorted(by_folder.items())
    from .comparison.cluster import cluster

    try:
        groups = cluster(extractions)
    except DiscrepancyError:
        return [("all articles", list(extractions))]  # e.g. two files with one name
    if len(groups) < 2:
        return [("all articles", list(extractions))]
    by_id = {ex.article.id: ex for ex in extractions}
    return [
        (
            f"event {n}: {', '.join(group[:3])}{' ...' if len(group) > 3 else ''}",
            [by_id[i] for i in group],
        )
        for n, group in enumerate(groups, 1)
    ]


def _render(comparison: Comparison, args: argparse.Namespace, *, heading: str | None) -> str:
    if args.format == "json":
        from .report.labels import json_safe

        return json_safe(comparison.model_dump_json(indent=2)) + "\n"
    if args.format == "markdown":
        title = f"## {heading}\n\n" if heading else ""
        return title + comparison.to_markdown() + ("\n" if heading else "")
    if args.format == "html":
        return comparison.to_html()
    from .report.labels import printable
    from .report.render import comparison_table

    title = f"=== {printable(heading)} ===\n" if heading else ""
    return (
        title + comparison_table(comparison, color=_color(args.output)) + ("\n" if heading else "")
    )


# --------------------------------------------------------------------------- cluster, jobs


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


def _cluster(args: argparse.Namespace) -> int:
    """Print the events: one line per event with its articles' ids, or JSON with paths."""

    from .comparison.cluster import cluster

    batch = _load(args.paths, args.max_bytes)
    for failure in batch.failures:
        _say(f"error: {failure}")
    if not batch.articles:
        _say("error: no article could be read")
        return 2
    groups = cluster(batch.articles, threshold=args.threshold, max_days=args.max_days)
    where = {a.id: a.path for a in batch.articles}
    if args.format == "json":
        events = [[{"id": i, "path": where[i]} for i in g] for g in groups]
        text = json.dumps({"events": events}, indent=2, ensure_ascii=False) + "\n"
    else:
        from .report.labels import printable

        text = "".join(
            f"event {n} ({len(g)} article{'s' if len(g) > 1 else ''}): {printable(', '.join(g))}\n"
            for n, g in enumerate(groups, 1)
        )
    _write(text, args.output)
    return 2 if batch.failures else 0


if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    raise SystemExit(main())
