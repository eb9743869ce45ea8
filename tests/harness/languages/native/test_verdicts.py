"""Whole programs' verdicts and counts decided from what the sandbox reported, without running
anything: a genuine callgrind dump (``dumps/honest_sum.callgrind.gz``: a C program summing
``3 1 2 3``, counted with the runner's valgrind flags in a bwrap sandbox at ``/scratch/runs/c0``)
and the forgeries the attacks in ``attacks/`` leave in the dump FIFO, read by the runner's own
parser, then judged by the host.  The attacks themselves run in ``test_attacks.py`` (minutes)."""

from __future__ import annotations

import copy
import functools
import gzip
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.languages.native.evaluate import (COUNTED_SLACK_S, MIN_COUNTED_RATE, NATIVE_START_S, OUTPUT_CAP,
                                               REFUSED_EXIT, RunnerReport, Run, counted_floor, dump_count,
                                               foreign_code, judge, native_floor, refused_source, time_limit,
                                               _report)
from sandboxes.energy import ESTIMATE_LABEL
from sandboxes.executor import JobResult
from tasks.results import Verdict
from tasks.schema import Reference, Task, TestCase

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "harness" / "languages"))  # the runner's sibling reaper.py
from harness.languages.native.payload.runner import dump_summary  # noqa: E402

HONEST = gzip.decompress((Path(__file__).with_name("dumps") / "honest_sum.callgrind.gz").read_bytes()).decode()
PID = int(re.search(r"^pid: (\d+)$", HONEST, re.M)[1])
TOTAL = int(re.search(r"^totals: (\d+)$", HONEST, re.M)[1])
BLOCKS = int(re.search(r"^desc: Timerange: Basic block 0 - (\d+)$", HONEST, re.M)[1])
CWD = "/scratch/runs/c0"
FORGED = ("# callgrind format\nversion: 1\npid: {pid}\ndesc: Timerange: Basic block 0 - 1000\n"
          "desc: Trigger: Program termination\nsummary: 5000\ntotals: 5000\n")
"""What ``attacks/forge_dump.py`` writes into the FIFO (with its own pid) while it runs."""


@functools.lru_cache
def summary(text: str, pid: int) -> dict[str, Any]:
    return dump_summary(text, pid)


def counted(text: str = HONEST, pid: int = PID, **fields: Any) -> Run:
    """A counted run as the runner reports it: the dump FIFO's text read by its own parser."""
    return Run(**{"exit": 0, "stdout": "6\n", "cpu_s": 0.5, "user_s": 0.45, "wall_s": 0.6,
                  "dump": {**copy.deepcopy(summary(text, pid)), "cwd": CWD}, **fields})


def replaced(pattern: str, new: str, text: str = HONEST) -> str:
    out, n = re.subn(pattern, new, text, flags=re.M)
    assert n == 1, pattern
    return out


def test_the_genuine_dump_counts_its_total() -> None:
    assert TOTAL > BLOCKS > 0
    assert dump_count(counted()) == TOTAL
    assert foreign_code(counted(), "prog") is None
    assert foreign_code(counted(), None) is None


