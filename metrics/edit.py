"""Scoring an *edit* task: the model is given a working but slow program and asked for a faster
one, so every number is relative to the program it was given (for Ergon's tasks, the slowest
reference).  Submitting the given program unchanged scores speedup 1.0 and reaches no
threshold.

* ``speedup_over_given``: ``I(given) / I(candidate)`` for a correct candidate; a task's value is
  the geometric mean over its correct samples (ratios; :mod:`metrics.aggregate`).  Unlike
  PIE's ``max(1, ·)`` it is not floored, so an edit that slows the program down shows it.
* ``kept_correct``: share of the samples that are still correct (an edit that breaks the
  program does not count as an improvement).
* ``share_at_least``: share of the samples that are correct *and* at least ``threshold`` times
  faster — PIE's %Opt (Shypula et al., ICLR 2024; ``gem5/gem5_eval.py`` in LearningOpt/pie at
  commit eb3d72bc4f3c9095d0f62506340bc8ca0ef27b09: ``speedup_best@k >= 1.10`` with an incorrect
  sample at time ∞, i.e. speedup 1) for ``k = 1``, averaged over the samples.  For ``k > 1``,
  :func:`opt_at_k` uses the unbiased pass@k estimator on the count of such samples, where PIE
  uses the first ``k`` samples.
"""

from __future__ import annotations

from typing import Sequence

from metrics._checks import as_real, optional_reals
from metrics.aggregate import geometric_mean
from metrics.passk import unbiased_at_k
from metrics.pie import DEFAULT_THRESHOLD


def speedup_over_given(count: float, given: float) -> float:
    """``given / count``: how many times fewer instructions than the program given."""
    return as_real(given, "given", positive=True) / as_real(count, "count", positive=True)


def task_speedup(counts: Sequence[float | None], given: float) -> float | None:
    """Geometric mean of :func:`speedup_over_given` over correct samples (``None`` = incorrect)."""
    ratios = [speedup_over_given(c, given) for c in optional_reals(counts, "counts", positive=True) if c is not None]
    return geometric_mean(ratios) if ratios else None


def kept_correct(counts: Sequence[float | None]) -> float:
    """Share (0–1) of the samples that are correct."""
    if not counts:
        raise ValueError("counts must not be empty")
    return sum(c is not None for c in counts) / len(counts)


def count_at_least(counts: Sequence[float | None], given: float, threshold: float = DEFAULT_THRESHOLD) -> int:
    """Number of correct samples at least ``threshold`` times faster than the program given."""
    t = as_real(threshold, "threshold", positive=True)
    return sum(1 for c in optional_reals(counts, "counts", positive=True)
               if c is not None and speedup_over_given(c, given) >= t)


def opt_at_k(counts: Sequence[float | None], given: float, k: int, threshold: float = DEFAULT_THRESHOLD) -> float:
    """Chance (0–1) that one of ``k`` samples is correct and ``>= threshold`` times faster.

    For ``k = 1`` it is the share of such samples, PIE's %Opt/100 at best@1.
    """
    return unbiased_at_k(len(counts), count_at_least(counts, given, threshold), k)
