"""Measure the harness itself and print a table.

For a few built-in tasks (fastest and slowest tier):
  * seconds per evaluated sample (check run + counting run) for each counter backend that works here;
  * the overhead over a bare ``valgrind --tool=callgrind python candidate.py`` of the same call;
  * the spread of instruction counts over repeated measurements (max − min, and relative).

Usage: python benchmarks/measure_overhead.py [--repeats 5] [--task dedupe --task ...]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate
from sandboxes.counters import COUNTERS, probe
from sandboxes.local import LocalExecutor
from tasks.registry import find_task
from tasks.results import Verdict
from tasks.schema import Task

BARE = """
import json, sys
sys.setrecursionlimit(10000)
ns = {}
exec(open("candidate.py").read(), ns)
job = json.load(open("args.json"))
ns[job["entry"]](*job["warmup"])
ns[job["entry"]](*job["perf"])
"""


def bare_callgrind_seconds(task: Task, code: str, python: str) -> float:
    """A plain callgrind run of warm-up + performance call, no harness, no region of interest."""
    import json

    with tempfile.TemporaryDirectory() as d:
        Path(d, "candidate.py").write_text(code)
        Path(d, "bare.py").write_text(BARE)
        Path(d, "args.json").write_text(json.dumps({"entry": task.entry_point, "warmup": task.warmup_args,
                                                    "perf": task.perf_args}))
        start = time.monotonic()
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-S", "bare.py"],
                       cwd=d, capture_output=True, check=True, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
        return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--task", action="append", default=None)
    args = parser.parse_args()
    executor = LocalExecutor()
    env = executor.environment()
    python_counters = ("perf", "callgrind")
    backends = [b for b in python_counters if probe(b, executor).ok]
    print(f"# harness benchmark — {env.versions["python"].split()[0]}, {env.versions.get("valgrind")}, {env.details.get('cpu')}, "
          f"fingerprint {env.fingerprint}; counters usable here: {', '.join(backends)}")
    for b in python_counters:
        if b not in backends:
            print(f"#   {b}: unavailable — {probe(b, executor).reason}")
    print()
    header = ("task", "tier", "backend", "instructions", "spread (max-min)", "s/sample (mean)", "bare callgrind s",
              "overhead")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for task_id in args.task or ["dedupe", "merge_intervals", "count_primes"]:
        task = find_task(task_id)
        for ref in (task.references[-1], task.references[0]):
            for backend in backends:
                ctx = EvalContext(executor=executor, counter=COUNTERS[backend](), timing_repeats=0, trace_memory=False)
                counts, seconds = [], []
                for _ in range(args.repeats):
                    start = time.monotonic()
                    ev = evaluate(task, ref.code, ctx)
                    seconds.append(time.monotonic() - start)
                    if ev.verdict != Verdict.PASS:
                        sys.exit(f"{task_id}:{ref.tier} did not pass: {ev.verdict} {ev.detail}")
                    counts.append(ev.measurement.instructions)
                bare = statistics.fmean(bare_callgrind_seconds(task, ref.code, env.tools["python"]) for _ in range(2))
                mean_s = statistics.fmean(seconds)
                spread = max(counts) - min(counts)
                print(f"| {task_id} | {ref.tier} | {backend} | {counts[0]:,} | {spread} ({spread / counts[0]:.1e}) | "
                      f"{mean_s:.2f} | {bare:.2f} | {mean_s / bare:.2f}× |")


if __name__ == "__main__":
    main()
