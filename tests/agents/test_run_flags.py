"""``ergon run --agent/--budget`` refuse what cannot work in one line, before a run is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import agents.cli  # noqa: F401  (registers the agents, as the ergon.agents entry point does)
from harness.cli import main
from harness.endpoints.scripted_server import FakeOpenAIServer


@pytest.mark.parametrize(("args", "message"), [
    (["--budget", "iterations=2"], "--budget applies to an agent"),
    (["--agent", "optimize"], "--agent needs a --model"),
    (["--model", "openai:m", "--agent", "optimize", "--budget", "iterations=1.5"], "whole number"),
    (["--model", "openai:m", "--agent", "optimize", "--budget", "minutes=3"], "unknown budget key(s) minutes"),
    (["--model", "openai:m", "--agent", "translate"], "the translate agent translates assembly"),
    (["--model", "openai:m", "--agent", "nosuch"], "unknown agent 'nosuch'"),
])
def test_unusable_agent_options_are_refused_before_a_run_is_stored(tmp_path: Path, args: list[str],
                                                                  message: str) -> None:
    with FakeOpenAIServer(supports_n=False) as server:
        result = CliRunner().invoke(main, ["run", "--suite", "agent-toy", "--out", str(tmp_path), "-e", "local",
                                           "--base-url", server.url, "--api-key", "x", *args])
    assert result.exit_code == 1, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    if (tmp_path / "ergon.sqlite").exists():
        with sqlite3.connect(tmp_path / "ergon.sqlite") as con:
            assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
