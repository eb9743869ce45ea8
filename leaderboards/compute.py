"""Leaderboard rows computed from stored runs.

Per task: pass@1 (unbiased, from n samples and c correct), EvalPerf DPS/DPS_norm against the
task's reference tiers, speedup against the fastest reference (geometric mean over the task's
correct samples), COFFE efficient@1 (correct and strictly fewer instructions than the fastest
reference).  Per model: the mean over tasks (geometric mean for speedup) with a bootstrap
confidence interval that resamples tasks.  References come from the same environment
(fingerprint and counter) as the run, never from elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from harness.store import RunInfo, Store, StoredEvaluation
from metrics import aggregate, coffe, evalperf, passk
from metrics.aggregate import Estimate
from tasks.results import Verdict


@dataclass(frozen=True)
class TaskScore:
    task_id: str
    n: int
    correct: int
    pass_at_1: float
    dps: float | None
    dps_norm: float | None
    speedup: float | None
    efficient_at_1: float | None
    best_instructions: int | None
    reference_instructions: tuple[int, ...] | None


@dataclass
class ModelRow:
    run_id: str
    model: str
    suite: str
    status: str
    counter: str | None
    fingerprint: str | None
    tasks: list[TaskScore] = field(default_factory=list)
    pass_at_1: Estimate | None = None
    dps: Estimate | None = None
    dps_norm: Estimate | None = None
    speedup: Estimate | None = None
    efficient_at_1: Estimate | None = None
    tokens: int = 0
    cost_usd: float | None = None
    eflops: float | None = None
    solved: int = 0

    @property
    def tokens_per_solved(self) -> float | None:
        return self.tokens / self.solved if self.solved and self.tokens else None

    @property
    def cost_per_solved(self) -> float | None:
        return self.cost_usd / self.solved if self.solved and self.cost_usd is not None else None

    @property
    def eflops_per_solved(self) -> float | None:
        return self.eflops / self.solved if self.solved and self.eflops is not None else None


def _reference_counts(store: Store, info: RunInfo) -> dict[str, tuple[int, ...]]:
    """Instruction counts of every fully measured reference ladder, by task hash (slowest first)."""
    counter, fingerprint = info.config.get("counter"), info.config.get("fingerprint")
    if not counter or not fingerprint:
        return {}
    by_task: dict[str, dict[str, int | None]] = defaultdict(dict)
    for (task_hash, tier), ev in store.references_for(fingerprint, counter).items():
        count = ev.measurement.instructions if ev.verdict == Verdict.PASS and ev.measurement else None
        by_task[task_hash][tier] = count
    return {h: tuple(sorted((c for c in tiers.values() if c is not None), reverse=True))
            for h, tiers in by_task.items() if all(c is not None for c in tiers.values())}


def score_task(task_id: str, rows: list[StoredEvaluation], ladder: tuple[int, ...] | None) -> TaskScore:
    n = len(rows)
    counts = [r.evaluation.measurement.instructions
              if r.evaluation.verdict == Verdict.PASS and r.evaluation.measurement else None for r in rows]
    correct = sum(r.evaluation.verdict == Verdict.PASS for r in rows)
    measured = [c for c in counts if c]
    dps = dps_norm = speedup = eff = None
    if ladder:
        levels = evalperf.levels_from_tiers(ladder)
        dps, dps_norm = evalperf.task_dps(counts, levels), evalperf.task_dps_norm(counts, levels)
        fastest = ladder[-1]
        if measured:
            speedup = aggregate.geometric_mean([fastest / c for c in measured])
        eff = coffe.efficient_at_k_from_costs(counts, fastest, 1)
    return TaskScore(task_id=task_id, n=n, correct=correct, pass_at_1=passk.pass_at_k(n, correct, 1),
                     dps=dps, dps_norm=dps_norm, speedup=speedup, efficient_at_1=eff,
                     best_instructions=min(measured) if measured else None, reference_instructions=ladder)


def _estimate(values: list[float | None], geometric: bool = False) -> Estimate | None:
    present = [v for v in values if v is not None and (not geometric or v > 0)]
    if not present:
        return None
    return aggregate.bootstrap(present, aggregate.geometric_mean if geometric else aggregate.mean)


def _total(values: Iterable[float | None]) -> float | None:
    """Sum of the known values; ``None`` when none is known (no price or architecture given)."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def model_row(store: Store, info: RunInfo) -> ModelRow:
    ladders = _reference_counts(store, info)
    grouped: dict[str, list[StoredEvaluation]] = defaultdict(list)
    for row in store.evaluations(info.run_id):
        grouped[row.task_id].append(row)
    counters = {r.evaluation.measurement.counter for rows in grouped.values() for r in rows
                if r.evaluation.measurement and r.evaluation.measurement.counter}
    result = ModelRow(run_id=info.run_id, model=info.model, suite=info.suite, status=info.status,
                      counter=", ".join(sorted(counters)) or None, fingerprint=info.config.get("fingerprint"))
    for task_id, rows in sorted(grouped.items()):
        result.tasks.append(score_task(task_id, rows, ladders.get(rows[0].task_hash)))
    if not result.tasks:
        return result
    result.pass_at_1 = _estimate([t.pass_at_1 for t in result.tasks])
    result.dps = _estimate([t.dps for t in result.tasks])
    result.dps_norm = _estimate([t.dps_norm for t in result.tasks])
    result.speedup = _estimate([t.speedup for t in result.tasks], geometric=True)
    result.efficient_at_1 = _estimate([t.efficient_at_1 for t in result.tasks])
    result.solved = sum(t.correct > 0 for t in result.tasks)
    usages = [s.usage for s in store.samples(info.run_id).values()]
    result.tokens = sum(u.prompt_tokens + u.completion_tokens for u in usages)
    result.cost_usd = _total(u.cost_usd for u in usages)
    result.eflops = _total(u.eflops for u in usages)
    return result


def evaluation_rows(store: Store, run_id: str) -> list[dict[str, Any]]:
    """Flat rows (task, verdict, instructions, extras) of one run, for suite-specific reports."""
    rows = []
    for row in store.evaluations(run_id):
        m = row.evaluation.measurement
        extra = m.extra if m else {}
        rows.append({"task_id": row.task_id, "index": row.index, "verdict": row.evaluation.verdict.value,
                     "instructions": m.instructions if m else None,
                     "reference_instructions": extra.get("reference_instructions_O2"), **extra})
    return rows


def leaderboard(store: Store, suite: str | None = None) -> list[ModelRow]:
    """The latest run of each model (per suite), best DPS first."""
    latest: dict[tuple[str, str], RunInfo] = {}
    for info in store.runs(suite):
        latest[(info.suite, info.model)] = info
    rows = [model_row(store, info) for info in latest.values()]
    return sorted(rows, key=lambda r: (r.suite, -(r.dps.value if r.dps else -1), r.model))
