"""Leaderboard rows computed from stored runs.

A row is one run: the latest run of each (suite, kind, model), so an ``edit`` run never
replaces the ``generate`` run of the same model, and an unfinished or failed run never replaces
a complete one (an unfinished run that is shown is marked partial).  Per task, from the samples' instruction
counts and the task's reference ladder (slowest first):

* every kind: pass@k (unbiased, Chen et al. 2021);
* ``generate``: Ergon's log-position score (:mod:`metrics.position`; the primary number), EvalPerf
  DPS/DPS_norm under a :class:`~metrics.evalperf.SampleRule` (Ergon's: every passing sample;
  or EvalPerf's protocol: >= 10 passing, first 20 profiled), speedup against the fastest
  reference (geometric mean over correct samples), COFFE efficient@k (correct and strictly
  fewer instructions than the fastest reference) and ENAMEL's eff@k formula on one level
  (the profiling input, reference = fastest tier, ``T = 2×`` it, instruction counts for times);
* ``edit``: speedup over the program given (the slowest reference), the share of edits that
  stay correct (pass@1) and PIE's %opt (share >= 1.10× faster), with opt@k.

Runs of an agent or a test-time scaling strategy (samples with a trajectory) add: steps per
sample, and the improvement each sample's final candidate made over the first correct candidate
of its trajectory, (1 − final / first)·100 % fewer instructions on the profiling input (what the
agent saw; bounded by 100, so a mean over samples is not ruled by one huge speedup); a sample
that fails the run's own checks improved nothing.  Tokens and dollars are
then also given per percentage point of improvement (summed over samples).

Values at ``k > 1`` are reported for every ``k`` in :data:`KS` that each task of the run has
samples for.  Per model: the mean over tasks (geometric mean for speedups) with a bootstrap
interval that resamples tasks; a task without a value (no passing sample, or too few under
EvalPerf's protocol) is left out of that mean.  References come from the same environment
(fingerprint and counter) as the run, never from elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
import functools
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Literal

from harness.providers import Trajectory, Usage
from harness.store import RunInfo, Store, StoredEvaluation
from leaderboards.suite_metrics import TaskRecord, compute_suite_metrics, suite_metrics
from metrics import aggregate, coffe, edit, enamel, evalperf, passk, position
from metrics.aggregate import Estimate
from tasks.registry import SuiteError, UnknownName, load_suite, suites
from tasks.results import Evaluation, Verdict
from tasks.schema import Task

KS: tuple[int, ...] = (1, 2, 5, 10, 100)
"""The ``k`` of pass@k and its kin: EvalPlus's 1, 10, 100, Chen et al.'s 5, and 2 so that any
run with more than one sample per task shows a ``k > 1``."""

Protocol = Literal["ergon", "evalperf"]
"""Which samples count for DPS: Ergon's (all passing) or EvalPerf's (``min_correct``, ``max_profile``)."""

AT_K = ("pass", "position", "efficient", "eff", "opt")
"""The metrics reported at each ``k``: pass@k, score@k, efficient@k, eff@k, opt@k."""


@dataclass(frozen=True)
class TaskScore:
    task_id: str
    n: int
    correct: int
    pass_at_1: float
    dps: float | None
    dps_norm: float | None
    position: float | None
    speedup: float | None
    efficient_at_1: float | None
    eff_at_1: float | None
    speedup_given: float | None
    opt_at_1: float | None
    best_instructions: int | None
    reference_instructions: tuple[int, ...] | None
    at_k: dict[str, dict[int, float | None]] = field(default_factory=dict)


@dataclass
class ModelRow:
    run_id: str
    model: str
    suite: str
    kind: str
    status: str
    counter: str | None
    fingerprint: str | None
    dps_rule: str
    tasks: list[TaskScore] = field(default_factory=list)
    ks: tuple[int, ...] = ()
    pass_at_1: Estimate | None = None
    position: Estimate | None = None
    dps: Estimate | None = None
    dps_norm: Estimate | None = None
    speedup: Estimate | None = None
    efficient_at_1: Estimate | None = None
    eff_at_1: Estimate | None = None
    speedup_given: Estimate | None = None
    opt_at_1: Estimate | None = None
    at_k: dict[str, dict[int, Estimate | None]] = field(default_factory=dict)
    tokens: int = 0
    cost_usd: float | None = None
    eflops: float | None = None
    solved: int = 0
    steps: float | None = None
    """Mean steps (model calls kept as candidates) per sample; ``None`` for a run without trajectories."""
    improvement_points: float | None = None
    """Sum over samples of the % improvement over the first correct candidate (see the module docstring)."""
    trajectories: int = 0
    suite_metrics: dict[str, Estimate | None] = field(default_factory=dict)
    """The suite's own metrics (as its authors defined them), by column header."""
    serving: Usage = field(default_factory=Usage)
    """All its samples' usage together: requests and their seconds (mean latency, tokens/s)."""
    usage_by_task: dict[str, list[Usage]] = field(default_factory=dict)
    trajectory_by_task: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    """Per task, each sample's trajectory: its steps and its improvement (0 unless the sample passed)."""

    @property
    def partial(self) -> bool:
        """The run did not finish (killed, interrupted, crashed or failed): its numbers cover only part of it."""
        return self.status != "complete"

    @property
    def primary(self) -> Estimate | None:
        """The number a row is ranked by: the log-position score, or for edits the speedup."""
        return self.speedup_given if self.kind == "edit" else self.position

    @property
    def tokens_per_solved(self) -> float | None:
        return self.tokens / self.solved if self.solved and self.tokens else None

    @property
    def cost_per_solved(self) -> float | None:
        return self.cost_usd / self.solved if self.solved and self.cost_usd is not None else None

    @property
    def eflops_per_solved(self) -> float | None:
        return self.eflops / self.solved if self.solved and self.eflops is not None else None

    @property
    def improvement_pct(self) -> float | None:
        """Mean % improvement per sample over its trajectory's first correct candidate."""
        return self.improvement_points / self.trajectories if self.improvement_points is not None else None

    @property
    def tokens_per_improvement(self) -> float | None:
        """Tokens per percentage point of improvement."""
        return self.tokens / self.improvement_points if self.improvement_points and self.tokens else None

    @property
    def cost_per_improvement(self) -> float | None:
        return self.cost_usd / self.improvement_points if self.improvement_points and self.cost_usd is not None else None


