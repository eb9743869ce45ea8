"""The third adversary's attacks on whole programs (``attacks/``), run through the public native
evaluate in the real bwrap sandbox under callgrind: each passed with a count it chose (31–91× below
honest) or read what it should not; each must now be refused, or pass only by doing the work."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import harness.languages.native  # noqa: F401  (registers cpp, c, python-program)
from harness.languages import EvalContext, language_for
from harness.languages.native.evaluate import MAX_SOURCE_BYTES, Run, dump_count, foreign_code
from sandboxes.counters import CallgrindCounter
from sandboxes.local import LocalExecutor
from tasks.results import Evaluation, Verdict
from tasks.schema import Reference, Task, TestCase

pytestmark = pytest.mark.needs("valgrind", "g++", "bwrap")
ATTACKS = Path(__file__).with_name("attacks")
HONEST_CPP = """#include <cstdio>
int main() { long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v; printf("%lld\\n", s); }
"""


def sum_tests(n: int = 50_000) -> tuple[TestCase, ...]:
    rng = random.Random(3)
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    return (TestCase(stdin="3\n1 2 3\n", stdout="6\n", label="sample"),
            TestCase(stdin=f"{len(values)}\n{' '.join(map(str, values))}\n", stdout=f"{sum(values)}\n", label="big"))


def evaluate(ctx: EvalContext, language: str, code: str, tests: tuple[TestCase, ...] | None = None) -> Evaluation:
    tests = tests or sum_tests()
    task = Task(id=f"adv3/{language}", suite="adv3", language=language, prompt="Read n, then n integers; print their sum.",
                tests=tests, references=tuple(Reference(tier=t, code=code) for t in ("slow", "mid", "fast")),
                assets={"compare": "pie"})
    return language_for(task).evaluate(task, code, ctx)


@pytest.fixture(scope="module")
def counting() -> EvalContext:
    return EvalContext(executor=LocalExecutor(), counter=CallgrindCounter())


@pytest.fixture(scope="module")
def honest(counting: EvalContext) -> int:
    ev = evaluate(counting, "cpp", HONEST_CPP)
    assert ev.verdict == Verdict.PASS, ev.detail
    return ev.measurement.instructions


def test_forged_dump_is_tampered(counting: EvalContext) -> None:
    """Text written into the dump FIFO shows up beside callgrind's own dump, which the program can
    no longer redirect (no descriptor of it, a read-only directory, no namespaces)."""
    ev = evaluate(counting, "cpp", (ATTACKS / "forge_dump.cpp").read_text())
    assert ev.verdict == Verdict.TAMPERED and "not the program's own" in ev.detail, (ev.verdict, ev.detail)


def test_forged_dump_from_python_is_tampered(counting: EvalContext) -> None:
    ev = evaluate(counting, "python-program", (ATTACKS / "forge_dump.py").read_text(), sum_tests(1000))
    assert ev.verdict == Verdict.TAMPERED, (ev.verdict, ev.detail)


def test_zeroed_counters_are_tampered(counting: EvalContext, honest: int) -> None:
    """CALLGRIND_ZERO_STATS through valgrind's own preloaded code: callgrind's count of executed
    basic blocks survives it, and a block holds at least one instruction."""
    ev = evaluate(counting, "cpp", (ATTACKS / "zero_stats_gadget.cpp").read_text())
    assert ev.verdict == Verdict.TAMPERED and "zeroed" in ev.detail, (ev.verdict, ev.detail)


def test_exec_out_of_the_count_is_refused(counting: EvalContext) -> None:
    """An execve under valgrind would run the program natively with the same pid, free to write a
    dump of its own while callgrind's never comes; the counted run may not exec (valgrind then
    ends it with status 101)."""
    ev = evaluate(counting, "cpp", (ATTACKS / "exec_escape.cpp").read_text())
    assert ev.verdict == Verdict.ERROR and "status 101" in ev.detail, (ev.verdict, ev.detail)


def test_answers_cached_by_the_counted_run_are_tampered(counting: EvalContext) -> None:
    ev = evaluate(counting, "cpp", (ATTACKS / "caches_answers.cpp").read_text())
    assert ev.verdict == Verdict.TAMPERED and "counted run 1 left" in ev.detail, (ev.verdict, ev.detail)


def test_job_file_and_namespaces_out_of_reach(counting: EvalContext, honest: int) -> None:
    """Neither the compiler nor the program can read the tests' inputs, nor make a namespace."""
    ev = evaluate(counting, "cpp", (ATTACKS / "reaches_out.cpp").read_text())
    assert ev.verdict == Verdict.PASS, (ev.verdict, ev.detail)
    assert ev.measurement.instructions > honest // 2


def test_oversized_source_is_refused_before_it_runs(counting: EvalContext) -> None:
    code = HONEST_CPP + "// " + "x" * MAX_SOURCE_BYTES["cpp"] + "\n"
    ev = evaluate(counting, "cpp", code)
    assert ev.verdict == Verdict.RESOURCE and "KiB" in ev.detail and ev.provenance.get("compile_s") is None


@pytest.mark.slow  # the compiler works for the whole 10 s CPU cap before it is stopped
def test_compile_time_answer_table_is_refused(counting: EvalContext) -> None:
    tests = (TestCase(stdin="10\n", stdout="4\n"), TestCase(stdin="1000000\n", stdout="78498\n"))
    ev = evaluate(counting, "cpp", (ATTACKS / "compile_time_table.cpp").read_text(), tests)
    assert ev.verdict == Verdict.RESOURCE and "CPU time" in ev.detail, (ev.verdict, ev.detail)
    assert ev.provenance["compile_cpu_s"] >= ev.provenance["compile_cpu_cap_s"] - 1


