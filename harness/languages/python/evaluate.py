"""Evaluate a Python candidate: a check run for correctness, then a counting run.

The check run calls the scored input and every test (visible and hidden) in plain Python, and
traces peak memory from the candidate's import on; the arguments must come back unchanged
unless the task allows mutation.  Only a candidate that passes everything is measured: the
counting run counts, in one fresh process, the candidate's import *and* its call (no warm-up,
nothing precomputed goes uncounted) for the scored input first and then the smaller scale
inputs, whose counts give an empirical complexity.  Expected outputs stay on the host; what the runner
reports is trusted only as its parent verified it (see ``runner.py``).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import math
import signal
import statistics
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from harness.languages import REAPER, EvalContext, read_report
from sandboxes.counters import HOST_QEMU, Counter, CounterUnavailable
from sandboxes.energy import ESTIMATE_LABEL, estimate_j, probe_rapl
from sandboxes.executor import Job, JobResult, Limits
from tasks import canonical
from tasks.canonical import equal
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import ENTRY_SHIM, PRELUDE, Task

RUNNER = Path(__file__).with_name("runner.py")
RESULT_FILE = "result.json"

RECHECKED = ("small-", "mid-")
"""Tests a counting process answers again after its counted call: cheap, and enough to catch code
that switches to a shortcut when it detects the counter."""
CHECK_LIMITS = Limits(timeout_s=90, cpu_s=20, memory_mb=2048)
"""CPU time bounds the work; the wall-clock limit only catches a candidate that sleeps or blocks, and is
loose because a busy machine stretches wall time (at load 10 on 2 cores an honest check took over 20 s)."""
MEASURE_TIMEOUT_FACTOR = 150  # callgrind runs Python ≈65–80× slower than native (qemu-host ≈10×)
MEASURE_TIMEOUT_MIN_S = 120.0
MEASURE_TIMEOUT_MAX_S = 1800.0
MAX_SOURCE_BYTES = 32 * 1024
"""A candidate's source is capped: compiling is not counted, so constants in the source are free, and a
task whose answers fit in a table would be won by the table.  Every built-in reference is under 2 KiB;
each task keeps its input space too large for 32 KiB of table to beat an honest solution (see
``tasks/builtin/count_primes.py``)."""
MIN_INSTRUCTIONS_PER_NS = 0.05
"""Honest Python calls retired 1.5–46 instructions per native nanosecond (all 95 built-in tiers, loaded
2-core VM), but an honest fastest tier measured 0.16 at load 15 (970k instructions, 6.2 ms of CPU), so
the floor sits well below.  A count far below that for the CPU time of the check run's import and first
scored call (CPU time, which a preemption does not inflate; the first call, which no cache can serve)
means the count was tampered with, so it is not trusted.  A defence in depth: the count itself comes
from the counter's own dumps, read back before candidate code can run again."""
STATUS_VERDICTS = {
    "no-entry-point": Verdict.NO_ENTRY_POINT,
    "syntax-error": Verdict.SYNTAX_ERROR,
    "load-error": Verdict.LOAD_ERROR,
    "measure-error": Verdict.MEASURE_ERROR,
    "resource": Verdict.RESOURCE,
    "recursion": Verdict.ERROR,
    "tampered": Verdict.TAMPERED,
    "bad-output": Verdict.BAD_OUTPUT,
    "error": Verdict.ERROR,
}
ERROR_KIND_VERDICTS = {"memory": Verdict.RESOURCE, "bad-output": Verdict.BAD_OUTPUT, "mutated-input": Verdict.MUTATED_INPUT,
                       "recursion": Verdict.ERROR, "sealed": Verdict.TAMPERED}


class ChildReport(BaseModel):
    """One child's report as the runner's parent verified it (see ``runner.py``)."""

    exit: int | None = None
    cpu_s: float | None = None
    status: str | None = None
    error: str | None = None
    tests: list[dict[str, Any]] = []
    perf: dict[str, Any] = {}
    output: Any = None
    perf_cpu_ns_min: int | None = None
    perf_cpu_ns_first: int | None = None
    wall_ns: list[int] | None = None
    peak_memory_bytes: int | None = None
    energy_uj: int | None = None
    count: int | None = None
    empty_count: int | None = None
    dumps: list[str] = []
    rechecked: list[Any] = []
    regions: dict[str, ChildReport] = {}
    """The measuring child's counted regions, by input label, in the order they ran."""


