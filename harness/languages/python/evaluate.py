"""Evaluate a Python candidate: a check run for correctness, then a counting run.

The check run calls every test input and the performance input in plain Python (fast) and,
when asked, times the performance call and traces its peak memory.  Only a candidate that
passes everything is measured: the counting run repeats nothing but a warm-up call and the
region of interest, under the selected counter.  Expected outputs stay on the host.
"""

from __future__ import annotations

import json
import signal
import statistics
from typing import Any

import functools
import hashlib
from pathlib import Path

from pydantic import BaseModel

from harness.languages import EvalContext, read_report
from sandboxes.counters import CounterUnavailable
from sandboxes.energy import ESTIMATE_LABEL, estimate_j, probe_rapl
from sandboxes.executor import Job, JobResult, Limits
from tasks import canonical
from tasks.canonical import equal
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import Task

RUNNER = Path(__file__).with_name("runner.py")
RESULT_FILE = "result.json"

CHECK_LIMITS = Limits(timeout_s=20, cpu_s=20, memory_mb=2048)
MEASURE_TIMEOUT_FACTOR = 150  # callgrind runs Python ≈80× slower than native
MEASURE_TIMEOUT_MIN_S = 120.0
MEASURE_TIMEOUT_MAX_S = 1800.0
MIN_INSTRUCTIONS_PER_NS = 0.25
"""Honest Python calls retired 1.5–46 instructions per native nanosecond (all 95 built-in tiers, loaded 2-core VM).
A count far below that for the time the check run measured means the candidate tampered with
the region of interest (e.g. toggled collection itself), so it is not trusted."""
STATUS_VERDICTS = {
    "no-entry-point": Verdict.NO_ENTRY_POINT,
    "syntax-error": Verdict.SYNTAX_ERROR,
    "load-error": Verdict.LOAD_ERROR,
    "measure-error": Verdict.MEASURE_ERROR,
}
ERROR_KIND_VERDICTS = {"memory": Verdict.RESOURCE, "bad-output": Verdict.BAD_OUTPUT}


class RunnerReport(BaseModel):
    """What ``runner.py`` writes to ``result.json`` (every field optional: a crash writes nothing)."""

    status: str | None = None
    error: str | None = None
    tests: list[dict[str, Any]] | None = None
    perf: dict[str, Any] = {}
    perf_ns: int | None = None
    wall_ns: list[int] | None = None
    peak_memory_bytes: int | None = None
    energy_uj: int | None = None
    count: int | None = None
    empty_count: int | None = None


@functools.cache
def payload() -> tuple[tuple[str, bytes], ...]:
    """The files every Python job ships: the runner and the canonical-form module it imports."""
    return (("runner.py", RUNNER.read_bytes()), ("canonical.py", Path(canonical.__file__).read_bytes()))


@functools.cache
def payload_version() -> str:
    """Part of the instrument: a changed runner may shift counts, so results are keyed on it."""
    return hashlib.sha256(b"".join(name.encode() + data for name, data in payload())).hexdigest()[:12]


def _job(task: Task, code: str, ctx: EvalContext, spec: dict[str, Any], argv: tuple[str, ...],
         limits: Limits, collect: tuple[str, ...] = ()) -> Job:
    files = dict(payload())
    files["candidate.py"] = code.encode("utf-8", "surrogatepass")
    files["job.json"] = json.dumps({"source_file": "candidate.py", "entry_point": task.entry_point, **spec}).encode()
    return Job(argv=argv, files=files, limits=limits, env={"PYTHONHASHSEED": str(ctx.hash_seed)},
               collect=(RESULT_FILE, *collect))


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
        sig = -code
        if sig == signal.SIGXCPU:
            return Evaluation(verdict=Verdict.TIMEOUT, detail=f"{what} exceeded its CPU-time limit")
        if sig == signal.SIGXFSZ:
            return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} exceeded the file-size limit")
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return Evaluation(verdict=Verdict.CRASH, detail=f"{what} was killed by {name}")
    if code == 137:  # SIGKILL seen through a shell or container init
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} was killed (exit 137: memory or process limit)")
    stderr = result.stderr.decode("utf-8", "replace")
    if code != 0 and ("No space left on device" in stderr or "File too large" in stderr):
        return Evaluation(verdict=Verdict.RESOURCE, detail=f"{what} filled its scratch space")
    if code != 0 or RESULT_FILE not in result.files:
        tail = stderr.strip().splitlines()[-1:] or ["no output"]
        return Evaluation(verdict=Verdict.CRASH, detail=f"{what} exited with {code}: {tail[0][:300]}")
    return None


