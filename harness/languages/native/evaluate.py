"""Evaluate a whole program (C, C++ or Python; stdin → stdout) on a task's tests.

One sandbox job (``payload/runner.py``) builds the program with the language's pinned toolchain,
counts it under callgrind on every test's input, one fresh process per test and before any other
run, then runs it natively on every test.  The score is the total count over all tests, as PIE
sums runtimes over a problem's tests (``agg_runtime``): no input is singled out, so none is worth
recognising.  Outputs of both the counted and the native runs are compared here, on the host,
under the task's output rule (``compare.py``); expected outputs never enter the sandbox.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import signal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from harness.languages import REAPER, EvalContext, read_report
from harness.languages.native.compare import matches
from harness.languages.native.toolchains import TOOLCHAINS
from sandboxes.energy import ESTIMATE_LABEL, estimate_j
from sandboxes.executor import Job, JobResult, Limits
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import TestCase, Task

PAYLOAD_DIR = Path(__file__).with_name("payload")
PAYLOAD = ("runner.py", "boot.py")
RESULT_FILE = "result.json"
TIME_LIMIT_S = 10
"""CPU seconds a native run may take unless the task says otherwise (``assets["time_limit_s"]``);
PIE's own limit for running a binary (``timeout_seconds_binary``)."""
COUNT_FACTOR = 40
"""A counted run may take this many times the native limit in CPU time: callgrind runs C ≈25–50×
slower than native, Python up to ≈80×, but honest programs rarely come near the native limit.  The
counted runs come first, so a program that spins costs this much of one test's CPU before it fails."""
COMPILE_TIMEOUT_S = 120.0
COMPILE_CPU_S = 10
"""CPU seconds the compiler may use: honest programs build in 0.1–2 s, and work the compiler does
(``constexpr`` tables of answers) is never counted; a build over the cap is ``resource``."""
MAX_SOURCE_BYTES = {"cpp": 64 * 1024, "c": 64 * 1024, "python-program": 32 * 1024}
"""A program's source may hold no more than this: a table of answers costs source bytes, and
every task's input space is too large for this much of one to beat honest work (PIE's programs are
a few KiB; the Python bound is the function-level one)."""
OUTPUT_CAP = 8 << 20
REFUSED_EXIT = 97
"""``boot.py``'s exit status for an operation the sealed Python program tried and was refused."""
MIN_INSTRUCTIONS_PER_NS = 0.05
"""A native program retires about 0.5–4 instructions per nanosecond of CPU time (user + system: work a program hands the kernel, e.g. to a BPF filter, is its work too); a count far
below that for the CPU time its native runs took means the count was tampered with (work run
outside the count, e.g. by a client request that calls code on the real CPU)."""
NATIVE_START_S = 0.005
"""User CPU time a native run may spend starting (the dynamic loader, a busy machine's cache
misses) before the native floor counts it: 2–4 ms measured for a C++ program that prints a line."""
MIN_COUNTED_RATE = 2e6
"""Instructions callgrind counts per second of the counted runs' CPU time, at the least, once
start-up is set aside; honest programs measured 44 (libm ``sin``/``log``) to 175 million
(``benchmarks/native_floor.py``).  Work done under valgrind but left out of the count (collection
stopped, counters zeroed) shows up as CPU time the count does not explain; valgrind's start-up
varies by ±0.1 s from run to run, so only hidden work of more than about half a second of counted
CPU (≈100 million instructions) is caught this way — the exact checks of ``dump_count`` come first."""
COUNTED_SLACK_S = (0.2, 0.05)
"""CPU seconds left unexplained before the counted floor binds: fixed, and per test (valgrind's
start-up varies by a few tens of milliseconds from run to run)."""
VALGRIND = ("valgrind", "--tool=callgrind", "--vgdb=no", "--dump-line=no", "--compress-strings=no",
            "--callgrind-out-file={dump}")
"""The whole process is counted (no client requests, collection on from the start); the dump goes
into a FIFO the executor made where the program can neither remove nor replace it."""