def improvement(trajectory: Trajectory) -> float:
    """% fewer instructions of the final candidate than the trajectory's first correct one, on the profiling input.

    ``(1 − final / first)·100``: 50 for a final candidate twice as fast, 90 for ten times; 0 when
    no candidate was correct and counted, or the final one was the first.
    """
    counted = [s for s in trajectory.steps if s.verdict == Verdict.PASS and s.instructions]
    final = next((s for s in counted if s.step == trajectory.final), None)
    if not counted or final is None:
        return 0.0
    return (1 - final.instructions / counted[0].instructions) * 100  # type: ignore[operator]


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


def _eff(count: int | None, fastest: int) -> float:
    """ENAMEL's sample efficiency on one level with reference time ``fastest``; 0 if incorrect."""
    if count is None:
        return 0.0
    return enamel.sample_efficiency([[float(count)]], [float(fastest)], weights=(1.0,))


def score_task(task_id: str, rows: list[StoredEvaluation], ladder: tuple[int, ...] | None,
               rule: evalperf.SampleRule = evalperf.ALL_PASSING) -> TaskScore:
    """Every per-task number; efficiency ones are ``None`` without a measured reference ladder.

    A sample counts as correct when it passed; its instruction count is used when it has one
    (a passing sample without a count is left out of the efficiency numbers).
    """
    n = len(rows)
    correct = sum(r.evaluation.verdict == Verdict.PASS for r in rows)
    counts = [r.evaluation.measurement.instructions
              if r.evaluation.verdict == Verdict.PASS and r.evaluation.measurement
              and r.evaluation.measurement.instructions else None for r in rows]
    measured = [c for c in counts if c is not None]
    ks = [k for k in KS if k <= n]
    pass_at_1 = passk.pass_at_k(n, correct, 1)
    at_k: dict[str, dict[int, float | None]] = {"pass": {k: passk.pass_at_k(n, correct, k) for k in ks}}
    dps = dps_norm = pos = speedup = eff1 = effic1 = given = opt1 = None
    if ladder:
        slowest, fastest = ladder[0], ladder[-1]
        levels = evalperf.levels_from_tiers(ladder)
        dps, dps_norm = evalperf.task_dps(counts, levels, rule), evalperf.task_dps_norm(counts, levels, rule)
        if measured:
            speedup = aggregate.geometric_mean([fastest / c for c in measured])
        given = edit.task_speedup(counts, slowest)
        effs = [_eff(c, fastest) for c in counts]
        at_k["efficient"] = {k: coffe.efficient_at_k_from_costs(counts, fastest, k) for k in ks}
        at_k["eff"] = {k: enamel.eff_at_k(effs, k) for k in ks}
        at_k["opt"] = {k: edit.opt_at_k(counts, slowest, k) for k in ks}
        if slowest > fastest:
            pos = position.task_position(counts, slowest, fastest)
            at_k["position"] = {k: position.position_at_k(counts, slowest, fastest, k) for k in ks}
        effic1, eff1, opt1 = at_k["efficient"][1], at_k["eff"][1], at_k["opt"][1]
    return TaskScore(task_id=task_id, n=n, correct=correct, pass_at_1=pass_at_1, dps=dps, dps_norm=dps_norm,
                     position=pos, speedup=speedup, efficient_at_1=effic1, eff_at_1=eff1, speedup_given=given,
                     opt_at_1=opt1, best_instructions=min(measured) if measured else None,
                     reference_instructions=ladder, at_k=at_k)


