"""``ergon compare``: did run B do better than run A, task by task, and is the difference real?

Only tasks both runs measured with the same definition (same content hash, so the same inputs)
are compared, and only runs measured in one environment: instruction counts from different
interpreter builds or counters differ by tens of percent for the same code, so comparing them
would report the machine, not the model.  The statistics are in :mod:`metrics.paired`.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Callable

from harness.store import RunInfo, Store, StoreError
from leaderboards.compute import TaskScore, model_row
from metrics import paired
from metrics.paired import Difference
from tasks.results import Verdict

ALPHA = 0.05


class IncomparableRuns(StoreError):
    """The two runs cannot be compared (different environments or kinds, or no task in common)."""


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    get: Callable[[TaskScore], float | None]
    ratio: bool = False
    """Compared as a ratio (geometric): differences of logs, reported as ``B/A``."""


METRICS: list[Metric] = [
    Metric("pass@1", "points", lambda t: 100 * t.pass_at_1),
    Metric("score", "", lambda t: t.position),
    Metric("DPS", "points", lambda t: t.dps),
    Metric("speedup", "(B/A)", lambda t: t.speedup, ratio=True),
]


@dataclass
class TaskChange:
    task_id: str
    pass_a: str
    pass_b: str
    best_a: int | None
    best_b: int | None
    p_pass: float
    p_counts: float
    p_adjusted: float = 1.0
    verdict: str = "no significant change"


@dataclass
class Comparison:
    run_a: str
    run_b: str
    model_a: str
    model_b: str
    environment: str
    forced: bool
    shared: int
    only_a: list[str]
    only_b: list[str]
    changed_definition: list[str]
    metrics: dict[str, Difference | None] = field(default_factory=dict)
    tasks: list[TaskChange] = field(default_factory=list)

    @property
    def better(self) -> list[str]:
        return [t.task_id for t in self.tasks if t.verdict.startswith("better")]

    @property
    def worse(self) -> list[str]:
        return [t.task_id for t in self.tasks if t.verdict.startswith("worse")]


def environment_mismatch(a: RunInfo, b: RunInfo) -> str | None:
    """Why the two runs' counts are not comparable, or ``None`` when they are."""
    for key, what in (("counter", "counters"), ("fingerprint", "environment fingerprints")):
        va, vb = a.config.get(key), b.config.get(key)
        if va != vb or va is None:
            return f"{what} differ ({va or 'none recorded'} vs {vb or 'none recorded'})"
    return None


def _passing_counts(store: Store, run_id: str) -> dict[str, tuple[int, int, list[int], str]]:
    """Per task: passed, total, passing samples' instruction counts, task hash."""
    found: dict[str, tuple[int, int, list[int], str]] = {}
    for e in store.evaluations(run_id):
        passed, total, counts, _ = found.get(e.task_id, (0, 0, [], e.task_hash))
        ok = e.evaluation.verdict == Verdict.PASS
        m = e.evaluation.measurement
        if ok and m and m.instructions:
            counts.append(m.instructions)
        found[e.task_id] = (passed + ok, total + 1, counts, e.task_hash)
    return found


def _metric(metric: Metric, a: list[TaskScore], b: list[TaskScore]) -> Difference | None:
    pairs = [(metric.get(x), metric.get(y)) for x, y in zip(a, b)]
    pairs = [(x, y) for x, y in pairs if x is not None and y is not None and (not metric.ratio or (x > 0 and y > 0))]
    if not pairs:
        return None
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    if metric.ratio:
        xs, ys = paired.log_ratio(xs), paired.log_ratio(ys)
    d = paired.paired_difference(xs, ys)
    if metric.ratio:  # a mean difference of logs is the log of the geometric-mean ratio
        return Difference(math.exp(d.value), math.exp(d.low), math.exp(d.high), d.p_value, d.n)
    return d


def _task_verdict(change: TaskChange, passed: tuple[float, float], counts: tuple[list[int], list[int]]) -> str:
    """Significant or not, and the direction of the test that decided it (medians for counts)."""
    if change.p_adjusted >= ALPHA:
        return "no significant change"
    if change.p_pass <= change.p_counts:
        return "better (passes more often)" if passed[1] > passed[0] else "worse (passes less often)"
    faster = statistics.median(counts[1]) < statistics.median(counts[0])
    return "better (fewer instructions)" if faster else "worse (more instructions)"


