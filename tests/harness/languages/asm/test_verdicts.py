"""ISA translations' verdicts and counts decided from what the sandbox job produced, without
running anything: genuine runner reports (``results/``: ``sum_primes`` for aarch64, its -O2
reference, and the same with its first ``add`` made a ``sub``, checked in the bwrap sandbox
under qemu), and the ways a job's result can be unusable or say something else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness.languages.asm.evaluate import (ENERGY_SOURCE, RUN_TIMEOUT_S, RUNS, STATUS_VERDICTS, TOOLS_S, job_limits,
                                            judge)
from sandboxes.counters import CallgrindCounter, QemuPluginCounter
from sandboxes.executor import JobResult
from tasks.isa.catalog import LOW_COVERAGE
from tasks.results import Verdict

RESULTS = Path(__file__).with_name("results")
PASSED = json.loads((RESULTS / "sum_primes_aarch64_O2_pass.json").read_text())
FAILED = json.loads((RESULTS / "sum_primes_aarch64_O2_add_to_sub_fail.json").read_text())
SPEC = {"target": "aarch64", "reference_instructions": {"O0": 4316366, "O1": 1815281, "O2": 1817302}}


def job(report: dict[str, Any] | None, exit_code: int | None = 0, timed_out: bool = False,
        stderr: bytes = b"") -> JobResult:
    files = {} if report is None else {"result.json": json.dumps(report).encode()}
    return JobResult(exit_code=exit_code, stdout=b"", stderr=stderr, files=files, wall_s=2.0, timed_out=timed_out)


def test_a_passing_candidate_is_counted_and_compared_with_the_O2_reference() -> None:
    provenance: dict[str, Any] = {"target": "aarch64"}
    ev = judge(SPEC, job(PASSED), QemuPluginCounter(), provenance)
    assert ev.verdict == Verdict.PASS and (ev.tests_passed, ev.tests_total) == (53, 53), ev.detail
    m = ev.measurement
    assert (m.instructions, m.counter, m.energy_source, m.energy_j) == (1817302, "qemu-plugin", ENERGY_SOURCE, None)
    assert m.extra == {"coverage": 1.0, "low_coverage": False, "static_instructions": 24, "uncovered": [],
                       "candidate_instructions": 1817049, "reference_instructions_O2": 1817302, "ratio_vs_O2": 1.0}
    assert provenance == {"target": "aarch64", "times": PASSED["times"]} and ev.provenance == provenance


def test_the_ratio_is_to_the_O2_reference() -> None:
    ev = judge(SPEC, job({**PASSED, "instructions": 908651}), QemuPluginCounter(), {})
    assert ev.measurement.extra["ratio_vs_O2"] == 908651 / 1817302
    for spec in ({"target": "aarch64"}, {**SPEC, "reference_instructions": {"O1": 5}},
                 {**SPEC, "reference_instructions": {"O2": 0}}):
        ev = judge(spec, job(PASSED), QemuPluginCounter(), {})
        assert ev.measurement.extra["ratio_vs_O2"] is None and ev.measurement.instructions == 1817302


@pytest.mark.parametrize("coverage, low", [(1.0, False), (LOW_COVERAGE, False), (LOW_COVERAGE - 0.0001, True), (0.0, True)])
def test_coverage_below_the_bar_is_flagged(coverage: float, low: bool) -> None:
    ev = judge(SPEC, job({**PASSED, "coverage": coverage, "uncovered": ["0x400a10"]}), QemuPluginCounter(), {})
    assert ev.verdict == Verdict.PASS and ev.measurement.extra["low_coverage"] is low
    assert ev.measurement.extra["coverage"] == coverage and ev.measurement.extra["uncovered"] == ["0x400a10"]


def test_a_pass_with_no_checks_passes_none() -> None:
    ev = judge(SPEC, job({**PASSED, "checks": 0}), QemuPluginCounter(), {})
    assert (ev.verdict, ev.tests_passed, ev.tests_total) == (Verdict.PASS, 0, 0)


def test_a_wrong_result_fails_with_the_checks_before_it() -> None:
    ev = judge(SPEC, job(FAILED), QemuPluginCounter(), {})
    assert (ev.verdict, ev.detail, ev.tests_passed, ev.measurement) == (
        Verdict.FAIL, "FAIL check 8 (edge): got 5, expected 17", 7, None)
    ev = judge(SPEC, job({**FAILED, "detail": "FAIL check 1 (edge): got 5, expected 17"}), QemuPluginCounter(), {})
    assert ev.tests_passed == 0
    ev = judge(SPEC, job({**FAILED, "detail": "FAIL check 12: 3 more results than checks [scored input]"}),
               QemuPluginCounter(), {})
    assert ev.tests_passed == 11
    ev = judge(SPEC, job({**FAILED, "detail": "tests: exit status 3: "}), QemuPluginCounter(), {})
    assert (ev.verdict, ev.tests_passed) == (Verdict.FAIL, 0)


@pytest.mark.parametrize("status", sorted(set(STATUS_VERDICTS)))
def test_every_status_of_the_runner_has_its_verdict(status: str) -> None:
    detail = "scored input: made a refused system call (syscall 220: ...)"
    provenance: dict[str, Any] = {}
    ev = judge(SPEC, job({"times": {"assemble": 0.01}, "status": status, "detail": detail}), QemuPluginCounter(),
               provenance)
    assert (ev.verdict, ev.detail, ev.tests_passed, ev.measurement) == (STATUS_VERDICTS[status], detail, 0, None)
    assert provenance == {"times": {"assemble": 0.01}}


@pytest.mark.parametrize("result, reason", [
    (job(PASSED, timed_out=True, exit_code=None), "the check job exceeded its time limit"),
    (job(PASSED, exit_code=-9, stderr=b"x" * 600 + b"  killed\n"), "the ISA runner failed (exit -9): " + "x" * 492 + "  killed"),
    (job(PASSED, exit_code=1), "the ISA runner failed (exit 1): "),
    (job(None), "the runner wrote no result.json"),
    (job({**PASSED, "checks": None}), "the ISA runner's result.json is incomplete: checks"),
    (job({k: v for k, v in PASSED.items() if k not in ("coverage", "instructions")}),
     "the ISA runner's result.json is incomplete: instructions, coverage"),
    (job({**PASSED, "status": "great"}), "the runner's result.json is unusable: status"),
], ids=["job-timeout", "runner-killed", "runner-failed", "no-report", "no-checks", "incomplete", "unknown-status"])
def test_a_job_without_a_usable_report_is_not_judged(result: JobResult, reason: str) -> None:
    provenance: dict[str, Any] = {}
    ev = judge(SPEC, result, QemuPluginCounter(), provenance)
    timeout = result.timed_out
    assert ev.verdict == (Verdict.TIMEOUT if timeout else Verdict.MEASURE_ERROR) and ev.detail.startswith(reason), ev.detail
    assert provenance == {} and ev.measurement is None and ev.tests_passed == 0


def test_a_failing_report_needs_none_of_a_passing_ones_fields() -> None:
    ev = judge(SPEC, job({"status": "assemble", "detail": "candidate.s:3: Error: unknown mnemonic"}), QemuPluginCounter(), {})
    assert (ev.verdict, ev.detail) == (Verdict.ASSEMBLE_ERROR, "candidate.s:3: Error: unknown mnemonic")


def test_a_count_the_counter_cannot_read_is_a_measurement_error() -> None:
    ev = judge(SPEC, job({**PASSED, "instructions": -1}), QemuPluginCounter(), {})
    assert (ev.verdict, ev.detail) == (Verdict.MEASURE_ERROR, "the qemu plugin reported no count")
    ev = judge(SPEC, job(PASSED), CallgrindCounter(), {})  # a counter that reads its own files, which this job lacks
    assert ev.verdict == Verdict.MEASURE_ERROR and ev.measurement is None


def test_the_jobs_limits_leave_room_for_every_run_and_the_tools() -> None:
    limits = job_limits(RUN_TIMEOUT_S)
    assert limits.timeout_s == RUNS * RUN_TIMEOUT_S + TOOLS_S == 140.0
    assert limits.cpu_s == 140 and limits.memory_mb == 2048 and limits.nproc == 64
    assert job_limits(5.5).timeout_s == 4 * 5.5 + TOOLS_S and job_limits(5.5).cpu_s == 82
