"""``ergon run --agent optimize`` end to end: the real CLI, the real scripted OpenAI-compatible
server, the local executor (bwrap) and callgrind, on a small ``dedupe`` (bound 300).

The server answers by what the conversation shows: the draft request gets ``DRAFT``, an edit of
a program gets the program scripted to follow it (``NEXT``).  Each of these runs takes tens of
seconds (every candidate is checked and counted under callgrind, then scored on the hidden
tests), hence ``slow``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness.endpoints.scripted_server import FakeOpenAIServer, Reply

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SEED = 424242

SLOW = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
MID = ("def dedupe(xs):\n    order = sorted(range(len(xs)), key=lambda i: (xs[i], i))\n    keep = []\n    prev = object()\n"
       "    for i in order:\n        if xs[i] != prev:\n            keep.append(i)\n            prev = xs[i]\n"
       "    keep.sort()\n    return [xs[i] for i in keep]\n")
FAST = "def dedupe(xs):\n    return list({x: None for x in xs})\n"
"""Linear, but a Python-level loop: fewer instructions than ``MID``, more than the fastest tier."""
TIER = "\ndef dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
"""The fastest reference tier's own code: matching its count ends a trajectory."""
WRONG = "def dedupe(xs):\n    return sorted(set(xs))\n"  # faster still, but breaks the order on a visible edge case
CHEAT = ("def dedupe(xs):\n    if len(xs) >= 200:\n        half = len(xs) // 2\n"
         "        return list(dict.fromkeys(xs[:half])) + xs[half:]\n    return list(dict.fromkeys(xs))\n")
"""Faster on the profiling input (all distinct at the bound: only half is deduplicated) and right on every visible
test (all small); wrong on the hidden ones at the bound that hold duplicates."""


def fenced(code: str) -> str:
    return f"Here you go:\n```python\n{code}```\n"


def conversation(draft: str, follows: dict[str, str]) -> Callable[[dict[str, Any], int], str]:
    """A responder: ``draft`` for the opening request, else the program scripted to follow the shown one."""

    def respond(body: dict[str, Any], index: int) -> str:
        shown = [m["content"] for m in body.get("messages", []) if m["role"] == "assistant"]
        if not shown:
            return fenced(draft)
        for before, after in follows.items():
            if before.strip() in shown[-1]:
                return fenced(after)
        return "I cannot make it faster."

    return respond


def is_probe(body: dict[str, Any]) -> bool:
    return body.get("max_tokens") == 1


def ergon(out: Path, *args: str) -> list[str]:
    return [sys.executable, str(HERE / "ergon_cli.py"), *args, "--out", str(out)]


def run_cli(argv: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env, cwd=HERE)


def agent_run(out: Path, url: str, budget: str) -> list[str]:
    return ergon(out, "run", "--suite", "agent-toy", "--model", "openai:m", "--base-url", url, "--agent", "optimize",
                 "--budget", budget, "-e", "local", "--timing-repeats", "0", "--seed", str(SEED), "--workers", "2")


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "models.toml"
    config.write_text('[models."m"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n')
    return {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test-secret",
            "PYTHONPATH": f"{ROOT}{os.pathsep}{HERE}"}


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(supports_n=False) as srv:
        yield srv


def exported(out: Path, env: dict[str, str]) -> tuple[str, dict[str, Any]]:
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (run_id,) = con.execute("SELECT run_id FROM runs WHERE model LIKE '%+optimize@%'").fetchone()
    rows = [json.loads(line) for line in run_cli(ergon(out, "export", run_id), env).stdout.splitlines()]
    assert len(rows) == 1
    return run_id, rows[0]


def trajectory(out: Path, run_id: str) -> dict[str, Any]:
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (blob,) = con.execute("SELECT trajectory FROM trajectories WHERE run_id = ?", (run_id,)).fetchone()
    return json.loads(blob)


def prompts(server: FakeOpenAIServer) -> list[str]:
    return [" ".join(m["content"] for m in r.body["messages"]) for r in server.requests if not is_probe(r.body)]


