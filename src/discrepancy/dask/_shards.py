"""Article shards: find the files, cut them into partitions, read one partition.

A partition is a file and a range in it (Parquet row groups, or JSON Lines bytes),
so each worker reads its own part of the shards.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._exceptions import ArticleReadError, InputError

__all__ = ["Part", "Paths", "expand", "partitions", "read_part"]

Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]

_PARQUET = (".parquet", ".pq")
_JSONL = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
_ARTICLE_COLUMNS = ("id", "text", "outlet", "published", "url")
# A JSON Lines partition is at least this many bytes: smaller ranges make tasks
# that mostly re-open the file to find no line starting in them.
_MIN_JSONL_BLOCK = 256 << 10


def expand(paths: Paths) -> list[str]:
    items = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    out: list[str] = []
    for item in items:
        text = os.fspath(item)
        if Path(text).is_dir():
            out.extend(
                str(p) for p in sorted(Path(text).iterdir()) if p.name.endswith(_PARQUET + _JSONL)
            )
        elif glob.has_magic(text):
            out.extend(sorted(glob.glob(text)))
        else:
            out.append(text)
    if not out:
        raise ArticleReadError(f"no article shards match {paths!r}")
    missing = [p for p in out if not Path(p).is_file()]
    if missing:
        raise ArticleReadError(f"article shards not found: {missing[:5]}")
    return out


Part = tuple[str, int, int]  # a file and a range in it: row groups or bytes


def partitions(
    files: list[str], blocksize: int | None, *, floor: int = _MIN_JSONL_BLOCK
) -> list[Part]:
    """Cut the shards into partitions, each a range a worker reads by itself."""
    import pyarrow.parquet as pq

    parts: list[Part] = []
    for path in files:
        if path.endswith(_PARQUET):
            meta = pq.ParquetFile(path).metadata
            count = meta.num_row_groups
            if blocksize is None:
                parts.append((path, 0, count))
                continue
            group = 0
            while group < count:
                # Row groups stay whole; a partition takes them until blocksize bytes.
                end, size = group, 0
                while end < count and (end == group or size < blocksize):
                    size += meta.row_group(end).total_byte_size
                    end += 1
                parts.append((path, group, end))
                group = end
        else:
            length = Path(path).stat().st_size
            step = length if blocksize is None or path.endswith(".gz") else max(blocksize, floor)
            parts.extend(
                (path, start, min(start + step, length)) for start in range(0, length, step or 1)
            )
    if not parts:
        raise ArticleReadError(f"the shards hold no articles: {files[:5]}")
    return parts


def read_part(part: Part) -> Any:
    """The articles of one partition as an Arrow table of :data:`ARTICLE_SCHEMA` columns."""
    import pyarrow as pa
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    from ..arrow import ARTICLE_SCHEMA

    path, start, end = part
    if path.endswith(_PARQUET):
        pf = pq.ParquetFile(path)
        present = [c for c in _ARTICLE_COLUMNS if c in pf.schema_arrow.names]
        missing = {"id", "text"} - set(present)
        if missing:
            raise InputError(f"{path}: article shards lack columns {sorted(missing)}")
        return pf.read_row_groups(range(start, end), columns=present)
    if path.endswith(".gz"):
        with pa.input_stream(path, compression="gzip") as fh:
            data = fh.read()
    else:
        data = _line_range(path, start, end)
    if not data.strip():
        return ARTICLE_SCHEMA.empty_table()
    options = pj.ParseOptions(explicit_schema=ARTICLE_SCHEMA, unexpected_field_behavior="ignore")
    # One block for the whole range: a long article must not straddle two blocks.
    reading = pj.ReadOptions(block_size=max(1 << 20, len(data) + 1), use_threads=False)
    return pj.read_json(pa.BufferReader(data), read_options=reading, parse_options=options)


def _line_range(path: str, start: int, end: int) -> bytes:
    """The whole lines that start in ``[start, end)`` of a JSON Lines file."""
    with open(path, "rb") as fh:
        if start:
            fh.seek(start - 1)
            fh.readline()  # the line running over ``start`` belongs to the previous part
        data = bytearray()
        while fh.tell() < end:
            line = fh.readline()
            if not line:
                break
            data += line
    return bytes(data)
