"""KernelBench's fast_p (Ouyang et al., "KernelBench: Can LLMs Write Efficient GPU Kernels?",
ICML 2025).

``speedup_i = t_ref_i / t_gen_i`` and ``fast_p = (1/n) Σ_i 1[correct_i ∧ speedup_i > p]`` for
``p ∈ {0, 0.5, 0.8, 1, 1.5, 2}`` (``fast_0`` is the correctness rate).  The geometric-mean
speedup is taken over the correct samples only, and a second one over the samples that are
correct and strictly faster (``speedup > 1``); either is 0 when no sample qualifies.

Source: ``src/kernelbench/score.py`` (``fastp``, ``geometric_mean_speed_ratio_correct_only``,
``geometric_mean_speed_ratio_correct_and_faster_only``) in ScalingIntelligence/KernelBench at
commit 29c73ccd5dc309b82e2ff9456a1a375de04d953a; their unit tests
(``src/kernelbench/unit_tests/test_score.py``) are reproduced in Ergon's tests.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from metrics._checks import as_real, as_reals, optional_reals, same_length
from metrics.aggregate import geometric_mean

DEFAULT_PS: tuple[float, ...] = (0.0, 0.5, 0.8, 1.0, 1.5, 2.0)
"""The thresholds KernelBench reports."""


def _speedups(reference_times: Sequence[float], generated_times: Sequence[float | None]) -> list[float | None]:
    refs = as_reals(reference_times, "reference_times", positive=True)
    gens = optional_reals(generated_times, "generated_times", positive=True)
    same_length(refs, gens, "reference_times", "generated_times")
    return [None if g is None else r / g for r, g in zip(refs, gens)]


def fast_p(reference_times: Sequence[float], generated_times: Sequence[float | None], p: float) -> float:
    """Share (0–1) of problems solved correctly with ``t_ref / t_gen > p``; ``None`` = incorrect."""
    threshold = as_real(p, "p", nonnegative=True)
    speedups = _speedups(reference_times, generated_times)
    return sum(1 for s in speedups if s is not None and s > threshold) / len(speedups)


def fast_p_table(reference_times: Sequence[float], generated_times: Sequence[float | None],
                 ps: Iterable[float] = DEFAULT_PS) -> dict[float, float]:
    """:func:`fast_p` at each ``p``, keyed by ``p``."""
    return {float(p): fast_p(reference_times, generated_times, p) for p in ps}


def geomean_speedup(reference_times: Sequence[float], generated_times: Sequence[float | None]) -> float:
    """Geometric mean of ``t_ref / t_gen`` over the correct samples; 0 when none is correct."""
    correct = [s for s in _speedups(reference_times, generated_times) if s is not None]
    return geometric_mean(correct) if correct else 0.0


def geomean_speedup_faster(reference_times: Sequence[float], generated_times: Sequence[float | None]) -> float:
    """Geometric mean of ``t_ref / t_gen`` over the correct samples with speedup ``> 1``; 0 if none."""
    faster = [s for s in _speedups(reference_times, generated_times) if s is not None and s > 1]
    return geometric_mean(faster) if faster else 0.0
