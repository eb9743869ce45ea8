"""The metrics public benchmarks' authors defined, shown next to Ergon's common columns.

A suite names its authors' metrics when it registers (``@suite(..., metrics=("evalperf-dps",))``,
in ``tasks``, which may not import this package); each name is a :class:`SuiteMetric` registered
here (or by another package through the ``ergon.suite_metrics`` entry-point group).  A metric
gets one :class:`TaskRecord` per task of a run: the task (with the suite's own data in
``Task.suite_data``), its samples' evaluations and the reference tiers measured in the run's
environment; it returns its columns' values, each with a bootstrap interval over tasks where the
metric is a mean over tasks.  The arithmetic itself lives in :mod:`metrics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from metrics.aggregate import Estimate, bootstrap_present, geometric_mean, mean
from tasks.registry import Registry
from tasks.results import Evaluation, Verdict
from tasks.schema import Task


@dataclass(frozen=True)
class TaskRecord:
    """One task of a run, as a suite metric sees it."""

    task: Task
    samples: tuple[Evaluation, ...]
    """The run's samples of the task, in index order."""
    references: dict[str, Evaluation]
    """Reference tiers measured in the run's environment, by tier name."""

    @property
    def counts(self) -> list[int | None]:
        """Each sample's instruction count; ``None`` unless it passed and was counted."""
        return [count(e) for e in self.samples]

    def reference_counts(self) -> list[int] | None:
        """The tiers' counts in the task's order (slowest first); ``None`` unless every tier was counted."""
        found = [count(self.references.get(r.tier)) for r in self.task.references]
        return None if any(c is None for c in found) else found  # type: ignore[return-value]


def count(evaluation: Evaluation | None) -> int | None:
    if evaluation is None or evaluation.verdict != Verdict.PASS or not evaluation.measurement:
        return None
    return evaluation.measurement.instructions or None


class SuiteMetric(Protocol):
    name: str
    columns: tuple[str, ...]
    """Column headers, in order; :meth:`compute` returns a value (or ``None``) for each."""

    def compute(self, records: Sequence[TaskRecord], protocol: str) -> dict[str, Estimate | None]:
        """The metric over one run's tasks; ``protocol`` is the leaderboard's DPS sample rule."""
        ...


suite_metrics: Registry[SuiteMetric] = Registry("suite metric", "ergon.suite_metrics")


def suite_metric(metric: SuiteMetric) -> SuiteMetric:
    """Register ``metric`` under its name."""
    return suite_metrics.register(metric.name)(metric)


@dataclass(frozen=True)
class PerTaskMean:
    """A suite metric that is one value per task per column, averaged over tasks with a bootstrap interval."""

    name: str
    columns: tuple[str, ...]
    per_task: Callable[[TaskRecord, str], dict[str, float | None]]
    geometric: tuple[str, ...] = ()
    """Columns averaged geometrically (ratios)."""

    def compute(self, records: Sequence[TaskRecord], protocol: str) -> dict[str, Estimate | None]:
        values = [self.per_task(r, protocol) for r in records]
        return {c: bootstrap_present([v.get(c) for v in values if c not in self.geometric or (v.get(c) or 0) > 0],
                                     geometric_mean if c in self.geometric else mean)
                for c in self.columns}


def compute_suite_metrics(names: Sequence[str], records: Sequence[TaskRecord],
                          protocol: str) -> dict[str, Estimate | None]:
    """Every column of the named metrics over ``records`` (header -> estimate)."""
    out: dict[str, Estimate | None] = {}
    for name in names:
        out.update(suite_metrics.get(name).compute(records, protocol))
    return out


from leaderboards.suite_metrics import peers as _peers  # noqa: E402,F401  (registers the built-in ones)
from leaderboards.suite_metrics import programs as _programs  # noqa: E402,F401

__all__ = ["PerTaskMean", "SuiteMetric", "TaskRecord", "compute_suite_metrics", "count", "suite_metric",
           "suite_metrics"]