class RunnerReport(BaseModel):
    """What ``runner.py``'s parent writes to ``result.json``."""

    check: ChildReport | None = None
    measure: ChildReport | None = None


@functools.cache
def payload() -> tuple[tuple[str, bytes], ...]:
    """The files every Python job ships: the runner and the modules it imports."""
    return (("runner.py", RUNNER.read_bytes()), ("canonical.py", Path(canonical.__file__).read_bytes()), REAPER)


@functools.cache
def payload_version() -> str:
    """Part of the instrument: a changed runner may shift counts, so results are keyed on it."""
    return hashlib.sha256(b"".join(name.encode() + data for name, data in payload())).hexdigest()[:12]


def _job(task: Task, code: str, ctx: EvalContext, spec: dict[str, Any], argv: tuple[str, ...],
         limits: Limits, collect: tuple[str, ...] = ()) -> Job:
    files = dict(payload())
    # a suite's entry shim (e.g. ``def f(*a): return Solution().f(*a)``) follows the candidate's code; its
    # prelude (its harness's imports) runs before, outside every counted region (``runner._prelude``)
    files["candidate.py"] = (code + task.assets.get(ENTRY_SHIM, "")).encode("utf-8", "surrogatepass")
    prelude = task.assets.get(PRELUDE, "")
    if prelude:
        files["prelude.py"] = prelude.encode("utf-8", "surrogatepass")
    files["job.json"] = json.dumps({"source_file": "candidate.py", "entry_point": task.entry_point,
                                    "prelude_file": "prelude.py" if prelude else None,
                                    "preload": prelude_modules(prelude), **spec}).encode()
    return Job(argv=argv, files=files, limits=limits, env={"PYTHONHASHSEED": str(ctx.hash_seed)},
               collect=(RESULT_FILE, *collect))


def prelude_modules(prelude: str) -> list[str]:
    """The modules a task's prelude imports at its top level (the runner imports them before counting)."""
    if not prelude:
        return []
    try:
        tree = ast.parse(prelude)
    except SyntaxError:  # reported as the candidate's syntax error when it runs
        return []
    names = [alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module and not node.level]
    return list(dict.fromkeys(names))


def _process_failure(result: JobResult, what: str) -> Evaluation | None:
    """A verdict for a job that did not finish normally, or ``None`` if it did."""
    if result.timed_out:
        return Evaluation(verdict=Verdict.TIMEOUT, detail=f"{what} exceeded its time limit")
    if result.oom_killed:
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} ran out of memory")
    if result.output_truncated:
        return Evaluation(verdict=Verdict.OUTPUT_FLOOD, detail=f"{what} printed more than the output cap")
    code = result.exit_code
    if code is not None and code < 0:
        return _killed(-code, what)
    if code == 137:  # SIGKILL seen through a shell or container init
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} was killed (exit 137: memory or process limit)")
    stderr = result.stderr.decode("utf-8", "replace")
    if code != 0 and ("No space left on device" in stderr or "File too large" in stderr):
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} filled its scratch space")
    if code != 0 or RESULT_FILE not in result.files:
        tail = stderr.strip().splitlines()[-1:] or ["no output"]
        return Evaluation(verdict=Verdict.CRASH, detail=f"{what} exited with {code}: {tail[0][:300]}")
    return None


def _killed(sig: int, what: str) -> Evaluation:
    """The verdict on a process ended by signal ``sig``: its CPU-time or file-size limit, a kill (the memory
    or process limit: a job that did not time out is killed for nothing else), or a crash."""
    if sig == signal.SIGXCPU:
        return Evaluation(verdict=Verdict.TIMEOUT, detail=f"{what} exceeded its CPU-time limit")
    if sig == signal.SIGXFSZ:
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} exceeded the file-size limit")
    if sig == signal.SIGKILL:
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} was killed (memory or process limit)")
    name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
    return Evaluation(verdict=Verdict.CRASH, detail=f"{what} was killed by {name}")


