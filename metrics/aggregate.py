"""Aggregation over tasks: geometric means for ratios and bootstrap confidence intervals.

Ratios are aggregated with the geometric mean (a harmonic mean collapses on one outlier).
Every aggregate comes with a percentile bootstrap interval (Efron & Tibshirani, "An
Introduction to the Bootstrap", 1993): resample the tasks with replacement, recompute the
aggregate, and take the ``(1−confidence)/2`` and ``(1+confidence)/2`` percentiles.

A task without a score (``None``: no passing sample, or too few for EvalPerf's protocol) is
left out of a model's mean, as EvalPerf's summary does (``evalplus/evalperf.py``, ``script``:
``mean(not_none(...))`` over tasks, commit 26d6d00bb1fd0fa37f39c99d5290da67891d1c5e); see
:func:`bootstrap_present`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

import numpy as np

from metrics._checks import as_count, as_real, as_reals

T = TypeVar("T")


@dataclass(frozen=True)
class Estimate:
    """A point estimate with its bootstrap interval ``[low, high]`` over ``n`` tasks."""

    value: float
    low: float
    high: float
    n: int


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean (non-empty)."""
    items = as_reals(values, "values")
    return math.fsum(items) / len(items)


def geometric_mean(values: Sequence[float]) -> float:
    """Geometric mean ``exp(mean(log v))`` of positive values."""
    items = as_reals(values, "values", positive=True)
    return math.exp(math.fsum(math.log(v) for v in items) / len(items))


def bootstrap(per_task: Sequence[T], statistic: Callable[[Sequence[T]], float] = mean,  # type: ignore[assignment]
              *, resamples: int = 2000, confidence: float = 0.95, seed: int = 0) -> Estimate:
    """``statistic(per_task)`` with a percentile bootstrap interval over resampled tasks.

    ``per_task`` holds one item per task (a score, or anything ``statistic`` understands, e.g.
    ``(reference_cost, predicted_cost)`` pairs for a ratio of sums).  The same ``seed`` gives
    the same interval.
    """
    items = list(per_task)
    n = len(items)
    if n == 0:
        raise ValueError("bootstrap needs at least one task")
    b = as_count(resamples, "resamples", minimum=1)
    level = as_real(confidence, "confidence")
    if not 0 < level < 1:
        raise ValueError(f"confidence must lie in (0, 1), got {level}")
    value = float(statistic(items))
    rng = np.random.default_rng(seed)
    indices = rng.integers(0, n, size=(b, n))
    if statistic is mean:
        data = np.asarray(as_reals(items, "per_task"), dtype=float)
        stats = data[indices].mean(axis=1)
    else:
        stats = np.array([float(statistic([items[i] for i in row])) for row in indices])
    tail = 100.0 * (1.0 - level) / 2.0
    low, high = np.percentile(stats, [tail, 100.0 - tail])
    return Estimate(value=value, low=float(low), high=float(high), n=n)


def bootstrap_present(per_task: Sequence[float | None], statistic: Callable[[Sequence[float]], float] = mean,
                      **options: float) -> Estimate | None:
    """:func:`bootstrap` over the tasks that have a score; ``None`` when none has one.

    ``options`` are passed to :func:`bootstrap` (``resamples``, ``confidence``, ``seed``).
    """
    present = [v for v in per_task if v is not None]
    return bootstrap(present, statistic, **options) if present else None  # type: ignore[arg-type]
