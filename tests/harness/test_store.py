"""The store keeps what every leaderboard reads: what goes in must come out, and later writes win."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Iterator

import psutil
import pytest

from harness.endpoints.cache import CachedReply, ResponseCache
from harness.providers import Sample, Step, Trajectory, Usage
from harness.store import Store, StoreError, code_hash
from tasks.results import Evaluation, Verdict


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "results" / "of" / "today" / "ergon.sqlite")  # directories made as needed
    yield store
    store.close()


def test_runs_are_listed_in_order_and_by_suite(store: Store) -> None:
    before = time.time()
    first = store.create_run("m1", "builtin", {"counter": "callgrind", "n": 2})
    second = store.create_run("m2", "isa", {})
    assert first != second
    info = store.run(first)
    assert (info.run_id, info.model, info.suite, info.config, info.status) == (
        first, "m1", "builtin", {"counter": "callgrind", "n": 2}, "running")
    assert before <= info.created <= store.run(second).created <= time.time()
    assert store.runs() == [info, store.run(second)]
    assert [r.run_id for r in store.runs("isa")] == [second]
    store.set_status(first, "complete")
    assert store.run(first).status == "complete" and store.run(second).status == "running"


def test_an_unknown_run_is_a_one_line_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no run 'nope' in .*ergon runs"):
        store.run("nope")


def test_samples_come_back_as_stored(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    usage = Usage(prompt_tokens=3, completion_tokens=5, cost_usd=0.25)
    store.add_sample(run_id, Sample("t", 0, "def f(): pass\n", raw="reply", usage=usage))
    store.add_sample(run_id, Sample("t", 1, None, raw="", verdict=Verdict.NO_CODE, detail="empty"))
    store.add_sample(store.create_run("m", "builtin", {}), Sample("t", 0, "other"))
    assert store.samples(run_id) == {
        ("t", 0): Sample("t", 0, "def f(): pass\n", raw="reply", usage=usage),
        ("t", 1): Sample("t", 1, None, raw="", verdict=Verdict.NO_CODE, detail="empty"),
    }


def test_a_later_evaluation_replaces_the_stored_one(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    store.add_evaluation(run_id, "t", 0, "h", Evaluation(verdict=Verdict.TIMEOUT))
    store.add_evaluation(run_id, "t", 0, "h2", Evaluation(verdict=Verdict.PASS, tests_passed=3, tests_total=3))
    store.add_evaluation(run_id, "s", 1, "h", Evaluation(verdict=Verdict.FAIL))
    stored = list(store.evaluations(run_id))
    assert [(e.task_id, e.index, e.task_hash, e.evaluation.verdict) for e in stored] == [
        ("s", 1, "h", Verdict.FAIL), ("t", 0, "h2", Verdict.PASS)]
    assert stored[1].evaluation.tests_passed == 3
    assert store.evaluated(run_id) == {("t", 0), ("s", 1)}
    assert store.evaluated(store.create_run("m", "builtin", {})) == set()


def test_the_measurement_cache_returns_the_latest_entry_for_its_key(store: Store) -> None:
    assert store.cached("k") is None
    store.cache("k", Evaluation(verdict=Verdict.FAIL, detail="old"))
    store.cache("k", Evaluation(verdict=Verdict.PASS, detail="new"))
    store.cache("other", Evaluation(verdict=Verdict.ERROR))
    assert store.cached("k") == Evaluation(verdict=Verdict.PASS, detail="new")


def test_references_are_kept_per_environment(store: Store) -> None:
    store.add_reference("h", "fastest", "fp1", "callgrind", Evaluation(verdict=Verdict.PASS, detail="a"))
    store.add_reference("h", "fastest", "fp1", "callgrind", Evaluation(verdict=Verdict.PASS, detail="b"))
    store.add_reference("h", "slowest", "fp1", "callgrind", Evaluation(verdict=Verdict.PASS, detail="c"))
    store.add_reference("h", "fastest", "fp2", "callgrind", Evaluation(verdict=Verdict.PASS, detail="d"))
    store.add_reference("h", "fastest", "fp1", "perf", Evaluation(verdict=Verdict.PASS, detail="e"))
    found = store.references_for("fp1", "callgrind")
    assert {key: e.detail for key, e in found.items()} == {("h", "fastest"): "b", ("h", "slowest"): "c"}
    assert store.references_for("fp3", "callgrind") == {}


def test_latest_references_come_from_the_latest_run_that_measured_the_task(store: Store) -> None:
    store.add_reference("h", "fastest", "old", "callgrind", Evaluation(verdict=Verdict.PASS, detail="old"))
    store.add_reference("h", "fastest", "new", "callgrind", Evaluation(verdict=Verdict.PASS, detail="new"))
    store.add_reference("other", "fastest", "newest", "callgrind", Evaluation(verdict=Verdict.PASS))
    store.create_run("m", "builtin", {"counter": "callgrind", "fingerprint": "old"})
    store.create_run("m", "builtin", {"counter": "callgrind", "fingerprint": "new"})
    store.create_run("m", "builtin", {"counter": "callgrind", "fingerprint": "newest"})  # did not measure "h"
    store.create_run("m", "builtin", {"counter": None, "fingerprint": None})
    assert {tier: e.detail for tier, e in store.latest_references("h").items()} == {"fastest": "new"}
    assert store.latest_references("unknown") == {}


def test_export_joins_samples_and_evaluations(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    store.add_sample(run_id, Sample("t", 0, "code", raw="raw", usage=Usage(prompt_tokens=1)))
    store.add_evaluation(run_id, "t", 0, "h", Evaluation(verdict=Verdict.PASS))
    store.add_evaluation(run_id, "u", 0, "h", Evaluation(verdict=Verdict.NO_CODE))
    rows = [json.loads(line) for line in store.export_jsonl(run_id)]
    assert [(r["task_id"], r["solution"], r["raw"], r["verdict"]) for r in rows] == [
        ("t", "code", "raw", "pass"), ("u", None, None, "no-code")]
    assert rows[0]["model"] == "m" and rows[0]["usage"]["prompt_tokens"] == 1 and rows[1]["usage"] is None


def test_an_old_store_is_migrated_without_losing_a_row(tmp_path: Path) -> None:
    path = tmp_path / "ergon.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE samples (run_id TEXT NOT NULL, task_id TEXT NOT NULL, idx INTEGER NOT NULL, "
                   "code TEXT, raw TEXT, error TEXT, usage TEXT NOT NULL, PRIMARY KEY (run_id, task_id, idx))")
        usage = json.dumps({"prompt_tokens": 0, "completion_tokens": 0})
        db.executemany("INSERT INTO samples VALUES ('r', 't', ?, ?, '', ?, ?)", [
            (0, "code", None, usage), (1, None, "no-code: the reply is empty", usage),
            (2, None, "HTTP 500: boom", usage), (3, None, "syntax-error:line 1", usage)])
    store = Store(path)
    samples = store.samples("r")
    assert [(s.verdict, s.detail) for s in (samples[("t", i)] for i in range(4))] == [
        (None, ""), (Verdict.NO_CODE, "the reply is empty"), (Verdict.GENERATION_ERROR, "HTTP 500: boom"),
        (Verdict.SYNTAX_ERROR, "line 1")]
    store.close()
    assert Store(path).samples("r") == samples  # a migrated store opens as it is


def test_the_input_seed_is_drawn_once_per_store(tmp_path: Path) -> None:
    """Every run of one store (one leaderboard) sees the same hidden inputs; another store draws its own."""
    first = Store(tmp_path / "a.sqlite")
    seed = first.input_seed()
    assert first.input_seed() == seed
    first.close()
    assert Store(tmp_path / "a.sqlite").input_seed() == seed
    others = {Store(tmp_path / f"{i}.sqlite").input_seed() for i in range(3)}
    assert len(others | {seed}) == 4  # drawn from 2**31 values: a clash has odds of ~3e-9


def test_a_file_that_is_not_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "ergon.sqlite"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match="not a usable Ergon results database"):
        Store(path)


def test_code_hash_tells_codes_apart() -> None:
    assert code_hash("a") == code_hash("a") != code_hash("b")
    assert code_hash("\udcff") != code_hash("?")  # a lone surrogate from a reply is hashed, not rejected


def test_an_unusable_results_directory_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    with pytest.raises(StoreError, match="cannot create the results directory"):
        Store(tmp_path / "a-file" / "results" / "ergon.sqlite")


LONE = "x\ud800y\udcff"
"""Lone surrogates: a Python str holds them, UTF-8 (and so SQLite) cannot."""


def test_lone_surrogates_in_samples_and_evaluations_are_stored_as_replacement_characters(tmp_path: Path) -> None:
    store = Store(tmp_path / "ergon.sqlite")
    run_id = store.create_run("samples:x", "test", {})
    store.add_sample(run_id, Sample(task_id="t", index=0, code=LONE, raw=LONE, verdict=None, detail=LONE))
    evaluation = Evaluation(verdict=Verdict.FAIL, detail=f"ValueError: {LONE}")
    store.add_evaluation(run_id, "t", 0, "hash", evaluation)
    store.cache("key", evaluation)
    store.add_reference("hash", "fast", "fp", "callgrind", evaluation)

    sample = store.samples(run_id)[("t", 0)]
    assert sample.code == sample.raw == sample.detail == "x\ufffdy\ufffd"
    (stored,) = store.evaluations(run_id)
    assert stored.evaluation.detail == "ValueError: x\ufffdy\ufffd"
    cached = store.cached("key")
    assert cached is not None and cached.detail == stored.evaluation.detail
    assert store.references_for("fp", "callgrind")[("hash", "fast")].detail == stored.evaluation.detail


def test_an_agent_trajectory_is_stored_with_its_sample_and_exported(store: Store) -> None:
    run = store.create_run("openai:m+optimize@2", "builtin", {})
    steps = [Step(step="1", parent=None, kind="draft", code="def f(x):\n    return x\n", diff="+def f(x):\n", verdict="pass",
                  instructions=120, prompt_tokens=10, completion_tokens=5),
             Step(step="2", parent="1", kind="edit", code="def f(x):\n    return '\udcff'\n", diff="", verdict="fail",
                  detail="test edge-0: wrong output", prompt_tokens=20, completion_tokens=6, cost_usd=0.001)]
    trajectory = Trajectory(steps=steps, stop_reason="budget: 2 of 2 iterations used", final="1")
    store.add_sample(run, Sample(task_id="t", index=0, code=steps[0].code, trajectory=trajectory))
    store.add_sample(run, Sample(task_id="u", index=0, code="def f(x):\n    return x\n"))  # a plain sample has none
    store.add_evaluation(run, "t", 0, "h", Evaluation(verdict=Verdict.PASS))
    store.add_evaluation(run, "u", 0, "h", Evaluation(verdict=Verdict.PASS))
    got = store.trajectories(run, "t")[("t", 0)]
    assert got.steps[0] == steps[0] and got.steps[1].code == "def f(x):\n    return '\ufffd'\n"  # made storable
    assert (got.stop_reason, got.final) == (trajectory.stop_reason, "1")
    assert store.trajectories(run, "u") == {} and set(store.trajectories(run)) == {("t", 0)}
    rows = {r["task_id"]: r for r in map(json.loads, store.export_jsonl(run))}
    assert rows["t"]["trajectory"]["steps"][1]["detail"] == "test edge-0: wrong output" and "trajectory" not in rows["u"]


def _owned_by(store: Store, run_id: str, proc: subprocess.Popen[bytes]) -> None:
    """Make ``proc`` the recorded owner of ``run_id``, as if it had started the run."""
    owner = {"host": socket.gethostname(), "pid": proc.pid, "started": psutil.Process(proc.pid).create_time()}
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE runs SET owner = ? WHERE run_id = ?", (json.dumps(owner), run_id))


def test_a_running_run_whose_process_was_killed_reads_crashed_and_can_be_claimed(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    proc = subprocess.Popen(["sleep", "60"])
    _owned_by(store, run_id, proc)
    assert store.run(run_id).status == "running"
    proc.kill()
    proc.wait()
    assert store.run(run_id).status == "crashed"
    assert [r.status for r in store.runs()] == ["crashed"]
    store.claim(run_id)
    info = store.run(run_id)
    assert info.status == "running" and info.owner and info.owner["pid"] == os.getpid()


def test_a_crash_once_seen_is_recorded_for_every_reader(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader on another host (or this container after a restart, under a new host name) cannot check
    the owner's pid, and takes its runs to be running: the crash seen here must be in the file."""
    run_id = store.create_run("m", "builtin", {})
    proc = subprocess.Popen(["sleep", "60"])
    _owned_by(store, run_id, proc)
    proc.kill()
    proc.wait()
    assert store.run(run_id).status == "crashed"
    monkeypatch.setattr(socket, "gethostname", lambda: "another-host")
    assert store.run(run_id).status == "crashed"


