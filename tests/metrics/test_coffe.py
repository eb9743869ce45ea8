from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, strategies as st

from metrics.coffe import (
    cost,
    count_efficient,
    efficient_at_k,
    efficient_at_k_from_costs,
    speedup,
    trimmed_mean,
)
from metrics.passk import pass_at_k


def test_trimmed_mean_hand_computed() -> None:
    # drop 100 (max) and 1 (min): (2 + 3 + 4) / 3 = 3
    assert trimmed_mean([1, 2, 3, 4, 100]) == 3.0
    # duplicates: drop one 5 and one 1: (5 + 1) / 2 = 3
    assert trimmed_mean([5, 5, 1, 1]) == 3.0


def test_cost_hand_computed() -> None:
    # test A: (10 + 11 + 12) dropped 9 and 50 -> 11; test B: (20,20,20) -> 20; I = 31
    assert cost([[9, 10, 11, 12, 50], [20, 20, 20]]) == 31.0


def test_efficient_hand_computed() -> None:
    # reference 100; samples 90 (faster), 100 (tie: not strictly faster), None (wrong), 50 (faster)
    costs = [90, 100, None, 50]
    assert count_efficient(costs, 100) == 2
    # efficient@1 = 2/4; efficient@2 = 1 - C(2,2)/C(4,2) = 1 - 1/6 = 5/6
    assert efficient_at_k_from_costs(costs, 100, 1) == pytest.approx(0.5)
    assert efficient_at_k_from_costs(costs, 100, 2) == pytest.approx(5 / 6)
    assert efficient_at_k(4, 0, 2) == 0.0


def test_speedup_hand_computed() -> None:
    # instance 2 has no correct prediction and is left out: (100 + 300) / (50 + 100) = 8/3
    assert speedup([100, 200, 300], [50, None, 100]) == pytest.approx(8 / 3)


def test_timed_out_runs_as_coffe_treats_its_inf_sentinel() -> None:
    # coffe/evaluator.py (commit 7979acb4): speedup skips an instance whose ground truth or
    # prediction costs INF ("if gt >= INF: continue"): instance 2 (ground truth timed out) and
    # instance 3 (prediction timed out) are left out -> (100 + 300) / (50 + 100) = 8/3
    assert speedup([100, math.inf, 300, 40], [50, 10, 100, math.inf]) == pytest.approx(8 / 3)
    # efficient@1 compares "gt > pred" with no such guard: a timed-out ground truth makes any
    # finite prediction efficient, and a timed-out prediction never is.
    assert count_efficient([5.0, None, math.inf], math.inf) == 1
    assert count_efficient([math.inf], 10.0) == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: trimmed_mean([1, 2]), "at least 3 values"),
        (lambda: cost([]), "at least one stressful test"),
        (lambda: speedup([1.0], [None]), "no instance has a correct"),
        (lambda: speedup([math.inf], [1.0]), "no instance has a correct"),
        (lambda: speedup([1.0], [math.nan]), "must be finite"),
        (lambda: speedup([1.0, 2.0], [1.0]), "same length"),
        (lambda: speedup([1.0], [0.0]), "must be > 0"),
        (lambda: efficient_at_k(3, 1, 4), "k must be <= n"),
        (lambda: efficient_at_k_from_costs([1.0, None], 2.0, 3), "k must be <= n"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


sample_costs = st.lists(st.one_of(st.none(), st.integers(1, 20)), min_size=1, max_size=8)


@given(sample_costs, st.integers(1, 20), st.data())
def test_efficient_at_k_brute_force_and_bounded_by_pass_at_k(costs: list[int | None], ref: int,
                                                            data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(costs)))
    value = efficient_at_k_from_costs(costs, ref, k)
    subsets = list(itertools.combinations(costs, k))
    brute = sum(any(c is not None and c < ref for c in s) for s in subsets) / len(subsets)
    assert value == pytest.approx(brute, abs=1e-12)
    correct = sum(c is not None for c in costs)
    assert value <= pass_at_k(len(costs), correct, k) + 1e-12


def test_a_free_sample_counts_as_efficient_and_a_negative_cost_is_refused() -> None:
    """Costs are counts: 0 is a cost (cheaper than any reference), a negative one is no cost at all."""
    assert count_efficient([0.0, 2.0], 1.0) == 1
    assert count_efficient([0.5], 0.0) == 0
    with pytest.raises(ValueError, match=r"costs\[0\] must be >= 0"):
        count_efficient([-1.0], 1.0)
    with pytest.raises(ValueError, match=r"reference_costs\[0\] must be > 0"):  # a speedup over nothing
        speedup([0.0], [1.0])
