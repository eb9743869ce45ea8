"""The budget sweep's estimator: exact against brute force over subsets, and pass@k where they coincide."""

from __future__ import annotations

import itertools
import random
from math import comb

import pytest

from agents.scaling.best_of import BestOf
from agents.scaling.genrm import GenRM
from agents.scaling.pool import Call, Candidate, Pool
from agents.scaling.self_consistency import SelfConsistency
from agents.scaling.subsample import expected_score


def random_pool(rng: random.Random, n: int) -> tuple[Pool, list[float]]:
    candidates, scores = [], []
    for i in range(n):
        has_code = rng.random() > 0.15
        passes = has_code and rng.random() > 0.4
        c = Candidate(number=i, code=f"def f(): return {i}" if has_code else None, raw="", call=Call(10, 20, None, None),
                      verdict="pass" if passes else ("fail" if has_code else "no-code"),
                      instructions=rng.randint(100, 110) if passes else None,  # ties happen: broken by number
                      signature=rng.choice("abc") if has_code else None,
                      verifications=[rng.random() > 0.5 for _ in range(3)] if has_code else [])
        candidates.append(c)
        scores.append(rng.random() if has_code else 0.0)  # a hidden score no strategy sees
    return Pool("t", 0, candidates), scores


def brute_force(strategy, pool: Pool, scores: list[float], k: int) -> float:
    values = []
    for members in itertools.combinations(range(len(pool.candidates)), k):
        chosen = strategy.choose(pool, list(members))
        values.append(scores[chosen] if chosen is not None else 0.0)
    return sum(values) / len(values)


@pytest.mark.parametrize("strategy", [BestOf(), GenRM(3), SelfConsistency()], ids=lambda s: s.name)
def test_expected_score_equals_the_mean_over_every_subset(strategy) -> None:
    rng = random.Random(7)
    for _ in range(40):
        n = rng.randint(1, 8)
        pool, scores = random_pool(rng, n)
        for k in range(1, n + 1):
            assert expected_score(strategy, pool, scores, k) == pytest.approx(brute_force(strategy, pool, scores, k))


def test_best_of_with_an_oracle_order_is_unbiased_pass_at_k() -> None:
    """When exactly the correct candidates pass the visible tests, best-of@k's pass rate is pass@k."""
    n, c = 10, 3
    candidates = [Candidate(number=i, code="x", raw="", call=Call(0, 0, None, None), verdict="pass" if i < c else "fail",
                            instructions=100 + i if i < c else None) for i in range(n)]
    pool = Pool("t", 0, candidates)
    scores = [1.0 if i < c else 0.0 for i in range(n)]
    for k in range(1, n + 1):
        assert expected_score(BestOf(), pool, scores, k) == pytest.approx(1 - comb(n - c, k) / comb(n, k))


def test_a_budget_outside_the_pool_is_refused() -> None:
    pool, scores = random_pool(random.Random(1), 4)
    with pytest.raises(ValueError, match="between 1 and the pool's 4"):
        expected_score(BestOf(), pool, scores, 5)
