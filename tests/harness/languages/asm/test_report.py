"""The ISA report's rates and ratios, computed by hand."""

from __future__ import annotations

import math

import pytest

from harness.languages.asm.report import isa_report, task_group


def row(task: str, verdict: str, got: int | None = None, ref: int | None = 100) -> dict:
    return {"task_id": task, "verdict": verdict, "instructions": got, "reference_instructions": ref}


def test_report_by_group_and_overall() -> None:
    rows = [
        row("isa/f/x86_64-O0/aarch64", "pass", 50),
        row("isa/g/x86_64-O0/aarch64", "pass", 200),
        row("isa/h/x86_64-O0/aarch64", "assemble-error"),
        row("isa/i/x86_64-O0/aarch64", "abi-violation"),
        row("isa/f/x86_64-O2/riscv64", "pass", 100),
        row("isa/g/x86_64-O2/riscv64", "fail"),
    ]
    out = isa_report(rows, model="m")
    assert [(r["source"], r["target"]) for r in out] == [("x86_64-O0", "aarch64"), ("x86_64-O2", "riscv64"),
                                                         ("all", "all")]
    a = out[0]
    assert a["model"] == "m" and a["tasks"] == 4
    assert a["assemble_rate"] == 0.75 and a["pass_rate"] == 0.5 and a["abi_violation_rate"] == 0.25
    assert a["median_ratio"] == pytest.approx(1.25) and a["geomean_ratio"] == pytest.approx(1.0)
    assert a["faster_share"] == 0.25
    total = out[-1]
    assert total["tasks"] == 6 and total["measured"] == 3
    assert total["geomean_ratio"] == pytest.approx(math.exp((math.log(0.5) + math.log(2) + 0) / 3))
    assert total["median_ratio"] == 1.0


def test_missing_reference_is_not_a_ratio() -> None:
    out = isa_report([row("isa/f/x86_64-O2/aarch64", "pass", 10, None)])
    assert out[0]["measured"] == 0 and out[0]["median_ratio"] is None and out[0]["pass_rate"] == 1.0


def test_bad_task_id() -> None:
    with pytest.raises(ValueError):
        task_group("builtin/dedupe")
