"""Unbiased pass@k (Chen et al. 2021, "Evaluating Large Language Models Trained on Code").

From ``n`` samples of which ``c`` are correct, the probability that at least one of ``k``
samples drawn without replacement is correct is estimated without bias by

    pass@k = 1 − C(n−c, k) / C(n, k),   and pass@k = 1 when n − c < k.

The binomial ratio is computed as the product ∏_{i=n−c+1}^{n} (1 − k/i), which neither
overflows nor loses precision for large ``n``.  The same estimator, applied to a different
notion of success, gives COFFE's efficient@k (:mod:`metrics.coffe`) and the share of edits
reaching a speedup threshold (:mod:`metrics.edit`).  :func:`expected_best_of_k` carries the
idea over to a real-valued score of the correct samples.
"""

from __future__ import annotations

import math
from typing import Sequence

from metrics._checks import as_count, as_reals


def unbiased_at_k(n: int, c: int, k: int) -> float:
    """``1 − C(n−c, k)/C(n, k)``: chance that a k-subset of n samples holds one of c successes.

    Generic form of the Chen et al. (2021) unbiased estimator; ``c`` counts whatever the
    caller calls success.  Raises :class:`ValueError` unless ``n >= 1``, ``0 <= c <= n`` and
    ``1 <= k <= n``.
    """
    n = as_count(n, "n", minimum=1)
    c = as_count(c, "c")
    k = as_count(k, "k", minimum=1)
    if c > n:
        raise ValueError(f"c (successes) must be <= n (samples), got c={c} > n={n}")
    if k > n:
        raise ValueError(f"k must be <= n (samples), got k={k} > n={n}")
    if n - c < k:
        return 1.0
    # C(n-c, k)/C(n, k) = prod_{i=n-c+1}^{n} (i-k)/i
    ratio = 1.0
    for i in range(n - c + 1, n + 1):
        ratio *= 1.0 - k / i
    return 1.0 - ratio


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k of Chen et al. (2021) for ``c`` correct out of ``n`` samples."""
    return unbiased_at_k(n, c, k)


def expected_best_of_k(correct_values: Sequence[float], n: int, k: int) -> float | None:
    """Expected best score among ``k`` of ``n`` samples, given that one of the ``k`` is correct.

    ``correct_values`` holds the scores of the ``c`` correct samples; the other ``n − c`` have
    no score.  Over all ``k``-subsets that contain at least one correct sample, the best correct
    score is the ``r``-th smallest ``v_(r)`` in ``C(n − c + r − 1, k − 1)`` of them, so

        E = Σ_r C(n − c + r − 1, k − 1) · v_(r) / (C(n, k) − C(n − c, k)).

    Unbiased for the same reason as pass@k (an average over all subsets), exact integer
    weights.  For ``k = 1`` it is the mean over the correct samples; with every sample correct it
    is ENAMEL's eff@k estimator (:func:`metrics.enamel.eff_at_k`).  ``None`` when ``c = 0``.
    """
    values = sorted(as_reals(correct_values, "correct_values", nonempty=False))
    n = as_count(n, "n", minimum=1)
    k = as_count(k, "k", minimum=1)
    c = len(values)
    if c > n:
        raise ValueError(f"more correct values than samples: {c} > n={n}")
    if k > n:
        raise ValueError(f"k must be <= n (samples), got k={k} > n={n}")
    if c == 0:
        return None
    subsets = math.comb(n, k) - math.comb(n - c, k)
    return math.fsum(math.comb(n - c + r - 1, k - 1) / subsets * v for r, v in enumerate(values, start=1))