class Run(BaseModel):
    exit: int | None = None
    timed_out: bool = False
    flooded: bool = False
    stdout: str = ""
    stderr: str = ""
    cpu_s: float | None = None
    user_s: float | None = None
    wall_s: float | None = None
    left_processes: int = 0
    dump: dict[str, Any] | None = None


class RunnerReport(BaseModel):
    status: Literal["ran", "compile-error", "compile-resource", "tampered", "setup"]
    detail: str = ""
    compiler: str | None = None
    compile_s: float | None = None
    compile_cpu_s: float | None = None
    counted: list[Run] = []
    checked: list[Run] = []


@functools.cache
def payload() -> tuple[tuple[str, bytes], ...]:
    return (*((name, (PAYLOAD_DIR / name).read_bytes()) for name in PAYLOAD), REAPER)


@functools.cache
def payload_version() -> str:
    return hashlib.sha256(b"".join(n.encode() + data for n, data in payload())).hexdigest()[:12]


def time_limit(task: Task) -> int:
    return max(1, int(float(task.assets.get("time_limit_s", TIME_LIMIT_S)) + 0.999))


def build_job(task: Task, code: str, counting: bool) -> Job:
    chain = TOOLCHAINS[task.language]
    limit = time_limit(task)
    tests = [t.stdin or "" for t in task.tests]
    spec = {
        "compile": list(chain.compile) if chain.compile else None, "binary": chain.binary,
        "program": list(chain.program), "version_argv": list(chain.version) if chain.version else None,
        "tests": tests, "run_cpu_s": limit, "count_cpu_s": COUNT_FACTOR * limit,
        "compile_timeout_s": COMPILE_TIMEOUT_S, "compile_cpu_s": COMPILE_CPU_S,
        "counter_prefix": list(VALGRIND) if counting else None,
        "output_cap": OUTPUT_CAP, "env": dict(chain.env), "run_files": list(chain.run_files),
    }
    files = dict(payload())
    files[chain.source] = code.encode("utf-8", "surrogatepass")
    files["job.json"] = json.dumps(spec).encode()
    per_test = (COUNT_FACTOR * limit if counting else 0) + limit
    total = COMPILE_TIMEOUT_S + len(tests) * (4 * per_test + 40)
    return Job(argv=("{python}", "-S", "runner.py"), files=files,
               limits=Limits(timeout_s=total, cpu_s=int(COMPILE_TIMEOUT_S + len(tests) * per_test * 2) + 60,
                             memory_mb=4096, nproc=64),
               collect=(RESULT_FILE,), pipes=("dump",) if counting else ())


def _run_verdict(run: Run, what: str) -> tuple[Verdict, str] | None:
    """Why a run failed before its output could be compared, or ``None``."""
    if run.exit == REFUSED_EXIT and "ergon-refused:" in run.stderr:
        refused = run.stderr.rsplit("ergon-refused:", 1)[1].strip().splitlines()[0][:200]
        return Verdict.TAMPERED, f"{what}: refused {refused}"
    if run.left_processes:
        return Verdict.TAMPERED, f"{what}: left {run.left_processes} process(es) running"
    if run.timed_out:
        return Verdict.TIMEOUT, f"{what}: no exit within the wall-clock limit"
    if run.flooded:
        return Verdict.OUTPUT_FLOOD, f"{what}: printed more than {OUTPUT_CAP >> 20} MiB"
    code = run.exit
    if code is None:
        return Verdict.CRASH, f"{what}: no exit status"
    if code < 0:
        sig = -code
        if sig == signal.SIGXCPU:
            return Verdict.TIMEOUT, f"{what}: exceeded its CPU-time limit"
        if sig == signal.SIGXFSZ:
            return Verdict.RESOURCE, f"{what}: tried to write into a file (programs may only print)"
        if sig == signal.SIGKILL:
            return Verdict.RESOURCE, f"{what}: killed (memory limit)"
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return Verdict.CRASH, f"{what}: killed by {name}"
    if code != 0:
        tail = run.stderr.strip().splitlines()[-1:] or [""]
        return Verdict.ERROR, f"{what}: exit status {code}: {tail[0][:300]}"
    return None


