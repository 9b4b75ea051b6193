"""How fast this machine runs plain Python right now, printed beside every figure.

The benchmark machine is a shared virtual machine whose speed drifts with the load
of its host: on 2026-11-22 the same loop took between 0.11 and 0.20 s CPU within a
few minutes, with nothing else running on the machine. Every throughput benchmark prints
the CPU seconds of one fixed pure-Python loop before and after its own timings, so
a figure can be read against the state the machine was in, and two runs compared.

    python benchmarks/machine.py
"""

from __future__ import annotations

import time

__all__ = ["reference_seconds", "state"]

# The loop's CPU seconds on this machine on 2026-11-22, in a fast and a slow spell.
FAST, SLOW = 0.11, 0.20


def reference_seconds(repeats: int = 3) -> float:
    """The best CPU time of a fixed loop of three million additions."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        total = 0
        for i in range(3_000_000):
            total += i
        best = min(best, time.process_time() - started)
    return best


def state() -> str:
    """One line saying how fast the machine is running now."""
    seconds = reference_seconds()
    return (
        f"machine: reference loop {seconds:.3f} s CPU "
        f"(this machine: {FAST:.2f} s in a fast spell, {SLOW:.2f} s in a slow one)"
    )


if __name__ == "__main__":
    print(state())
