"""Issue 10, "failures that look like failures": ``ergon run`` against misbehaving servers,
misbehaving candidates and killed processes, through the real CLI, the real openai client and
the scripted local server (:mod:`harness.endpoints.scripted_server`)."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from harness.endpoints.scripted_server import FakeOpenAIServer, Reply

ROOT = Path(__file__).resolve().parents[3]
GOOD = "```python\ndef dedupe(xs):\n    return list(dict.fromkeys(xs))\n```\n"
CORRECT = {"pass", "measure-error", "timeout"}
"""Verdicts a correct program gets: on a busy machine its measurement may fail or time out."""


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "models.toml"
    config.write_text("")
    return {**os.environ, "PYTHONPATH": str(ROOT), "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test-secret"}


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=lambda body, index: GOOD, supports_n=False) as srv:
        yield srv


def ergon(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=300,
                          env=env, cwd=ROOT)


def run_args(out: Path, *args: str) -> list[str]:
    return ["run", "--out", str(out), "-e", "local", "--timing-repeats", "0", "--task", "dedupe", *args]


def runs_in(out: Path) -> list[tuple[str, str, str]]:
    """(run id, model, status) of every stored run, oldest first."""
    with sqlite3.connect(out / "ergon.sqlite") as con:
        return con.execute("SELECT run_id, model, status FROM runs ORDER BY created").fetchall()


def board(out: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    result = ergon("leaderboard", "--out", str(out), "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def exported(out: Path, run_id: str, env: dict[str, str]) -> list[dict[str, Any]]:
    result = ergon("export", run_id, "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def sample_requests(server: FakeOpenAIServer) -> list[dict[str, Any]]:
    """The bodies of the requests that asked for samples (not the one-token pre-flight)."""
    return [r.body for r in server.requests if r.body.get("max_tokens") != 1]


# -- item 1 and 8: text nobody can store -------------------------------------------------------

def test_a_reply_with_a_lone_surrogate_is_stored_and_scored(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                            env: dict[str, str]) -> None:
    """``"\\udcff"`` is valid JSON (RFC 8259 §7) but no UTF-8: the run must still complete."""
    server.responder = lambda body, index: GOOD.replace("(xs))\n", "(xs))  # \udcff\n") + "Done \ud800."
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "2"), env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, status),) = runs_in(out)
    assert status == "complete"
    rows = exported(out, run_id, env)
    assert len(rows) == 2 and {r["verdict"] for r in rows} <= CORRECT
    assert all("\ufffd" in r["raw"] for r in rows)


def test_a_candidate_whose_error_message_holds_a_surrogate_is_scored_not_fatal(measured_out: Path, tmp_path: Path,
                                                                              env: dict[str, str]) -> None:
    """Item 8: the exception text of a failing candidate reaches the store; the run completes, and
    the leaderboard's pass@1 counts the failure (2 of 3, not 2 of 2)."""
    good = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
    bad = "def dedupe(xs):\n    raise ValueError('x' + chr(0xD800))\n"
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps({"task_id": "dedupe", "solution": s}) + "\n" for s in (good, bad, good)))
    out = measured_out
    result = ergon(*run_args(out, "--model", f"samples:{samples}"), env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, status),) = runs_in(out)
    assert status == "complete"
    (row,) = board(out, env)
    assert abs(row["pass_at_1"]["value"] - 2 / 3) < 1e-9 and not row["partial"]
    verdicts = sorted(r["verdict"] for r in exported(out, run_id, env))
    assert verdicts == ["error", "pass", "pass"]  # the raise is an error whose text was made storable


