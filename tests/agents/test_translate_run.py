"""``ergon run --suite isa --agent translate``: the repair loop from assembler errors and ABI-violation
reports, through the real CLI, the scripted server, the local executor and QEMU."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.endpoints.scripted_server import FakeOpenAIServer
from tasks.registry import find_task

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
TASK = "isa/sum_primes/x86_64-O2/aarch64"


def inject(code: str, lines: str) -> str:
    return code.replace("\nsum_primes:\n", f"\nsum_primes:\n{lines}\n", 1)


@pytest.mark.slow
@pytest.mark.needs("qemu-aarch64", "aarch64-linux-gnu-gcc", "bwrap")
def test_translate_agent_repairs_an_assemble_error_then_an_abi_violation(tmp_path: Path) -> None:
    """A minute or more: every translation and reference tier is assembled, linked and run under QEMU."""
    o2 = find_task(TASK).reference("O2").code
    unassemblable = inject(o2, "\tmovq\t%rdi, %rax")
    clobbers = inject(o2, "\tmov\tx19, #5")

    def respond(body: dict[str, Any], index: int) -> str:
        shown = [m["content"] for m in body["messages"] if m["role"] == "assistant"]
        code = unassemblable if not shown else clobbers if "%rdi" in shown[-1] else o2
        return f"```asm\n{code}```"

    env = {**os.environ, "ERGON_API_KEY": "x", "PYTHONPATH": f"{ROOT}{os.pathsep}{HERE}"}
    out = tmp_path / "out"
    with FakeOpenAIServer(responder=respond, supports_n=False) as server:
        run = subprocess.run([sys.executable, str(HERE / "ergon_cli.py"), "run", "--suite", "isa", "--task", TASK,
                              "--model", "openai:m", "--base-url", server.url, "--agent", "translate", "--budget",
                              "iterations=3", "-e", "local", "--out", str(out)],
                             capture_output=True, text=True, timeout=900, env=env)
        asked = [r.body["messages"][-1]["content"] for r in server.requests if r.body.get("max_tokens") != 1]
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(out / "ergon.sqlite") as con:
        (run_id, model) = con.execute("SELECT run_id, model FROM runs").fetchone()
        (blob,) = con.execute("SELECT trajectory FROM trajectories WHERE run_id = ?", (run_id,)).fetchone()
        (verdict, scored) = con.execute("SELECT verdict, evaluation FROM evaluations WHERE run_id = ?",
                                        (run_id,)).fetchone()
    assert model == "openai:m+translate@3"
    trajectory = json.loads(blob)
    assert [(s["step"], s["kind"], s["verdict"]) for s in trajectory["steps"]] == [
        ("1", "draft", "assemble-error"), ("2", "repair", "abi-violation"), ("3", "repair", "pass")]
    assert trajectory["steps"][2]["instructions"] > 0 and trajectory["final"] == "3"
    assert verdict == "pass"
    assert len(asked) == 3 and "assemble-error" in asked[1] and "x19" in asked[2]
    # the agent was counted on its own workload (another seed), not the one that scored it
    assert trajectory["steps"][2]["instructions"] != json.loads(scored)["measurement"]["instructions"] > 0
    assert trajectory["stop_reason"].startswith("matched the fastest reference tier")  # step 3 is the O2 tier's code