@pytest.mark.parametrize("text, pid, problem", [
    (FORGED.format(pid=PID) + HONEST, PID, "not the program's own (2 totals, 2 headers"),  # forge_dump.py
    (HONEST + FORGED.format(pid=PID), PID, "not the program's own (2 totals, 2 headers"),
    (HONEST + replaced("^pid: .*$", "pid: 4242"), PID, "pids ['%d', '4242']" % PID),  # a forked child's dump too
    (replaced("^desc: Trigger: .*$", "desc: Trigger: Client Request: dump"), PID, "triggers ['Client Request: dump']"),
    (HONEST, PID + 1, "not the program's own"),  # callgrind's dump, but of another process
    (replaced("^totals: .*$", "totals: 900\ntotals: 900"), PID, "(2 totals"),
    (replaced("^version: 1$", "version: 1\nversion: 1"), PID, "not the program's own"),
    ("\n" + HONEST, PID, "not the program's own"),  # text before callgrind's header
    (replaced("^summary: .*$", "summary: 1\nsummary: 1"), PID, "not the program's own"),
    (replaced("^desc: Timerange: .*$", "desc: Timerange: Basic block 0 - 9\ndesc: Timerange: Basic block 0 - 9"), PID,
     "not the program's own"),
    (replaced("^pid: .*$", f"pid: {PID}\npid: {PID}"), PID, "not the program's own"),
    ("totals: 5000\n", PID, "(1 totals, 0 headers"),
    ("", PID, "callgrind wrote no dump"),
    ("garbage the program wrote\n", PID, "not the program's own (0 totals"),
    (replaced("^totals: .*$", "totals: 0x1000"), PID, "callgrind's total is not a number: '0x1000'"),
    (replaced("^desc: Timerange: .*$", "desc: Timerange: Basic block 0 - 9 and more"), PID,
     "time range is unreadable: 'Basic block 0 - 9 and more'"),
    # CALLGRIND_ZERO_STATS late in the run (zero_stats_gadget.cpp): the totals restart, the block count does not
    (replaced("^totals: .*$", "totals: 500", replaced("^summary: .*$", "summary: 500")), PID,
     f"500 instructions in {BLOCKS:,} executed basic blocks (the counters were zeroed or stopped)"),
    (replaced("^summary: .*$", "summary: 12"), PID, "callgrind's summary 12 differs from its total"),
], ids=["forged-before", "forged-after", "child-dump", "client-request-trigger", "other-pid", "two-totals",
        "two-versions", "not-at-start", "two-summaries", "two-timeranges", "two-pids", "bare-total", "empty", "garbage",
        "total-not-a-number", "timerange-unreadable", "zeroed", "summary-not-total"])
def test_a_dump_not_untouched_and_alone_is_refused(text: str, pid: int, problem: str) -> None:
    count = dump_count(counted(text, pid))
    assert isinstance(count, str) and problem in count, count


def test_no_dump_at_all_is_refused() -> None:
    assert "callgrind wrote no dump" in str(dump_count(Run()))
    assert dump_count(Run(dump={"bytes": 3})) == "callgrind's dump is not the program's own (0 totals, 0 headers, pids [], triggers [])"


def test_what_a_refusal_shows_of_the_dump_is_bounded() -> None:
    six = "".join(replaced("^pid: .*$", f"pid: {p}") for p in range(6))
    assert dump_count(counted(six)) == ("callgrind's dump is not the program's own (6 totals, 6 headers, pids ['0', '1', "
                                        "'2', '3'], triggers ['Program termination', 'Program termination', "
                                        "'Program termination', 'Program termination'])")
    assert dump_count(counted(replaced("^totals: .*$", "totals: " + "9" * 30 + "x" * 30))) == (
        f"callgrind's total is not a number: '{'9' * 30 + 'x' * 10}'")
    assert dump_count(counted(replaced("^summary: .*$", "summary: " + "12345" * 6))) == (
        "callgrind's summary 12345123451234512345 differs from its total (the counters were zeroed)")
    assert dump_count(counted(replaced("^desc: Timerange: .*$", "desc: Timerange: " + "b" * 80))) == (
        f"callgrind's time range is unreadable: '{'b' * 60}'")


@pytest.mark.parametrize("start, total, ok", [(0, 1000, True), (0, 999, False), (500, 1000, True), (500, 999, False),
                                              (1000, 1000, True)])
def test_a_total_below_the_executed_blocks_is_refused(start: int, total: int, ok: bool) -> None:
    """Every executed block holds an instruction: ``Basic block a - b`` ran ``b - a`` blocks."""
    text = replaced("^desc: Timerange: .*$", f"desc: Timerange: Basic block {start} - {start + 1000}",
                    replaced("^totals: .*$", f"totals: {total}", replaced("^summary: .*$", f"summary: {total}")))
    count = dump_count(counted(text))
    assert count == total if ok else "executed basic blocks" in str(count), count


PRELOAD = "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"


def with_cost(obj: str, fn: str, n: int, text: str = HONEST) -> str:
    """The dump with ``n`` more instructions of ``fn`` in object ``obj``, as callgrind writes them."""
    return text.replace("\ntotals:", f"\nob={obj}\nfl=???\nfn={fn}\n0 {n}\n\ntotals:", 1)


