"""Thread safety: the public scanners give the same answer from 8 threads as serially.

Each check runs in a fresh interpreter, so the lazy pieces (the vocabulary, the
compiled rule patterns, the pint registry) are first built by several threads at
once: the moment a missing lock would show. The child prints the JSON of the
threaded and of the serial results; the test compares them byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# The child: barrier-start 8 threads so they all hit the lazy loaders together, run
# every job twice over, then run the same jobs serially in the same process.
_CHILD = r"""
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import discrepancy

FUNCTION = sys.argv[1]
PUBLISHED = date(2025, 9, 7)
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
# Plain models only: nothing lazy (rules, vocabulary, pint) is loaded before the
# threads start.
articles = [discrepancy.Article(id=f"a{n}", text=t, published=PUBLISHED)
            for n, t in enumerate(texts)]


def run(n):
    if FUNCTION == "extract":
        return discrepancy.extract(articles[n]).model_dump_json()
    if FUNCTION == "find_quantities":
        return json.dumps([q.model_dump(mode="json") for q in discrepancy.find_quantities(texts[n])])
    if FUNCTION == "find_times":
        return json.dumps([t.model_dump(mode="json")
                           for t in discrepancy.find_times(texts[n], published=PUBLISHED)])
    raise SystemExit(f"unknown function {FUNCTION}")


jobs = list(range(len(texts))) * 4
barrier = threading.Barrier(8)


def first(n):
    barrier.wait()
    return run(n)


with ThreadPoolExecutor(max_workers=8) as pool:
    threaded = list(pool.map(first, jobs[:8])) + list(pool.map(run, jobs[8:]))
serial = [run(n) for n in jobs]
print(json.dumps({"threaded": threaded, "serial": serial}))
"""


@pytest.mark.parametrize("function", ["extract", "find_quantities", "find_times"])
def test_eight_threads_match_a_serial_run(function: str) -> None:
    assert SEEDS, "the seed articles are missing"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, function, *map(str, SEEDS)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["threaded"] == out["serial"]
    # Something was found, or the comparison above proves nothing.
    assert any(len(r) > 10 for r in out["serial"])
