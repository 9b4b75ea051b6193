"""Extract many articles on every core: :func:`extract_many`.

Extraction is CPU-bound pure Python, so threads gain nothing (the GIL); worker
processes do. Articles go to the workers in chunks (a few dozen per message, so the
cost of sending them stays small next to extracting them), results come back in the
input order, and a callback hears how many are done.

>>> import discrepancy
>>> texts = ["Police arrested 12 people on Monday.", "About 300 homes were flooded."]
>>> [[f.quantity.nominal for f in ex.facts] for ex in discrepancy.extract_many(texts, jobs=1)]
[[12.0], [300.0]]
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from .._exceptions import InputError
from ..models import Article, Extraction
from ..text.gate import require_items

if TYPE_CHECKING:
    from ..models import Policy
    from ..rules.vocab import Vocabulary

__all__ = ["default_jobs", "extract_many"]

Progress = Callable[[int, int], object]
_Options = tuple["Policy | None", "Vocabulary | None"]

# A chunk holds at most this many articles: enough that sending it costs little
# next to extracting it, few enough that the workers finish close together.
_MAX_CHUNK = 32


def default_jobs() -> int:
    """The number of cores this process may run on (its CPU affinity, else the count).

    >>> default_jobs() >= 1
    True
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def extract_many(
    articles: Iterable[Article | str],
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    policy: Policy | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[Extraction]:
    """Extract every article, in worker processes, keeping the input order.

    The result is exactly ``[extract(a, policy=..., vocabulary=...) for a in
    articles]``, computed by ``jobs`` processes.

    Args:
        articles: articles, or raw texts (read with :meth:`Article.from_raw`, ids
            ``text-1``, ``text-2``... by position).
        jobs: worker processes; None (the default) uses every core this process may
            run on (:func:`default_jobs`), 1 extracts here without starting any.
        progress: called as ``progress(done, total)`` in this process each time
            articles are done (``done`` only grows, and ends at ``total``).
        policy: as in :func:`extract`.
        vocabulary: as in :func:`extract` (sent to each worker once per chunk).

    Returns:
        One extraction per article, in the order given.

    Raises:
        InputError: ``articles`` is not a collection of articles or texts, or
            ``jobs`` is not a positive integer.
        EmptyInputError, HTMLInputError: as :func:`extract`, for the first
            article (in input order) that fails.
    """
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise InputError(
            f"extract_many() needs jobs to be a positive integer or None, not {jobs!r}"
        )
    items = [
        a if isinstance(a, Article) else _from_text(a, n)
        for n, a in enumerate(require_items(articles, "extract_many", "articles or texts"))
    ]
    workers = min(default_jobs() if jobs is None else jobs, len(items))
    options: _Options = (policy, vocabulary)
    out: list[Extraction] = []
    if workers <= 1:
        for article in items:
            out.extend(_extract_chunk([article], options))
            if progress is not None:
                progress(len(out), len(items))
        return out
    size = max(1, min(_MAX_CHUNK, len(items) // (workers * 4)))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        for done in pool.map(_extract_chunk, chunks, [options] * len(chunks)):
            out.extend(done)
            if progress is not None:
                progress(len(out), len(items))
    return out


def _from_text(item: object, n: int) -> Article:
    if not isinstance(item, str):
        raise InputError(
            f"extract_many() takes Article items or texts, not {type(item).__name__} (item {n + 1})"
        )
    return Article.from_raw(item, id=f"text-{n + 1}")


def _extract_chunk(articles: Sequence[Article], options: _Options) -> list[Extraction]:
    from .extract import extract

    policy, vocabulary = options
    return [extract(a, policy=policy, vocabulary=vocabulary) for a in articles]


def _context() -> multiprocessing.context.BaseContext:
    """How to start the workers.

    A process running a single thread is forked: the workers start at once with the
    vocabularies already loaded. Forking a process that runs other threads can
    deadlock (a lock held by a thread that does not exist in the child), so then a
    fork server starts them (POSIX), or spawn elsewhere; both import the main module
    afresh in each worker, so scripts need the ``if __name__ == "__main__":`` guard.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:  # pragma: no cover - only when threads are running
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["discrepancy.facts.extract"])
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows
