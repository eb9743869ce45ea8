"""Per-sample cost of each executor, and whether they count the same instructions.

    python -m benchmarks.executors [--samples N]

Overhead: the same check job (runner + candidate, the evaluator's first run) timed as a bare
subprocess in a temporary directory, through the local executor, in a fresh container per
job, and in the warm pool; overhead = median executor wall time − median bare wall time.

Counts: the same candidates measured with callgrind by the host's pyenv interpreter (local
executor default), by the host's Debian ``/usr/bin/python3`` (local executor), and by the
image's Debian interpreter (Docker).  Identical builds should agree; different builds
should not, which is why a measurement is only comparable within one fingerprint.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate, payload
from sandboxes.docker.executor import DockerExecutor
from sandboxes.executor import Executor, Job
from sandboxes.local import LocalExecutor
from sandboxes.counters import CallgrindCounter
from tasks.registry import find_task
from tasks.schema import Task

FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"


def check_job(task: Task, code: str) -> Job:
    files = dict(payload())
    files["candidate.py"] = code.encode()
    spec = {"source_file": "candidate.py", "entry_point": task.entry_point, "mode": "check",
            "tests": [t.args for t in task.tests], "perf_args": task.perf_args}
    files["job.json"] = json.dumps(spec).encode()
    return Job(argv=("{python}", "-S", "runner.py"), files=files, env={"PYTHONHASHSEED": "0"}, collect=("result.json",))


def bare(job: Job, python: str) -> float:
    scratch = Path(tempfile.mkdtemp(prefix="ergon-bare-"))
    try:
        for name, data in job.files.items():
            (scratch / name).write_bytes(data)
        argv = [python if a == "{python}" else a for a in job.argv]
        start = time.monotonic()
        subprocess.run(argv, cwd=scratch, env={"PATH": "/usr/bin:/bin", **job.env}, check=True, capture_output=True)
        return time.monotonic() - start
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def timed(run: Callable[[], object], samples: int) -> list[float]:
    run()  # warm caches, build shims, start pools
    out = []
    for _ in range(samples):
        start = time.monotonic()
        run()
        out.append(time.monotonic() - start)
    return out


def overheads(task: Task, samples: int) -> None:
    job = check_job(task, FAST)
    local, fresh, warm = LocalExecutor(python="/usr/bin/python3"), DockerExecutor(), DockerExecutor(warm=True)
    try:
        rows = {
            "bare subprocess": timed(lambda: bare(job, "/usr/bin/python3"), samples),
            "local executor": timed(lambda: local.run(job), samples),
            "docker, fresh container": timed(lambda: fresh.run(job), samples),
            "docker, warm pool": timed(lambda: warm.run(job), samples),
        }
    finally:
        fresh.close()
        warm.close()
    base = statistics.median(rows["bare subprocess"])
    print(f"\nper-sample wall time, check job of `{task.id}` ({samples} samples, median; overhead vs bare)")
    print(f"{'executor':28} {'median s':>9} {'min s':>7} {'max s':>7} {'overhead s':>11}")
    for name, times in rows.items():
        median = statistics.median(times)
        print(f"{name:28} {median:9.3f} {min(times):7.3f} {max(times):7.3f} {median - base:11.3f}")


def counts(task: Task) -> None:
    executors: dict[str, Executor] = {
        f"local, {os.path.realpath(sys.executable)}": LocalExecutor(),
        "local, /usr/bin/python3 (Debian)": LocalExecutor(python="/usr/bin/python3"),
        "docker, image /usr/bin/python3 (Debian)": DockerExecutor(),
    }
    candidates = {"dict.fromkeys (fast)": FAST, "list scan (slow)": task.slow_program}
    table: dict[str, dict[str, int | None]] = {}
    try:
        for ex_name, executor in executors.items():
            ctx = EvalContext(executor=executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
            env = executor.environment()
            label = f"{ex_name} [{env.versions["python"]}]"
            table[label] = {}
            for c_name, code in candidates.items():
                m = evaluate(task, code, ctx).measurement
                table[label][c_name] = m.instructions if m else None
    finally:
        for executor in executors.values():
            executor.close()
    print(f"\ncallgrind instructions of the performance call of `{task.id}` (Δ vs the Docker row)")
    ref = table[next(k for k in table if k.startswith("docker"))]
    print(f"{'executor [python]':52} " + " ".join(f"{c:>30}" for c in candidates))
    for label, row in table.items():
        cells = []
        for c in candidates:
            value, base = row[c], ref[c]
            delta = f"{(value - base) / base * 100:+.3f}%" if value and base else "n/a"
            cells.append(f"{value or 0:>20,} {delta:>9}")
        print(f"{label:52} " + " ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--task", default="dedupe")
    args = parser.parse_args()
    task = find_task(args.task)
    overheads(task, args.samples)
    counts(task)


if __name__ == "__main__":
    main()
