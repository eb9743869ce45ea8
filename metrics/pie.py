"""PIE's program-optimisation metrics (Shypula et al., "Learning Performance-Improving Code
Edits", ICLR 2024).

An incorrect candidate has time ∞.  For a source program with time ``T_src`` and candidates
``T_0, T_1, …``, ``speedup_best@k = max(1, T_src / min_{j<k} T_j)``; the benchmark reports the
mean speedup over programs and %Opt, the share of programs with speedup >= 1.10 (and other
thresholds).  Source: ``gem5/gem5_eval.py`` in LearningOpt/pie at commit
eb3d72bc4f3c9095d0f62506340bc8ca0ef27b09 (``speedup_best@{i}``, ``percent_programs_…``).
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

from metrics._checks import as_count, as_real, as_reals, optional_reals

DEFAULT_THRESHOLD = 1.10
"""PIE's %Opt threshold."""

THRESHOLDS: tuple[float, ...] = (1.10, 1.25, 1.50, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 10.0)
"""The thresholds ``gem5_eval.py`` reports %Opt at."""


def speedup_best_at_k(source_time: float, candidate_times: Sequence[float | None], k: int) -> float:
    """``max(1, T_src / min_{j<k} T_j)`` with ``None`` (incorrect) taken as an infinite time."""
    src = as_real(source_time, "source_time", positive=True)
    times = optional_reals(candidate_times, "candidate_times", positive=True)
    k = as_count(k, "k", minimum=1)
    if k > len(times):
        raise ValueError(f"k must be <= the number of candidates, got k={k} > {len(times)}")
    best = min(math.inf if t is None else t for t in times[:k])
    return max(1.0, src / best)


def mean_speedup(speedups: Iterable[float]) -> float:
    """Arithmetic mean of per-program speedups, as PIE reports it."""
    values = as_reals(speedups, "speedups", positive=True)
    return sum(values) / len(values)


def percent_optimized(speedups: Iterable[float], threshold: float = DEFAULT_THRESHOLD) -> float:
    """%Opt: percentage (0–100) of programs whose speedup is >= ``threshold``."""
    values = as_reals(speedups, "speedups", positive=True)
    t = as_real(threshold, "threshold", positive=True)
    return 100.0 * sum(1 for v in values if v >= t) / len(values)


def percent_optimized_at(speedups: Iterable[float],
                         thresholds: Iterable[float] = THRESHOLDS) -> dict[float, float]:
    """%Opt at each threshold, keyed by threshold."""
    values = as_reals(speedups, "speedups", positive=True)
    return {float(t): percent_optimized(values, t) for t in thresholds}
