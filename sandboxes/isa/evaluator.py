"""Evaluate an assembly candidate for an ISA task (language ``asm``).

One sandbox job does everything (see ``runner.py``): assemble the candidate, compile the
task's C driver with the function's C source as oracle, link statically with the checking
trampoline, run under qemu-user with the counting plugin.  The instruction count is the
performance workload's, taken between two marker calls, excluding the harness's own code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from sandboxes.evaluation import EvalContext, Evaluation, Measurement, Verdict, evaluator
from sandboxes.executor import Job, JobResult, Limits
from sandboxes.isa import PAYLOAD_DIR, PLUGIN_FILE, build_plugin
from sandboxes.isa.targets import TARGETS
from sandboxes.local import cache_dir
from tasks.schema import Task

LANGUAGE = "asm"
COUNTER = "qemu-plugin"
ENERGY_SOURCE = "unavailable: emulated"
LOW_COVERAGE = 0.98
RUN_TIMEOUT_S = 20.0
TOOLS_S = 60.0
"""Time for assembling, compiling, linking and disassembling, on top of the run's."""


def job_limits(run_timeout_s: float) -> Limits:
    """The whole job's limits, from the run's timeout (read per job, so that changing
    ``RUN_TIMEOUT_S`` moves the job's limit with it and the run's own timeout fires first)."""
    return Limits(timeout_s=run_timeout_s + TOOLS_S, cpu_s=int(run_timeout_s + TOOLS_S), memory_mb=2048, nproc=64)

PAYLOAD = ("runner.py", "plugin.c", "qemu_plugin_v1.h", "harness.h")
STATUS_VERDICTS = {
    "fail": Verdict.FAIL,
    "abi": Verdict.ABI_VIOLATION,
    "assemble": Verdict.ASSEMBLE_ERROR,
    "no-entry": Verdict.NO_ENTRY_POINT,
    "link": Verdict.LOAD_ERROR,
    "crash": Verdict.CRASH,
    "timeout": Verdict.TIMEOUT,
    "setup": Verdict.MEASURE_ERROR,
}


def entry_header(prototype: str, entry: str, source_name: str) -> str:
    """``entry.h``: the function's C source compiled in as a static oracle, then the candidate.

    The oracle is declared ``static`` before its source is included under a new name, so
    its definition gets internal linkage and a candidate cannot call it to borrow cycles
    the harness does not count.
    """
    m = re.fullmatch(rf"(.*?)\b{re.escape(entry)}\s*\((.*)\)", prototype.strip(), re.S)
    if not m:
        raise ValueError(f"prototype {prototype!r} does not declare {entry}")
    ret, params = m.group(1), m.group(2)
    structs = "".join(f"struct {s};\n" for s in dict.fromkeys(re.findall(r"struct\s+(\w+)", prototype)))
    return (
        f"{structs}static {ret}ergon_oracle({params});\n"
        f"#define {entry} ergon_oracle\n#include \"{source_name}\"\n#undef {entry}\n"
        f"{prototype};\ntypedef {ret}(*ergon_fn_t)({params});\n#define ENTRY {entry}\n"
    )


def isa_spec(task: Task) -> dict[str, Any]:
    return json.loads(task.assets["isa.json"])


@functools.cache
def local_plugin() -> Path:
    """The counting plugin built once per payload version into the host cache (local executor)."""
    digest = hashlib.sha256((PAYLOAD_DIR / "plugin.c").read_bytes()).hexdigest()[:12]
    path = cache_dir() / f"isa-plugin-{digest}" / PLUGIN_FILE
    if not path.exists():
        build_plugin(path.parent)
    return path


def build_job(task: Task, code: str, plugin: str | None = None) -> Job:
    spec = isa_spec(task)
    target = TARGETS[spec["target"]]
    files = {name: (PAYLOAD_DIR / name).read_bytes() for name in (*PAYLOAD, target.trampoline)}
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


@evaluator(LANGUAGE, counter=COUNTER)
def evaluate_asm(task: Task, code: str, context: EvalContext) -> Evaluation:
    spec = isa_spec(task)
    env = context.executor.environment()
    # the image has the plugin built in; locally it is built once into the cache
    plugin = str(local_plugin()) if env.executor == "local" else env.details.get("qemu_plugin")
    result = context.executor.run(build_job(task, code, plugin))
    provenance: dict[str, Any] = {"target": spec["target"], "isa": TARGETS[spec["target"]].isa,
                                  "executor": env.executor, "fingerprint": env.fingerprint, "counter": COUNTER,
                                  "energy_source": ENERGY_SOURCE, "task_hash": task.content_hash}
    if result.timed_out:
        return Evaluation(verdict=Verdict.TIMEOUT, detail="the check job exceeded its time limit", provenance=provenance)
    data = runner_result(result)
    if isinstance(data, str):
        return Evaluation(verdict=Verdict.MEASURE_ERROR, detail=data, provenance=provenance)
    provenance["times"] = data.get("times", {})
    if data["status"] != "pass":
        failed = re.search(r"FAIL check (\d+)", data.get("detail", ""))
        return Evaluation(verdict=STATUS_VERDICTS[data["status"]], detail=data.get("detail", ""),
                          tests_passed=int(failed.group(1)) - 1 if failed else 0, provenance=provenance)
    checks = int(re.search(r"ergon: all (\d+) checks passed", data["output"]).group(1))
    reference = spec.get("reference_instructions", {}).get("O2")
    extra: dict[str, Any] = {
        "coverage": data["coverage"],
        "low_coverage": data["coverage"] < LOW_COVERAGE,
        "static_instructions": data["static_instructions"],
        "uncovered": data["uncovered"],
        "candidate_instructions": data["candidate_instructions"],
        "reference_instructions_O2": reference,
        "ratio_vs_O2": data["instructions"] / reference if reference else None,
    }
    measurement = Measurement(instructions=data["instructions"], counter=COUNTER, energy_source=ENERGY_SOURCE,
                              extra=extra)
    return Evaluation(verdict=Verdict.PASS, tests_passed=checks, tests_total=checks, measurement=measurement,
                      provenance=provenance)


PASS_FIELDS = {"instructions": int, "candidate_instructions": int, "static_instructions": int,
               "coverage": (int, float), "uncovered": list, "output": str}


def runner_result(result: JobResult) -> dict[str, Any] | str:
    """The runner's ``result.json``, checked, or why it cannot be used.

    Only a runner that exited by itself (status 0) wrote it: the candidate runs beside it
    as the same user and could write a ``result.json`` and kill the runner.  Whatever the
    file holds, a bad one is a measurement error here, never an exception on the host.
    """
    tail = result.stderr.decode("utf-8", "replace").strip()[-500:]
    if result.exit_code != 0 or "result.json" not in result.files:
        return f"the ISA runner failed (exit {result.exit_code}): {tail}"
    try:
        data = json.loads(result.files["result.json"])
    except ValueError:
        return "the ISA runner's result.json is not JSON"
    if not isinstance(data, dict) or data.get("status") not in {"pass", *STATUS_VERDICTS}:
        return "the ISA runner's result.json has no known status"
    if data["status"] == "pass":
        wrong = [k for k, kind in PASS_FIELDS.items() if not isinstance(data.get(k), kind)]
        if wrong or not re.search(r"ergon: all \d+ checks passed", data["output"]):
            return f"the ISA runner's result.json is incomplete: {', '.join(wrong) or 'output'}"
    elif not isinstance(data.get("detail", ""), str):
        return "the ISA runner's result.json has a non-text detail"
    return data
