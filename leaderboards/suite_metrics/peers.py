"""The public benchmarks' own metrics over Ergon's measurements (the formulas are in :mod:`metrics`).

Instruction counts stand in for the benchmarks' times wherever a time is compared with a
reference's (EvalPerf itself uses instruction counts); each adapter says what it reads from
``Task.suite_data``.
"""

from __future__ import annotations

from leaderboards.suite_metrics import PerTaskMean, TaskRecord, suite_metric
from metrics import evalperf

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
