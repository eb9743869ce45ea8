"""The ISA runner's verdict on a candidate's two runs against the trusted driver's, without
running qemu: the runs as ``run_guest`` returns them (exit, output, the plugin's report), with the
records a genuine check run printed (``results/sum_primes_aarch64_O2_pass.json``)."""

from __future__ import annotations

import json
import signal
import struct
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "harness" / "languages"))  # the runner's sibling reaper.py
from harness.languages.asm.payload.runner import (EXIT_ABI, UNCOVERED_SHOWN, Guest, first_mismatch, outcome,  # noqa: E402
                                                  plugin_report)

OUTPUT = json.loads((Path(__file__).with_name("results") / "sum_primes_aarch64_O2_pass.json").read_text())["output"]
LINES = [line for line in OUTPUT.splitlines() if line.startswith("R ")][-40:]
CHECKS = "".join(f"{line}\n" for line in LINES[:30])
SCORED = "".join(f"{line}\n" for line in LINES[30:])
JOB = {"run_timeout_s": 20.0}
STATIC = {0x400800 + 4 * i for i in range(24)}
REGION = {"region": 1817302, "region_candidate": 1817049, "begin_hits": 1, "end_hits": 1, "candidate_before": 0}


def trusted() -> dict[str, Guest]:
    return {"count": Guest(0, SCORED, None, False), "": Guest(0, CHECKS, None, False)}


def runs(counted: dict[str, Any] | None = None, checked: dict[str, Any] | None = None,
         covered: set[int] = STATIC) -> tuple[Guest, Guest]:
    """The candidate's counted run (the scored workload) and check run, each with the plugin's report."""
    c = {"code": 0, "output": SCORED, "report": (dict(REGION), set()), "raw": True, **(counted or {})}
    k = {"code": 0, "output": CHECKS, "report": ({"begin_hits": 0, "end_hits": 0}, covered), "raw": True, **(checked or {})}
    return Guest(c["code"], c["output"], c["report"], c["raw"]), Guest(k["code"], k["output"], k["report"], k["raw"])


def test_the_records_are_genuine() -> None:
    assert len(Guest(0, CHECKS, None, False).records) == 30 and len(Guest(0, SCORED, None, False).records) == 10


def test_a_candidate_matching_the_trusted_runs_passes_with_its_counts() -> None:
    counted, checked = runs()
    assert outcome(counted, checked, trusted(), STATIC, JOB) == {
        "status": "pass", "checks": 40, "instructions": 1817302, "candidate_instructions": 1817049,
        "static_instructions": 24, "covered_instructions": 24, "coverage": 1.0, "uncovered": []}


def test_coverage_counts_the_candidates_instructions_the_check_run_reached() -> None:
    reached = set(sorted(STATIC)[:21]) | {0x10}  # an address outside the candidate's code does not count
    got = outcome(*runs(covered=reached), trusted(), STATIC, JOB)
    assert (got["covered_instructions"], got["coverage"]) == (21, 0.875)
    assert got["uncovered"] == ["0x400854", "0x400858", "0x40085c"]
    many = {0x500000 + 4 * i for i in range(UNCOVERED_SHOWN + 10)}
    got = outcome(*runs(covered=set()), trusted(), many, JOB)
    assert got["coverage"] == 0.0 and got["uncovered"] == [f"{0x500000 + 4 * i:#x}" for i in range(UNCOVERED_SHOWN)]
    got = outcome(*runs(checked={"report": None, "raw": False}), trusted(), STATIC, JOB)
    assert got["status"] == "pass" and got["coverage"] == 0.0
    got = outcome(*runs(), trusted(), set(), JOB)
    assert (got["static_instructions"], got["coverage"], got["uncovered"]) == (0, 0.0, [])
    got = outcome(*runs(covered=set(sorted(STATIC)[:1])), trusted(), STATIC, JOB)
    assert got["coverage"] == 0.0417  # 1/24, rounded to four places