def _estimate(values: Iterable[float | None], geometric: bool = False) -> Estimate | None:
    return aggregate.bootstrap_present([v for v in values if v is None or not geometric or v > 0],
                                       aggregate.geometric_mean if geometric else aggregate.mean)


def sample_rule(info: RunInfo, protocol: Protocol) -> evalperf.SampleRule:
    """The DPS sample rule for a run: Ergon's, or EvalPerf's for the run's samples per task.

    Under EvalPerf's protocol a run with fewer than ``min_correct`` (10) samples per task
    cannot reach it, and no task gets a DPS.
    """
    if protocol == "ergon":
        return evalperf.ALL_PASSING
    n = int(info.config.get("n", 1))
    return evalperf.SampleRule.evalperf(n_samples=max(n, evalperf.EVALPERF_MIN_CORRECT))


def run_tasks(info: RunInfo) -> list[Task] | None:
    """The tasks a run was made of (its suite, input seed and data source); ``None`` if they cannot be read now."""
    try:
        return load_suite(info.suite, seed=int(info.config.get("input_seed", 0)), source=info.config.get("suite_source"))
    except (UnknownName, SuiteError):
        return None


def declared_metrics(suite: str) -> tuple[str, ...]:
    """Names of the metrics suite ``suite``'s authors defined (none for an uninstalled suite)."""
    try:
        return suites.get(suite).metrics
    except UnknownName:
        return ()


def _suite_metrics(store: Store, info: RunInfo, grouped: dict[str, list[StoredEvaluation]],
                   protocol: Protocol) -> dict[str, Estimate | None]:
    """The suite's own metrics over the run's tasks whose definition has not changed since (same content hash)."""
    names = declared_metrics(info.suite)
    if not names:
        return {}
    columns = {c: None for name in names for c in suite_metrics.get(name).columns}
    tasks = {t.id: t for t in run_tasks(info) or []}
    counter, fingerprint = info.config.get("counter"), info.config.get("fingerprint")
    references: dict[str, dict[str, Evaluation]] = defaultdict(dict)
    if counter and fingerprint:
        for (task_hash, tier), ev in store.references_for(fingerprint, counter).items():
            references[task_hash][tier] = ev
    records = [TaskRecord(tasks[task_id], tuple(r.evaluation for r in rows), references[rows[0].task_hash])
               for task_id, rows in sorted(grouped.items())
               if task_id in tasks and tasks[task_id].content_hash == rows[0].task_hash]
    return {**columns, **compute_suite_metrics(names, records, protocol)} if records else columns


def model_row(store: Store, info: RunInfo, protocol: Protocol = "ergon") -> ModelRow:
    ladders = _reference_counts(store, info)
    rule = sample_rule(info, protocol)
    grouped: dict[str, list[StoredEvaluation]] = defaultdict(list)
    for row in store.evaluations(info.run_id):
        grouped[row.task_id].append(row)
    counters = {r.evaluation.measurement.counter for rows in grouped.values() for r in rows
                if r.evaluation.measurement and r.evaluation.measurement.counter}
    result = ModelRow(run_id=info.run_id, model=info.model, suite=info.suite,
                      kind=info.config.get("kind", "generate"), status=info.status,
                      counter=", ".join(sorted(counters)) or None, fingerprint=info.config.get("fingerprint"),
                      dps_rule=rule.describe())
    for task_id, rows in sorted(grouped.items()):
        result.tasks.append(score_task(task_id, rows, ladders.get(rows[0].task_hash), rule))
    for (task_id, _), sample in store.samples(info.run_id).items():
        result.usage_by_task.setdefault(task_id, []).append(sample.usage)
    passed = {(r.task_id, r.index) for rows in grouped.values() for r in rows if r.evaluation.verdict == Verdict.PASS}
    for key, trajectory in store.trajectories(info.run_id).items():
        result.trajectory_by_task.setdefault(key[0], []).append(
            (len(trajectory.steps), improvement(trajectory) if key in passed else 0.0))
    result = _summarise(result)
    if result.tasks:
        result.suite_metrics = _suite_metrics(store, info, grouped, protocol)
    return result