def compare(store: Store, run_a: str, run_b: str, force: bool = False) -> Comparison:
    """The paired comparison of two stored runs; raises :class:`IncomparableRuns` when it would mislead."""
    a, b = store.run(run_a), store.run(run_b)
    kind_a, kind_b = a.config.get("kind", "generate"), b.config.get("kind", "generate")
    if kind_a != kind_b:
        raise IncomparableRuns(f"runs {run_a} and {run_b} are of different kinds ({kind_a} vs {kind_b}): "
                               "their scores measure different things")
    mismatch = environment_mismatch(a, b)
    if mismatch and not force:
        raise IncomparableRuns(f"runs {run_a} and {run_b} were measured in different environments: {mismatch}; "
                               "instruction counts are comparable only within one (pass --force to compare anyway)")
    row_a, row_b = model_row(store, a), model_row(store, b)
    samples_a, samples_b = _passing_counts(store, run_a), _passing_counts(store, run_b)
    ids_a, ids_b = set(samples_a), set(samples_b)
    changed = sorted(t for t in ids_a & ids_b if samples_a[t][3] != samples_b[t][3])
    shared = sorted(t for t in ids_a & ids_b if t not in changed)
    if not shared:
        raise IncomparableRuns(f"runs {run_a} and {run_b} share no task measured with the same definition"
                               + (f" ({len(changed)} task(s) changed between them)" if changed else ""))
    result = Comparison(run_a, run_b, a.model, b.model, str(a.config.get("fingerprint")) if not mismatch
                        else f"DIFFERENT ({mismatch})", bool(mismatch), len(shared),
                        sorted(ids_a - ids_b), sorted(ids_b - ids_a), changed)
    scores_a = {t.task_id: t for t in row_a.tasks}
    scores_b = {t.task_id: t for t in row_b.tasks}
    ta, tb = [scores_a[t] for t in shared], [scores_b[t] for t in shared]
    result.metrics = {m.name: _metric(m, ta, tb) for m in METRICS}
    for task_id, x, y in zip(shared, ta, tb):
        pa, na, ca, _ = samples_a[task_id]
        pb, nb, cb, _ = samples_b[task_id]
        result.tasks.append(TaskChange(task_id, f"{pa}/{na}", f"{pb}/{nb}", x.best_instructions, y.best_instructions,
                                       paired.pass_counts_p(pa, na, pb, nb), paired.counts_p(ca, cb)))
    # two tests per task, all 2m p-values adjusted together; a task's is the smaller of its two
    adjusted = paired.holm([t.p_pass for t in result.tasks] + [t.p_counts for t in result.tasks])
    m = len(result.tasks)
    for i, (change, x, y) in enumerate(zip(result.tasks, ta, tb)):
        change.p_adjusted = min(adjusted[i], adjusted[m + i])
        change.verdict = _task_verdict(change, (x.pass_at_1, y.pass_at_1),
                                       (samples_a[change.task_id][2], samples_b[change.task_id][2]))
    return result


def _fmt(metric: Metric, d: Difference | None) -> str:
    if d is None:
        return f"| {metric.name} | – | – | no task has a value in both runs |"
    if metric.ratio:
        text = f"{d.value:.3f}× [{d.low:.3f}, {d.high:.3f}]"
    else:
        text = f"{d.value:+.3f} [{d.low:+.3f}, {d.high:+.3f}]"
    return f"| {metric.name} | {text}{' ' + metric.unit if metric.unit else ''} | {d.p_value:.3g} | {d.n} |"


def to_markdown(c: Comparison) -> str:
    lines = [f"B = {c.model_b} ({c.run_b}) against A = {c.model_a} ({c.run_a}) on {c.shared} shared task(s); "
             f"environment {c.environment}", ""]
    if c.forced:
        lines += ["WARNING: forced across environments: instruction-count differences include the environment's.", ""]
    lines += ["| metric | B − A, 95% paired bootstrap CI | p (paired randomization) | tasks |", "|---|---|---|---|"]
    lines += [_fmt(m, c.metrics[m.name]) for m in METRICS]
    lines += ["", f"Per task (Fisher exact on pass counts, Mann–Whitney U on passing counts; Holm-adjusted, α = {ALPHA}):", "",
              "| task | passed A | passed B | best A | best B | p (adjusted) | change |", "|---|---|---|---|---|---|---|"]
    for t in c.tasks:
        lines.append(f"| {t.task_id} | {t.pass_a} | {t.pass_b} | {t.best_a if t.best_a is not None else '–'} | "
                     f"{t.best_b if t.best_b is not None else '–'} | {t.p_adjusted:.3g} | {t.verdict} |")
    lines += ["", f"significantly better: {', '.join(c.better) or 'none'}; significantly worse: {', '.join(c.worse) or 'none'}"]
    for label, ids in (("only in A", c.only_a), ("only in B", c.only_b), ("definition changed, not compared", c.changed_definition)):
        if ids:
            lines.append(f"{label}: {', '.join(ids)}")
    return "\n".join(lines) + "\n"


def to_json(c: Comparison) -> str:
    data = asdict(c)
    data["better"], data["worse"] = c.better, c.worse
    return json.dumps(data, indent=2)