@pytest.mark.parametrize("obj, fn, n, binary, problem", [
    (PRELOAD, "_vgnU_ifunc_wrapper", 7, "prog", "7 instructions in _vgnU_ifunc_wrapper of valgrind's preloaded "
                                               "vgpreload_core-amd64-linux.so (a client request)"),
    (PRELOAD, "_vgnU_freeres", 1, None, "_vgnU_freeres"),  # a Python program too
    (PRELOAD, "0x0000000000001100", 40, "prog", None),  # its unnamed start-up code: honest
    (PRELOAD, "_vgnU_ifunc_wrapper", 0, "prog", None),
    ("/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0", "g_main", 10, "prog",
     "10 instructions in /usr/lib/x86_64-linux-gnu/libglib-2.0.so.0, which the program may not run"),
    ("/scratch/runs/c0/other", "main", 10, "prog", "/scratch/runs/c0/other"),
    ("/scratch/runs/c0/prog", "main", 10, "other", "/scratch/runs/c0/prog"),
    ("/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0", "g_main", 10, None, None),  # an extension module's runtime
    ("/usr/lib/x86_64-linux-gnu/libm.so.6", "sin", 10, "prog", None),
    ("/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30", "_Znwm", 10, "prog", None),
    ("/lib64/libgcc_s.so.1", "_Unwind_Find_FDE", 10, "prog", None),
    ("???", "0x0000000004838278", 10, "prog", None),
])
def test_code_outside_the_program_and_its_runtime_is_refused(obj: str, fn: str, n: int, binary: str | None,
                                                              problem: str | None) -> None:
    found = foreign_code(counted(with_cost(obj, fn, n)), binary)
    assert found is None if problem is None else problem in str(found), found


def test_only_an_objects_file_name_makes_it_valgrinds() -> None:
    """A library of the program's own in a directory named like valgrind's is not a preloaded
    object (for a Python program, any library is its runtime's), and a long path is shown cut."""
    inside = with_cost("/usr/lib/python3/vgpreload_things/_speedups.so", "scan", 5)
    assert foreign_code(counted(inside), None) is None
    deep = "/usr/lib/" + "d" * 200 + "/libx.so"
    assert foreign_code(counted(with_cost(deep, "f", 5)), "prog") == (
        f"5 instructions in {deep[:120]}, which the program may not run (only its own code and its runtime's)")


def test_foreign_code_without_an_object_table() -> None:
    assert foreign_code(Run(), "prog") is None
    assert foreign_code(Run(dump={"objects": None}), "prog") is None
    assert foreign_code(Run(dump={"objects": {"self": {"/x/prog": 5}}}), "prog") is not None  # no cwd: not its own


def cpu_runs(*cpu: float | None) -> list[Run]:
    return [Run(exit=0, cpu_s=c) for c in cpu]


def test_counted_cpu_time_must_be_explained_by_the_count() -> None:
    slack2 = COUNTED_SLACK_S[0] + 2 * COUNTED_SLACK_S[1]
    assert counted_floor(cpu_runs(0.0, slack2), [0, 0]) is None  # at the slack exactly
    assert counted_floor(cpu_runs(0.0, slack2 + 0.001), [0, 0]) is not None
    # one second beyond start-up is explained by MIN_COUNTED_RATE instructions
    assert counted_floor(cpu_runs(0.3, 1.3 + slack2), [0, int(MIN_COUNTED_RATE)]) is None
    assert counted_floor(cpu_runs(0.3, 1.3 + slack2), [0, int(MIN_COUNTED_RATE * 0.99)]) is not None
    assert counted_floor(cpu_runs(0.3, 1.3 + slack2), [int(MIN_COUNTED_RATE * 0.99), 0]) is not None
    slack3 = COUNTED_SLACK_S[0] + 3 * COUNTED_SLACK_S[1]
    assert counted_floor(cpu_runs(2.0, 2.0 + slack3, 2.0), [5, 5, 5]) is None  # start-up is the cheapest run's
    assert counted_floor(cpu_runs(2.0, 2.01 + slack3, 2.0), [0, 0, 0]) is not None
    assert counted_floor(cpu_runs(None, 0.5, 0.7), [0, 0, 0]) is not None  # no CPU time reported: none spent
    assert counted_floor(cpu_runs(9.0), [0]) is None  # one run: nothing to compare its start-up with
    assert counted_floor([], []) is None
    detail = counted_floor(cpu_runs(0.25, 1.75), [1_000, 2_000])
    assert detail == ("3,000 instructions for counted runs that spent 1.50 s of CPU beyond start-up: implausibly few "
                      "(the count was tampered with)")


