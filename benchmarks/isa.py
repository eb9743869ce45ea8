"""Cost of checking an ISA candidate, and of the counting plugin over plain qemu.

    python -m benchmarks.isa [--repeats N] [FUNCTION ...]

For each function and target, the -O2 reference is checked end to end through the local
executor (assemble + compile driver + link + run + count) ``repeats`` times; then the same
linked program is run under plain qemu and under qemu with the plugin.  Prints a table of
medians (seconds).
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
from harness.languages.asm.evaluate import build_job, evaluate
from sandboxes.counters import QemuPluginCounter
from tasks.isa.targets import TARGETS
from sandboxes.local import LocalExecutor
from tasks.isa import build_tasks
from tasks.schema import Task

DEFAULT = ["sum_primes", "edit_distance", "vec_stats", "tree_weighted_sum"]


def _median_run(argv: list[str], cwd: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env={}, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def plugin_overhead(task: Task, repeats: int) -> tuple[float, float]:
    """(plain qemu, qemu + plugin) seconds for the task's linked -O2 reference."""
    target = TARGETS[task.id.rsplit("/", 1)[1]]
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        for name, data in build_job(task, task.reference("O2").code, LocalExecutor().environment().tools["qemu_plugin"]).files.items():
            (cwd / name).write_bytes(data)
        subprocess.run([sys.executable, "runner.py"], cwd=cwd, check=True)
        qemu = [target.qemu, *target.qemu_args]
        plain = _median_run([*qemu, "./prog"], cwd, repeats)
        counted = _median_run([*qemu, "-plugin", f"{LocalExecutor().environment().tools['qemu_plugin']},conf=plugin.conf", "./prog"], cwd, repeats)
    return plain, counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", default=DEFAULT)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    ctx = EvalContext(executor=LocalExecutor(), counter=QemuPluginCounter())
    header = ("task", "check", "assemble", "compile", "link", "run+count", "qemu", "qemu+plugin", "overhead",
              "instructions")
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for task in build_tasks(args.names):
        if "/x86_64-O2/" not in task.id:
            continue
        walls, stages = [], []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            ev = evaluate(task, task.reference("O2").code, ctx)
            walls.append(time.perf_counter() - t0)
            stages.append(ev.provenance["times"])
        med = {k: statistics.median(s[k] for s in stages) for k in ("assemble", "compile", "link", "run")}
        plain, counted = plugin_overhead(task, args.repeats)
        cells = [task.id.replace("/x86_64-O2", ""), f"{statistics.median(walls):.2f}",
                 *(f"{med[k]:.3f}" for k in ("assemble", "compile", "link", "run")),
                 f"{plain:.3f}", f"{counted:.3f}", f"{counted / plain:.2f}x", f"{ev.measurement.instructions:,}"]
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
