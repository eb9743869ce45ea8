"""EvalPerf's Differential Performance Score (Liu et al., "Evaluating Language Models for
Efficient Code Generation", COLM 2024).

Reference solutions are clustered by instruction count on the performance-exercising input:
sort the counts descending ``a_1 >= … >= a_N`` and split between ``a_k`` and ``a_{k+1}`` when

    (a_k − a_{k+1}) / a_k > b + sqrt(10000 / a_k)

(``b = 0.10`` when EvalPerf exports its clusters).  Clusters run from ``C_0`` (slowest) to
``C_{m−1}`` (fastest); each is represented by its slowest member, ``reference[j]``, and scored
with the cumulative share ``scores[j] = 100 · Σ_{i<=j} |C_i| / N``.

A correct candidate with count ``x`` matches ``j* = max{j : x <= reference[j]}``;
``DPS = scores[j*]`` and ``DPS_norm = 100 · (j*+1)/m``.  A candidate that is wrong, errors,
times out (all passed as ``None``) or is slower than every reference scores 0.  A task's
score is the mean over its samples.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from metrics._checks import as_real, as_reals

EXPORT_THRESHOLD = 0.10
"""EvalPerf's ``b`` when exporting clusters (their task filter used 0.2)."""


def cluster_counts(counts: Iterable[float], b: float = EXPORT_THRESHOLD) -> list[list[float]]:
    """EvalPerf's clustering of reference instruction counts, slowest cluster first.

    Each cluster is a list of counts in descending order.
    """
    values = sorted(as_reals(counts, "counts", positive=True), reverse=True)
    b = as_real(b, "b", nonnegative=True)
    clusters: list[list[float]] = [[values[0]]]
    for previous, current in zip(values, values[1:]):
        if (previous - current) / previous > b + math.sqrt(10000.0 / previous):
            clusters.append([current])
        else:
            clusters[-1].append(current)
    return clusters


@dataclass(frozen=True)
class ReferenceLevels:
    """Efficiency levels to score against, slowest first.

    ``counts[j]`` is the instruction count of the reference representing level ``j`` (its
    cluster's slowest member), non-increasing in ``j``; ``scores[j]`` is the DPS awarded for
    matching level ``j``, non-decreasing and in ``(0, 100]``.
    """

    counts: tuple[float, ...]
    scores: tuple[float, ...]

    def __post_init__(self) -> None:
        counts = tuple(as_reals(self.counts, "counts", positive=True))
        scores = tuple(as_reals(self.scores, "scores"))
        if len(counts) != len(scores):
            raise ValueError(f"counts and scores must have the same length, got {len(counts)} and {len(scores)}")
        if any(later > earlier for earlier, later in zip(counts, counts[1:])):
            raise ValueError(f"reference counts must be ordered slowest first (non-increasing), got {counts}")
        if any(later < earlier for earlier, later in zip(scores, scores[1:])):
            raise ValueError(f"scores must be non-decreasing, got {scores}")
        if not all(0 < s <= 100 for s in scores):
            raise ValueError(f"scores must lie in (0, 100], got {scores}")
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "scores", scores)

    @property
    def m(self) -> int:
        """Number of levels (clusters)."""
        return len(self.counts)

    @classmethod
    def from_counts(cls, counts: Iterable[float], b: float = EXPORT_THRESHOLD) -> ReferenceLevels:
        """Cluster raw reference counts as EvalPerf does and build the levels."""
        clusters = cluster_counts(counts, b)
        total = sum(len(c) for c in clusters)
        running = 0
        scores = []
        for cluster in clusters:
            running += len(cluster)
            scores.append(100.0 * running / total)
        return cls(tuple(cluster[0] for cluster in clusters), tuple(scores))

    def level(self, count: float | None) -> int | None:
        """``j* = max{j : count <= counts[j]}``, or ``None`` if wrong or slower than every level."""
        if count is None:
            return None
        x = as_real(count, "count", nonnegative=True)
        # counts are non-increasing, so x <= counts[j] holds exactly on a prefix j < J.
        prefix = _prefix_at_least(self.counts, x)
        return prefix - 1 if prefix else None


def _prefix_at_least(counts: Sequence[float], x: float) -> int:
    """Length of the prefix of non-increasing ``counts`` whose entries are >= ``x``."""
    lo, hi = 0, len(counts)
    while lo < hi:
        mid = (lo + hi) // 2
        if counts[mid] >= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def levels_from_tiers(counts_slowest_first: Iterable[float]) -> ReferenceLevels:
    """Ergon's tiers as EvalPerf clusters: each tier is its own cluster of size 1.

    With ``m`` tiers, ``scores[j] = 100 · (j+1)/m`` (so DPS equals DPS_norm).
    """
    counts = tuple(as_reals(counts_slowest_first, "counts_slowest_first", positive=True))
    m = len(counts)
    return ReferenceLevels(counts, tuple(100.0 * (j + 1) / m for j in range(m)))


def dps(count: float | None, levels: ReferenceLevels) -> float:
    """Differential Performance Score of one sample (0 if ``None`` or slower than all levels)."""
    j = levels.level(count)
    return 0.0 if j is None else levels.scores[j]


def dps_norm(count: float | None, levels: ReferenceLevels) -> float:
    """Normalised DPS of one sample: ``100 · (j*+1)/m`` (0 if ``None`` or slower than all)."""
    j = levels.level(count)
    return 0.0 if j is None else 100.0 * (j + 1) / levels.m


def task_dps(counts: Iterable[float | None], levels: ReferenceLevels) -> float:
    """Mean DPS over one task's samples (``None`` = wrong/error/timeout, scoring 0)."""
    scores = [dps(c, levels) for c in counts]
    if not scores:
        raise ValueError("task_dps needs at least one sample")
    return sum(scores) / len(scores)


def task_dps_norm(counts: Iterable[float | None], levels: ReferenceLevels) -> float:
    """Mean DPS_norm over one task's samples (``None`` = wrong/error/timeout, scoring 0)."""
    scores = [dps_norm(c, levels) for c in counts]
    if not scores:
        raise ValueError("task_dps_norm needs at least one sample")
    return sum(scores) / len(scores)
