"""The ISA suite through the CLI: a samples file of hand-made translations gives the right report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
import subprocess

import pytest

from tasks.registry import find_task

TASK = "isa/sum_primes/x86_64-O2/aarch64"
pytestmark = pytest.mark.needs("qemu-aarch64", "aarch64-linux-gnu-gcc")


def inject(code: str, lines: str) -> str:
    return code.replace("\nsum_primes:\n", f"\nsum_primes:\n{lines}\n", 1)


def ergon(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=600)


def test_hand_made_translations_report(tmp_path: Path) -> None:
    task = find_task(TASK)
    o2, o0 = task.reference("O2").code, task.reference("O0").code
    samples = {
        "pass": o2,
        "pass (slower)": o0,
        "fail": inject(o2, "\tadd\tw0, w0, #1"),
        "abi-violation": inject(o2, "\tmov\tx19, #5"),
        "assemble-error": inject(o2, "\tmovq\t%rdi, %rax"),
    }
    path = tmp_path / "translations.jsonl"
    path.write_text("".join(json.dumps({"task_id": TASK, "solution": code}) + "\n" for code in samples.values()))
    out = str(tmp_path / "out")
    run = ergon("run", "--suite", "isa", "--task", TASK, "--model", f"samples:{path}", "--model", "reference:O2",
                "-e", "local", "--out", out)
    assert run.returncode == 0, run.stderr
    board = json.loads(ergon("leaderboard", "--out", out, "--format", "json").stdout)
    samples_run = next(r for r in board if r["model"].startswith("samples:"))
    rows = [json.loads(line) for line in ergon("export", samples_run["run_id"], "--out", out).stdout.splitlines()]
    assert [r["verdict"] for r in rows] == ["pass", "pass", "fail", "abi-violation", "assemble-error"]
    o2 = next(r for r in board if r["model"] == "reference:O2")["tasks"][0]["best_instructions"]
    # the store's own seed drew the inputs: the -O2 sample costs what the store's -O2 reference does
    assert rows[0]["measurement"]["instructions"] == o2 and rows[1]["measurement"]["instructions"] > o2
    assert rows[0]["measurement"]["energy_source"] == "unavailable: emulated"
    assert "x19" in rows[3]["detail"]

    report = run.stdout.split("### ISA translation")[1]
    line = next(l for l in report.splitlines() if l.startswith(f"| samples:{path} | all |"))
    # 5 samples: 4 assembled, 2 passed, 1 ABI violation, none faster than -O2
    assert "| 5 | 0.800 | 0.400 | 0.200 | 2 |" in line and line.endswith("| 0.000 |")

    repeat = ergon("run", "--suite", "isa", "--task", TASK, "--model", "reference:O2", "-e", "local", "--out", out)
    assert repeat.returncode == 0
    again = json.loads(ergon("leaderboard", "--out", out, "--format", "json").stdout)
    counts = {r["run_id"]: r["tasks"][0]["best_instructions"] for r in board + again if r["model"] == "reference:O2"}
    assert len(counts) == 2 and len(set(counts.values())) == 1


RISCV_TASK = "isa/fnv1a/x86_64-O0/riscv64"


@pytest.mark.needs("qemu-riscv64", "riscv64-linux-gnu-gcc")
def test_isa_suite_with_a_model_endpoint(tmp_path: Path) -> None:
    """``ergon run --suite isa --model openai:…`` end to end: the asm language prompts for assembly
    (no Python in the prompt) and takes the translation out of an ```asm / ```s / ```riscv block."""
    from harness.endpoints.scripted_server import FakeOpenAIServer

    tasks = {t.entry_point: t for t in (find_task(TASK), find_task(RISCV_TASK))}
    fences = ["asm", "s", "riscv"]

    def reply(body: dict, index: int) -> str:
        prompt = body["messages"][-1]["content"]
        name = next((n for n in tasks if f"function `{n}`" in prompt), None)
        if name is None:  # the run's one-token pre-flight request
            return "ok"
        return f"Here is the translation.\n\n```{fences[index % 3]}\n{tasks[name].reference('O2').code}```\n"

    with FakeOpenAIServer(responder=reply) as server:
        result = ergon("run", "--suite", "isa", "--task", TASK, "--task", RISCV_TASK, "--model", "openai:m",
                       "--base-url", server.url, "--api-key", "k", "-n", "3", "-e", "local",
                       "--out", str(tmp_path / "out"))
        prompts = [m["content"] for r in server.requests if r.body.get("max_tokens") != 1 for m in r.body["messages"]]
    assert result.returncode == 0, result.stderr
    assert prompts and not any("Python" in p for p in prompts)
    assert all("assembly" in p for p in prompts if "Translate" in p)
    rows = [json.loads(line) for line in ergon("export", _run_id(tmp_path / "out"), "--out", str(tmp_path / "out")).stdout.splitlines()]
    assert len(rows) == 6 and {r["verdict"] for r in rows} == {"pass"}, [(r["verdict"], r["detail"]) for r in rows]


def _run_id(out: Path) -> str:
    import sqlite3

    return sqlite3.connect(out / "ergon.sqlite").execute("SELECT run_id FROM runs").fetchone()[0]
