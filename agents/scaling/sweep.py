"""Score against compute, per strategy and budget, paying for the largest budget only.

For each task one pool of ``max(budgets)`` candidates is drawn (and, for GenRM, judged); every
candidate is scored on the full task exactly as a run scores a sample (hidden tests, scored
input, cached by code); the strategies then choose from that pool only what they may see, and
:func:`agents.scaling.subsample.expected_score` turns the pool into the expected score at each
smaller budget.  Compute at budget ``k`` is the pool's per-solution cost times ``k`` (a uniform
``k``-subset costs ``k/n`` of the pool in expectation), with Singhi et al.'s ``C = k·(1 + λV)``;
so do its request-seconds, while the mean latency and time to first token of a request and the
output tokens/s (serving speed) are the pool's whatever ``k``.

``refine`` (the optimize agent with ``k`` steps) cannot be subsampled: its steps depend on one
another, so each budget is its own trajectory (their requests add up; replies are cached).

Scores: ``pass`` (hidden tests and scored input), and ``eff`` — the fastest reference tier's
instruction count over the candidate's on the scored input, 0 when it fails (1 = as fast as
the fastest reference).  Intervals are 95% bootstrap intervals over tasks.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from statistics import mean
from typing import Any, Callable, Sequence

from agents import optimize
from agents.graph import Tools
from agents.scaling.agent import make_strategy
from agents.scaling.compute import Compute, of_pool
from agents.scaling.pool import Pool, draw
from agents.scaling.strategy import Strategy
from agents.scaling.subsample import expected_score
from harness.providers import Model, ModelContext, ModelSpecError, Sample, SampleRequest
from tasks.results import Evaluation, Verdict
from tasks.schema import Task

REFINE = "refine"
OPTIMAL = "optimal"
STRATEGIES = ("best-of", "self-consistency", "genrm", REFINE, OPTIMAL)
BOOTSTRAP = 1_000

Scorer = Callable[[Task, str], Evaluation]
"""Scores a candidate on the full task, as a run does (hidden tests, the scored input)."""


@dataclass
class TaskResult:
    task_id: str
    pool: Pool
    scores: dict[str, list[float]]
    """Each candidate's score on the full task, by metric (``pass``, ``eff``)."""


@dataclass
class Point:
    strategy: str
    budget: int
    tasks: int
    score: dict[str, float]
    interval: dict[str, tuple[float, float]]
    compute: dict[str, float | None]
    per_task: dict[str, dict[str, float]] = field(default_factory=dict)

    def row(self) -> dict[str, Any]:
        return asdict(self)


def candidate_scores(task: Task, pool: Pool, score: Scorer, fastest: int | None) -> dict[str, list[float]]:
    passed, eff = [], []
    for c in pool.candidates:
        ev = score(task, c.code) if c.code is not None else None
        ok = ev is not None and ev.verdict == Verdict.PASS
        count = ev.measurement.instructions if ok and ev and ev.measurement else None
        passed.append(1.0 if ok else 0.0)
        eff.append(fastest / count if ok and fastest and count else 0.0)
    return {"pass": passed, "eff": eff}


