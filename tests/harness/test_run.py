"""Whole runs: references scored against each other, samples files, a killed CLI run resumed.

What a resume may skip and what the cache may serve is tested on fast runs in ``test_resume.py``.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness import run as runs
from harness.providers import ReferenceModel
from harness.store import Store
from leaderboards.compute import leaderboard
from sandboxes.local import LocalExecutor

TASKS = ["dedupe", "merge_intervals", "kth_smallest"]


def write_samples(path: Path) -> Path:
    rows = [
        {"task_id": "dedupe", "solution": "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"},
        {"task_id": "dedupe", "solution": "def dedupe(xs):\n    return sorted(set(xs))\n"},
        {"task_id": "dedupe", "solution": "def nothing():\n    pass\n"},
        {"task_id": "kth_smallest", "solution": "def kth_smallest(xs, k):\n    return sorted(xs)[k - 1]\n"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """One store for the module: reference tiers are measured once and reused, as in real use."""
    return Store(tmp_path_factory.mktemp("store") / "ergon.sqlite")


def config(**kw) -> runs.RunConfig:
    return runs.RunConfig(suite="builtin", task_ids=TASKS, executor="local", counter="callgrind",
                          timing_repeats=0, workers=2, **kw)


def test_reference_run_scores_fastest_above_slowest(store: Store, local_executor: LocalExecutor) -> None:
    for tier in ("slowest", "fastest"):
        cfg = runs.resolve_counter(config(model=f"reference:{tier}"), local_executor)
        run_id = store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))
        runs.execute(store, run_id, cfg, local_executor)
    rows = {r.model: r for r in leaderboard(store, "builtin") if r.model.startswith("reference:")}
    fast, slow = rows["reference:fastest"], rows["reference:slowest"]
    for f, s in zip(fast.tasks, slow.tasks):
        assert f.dps == 100.0 and s.dps < f.dps
        assert f.speedup == 1.0 and s.speedup < 1 / 1.3
    assert fast.pass_at_1.value == 1.0


def test_samples_file_run_verdicts_and_missing_tasks(store: Store, tmp_path: Path,
                                                     local_executor: LocalExecutor) -> None:
    cfg = runs.resolve_counter(config(model=f"samples:{write_samples(tmp_path / 's.jsonl')}"), local_executor)
    run_id = store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))
    runs.execute(store, run_id, cfg, local_executor)
    verdicts = {(e.task_id, e.index): e.evaluation.verdict.value for e in store.evaluations(run_id)}
    assert verdicts == {("dedupe", 0): "pass", ("dedupe", 1): "fail", ("dedupe", 2): "no-entry-point",
                        ("kth_smallest", 0): "pass", ("merge_intervals", 0): "no-code"}
    row = next(r for r in leaderboard(store) if r.run_id == run_id)
    dedupe = next(t for t in row.tasks if t.task_id == "dedupe")
    assert (dedupe.n, dedupe.correct) == (3, 1) and abs(dedupe.pass_at_1 - 1 / 3) < 1e-12


class Interrupting(ReferenceModel):
    """Stops the run (as Ctrl-C would) after yielding ``after`` samples."""

    def __init__(self, tier: str, after: int) -> None:
        super().__init__(tier)
        self.after = after

    def generate(self, requests):
        for i, sample in enumerate(super().generate(requests)):
            if i == self.after:
                raise KeyboardInterrupt
            yield sample


def test_killed_cli_run_resumes(tmp_path: Path) -> None:
    """SIGKILL the real CLI mid-run, then --resume: what was stored is kept, the rest is evaluated.

    The stored evaluations are marked before resuming: a resume that evaluated them again would
    overwrite the mark (the measurement cache would make the new rows look like the old ones).
    """
    out = tmp_path / "out"
    samples = write_samples(tmp_path / "s.jsonl")
    argv = [sys.executable, "-m", "harness", "run", "--out", str(out), "-e", "local", "--timing-repeats", "0",
            "--model", f"samples:{samples}", *[a for t in TASKS for a in ("--task", t)]]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "ergon.sqlite"
    deadline = time.monotonic() + 900  # references are measured first, slowly on a busy machine
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db) as con:
                if con.execute("SELECT count(*) FROM evaluations").fetchone()[0] >= 1:
                    break
        except sqlite3.Error:
            continue
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        (run_id,) = con.execute("SELECT run_id FROM runs").fetchone()
        before = {tuple(r) for r in con.execute("SELECT task_id, idx FROM evaluations")}
        con.execute("UPDATE evaluations SET evaluation = json_set(evaluation, '$.detail', 'stored before the kill')")
    assert 1 <= len(before) < 5
    done = subprocess.run([sys.executable, "-m", "harness", "run", "--out", str(out), "--resume", run_id],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT task_id, idx, json_extract(evaluation, '$.detail') FROM evaluations").fetchall()
        status = con.execute("SELECT status FROM runs").fetchone()[0]
    assert sorted((t, i) for t, i, _ in rows) == [("dedupe", 0), ("dedupe", 1), ("dedupe", 2), ("kth_smallest", 0),
                                                  ("merge_intervals", 0)]
    assert {(t, i) for t, i, detail in rows if detail == "stored before the kill"} == before
    assert status == "complete"


def test_interrupt_drops_queued_work(tmp_path: Path, local_executor: LocalExecutor) -> None:
    """Ctrl-C finishes the evaluations under way and cancels the queued ones instead of running them."""
    store = Store(tmp_path / "ergon.sqlite")
    cfg = runs.resolve_counter(config(model="reference:fastest"), local_executor)
    run_id = store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))
    with pytest.raises(KeyboardInterrupt):
        runs.execute(store, run_id, cfg, local_executor, model_factory=lambda spec, opts, context: Interrupting("fastest", 0))
    measured = store.references_for(cfg.fingerprint, cfg.counter)
    queued = sum(len(t.references) for t in runs.select_tasks(cfg))
    assert queued > cfg.workers, "the test needs more references than workers"
    assert len(measured) <= cfg.workers


def test_slowest_tiers_are_estimated_costliest_before_anything_is_measured(tmp_path: Path) -> None:
    """A fresh store ranks every task's slowest tier first; a stored count replaces the rank."""
    from tasks.registry import find_task
    from tasks.results import Evaluation, Measurement, Verdict

    store = Store(tmp_path / "ergon.sqlite")
    dedupe, kth = find_task("dedupe"), find_task("kth_smallest")
    fresh = {t.id: runs.tier_costs(store, t) for t in (dedupe, kth)}
    ranked = sorted(((cost, t, tier) for t, costs in fresh.items() for tier, cost in costs.items()), reverse=True)
    assert {tier for _, _, tier in ranked[:2]} == {dedupe.references[0].tier, kth.references[0].tier}
    assert [tier for _, t, tier in ranked if t == "dedupe"] == [r.tier for r in dedupe.references]
    written = "def dedupe(xs):\n    return sorted(set(xs), key=xs.index)\n"
    assert runs.sample_cost(dedupe, written, fresh["dedupe"]) == fresh["dedupe"][dedupe.references[1].tier]
    assert runs.sample_cost(dedupe, dedupe.references[0].code, fresh["dedupe"]) == 0.0  # served by the tier's measurement

    cfg = config(model="reference:fastest").model_copy(update={"fingerprint": "fp"})
    store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))
    measured = Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=123_456))
    store.add_reference(dedupe.content_hash, dedupe.references[0].tier, "fp", "callgrind", measured)
    known = runs.tier_costs(store, dedupe)
    assert known[dedupe.references[0].tier] == 123_456.0
    assert known[dedupe.references[1].tier] == fresh["dedupe"][dedupe.references[1].tier]