def _child_failure(child: ChildReport | None, what: str, stderr: bytes = b"") -> Evaluation | None:
    """A verdict for a child that reported no usable result, or ``None`` if it reported one."""
    if child is None:
        return Evaluation(verdict=Verdict.CRASH, detail=f"{what}: the runner's report is missing or malformed")
    if child.status == "ok":
        return None
    code = child.exit
    if child.status in STATUS_VERDICTS:
        return Evaluation(verdict=STATUS_VERDICTS[child.status], detail=f"{what}: {child.error or child.status}"[:500])
    if code is not None and code < 0:
        return _killed(-code, what)
    if code == 137:  # SIGKILL seen through a shell or container init
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} was killed (exit 137: memory or process limit)")
    text = stderr.decode("utf-8", "replace")
    if "No space left on device" in text or "File too large" in text:
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} filled its scratch space")
    tail = text.strip().splitlines()[-1:] or [child.error or "no output"]
    return Evaluation(verdict=Verdict.CRASH, detail=f"{what} exited with {code} without a report: {tail[0][:300]}")


def _check(task: Task, code: str, ctx: EvalContext) -> tuple[Evaluation, ChildReport]:
    """The check run's verdict and report; a source refused before it runs (:func:`_refused_source`) gets
    its verdict and an empty report, here for every caller (``evaluate``, ``outputs``)."""
    refused = _refused_source(code)
    if refused is not None:
        return refused, ChildReport()
    spec: dict[str, Any] = {"mode": "check", "tests": [t.args for t in task.tests], "perf_args": task.perf_args,
                            "timing_repeats": ctx.timing_repeats, "trace_memory": ctx.trace_memory,
                            "mutates_input": task.mutates_input}
    # RAPL's files are host files: only a job running as a plain host process can read them
    host_process = ctx.executor.name == "local" and ctx.executor.environment().details.get("sandbox", "").startswith("none")
    rapl = probe_rapl() if ctx.timing_repeats and host_process else None
    if rapl and rapl.ok:
        spec["energy_files"] = list(rapl.files)
    job = _job(task, code, ctx, spec, ("{python}", "-S", "runner.py"), CHECK_LIMITS)
    result = ctx.executor.run(job)
    report = _report(result)
    data = report.check or ChildReport()
    failure = _process_failure(result, "the check run") or _child_failure(report.check, "the check run", result.stderr)
    if failure:
        return failure.model_copy(update={"tests_total": len(task.tests) + 1}), data
    if len(data.tests) != len(task.tests):
        return Evaluation(verdict=Verdict.CRASH, detail="the runner's report is missing or malformed"), data

    outcomes = [(None, data.perf), *zip(task.tests, data.tests)]
    passed, first_problem = 0, None
    for case, out in outcomes:
        expected = task.perf_expected if case is None else case.expected
        label = "the scored input" if case is None else f"test {case.label}"
        if "output" in out and "error" not in out and equal(out["output"], expected, task.float_tolerance):
            passed += 1
            continue
        if first_problem is None:
            if "error" in out:
                verdict = ERROR_KIND_VERDICTS.get(out.get("kind"), Verdict.ERROR)
                shown = label if case is None or case.hidden else f"{label} (args {_short(case.args)})"
                first_problem = (verdict, f"{shown}: {out['error']}"[:500])
            else:
                first_problem = (Verdict.FAIL, f"{label}: wrong output")
    total = len(outcomes)
    if first_problem:
        return Evaluation(verdict=first_problem[0], detail=first_problem[1], tests_passed=passed, tests_total=total), data
    return Evaluation(verdict=Verdict.PASS, tests_passed=passed, tests_total=total), data


def outputs(task: Task, code: str, ctx: EvalContext) -> tuple[Evaluation | None, list[dict[str, Any]]]:
    """What ``code`` returns on each of ``task``'s tests, from one check run in the sandbox.

    For differential checks (``ergon optimize``), where the expected values are what some other
    program returns: each entry is ``{"output": canonical value}`` or ``{"error": …, "kind": …}``.
    The evaluation is ``None`` when the run reported every test; otherwise it says why not.
    """
    evaluation, data = _check(task, code, ctx)
    if len(data.tests) != len(task.tests):
        return evaluation, []
    return None, data.tests


def _short(args: list[Any]) -> str:
    text = json.dumps(args)
    return text if len(text) <= 120 else text[:117] + "..."


