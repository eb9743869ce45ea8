"""The program suites' own metrics (PIE, ECCO) over Ergon's instruction counts.

Both compare a sample with the program the edit task gave (the ``src`` / ``input`` tier, measured in
the run's environment); counts stand in for the benchmarks' times (PIE's gem5 simulated time, ECCO's
Judge0 run time).  The formulas are in :mod:`metrics.pie` and :mod:`metrics.ecco`.
"""

from __future__ import annotations

from leaderboards.suite_metrics import PerTaskMean, TaskRecord, count, suite_metric
from metrics import ecco, pie
from tasks.results import Evaluation, Verdict

PIE_SPEEDUP = "speedup_best@1 (PIE)"
PIE_OPT = "%opt@1 (PIE, >=1.10×) %"
ECCO_SPEEDUP = "speedup (ECCO, best sample)"


def _pie(record: TaskRecord, protocol: str) -> dict[str, float | None]:
    """``speedup_best@1`` (the first sample; incorrect means speedup 1) and whether it reaches 1.10.

    PIE reports the arithmetic mean of ``speedup_best@k`` over programs and %Opt, the share of
    programs with ``speedup_best@k >= 1.10`` (``gem5/gem5_eval.py``).
    """
    src = count(record.references.get(record.task.references[0].tier))
    if src is None or not record.samples:
        return {}
    speedup = pie.speedup_best_at_k(src, record.counts, 1)
    return {PIE_SPEEDUP: speedup, PIE_OPT: 1.0 if speedup >= pie.DEFAULT_THRESHOLD else 0.0}


def _per_test(evaluation: Evaluation | None) -> dict[str, float]:
    """A program's count on each test it passed.  Ergon runs a program's tests until one fails and
    counts only a program that passed them all, so a failing program contributes no test."""
    if evaluation is None or evaluation.verdict != Verdict.PASS or not evaluation.measurement:
        return {}
    return {str(i): float(c) for i, c in enumerate(evaluation.measurement.extra.get("test_counts") or []) if c}


def _ecco(record: TaskRecord, protocol: str) -> dict[str, float | None]:
    """ECCO's edit speedup of the task's best sample over the program given (``evaluation/edit_eval.py``)."""
    given = _per_test(record.references.get(record.task.references[0].tier))
    if not record.samples:
        return {}
    return {ECCO_SPEEDUP: ecco.edit_speedup(given, len(record.task.tests), [_per_test(s) for s in record.samples])}


PIE = suite_metric(PerTaskMean("pie", (PIE_SPEEDUP, PIE_OPT), _pie))
ECCO = suite_metric(PerTaskMean("ecco-speedup", (ECCO_SPEEDUP,), _ecco))