def dump_count(run: Run) -> int | str:
    """The run's instruction count from what arrived in callgrind's dump FIFO, or why there is none
    to trust.

    Exactly one dump must have arrived and nothing else: of the process the runner started,
    written at its termination, with one total.  A forked child's dump, a dump forced by a client
    request or text the program wrote into the FIFO itself all show up as more (or other) lines.
    And every basic block callgrind executed holds at least one instruction, so a total below the
    dump's count of executed blocks means the counters were zeroed or collection stopped midway.
    """
    d = run.dump or {}
    pids, triggers, totals = d.get("pids", []), d.get("triggers", []), d.get("totals", [])
    if not totals and d.get("bytes", 0) == 0:
        return "callgrind wrote no dump (the program killed itself or closed its descriptors)"
    own = (len(totals) == 1 and len(pids) == 1 and triggers == ["Program termination"]
           and pids[0] == d.get("expected_pid") and d.get("headers") == 1 and d.get("versions") == 1
           and d.get("starts_clean") and len(d.get("summaries", [])) == 1 and len(d.get("timeranges", [])) == 1)
    if not own:
        return (f"callgrind's dump is not the program's own ({len(totals)} totals, {d.get('headers', 0)} headers, "
                f"pids {pids[:4]}, triggers {triggers[:4]})")
    try:
        count = int(totals[0])
    except ValueError:
        return f"callgrind's total is not a number: {totals[0][:40]!r}"
    blocks = re.fullmatch(r"Basic block (\d+) - (\d+)", d["timeranges"][0])
    if blocks is None:
        return f"callgrind's time range is unreadable: {d['timeranges'][0][:60]!r}"
    executed = int(blocks[2]) - int(blocks[1])
    if count < executed:
        return f"{count:,} instructions in {executed:,} executed basic blocks (the counters were zeroed or stopped)"
    if d["summaries"] != totals:
        return f"callgrind's summary {d['summaries'][0][:20]} differs from its total (the counters were zeroed)"
    return count


SYSTEM_OBJECTS = re.compile(r"^/(usr/)?(lib|lib64|libexec)/([^/]+/)*(ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6"
                            r"|libmvec\.so\.1|libstdc\+\+\.so\.6[.0-9]*|libgcc_s\.so\.1|vgpreload_core-amd64-linux\.so)$")
"""The objects whose code a compiled program may run: the C and C++ runtimes (the build links
nothing else), ld.so, and valgrind's preloaded core (its start-up code only, see
:func:`foreign_code`).  Any other library (``dlopen``) may hold valgrind client requests of its own."""


def foreign_code(run: Run, binary: str | None) -> str | None:
    """Why the run's count shows code that ran work outside the count, or ``None``.

    Valgrind's "call natively" client request runs a guest function on the real CPU, uncounted;
    the request is only a few instructions, and lies in valgrind's own preloaded object
    (``_vgnU_ifunc_wrapper``, ``_vgnU_freeres``: reachable by a jump, no preamble in the binary)
    or in any other library holding requests.  So a cost in a named function of a ``vgpreload``
    object (honest runs spend ~30 instructions there, all in its unnamed ELF start-up and exit
    code) is ``tampered``, and so (for a compiled program, ``binary``) is a cost in any object
    but the program itself (in its run directory) and ``SYSTEM_OBJECTS``.  Code in no file
    (``???``) is not judged: honest runs show it too (ELF ``.init``/``.plt`` stubs).
    """
    objects = (run.dump or {}).get("objects") or {}
    for obj, fn, n in objects.get("foreign", []):
        if "vgpreload" in obj.rsplit("/", 1)[-1] and n and not fn.startswith("0x"):
            return f"{n:,} instructions in {fn} of valgrind's preloaded {obj.rsplit('/', 1)[-1]} (a client request)"
    if binary is None:
        return None
    own = f"{(run.dump or {}).get('cwd', '')}/{binary}"
    for obj, n in (objects.get("self") or {}).items():
        if n and obj not in ("???", own) and not SYSTEM_OBJECTS.match(obj):
            return f"{n:,} instructions in {obj[:120]}, which the program may not run (only its own code and its runtime's)"
    return None