@pytest.mark.parametrize("values, detail", [
    ({"candidate_before": 7}, "7 candidate instructions ran before the measured region"),
    ({"begin_hits": 2}, "region markers hit"),
    ({"end_hits": 0}, "region markers hit"),
    ({"begin_hits": 0, "end_hits": 0}, "region markers hit"),
])
def test_a_count_whose_region_was_not_entered_once_from_the_start_is_tampered(values: dict[str, int], detail: str) -> None:
    got = outcome(*runs(counted={"report": ({**REGION, **values}, set())}), trusted(), STATIC, JOB)
    assert got["status"] == "tampered" and got["detail"].startswith(detail), got
    if detail == "region markers hit":
        assert got["detail"] == f"region markers hit {dict(REGION, **values)}"


def test_a_counted_run_without_the_plugins_report_is_tampered() -> None:
    got = outcome(*runs(counted={"report": None, "raw": True}), trusted(), STATIC, JOB)
    assert got == {"status": "tampered", "detail": "scored input: the counting plugin's report is missing or not its own"}
    got = outcome(*runs(counted={"report": None, "raw": False}), trusted(), STATIC, JOB)
    assert got == {"status": "tampered", "detail": "region markers hit {}"}


@pytest.mark.parametrize("which, run, status, detail", [
    ("checked", {"code": None}, "timeout", "tests: no exit within 20.0 s"),
    ("counted", {"code": None}, "timeout", "scored input: no exit within 20.0 s"),
    ("counted", {"code": -signal.SIGKILL, "report": ({"refused": 220}, set())}, "tampered",
     "scored input: made a refused system call (syscall 220: processes, threads, programs, files, other memory and "
     "kernel work are refused)"),
    ("checked", {"code": None, "report": ({"refused": 56}, set())}, "timeout", "tests: no exit"),
    ("counted", {"report": ({**REGION, "modified": 3}, set())}, "tampered",
     "scored input: ran code that is not the linked program's (3 modified, None outside it)"),
    ("checked", {"report": ({"foreign": 12}, set())}, "tampered",
     "tests: ran code that is not the linked program's (None modified, 12 outside it)"),
    ("checked", {"code": EXIT_ABI, "output": CHECKS + "ABI violation: x19 changed\nABI violation: x20 changed\n"
                 "ABI violation: sp changed\n"}, "abi", "ABI violation: sp changed"),
    ("checked", {"code": EXIT_ABI, "output": CHECKS}, "abi", "ABI violation"),
    ("checked", {"code": -signal.SIGSEGV}, "crash", "tests: killed by SIGSEGV"),
    ("counted", {"code": -signal.SIGILL}, "crash", "scored input: killed by SIGILL"),
    ("checked", {"code": -77}, "crash", "tests: killed by 77"),
    ("checked", {"code": -signal.SIGHUP}, "crash", "tests: killed by SIGHUP"),
    ("checked", {"code": 3, "output": "x" * 600 + "  last words  \n"}, "fail", "tests: exit status 3: " + "x" * 488 + "  last words"),
    ("checked", {"code": 1, "output": ""}, "fail", "tests: exit status 1: "),
    ("checked", {"output": CHECKS.replace(LINES[3], LINES[3][:-1] + "X", 1)}, "fail", "FAIL check 4"),
    ("counted", {"output": SCORED + LINES[0] + "\n"}, "fail", "FAIL check 11: 1 more results than checks [scored input]"),
    ("checked", {"raw": True, "report": None}, "tampered", "tests: the counting plugin's report is missing or not its own"),
    ("checked", {"raw": False, "report": None}, "pass", None),
])
def test_a_run_that_did_not_match_decides_the_status(which: str, run: dict[str, Any], status: str, detail: str | None) -> None:
    counted, checked = runs(**{which: run})
    got = outcome(counted, checked, trusted(), STATIC, JOB)
    assert got["status"] == status, got
    if detail is not None:
        assert got["detail"] == detail or got["detail"].startswith(detail) and len(detail) < 40, got["detail"]


