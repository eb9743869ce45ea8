"""COFFE's efficiency metrics (Peng et al., "COFFE: A Code Efficiency Benchmark for Code
Generation", FSE 2025).

* Cost ``I(s)``: sum over the stressful tests of the trimmed mean of repeated instruction
  counts (COFFE runs 12 times and drops the maximum and the minimum).
* efficient@k: the pass@k estimator (:func:`metrics.passk.unbiased_at_k`) applied to the
  number of samples that are correct *and strictly cheaper* than the best ground truth,
  ``I(best ground truth) > I(candidate)``.  Instances without such a sample count 0.
* speedup: ratio of sums ``Σ_i I(gt_i) / Σ_i I(pred_i)`` over the instances whose prediction
  is correct.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from metrics._checks import as_real, as_reals, optional_reals, same_length
from metrics.passk import unbiased_at_k


def trimmed_mean(values: Iterable[float]) -> float:
    """Mean after dropping one maximum and one minimum (needs at least 3 values)."""
    items = as_reals(values, "values")
    if len(items) < 3:
        raise ValueError(f"trimmed_mean needs at least 3 values to drop max and min, got {len(items)}")
    return (sum(items) - max(items) - min(items)) / (len(items) - 2)


def cost(runs_per_test: Iterable[Iterable[float]]) -> float:
    """COFFE's cost ``I(s)``: Σ over stressful tests of the trimmed mean of that test's runs."""
    total = 0.0
    count = 0
    for runs in runs_per_test:
        total += trimmed_mean(runs)
        count += 1
    if not count:
        raise ValueError("cost needs at least one stressful test")
    return total


def count_efficient(costs: Iterable[float | None], best_reference_cost: float) -> int:
    """Number of samples that are correct (not ``None``) and strictly cheaper than the reference."""
    reference = as_real(best_reference_cost, "best_reference_cost", nonnegative=True)
    return sum(1 for c in optional_reals(costs, "costs", nonnegative=True) if c is not None and c < reference)


def efficient_at_k(n: int, efficient: int, k: int) -> float:
    """efficient@k from ``efficient`` correct-and-strictly-faster samples out of ``n``."""
    return unbiased_at_k(n, efficient, k)


def efficient_at_k_from_costs(costs: Sequence[float | None], best_reference_cost: float, k: int) -> float:
    """efficient@k of one instance from its samples' costs (``None`` = incorrect)."""
    return efficient_at_k(len(costs), count_efficient(costs, best_reference_cost), k)


def speedup(reference_costs: Sequence[float], predicted_costs: Sequence[float | None]) -> float:
    """COFFE speedup ``Σ I(gt_i) / Σ I(pred_i)`` over instances with a correct prediction.

    ``predicted_costs[i]`` is ``None`` when instance ``i``'s prediction is incorrect.
    """
    refs = as_reals(reference_costs, "reference_costs", positive=True, nonempty=False)
    preds = optional_reals(predicted_costs, "predicted_costs", positive=True)
    same_length(refs, preds, "reference_costs", "predicted_costs")
    pairs = [(r, p) for r, p in zip(refs, preds) if p is not None]
    if not pairs:
        raise ValueError("speedup is undefined: no instance has a correct prediction")
    return sum(r for r, _ in pairs) / sum(p for _, p in pairs)