def _check(task: Task, code: str, ctx: EvalContext) -> tuple[Evaluation, RunnerReport]:
    spec: dict[str, Any] = {"mode": "check", "tests": [t.args for t in task.tests], "perf_args": task.perf_args,
                            "timing_repeats": ctx.timing_repeats, "trace_memory": ctx.trace_memory}
    rapl = probe_rapl() if ctx.timing_repeats and ctx.executor.name == "local" else None
    if rapl and rapl.ok:
        spec["energy_files"] = list(rapl.files)
    job = _job(task, code, ctx, spec, ("{python}", "-S", "runner.py"), CHECK_LIMITS)
    result = ctx.executor.run(job)
    data = _report(result)
    failure = _process_failure(result, "the check run")
    if failure:
        return failure, data
    status = data.status
    if status in STATUS_VERDICTS:
        return Evaluation(verdict=STATUS_VERDICTS[status], detail=str(data.error or status)[:500]), data
    if status != "ok" or data.tests is None or len(data.tests) != len(task.tests):
        return Evaluation(verdict=Verdict.CRASH, detail="the runner's report is missing or malformed"), data

    outcomes = [*zip(task.tests, data.tests), (None, data.perf)]
    passed, first_problem = 0, None
    for case, out in outcomes:
        expected = task.perf_expected if case is None else case.expected
        label = "performance input" if case is None else f"test {case.label}"
        if isinstance(out, dict) and "output" in out and equal(out["output"], expected, task.float_tolerance):
            passed += 1
            continue
        if first_problem is None:
            if isinstance(out, dict) and "error" in out:
                verdict = ERROR_KIND_VERDICTS.get(out.get("kind"), Verdict.ERROR)
                first_problem = (verdict, f"{label}: {out['error']}"[:500])
            else:
                first_problem = (Verdict.FAIL, f"{label}: wrong output")
    total = len(outcomes)
    if first_problem:
        return Evaluation(verdict=first_problem[0], detail=first_problem[1], tests_passed=passed, tests_total=total), data
    return Evaluation(verdict=Verdict.PASS, tests_passed=passed, tests_total=total), data


def _report(result: JobResult) -> RunnerReport:
    report = read_report(result, RESULT_FILE, RunnerReport)
    return report if isinstance(report, RunnerReport) else RunnerReport()


def _wall(check: RunnerReport) -> dict[str, Any]:
    times = check.wall_ns
    if not times:
        return {}
    mean = statistics.fmean(times)
    cv = statistics.stdev(times) / mean if len(times) > 1 and mean else None
    return {"wall_ns_median": statistics.median(times), "wall_cv": cv, "wall_repeats": len(times)}


def evaluate(task: Task, code: str, ctx: EvalContext) -> Evaluation:
    env = ctx.executor.environment()
    provenance: dict[str, Any] = {
        "executor": env.executor, "fingerprint": env.fingerprint, "python": env.versions.get("python"),
        "hash_seed": ctx.hash_seed, "task_hash": task.content_hash, "task_seed": task.seed,
        "payload": payload_version(), **({"valgrind": env.versions["valgrind"]} if "valgrind" in env.versions else {}),
    }
    evaluation, check = _check(task, code, ctx)
    if evaluation.verdict != Verdict.PASS:
        return evaluation.model_copy(update={"provenance": provenance})

    measurement = Measurement(**_wall(check), peak_memory_bytes=check.peak_memory_bytes,
                              extra={"check_perf_ns": check.perf_ns})
    counter = ctx.counter
    if counter is not None:
        spec = {"mode": "measure", "counter": counter.name, "roi_library": env.tools.get("roi_library"),
                "warmup_args": task.warmup_args, "perf_args": task.perf_args}
        timeout = min(MEASURE_TIMEOUT_MAX_S, max(MEASURE_TIMEOUT_MIN_S, MEASURE_TIMEOUT_FACTOR * 0.001 * _check_ms(check)))
        limits = Limits(timeout_s=timeout, cpu_s=int(timeout) + 5, memory_mb=4096)
        job = _job(task, code, ctx, spec, counter.wrap(("{python}", "-S", "runner.py")), limits, counter.collect())
        result = ctx.executor.run(job)
        data = _report(result)
        failure = _process_failure(result, "the measuring run")
        if failure is None and data.status != "ok":
            failure = Evaluation(verdict=Verdict.MEASURE_ERROR, detail=str(data.error or "no report")[:500])
        if failure is None:
            try:
                measurement.instructions = counter.read(result, data.model_dump())
            except CounterUnavailable as exc:
                failure = Evaluation(verdict=Verdict.MEASURE_ERROR, detail=str(exc))
        if failure is None:
            failure = _implausible(measurement.instructions, check.perf_ns)
        if failure is not None:
            return failure.model_copy(update={"tests_passed": evaluation.tests_passed,
                                              "tests_total": evaluation.tests_total, "provenance": provenance})
        measurement.counter = counter.name
    _attach_energy(measurement, check)
    provenance["counter"] = measurement.counter
    return evaluation.model_copy(update={"measurement": measurement, "provenance": provenance})


def _implausible(instructions: int | None, perf_ns: Any) -> Evaluation | None:
    if isinstance(perf_ns, int) and instructions is not None and instructions < MIN_INSTRUCTIONS_PER_NS * perf_ns:
        return Evaluation(verdict=Verdict.MEASURE_ERROR,
                          detail=f"{instructions:,} instructions in a call that took {perf_ns / 1e6:.1f} ms natively: "
                                 "implausibly few (tampering with the measurement, or sleeping)")
    return None


def _check_ms(check: RunnerReport) -> float:
    """Native milliseconds of the check run's performance call (argument copy included)."""
    return check.perf_ns / 1e6 if check.perf_ns is not None else 0.0


def _attach_energy(m: Measurement, check: RunnerReport) -> None:
    if check.energy_uj is not None and m.wall_repeats:
        m.energy_j, m.energy_source = check.energy_uj / 1e6 / m.wall_repeats, "rapl:package"
    elif m.instructions is not None:
        m.energy_j, m.energy_source = estimate_j(m.instructions), ESTIMATE_LABEL
    else:
        m.energy_source = "unavailable: no meter and no instruction count"