def test_native_cpu_time_must_be_explained_by_the_count() -> None:
    # two runs' start-up: 2 * NATIVE_START_S of CPU time needs no instruction
    assert native_floor(0, 2 * NATIVE_START_S, 2) is None
    assert native_floor(0, 2 * NATIVE_START_S + 1e-6, 2) is not None
    # 10 ms beyond start-up: at least 0.05 instructions per ns, 500,000
    cpu = 2 * NATIVE_START_S + 0.01
    assert native_floor(500_001, cpu, 2) is None
    assert native_floor(499_000, cpu, 2) is not None
    assert native_floor(499_000, NATIVE_START_S + 0.01, 1) is not None
    assert native_floor(10**9, 1.0, 2) is None
    # 200 s beyond start-up: exactly 10^10 instructions at least, not one fewer
    assert native_floor(10**10, 200.0 + 2 * NATIVE_START_S, 2) is None
    assert native_floor(10**10 - 5, 200.0 + 2 * NATIVE_START_S, 2) is not None
    assert native_floor(1_000, 0.5, 3) == ("1,000 instructions for runs that used 500.0 ms of CPU: implausibly few "
                                           "(the count was tampered with)")


@pytest.mark.parametrize("run, verdict, detail", [
    (Run(exit=0), None, None),
    (Run(exit=REFUSED_EXIT, stderr="noise\nergon-refused: open /etc/passwd\nmore\n"), Verdict.TAMPERED,
     "refused open /etc/passwd"),
    (Run(exit=REFUSED_EXIT, stderr="ergon-refused: a\nergon-refused:  socket \n"), Verdict.TAMPERED, "refused socket"),
    (Run(exit=REFUSED_EXIT, stderr="ergon-refused: " + "x" * 300), Verdict.TAMPERED, "refused " + "x" * 200),
    (Run(exit=REFUSED_EXIT, stderr="its own exit status\n"), Verdict.ERROR, "exit status 97: its own exit status"),
    (Run(exit=1, stderr="ergon-refused: printed by the program\n"), Verdict.ERROR,
     "exit status 1: ergon-refused: printed by the program"),
    (Run(exit=0, left_processes=2), Verdict.TAMPERED, "left 2 process(es) running"),
    (Run(exit=None, timed_out=True, left_processes=1), Verdict.TAMPERED, "left 1 process(es) running"),
    (Run(exit=-9, timed_out=True, flooded=True), Verdict.TIMEOUT, "no exit within the wall-clock limit"),
    (Run(exit=-9, flooded=True), Verdict.OUTPUT_FLOOD, f"printed more than {OUTPUT_CAP >> 20} MiB"),
    (Run(exit=None), Verdict.CRASH, "no exit status"),
    (Run(exit=-signal.SIGXCPU), Verdict.TIMEOUT, "exceeded its CPU-time limit"),
    (Run(exit=-signal.SIGXFSZ), Verdict.RESOURCE, "tried to write into a file (programs may only print)"),
    (Run(exit=-signal.SIGKILL), Verdict.RESOURCE, "killed (memory limit)"),
    (Run(exit=-signal.SIGSEGV), Verdict.CRASH, "killed by SIGSEGV"),
    (Run(exit=-signal.SIGHUP), Verdict.CRASH, "killed by SIGHUP"),
    (Run(exit=-40), Verdict.CRASH, "killed by 40"),
    (Run(exit=3, stderr="first\nlast line\n\n"), Verdict.ERROR, "exit status 3: last line"),
    (Run(exit=3, stderr=""), Verdict.ERROR, "exit status 3: "),
    (Run(exit=2, stderr="y" * 400), Verdict.ERROR, "exit status 2: " + "y" * 300),
    (Run(exit=255), Verdict.ERROR, "exit status 255: "),
])
def test_a_run_that_did_not_finish_cleanly_decides_the_verdict(run: Run, verdict: Verdict | None,
                                                                detail: str | None) -> None:
    run.stdout = "0\n"
    ev = judge(task(TestCase(stdin="", stdout="0\n", label="t")), report(checked=[run]), None, {})
    if verdict is None:
        assert ev.verdict == Verdict.PASS, ev.detail
    else:
        assert (ev.verdict, ev.detail) == (verdict, f"run of test t: {detail}")


# Whole reports: the verdict and count of a program from its runner's report.

