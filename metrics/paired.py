"""Did B do better than A?  Paired and two-sample tests for comparing two runs.

Over the tasks two runs share (one value per task and run):

* **difference and interval**: the mean of ``b_i − a_i`` with a *paired* percentile bootstrap
  interval — tasks are resampled with both runs' values together, so the task-to-task spread
  that both runs share cancels (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993,
  ch. 13 and §16.4; Koehn, "Statistical Significance Tests for Machine Translation
  Evaluation", EMNLP 2004, applies paired bootstrap resampling of test items to compare two
  systems).
* **p-value**: the paired randomization (sign-flip) test — under the null hypothesis that A and
  B are exchangeable on every task, each ``b_i − a_i`` is as likely to have the opposite sign;
  the p-value is the share of the ``2^n`` sign assignments whose mean difference is at least as
  far from zero as the observed one (Fisher, "The Design of Experiments", 1935, §21; exact for
  up to 13 tasks, else 9999 random assignments).  With few tasks the smallest p-value
  attainable is large (``2/2^n``), which is the honest answer to "is this significant?".

Within one task (samples of the two runs are independent draws, not pairs): Fisher's exact test
on the pass/fail counts and the Mann–Whitney U test on passing samples' instruction counts
(Mann & Whitney 1947).  Testing many tasks at once, their p-values are adjusted with Holm's
step-down method (Holm, "A Simple Sequentially Rejective Multiple Test Procedure", Scand. J.
Statist. 6, 1979), which controls the family-wise error rate without assuming independence.

The resampling and the tests are SciPy's (``scipy.stats.bootstrap``, ``permutation_test``,
``fisher_exact``, ``mannwhitneyu``); only Holm's adjustment is written here (five lines).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import stats

from metrics._checks import as_real, as_reals, same_length

RESAMPLES = 9999


@dataclass(frozen=True)
class Difference:
    """Mean of ``b − a`` over ``n`` pairs, its bootstrap interval, and the randomization p-value."""

    value: float
    low: float
    high: float
    p_value: float
    n: int


def _mean_difference(a: np.ndarray, b: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.mean(b - a, axis=axis)


def paired_difference(a: Sequence[float], b: Sequence[float], *, confidence: float = 0.95,
                      resamples: int = RESAMPLES, seed: int = 0) -> Difference:
    """The mean paired difference ``b − a`` with its interval and two-sided p-value (see the module)."""
    xs, ys = np.asarray(as_reals(a, "a"), float), np.asarray(as_reals(b, "b"), float)
    same_length(xs, ys, "a", "b")
    if len(xs) == 0:
        raise ValueError("a paired comparison needs at least one pair")
    level = as_real(confidence, "confidence")
    value = float(np.mean(ys - xs))
    if np.all(ys - xs == ys[0] - xs[0]):  # every resample gives the same mean: a point, not an interval
        low = high = value
    else:
        ci = stats.bootstrap((xs, ys), _mean_difference, paired=True, vectorized=True, method="percentile",
                             n_resamples=resamples, confidence_level=level, rng=np.random.default_rng(seed))
        low, high = float(ci.confidence_interval.low), float(ci.confidence_interval.high)
    if len(xs) == 1 or np.all(ys == xs):  # one pair: flipping its sign gives a difference as extreme
        p = 1.0
    else:
        p = float(stats.permutation_test((xs, ys), _mean_difference, permutation_type="samples", vectorized=True,
                                         n_resamples=resamples, alternative="two-sided",
                                         rng=np.random.default_rng(seed)).pvalue)
    return Difference(value, low, high, min(1.0, p), len(xs))


def pass_counts_p(passed_a: int, total_a: int, passed_b: int, total_b: int) -> float:
    """Two-sided Fisher exact test: do the two runs pass this task at different rates?"""
    table = [[passed_a, total_a - passed_a], [passed_b, total_b - passed_b]]
    if min(total_a, total_b) <= 0 or any(v < 0 for row in table for v in row):
        raise ValueError(f"pass counts must lie within their totals, got {table}")
    return float(stats.fisher_exact(table).pvalue)


def counts_p(counts_a: Sequence[float], counts_b: Sequence[float]) -> float:
    """Two-sided Mann–Whitney U test on two sets of instruction counts (1.0 when either is empty).

    The exact null distribution is used when no two counts tie (SciPy's default switches to the
    normal approximation above eight samples, which overstates p tenfold at ten against ten);
    with ties, the tie-corrected normal approximation.  Every count equal: p = 1.
    """
    if not len(counts_a) or not len(counts_b):
        return 1.0
    xs, ys = as_reals(counts_a, "counts_a"), as_reals(counts_b, "counts_b")
    if len(set(xs) | set(ys)) == 1:
        return 1.0
    method = "exact" if len(set(xs) | set(ys)) == len(xs) + len(ys) else "asymptotic"
    return float(stats.mannwhitneyu(xs, ys, alternative="two-sided", method=method).pvalue)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values, in the order given."""
    ps = as_reals(p_values, "p_values")
    m = len(ps)
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(sorted(range(m), key=lambda j: ps[j])):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def log_ratio(values: Sequence[float]) -> list[float]:
    """Natural logs of positive ratios, so a geometric-mean ratio becomes a mean difference."""
    return [math.log(v) for v in as_reals(values, "values", positive=True)]
