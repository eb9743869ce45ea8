"""EvalPerf's Differential Performance Score (Liu et al., "Evaluating Language Models for
Efficient Code Generation", COLM 2024), exact to the authors' code.

Sources (evalplus/evalplus at commit 26d6d00bb1fd0fa37f39c99d5290da67891d1c5e):

* ``evalplus/perf/select_pe_tasks.py`` (``adaptive_seg1d``, ``thresh_fn``, ``script``): reference
  solutions are clustered by mean instruction count.  Sort descending ``a_1 >= … >= a_N`` and
  split between ``a_k`` and ``a_{k+1}`` when ``(a_k − a_{k+1})/a_k > b + sqrt(10000/a_k)``
  (``b = 0.10`` when the clusters are exported; the task filter used ``0.2``).  Cluster ``j``
  (slowest first) is represented by its slowest member and scored with the running sum
  ``scores[j] = scores[j−1] + 100·|C_j|/N`` — accumulated in floating point, which is why the
  published dataset holds values such as ``100.00000000000001`` and ``99.99999999999999``.
* ``evalplus/evalperf.py`` (``perf_worker``, ``script``): walk the references from the fastest
  (``j = m−1``) to the slowest and stop at the first ``j`` with ``count <= reference[j]``;
  ``dps = scores[j]``, ``dps_norm = 100·(j+1)/m``; slower than every reference, or a profile that
  errors or times out, scores 0.  Reference counts are measured on the user's machine and
  may come out of order; EvalPerf then only warns and still matches by index.
* Which samples count: incorrect samples are left out of the task mean (their ``dps`` is
  ``None``); only the first ``max_profile`` passing samples are profiled; a task with fewer than
  ``min_correct`` passing samples gets no DPS at all (but still counts in pass@1); the model's
  DPS is the mean over tasks that have one.  With EvalPerf's protocol ``n_samples = 100``,
  ``min_correct = 10`` and ``max_profile = min(2·min_correct, n_samples)``.  That protocol is
  :meth:`SampleRule.evalperf`; Ergon's ordinary runs have a handful of samples, so its default
  :data:`ALL_PASSING` scores every passing sample of every task with at least one.

Means are :func:`statistics.mean` as in EvalPerf (exactly rounded), so published per-task
values are reproduced to the last bit.
"""

from __future__ import annotations

import math
import statistics
import warnings
from dataclasses import dataclass
from typing import Iterable, Sequence

from metrics._checks import as_count, as_real, as_reals

EXPORT_THRESHOLD = 0.10
"""EvalPerf's ``b`` when exporting clusters (``adaptive_seg1d`` default; the filter used 0.2)."""

MIN_INSTRUCTION_WEIGHT = 10_000.0
"""``PREF_CURATE_MIN_INSTRUCTION`` in ``evalplus/config.py``: the ``10000`` under the square root."""

EVALPERF_MIN_CORRECT = 10
"""``min_correct`` of ``evalperf.py:script``: passing samples a task needs to get a DPS."""

EVALPERF_N_SAMPLES = 100
"""``n_samples`` of ``evalperf.py:script``: samples drawn per task."""

SCORE_TOLERANCE = 1e-9
"""Relative slack above 100 for a score: EvalPerf's running sums overshoot by an ulp or so."""


class UnorderedReferencesWarning(UserWarning):
    """A faster-tier reference measured slower than a slower-tier one (EvalPerf warns too)."""


def cluster_counts(counts: Iterable[float], b: float = EXPORT_THRESHOLD) -> list[list[float]]:
    """EvalPerf's clustering of reference instruction counts, slowest cluster first.

    Each cluster is a list of counts in descending order.
    """
    values = sorted(as_reals(counts, "counts", positive=True), reverse=True)
    b = as_real(b, "b", nonnegative=True)
    clusters: list[list[float]] = [[values[0]]]
    for previous, current in zip(values, values[1:]):
        if (previous - current) / previous > b + math.sqrt(MIN_INSTRUCTION_WEIGHT / previous):
            clusters.append([current])
        else:
            clusters[-1].append(current)
    return clusters


def cumulative_scores(cluster_sizes: Sequence[int]) -> tuple[float, ...]:
    """EvalPerf's ``scores``: running sum of ``100·|C_j|/N``, added up in the same float order."""
    sizes = [as_count(s, f"cluster_sizes[{i}]", minimum=1) for i, s in enumerate(cluster_sizes)]
    if not sizes:
        raise ValueError("cluster_sizes must not be empty")
    total = sum(sizes)
    scores: list[float] = []
    for size in sizes:
        scores.append((scores[-1] if scores else 0) + 100 * size / total)
    return tuple(scores)


