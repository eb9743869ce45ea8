"""``ergon run --model openai:…`` end to end: the real CLI and the real openai client against a
local OpenAI-compatible server that scripts replies and injects failures."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from harness.endpoints.scripted_server import FakeOpenAIServer, Reply

GOOD = "Sure:\n```python\ndef dedupe(xs):\n    return list(dict.fromkeys(xs))\n```\n"
WRONG = "```python\ndef dedupe(xs):\n    return sorted(set(xs))\n```"
PROSE = "I would remove duplicates with a dictionary."


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    """Answers its 1st, 4th, … request with a correct solution, the 2nd, 5th, … wrong, the rest prose."""
    answers = itertools.count()
    with FakeOpenAIServer(responder=lambda body, index: (GOOD, WRONG, PROSE)[next(answers) % 3],
                          supports_n=False, latency=0.05) as srv:
        yield srv


def ergon(out: Path, *args: str, config: Path) -> list[str]:
    return [sys.executable, "-m", "harness", "run", "--out", str(out), "-e", "local", "--timing-repeats", "0",
            "--task", "dedupe", *args]


def is_probe(body: dict[str, object]) -> bool:
    """Whether a request is the one-token pre-flight of a run (not one asking for samples)."""
    return body.get("max_tokens") == 1


def run_cli(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "models.toml"
    config.write_text('[models."test-model"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n')
    return {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test-secret"}


def test_endpoint_run_scores_samples_and_survives_server_errors(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                                 env: dict[str, str]) -> None:
    # the pre-flight first, then errors for the samples' calls
    server.push(Reply(), Reply(status=500, message="overloaded"), Reply(status=429, headers={"Retry-After": "1"}))
    out = measured_out
    argv = ergon(out, "--model", "openai:test-model", "--base-url", server.url, "-n", "3", config=tmp_path)
    result = run_cli(argv, env)
    assert result.returncode == 0, result.stderr
    assert "sk-test-secret" not in result.stdout + result.stderr
    first = len(server.requests)
    assert first == 6  # the pre-flight, 3 samples + the 500 and the 429, each retried

    board = json.loads(run_cli([sys.executable, "-m", "harness", "leaderboard", "--out", str(out), "--format", "json"],
                               env).stdout)[0]
    assert board["model"] == "openai:test-model" and board["tokens"] > 0
    assert abs(board["pass_at_1"]["value"] - 1 / 3) < 1e-9
    rows = [json.loads(line) for line in run_cli(
        [sys.executable, "-m", "harness", "export", board["run_id"], "--out", str(out)], env).stdout.splitlines()]
    assert sorted(r["verdict"] for r in rows) == ["fail", "no-code", "pass"]
    assert all(r["raw"] for r in rows)

    again = run_cli(argv, env)  # a repeated run is answered from the response cache (after its pre-flight)
    assert again.returncode == 0, again.stderr
    assert len(server.requests) == first + 1 and is_probe(server.requests[-1].body)


def stored_samples(db: Path) -> int:
    try:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT count(*) FROM samples").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_killed_endpoint_run_resumes_without_asking_again_for_stored_samples(server: FakeOpenAIServer, tmp_path: Path,
                                                                            env: dict[str, str]) -> None:
    """The resume itself reuses stored samples: the response cache is deleted before resuming, so a
    resume that asked the model again for them would be seen by the server (the repeated run in the
    test above is the one answered from the response cache)."""
    out = tmp_path / "out"
    answered = itertools.count()
    # the pre-flight and one sample are answered, then silence
    server.rule = lambda body: None if is_probe(body) or next(answered) < 1 else Reply(delay=3600.0)
    proc = subprocess.Popen(ergon(out, "--model", "openai:test-model", "--base-url", server.url, "--task", "kth_smallest",
                                  "--workers", "1", config=tmp_path),
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and stored_samples(out / "ergon.sqlite") < 1:
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    sent_before = len(server.requests)
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (run_id,) = con.execute("SELECT run_id FROM runs").fetchone()
    stored = stored_samples(out / "ergon.sqlite")
    assert stored == 1
    with sqlite3.connect(out / "ergon.sqlite") as con:  # no cached reply to fall back on: resume alone must skip it
        con.execute("DELETE FROM replies")
    server.rule = None
    done = run_cli([sys.executable, "-m", "harness", "run", "--out", str(out), "--resume", run_id], env)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(out / "ergon.sqlite") as con:
        evaluated = con.execute("SELECT count(*) FROM evaluations WHERE run_id = ?", (run_id,)).fetchone()[0]
    assert evaluated == 2
    assert len([r for r in server.requests[sent_before:] if not is_probe(r.body)]) == 1  # the one never answered


def test_completion_api_and_edit_kind(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    out = measured_out
    argv = ergon(out, "--model", "openai:test-model", "--base-url", server.url, "--api", "completion",
                 "--kind", "edit", "--system-prompt", "Be fast.", config=tmp_path)
    result = run_cli(argv, env)
    assert result.returncode == 0, result.stderr
    (request,) = [r for r in server.requests if not is_probe(r.body)]
    assert request.path == "/v1/completions"
    assert "def dedupe" in request.body["prompt"]  # the edit prompt carries the slow program


def test_an_api_key_given_on_the_command_line_never_reaches_disk_or_output(measured_out: Path, 
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """The key of ``--api-key`` is sent to the server and nowhere else: not the store (nor its
    WAL, nor the response cache in it), not stdout/stderr, not an export, not a resumed run's output."""
    secret = "sk-cli-0123456789-never-stored"
    env = {k: v for k, v in env.items() if k != "ERGON_API_KEY"}
    out = measured_out
    result = run_cli(ergon(out, "--model", "openai:test-model", "--base-url", server.url, "--api-key", secret,
                           "-n", "2", config=tmp_path), env)
    assert result.returncode == 0, result.stderr
    assert all(r.headers.get("authorization") == f"Bearer {secret}" for r in server.requests)  # it was used
    run_id = sqlite3.connect(out / "ergon.sqlite").execute("SELECT run_id FROM runs").fetchone()[0]
    exported = subprocess.run([sys.executable, "-m", "harness", "export", run_id, "--out", str(out)],
                              capture_output=True, text=True, timeout=120, env=env)
    resumed = run_cli([sys.executable, "-m", "harness", "run", "--out", str(out), "--resume", run_id,
                       "--api-key", secret], env)
    outputs = result.stdout + result.stderr + exported.stdout + exported.stderr + resumed.stdout + resumed.stderr
    assert exported.returncode == 0 and resumed.returncode == 0, exported.stderr + resumed.stderr
    assert secret not in outputs
    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.name == "ergon.sqlite" for p in files)
    with sqlite3.connect(out / "ergon.sqlite") as con:  # the response cache (in the store) was written
        assert con.execute("SELECT count(*) FROM replies").fetchone()[0] == 2
    leaked = [p.name for p in files if secret.encode() in p.read_bytes()]
    assert not leaked, f"the key is in {leaked}"