def bootstrap(values: Sequence[float], seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean over tasks (Efron & Tibshirani 1993)."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    rng = random.Random(seed)
    means = sorted(mean(rng.choices(values, k=len(values))) for _ in range(BOOTSTRAP))
    return means[int(0.025 * BOOTSTRAP)], means[int(0.975 * BOOTSTRAP) - 1]


def scaled(compute: Compute, k: int) -> dict[str, float | None]:
    """Expected compute of a uniform k-subset of the pool (k/n of every total) and C = k·(1 + λV)."""
    f = k / compute.solutions

    def part(v: float | None) -> float | None:
        return None if v is None else v * f

    return {"tokens": (compute.prompt_tokens + compute.completion_tokens) * f, "usd": part(compute.usd),
            "flops": part(compute.flops), "eflops": part(compute.eflops),
            "budget_c": k * (1 + compute.lam * compute.verifications), "request_s": part(compute.serving.latency_s),
            **serving(compute.serving.mean_latency_s, compute.serving.mean_ttft_s, compute.serving.output_tps)}


def serving(latency: float | None, ttft: float | None, tps: float | None) -> dict[str, float | None]:
    return {"latency_s": latency, "ttft_s": ttft, "tokens_per_s": tps}


COMPUTE_KEYS = ("tokens", "usd", "flops", "eflops", "budget_c", "request_s", "latency_s", "ttft_s", "tokens_per_s")
"""A point's compute: totals per task (the first six, means over tasks) and per-request serving figures."""


def point(strategy: str, k: int, per_task: dict[str, dict[str, float]], computes: list[dict[str, float | None]]) -> Point:
    metrics = ("pass", "eff")
    score = {m: mean(v[m] for v in per_task.values()) for m in metrics}
    interval = {m: bootstrap([v[m] for v in per_task.values()]) for m in metrics}

    def total(key: str) -> float | None:
        known = [v for c in computes if (v := c.get(key)) is not None]
        return sum(known) / len(computes) if known and len(known) == len(computes) else None

    return Point(strategy, k, len(per_task), score, interval,
                 {key: total(key) for key in COMPUTE_KEYS}, per_task)


def sweep_pooled(tasks: Sequence[Task], tools: Tools, strategies: Sequence[Strategy], budgets: Sequence[int],
                 score: Scorer, fastest: Callable[[Task], int | None], params: float | None,
                 advance: Callable[[str], None] = lambda _: None) -> tuple[list[Point], list[TaskResult]]:
    """The pooled strategies' points: one pool per task at the largest budget, smaller ones subsampled."""
    n = max(budgets)
    results = []
    for task in tasks:
        req = SampleRequest(task=task, index=0)
        pool = draw(tools, req, n)
        for s in strategies:
            s.gather(tools, pool, req)
        results.append(TaskResult(task.id, pool, candidate_scores(task, pool, score, fastest(task))))
        advance(task.id)
    points = []
    for s in strategies:
        for k in budgets:
            per_task = {r.task_id: {m: expected_score(s, r.pool, r.scores[m], k) for m in ("pass", "eff")}
                        for r in results}
            computes = [scaled(of_pool(r.pool, s.verifications, params), k) for r in results]
            points.append(point(s.name, k, per_task, computes))
    return points, results


def sweep_refine(tasks: Sequence[Task], inner: Model, context: ModelContext, budgets: Sequence[int], score: Scorer,
                 fastest: Callable[[Task], int | None], params: float | None,
                 advance: Callable[[str], None] = lambda _: None) -> list[Point]:
    """Sequential refinement: the optimize agent with ``k`` steps, one trajectory per (task, budget)."""
    points = []
    for k in budgets:
        agent = optimize.OptimizeAgent(inner, k, context)
        samples: list[Sample] = list(agent.generate([SampleRequest(task=t, index=0) for t in tasks]))
        by_id = {t.id: t for t in tasks}
        per_task, computes = {}, []
        for s in samples:
            task = by_id[s.task_id]
            ev = score(task, s.code) if s.code is not None else None
            ok = ev is not None and ev.verdict == Verdict.PASS
            count = ev.measurement.instructions if ok and ev and ev.measurement else None
            best = fastest(task)
            per_task[task.id] = {"pass": 1.0 if ok else 0.0, "eff": best / count if ok and best and count else 0.0}
            tokens = s.usage.prompt_tokens + s.usage.completion_tokens
            steps = len(s.trajectory.steps) if s.trajectory else 1
            u = s.usage
            computes.append({"tokens": float(tokens), "usd": u.cost_usd,
                             "flops": 2.0 * params * tokens if params is not None else None, "eflops": u.eflops,
                             "budget_c": float(steps), "request_s": u.latency_s,
                             **serving(u.mean_latency_s, u.mean_ttft_s, u.output_tps)})
            advance(f"{task.id}@{k}")
        points.append(point(REFINE, k, per_task, computes))
    return points


def parse_strategies(text: str, verifications: int) -> tuple[list[Strategy], bool]:
    """The pooled strategies named in ``text`` and whether ``refine`` is among them (``optimal`` chooses
    among the others, see :mod:`agents.scaling.optimal`)."""
    names = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in names if s not in STRATEGIES]
    if unknown or not names:
        raise ModelSpecError(f"unknown strategy {', '.join(unknown) or '(none)'} (choose from {', '.join(STRATEGIES)})")
    if OPTIMAL in names and len(set(names) - {OPTIMAL}) < 2:
        raise ModelSpecError("optimal chooses among strategies: name at least two others (e.g. best-of,refine,optimal)")
    pooled = [make_strategy(s, {"verifications": verifications} if s == "genrm" else {})
              for s in names if s not in (REFINE, OPTIMAL)]
    return pooled, REFINE in names
