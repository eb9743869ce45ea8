"""Evaluate an assembly candidate for an ISA task (language ``asm``).

One sandbox job does everything (see ``payload/runner.py``): assemble the candidate,
build the task's C driver twice (with the function's C source, trusted, and with the
candidate, which never shares a process with the source), run both under qemu-user, compare
their records, and count the candidate's first process, which runs only the scored workload,
with the counting plugin.  The count covers the workload from its start marker to the
process's exit, excluding only the harness's own (checked unmodified) code in the region.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from harness.languages import REAPER, EvalContext, read_report
from sandboxes.counters import Counter, CounterUnavailable
from sandboxes.executor import Job, JobResult, Limits
from tasks.isa.catalog import LOW_COVERAGE
from tasks.isa.targets import TARGETS
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import Task

PAYLOAD_DIR = Path(__file__).with_name("payload")
SOURCE_COPY = "ergon_source_unused"
"""The name the function's source gets in the candidate's build, where nothing may keep it."""
ENERGY_SOURCE = "unavailable: emulated"
RUN_TIMEOUT_S = 20.0
TOOLS_S = 60.0
"""Time for assembling, compiling, linking and disassembling, on top of the run's."""


RUNS = 4
"""qemu runs per job: the trusted driver twice, then the candidate's counted run and its check run."""


def job_limits(run_timeout_s: float) -> Limits:
    """The whole job's limits, from the run's timeout (read per job, so that changing
    ``RUN_TIMEOUT_S`` moves the job's limit with it and the runs' own timeouts fire first)."""
    total = RUNS * run_timeout_s + TOOLS_S
    return Limits(timeout_s=total, cpu_s=int(total), memory_mb=2048, nproc=64)

PAYLOAD = ("runner.py", "check.h")
STATUS_VERDICTS = {
    "fail": Verdict.FAIL,
    "abi": Verdict.ABI_VIOLATION,
    "assemble": Verdict.ASSEMBLE_ERROR,
    "no-entry": Verdict.NO_ENTRY_POINT,
    "link": Verdict.LOAD_ERROR,
    "crash": Verdict.CRASH,
    "timeout": Verdict.TIMEOUT,
    "setup": Verdict.MEASURE_ERROR,
    "tampered": Verdict.TAMPERED,
}


def entry_header(prototype: str, entry: str, source_name: str) -> str:
    """``entry.h``: the function's C source and ``ORACLE`` for the two builds of the driver.

    Trusted build (``-DERGON_TRUSTED``): the source, under the static name ``ergon_oracle``,
    is both the function called (``ENTRY``) and ``ORACLE``.  Candidate build: the source is
    included only for its declarations (structs); its function is renamed to a static that
    nothing calls, so the compiler drops it (the runner checks), and ``ORACLE`` is a stub that
    computes nothing.  The candidate's process then holds no answers it could call for free.
    """
    m = re.fullmatch(rf"(.*?)\b{re.escape(entry)}\s*\((.*)\)", prototype.strip(), re.S)
    if not m:
        raise ValueError(f"prototype {prototype!r} does not declare {entry}")
    ret, params = m.group(1), m.group(2)
    structs = "".join(f"struct {s};\n" for s in dict.fromkeys(re.findall(r"struct\s+(\w+)", prototype)))
    stub = "{}" if ret.strip() == "void" else f"{{ {ret}r; memset(&r, 0, sizeof r); return r; }}"
    return (
        f"{structs}#ifdef ERGON_TRUSTED\n"
        f"static {ret}ergon_oracle({params});\n"
        f"#define {entry} ergon_oracle\n#include \"{source_name}\"\n#undef {entry}\n#define ENTRY ergon_oracle\n"
        f"#else\n"
        f"static {ret}{SOURCE_COPY}({params});\n"
        f"#define {entry} {SOURCE_COPY}\n#include \"{source_name}\"\n#undef {entry}\n"
        f"static {ret}ergon_oracle({params}) {stub}\n"
        f"{prototype};\n#define ENTRY {entry}\n"
        f"#endif\n"
        f"typedef {ret}(*ergon_fn_t)({params});\n"
    )


def payload_version() -> str:
    names = sorted(p.name for p in PAYLOAD_DIR.iterdir() if p.is_file())
    files = [(n, (PAYLOAD_DIR / n).read_bytes()) for n in names] + [REAPER]
    return hashlib.sha256(b"".join(n.encode() + data for n, data in files)).hexdigest()[:12]


def isa_spec(task: Task) -> dict[str, Any]:
    return json.loads(task.assets["isa.json"])