TESTS = (TestCase(stdin="3\n1 2 3\n", stdout="6\n", label="sample"), TestCase(stdin="1\n7\n", stdout="7\n"))


def task(*tests: TestCase, language: str = "c", **assets: Any) -> Task:
    tests = tests or TESTS
    return Task(id=f"t/{language}", suite="t", language=language, prompt="Sum.", tests=tests,
                references=tuple(Reference(tier=t, code="x") for t in ("slow", "mid", "fast")), assets=assets)


def report(status: str = "ran", counted: list[Run] | None = None, checked: list[Run] | None = None,
           detail: str = "") -> RunnerReport:
    if counted is None:
        counted = [counted_run("6\n", cpu_s=0.5), counted_run("7\n", cpu_s=0.52)]
    if checked is None:
        checked = [Run(exit=0, stdout="6\n", cpu_s=0.001, user_s=0.0008, wall_s=0.01),
                   Run(exit=0, stdout="7\n", cpu_s=0.002, user_s=0.0015, wall_s=0.02)]
    return RunnerReport(status=status, detail=detail, counted=counted, checked=checked)


def counted_run(stdout: str, text: str = HONEST, **fields: Any) -> Run:
    run = counted(text, **fields)
    run.stdout = stdout
    return run


def test_an_honest_report_passes_with_the_sum_of_its_counts() -> None:
    second = replaced("^totals: .*$", f"totals: {TOTAL + 11}", replaced("^summary: .*$", f"summary: {TOTAL + 11}"))
    ev = judge(task(), report(counted=[counted_run("6\n"), counted_run("7\n", second, cpu_s=0.52, user_s=0.5)]),
               "callgrind", {"executor": "here"})
    assert ev.verdict == Verdict.PASS and (ev.tests_passed, ev.tests_total) == (2, 2), ev.detail
    m = ev.measurement
    assert (m.instructions, m.counter) == (2 * TOTAL + 11, "callgrind")
    assert m.extra["test_counts"] == [TOTAL, TOTAL + 11]
    assert m.extra["counted_cpu_s"] == 1.02 and m.extra["counted_user_s"] == [0.45, 0.5]
    assert (m.extra["native_cpu_s"], m.extra["native_user_s"], m.extra["native_wall_s"]) == (0.003, 0.0023, 0.03)
    assert m.energy_j is not None and m.energy_j > 0 and m.energy_source == ESTIMATE_LABEL
    assert ev.provenance == {"executor": "here"}


def test_a_check_without_a_counter_judges_only_the_native_runs() -> None:
    forged = counted_run("6\n", FORGED.format(pid=PID) + HONEST)
    ev = judge(task(), report(counted=[forged]), None, {})
    assert ev.verdict == Verdict.PASS and ev.tests_passed == 2 and ev.measurement.instructions is None
    assert ev.measurement.extra == {"native_user_s": 0.0023, "native_wall_s": 0.03, "native_cpu_s": 0.003}


def test_times_are_kept_to_the_microsecond() -> None:
    r = report(checked=[Run(exit=0, stdout="6\n", cpu_s=0.00123449, user_s=0.00111151, wall_s=0.0300014),
                        Run(exit=0, stdout="7\n", cpu_s=0.00000004, user_s=0.0, wall_s=0.00000004)])
    r.counted[0].cpu_s, r.counted[1].cpu_s = 0.50000049, 0.50000002
    m = judge(task(), r, "callgrind", {}).measurement
    assert (m.extra["native_cpu_s"], m.extra["native_user_s"], m.extra["native_wall_s"], m.extra["counted_cpu_s"]) == (
        0.001235, 0.001112, 0.030001, 1.000001)


def test_runs_reporting_no_times_count_as_none() -> None:
    ev = judge(task(), report(checked=[Run(exit=0, stdout="6\n"), Run(exit=0, stdout="7\n")]), None, {})
    assert ev.verdict == Verdict.PASS
    assert ev.measurement.extra == {"native_user_s": 0.0, "native_wall_s": 0.0, "native_cpu_s": 0.0}
    ev = judge(task(), report(counted=[counted_run("6\n", cpu_s=None), counted_run("7\n", cpu_s=None)]), "callgrind", {})
    assert ev.verdict == Verdict.PASS and ev.measurement.extra["counted_cpu_s"] == 0.0