def _report(result: JobResult) -> RunnerReport:
    report = read_report(result, RESULT_FILE, RunnerReport)
    return report if isinstance(report, RunnerReport) else RunnerReport()


def _wall(check: ChildReport) -> dict[str, Any]:
    times = check.wall_ns
    if not times:
        return {}
    mean = statistics.fmean(times)
    cv = statistics.stdev(times) / mean if len(times) > 1 and mean else None
    return {"wall_ns_median": statistics.median(times), "wall_cv": cv, "wall_repeats": len(times)}


def scored_inputs(task: Task) -> dict[str, list[Any]]:
    """The inputs counted, in the order the counting process runs them: the scored one first (the
    process's first candidate code), then the smaller scales, largest first (see ``runner.py``)."""
    scales = sorted(task.scale_inputs, key=lambda s: s.n, reverse=True)
    return {"perf": task.perf_args, **{f"n={s.n}": s.args for s in scales}}


def complexity_slope(points: list[tuple[int, int]]) -> float | None:
    """Least-squares slope of log(count) against log(n): an empirical complexity exponent
    (≈1 for linear work, ≈2 for quadratic), over the sizes a task's scale inputs reach."""
    pts = [(math.log(n), math.log(c)) for n, c in points if n > 0 and c > 0]
    if len(pts) < 2 or len({x for x, _ in pts}) < 2:
        return None
    mx, my = statistics.fmean(x for x, _ in pts), statistics.fmean(y for _, y in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def evaluate(task: Task, code: str, ctx: EvalContext) -> Evaluation:
    env = ctx.executor.environment()
    provenance: dict[str, Any] = {
        "executor": env.executor, "fingerprint": env.fingerprint, "python": env.versions.get("python"),
        "hash_seed": ctx.hash_seed, "task_hash": task.content_hash, "task_seed": task.seed,
        "payload": payload_version(), **({"valgrind": env.versions["valgrind"]} if "valgrind" in env.versions else {}),
        **({"qemu": env.versions[HOST_QEMU]} if ctx.counter is not None and ctx.counter.name == "qemu-host"
           and HOST_QEMU in env.versions else {}),
    }
    evaluation, check = _check(task, code, ctx)
    if evaluation.verdict != Verdict.PASS:
        return evaluation.model_copy(update={"provenance": provenance})

    measurement = Measurement(**_wall(check), peak_memory_bytes=check.peak_memory_bytes,
                              extra={"check_perf_cpu_ns": check.perf_cpu_ns_first})
    counter = ctx.counter
    if counter is not None:
        failure = _measure(task, code, ctx, counter, check, measurement)
        if failure is not None:
            return failure.model_copy(update={"tests_passed": evaluation.tests_passed,
                                              "tests_total": evaluation.tests_total, "provenance": provenance})
        measurement.counter = counter.name
    _attach_energy(measurement, check)
    provenance["counter"] = measurement.counter
    return evaluation.model_copy(update={"measurement": measurement, "provenance": provenance})


def _refused_source(code: str) -> Evaluation | None:
    """The verdict on a source refused before it runs, ``None`` if it may run.

    A source over :data:`MAX_SOURCE_BYTES` is refused, and so is one that is not UTF-8 text: a
    reply's JSON may carry a lone surrogate (see :func:`harness.store.storable`), which no UTF-8
    file can hold and Python would not compile.
    """
    try:
        size = len(code.encode())
    except UnicodeEncodeError as exc:
        return Evaluation(verdict=Verdict.SYNTAX_ERROR, detail=f"the source is not UTF-8 text: a lone surrogate "
                                                               f"(U+{ord(code[exc.start]):04X}) at character {exc.start}")
    if size <= MAX_SOURCE_BYTES:
        return None
    return Evaluation(verdict=Verdict.RESOURCE,
                      detail=f"the source is {size:,} bytes, over the {MAX_SOURCE_BYTES // 1024} KiB limit "
                             "(constants compile uncounted, so a table of answers is not allowed to stand in for work)")


def _measure(task: Task, code: str, ctx: EvalContext, counter: Counter, check: ChildReport,
             measurement: Measurement) -> Evaluation | None:
    """Count the scored input, then the scale inputs, in one fresh child; fill ``measurement``."""
    env = ctx.executor.environment()
    inputs = scored_inputs(task)
    recheck = [t for t in task.tests if t.label.startswith(RECHECKED)]
    spec = {"mode": "measure", "counter": counter.name, "counter_prefix": env.resolve(counter.wrap(())),
            "roi_library": env.tools.get("roi_library"), "inputs": inputs, "recheck": [t.args for t in recheck]}
    # one process counts every input: the scored one and the scales add up to about twice the scored one
    # it answers the small and mid tests again too, which cost as much as the scored call where every call pays
    # a fixed set-up (count_primes sieves its base primes each time): the check run's whole CPU time bounds that
    native_s = 2 * _check_s(check) + (check.cpu_s or 0.0)
    timeout = min(MEASURE_TIMEOUT_MAX_S, max(MEASURE_TIMEOUT_MIN_S, MEASURE_TIMEOUT_FACTOR * native_s))
    limits = Limits(timeout_s=timeout, cpu_s=int(timeout) + 5, memory_mb=4096)
    job = _job(task, code, ctx, spec, ("{python}", "-S", "runner.py"), limits, counter.collect())
    result = ctx.executor.run(job)
    child = _report(result).measure
    failure = _process_failure(result, "the measuring run") or _child_failure(child, "the measuring run", result.stderr)
    if failure is not None:
        return failure
    assert child is not None
    counts: dict[str, int] = {}
    expected = {"perf": task.perf_expected, **{f"n={s.n}": s.expected for s in task.scale_inputs}}
    for label in inputs:
        region = child.regions.get(label)
        failure = _child_failure(region, f"the measuring run ({label})", result.stderr)
        if failure is not None:
            return failure
        assert region is not None
        if not equal(region.output, expected[label], task.float_tolerance):
            return Evaluation(verdict=Verdict.FAIL, detail=f"the measuring run ({label}): wrong output")
        try:
            counts[label] = counter.read(result, region.model_dump())
        except CounterUnavailable as exc:
            return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=str(exc))
    wrong = [t.label for t, got in zip(recheck, child.rechecked) if not equal(got, t.expected, task.float_tolerance)]
    if wrong or len(child.rechecked) != len(recheck):
        return Evaluation(verdict=Verdict.FAIL, detail=f"the measuring run: wrong output on "
                                                       f"{', '.join(wrong[:3]) or 'its tests'} (not the check run's answer)")
    measurement.instructions = counts["perf"]
    scale = {s.n: counts[f"n={s.n}"] for s in task.scale_inputs}
    if scale and task.perf_n:
        scale[task.perf_n] = counts["perf"]
        measurement.extra["scale_counts"] = {str(n): c for n, c in sorted(scale.items())}
        measurement.extra["complexity"] = complexity_slope(sorted(scale.items()))
    return _implausible(counts["perf"], check.perf_cpu_ns_first)


