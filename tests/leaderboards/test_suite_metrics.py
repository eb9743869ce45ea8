"""The suites' own metrics over Ergon's measurements, from hand-computed records."""

from __future__ import annotations

import pytest

from leaderboards.suite_metrics import TaskRecord, compute_suite_metrics, suite_metrics
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import Reference, Task, TestCase


def ev(count: int | None) -> Evaluation:
    if count is None:
        return Evaluation(verdict=Verdict.FAIL)
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count))


def record(tiers: dict[str, int], samples: list[int | None], **data) -> TaskRecord:
    task = Task(id="t", suite="s", prompt="p", entry_point="f", tests=(TestCase(args=[], expected=1),),
                references=tuple(Reference(tier=t, code="") for t in tiers), suite_data=data)
    return TaskRecord(task, tuple(ev(c) for c in samples), {t: ev(c) for t, c in tiers.items()})


def test_evalperf_dps_uses_the_datasets_scores() -> None:
    r = record({"ref0": 1000, "ref1": 500, "ref2": 100}, [600, 90, None], evalperf_scores=[20.0, 70.0, 100.0])
    values = compute_suite_metrics(["evalperf-dps"], [r], "ergon")
    # 600 matches only ref0 (20), 90 matches ref2 (100); the failing sample is left out
    assert values["DPS (EvalPerf scores)"].value == pytest.approx(60.0)
    assert values["DPS_norm (EvalPerf)"].value == pytest.approx((100 / 3 + 100) / 2)


def test_coffe_efficient_and_speedup_against_the_best_tier() -> None:
    a = record({"canonical": 900, "best": 300}, [200])
    b = record({"canonical": 900, "best": 300}, [600])
    c = record({"canonical": 900, "best": 300}, [None])
    values = compute_suite_metrics(["coffe"], [a, b, c], "ergon")
    assert values["COFFE efficient@1 %"].value == pytest.approx(1 / 3)
    assert values["COFFE speedup"].value == pytest.approx((300 + 300) / (200 + 600))  # a ratio of sums


def test_mercury_beyond_at_1_over_the_solutions_range() -> None:
    r = record({"slow": 1000, "fast": 200}, [400, 100])
    assert compute_suite_metrics(["mercury-beyond"], [r], "ergon")["Beyond@1 (Mercury)"].value == pytest.approx(0.75)
    failing = record({"slow": 1000, "fast": 200}, [None])
    assert compute_suite_metrics(["mercury-beyond"], [failing], "ergon")["Beyond@1 (Mercury)"].value == 0.0


def test_a_task_without_its_ladder_has_no_value() -> None:
    r = TaskRecord(record({"ref0": 10}, [5]).task, (ev(5),), {})
    assert compute_suite_metrics(["evalperf-dps", "mercury-beyond"], [r], "ergon") == {
        "DPS (EvalPerf scores)": None, "DPS_norm (EvalPerf)": None, "Beyond@1 (Mercury)": None}
    assert {"evalperf-dps", "coffe", "mercury-beyond"} <= set(suite_metrics.names())


def test_enamel_eff_over_the_hard_levels() -> None:
    def counted(scored: int, scale: dict[str, int]) -> Evaluation:
        return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=scored, extra={"scale_counts": scale}))

    base = record({"reference": 1}, [1], enamel_levels=[10, 20, 40])
    reference = counted(400, {"10": 100, "20": 200})
    # T = 2·400 = 800; levels: (800−100)/(800−100)=1, (800−300)/(800−200)=5/6, (800−800)/(800−400)=0
    sample = counted(800, {"10": 100, "20": 300})
    r = TaskRecord(base.task, (sample, ev(None)), {"reference": reference})
    value = compute_suite_metrics(["enamel-eff"], [r], "ergon")["eff@1 (ENAMEL levels)"].value
    assert value == pytest.approx((3 * 1 + 3 * 5 / 6 + 4 * 0) / 10 / 2)  # eff@1 = mean of the two samples' e
