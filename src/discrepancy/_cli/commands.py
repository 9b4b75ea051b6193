"""The command line's subcommands: schema, extract, compare and cluster.

Each takes the parsed arguments and returns the exit code: 0 done; 1 when
``--fail-on`` finds a row with that verdict; 2 when an input could not be read
(the others are still processed) or nothing could be read at all.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._exceptions import DiscrepancyError
from .output import color, counter, say, write
from .read import Batch, load_inputs

if TYPE_CHECKING:
    from ..models import Comparison, Extraction

__all__ = ["cluster_command", "compare_command", "extract_command", "schema_command"]


def schema_command(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a comparison or an extraction."""
    from ..models import Comparison, Extraction

    model = Comparison if args.which == "comparison" else Extraction
    sys.stdout.write(json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n")
    return 0


def extract_command(args: argparse.Namespace) -> int:
    """List the facts of each article read."""
    read = _read_and_extract(args)
    if read is None:
        return 2
    batch, extractions = read
    from ..report.render import extraction_jsonl, extraction_table

    render = extraction_jsonl if args.format == "jsonl" else extraction_table
    write(render(extractions, show_rejected=args.show_rejected), args.output)
    return 2 if batch.failures else 0


def compare_command(args: argparse.Namespace) -> int:
    """Compare the articles read, each story on its own."""
    read = _read_and_extract(args)
    if read is None:
        return 2
    batch, extractions = read
    code = 2 if batch.failures else 0
    from ..comparison.align import compare

    events = _events(batch, extractions, one=args.one_event)
    comparisons = [(name, compare(group)) for name, group in events]
    if args.verbose and len(events) > 1:
        say(f"the articles tell {len(events)} stories; each is compared on its own")
    write(_comparisons_text(comparisons, args, named=bool(batch.events)), args.output)
    failing = {row.verdict.value for _, comparison in comparisons for row in comparison.rows} & set(
        args.fail_on
    )
    if failing:
        say(f"rows with verdict {', '.join(sorted(failing))} found")
    return code or (1 if failing else 0)


def cluster_command(args: argparse.Namespace) -> int:
    """Print the events: one line per event with its articles' ids, or JSON with paths."""
    from ..comparison.cluster import cluster

    batch = _read(args)
    if batch is None:
        return 2
    groups = cluster(batch.articles, threshold=args.threshold, max_days=args.max_days)
    where = {a.id: a.path for a in batch.articles}
    if args.format == "json":
        events = [[{"id": i, "path": where[i]} for i in g] for g in groups]
        text = json.dumps({"events": events}, indent=2, ensure_ascii=False) + "\n"
    else:
        from ..report.labels import printable

        text = "".join(
            f"event {n} ({len(g)} article{'s' if len(g) > 1 else ''}): {printable(', '.join(g))}\n"
            for n, g in enumerate(groups, 1)
        )
    write(text, args.output)
    return 2 if batch.failures else 0


def _read(args: argparse.Namespace) -> Batch | None:
    """The inputs, each failure said on stderr; None when no article could be read."""
    batch = load_inputs(args.paths, args.max_bytes)
    for failure in batch.failures:
        say(f"error: {failure}")
    if not batch.articles:
        say("error: no article could be read")
        return None
    return batch


def _read_and_extract(args: argparse.Namespace) -> tuple[Batch, list[Extraction]] | None:
    """The inputs and their extractions, with the progress counter and the notes."""
    from ..facts.many import extract_many

    batch = _read(args)
    if batch is None:
        return None
    stream = open(os.devnull, "w") if args.quiet else sys.stderr  # noqa: SIM115 - closed below
    try:
        extractions = extract_many(
            batch.articles, jobs=args.jobs, progress=counter("extracting", stream)
        )
    finally:
        if args.quiet:
            stream.close()
    if args.verbose:
        for ex in extractions:
            a = ex.article
            say(
                f"read {a.path or a.id}: {len(ex.facts)} figures, "
                f"outlet {a.outlet or 'not stated'}, published {a.published or 'not stated'}"
            )
    if not any(ex.facts for ex in extractions) and not args.quiet:
        n = len(extractions)
        say(
            f"no figures found in {'the article' if n == 1 else f'any of the {n} articles'} "
            "(extract --show-rejected lists the numbers that were not taken as figures, and why)"
        )
    return batch, extractions


def _comparisons_text(
    comparisons: list[tuple[str, Comparison]], args: argparse.Namespace, *, named: bool
) -> str:
    """The comparisons in the asked format: one section per story when there are several.

    Several stories in HTML make one page with an index of the stories; those read from
    event folders (``named``) are headed by their folder, the others by what they count.
    """
    several = len(comparisons) > 1
    if args.format == "html" and several:
        from ..report.events import events_html

        return events_html(dict(comparisons) if named else [c for _, c in comparisons])
    text = "".join(
        _render(comparison, args, heading=name if several else None)
        for name, comparison in comparisons
    )
    if args.format == "json" and several:
        from ..report.labels import json_safe

        body = ",\n".join(
            f'{{"event": {json.dumps(name)}, "comparison": {c.model_dump_json(indent=2)}}}'
            for name, c in comparisons
        )
        text = json_safe(f'{{"events": [\n{body}\n]}}') + "\n"
    return text


def _events(
    batch: Batch, extractions: Sequence[Extraction], *, one: bool
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
    from ..comparison.cluster import cluster

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
    """One comparison in the asked format, under ``heading`` when there are several."""
    if args.format == "json":
        from ..report.labels import json_safe

        return json_safe(comparison.model_dump_json(indent=2)) + "\n"
    if args.format == "markdown":
        title = f"## {heading}\n\n" if heading else ""
        return title + comparison.to_markdown() + ("\n" if heading else "")
    if args.format == "html":
        return comparison.to_html()
    from ..report.labels import printable
    from ..report.render import comparison_table

    title = f"=== {printable(heading)} ===\n" if heading else ""
    return (
        title + comparison_table(comparison, color=color(args.output)) + ("\n" if heading else "")
    )