def _implausible(instructions: int, cpu_ns: int | None) -> Evaluation | None:
    if instructions <= 0:  # the region ran the candidate's module and its call: that is never free
        return Evaluation(verdict=Verdict.TAMPERED, detail="0 instructions counted for the candidate's import and "
                                                           "call (the count was tampered with)")
    if cpu_ns is not None and instructions < MIN_INSTRUCTIONS_PER_NS * cpu_ns:
        return Evaluation(verdict=Verdict.TAMPERED,
                          detail=f"{instructions:,} instructions for a call that used {cpu_ns / 1e6:.1f} ms of CPU: "
                                 "implausibly few (the count was tampered with)")
    return None


def _check_s(check: ChildReport) -> float:
    """CPU seconds of the check run's scored call (least of its timings)."""
    return check.perf_cpu_ns_min / 1e9 if check.perf_cpu_ns_min is not None else 0.0


def _attach_energy(m: Measurement, check: ChildReport) -> None:
    if check.energy_uj is not None and m.wall_repeats:
        m.energy_j, m.energy_source = check.energy_uj / 1e6 / m.wall_repeats, "rapl:package"
    elif m.instructions is not None:
        m.energy_j, m.energy_source = estimate_j(m.instructions), ESTIMATE_LABEL
    else:
        m.energy_source = "unavailable: no meter and no instruction count"
