"""Compute-optimal allocation: per difficulty bin, chosen on calibration tasks only, scored on the others."""

from __future__ import annotations

import pytest

from agents.scaling.optimal import allocate, split
from agents.scaling.sweep import Point
from harness.providers import ModelSpecError

TASKS = [f"task{i}" for i in range(8)]
HARD = {t for i, t in enumerate(TASKS) if i % 3 == 0 or i == 5}


def points(values: dict[str, dict[str, float]]) -> list[Point]:
    compute = {"tokens": 10.0, "usd": None, "flops": None, "eflops": None, "budget_c": 2.0}
    return [Point(s, 2, len(TASKS), {}, {}, compute, {t: {"pass": v[t], "eff": v[t]} for t in TASKS})
            for s, v in values.items()]


def test_each_bin_gets_the_strategy_best_on_its_calibration_tasks_and_is_scored_on_the_rest() -> None:
    difficulty = {t: 1.0 if t in HARD else 0.0 for t in TASKS}
    calibration, evaluation = split(TASKS)
    assert sorted(calibration + evaluation) == TASKS and not set(calibration) & set(evaluation)
    assert {difficulty[t] for t in calibration} == {0.0, 1.0}  # this split has both kinds to learn from
    wide = {t: 1.0 if t not in HARD else 0.0 for t in TASKS}  # good on easy tasks only
    deep = {t: 0.5 if t in HARD else 0.0 for t in TASKS}  # the only one that solves hard ones
    result = allocate(points({"best-of": wide, "refine": deep}), difficulty, bins=2)
    assert (result.calibration, result.evaluation) == (calibration, evaluation)
    assert result.choice[2] == {0: "best-of", 1: "refine"}
    (p,) = result.points
    expected = sum(wide[t] if t not in HARD else deep[t] for t in evaluation) / len(evaluation)
    assert p.strategy == "optimal" and p.score["eff"] == pytest.approx(expected) and set(p.per_task) == set(evaluation)

    # the evaluation tasks' own results do not move the choice
    flipped = {s: {t: (1 - v if t in evaluation else v) for t, v in vals.items()} for s, vals in
               (("best-of", wide), ("refine", deep))}
    assert allocate(points(flipped), difficulty, bins=2).choice == result.choice


def test_one_task_cannot_be_split() -> None:
    with pytest.raises(ModelSpecError, match="at least 2 tasks"):
        split(["only"])
