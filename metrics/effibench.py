"""EffiBench's normalised efficiency metrics (Huang et al., "EffiBench: Benchmarking the Efficiency of
Automatically Generated Code", NeurIPS 2024 Datasets and Benchmarks).

Source: huangd1999/EffiBench at d29e43b, ``src/report_overhead.py``.  Per problem, from a
``mprof run --interval 0.001`` profile (lines of memory MB and timestamp): ET is the span of the
timestamps (``calculate_runtime``), MU the largest memory sample (``report_max_memory_usage``)
and TMU the memory–time integral by the trapezoid rule over consecutive samples, the first
sample only opening the first interval (``calculate_memory_usage``).  The reported NET, NMU
and NTMU are *ratios of totals* over the problems whose generated code ran —
``Σ ET_gen / Σ ET_canonical`` and likewise — not means of per-problem ratios: the script
accumulates both but prints the ratio of totals (its per-problem mean is overwritten).
"""

from __future__ import annotations

from typing import Sequence

from metrics._checks import as_real, as_reals, same_length


def execution_time(samples: Sequence[tuple[float, float]]) -> float:
    """ET: last minus first timestamp of ``(memory_mb, timestamp_s)`` samples (0 for fewer than two)."""
    times = [as_real(t, "timestamp") for _, t in samples]
    return max(max(times) - min(times), 0.0) if times else 0.0


def max_memory(samples: Sequence[tuple[float, float]]) -> float:
    """MU: the largest memory sample (0 when there is none, as ``report_max_memory_usage`` starts)."""
    return max([0.0, *(as_real(m, "memory_mb", nonnegative=True) for m, _ in samples)])


def memory_time(samples: Sequence[tuple[float, float]]) -> float:
    """TMU (MB·s): Σ (m_{i−1} + m_i)/2 · (t_i − t_{i−1}), counted once a positive timestamp was seen."""
    total, prev_t, prev_m = 0.0, 0.0, 0.0
    for m, t in samples:
        m, t = as_real(m, "memory_mb", nonnegative=True), as_real(t, "timestamp")
        if prev_t > 0:
            total += (prev_m + m) / 2 * (t - prev_t)
        prev_t, prev_m = t, m
    return total


def normalized(generated: Sequence[float], canonical: Sequence[float]) -> float:
    """NET/NMU/NTMU: ``Σ generated / Σ canonical`` over the problems listed (those whose code ran)."""
    gen = as_reals(generated, "generated", nonnegative=True)
    can = as_reals(canonical, "canonical", nonnegative=True)
    same_length(gen, can, "generated", "canonical")
    if not gen:
        raise ValueError("normalized needs at least one problem")
    if sum(can) <= 0:
        raise ValueError("the canonical solutions' total must be positive")
    return sum(gen) / sum(can)