def test_tampering_in_either_run_outranks_a_wrong_answer() -> None:
    wrong = CHECKS.replace(LINES[0], LINES[1], 1) if LINES[0] != LINES[1] else "R i 0000000000000bad edge\n"
    assert first_mismatch(Guest(0, wrong, None, False).records, trusted()[""].records) is not None
    counted, checked = runs(counted={"report": ({**REGION, "foreign": 1}, set())}, checked={"output": wrong})
    assert outcome(counted, checked, trusted(), STATIC, JOB)["detail"].startswith("scored input: ran code")
    counted, checked = runs(counted={"report": ({**REGION, "foreign": 1}, set())}, checked={"code": -signal.SIGSEGV})
    assert outcome(counted, checked, trusted(), STATIC, JOB)["status"] == "tampered"
    counted, checked = runs(counted={"code": -signal.SIGSEGV}, checked={"output": wrong})
    assert outcome(counted, checked, trusted(), STATIC, JOB)["detail"].startswith("FAIL check")  # the tests come first
    counted, checked = runs(counted={"code": 2}, checked={"code": None})
    assert outcome(counted, checked, trusted(), STATIC, JOB) == {"status": "timeout", "detail": "tests: no exit within 20.0 s"}


def d(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def f(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


NAN = float("nan")


@pytest.mark.parametrize("kind, got, want, close", [
    ("d", d(1.0 + 5e-10), d(1.0), True),
    ("d", d(1.0 + 2e-9), d(1.0), False),
    ("d", d(1e-9), d(0.0), True),  # at the tolerance exactly
    ("d", d(1e-10), d(0.0), True),
    ("d", d(0.5 + 0.7e-9), d(0.5), True),  # absolute below 1
    ("d", d(0.5 + 1.5e-9), d(0.5), False),
    ("d", d(1000.0 + 5e-7), d(1000.0), True),  # relative above 1
    ("d", d(1000.0 + 2e-6), d(1000.0), False),
    ("f", f(1.00005), f(1.0), True),  # single precision: 1e-4
    ("f", f(1.0002), f(1.0), False),
    ("f", f(1.0 + 5e-9), f(1.0), True),
    ("d", d(1.0 + 5e-5), d(1.0), False),  # a double gets a double's tolerance, not a float's
    ("d", d(NAN), d(NAN) ^ 1, True),  # any NaN for a NaN
    ("f", f(NAN), f(NAN) ^ 1, True),
    ("d", d(NAN), d(1.0), False),
    ("d", d(1.0), d(NAN), False),
    ("i", 6, 5, False),
    ("u", 5, 5, True),
])
def test_floating_point_results_are_compared_within_a_tolerance(kind: str, got: int, want: int, close: bool) -> None:
    """A translation may fuse multiply-adds the trusted build keeps apart: a double within 1e-9
    (relative, or absolute below 1) and a float within 1e-4 of the trusted result matches."""
    assert (first_mismatch([(kind, got, "perf")], [(kind, want, "perf")]) is None) is close


NONCE = "0123456789" * 3 + "42"
"""A nonce is random hex: it may hold only digits."""


def test_only_the_plugins_framed_report_is_read_whatever_the_nonce() -> None:
    assert plugin_report(f"ergon-plugin {NONCE}\nend {NONCE}\n", NONCE) == ({}, set())
    assert plugin_report(f"ergon-plugin {NONCE}\nregion 4\nend {NONCE}", NONCE) == ({"region": 4}, set())
    forged = [f"region 1\nergon-plugin {NONCE}\nregion 2\nend {NONCE}\n",  # the guest wrote before the plugin
              f"ergon-plugin {NONCE}\nregion 2\nend {NONCE}\nregion 1\n",  # and after
              f"ergon-plugin {NONCE}\nregion 2\n{NONCE} 1\nend {NONCE}\n",  # the nonce a third time
              f"ergon-plugin {NONCE}\n", f"end {NONCE}\n", f"ergon-plugin {NONCE} end {NONCE}"]
    assert [plugin_report(text, NONCE) for text in forged] == [None] * len(forged)
