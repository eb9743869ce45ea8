"""COFFE's efficiency metrics (Peng et al., "COFFE: A Code Efficiency Benchmark for Code
Generation", FSE 2025).

* Cost ``I(s)``: sum over the stressful tests of the trimmed mean of repeated instruction
  counts (COFFE runs 12 times and drops the maximum and the minimum).
* efficient@k: the pass@k estimator (:func:`metrics.passk.unbiased_at_k`) applied to the
  number of samples that are correct *and strictly cheaper* than the best ground truth,
  ``I(best ground truth) > I(candidate)``.  Instances without such a sample count 0.
* speedup: ratio of sums ``Σ_i I(gt_i) / Σ_i I(pred_i)`` over the instances whose prediction
  is correct.

Source: ``coffe/evaluator.py`` (``metric == "speedup"`` / ``"efficient_at_1"``, about line
1250) and ``coffe/code_execution.py`` (``untrusted_instruction_measure``: 12 runs, drop one max
and one min) in JohnnyPeng18/Coffe at commit 7979acb4f2b11cba6c81f3149f64f14a7931955f.  A run
that fails or times out costs COFFE's sentinel ``INF = 9999999999999999``, passed here as
``math.inf``.  The speedup skips an instance whose ground truth or prediction costs ``INF``
(``if gt >= INF: continue``).  efficient@1 compares ``gt > pred`` with no such guard, so a
ground truth that timed out makes every finite prediction "efficient" — a quirk kept here
because it changes their table.
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

from metrics._checks import as_real, as_reals, same_length
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


def _cost(value: object, name: str, *, positive: bool = False) -> float:
    """A cost, where ``math.inf`` stands for COFFE's ``INF`` (failed or timed out)."""
    if isinstance(value, float) and value == math.inf:
        return math.inf
    return as_real(value, name, positive=positive, nonnegative=True)


def count_efficient(costs: Iterable[float | None], best_reference_cost: float) -> int:
    """Number of samples that are correct (not ``None``) and strictly cheaper than the reference.

    ``math.inf`` is a run that timed out; an infinite reference cost makes every finite sample
    strictly cheaper, as COFFE's ``gt > pred`` does with its ``INF`` sentinel.
    """
    reference = _cost(best_reference_cost, "best_reference_cost")
    return sum(1 for i, c in enumerate(costs) if c is not None and _cost(c, f"costs[{i}]") < reference)


def efficient_at_k(n: int, efficient: int, k: int) -> float:
    """efficient@k from ``efficient`` correct-and-strictly-faster samples out of ``n``."""
    return unbiased_at_k(n, efficient, k)


def efficient_at_k_from_costs(costs: Sequence[float | None], best_reference_cost: float, k: int) -> float:
    """efficient@k of one instance from its samples' costs (``None`` = incorrect)."""
    return efficient_at_k(len(costs), count_efficient(costs, best_reference_cost), k)


def speedup(reference_costs: Sequence[float], predicted_costs: Sequence[float | None]) -> float:
    """COFFE speedup ``Σ I(gt_i) / Σ I(pred_i)`` over instances with a correct prediction.

    ``predicted_costs[i]`` is ``None`` when instance ``i``'s prediction is incorrect; an
    instance whose ground truth or prediction timed out (``math.inf``) is skipped, as COFFE does.
    """
    refs = [_cost(r, f"reference_costs[{i}]", positive=True) for i, r in enumerate(reference_costs)]
    preds = [None if p is None else _cost(p, f"predicted_costs[{i}]", positive=True)
             for i, p in enumerate(predicted_costs)]
    same_length(refs, preds, "reference_costs", "predicted_costs")
    pairs = [(r, p) for r, p in zip(refs, preds) if p is not None and math.isfinite(r) and math.isfinite(p)]
    if not pairs:
        raise ValueError("speedup is undefined: no instance has a correct, finite prediction and ground truth")
    return sum(r for r, _ in pairs) / sum(p for _, p in pairs)