def test_a_killed_run_is_marked_partial_in_the_leaderboard_and_run_list(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                                        env: dict[str, str]) -> None:
    """A run killed mid-way is shown as partial (never as a finished result), and resumes to complete."""
    replies = itertools.count()  # distinct programs, so that no evaluation is a cache hit
    server.responder = lambda body, index: GOOD.replace("(xs))\n", f"(xs))  # {next(replies)}\n")
    server.latency = 0.5
    out = measured_out
    proc = subprocess.Popen([sys.executable, "-m", "harness", *run_args(
        out, "--model", "openai:m", "--base-url", server.url, "-n", "4", "--workers", "1")],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _evaluated(out):
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    ((run_id, _, _),) = runs_in(out)
    (row,) = board(out, env)
    assert row["partial"] and row["run_id"] == run_id
    assert row["status"] == "crashed"  # its process is gone: not "running" forever
    markdown = ergon("leaderboard", "--out", str(out), env=env).stdout
    assert "partial" in markdown
    assert "crashed (partial)" in ergon("runs", "--out", str(out), env=env).stdout
    server.latency = 0.0
    assert ergon("run", "--out", str(out), "--resume", run_id, env=env).returncode == 0
    (row,) = board(out, env)
    assert not row["partial"]
    assert "partial" not in ergon("runs", "--out", str(out), env=env).stdout
    rows = exported(out, run_id, env)
    assert len(rows) == 4 and all("return list(dict.fromkeys(xs))  # " in r["raw"] for r in rows)  # no reply lost


def test_a_run_another_live_process_works_on_cannot_be_resumed_until_that_process_dies(measured_out: Path, 
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """The owner is a live process (pid and start time): a second ``--resume`` is refused and leaves
    the run alone; once the owner is killed with SIGKILL the run reads ``crashed`` and resumes.
    Each reply takes 10 s, so the owner is still waiting for its first one when the second
    process asks (the references are already measured in this store)."""
    server.latency = 10.0
    out = measured_out
    proc = subprocess.Popen([sys.executable, "-m", "harness", *run_args(
        out, "--model", "openai:m", "--base-url", server.url, "-n", "3", "--workers", "1", "--no-cache")],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not runs_in_safely(out):
            time.sleep(0.1)
        ((run_id, _, _),) = runs_in(out)
        second = ergon("run", "--out", str(out), "--resume", run_id, env=env)
        assert second.returncode != 0
        assert f"run {run_id} is still running (process {proc.pid} " in second.stderr, second.stderr
        assert runs_in(out)[0][2] == "running" and proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert "crashed (partial)" in ergon("runs", "--out", str(out), env=env).stdout
    server.latency = 0.0
    resumed = ergon("run", "--out", str(out), "--resume", run_id, env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert runs_in(out)[0][2] == "complete"


def runs_in_safely(out: Path) -> list[tuple[str, str, str]]:
    try:
        return runs_in(out)
    except sqlite3.OperationalError:  # not created yet
        return []


def _evaluated(out: Path) -> int:
    try:
        with sqlite3.connect(out / "ergon.sqlite") as con:
            return con.execute("SELECT count(*) FROM evaluations WHERE task_id = 'dedupe'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


# -- item 2: total failure is failure ------------------------------------------------------------

def _refusing_port() -> Iterator[str]:
    """A base URL whose port refuses connections: bound (so nothing else takes it), not listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


@pytest.fixture()
def refusing_url() -> Iterator[str]:
    yield from _refusing_port()


@pytest.mark.parametrize("fault", ["refused", "http-501", "unknown-model", "bad-temperature", "bad-key"])
def test_an_unusable_spec_is_one_line_of_error_and_nothing_is_stored(measured_out: Path, 
        fault: str, server: FakeOpenAIServer, refusing_url: str, tmp_path: Path, env: dict[str, str]) -> None:
    """Pre-flight: the run never starts, the store holds no run, the exit status says so."""
    server.models = {"m"}
    args = ["--model", "openai:m", "--base-url", server.url]
    if fault == "refused":
        args[3] = refusing_url
    elif fault == "http-501":  # something that is no LLM server answers every POST with 501
        server.rule = lambda body: Reply(status=501, message="Unsupported method ('POST')")
    elif fault == "unknown-model":
        args[1] = "openai:no-such-model"
    elif fault == "bad-temperature":
        args += ["--temperature", "-1"]
    else:
        server.rule = lambda body: Reply(status=401, message="Incorrect API key provided")
    out = measured_out
    result = ergon(*run_args(out, *args), env=env)
    assert result.returncode != 0
    error = result.stderr.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("Error: openai:") and "unusable" in error[0], result.stderr
    assert "Traceback" not in result.stderr and "sk-test-secret" not in result.stderr
    assert not (out / "ergon.sqlite").exists() or runs_in(out) == []
    assert len(server.requests) <= (0 if fault == "refused" else 1)  # a permanent refusal is not retried


def test_a_run_whose_every_request_fails_is_failed_keeps_the_good_row_and_resumes(measured_out: Path, 
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """Item 2 and 3: the server accepts the pre-flight, then refuses every sample (401).  The run
    ends ``failed`` with a non-zero exit, the leaderboard keeps the earlier good run, and once
    the server is fixed ``--resume`` asks for the failed samples again and completes."""
    out = measured_out
    args = run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "2", "--no-cache")
    assert ergon(*args, env=env).returncode == 0
    ((good, _, _),) = runs_in(out)

    server.push(Reply())  # the pre-flight
    server.rule = lambda body: Reply(status=401, message="Incorrect API key provided")
    result = ergon(*args, env=env)
    assert result.returncode != 0
    assert "every request for openai:m failed (HTTP 401: Incorrect API key provided)" in result.stderr
    (_, (bad, _, status)) = runs_in(out)
    assert status == "failed"
    (row,) = board(out, env)
    assert row["run_id"] == good and not row["partial"]

    server.rule = None
    sent = len(sample_requests(server))
    resumed = ergon("run", "--out", str(out), "--resume", bad, env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert len(sample_requests(server)) - sent == 2  # both failed samples asked for again
    assert runs_in(out)[1][2] == "complete"
    verdicts = [r["verdict"] for r in exported(out, bad, env)]
    assert len(verdicts) == 2 and set(verdicts) <= CORRECT
    (row,) = board(out, env)
    assert row["run_id"] == bad


def test_generation_errors_are_asked_for_again_a_bounded_number_of_times(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                                        env: dict[str, str]) -> None:
    """A sample that keeps failing to generate is asked for on the first run and two resumes; then its
    error is final, says so, and a further resume sends nothing for it (and still ends ``failed``)."""
    server.rule = lambda body: None if body.get("max_tokens") == 1 else Reply(status=401, message="Incorrect API key")
    out = measured_out
    first = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "2"), env=env)
    assert first.returncode != 0 and "--resume" in first.stderr
    ((run_id, _, _),) = runs_in(out)
    sent = [len(sample_requests(server))]
    for _ in range(3):
        resumed = ergon("run", "--out", str(out), "--resume", run_id, env=env)
        assert resumed.returncode != 0 and runs_in(out)[0][2] == "failed"
        sent.append(len(sample_requests(server)))
    assert sent == [1, 2, 3, 3]  # both samples asked for in one call on each of three attempts, then never again
    assert "on 3 attempts: the errors are final" in resumed.stderr, resumed.stderr
    details = [r["detail"] for r in exported(out, run_id, env)]
    assert details == ["final after 3 attempts (no resume asks again): HTTP 401: Incorrect API key"] * 2


# -- item 4: garbled bodies and 400s on n > 1 ------------------------------------------------------

def test_a_body_that_is_not_utf8_is_retried(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    server.supports_n = True
    server.push(Reply(), Reply(body=b'{"id": "x", "choices": [\xff\xfe]}'))  # pre-flight, then garbage
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "3"), env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, status),) = runs_in(out)
    assert status == "complete"
    verdicts = [r["verdict"] for r in exported(out, run_id, env)]
    assert len(verdicts) == 3 and set(verdicts) <= CORRECT
    assert [b.get("n") for b in sample_requests(server)] == [3, 3]  # the garbled call, and its retry


@pytest.mark.parametrize(("message", "expected"), [
    ("max_tokens is too large for this model", [4, None]),  # the request is at fault: one single try, then stop
    ("n must be 1 for this server", [4, None, None, None, None]),  # n is at fault: one request per sample
])
def test_a_400_on_a_call_for_several_samples(measured_out: Path, message: str, expected: list[int | None], server: FakeOpenAIServer,
                                             tmp_path: Path, env: dict[str, str]) -> None:
    server.supports_n = True
    server.push(Reply())  # the pre-flight
    server.rule = lambda body: Reply(status=400, message=message) if body.get("n", 1) > 1 or "max_tokens" in message else None
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "4"), env=env)
    assert [b.get("n") for b in sample_requests(server)] == expected
    ((run_id, _, status),) = runs_in(out)
    verdicts = [r["verdict"] for r in exported(out, run_id, env)]
    if "max_tokens" in message:
        assert result.returncode != 0 and status == "failed" and verdicts == ["generation-error"] * 4
    else:
        assert result.returncode == 0 and status == "complete" and len(verdicts) == 4 and set(verdicts) <= CORRECT


@pytest.mark.parametrize("max_tokens", [None, 500])
def test_a_reasoning_model_that_refuses_max_tokens_is_sent_max_completion_tokens(measured_out: Path, 
        max_tokens: int | None, server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    """OpenAI's o-series refuse ``max_tokens`` (400, "use max_completion_tokens") and cannot answer in one
    token: the pre-flight must still pass, and the run's requests carry the cap under the new name."""
    server.reasoning = True
    out = measured_out
    cap = ["--max-tokens", str(max_tokens)] if max_tokens else []
    result = ergon(*run_args(out, "--model", "openai:o1", "--base-url", server.url, "-n", "2", *cap), env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, status),) = runs_in(out)
    verdicts = [r["verdict"] for r in exported(out, run_id, env)]
    assert status == "complete" and len(verdicts) == 2 and set(verdicts) <= CORRECT
    bodies = [r.body for r in server.requests]
    assert [b.get("max_tokens") for b in bodies[:2]] == [1, None]  # the probe, refused, then sent anew
    assert bodies[1]["max_completion_tokens"] == 1
    answered = bodies[2:] if max_tokens is None else [b for b in bodies[2:] if "max_tokens" not in b]
    assert len(answered) == 2 and all(b.get("max_completion_tokens") == max_tokens for b in answered)


# -- item 7: a reset connection says so -------------------------------------------------------------

def test_a_connection_reset_is_reported_with_its_cause(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                       env: dict[str, str]) -> None:
    (tmp_path / "models.toml").write_text(f'[endpoints.flaky]\nbase_url = "{server.url}"\napi_key = "k"\n'
                                          "max_retries = 1\n")
    server.push(Reply())  # the pre-flight
    server.rule = lambda body: Reply(reset=True)
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--endpoint", "flaky"), env=env)
    assert result.returncode != 0
    ((run_id, _, _),) = runs_in(out)
    (row,) = exported(out, run_id, env)
    assert row["verdict"] == "generation-error"
    assert "ConnectionResetError: Connection reset by peer" in row["detail"], row["detail"]
    assert "Connection reset by peer" in result.stderr


# -- item 5: huge replies ---------------------------------------------------------------------------

def test_a_reply_is_stored_once_and_exported_whole(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                   env: dict[str, str]) -> None:
    """The reply text has one home in the results store (not a second copy per sample, nor a
    separate cache file), and the export still shows it."""
    replies = itertools.count()  # one reply per call (the server ignores n)
    server.responder = lambda body, index: GOOD + f"Explained at length: marker-{next(replies)}-{'x' * 200}"
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "-n", "3"), env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, _),) = runs_in(out)
    assert sorted(p.name for p in out.glob("*.sqlite")) == ["ergon.sqlite"]
    raws = [r["raw"] for r in exported(out, run_id, env)]
    markers = {m for raw in raws for m in re.findall(r"marker-\d+-", raw)}
    assert len(raws) == len(markers) == 3 and all(raw.startswith(GOOD) and raw.endswith("x" * 200) for raw in raws)
    with sqlite3.connect(out / "ergon.sqlite") as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for marker in markers:
            copies = 0
            for table in tables:
                for column in [r[1] for r in con.execute(f"PRAGMA table_info({table})")]:
                    copies += con.execute(f"SELECT count(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE ?",
                                          (f"%{marker}%",)).fetchone()[0]
            assert copies == 1, (marker, copies)


def test_a_huge_reply_is_cut_to_the_cap_and_the_sample_says_so(measured_out: Path, server: FakeOpenAIServer, tmp_path: Path,
                                                               env: dict[str, str]) -> None:
    """A 2 MB unfenced reply (a function, then prose) is cut to ``--max-reply-chars``; the function
    is still found and passes.  (Time and memory of a 10 MB reply: ``python -m benchmarks.huge_reply``.)"""
    prose = "This line explains the answer above at some length, as verbose models do.\n" * 27_000
    server.responder = lambda body, index: "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n" + prose
    out = measured_out
    result = ergon(*run_args(out, "--model", "openai:m", "--base-url", server.url, "--max-reply-chars", "100000"),
                   env=env)
    assert result.returncode == 0, result.stderr
    ((run_id, _, _),) = runs_in(out)
    (row,) = exported(out, run_id, env)
    assert row["verdict"] in CORRECT and len(row["raw"]) == 100_000
    assert row["solution"] == "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (note,) = con.execute("SELECT error FROM samples").fetchone()
    assert note == f"reply cut to 100,000 of {len(prose) + 51:,} characters (max_reply_chars)"