def test_a_killed_owner_that_is_not_yet_reaped_is_dead_too(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    proc = subprocess.Popen(["sleep", "60"])
    _owned_by(store, run_id, proc)
    proc.kill()
    deadline = time.monotonic() + 30
    while psutil.Process(proc.pid).status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.01)
    assert store.run(run_id).status == "crashed"
    proc.wait()


def test_a_run_a_live_process_owns_cannot_be_claimed(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    store.claim(run_id)  # its own run: fine
    with subprocess.Popen(["sleep", "60"]) as proc:
        try:
            _owned_by(store, run_id, proc)
            with pytest.raises(StoreError, match=f"run {run_id} is still running \\(process {proc.pid} on "):
                store.claim(run_id)
            assert store.run(run_id).owner["pid"] == proc.pid  # type: ignore[index]
        finally:
            proc.kill()
    store.set_status(run_id, "complete")  # a finished run's old owner does not matter
    assert store.run(run_id).status == "complete"


def test_an_owner_on_another_host_is_taken_to_run(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE runs SET owner = ? WHERE run_id = ?",
                   (json.dumps({"host": "elsewhere", "pid": 1, "started": 0.0}), run_id))
    assert store.run(run_id).status == "running"


def test_generation_attempts_are_counted_across_writes(store: Store) -> None:
    run_id = store.create_run("m", "builtin", {})
    failed = Sample("t", 0, None, verdict=Verdict.GENERATION_ERROR, detail="HTTP 500")
    assert [store.add_sample(run_id, failed) for _ in range(3)] == [1, 2, 3]
    assert store.add_sample(run_id, Sample("t", 1, "code")) == 1
    assert {k: s.attempts for k, s in store.samples(run_id).items()} == {("t", 0): 3, ("t", 1): 1}


def test_a_reply_in_the_response_cache_is_not_copied_into_the_sample(store: Store) -> None:
    cache = ResponseCache(store.path)
    reply = CachedReply(text="```python\ncode\n```" + "x" * 5000, finish_reason="stop", prompt_tokens=1,
                        completion_tokens=1, call_prompt_tokens=1, call_samples=1, counted=False)
    cache.put("k", reply)
    run_id = store.create_run("m", "builtin", {})
    store.add_sample(run_id, Sample("t", 0, "code", raw=reply.text, reply_key="k"))
    store.add_sample(run_id, Sample("t", 1, "code", raw="kept here", reply_key="not-in-this-store"))
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT idx, raw, reply_key FROM samples ORDER BY idx").fetchall() == [
            (0, None, "k"), (1, "kept here", None)]
    samples = store.samples(run_id)
    assert samples[("t", 0)].raw == reply.text and samples[("t", 1)].raw == "kept here"
    assert [json.loads(line)["raw"] for line in store.export_jsonl(run_id)] == []  # nothing evaluated yet
    store.add_evaluation(run_id, "t", 0, "h", Evaluation(verdict=Verdict.PASS))
    assert [json.loads(line)["raw"] for line in store.export_jsonl(run_id)] == [reply.text]
    cache.close()