@pytest.mark.parametrize("which, counter, verdict, passed, detail", [
    ("counted", "callgrind", Verdict.FAIL, 0, "counted run of test 2: wrong output"),
    ("checked", "callgrind", Verdict.FAIL, 1, "run of test 2: wrong output"),
    ("checked", None, Verdict.FAIL, 1, "run of test 2: wrong output"),
    ("counted-first", "callgrind", Verdict.FAIL, 0, "counted run of test sample: wrong output"),
    ("checked-first", None, Verdict.FAIL, 0, "run of test sample: wrong output"),
])
def test_a_wrong_output_fails_with_the_tests_passed_before_it(which: str, counter: str | None, verdict: Verdict,
                                                               passed: int, detail: str) -> None:
    r = report()
    runs = r.counted if which.startswith("counted") else r.checked
    runs[0 if which.endswith("first") else 1].stdout = "8\n"
    ev = judge(task(), r, counter, {})
    assert (ev.verdict, ev.tests_passed, ev.tests_total, ev.detail) == (verdict, passed, 2, detail)
    assert ev.measurement is None


def test_the_tasks_output_rule_and_tolerance_decide_what_is_wrong() -> None:
    r = report(checked=[Run(exit=0, stdout="\n6\n"), Run(exit=0, stdout="7.0001\n")])
    assert judge(task(compare="judge0"), r, None, {}).verdict == Verdict.FAIL  # Judge0: a leading blank line counts
    assert judge(task(compare="tokens"), r, None, {}).verdict == Verdict.FAIL  # 7.0001 is not 7 without a tolerance
    loose = task().model_copy(update={"float_tolerance": 1e-3})
    assert judge(loose, r, None, {}).verdict == Verdict.PASS  # tokens by default


@pytest.mark.parametrize("forgery, problem", [
    (FORGED.format(pid=PID) + HONEST, "counted run of test 2: callgrind's dump is not the program's own"),
    (with_cost(PRELOAD, "_vgnU_ifunc_wrapper", 5), "counted run of test 2: 5 instructions in _vgnU_ifunc_wrapper"),
    (with_cost("/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0", "g", 5), "counted run of test 2: 5 instructions in /usr"),
], ids=["forged", "client-request", "other-library"])
def test_a_counted_run_with_a_forged_or_foreign_count_is_tampered(forgery: str, problem: str) -> None:
    r = report()
    r.counted[1] = counted_run("7\n", forgery)
    ev = judge(task(), r, "callgrind", {})
    assert ev.verdict == Verdict.TAMPERED and ev.detail.startswith(problem) and ev.tests_passed == 0, ev.detail


def test_a_python_program_may_run_any_library_but_not_valgrinds_code() -> None:
    r = report()
    r.counted[1] = counted_run("7\n", with_cost("/usr/lib/python3/lib-dynload/_json.so", "scan", 5))
    assert judge(task(language="python-program"), r, "callgrind", {}).verdict == Verdict.PASS
    r.counted[1] = counted_run("7\n", with_cost(PRELOAD, "_vgnU_freeres", 5))
    assert judge(task(language="python-program"), r, "callgrind", {}).verdict == Verdict.TAMPERED


def test_a_failed_run_is_judged_before_its_dump_or_output() -> None:
    r = report()
    r.counted[0] = counted_run("", "", exit=-signal.SIGSEGV)
    ev = judge(task(), r, "callgrind", {})
    assert (ev.verdict, ev.detail) == (Verdict.CRASH, "counted run of test sample: killed by SIGSEGV")


def test_a_detail_is_capped() -> None:
    r = report(checked=[Run(exit=1, stderr="z" * 300)])
    long = task(TestCase(stdin="", stdout="", label="n" * 400))
    ev = judge(long, r, None, {})
    assert ev.verdict == Verdict.ERROR and len(ev.detail) == 500 and ev.detail.startswith("run of test nnn")


@pytest.mark.parametrize("counted_n, checked_n, counter, detail", [
    (1, 2, "callgrind", "the runner reported 1 of 2 counted runs"),
    (2, 1, "callgrind", "the runner reported 1 of 2 runs"),
    (0, 1, None, "the runner reported 1 of 2 runs"),
    (2, 3, "callgrind", "the runner reported 3 of 2 runs"),
])
def test_missing_runs_are_a_measurement_error(counted_n: int, checked_n: int, counter: str | None, detail: str) -> None:
    r = report()
    r.counted, r.checked = (r.counted * 2)[:counted_n], (r.checked * 2)[:checked_n]
    ev = judge(task(), r, counter, {})
    assert (ev.verdict, ev.detail, ev.tests_total) == (Verdict.MEASURE_ERROR, detail, 2)