def edits_then_the_tier(body: dict[str, Any], index: int) -> str:
    """``MID`` → ``FAST`` → ``WRONG``; once told an edit was rejected, the fastest tier's code."""
    messages = body.get("messages", [])
    if "rejected" in messages[-1]["content"]:
        return fenced(TIER)
    return conversation(MID, {MID: FAST, FAST: WRONG})(body, index)


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_agent_keeps_the_fastest_correct_edit_rejects_a_wrong_one_and_stops_on_matching_the_fastest_tier(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    server.responder = edits_then_the_tier
    out = tmp_path / "out"
    result = run_cli(agent_run(out, server.url, "iterations=6"), env)
    assert result.returncode == 0, result.stderr
    run_id, row = exported(out, env)
    assert row["model"] == "openai:m+optimize@6" and row["trajectory"]["final"] == "4"
    assert row["solution"].strip() == TIER.strip() and row["verdict"] == "pass"  # scored on the hidden tests too
    steps = trajectory(out, run_id)
    assert steps["stop_reason"].startswith("matched the fastest reference tier: ")
    assert steps["final"] == "4" and steps["wall_s"] > 0
    by_id = {s["step"]: s for s in steps["steps"]}
    assert [(s["step"], s["parent"], s["kind"]) for s in steps["steps"]] == [
        ("1", None, "draft"), ("2", "1", "edit"), ("3", "2", "edit"), ("4", "2", "edit")]
    assert by_id["1"]["verdict"] == by_id["2"]["verdict"] == by_id["4"]["verdict"] == "pass"
    assert by_id["4"]["instructions"] < by_id["2"]["instructions"] < by_id["1"]["instructions"]
    assert f"{by_id['4']['instructions']:,} ≤ {by_id['4']['instructions']:,} instructions" in steps["stop_reason"]
    assert by_id["3"]["verdict"] == "fail" and by_id["3"]["instructions"] is None
    assert "+    return list({x: None for x in xs})" in by_id["2"]["diff"]
    # four model rounds and the pre-flight, nothing more: two iterations of the budget left unused
    assert len(prompts(server)) == 4
    assert row["usage"]["completion_tokens"] == sum(s["completion_tokens"] for s in steps["steps"])
    # every edit request shows where the parent spends its steps: its hot lines on the profiling input
    first_edit = [r.body for r in server.requests if not is_probe(r.body)][1]["messages"][-1]["content"]
    assert "most executed lines on the profiling input" in first_edit
    assert re.search(r"\n +\d+ +[\d,]+ +\d+\.\d% +for i in order:", first_edit), first_edit
    # the last edit was told why the wrong one was rejected, with the visible case that showed it
    last = server.requests[-1].body["messages"][-1]["content"]
    assert "rejected" in last and "expected output: [3, 1, 2]" in last
    assert f"{by_id['2']['instructions']:,} instructions" in last
    assert "x: None for x in xs" in last and "most executed lines" in last

    shown = run_cli(ergon(out, "trace", run_id, "tiny_dedupe"), env)
    assert shown.returncode == 0, shown.stderr
    assert "matched the fastest reference tier" in shown.stdout and f"{by_id['2']['instructions']:,}" in shown.stdout
    missing = run_cli(ergon(out, "trace", run_id, "no_such_task"), env)
    assert missing.returncode == 1 and "no agent trajectory" in missing.stderr
    # the line profiles the agent was shown are kept with the steps that were parents (the failed one has none)
    assert by_id["1"]["lines"] and by_id["2"]["lines"] and by_id["3"]["lines"] is None
    diffs = run_cli(ergon(out, "trace", run_id, "tiny_dedupe", "--diffs"), env)
    assert diffs.stdout.count("most executed lines on the profiling input") == 2

    # on the leaderboard next to plain sampling of the same model: steps, improvement and its price
    plain = run_cli(ergon(out, "run", "--suite", "agent-toy", "--model", "openai:m", "--base-url", server.url,
                          "-e", "local", "--timing-repeats", "0", "--seed", str(SEED)), env)
    assert plain.returncode == 0, plain.stderr
    board = run_cli(ergon(out, "leaderboard", "--format", "csv"), env)
    rows = {r["model"]: r for r in csv.DictReader(io.StringIO(board.stdout))}
    agent_row, plain_row = rows["openai:m+optimize@6"], rows["openai:m"]
    gain = (1 - by_id["4"]["instructions"] / by_id["1"]["instructions"]) * 100
    assert agent_row["steps/sample"] == "4.0" and agent_row["improvement % (profiling input)"] == f"{gain:.1f}"
    tokens = row["usage"]["prompt_tokens"] + row["usage"]["completion_tokens"]
    assert agent_row["tokens/% improvement"] == f"{tokens / gain:.1f}" and agent_row["$/% improvement"] != "–"
    assert plain_row["steps/sample"] == plain_row["improvement % (profiling input)"] == "–"
    assert plain_row["tokens/solved"] != "–"


def test_hidden_inputs_never_reach_a_prompt(tmp_path: Path) -> None:
    """Everything the agent says comes from the visible view: no hidden test, not the scored input."""
    import tiny_dedupe  # on the path: conftest.py
    from agents import feedback
    from agents.state import Candidate
    from agents.visible import visible_view
    from tasks.authoring import load_task_module

    task = load_task_module(tiny_dedupe, suite="agent-toy", seed=SEED)
    view = visible_view(task)
    hidden = [t for t in task.tests if t.hidden]
    assert hidden and all(t not in view.tests for t in hidden) and view.perf_args == task.profile_args
    assert not any(t.hidden for t in view.tests) and task.perf_args != view.perf_args and not view.scale_inputs
    # feedback on a failure of every visible test names that case; none names a hidden one
    texts = []
    for case in view.tests:
        failing = Candidate(id="2", parent="1", kind="edit", round=2, code=WRONG, raw="", verdict="fail",
                            detail=f"test {case.label}: wrong output", instructions=None, prompt_tokens=0,
                            completion_tokens=0, cost_usd=None, eflops=None)
        texts.append(feedback.repair_request(failing, view))
    assert any(json.dumps(view.tests[-1].args)[:40] in t for t in texts)
    secret = [json.dumps(t.args)[1:-1] for t in hidden if len(json.dumps(t.args)) > 12] + [json.dumps(task.perf_args)[1:80]]
    assert not [s for s in secret for t in texts if s in t]


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_no_prompt_of_a_run_holds_a_hidden_input_and_the_hidden_checks_catch_a_profiling_input_cheat(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    server.responder = conversation(WRONG, {WRONG: FAST, FAST: CHEAT})
    out = tmp_path / "out"
    result = run_cli(agent_run(out, server.url, "iterations=3,tokens=100000"), env)
    assert result.returncode == 0, result.stderr
    run_id, row = exported(out, env)
    steps = trajectory(out, run_id)
    assert [(s["step"], s["kind"], s["verdict"]) for s in steps["steps"]] == [
        ("1", "draft", "fail"), ("2", "repair", "pass"), ("3", "edit", "pass")]
    assert steps["final"] == "3"  # the agent cannot tell: the cheat is correct on all it may see, and faster
    assert row["solution"].strip() == CHEAT.strip()
    assert row["verdict"] == "fail"  # the run's hidden tests and scored input can

    import tiny_dedupe  # on the path: conftest.py
    from tasks.authoring import load_task_module

    task = load_task_module(tiny_dedupe, suite="agent-toy", seed=SEED)
    sent = " ".join(prompts(server))
    assert "expected output" in sent  # the repair request showed the failing visible case
    secret = [json.dumps(t.args)[1:-1] for t in task.tests if t.hidden and len(json.dumps(t.args)) > 12]
    assert secret and not [s for s in secret if s in sent]
    assert json.dumps(task.perf_args)[1:80] not in sent


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_no_round_starts_that_would_overrun_the_wall_time_budget(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """One round only (a draft checked and counted takes seconds), yet tens of seconds under callgrind."""
    server.responder = conversation(MID, {MID: FAST})
    out = tmp_path / "out"
    result = run_cli(agent_run(out, server.url, "iterations=5,seconds=1"), env)
    assert result.returncode == 0, result.stderr
    run_id, row = exported(out, env)
    steps = trajectory(out, run_id)
    assert re.fullmatch(r"budget: [\d.]+ of 1 s used, too little for another round \(the last took [\d.]+ s\)",
                        steps["stop_reason"]), steps["stop_reason"]
    assert len(prompts(server)) == 1 and steps["final"] == "1" and row["verdict"] == "pass"
    assert steps["wall_s"] > 0.5  # a round as long as this one would not fit: 2 × wall_s > 1


def checkpoints_done(out: Path) -> int:
    """Model replies answered so far (requests the server saw are counted by the test instead)."""
    try:
        with sqlite3.connect(out / "agent-checkpoints.sqlite") as con:
            return con.execute("SELECT count(*) FROM writes WHERE channel = 'candidates'").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_killed_agent_run_resumes_from_its_checkpoint_without_asking_again(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """kill -9 while round 3's request waits; the response cache is then deleted, so any finished
    node redone on resume would show up at the server as a repeated request."""
    server.responder = conversation(MID, {MID: FAST, FAST: WRONG})
    asked = []
    server.rule = lambda body: None if is_probe(body) or len(asked.append(1) or asked) < 3 else Reply(delay=3600.0)
    out = tmp_path / "out"
    proc = subprocess.Popen(agent_run(out, server.url, "iterations=4"), env=env, cwd=HERE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(prompts(server)) < 3 and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(prompts(server)) == 3
    for cache in out.glob("responses.sqlite*"):
        cache.unlink()
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (run_id,) = con.execute("SELECT run_id FROM runs").fetchone()
    server.rule = None
    before = len(server.requests)
    done = run_cli(ergon(out, "run", "--resume", run_id), env)
    assert done.returncode == 0, done.stderr
    again = [r.body for r in server.requests[before:] if not is_probe(r.body)]
    assert len(again) == 2  # round 3 (never answered) and round 4; rounds 1–2 came from the checkpoint
    assert "rejected" not in again[0]["messages"][-1]["content"] and "rejected" in again[1]["messages"][-1]["content"]
    _, row = exported(out, env)
    assert row["solution"].strip() == FAST.strip() and row["verdict"] == "pass"
    steps = trajectory(out, run_id)
    assert steps["stop_reason"] == "budget: 4 of 4 iterations used" and len(steps["steps"]) == 4


def test_an_isa_task_is_viewed_at_another_seed_so_its_random_checks_and_workload_are_other_draws() -> None:
    from agents.visible import check_view, visible_view
    from harness.languages.asm.evaluate import build_job
    from tasks.registry import find_task

    task = find_task("isa/sum_primes/x86_64-O2/aarch64")
    view = check_view(visible_view(task))
    assert view.seed != task.seed and view.model_copy(update={"seed": task.seed}) == task
    seeds = {json.loads(build_job(t, "x").files["job.json"])["seed"] for t in (task, view)}
    assert seeds == {task.seed, view.seed}
    assert visible_view(task.model_copy(update={"seed": task.seed + 1})).seed != view.seed
