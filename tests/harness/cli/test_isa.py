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
    assert rows[0]["measurement"]["extra"]["ratio_vs_O2"] == 1.0 and rows[1]["measurement"]["extra"]["ratio_vs_O2"] > 1
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