def restricted(row: ModelRow, task_ids: Iterable[str]) -> ModelRow:
    """The row over only these of its tasks (e.g. those with a tag), every figure recomputed from them
    (but the suite's own metrics, which need the store: left out)."""
    keep = set(task_ids)
    return _summarise(replace(row, tasks=[t for t in row.tasks if t.task_id in keep], ks=(), at_k={}, solved=0,
                              usage_by_task={t: u for t, u in row.usage_by_task.items() if t in keep},
                              trajectory_by_task={t: v for t, v in row.trajectory_by_task.items() if t in keep},
                              steps=None, improvement_points=None, trajectories=0, suite_metrics={},
                              pass_at_1=None, position=None, dps=None, dps_norm=None, speedup=None, efficient_at_1=None,
                              eff_at_1=None, speedup_given=None, opt_at_1=None))


def _summarise(result: ModelRow) -> ModelRow:
    """The row's per-model figures from its tasks and its samples' usage."""
    usage = functools.reduce(Usage.plus, (u for us in result.usage_by_task.values() for u in us), Usage())
    result.tokens = usage.prompt_tokens + usage.completion_tokens
    result.cost_usd, result.eflops, result.serving = usage.cost_usd, usage.eflops, usage
    tasks = result.tasks
    if not tasks:
        return result
    result.pass_at_1 = _estimate(t.pass_at_1 for t in tasks)
    result.position = _estimate(t.position for t in tasks)
    result.dps = _estimate(t.dps for t in tasks)
    result.dps_norm = _estimate(t.dps_norm for t in tasks)
    result.speedup = _estimate((t.speedup for t in tasks), geometric=True)
    result.efficient_at_1 = _estimate(t.efficient_at_1 for t in tasks)
    result.eff_at_1 = _estimate(t.eff_at_1 for t in tasks)
    result.speedup_given = _estimate((t.speedup_given for t in tasks), geometric=True)
    result.opt_at_1 = _estimate(t.opt_at_1 for t in tasks)
    result.ks = tuple(k for k in KS if k > 1 and all(k <= t.n for t in tasks))
    result.at_k = {name: {k: _estimate(t.at_k.get(name, {}).get(k) for t in tasks) for k in result.ks}
                   for name in AT_K}
    result.solved = sum(t.correct > 0 for t in tasks)
    if result.trajectory_by_task:
        done = [t for ts in result.trajectory_by_task.values() for t in ts]
        result.trajectories = len(done)
        result.steps = sum(steps for steps, _ in done) / len(done)
        result.improvement_points = sum(points for _, points in done)
    return result


def evaluation_rows(store: Store, run_id: str) -> list[dict[str, Any]]:
    """Flat rows (task, verdict, instructions, extras) of one run, for suite-specific reports.

    ``reference_instructions`` is the store's own -O2 reference count for the same task
    (hence the same input seed) where it was measured, else the count the task states.
    """
    info = store.run(run_id)
    counter, fingerprint = info.config.get("counter"), info.config.get("fingerprint")
    references = store.references_for(fingerprint, counter) if counter and fingerprint else {}
    rows = []
    for row in store.evaluations(run_id):
        m = row.evaluation.measurement
        extra = m.extra if m else {}
        o2 = references.get((row.task_hash, "O2"))
        measured = o2.measurement.instructions if o2 and o2.verdict == Verdict.PASS and o2.measurement else None
        rows.append({"task_id": row.task_id, "index": row.index, "verdict": row.evaluation.verdict.value,
                     "instructions": m.instructions if m else None, **extra,
                     "reference_instructions": measured or extra.get("reference_instructions_O2")})
    return rows


def _standing(info: RunInfo) -> int:
    """Complete runs outrank unfinished ones, which outrank failed ones."""
    return {"complete": 2, "failed": 0}.get(info.status, 1)


def leaderboard(store: Store, suite: str | None = None, protocol: Protocol = "ergon") -> list[ModelRow]:
    """The latest run of each (suite, kind, model), best primary score first within a suite and kind.

    A newer run replaces an older one only if it stands at least as high: a run that failed
    (every request refused) or did not finish never displaces a model's complete result.
    """
    latest: dict[tuple[str, str, str], RunInfo] = {}
    for info in store.runs(suite):
        key = (info.suite, info.config.get("kind", "generate"), info.model)
        if key not in latest or _standing(info) >= _standing(latest[key]):
            latest[key] = info
    rows = [model_row(store, info, protocol) for info in latest.values()]
    return sorted(rows, key=lambda r: (r.suite, r.kind, -(r.primary.value if r.primary else float("-inf")), r.model))
