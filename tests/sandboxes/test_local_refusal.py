"""Without Docker or bubblewrap, model-written code is refused unless the user opts in.

Unavailability is real, not mocked: ``ERGON_BWRAP`` names a binary that does not exist and
``DOCKER_HOST`` a socket nobody listens on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli import main
from harness.executors import ExecutorUnavailable, make_executor, resolve_name
from sandboxes.bwrap import SandboxUnavailable
from sandboxes.executor import Job
from sandboxes.local import LocalExecutor

HELLO = Job(argv=("{python}", "-c", "print('hello')"), files={})


@pytest.fixture()
def no_sandbox_here(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ERGON_BWRAP", str(tmp_path / "no-such-bwrap"))
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/no-docker.sock")


def test_model_code_is_refused_in_one_line(no_sandbox_here: None) -> None:
    name = resolve_name("auto")
    assert name == "local"
    with pytest.raises(ExecutorUnavailable) as refusal:
        make_executor(name)
    message = str(refusal.value)
    assert "\n" not in message
    assert "bubblewrap is not installed" in message and "apt-get install bubblewrap" in message
    assert "docker" in message.lower() and "--allow-unsandboxed" in message


def test_opting_in_runs_unsandboxed(no_sandbox_here: None) -> None:
    executor = make_executor("local", allow_unsandboxed=True)
    assert isinstance(executor, LocalExecutor) and not executor.sandboxed
    assert executor.run(HELLO).stdout == b"hello\n"


def test_reference_solutions_run_anywhere(no_sandbox_here: None) -> None:
    executor = make_executor("local", untrusted=False)
    assert isinstance(executor, LocalExecutor) and not executor.sandboxed
    assert executor.run(HELLO).stdout == b"hello\n"


def test_the_executor_itself_never_falls_back(no_sandbox_here: None) -> None:
    with pytest.raises(SandboxUnavailable):
        LocalExecutor()


def test_with_bubblewrap_model_code_is_sandboxed() -> None:
    executor = make_executor("local")
    assert isinstance(executor, LocalExecutor) and executor.sandboxed


def test_cli_refuses_samples_and_runs_them_when_told(no_sandbox_here: None, tmp_path: Path) -> None:
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "dedupe", "solution": "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"}))
    args = ["run", "--model", f"samples:{samples}", "--task", "dedupe", "--timing-repeats", "0", "--out", str(tmp_path)]
    refused = CliRunner().invoke(main, args)
    lines = [line for line in refused.output.strip().splitlines() if line]
    assert refused.exit_code != 0 and len(lines) == 1 and lines[0].startswith("Error: cannot sandbox"), refused.output
    allowed = CliRunner().invoke(main, [*args, "--allow-unsandboxed"])
    assert allowed.exit_code == 0, allowed.output
    assert "runs without a sandbox" in allowed.output
