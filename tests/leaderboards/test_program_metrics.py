"""PIE's and ECCO's own metrics over hand-made evaluations of a program task."""

from __future__ import annotations

import pytest

from leaderboards.suite_metrics import TaskRecord, compute_suite_metrics
from leaderboards.suite_metrics.programs import ECCO_SPEEDUP, PIE_OPT, PIE_SPEEDUP
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import Reference, Task, TestCase

TASK = Task(id="p/1", suite="pie", language="cpp", prompt="p", kinds=("edit",),
            tests=(TestCase(stdin="1", stdout="1"), TestCase(stdin="2", stdout="2")),
            references=(Reference(tier="src", code="a"), Reference(tier="tgt", code="b"), Reference(tier="best", code="c")))
WRONG = Evaluation(verdict=Verdict.FAIL)


def counted(*per_test: int) -> Evaluation:
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=sum(per_test),
                                                                    extra={"test_counts": list(per_test)}))


def record(*samples: Evaluation) -> TaskRecord:
    return TaskRecord(TASK, samples, {"src": counted(600, 400), "tgt": counted(300, 200), "best": counted(100, 100)})


def test_pie_takes_the_first_sample_and_floors_at_one() -> None:
    values = compute_suite_metrics(["pie"], [record(counted(150, 100), WRONG), record(WRONG, counted(10, 10)),
                                             record(counted(600, 500))], "ergon")
    # speedups 4.0, 1.0 (first sample wrong), 1.0 (a slowdown floors at 1)
    assert values[PIE_SPEEDUP].value == pytest.approx(2.0)
    assert values[PIE_OPT].value == pytest.approx(1 / 3)


def test_ecco_takes_the_best_sample_over_the_given_program() -> None:
    values = compute_suite_metrics(["ecco-speedup"], [record(WRONG, counted(300, 300), counted(100, 400)),
                                                      record(WRONG)], "ergon")
    # best sample: least total (500 < 600): 1000 / 500; a task with no correct sample has no speedup
    assert values[ECCO_SPEEDUP].value == pytest.approx(2.0)