@dataclass(frozen=True)
class ReferenceLevels:
    """Efficiency levels to score against, slowest first.

    ``counts[j]`` is the instruction count of the reference representing level ``j`` (its
    cluster's slowest member), expected non-increasing in ``j``; ``scores[j]`` is the DPS
    awarded for matching level ``j``, non-decreasing and in ``(0, 100]`` up to
    :data:`SCORE_TOLERANCE` (EvalPerf's own scores reach ``100.00000000000001``).  Counts out
    of order are accepted with an :class:`UnorderedReferencesWarning`, as EvalPerf does.
    """

    counts: tuple[float, ...]
    scores: tuple[float, ...]

    def __post_init__(self) -> None:
        counts = tuple(as_reals(self.counts, "counts", positive=True))
        scores = tuple(as_reals(self.scores, "scores"))
        if len(counts) != len(scores):
            raise ValueError(f"counts and scores must have the same length, got {len(counts)} and {len(scores)}")
        if any(later < earlier for earlier, later in zip(scores, scores[1:])):
            raise ValueError(f"scores must be non-decreasing, got {scores}")
        if not all(0 < s <= 100 * (1 + SCORE_TOLERANCE) for s in scores):
            raise ValueError(f"scores must lie in (0, 100], got {scores}")
        if not self._ordered(counts):
            warnings.warn(f"reference counts are not ordered slowest first: {counts}; matching by index "
                          "as EvalPerf does", UnorderedReferencesWarning, stacklevel=3)
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "scores", scores)

    @staticmethod
    def _ordered(counts: Sequence[float]) -> bool:
        return all(later <= earlier for earlier, later in zip(counts, counts[1:]))

    @property
    def m(self) -> int:
        """Number of levels (clusters)."""
        return len(self.counts)

    @classmethod
    def from_counts(cls, counts: Iterable[float], b: float = EXPORT_THRESHOLD) -> ReferenceLevels:
        """Cluster raw reference counts as EvalPerf does and build the levels."""
        clusters = cluster_counts(counts, b)
        return cls(tuple(cluster[0] for cluster in clusters), cumulative_scores([len(c) for c in clusters]))

    def level(self, count: float) -> int | None:
        """Index of the first reference, walking from the fastest, with ``count <= counts[j]``.

        ``None`` when the sample is slower than every reference.  An infinite count (a profile
        that timed out or errored) matches nothing.
        """
        x = _count(count)
        return next((j for j in range(self.m - 1, -1, -1) if x <= self.counts[j]), None)


def _count(count: float) -> float:
    if isinstance(count, (int, float)) and not isinstance(count, bool) and count == math.inf:
        return math.inf
    return as_real(count, "count", nonnegative=True)


def levels_from_tiers(counts_slowest_first: Iterable[float]) -> ReferenceLevels:
    """Ergon's tiers as EvalPerf clusters: each tier is its own cluster of size 1.

    With ``m`` tiers, ``scores[j] = 100 · (j+1)/m`` (so DPS equals DPS_norm).
    """
    counts = tuple(as_reals(counts_slowest_first, "counts_slowest_first", positive=True))
    m = len(counts)
    return ReferenceLevels(counts, tuple(100.0 * (j + 1) / m for j in range(m)))


def dps(count: float, levels: ReferenceLevels) -> float:
    """DPS of one profiled sample: ``scores[j]`` of its level, 0 if slower than all or ``inf``."""
    j = levels.level(count)
    return 0.0 if j is None else levels.scores[j]


def dps_norm(count: float, levels: ReferenceLevels) -> float:
    """DPS_norm of one profiled sample: ``100 · (j+1)/m``, 0 if slower than all or ``inf``."""
    j = levels.level(count)
    return 0.0 if j is None else 100 * (j + 1) / levels.m


@dataclass(frozen=True)
class SampleRule:
    """Which of a task's samples are scored, and when a task gets a DPS at all.

    ``min_correct``: fewest passing samples for the task to be scored (else its DPS is
    ``None``).  ``max_profile``: only the first that many passing samples are profiled and
    scored (``None``: all of them).
    """

    min_correct: int = 1
    max_profile: int | None = None

    def __post_init__(self) -> None:
        as_count(self.min_correct, "min_correct", minimum=1)
        if self.max_profile is not None and as_count(self.max_profile, "max_profile", minimum=1) < self.min_correct:
            raise ValueError(f"max_profile must be >= min_correct, got {self.max_profile} < {self.min_correct}")

    @classmethod
    def evalperf(cls, n_samples: int = EVALPERF_N_SAMPLES, min_correct: int = EVALPERF_MIN_CORRECT) -> SampleRule:
        """EvalPerf's protocol (``evalperf.py:script`` defaults): ``max_profile = min(2·min_correct, n)``."""
        n = as_count(n_samples, "n_samples", minimum=1)
        if n < min_correct:
            raise ValueError(f"EvalPerf's protocol needs n_samples >= min_correct, got {n} < {min_correct}")
        return cls(min_correct=min_correct, max_profile=min(2 * min_correct, n))

    def describe(self) -> str:
        """One line for a leaderboard row saying which rule produced its DPS."""
        if self == ALL_PASSING:
            return "all passing samples"
        profiled = "all" if self.max_profile is None else f"first {self.max_profile}"
        return f">= {self.min_correct} passing, {profiled} profiled"

    def profiled(self, counts: Sequence[float | None]) -> list[float] | None:
        """The counts that are scored, or ``None`` if the task gets no DPS under this rule.

        ``counts[i]`` is ``None`` for a sample that is not correct (left out), ``math.inf`` for
        a correct sample whose profiling failed or timed out (scored, as 0).
        """
        passing = [_count(c) for c in counts if c is not None]
        if len(passing) < self.min_correct:
            return None
        return passing if self.max_profile is None else passing[:self.max_profile]


ALL_PASSING = SampleRule()
"""Ergon's default: every passing sample of every task with at least one passing sample."""


def task_dps(counts: Sequence[float | None], levels: ReferenceLevels,
             rule: SampleRule = ALL_PASSING) -> float | None:
    """Mean DPS over a task's scored samples (see :meth:`SampleRule.profiled`), or ``None``."""
    scored = rule.profiled(counts)
    return None if scored is None else statistics.mean(dps(c, levels) for c in scored)


def task_dps_norm(counts: Sequence[float | None], levels: ReferenceLevels,
                  rule: SampleRule = ALL_PASSING) -> float | None:
    """Mean DPS_norm over a task's scored samples (see :meth:`SampleRule.profiled`), or ``None``."""
    scored = rule.profiled(counts)
    return None if scored is None else statistics.mean(dps_norm(c, levels) for c in scored)
