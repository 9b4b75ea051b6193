"""Coverage-guided fuzzing of the public entry points with atheris.

Every input is a byte string. The harness feeds it to the library in the ways a
scraper pipeline would, and as hostile Unicode:

* decoded three ways: with ``errors="replace"``, with ``errors="surrogateescape"``
  (every invalid byte becomes a lone surrogate, as ``os.fsdecode`` makes of a file
  name that is not UTF-8), and "hostile" (each byte of 0x80 or more becomes one of
  the characters scrapers leave inside figures and dates: bidi marks, zero-width and
  Unicode spaces, uncommon dashes, full-width and Arabic digits, a lone surrogate);
* each text goes to ``find_quantities``, ``parse_quantity``, ``find_times``,
  ``parse_time``, ``extract`` (on the str itself and on ``Article.from_raw``), then
  ``compare``; every output is serialised (the extraction's JSON, read back; the
  comparison's JSON, HTML, Markdown and terminal table) and encoded as UTF-8;
* the raw bytes are written to a temporary file for ``load_article`` (the encoding
  and front-matter path), then extracted.

Any exception that is not a :class:`discrepancy.DiscrepancyError` is a crash, and so
is a span that does not index the article text: atheris stops, prints the traceback
and writes the input to ``crash-<sha1>``.

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
    import discrepancy.articles.load
    import discrepancy.comparison.align
    import discrepancy.facts.extract
    import discrepancy.facts.statements
    import discrepancy.mentions.quantities
    import discrepancy.mentions.times
    import discrepancy.report.labels
    import discrepancy.report.render
    import discrepancy.report.updates
    import discrepancy.rules.vocab
    import discrepancy.text.debris
    import discrepancy.text.gate
    import discrepancy.text.sentences
    from discrepancy import (
        Article,
        DiscrepancyError,
        Extraction,
        extract,
        find_quantities,
        find_times,
        load_article,
        parse_quantity,
        parse_time,
    )
    from discrepancy.testing import assert_sound

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


# What a scraper leaves inside figures and dates (see discrepancy.text.gate): one is
# picked for each byte of 0x80 or more by the "hostile" decoding.
_HOSTILE = (
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi
    "\u200b\u200c\u200d\u2060\ufeff\x00\x0b\x0c\x85\u2028\u2029\u0301\u00ad"  # invisible
    "\u00a0\u1680\u2000\u2002\u2003\u2007\u2008\u2009\u200a\u202f\u205f\u3000"  # spaces
    "\u2010\u2012\u2013\u2014\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b\ufe62"  # dashes
    "\uff10\uff11\uff15\uff0c\uff0e\u0660\u0661\u066b\u066c\u06f5\u0967"  # digits
    "\ud800\udc00\udcff\ufffd\U0001f600"  # surrogates and beyond
)


def _hostile(data: bytes) -> str:
    return "".join(chr(b) if b < 0x80 else _HOSTILE[b % len(_HOSTILE)] for b in data)


def _check(extraction: Extraction) -> None:
    """Spans index the text as given, and every output encodes as UTF-8."""
    assert_sound(extraction, _SECOND)


def _exercise(data: bytes) -> None:
    for text in (
        data.decode("utf-8", errors="replace"),
        data.decode("utf-8", errors="surrogateescape"),
        _hostile(data),
    ):
        _exercise_text(text)
    with open(_SCRATCH, "wb") as f:
        f.write(data)
    with contextlib.suppress(DiscrepancyError):
        _check(extract(load_article(_SCRATCH)))


def _exercise_text(text: str) -> None:
    for call in (
        lambda: find_quantities(text),
        lambda: parse_quantity(text[:200]),
        lambda: find_times(text, published=_PUBLISHED),
        lambda: parse_time(text[:200]),
    ):
        with contextlib.suppress(DiscrepancyError):
            call()
    with contextlib.suppress(DiscrepancyError):
        _check(extract(text))
    try:
        article = Article.from_raw(text, id="fuzz")
    except DiscrepancyError:
        return
    _check(extract(article.model_copy(update={"published": _PUBLISHED})))


def TestOneInput(data: bytes) -> None:
    _exercise(data)


def main() -> None:
    """Start atheris with the command-line options (``-max_total_time``, a corpus...)."""
    print(f"fuzzing discrepancy {discrepancy.__version__}", file=sys.stderr)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
