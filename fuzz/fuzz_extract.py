"""Coverage-guided fuzzing of the public entry points with atheris.

Every input is a byte string. The harness feeds it to the library in the ways a
scraper pipeline would: decoded with ``errors="replace"`` as article text (to
``extract``, ``compare``, ``find_quantities``, ``parse_quantity``, ``find_times``,
``parse_time``, ``Article.from_raw``), and written raw to a temporary file for
``load_article`` (the encoding and front-matter path). Any exception that is not a
:class:`discrepancy.DiscrepancyError` is a crash: atheris stops, prints the
traceback and writes the input to ``crash-<sha1>``.

Run (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=1800 -max_len=4096 fuzz/corpus
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from datetime import date

import atheris

# The package loads its modules lazily; importing each one here puts all of them
# under instrumentation, not only those a first call happens to touch.
with atheris.instrument_imports():
    import discrepancy
    import discrepancy._article
    import discrepancy._clean
    import discrepancy._compare
    import discrepancy._extract
    import discrepancy._quantities
    import discrepancy._report
    import discrepancy._sentences
    import discrepancy._statements
    import discrepancy._time
    import discrepancy._vocab
    from discrepancy import (
        Article,
        DiscrepancyError,
        compare,
        extract,
        find_quantities,
        find_times,
        load_article,
        parse_quantity,
        parse_time,
    )

# One scratch file, rewritten for every input: creating a file per run would
# dominate the cost of a run.
_SCRATCH = os.path.join(tempfile.mkdtemp(prefix="discrepancy-fuzz-"), "article.txt")
_PUBLISHED = date(2025, 9, 7)
_SECOND = Article(
    id="zz-fixed",
    text="Russia launched more than 1,300 drones at Ukraine in the first five days of "
    "September, Zelensky said.",
    published=_PUBLISHED,
)


def _exercise(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for call in (
        lambda: find_quantities(text),
        lambda: parse_quantity(text[:200]),
        lambda: find_times(text, published=_PUBLISHED),
        lambda: parse_time(text[:200]),
    ):
        with contextlib.suppress(DiscrepancyError):
            call()
    try:
        article = Article.from_raw(text, id="fuzz")
    except DiscrepancyError:
        return
    extraction = extract(article)
    # Spans must index the text as given, or the evidence shown to users is wrong.
    for fact in extraction.facts:
        if not fact.negated:
            assert article.text[fact.span[0] : fact.span[1]] == fact.surface, fact
    for rejected in extraction.rejected:
        assert article.text[rejected.span[0] : rejected.span[1]] == rejected.surface
    comparison = compare([extraction, _SECOND])
    comparison.to_markdown()
    comparison.to_table(width=80)
    with open(_SCRATCH, "wb") as f:
        f.write(data)
    with contextlib.suppress(DiscrepancyError):
        extract(load_article(_SCRATCH))


def TestOneInput(data: bytes) -> None:
    _exercise(data)


def main() -> None:
    """Start atheris with the command-line options (``-max_total_time``, a corpus...)."""
    print(f"fuzzing discrepancy {discrepancy.__version__}", file=sys.stderr)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
