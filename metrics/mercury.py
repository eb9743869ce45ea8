"""Mercury's Beyond score (Du et al., "Mercury: A Code Efficiency Benchmark for Code Large
Language Models", NeurIPS 2024).

With ``R_min``/``R_max`` the extreme runtimes of re-run historical solutions,
``b = (R_max − clip(r, R_min, R_max)) / (R_max − R_min)``; an incorrect sample scores 0.
Beyond@k is the plain average over the first ``k`` samples (not an unbiased estimator).

Source: ``bigcode_eval/tasks/custom_metrics/beyond_eval.py`` (``compute_beyond_eval``,
``estimate_beyond_at_k``) in bigcode-project/bigcode-evaluation-harness at commit
4b05ad80f8a0d6cac8c5b17d862928013a6db948, the harness Mercury's README points to: an incorrect
sample runs in ``inf`` and is clipped to ``R_max``, giving 0.  That is :func:`beyond`.

Mercury's own ``src/evaluator.py`` (Elfsong/Mercury at d712fa06b6bd2aab2246513b64242d00d25081e8),
which produced the leaderboard in its README and the ``data/*_eval.json`` files, computes
``clip(R_max − r, 0, 1)/(R_max − R_min)`` instead: the numerator is capped at one second, and
``r`` is not clipped at ``R_min``, so a sample faster than every reference scores above 1.  It
averages each task's first sample.  That is :func:`beyond_as_published`, needed to reproduce
their table; the two agree when ``R_min <= r`` and ``R_max − r <= 1`` s.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from metrics._checks import as_count, as_real, as_reals


def beyond(runtime: float | None, r_min: float, r_max: float) -> float:
    """Beyond score of one sample (``None`` = incorrect, scoring 0); requires ``r_min < r_max``."""
    lo = as_real(r_min, "r_min", nonnegative=True)
    hi = as_real(r_max, "r_max", nonnegative=True)
    if not lo < hi:
        raise ValueError(f"r_min must be < r_max, got r_min={lo}, r_max={hi}")
    if runtime is None:
        return 0.0
    r = as_real(runtime, "runtime", nonnegative=True)
    return (hi - min(max(r, lo), hi)) / (hi - lo)


def beyond_as_published(runtime: float | None, r_min: float, r_max: float) -> float:
    """Beyond as Mercury's ``src/evaluator.py`` computes it (see the module docstring).

    ``max(0, min(R_max − r, 1)) / (R_max − R_min)`` with ``r`` in seconds; ``None`` (incorrect)
    runs in ``inf`` and scores 0; may exceed 1.
    """
    lo = as_real(r_min, "r_min", nonnegative=True)
    hi = as_real(r_max, "r_max", nonnegative=True)
    if not lo < hi:
        raise ValueError(f"r_min must be < r_max, got r_min={lo}, r_max={hi}")
    if runtime is None:
        return 0.0
    r = as_real(runtime, "runtime", nonnegative=True)
    return max(min(hi - r, 1), 0) / (hi - lo)


def runtime_range(reference_runtimes: Iterable[float]) -> tuple[float, float]:
    """``(R_min, R_max)`` of the re-run historical solutions."""
    values = as_reals(reference_runtimes, "reference_runtimes", nonnegative=True)
    return min(values), max(values)


def beyond_at_k(runtimes: Sequence[float | None], r_min: float, r_max: float, k: int,
                *, as_published: bool = False) -> float:
    """Beyond@k: mean Beyond score of the first ``k`` samples.

    ``as_published=True`` scores each with :func:`beyond_as_published` (Mercury's README table).
    """
    k = as_count(k, "k", minimum=1)
    if k > len(runtimes):
        raise ValueError(f"k must be <= the number of samples, got k={k} > {len(runtimes)}")
    score = beyond_as_published if as_published else beyond
    return sum(score(r, r_min, r_max) for r in runtimes[:k]) / k
