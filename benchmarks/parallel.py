"""Wall time of a cold ``ergon run`` at ``-j 1`` and ``-j 2``: how well a run uses both cores.

Each cell is one ``python -m harness run`` on a fresh results directory (nothing cached), in the
local bubblewrap executor, timed end to end.  ``--checkout`` runs the same command from other
source trees (e.g. an export of an older commit) for a before/after table; ``--counter`` repeats
it per counter.  Machine load is printed with each row: on a shared machine compare rows taken
side by side, never across sessions.

``--simulate ROWS.json`` instead replays the reference jobs of the whole built-in suite, with the
per-tier durations ``benchmarks/qemu_counter.py --json`` recorded, on 1 and 2 workers: submission
order (FIFO, as before) against the run's longest-first order.  A replay is free of the machine's
load, which on a shared machine decides live ``-j 2`` timings more than the schedule does.

Usage: python benchmarks/parallel.py [--task dedupe ...] [--model reference:slowest]
           [--counter callgrind --counter qemu-host] [--checkout DIR ...]
       python benchmarks/parallel.py --simulate rows.json
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEFAULT_TASKS = ("dedupe", "count_primes", "edit_distance", "two_sum_pairs")


def cold_run(checkout: Path, tasks: list[str], models: list[str], counter: str, workers: int) -> tuple[float, str]:
    """Seconds of one cold run, and its last output line (the leaderboard's or the error's)."""
    with tempfile.TemporaryDirectory(prefix="ergon-parallel-") as out:
        argv = [sys.executable, "-m", "harness", "run", "--executor", "local", "--counter", counter,
                "-j", str(workers), "--out", out, "--seed", "1"]
        for task in tasks:
            argv += ["--task", task]
        for model in models:
            argv += ["--model", model]
        start = time.monotonic()
        proc = subprocess.run(argv, cwd=checkout, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(checkout), "COLUMNS": "200"})
        elapsed = time.monotonic() - start
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            return elapsed, f"FAILED: {tail[0][:150]}"
        return elapsed, "ok"


def makespan(durations: list[float], workers: int) -> float:
    """When the last job ends if each job, in list order, starts on the first worker to be free."""
    free = [0.0] * workers
    for d in durations:
        heapq.heappush(free, heapq.heappop(free) + d)
    return max(free)


def simulate(path: Path, only: list[str] | None) -> None:
    from harness.run import tier_costs
    from harness.store import Store
    from tasks.registry import load_suite

    rows = json.loads(path.read_text())
    seconds = {(r["task"], r["tier"], r["backend"]): r["evaluate_s"] for r in rows}
    tasks = [t for t in load_suite("builtin") if t.language == "python" and (not only or t.id in only)]
    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "ergon.sqlite")  # fresh: the run knows no counts, only tier ranks
        costs = {t.id: tier_costs(store, t) for t in tasks}
        store.close()
    print(f"# replay of {path}: the reference tiers of {', '.join(only) if only else 'every task'}, "
          "durations as measured there")
    print(f"{'counter':10} {'jobs':>5} {'sum s':>8} {'FIFO -j2':>9} {'speedup':>8} {'longest-first -j2':>18} {'speedup':>8}")
    for backend in sorted({r["backend"] for r in rows}):
        fifo = [(t.id, r.tier) for t in tasks for r in t.references if (t.id, r.tier, backend) in seconds]
        order = sorted(fifo, key=lambda job: -costs[job[0]][job[1]])  # stable: ties keep submission order
        fifo_s = [seconds[(*job, backend)] for job in fifo]
        lpt_s = [seconds[(*job, backend)] for job in order]
        total = sum(fifo_s)
        print(f"{backend:10} {len(fifo):>5} {total:>8.0f} {makespan(fifo_s, 2):>9.0f} {total / makespan(fifo_s, 2):>7.2f}× "
              f"{makespan(lpt_s, 2):>18.0f} {total / makespan(lpt_s, 2):>7.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--task", action="append", default=None)
    parser.add_argument("--model", action="append", default=None, help="default: reference:slowest")
    parser.add_argument("--counter", action="append", default=None, help="default: callgrind")
    parser.add_argument("--checkout", action="append", type=Path, default=None, help="default: this tree")
    parser.add_argument("--simulate", type=Path, default=None, help="replay the suite's jobs from qemu_counter.py rows")
    args = parser.parse_args()
    if args.simulate:
        simulate(args.simulate, args.task)
        return
    tasks = args.task or list(DEFAULT_TASKS)
    models = args.model or ["reference:slowest"]
    print(f"# tasks {', '.join(tasks)}; models {', '.join(models)}; cold store, local executor")
    print(f"{'checkout':28} {'counter':10} {'-j 1 s':>8} {'-j 2 s':>8} {'speedup':>8}  load (1 min) before each")
    for checkout in args.checkout or [HERE]:
        for counter in args.counter or ["callgrind"]:
            times, notes, loads = [], [], []
            for workers in (1, 2):
                loads.append(f"{os.getloadavg()[0]:.1f}")
                elapsed, note = cold_run(checkout, tasks, models, counter, workers)
                times.append(elapsed)
                notes.append(note)
            label = str(checkout)[-28:]
            speedup = times[0] / times[1] if times[1] else float("nan")
            print(f"{label:28} {counter:10} {times[0]:>8.1f} {times[1]:>8.1f} {speedup:>7.2f}×  {', '.join(loads)}"
                  + ("" if notes == ["ok", "ok"] else f"  {notes}"), flush=True)


if __name__ == "__main__":
    main()
