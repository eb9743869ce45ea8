"""What a strategy would score with ``k`` candidates, from a pool of ``n ≥ k``, without drawing again.

The expected score of a strategy that draws ``k`` candidates is the mean, over all ``C(n, k)``
subsets of the ``n`` drawn, of the score of what it chooses from that subset — the same
argument as the unbiased pass@k estimator (Chen et al. 2021, "Evaluating Large Language Models
Trained on Code", §2.1) and ENAMEL's eff@k (Qiu et al. 2024): a sweep over budgets then costs
the requests of its largest budget only.

* A strategy that submits the first of a fixed order (:class:`agents.scaling.strategy.Ranked`:
  best-of-N, GenRM) has a closed form: the candidate at rank ``r`` (0-based) is first among a
  uniform ``k``-subset with probability ``C(n-1-r, k-1) / C(n, k)``.
* Any other (self-consistency's vote) is averaged over every subset when there are at most
  :data:`EXACT_LIMIT`, else over :data:`DRAWS` subsets drawn uniformly with a fixed seed (still
  unbiased, no longer exact).
"""

from __future__ import annotations

import itertools
import random
from math import comb
from typing import Sequence

from agents.scaling.pool import Pool
from agents.scaling.strategy import Ranked, Strategy

EXACT_LIMIT = 20_000
DRAWS = 5_000


def rank_weights(n: int, k: int) -> list[float]:
    """P(the candidate at rank r is the first of a uniform k-subset of n), for r = 0..n-1."""
    if not 1 <= k <= n:
        raise ValueError(f"budget {k} must be between 1 and the pool's {n} candidates")
    total = comb(n, k)
    return [comb(n - 1 - r, k - 1) / total for r in range(n)]


def expected_score(strategy: Strategy, pool: Pool, scores: Sequence[float], k: int) -> float:
    """E[score of the strategy's choice among k candidates drawn without replacement from ``pool``].

    ``scores[i]`` is candidate i's score; a choice of nothing (no candidate with code) scores 0.
    """
    n = len(pool.candidates)
    if isinstance(strategy, Ranked):
        order = strategy.rank(pool)
        return sum(w * (scores[i] if pool.candidates[i].code is not None else 0.0)
                   for w, i in zip(rank_weights(n, k), order))
    if not 1 <= k <= n:
        raise ValueError(f"budget {k} must be between 1 and the pool's {n} candidates")

    def value(members: Sequence[int]) -> float:
        chosen = strategy.choose(pool, members)
        return scores[chosen] if chosen is not None else 0.0

    if comb(n, k) <= EXACT_LIMIT:
        subsets = list(itertools.combinations(range(n), k))
        return sum(value(s) for s in subsets) / len(subsets)
    rng = random.Random(n * 1_000 + k)
    return sum(value(rng.sample(range(n), k)) for _ in range(DRAWS)) / DRAWS
