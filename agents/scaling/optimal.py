"""Compute-optimal allocation (Snell et al. 2024, "Scaling LLM Test-Time Compute Optimally can be
More Effective than Scaling Model Parameters"): per difficulty bin, the strategy that did best
at each budget on a calibration split of the tasks, applied to the disjoint evaluation split.

Difficulty is estimated from a cheap probe, as Snell et al. do with the base model's pass
rate, but without an oracle: the share of a pool's first ``probe`` candidates that pass the
*visible* tests (1 − pass rate, so larger is harder).  Bins are quantiles of the calibration
tasks' difficulties (Snell et al. use 5).  Tasks are split by a hash of their id — stable
across runs and independent of the results — and both splits are reported.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from statistics import mean
from typing import Mapping, Sequence

from agents.scaling.pool import Pool
from agents.scaling.sweep import Point, point
from harness.providers import ModelSpecError

NAME = "optimal"
BINS = 5
METRIC = "eff"
"""What the calibration maximises: efficiency on the hidden scoring (0 for a failing candidate)."""


def difficulty(pool: Pool, probe: int) -> float:
    first = pool.candidates[:probe]
    return 1 - sum(c.visible_pass for c in first) / len(first)


def split(task_ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """Calibration and evaluation halves, disjoint, by the SHA-256 of each id."""
    if len(task_ids) < 2:
        raise ModelSpecError("the optimal strategy needs at least 2 tasks: calibration and evaluation must be disjoint")
    ordered = sorted(task_ids, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
    half = len(ordered) // 2
    return sorted(ordered[:half]), sorted(ordered[half:])


@dataclass(frozen=True)
class Allocation:
    calibration: list[str]
    evaluation: list[str]
    edges: list[float]
    """Upper difficulty edges of the bins but the last."""
    choice: dict[int, dict[int, str]]
    """Budget → bin → strategy."""
    points: list[Point]


def edges_of(values: Sequence[float], bins: int) -> list[float]:
    ordered = sorted(values)
    count = min(bins, len(ordered))
    return sorted({ordered[(i * len(ordered)) // count - 1] for i in range(1, count)}) if count > 1 else []


def allocate(points: Sequence[Point], difficulties: Mapping[str, float], bins: int = BINS) -> Allocation:
    """Choose per (budget, bin) on the calibration tasks; score the choice on the evaluation tasks."""
    calibration, evaluation = split(sorted(difficulties))
    edges = edges_of([difficulties[t] for t in calibration], bins)

    def bin_of(task_id: str) -> int:
        return bisect_right(edges, difficulties[task_id] - 1e-12) if edges else 0

    by_key = {(p.strategy, p.budget): p for p in points}
    strategies = list(dict.fromkeys(p.strategy for p in points))
    choice: dict[int, dict[int, str]] = {}
    out = []
    for k in sorted({p.budget for p in points}):
        here = [s for s in strategies if (s, k) in by_key]

        def calibrated(s: str, members: list[str]) -> float:
            return mean(by_key[(s, k)].per_task[t][METRIC] for t in members)

        overall = max(here, key=lambda s: calibrated(s, calibration))
        choice[k] = {}
        for b in range(len(edges) + 1):
            members = [t for t in calibration if bin_of(t) == b]
            choice[k][b] = max(here, key=lambda s: calibrated(s, members)) if members else overall
        per_task = {t: by_key[(choice[k][bin_of(t)], k)].per_task[t] for t in evaluation}
        computes = [by_key[(choice[k][bin_of(t)], k)].compute for t in evaluation]
        out.append(point(NAME, k, per_task, computes))  # compute: the chosen strategies' mean per task
    return Allocation(calibration, evaluation, edges, choice, out)
