"""ECCO's history-based editing metric (Waghjale et al., "ECCO: Can We Improve Model-Generated Code
Efficiency Without Sacrificing Functional Correctness?", EMNLP 2024).

Source: ``evaluation/edit_eval.py`` in CodeEff/ECCO at commit e865446 (``calculate_speedup``).  Of a
row's samples, the *best* is the one that passed the most tests, ties broken by the least total
time over its tests; the row's speedup is ``Σ input time / Σ best-sample time`` over the tests the
best sample passed, and is reported only when the input program passed every test and the best
sample passed at least one.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from metrics._checks import as_real

Times = Mapping[str, float]
"""Time (or instruction count) of each passed test, by test id."""


def best_sample(samples: Sequence[Times]) -> int:
    """Index of ECCO's best sample: most tests passed, then least total time (the first on a tie)."""
    if not samples:
        raise ValueError("samples must not be empty")
    most = max(len(s) for s in samples)
    candidates = [i for i, s in enumerate(samples) if len(s) == most]
    return min(candidates, key=lambda i: sum(samples[i].values()))


def edit_speedup(input_times: Times, n_tests: int, samples: Sequence[Times]) -> float | None:
    """ECCO's speedup of one row, or ``None`` where ECCO reports none.

    ``input_times`` and each of ``samples`` hold the times of the tests that program passed;
    ``n_tests`` is how many tests the problem has.
    """
    if n_tests < 1:
        raise ValueError(f"n_tests must be >= 1, got {n_tests}")
    if len(input_times) != n_tests or not samples:
        return None
    best = samples[best_sample(samples)]
    if not best:
        return None
    given = sum(as_real(input_times[t], "input time", positive=True) for t in best)
    return given / sum(as_real(v, "sample time", positive=True) for v in best.values())
