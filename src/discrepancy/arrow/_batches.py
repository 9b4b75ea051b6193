"""The batch path: extract the facts of a stream of article batches (Spark's ``mapInArrow``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import pyarrow as pa

from .._exceptions import DiscrepancyError, InputError
from ..models import Extraction
from ._convert import article_from_row, batch_rows, facts_to_batch

__all__ = ["Errors", "extract_batch", "extract_batches"]

Errors = Literal["raise", "skip"]


def extract_batch(batch: pa.RecordBatch, *, errors: Errors = "raise") -> pa.RecordBatch:
    """Extract the facts of every article in one batch.

    Args:
        batch: rows shaped like :data:`ARTICLE_SCHEMA` (``id`` and ``text`` required).
        errors: ``"raise"`` stops at the first article the library refuses (empty
            text, raw HTML...); ``"skip"`` leaves such articles out, so one bad row
            does not sink a job over millions. Bugs (anything that is not a
            :class:`~discrepancy.DiscrepancyError`) always propagate.

    Returns:
        A :data:`FACT_SCHEMA` batch, one row per fact, in input order.

    Raises:
        InputError: the batch lacks ``id`` or ``text`` or has a bad ``published``.
        DiscrepancyError: with ``errors="raise"``, an article cannot be read.

    >>> import pyarrow as pa
    >>> b = pa.record_batch({"id": ["a"], "text": ["Police said 12 people were arrested "
    ...                      "on Monday."], "published": ["2024-03-05"]})
    >>> out = extract_batch(b)
    >>> [out.column(c).to_pylist() for c in ("surface", "subject", "published")]
    [['12'], ['arrest'], [datetime.date(2024, 3, 5)]]
    """
    return facts_to_batch(_extractions(batch, errors))


def _extractions(batch: pa.RecordBatch | pa.Table, errors: Errors) -> Iterator[Extraction]:
    from ..facts.extract import extract

    if errors not in ("raise", "skip"):
        raise InputError(f"errors must be 'raise' or 'skip', not {errors!r}")
    for row in batch_rows(batch):
        try:
            extraction = extract(article_from_row(*row))
        except DiscrepancyError:
            if errors == "raise":
                raise
            continue
        yield extraction


def extract_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Extract facts from a stream of article batches, one output batch per input.

    This is the function shape Spark's ``DataFrame.mapInArrow`` and other Arrow
    engines call: ``df.mapInArrow(extract_batches, FACT_DDL)``. Batches are handled
    one at a time, so memory stays flat however long the stream. Articles the
    library refuses (empty text, raw HTML) are skipped; wrap :func:`extract_batch`
    with ``errors="raise"`` to stop on them instead.

    Args:
        batches: record batches shaped like :data:`ARTICLE_SCHEMA`.

    Yields:
        :data:`FACT_SCHEMA` batches.

    >>> import pyarrow as pa
    >>> b = pa.record_batch({"id": ["a", "b"], "text": ["Police arrested 12 people on "
    ...                      "4 May 2024.", "  "]})
    >>> [out.num_rows for out in extract_batches(iter([b]))]
    [1]
    """
    for batch in batches:
        yield extract_batch(batch, errors="skip")
