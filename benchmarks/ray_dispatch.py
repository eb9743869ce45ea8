"""Jobs per second on a Ray cluster against the local executor, and Ray's cost per job.

A loopback cluster is started here (a head without CPUs, then one and two worker nodes of one CPU
each); the local executor runs the same jobs from as many threads as the cluster has slots.  Two
workloads: *measuring* jobs (the check and callgrind runs of ``word_break_count``'s reference
tiers, what a real evaluation sends) and *trivial* jobs (``true`` in the sandbox), whose time per
job on one slot against one local thread is Ray's dispatch overhead (pickling, the actor call,
the object store).  On a 2-core machine two Ray nodes are two more processes competing for the
same two cores, so the speedup here bounds only the overhead: on a real cluster each node brings
its own CPUs.

    python -m benchmarks.ray_dispatch [--trivial 40] [--rounds 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import ray
from ray.cluster_utils import Cluster

from harness.languages import EvalContext, language_for
from sandboxes.counters import COUNTERS
from sandboxes.executor import Executor, Job
from sandboxes.local import LocalExecutor
from sandboxes.ray_executor import RayExecutor
from tasks.registry import find_task

HOST = "127.0.0.2"  # loopback; Ray rewrites 127.0.0.1 to the machine's outward address
TRIVIAL = Job(argv=("true",), files={})


def timed(work: list[Callable[[], object]], threads: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(w) for w in work]:
            future.result()
    return time.perf_counter() - start


def measuring_work(executor: Executor, rounds: int) -> tuple[list[Callable[[], object]], int]:
    """Evaluations of every reference tier of the task, and how many jobs they send (check + count each)."""
    task = find_task("word_break_count")
    ctx = EvalContext(executor=executor, counter=COUNTERS["callgrind"](), timing_repeats=0, trace_memory=False)
    evaluate = language_for(task).evaluate
    work = [lambda code=ref.code: evaluate(task, code, ctx) for _ in range(rounds) for ref in task.references]
    return work, 2 * len(work)


def row(name: str, slots: int, jobs: int, seconds: float, local: float | None) -> str:
    speedup = f"{local / seconds:.2f}×" if local else "1.00× (baseline)"
    return f"| {name} | {slots} | {jobs} | {seconds:.1f} | {jobs / seconds:.2f} | {speedup} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trivial", type=int, default=40, help="trivial jobs per configuration")
    parser.add_argument("--rounds", type=int, default=1, help="times each reference tier is evaluated")
    args = parser.parse_args()
    os.environ["RAY_DISABLE_USAGE_STATS"] = "1"
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", file=sys.stderr)
    local = LocalExecutor()
    node = dict(node_ip_address=HOST, object_store_memory=80 * 2**20,
                env_vars={"PYTHONPATH": os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")]))})
    cluster = Cluster(initialize_head=True, head_node_args=dict(num_cpus=0, include_dashboard=False, **node))
    measuring: list[str] = []
    overhead: list[str] = []
    try:
        ray.init(address=cluster.address, _node_ip_address=HOST, log_to_driver=False)
        for slots in (1, 2):
            cluster.add_node(num_cpus=1, **node)
            executor = RayExecutor(cluster.address)
            try:
                assert executor.slots == slots, executor.slots
                ray_trivial = [lambda: executor.run(TRIVIAL) for _ in range(args.trivial)]
                local_trivial = [lambda: local.run(TRIVIAL) for _ in range(args.trivial)]
                timed(ray_trivial[:2], slots)  # warm: the slots' first calls
                local_s, ray_s = timed(local_trivial, slots), timed(ray_trivial, slots)
                overhead.append(row("trivial, local", slots, args.trivial, local_s, None))
                overhead.append(row("trivial, ray", slots, args.trivial, ray_s, local_s))
                if slots == 1:
                    per_job = [(timed([lambda: executor.run(TRIVIAL)], 1), timed([lambda: local.run(TRIVIAL)], 1))
                               for _ in range(args.trivial)]
                    dispatch_ms = statistics.median(r - l for r, l in per_job) * 1000
                work, jobs = measuring_work(local, args.rounds)
                local_s = timed(work, slots)
                work, jobs = measuring_work(executor, args.rounds)
                ray_s = timed(work, slots)
                measuring.append(row("measuring, local", slots, jobs, local_s, None))
                measuring.append(row("measuring, ray", slots, jobs, ray_s, local_s))
            finally:
                executor.close()
    finally:
        ray.shutdown()
        cluster.shutdown()
    print("| jobs | workers (local threads = Ray slots) | jobs run | wall s | jobs/s | speedup vs local, same workers |")
    print("|---|---|---|---|---|---|")
    print("\n".join(measuring + overhead))
    print(f"\nRay dispatch overhead per job (median over {args.trivial} sequential trivial jobs, one slot): "
          f"{dispatch_ms:.1f} ms")
    print(f"load average after: {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
