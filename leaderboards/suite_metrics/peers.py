"""The public benchmarks' own metrics over Ergon's measurements (the formulas are in :mod:`metrics`).

Instruction counts stand in for the benchmarks' times wherever a time is compared with a
reference's (EvalPerf itself uses instruction counts); each adapter says what it reads from
``Task.suite_data``.
"""

from __future__ import annotations

from typing import Sequence

from leaderboards.suite_metrics import PerTaskMean, TaskRecord, count, suite_metric
from tasks.results import Evaluation
from metrics import coffe, effibench, enamel, evalperf, mercury
from metrics.aggregate import Estimate, bootstrap, bootstrap_present

EVALPERF_SCORES = "evalperf_scores"
"""``Task.suite_data`` key: EvalPerf's ``scores`` field, one per reference (slowest first)."""


def _evalperf(record: TaskRecord, protocol: str) -> dict[str, float | None]:
    """DPS against the dataset's own ``scores`` (EvalPerf's cluster shares), not Ergon's per-tier shares.

    The reference counts are measured here, in the run's environment, as ``evalplus/evalperf.py``
    profiles them on the user's machine; the sample rule follows the leaderboard's ``--protocol``.
    """
    scores = record.task.suite_data.get(EVALPERF_SCORES)
    counts = record.reference_counts()
    if not scores or counts is None:
        return {}
    levels = evalperf.ReferenceLevels(tuple(float(c) for c in counts), tuple(scores))
    n = max(len(record.samples), evalperf.EVALPERF_MIN_CORRECT)
    rule = evalperf.SampleRule.evalperf(n_samples=n) if protocol == "evalperf" else evalperf.ALL_PASSING
    samples = record.counts
    return {"DPS (EvalPerf scores)": evalperf.task_dps(samples, levels, rule),
            "DPS_norm (EvalPerf)": evalperf.task_dps_norm(samples, levels, rule)}


EVALPERF = suite_metric(PerTaskMean("evalperf-dps", ("DPS (EvalPerf scores)", "DPS_norm (EvalPerf)"), _evalperf))


class Coffe:
    """COFFE's efficient@1 and speedup (:mod:`metrics.coffe`) against the ``best`` tier (its best ground truth).

    COFFE's cost is a solution's instructions summed over its stressful tests; here it is the
    count on the task's scored input (the largest stressful test).  efficient@1 is a mean over
    tasks (an unbiased estimate per task); speedup is COFFE's ratio of sums over tasks whose
    first sample is correct, with a bootstrap interval over those tasks.
    """

    name = "coffe"
    columns = ("COFFE efficient@1 %", "COFFE speedup")

    def compute(self, records: Sequence[TaskRecord], protocol: str) -> dict[str, Estimate | None]:
        efficient: list[float | None] = []
        pairs: list[tuple[float, float]] = []
        for record in records:
            best = count(record.references.get(BEST_TIER))
            if best is None or not record.samples:
                continue
            counts = record.counts
            efficient.append(coffe.efficient_at_k_from_costs(counts, best, 1))
            if counts[0] is not None:
                pairs.append((float(best), float(counts[0])))
        ratio = (lambda items: coffe.speedup([r for r, _ in items], [p for _, p in items]))
        return {"COFFE efficient@1 %": bootstrap_present(efficient),
                "COFFE speedup": bootstrap(pairs, ratio) if pairs else None}


BEST_TIER = "best"
"""COFFE's best ground truth's tier name (``tasks.loaders.coffe``)."""
COFFE = suite_metric(Coffe())


def _beyond(record: TaskRecord, protocol: str) -> dict[str, float | None]:
    """Mercury's Beyond@1 (:func:`metrics.mercury.beyond_at_k`, bigcode-evaluation-harness's form):
    the range comes from the historical solutions (the tiers) measured here; a failing sample scores 0."""
    counts = record.reference_counts()
    if counts is None or not record.samples:
        return {}
    r_min, r_max = mercury.runtime_range(counts)
    if r_min == r_max:
        return {}
    return {"Beyond@1 (Mercury)": mercury.beyond_at_k(record.counts, r_min, r_max, 1)}


MERCURY = suite_metric(PerTaskMean("mercury-beyond", ("Beyond@1 (Mercury)",), _beyond))


def _enamel(record: TaskRecord, protocol: str) -> dict[str, float | None]:
    """ENAMEL's eff@1 (:mod:`metrics.enamel`) over its three hard levels, instruction counts for times.

    A sample's level counts are its scale-input counts and its scored-input count
    (``measurement.extra["scale_counts"]``); the reference's likewise; a failing sample scores 0.
    """
    sizes = record.task.suite_data.get("enamel_levels")
    reference = record.references.get(record.task.references[0].tier)
    ref_levels = _levels(reference, sizes)
    if not sizes or ref_levels is None or not record.samples:
        return {}
    effs = []
    for sample in record.samples:
        levels = _levels(sample, sizes)
        effs.append(0.0 if levels is None else enamel.sample_efficiency(
            [[c] for c in levels], ref_levels, weights=ENAMEL_WEIGHTS))
    return {"eff@1 (ENAMEL levels)": enamel.eff_at_k(effs, 1)}


ENAMEL_WEIGHTS = (3.0, 3.0, 4.0)
"""ENAMEL's hardness weights of its three hard levels (level 0, weight 0, is correctness only)."""


def _levels(evaluation: Evaluation | None, sizes: list[int] | None) -> list[float] | None:
    """Counts at the hard levels (the scale inputs', then the scored input's), or ``None``."""
    scored = count(evaluation)
    if scored is None or not sizes or evaluation is None or evaluation.measurement is None:
        return None
    scale = evaluation.measurement.extra.get("scale_counts") or {}
    found = [scale.get(str(n)) for n in sizes[:-1]]
    return None if any(c is None for c in found) else [float(c) for c in found] + [float(scored)]


ENAMEL = suite_metric(PerTaskMean("enamel-eff", ("eff@1 (ENAMEL levels)",), _enamel))


class EffiBench:
    """EffiBench's NET and NMU (:func:`metrics.effibench.normalized`): ratios of totals, generated over
    canonical, over the tasks whose first sample passed (EffiBench drops a problem whose generated code
    failed or wrote to stderr).

    Instruction counts on the scored input stand in for ET (``mprof``'s wall-clock span), and the
    peak of traced Python allocations on it for MU (``mprof``'s peak resident memory).  NTMU, the
    memory–time integral, needs memory sampled over time, which Ergon does not record: it is not shown.
    """

    name = "effibench"
    columns = ("NET (EffiBench)", "NMU (EffiBench)")

    def compute(self, records: Sequence[TaskRecord], protocol: str) -> dict[str, Estimate | None]:
        times: list[tuple[float, float]] = []
        memories: list[tuple[float, float]] = []
        for record in records:
            canonical = record.references.get(record.task.references[0].tier)
            first = record.samples[0] if record.samples else None
            can_count, gen_count = count(canonical), count(first)
            if can_count is None or gen_count is None or canonical is None or first is None:
                continue
            times.append((float(can_count), float(gen_count)))
            can_mem = canonical.measurement.peak_memory_bytes if canonical.measurement else None
            gen_mem = first.measurement.peak_memory_bytes if first.measurement else None
            if can_mem and gen_mem is not None:
                memories.append((float(can_mem), float(gen_mem)))
        ratio = (lambda items: effibench.normalized([g for _, g in items], [c for c, _ in items]))
        return {"NET (EffiBench)": bootstrap(times, ratio) if times else None,
                "NMU (EffiBench)": bootstrap(memories, ratio) if memories else None}


EFFIBENCH = suite_metric(EffiBench())
