"""Does the ``qemu-host`` counter rank the built-in reference tiers as callgrind does, and how fast?

Every reference tier of every task (or ``--task`` ones) is evaluated with both counters in the
bubblewrap sandbox, on the scored input only (``--scales`` also counts the scale inputs, as real
runs do).  Jobs are interleaved over ``--jobs`` threads so both counters see the same machine load.
Prints, per tier: both counts and their ratio, the wall time of each counter's measuring job, and
the native CPU time of the same call (from the check run) with each counter's slowdown over it;
per task: whether the tier ORDER is identical and the largest gap between adjacent-tier ratios.
``--json FILE`` keeps the raw rows (written as they arrive: a long run can be read while it goes).

``--bare`` instead times the counters themselves, without the harness: the slowest and fastest
tier of each task run once on the scored input as a plain process (interpreter start included),
natively, under ``qemu-x86_64`` with the region plugin (inline counting, as for a process with one
thread, and per-vCPU counting, as after a second thread starts), and under callgrind.  It reports CPU
seconds (user + system, from wait4), which a busy machine does not inflate as it does wall time.

Usage: python benchmarks/qemu_counter.py [--task dedupe ...] [--jobs 2] [--scales] [--json out.json]
       python benchmarks/qemu_counter.py --bare [--task dedupe ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from harness.languages import EvalContext
from harness.languages.python import evaluate as python_evaluate
from harness.languages.python.evaluate import evaluate
from sandboxes.counters import COUNTERS, CallgrindCounter, QemuHostCounter
from sandboxes.executor import Environment, Job, JobResult
from sandboxes.local import LocalExecutor
from tasks.registry import load_suite
from tasks.results import Verdict
from tasks.schema import Task

BACKENDS = ("callgrind", "qemu-host")


class TimedExecutor:
    """The local executor, noting the wall time of each measuring job (the counted one) and the CPU
    seconds of its counted processes (from the runner's report: wait4 of its counting child)."""

    name = "local"

    def __init__(self, inner: LocalExecutor) -> None:
        self.inner = inner
        self.walls: dict[int, float] = {}
        self.cpus: dict[int, float] = {}

    def environment(self) -> Environment:
        return self.inner.environment()

    def run(self, job: Job) -> JobResult:
        result = self.inner.run(job)
        if json.loads(job.files["job.json"]).get("mode") == "measure":
            self.walls[threading.get_ident()] = result.wall_s
            try:
                self.cpus[threading.get_ident()] = float(json.loads(result.files["result.json"])["measure"]["cpu_s"])
            except (KeyError, ValueError, AttributeError):
                self.cpus[threading.get_ident()] = float("nan")
        return result

    def close(self) -> None:
        self.inner.close()


def measure(executor: TimedExecutor, task: Task, tier: str, backend: str) -> dict[str, Any]:
    ctx = EvalContext(executor=executor, counter=COUNTERS[backend](), timing_repeats=0, trace_memory=False)
    start = time.monotonic()
    evaluation = evaluate(task, task.reference(tier).code, ctx)
    m = evaluation.measurement
    return {"task": task.id, "tier": tier, "backend": backend, "verdict": str(evaluation.verdict),
            "detail": evaluation.detail, "instructions": m.instructions if m else None,
            "native_s": (m.extra.get("check_perf_cpu_ns") or 0) / 1e9 if m else None,
            "measure_s": executor.walls.get(threading.get_ident()), "cpu_s": executor.cpus.get(threading.get_ident()),
            "evaluate_s": time.monotonic() - start}


BARE = """
import json, sys
sys.setrecursionlimit(10000)
job = json.load(open("args.json"))
ns = {}
exec(open("candidate.py").read(), ns)
ns[job["entry"]](*job["args"])
"""


def cpu_seconds(argv: list[str], cwd: str) -> float:
    """User + system CPU seconds of one process (and its children), which must succeed."""
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if status != 0:
        raise RuntimeError(f"{argv[0]} failed: {err.strip().splitlines()[-1:]}")
    return usage.ru_utime + usage.ru_stime


def bare(tasks: list[Task], executor: LocalExecutor) -> None:
    env = executor.environment()
    python = env.tools["python"]
    qemu = env.resolve(QemuHostCounter().wrap(()))
    # the plugin's per-vCPU counting (what a process uses once it has a second thread) from the first block
    per_vcpu = [arg + ",count=per-vcpu" if arg == qemu[-1] else arg for arg in qemu]
    counters = {"native": [], "qemu-host": qemu, "per-vcpu": per_vcpu,
                # counting from the start, as qemu does: the runner's shim would switch it on, and without
                # instrumentation valgrind runs several times faster than when it counts
                "callgrind": [*(arg.replace("--instr-atstart=no", "--instr-atstart=yes")
                                for arg in CallgrindCounter().wrap(())), "--callgrind-out-file=/dev/null"]}
    print(f"{'task:tier':48} {'native s':>9} {'qemu s':>8} {'vcpu s':>8} {'cg s':>8} {'qemu ×':>7} {'cg ×':>6} "
          f"{'cg/qemu':>8}")
    ratios: dict[str, list[float]] = {"qemu-host": [], "callgrind": [], "speedup": [], "per-vcpu": []}
    for task in tasks:
        for ref in dict.fromkeys((task.references[0], task.references[-1])):
            with tempfile.TemporaryDirectory() as d:
                Path(d, "candidate.py").write_text(ref.code)
                Path(d, "bare.py").write_text(BARE)
                Path(d, "args.json").write_text(json.dumps({"entry": task.entry_point, "args": task.perf_args}))
                s = {name: cpu_seconds([*prefix, python, "-S", "bare.py"], d) for name, prefix in counters.items()}
            ratios["qemu-host"].append(s["qemu-host"] / s["native"])
            ratios["callgrind"].append(s["callgrind"] / s["native"])
            ratios["speedup"].append(s["callgrind"] / s["qemu-host"])
            ratios["per-vcpu"].append(s["per-vcpu"] / s["qemu-host"])
            print(f"{task.id + ':' + ref.tier:48} {s['native']:>9.3f} {s['qemu-host']:>8.2f} {s['per-vcpu']:>8.2f} "
                  f"{s['callgrind']:>8.2f} "
                  f"{s['qemu-host'] / s['native']:>7.1f} {s['callgrind'] / s['native']:>6.1f} "
                  f"{s['callgrind'] / s['qemu-host']:>8.2f}", flush=True)
    print(f"median over native: qemu-host {statistics.median(ratios['qemu-host']):.1f}×, "
          f"callgrind {statistics.median(ratios['callgrind']):.1f}×; callgrind / qemu-host "
          f"{statistics.median(ratios['speedup']):.2f}× (median); per-vCPU counting costs "
          f"{statistics.median(ratios['per-vcpu']):.2f}× inline counting (median)")


def rank(rows: dict[str, dict[str, Any]], tiers: list[str], backend: str) -> list[str]:
    return sorted(tiers, key=lambda t: (rows[t][backend]["instructions"], t), reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--task", action="append", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--scales", action="store_true", help="also count the scale inputs (as real runs do)")
    parser.add_argument("--json", default=None, help="write raw rows here as they arrive")
    parser.add_argument("--backend", action="append", choices=BACKENDS, default=None,
                        help="count with only these (repeatable; e.g. qemu-host again, to compare two runs' rows)")
    parser.add_argument("--bare", action="store_true", help="CPU seconds of the counters alone, no harness (see above)")
    parser.add_argument("--min-timeout", type=float, default=600.0,
                        help="least seconds a measuring job may take (the harness's 120 s is tight on a busy machine)")
    args = parser.parse_args()
    python_evaluate.MEASURE_TIMEOUT_MIN_S = args.min_timeout
    tasks = [t for t in load_suite("builtin") if t.language == "python" and (not args.task or t.id in args.task)]
    if args.bare:
        bare(tasks, LocalExecutor(sandbox=False))
        return
    if not args.scales:
        tasks = [t.model_copy(update={"scale_inputs": ()}) for t in tasks]
    executor = TimedExecutor(LocalExecutor())
    print(f"# {len(tasks)} tasks, {sum(len(t.references) for t in tasks)} tiers, jobs={args.jobs}, "
          f"scales={'yes' if args.scales else 'no'}; {executor.environment().versions.get('qemu-x86_64')}", flush=True)
    items = [(t, r.tier, b) for t in tasks for r in t.references for b in args.backend or BACKENDS]
    raw: list[dict[str, Any]] = []
    lock = threading.Lock()

    def one(item: tuple[Task, str, str]) -> None:
        row = measure(executor, *item)
        with lock:
            raw.append(row)
            print(f"  {row['task']}:{row['tier']} {row['backend']} {row['verdict']} {row['instructions']} "
                  f"{row['measure_s']:.1f}s", flush=True)
            if args.json:
                with open(args.json, "w") as fh:
                    json.dump(raw, fh, indent=1)

    started = time.monotonic()
    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(one, items))
    elapsed = time.monotonic() - started

    by_task: dict[str, dict[str, dict[str, Any]]] = {}
    for row in raw:
        by_task.setdefault(row["task"], {}).setdefault(row["tier"], {})[row["backend"]] = row
    print(f"\n{'task:tier':48} {'callgrind':>13} {'qemu-host':>13} {'ratio':>7} {'cg s':>6} {'qemu s':>6} "
          f"{'cg cpu':>6} {'qemu cpu':>8} {'native s':>8} {'cg ×':>6} {'qemu ×':>6}")
    agree, total_tasks, ratio_gaps, cg_s, qemu_s, slowdowns = 0, 0, [], 0.0, 0.0, {"callgrind": [], "qemu-host": []}
    cg_cpu, qemu_cpu = 0.0, 0.0
    for task in tasks:
        rows = by_task.get(task.id, {})
        tiers = [r.tier for r in task.references if all(rows.get(r.tier, {}).get(b, {}).get("verdict") == "pass"
                                                      for b in BACKENDS)]
        for tier in tiers:
            cg, qe = rows[tier]["callgrind"], rows[tier]["qemu-host"]
            native = cg["native_s"] or qe["native_s"] or 0.0
            cg_s += cg["measure_s"]
            qemu_s += qe["measure_s"]
            cg_cpu += cg.get("cpu_s") or 0.0
            qemu_cpu += qe.get("cpu_s") or 0.0
            for row in (cg, qe):
                if native > 0:
                    slowdowns[row["backend"]].append(row["measure_s"] / native)
            print(f"{task.id + ':' + tier:48} {cg['instructions']:>13,} {qe['instructions']:>13,} "
                  f"{qe['instructions'] / max(1, cg['instructions']):>7.4f} {cg['measure_s']:>6.1f} "
                  f"{qe['measure_s']:>6.1f} {cg.get('cpu_s') or float('nan'):>6.1f} {qe.get('cpu_s') or float('nan'):>8.1f} "
                  f"{native:>8.4f} "
                  f"{cg['measure_s'] / native if native else float('nan'):>6.0f} "
                  f"{qe['measure_s'] / native if native else float('nan'):>6.0f}")
        failed = [r.tier for r in task.references if r.tier not in tiers]
        if failed:
            print(f"{'':4}{task.id}: not compared (a counter did not pass): {', '.join(failed)}")
        if len(tiers) < 2:
            continue
        total_tasks += 1
        same = rank(rows, tiers, "callgrind") == rank(rows, tiers, "qemu-host")
        agree += same
        order = rank(rows, tiers, "callgrind")
        for hi, lo in zip(order, order[1:]):
            cg_ratio = rows[hi]["callgrind"]["instructions"] / max(1, rows[lo]["callgrind"]["instructions"])
            qe_ratio = rows[hi]["qemu-host"]["instructions"] / max(1, rows[lo]["qemu-host"]["instructions"])
            ratio_gaps.append(abs(qe_ratio / cg_ratio - 1))
        print(f"{'':4}{task.id}: tier order {'IDENTICAL' if same else 'DIFFERS'} "
              f"(callgrind {' > '.join(order)}; qemu-host {' > '.join(rank(rows, tiers, 'qemu-host'))})")
    print(f"\nrank agreement: {agree}/{total_tasks} tasks with an identical tier order")
    if ratio_gaps:
        print(f"adjacent-tier ratios: qemu-host vs callgrind differ by median {statistics.median(ratio_gaps):.2%}, "
              f"max {max(ratio_gaps):.2%}")
    if cg_s and qemu_s:
        print(f"measuring jobs, wall: callgrind {cg_s:.0f} s, qemu-host {qemu_s:.0f} s in all ({cg_s / qemu_s:.2f}× faster)")
    if cg_cpu and qemu_cpu:
        print(f"measuring jobs, CPU of the counted processes: callgrind {cg_cpu:.0f} s, qemu-host {qemu_cpu:.0f} s "
              f"({cg_cpu / qemu_cpu:.2f}× faster)")
    for backend, values in slowdowns.items():
        if values:
            print(f"{backend}: measuring job / native call, median {statistics.median(values):.0f}×")
    print(f"wall time of the whole benchmark: {elapsed:.0f} s")
    if args.json:
        print(f"raw rows: {args.json}")
    if any(row["verdict"] != str(Verdict.PASS) for row in raw):
        print("not passing: " + ", ".join(f"{r['task']}:{r['tier']}:{r['backend']} {r['verdict']} {r['detail']}"
                                          for r in raw if r["verdict"] != str(Verdict.PASS)))


if __name__ == "__main__":
    main()
