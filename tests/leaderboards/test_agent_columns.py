"""Agent rows on the leaderboard: steps per sample, improvement over the first correct candidate, and
tokens and dollars per point of it — next to a plain sampling row, which shows none of them.

The store is filled through its public API (runs, samples with trajectories, evaluations), as
``ergon run`` fills it, and read back through ``ergon leaderboard``; the end-to-end run through
the scripted server is in ``tests/agents/test_optimize_run.py``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from harness.cli import main
from harness.providers import Sample, Step, Trajectory, Usage
from harness.store import Store
from tasks.results import Evaluation, Measurement, Verdict


def step(sid: str, verdict: str, instructions: int | None) -> Step:
    return Step(step=sid, parent=None, kind="edit", code="x", diff="", verdict=verdict, instructions=instructions,
                prompt_tokens=100, completion_tokens=50)


def fill(out: Path) -> None:
    out.mkdir()
    store = Store(out / "ergon.sqlite")
    plain = store.create_run("openai:m", "toy", {"kind": "generate"})
    agent = store.create_run("openai:m+optimize@4", "toy", {"kind": "generate"})
    passed = Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=1000))
    failed = Evaluation(verdict=Verdict.FAIL)
    for task in ("a", "b"):
        store.add_sample(plain, Sample(task_id=task, index=0, code="x", usage=Usage(100, 50, cost_usd=0.003)))
        store.add_evaluation(plain, task, 0, "h" + task, passed)
    # a: the draft is wrong, the first correct step counts 3000, the final one 1000: 66.7 % fewer instructions
    # b: correct at 2000, a faster step kept, but the final candidate fails the run's hidden tests: no improvement
    # c: 20 % fewer (2500 → 2000 on the profiling input)
    trajectories = {
        "a": Trajectory([step("1", "fail", None), step("2", "pass", 3000), step("3", "pass", 1000)], "budget", "3"),
        "b": Trajectory([step("1", "pass", 2000), step("2", "pass", 1000)], "budget", "2"),
        "c": Trajectory([step("1", "pass", 2500), step("2", "pass", 2000), step("3", "fail", None),
                         step("4", "pass", 2200)], "budget", "2"),
    }
    for task, trajectory in trajectories.items():
        tokens = 150 * len(trajectory.steps)
        store.add_sample(agent, Sample(task_id=task, index=0, code="x", trajectory=trajectory,
                                       usage=Usage(100 * len(trajectory.steps), 50 * len(trajectory.steps),
                                                   cost_usd=tokens * 1e-5)))
        store.add_evaluation(agent, task, 0, "h" + task, failed if task == "b" else passed)
    for run in (plain, agent):
        store.set_status(run, "complete")
    store.close()


def test_agent_rows_show_steps_improvement_and_its_price_and_plain_rows_leave_them_blank(tmp_path: Path) -> None:
    out = tmp_path / "out"
    fill(out)
    shown = CliRunner().invoke(main, ["leaderboard", "--out", str(out), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    rows = {r["model"]: r for r in json.loads(shown.output)}
    agent, plain = rows["openai:m+optimize@4"], rows["openai:m"]
    assert agent["steps_per_sample"] == 3.0  # (3 + 2 + 4) / 3
    points = 200 / 3 + 0 + 20
    assert abs(agent["improvement_pct"] - points / 3) < 1e-9
    assert abs(agent["tokens_per_improvement_pct"] - 1350 / points) < 1e-9  # every token of the run, per point
    assert abs(agent["usd_per_improvement_pct"] - 0.0135 / points) < 1e-12
    assert plain["steps_per_sample"] is None and plain["improvement_pct"] is None

    table = CliRunner().invoke(main, ["leaderboard", "--out", str(out), "--format", "csv"])
    by_model = {r["model"]: r for r in csv.DictReader(io.StringIO(table.output))}
    assert by_model["openai:m+optimize@4"]["steps/sample"] == "3.0"
    assert by_model["openai:m+optimize@4"]["improvement % (profiling input)"] == "28.9"
    assert by_model["openai:m+optimize@4"]["tokens/% improvement"] == "15.6"
    assert by_model["openai:m+optimize@4"]["tokens/solved"] == "675"  # 1350 tokens, 2 tasks solved
    assert by_model["openai:m"]["steps/sample"] == by_model["openai:m"]["tokens/% improvement"] == "–"