def dump(pid: int, total: int, blocks: int, summary: int | None = None, extra: str = "") -> dict:
    """What the runner reports of the dump FIFO's text (``_dump_summary``) for one well-formed dump."""
    return {"pids": [str(pid)], "triggers": ["Program termination"], "totals": [str(total)],
            "summaries": [str(total if summary is None else summary)], "timeranges": [f"Basic block 0 - {blocks}"],
            "headers": 1, "versions": 1, "starts_clean": not extra, "bytes": 900, "expected_pid": str(pid)}


@pytest.mark.parametrize("fields, problem", [
    ({}, None),
    ({"blocks": 3_000_000}, "basic blocks"),
    ({"summary": 10}, "summary"),
    ({"extra": "forged text first"}, "not the program's own"),
], ids=["own", "fewer-instructions-than-blocks", "summary-not-total", "text-before-the-dump"])
def test_dump_count_accepts_only_one_untouched_dump(fields: dict, problem: str | None) -> None:
    kw = {"total": 1_000_000, "blocks": 200_000, **fields}
    count = dump_count(Run(dump=dump(7, **kw)))
    if problem is None:
        assert count == 1_000_000
    else:
        assert isinstance(count, str) and problem in count, count
    twice = dump(7, 1_000_000, 200_000)
    twice.update(headers=2, totals=["1000000", "5"], pids=["7", "7"])
    assert "not the program's own" in str(dump_count(Run(dump=twice)))


# The fourth adversary's attacks (/work/adv4 at the time): each passed 15–156x below honest.

def primes_tests(*ns: int) -> tuple[TestCase, ...]:
    def pi(n: int) -> int:
        sieve = bytearray([1]) * (n + 1)
        sieve[:2] = b"\0\0"[: n + 1]
        for p in range(2, int(n ** 0.5) + 1):
            if sieve[p]:
                sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        return sum(sieve)
    return tuple(TestCase(stdin=f"{n}\n", stdout=f"{pi(n)}\n", label=f"n={n}") for n in ns)


def test_calls_out_of_the_process_are_refused(counting: EvalContext) -> None:
    """The kernel keyring (state that outlives a run: an answer the counted run stores, the native
    run reads), BPF and sockets (work the kernel does as system time), a seccomp filter of the
    program's own, System V IPC, io_uring, userfaultfd, perf_event_open, ptrace, process_vm_*:
    each is refused, counted and native (the probe prints "refused" or the errno it got)."""
    names = ("add_key keyctl request_key bpf socket socketpair seccomp prctl_seccomp shmget msgget semget "
             "io_uring_setup userfaultfd perf_event_open ptrace process_vm_readv").split()
    expected = "".join(f"{name} refused\n" for name in names)
    ev = evaluate(counting, "c", (ATTACKS / "denied_calls.c").read_text(), (TestCase(stdin="", stdout=expected),))
    assert ev.verdict == Verdict.PASS, (ev.verdict, ev.detail)


def test_sum_in_a_kernel_bpf_filter_is_refused(counting: EvalContext) -> None:
    """A classic BPF socket filter parsed and summed the input in the kernel (system time, no
    instructions counted): 15x below honest.  Sockets are refused, so the program cannot start."""
    rng = random.Random(5)
    values = [rng.randint(0, 10**6) for _ in range(50_000)]  # the range the filter's parser handles
    tests = (TestCase(stdin="3\n1 2 3\n", stdout="6\n"),
             TestCase(stdin=f"{len(values)}\n{' '.join(map(str, values))}\n", stdout=f"{sum(values)}\n"))
    ev = evaluate(counting, "c", (ATTACKS / "sum_kernel_bpf.c").read_text(), tests)
    assert ev.verdict == Verdict.ERROR and "counted run" in ev.detail, (ev.verdict, ev.detail)


@pytest.mark.parametrize("attack", ["primes_gadget_call2.c", "primes_keyring.c"])
def test_native_call_through_valgrinds_preloaded_code_is_tampered(counting: EvalContext, attack: str) -> None:
    """Valgrind's "call natively" request, reached by a jump into its own preloaded
    ``_vgnU_ifunc_wrapper``, ran the sieve on the real CPU uncounted (47x below honest; with the
    answer cached in the kernel keyring for the native run, 156x): the dump's costs show
    instructions in that function, which honest programs never run."""
    ev = evaluate(counting, "c", (ATTACKS / attack).read_text(), primes_tests(10, 200_000))
    assert ev.verdict == Verdict.TAMPERED and "_vgnU_ifunc_wrapper" in ev.detail, (ev.verdict, ev.detail)


def test_code_in_other_libraries_is_tampered() -> None:
    """A compiled program may run only its own code and its runtime's: any other library (dlopen)
    may hold client requests of its own."""
    own = {"/usr/lib/x86_64-linux-gnu/libc.so.6": 6000, "/r/runs/c0/prog": 900, "???": 22,
           "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so": 30}
    run = Run(dump={"cwd": "/r/runs/c0", "objects": {"self": own, "foreign": [
        ["/usr/libexec/valgrind/vgpreload_core-amd64-linux.so", "0x0000000000001050", 5]]}})
    assert foreign_code(run, "prog") is None
    run.dump["objects"]["self"]["/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0"] = 10
    assert "libglib" in str(foreign_code(run, "prog"))
    assert foreign_code(run, None) is None  # a Python program's extension modules are its runtime's