def build_job(task: Task, code: str, plugin: str | None = None) -> Job:
    spec = isa_spec(task)
    target = TARGETS[spec["target"]]
    files = {name: (PAYLOAD_DIR / name).read_bytes() for name in (*PAYLOAD, target.trampoline)}
    files[REAPER[0]] = REAPER[1]
    files[spec["source_file"]] = task.assets[spec["source_file"]].encode()
    files["driver.c"] = task.assets["driver.c"].encode()
    files["entry.h"] = entry_header(spec["prototype"], task.entry_point, spec["source_file"]).encode()
    files["candidate.s"] = code.encode("utf-8", "surrogatepass")
    job = {
        "gcc": target.gcc, "flags": list(target.flags), "qemu": target.qemu, "qemu_args": list(target.qemu_args),
        "trampoline": target.trampoline, "entry": task.entry_point, "seed": task.seed,
        "run_timeout_s": RUN_TIMEOUT_S, "plugin": plugin,
    }
    files["job.json"] = json.dumps(job).encode()
    return Job(argv=("{python}", "-S", "runner.py"), files=files, limits=job_limits(RUN_TIMEOUT_S),
               collect=("result.json",))


def evaluate(task: Task, code: str, context: EvalContext) -> Evaluation:
    spec = isa_spec(task)
    env = context.executor.environment()
    counter = context.counter
    provenance: dict[str, Any] = {"target": spec["target"], "isa": TARGETS[spec["target"]].isa,
                                  "executor": env.executor, "fingerprint": env.fingerprint,
                                  "counter": counter.name if counter else None,
                                  "energy_source": ENERGY_SOURCE, "task_hash": task.content_hash}
    if counter is None or counter.name != "qemu-plugin" or "qemu_plugin" not in env.tools:
        return Evaluation(verdict=Verdict.MEASURE_ERROR, provenance=provenance,
                          detail="assembly candidates are checked and counted under qemu with the qemu-plugin counter")
    result = context.executor.run(build_job(task, code, env.tools["qemu_plugin"]))
    return judge(spec, result, counter, provenance)


def judge(spec: dict[str, Any], result: JobResult, counter: Counter, provenance: dict[str, Any]) -> Evaluation:
    """The verdict and count of a candidate from what its job produced alone: the runner's
    status (checked by :func:`runner_result`), the checks passed before the first that failed,
    and for a pass the count ``counter`` reads, its coverage and its ratio to the ``-O2`` reference."""
    if result.timed_out:
        return Evaluation(verdict=Verdict.TIMEOUT, detail="the check job exceeded its time limit", provenance=provenance)
    data = runner_result(result)
    if isinstance(data, str):
        return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=data, provenance=provenance)
    provenance["times"] = data.times
    if data.status != "pass":
        failed = re.search(r"FAIL check (\d+)", data.detail)
        return Evaluation(verdict=STATUS_VERDICTS[data.status], detail=data.detail,
                          tests_passed=int(failed.group(1)) - 1 if failed else 0, provenance=provenance)
    try:
        instructions = counter.read(result, data.model_dump())
    except CounterUnavailable as exc:
        return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=str(exc), provenance=provenance)
    checks = data.checks or 0
    reference = spec.get("reference_instructions", {}).get("O2")
    extra: dict[str, Any] = {
        "coverage": data.coverage,
        "low_coverage": (data.coverage or 0) < LOW_COVERAGE,
        "static_instructions": data.static_instructions,
        "uncovered": data.uncovered,
        "candidate_instructions": data.candidate_instructions,
        "reference_instructions_O2": reference,
        "ratio_vs_O2": instructions / reference if reference else None,
    }
    measurement = Measurement(instructions=instructions, counter=counter.name, energy_source=ENERGY_SOURCE, extra=extra)
    return Evaluation(verdict=Verdict.PASS, tests_passed=checks, tests_total=checks, measurement=measurement,
                      provenance=provenance)


class RunnerReport(BaseModel):
    """What the ISA runner writes to ``result.json``."""

    status: Literal["pass", "fail", "abi", "assemble", "no-entry", "link", "crash", "timeout", "tampered", "setup"]
    detail: str = ""
    times: dict[str, float] = {}
    instructions: int | None = None
    candidate_instructions: int | None = None
    static_instructions: int | None = None
    coverage: float | None = None
    uncovered: list[Any] | None = None
    output: str | None = None
    checks: int | None = None


PASS_FIELDS = ("instructions", "candidate_instructions", "static_instructions", "coverage", "uncovered", "checks")


def runner_result(result: JobResult) -> RunnerReport | str:
    """The runner's ``result.json``, checked, or why it cannot be used.

    Only a runner that exited by itself (status 0) wrote it: the candidate runs beside it
    as the same user and could write a ``result.json`` and kill the runner.  Whatever the
    file holds, a bad one is a measurement error here, never an exception on the host.
    """
    tail = result.stderr.decode("utf-8", "replace").strip()[-500:]
    if result.exit_code != 0:
        return f"the ISA runner failed (exit {result.exit_code}): {tail}"
    data = read_report(result, "result.json", RunnerReport)
    if isinstance(data, str):
        return data
    if data.status == "pass":
        missing = [k for k in PASS_FIELDS if getattr(data, k) is None]
        if missing:
            return f"the ISA runner's result.json is incomplete: {', '.join(missing)}"
    return data