def counted_floor(counted: list[Run], counts: list[int]) -> str | None:
    """Why the counted runs' CPU time is implausible for their counts, or ``None``.

    Each run's start-up (valgrind's and the program's) is taken as the cheapest run's CPU
    time; what the runs spent beyond it must be explained by what they counted, at no less than
    ``MIN_COUNTED_RATE``.  The program cannot spend its work's CPU time elsewhere: the counted run
    is the first to see each input.
    """
    users = [r.cpu_s or 0.0 for r in counted]
    if len(users) < 2:
        return None
    start = min(users)
    unexplained = sum(u - start for u in users) - sum(counts) / MIN_COUNTED_RATE
    slack = COUNTED_SLACK_S[0] + COUNTED_SLACK_S[1] * len(users)
    if unexplained > slack:
        return (f"{sum(counts):,} instructions for counted runs that spent {sum(users) - start * len(users):.2f} s of CPU "
                "beyond start-up: implausibly few (the count was tampered with)")
    return None


def native_floor(instructions: int, cpu_s: float, tests: int) -> str | None:
    """Why the count is implausibly low for the CPU time the native runs took, or ``None``: at
    least ``MIN_INSTRUCTIONS_PER_NS`` for each nanosecond beyond ``NATIVE_START_S`` per run."""
    if instructions < MIN_INSTRUCTIONS_PER_NS * (cpu_s - NATIVE_START_S * tests) * 1e9:
        return (f"{instructions:,} instructions for runs that used {cpu_s * 1e3:.1f} ms of CPU: "
                "implausibly few (the count was tampered with)")
    return None


def refused_source(language: str, code: str) -> str | None:
    """Why the source is refused before anything runs (over ``MAX_SOURCE_BYTES``), or ``None``."""
    size, cap = len(code.encode("utf-8", "surrogatepass")), MAX_SOURCE_BYTES[language]
    if size > cap:
        return f"the source is {size:,} bytes, over the {cap // 1024} KiB limit for programs"
    return None


def evaluate(task: Task, code: str, ctx: EvalContext) -> Evaluation:
    chain = TOOLCHAINS[task.language]
    env = ctx.executor.environment()
    counter = ctx.counter
    provenance: dict[str, Any] = {
        "executor": env.executor, "fingerprint": env.fingerprint, "task_hash": task.content_hash,
        "payload": payload_version(), "build": " ".join(chain.compile) if chain.compile else None,
        "python": env.versions.get("python"), "counter": counter.name if counter else None,
        **({"valgrind": env.versions["valgrind"]} if "valgrind" in env.versions else {}),
    }
    total = len(task.tests)
    if counter is not None and counter.name != "callgrind":
        return Evaluation(verdict=Verdict.MEASURE_ERROR, provenance=provenance, tests_total=total,
                          detail=f"whole programs are counted with callgrind, not {counter.name}")
    if (refused := refused_source(task.language, code)) is not None:
        return Evaluation(verdict=Verdict.RESOURCE, provenance=provenance, tests_total=total, detail=refused)
    result = ctx.executor.run(build_job(task, code, counter is not None))
    report = _report(result)
    if isinstance(report, str):
        return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=report, provenance=provenance, tests_total=total)
    provenance.update(compiler=report.compiler, compile_s=report.compile_s, compile_cpu_s=report.compile_cpu_s,
                      compile_cpu_cap_s=COMPILE_CPU_S if chain.compile else None)
    return judge(task, report, counter.name if counter else None, provenance)