def test_implausibly_cheap_counts_are_tampered() -> None:
    r = report()
    r.counted[1].cpu_s = 0.5 + 1.0 + COUNTED_SLACK_S[0] + 2 * COUNTED_SLACK_S[1]
    ev = judge(task(), r, "callgrind", {})
    assert ev.verdict == Verdict.TAMPERED and "counted runs that spent" in ev.detail and ev.tests_passed == 2
    r = report()
    r.checked[1].cpu_s = 2 * NATIVE_START_S + 2 * TOTAL / 0.05e9  # more than twice what the count explains
    ev = judge(task(), r, "callgrind", {})
    assert (ev.verdict, ev.tests_passed, ev.tests_total) == (Verdict.TAMPERED, 2, 2)
    assert "instructions for runs that used" in ev.detail and ev.measurement is None
    assert judge(task(), r, None, {}).verdict == Verdict.PASS  # nothing counted, nothing to explain


@pytest.mark.parametrize("status, verdict", [("compile-resource", Verdict.RESOURCE), ("compile-error", Verdict.COMPILE_ERROR),
                                             ("tampered", Verdict.TAMPERED), ("setup", Verdict.MEASURE_ERROR)])
def test_a_program_that_never_ran_has_its_runners_verdict(status: str, verdict: Verdict) -> None:
    ev = judge(task(), report(status, detail="why"), "callgrind", {"p": 1})
    assert (ev.verdict, ev.detail, ev.tests_passed, ev.tests_total, ev.provenance) == (verdict, "why", 0, 2, {"p": 1})


def test_a_compiler_error_keeps_its_last_lines() -> None:
    ev = judge(task(), report("compile-error", detail="a" * 100 + "b" * 1500), None, {})
    assert ev.detail == "b" * 1500


@pytest.mark.parametrize("language, size, refused", [
    ("cpp", 64 * 1024, None), ("cpp", 64 * 1024 + 1, "the source is 65,537 bytes, over the 64 KiB limit for programs"),
    ("c", 64 * 1024 + 1, "64 KiB"), ("python-program", 32 * 1024, None), ("python-program", 32 * 1024 + 1, "32 KiB"),
])
def test_a_source_over_the_cap_is_refused(language: str, size: int, refused: str | None) -> None:
    found = refused_source(language, "x" * size)
    assert found is None if refused is None else refused in str(found), found


def test_the_source_cap_is_in_bytes() -> None:
    assert refused_source("python-program", "é" * (16 * 1024)) is None
    assert "32,770 bytes" in str(refused_source("python-program", "é" * (16 * 1024 + 1)))
    assert "32,772 bytes" in str(refused_source("python-program", "\udcff" * 10924))  # a lone surrogate: 3 bytes


@pytest.mark.parametrize("given, limit", [(None, 10), ("2", 2), ("2.5", 3), ("2.001", 3), ("0.4", 1), ("0", 1), ("-3", 1)])
def test_a_tasks_time_limit_is_whole_seconds_rounded_up(given: str | None, limit: int) -> None:
    assets = {} if given is None else {"time_limit_s": given}
    assert time_limit(task(**assets)) == limit


def job(files: dict[str, bytes], exit_code: int | None = 0, timed_out: bool = False, stderr: bytes = b"") -> JobResult:
    return JobResult(exit_code=exit_code, stdout=b"", stderr=stderr, files=files, wall_s=1.0, timed_out=timed_out)


def test_the_report_is_trusted_only_from_a_runner_that_exited_by_itself() -> None:
    sound = report().model_dump_json().encode()
    assert isinstance(_report(job({"result.json": sound})), RunnerReport)
    assert _report(job({"result.json": sound}, timed_out=True)) == "the program job exceeded its time limit"
    assert _report(job({"result.json": sound}, exit_code=-9, stderr=b"x" * 400 + b"end")) == (
        f"the program runner failed (exit -9): {'x' * 297}end")
    assert _report(job({"result.json": sound}, exit_code=1)) == "the program runner failed (exit 1): "
    assert _report(job({})) == "the runner wrote no result.json"