def judge(task: Task, report: RunnerReport, counter: str | None, provenance: dict[str, Any]) -> Evaluation:
    """The verdict and count of a program from its runner's report alone (``counter``: the name
    of the counter the counted runs ran under, ``None`` for a check without counting).

    Every test's runs are judged in the order they ran, counted runs first: the first failure
    decides, and a count stands only if every counted run's dump was its own and untouched
    (:func:`dump_count`), ran no foreign code (:func:`foreign_code`), and the CPU time of both
    the counted and the native runs is explained by it (:func:`counted_floor`, :func:`native_floor`).
    """
    total = len(task.tests)
    if report.status == "compile-resource":
        return Evaluation(verdict=Verdict.RESOURCE, detail=report.detail, provenance=provenance, tests_total=total)
    if report.status == "compile-error":
        return Evaluation(verdict=Verdict.COMPILE_ERROR, detail=report.detail[-1500:], provenance=provenance,
                          tests_total=total)
    if report.status != "ran":
        verdict = Verdict.TAMPERED if report.status == "tampered" else Verdict.MEASURE_ERROR
        return Evaluation(verdict=verdict, detail=report.detail, provenance=provenance, tests_total=total)

    binary = TOOLCHAINS[task.language].binary
    rule, tolerance = task.assets.get("compare", "tokens"), task.float_tolerance
    counts: list[int] = []
    phases = ([("counted run", report.counted)] if counter else []) + [("run", report.checked)]
    for phase, runs in phases:
        for i, (test, run) in enumerate(zip(task.tests, runs)):
            what = f"{phase} of {_name(test, i)}"
            failure = _run_verdict(run, what)
            if failure is None and phase == "counted run":
                count = dump_count(run)
                if isinstance(count, int) and (foreign := foreign_code(run, binary)) is not None:
                    count = foreign
                if isinstance(count, str):
                    failure = (Verdict.TAMPERED, f"{what}: {count}")
                else:
                    counts.append(count)
            if failure is None and not matches(run.stdout, test.stdout or "", rule, tolerance):
                failure = (Verdict.FAIL, f"{what}: wrong output")
            if failure is not None:
                passed = i if phase == "run" or not counter else 0
                return Evaluation(verdict=failure[0], detail=failure[1][:500], tests_passed=passed, tests_total=total,
                                  provenance=provenance)
        if len(runs) != total:
            return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=f"the runner reported {len(runs)} of {total} {phase}s",
                              provenance=provenance, tests_total=total)

    user_s = sum(r.user_s or 0.0 for r in report.checked)
    cpu_s = sum(r.cpu_s or 0.0 for r in report.checked)
    measurement = Measurement(extra={"native_user_s": round(user_s, 6),
                                     "native_wall_s": round(sum(r.wall_s or 0.0 for r in report.checked), 6),
                                     "native_cpu_s": round(cpu_s, 6)})
    if counter is not None:
        instructions = sum(counts)
        implausible = counted_floor(report.counted, counts) or native_floor(instructions, cpu_s, total)
        if implausible is not None:
            return Evaluation(verdict=Verdict.TAMPERED, tests_passed=total, tests_total=total, provenance=provenance,
                              detail=implausible)
        measurement.instructions, measurement.counter = instructions, counter
        measurement.extra["test_counts"] = counts
        measurement.extra["counted_cpu_s"] = round(sum(r.cpu_s or 0.0 for r in report.counted), 6)
        measurement.extra["counted_user_s"] = [r.user_s for r in report.counted]
        measurement.energy_j, measurement.energy_source = estimate_j(instructions), ESTIMATE_LABEL
    return Evaluation(verdict=Verdict.PASS, tests_passed=total, tests_total=total, measurement=measurement,
                      provenance=provenance)


def _name(test: TestCase, i: int) -> str:
    return f"test {test.label or i + 1}"


def _report(result: JobResult) -> RunnerReport | str:
    """The runner's report, trusted only from a runner that exited by itself (the program runs
    beside it as the same user and could write a ``result.json`` and kill it)."""
    if result.timed_out:
        return "the program job exceeded its time limit"
    if result.exit_code != 0:
        tail = result.stderr.decode("utf-8", "replace").strip()[-300:]
        return f"the program runner failed (exit {result.exit_code}): {tail}"
    return read_report(result, RESULT_FILE, RunnerReport)
