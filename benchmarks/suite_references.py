"""A data suite on real data: rows against tasks, why rows were left out, and the cost of measuring references.

Loads ``--suite`` from ``--suite-source`` (timed: the first load runs the benchmark's references for
the outputs it lacks; later loads read the cache), prints rows, tasks and each reason rows were left
out, then evaluates every reference tier of ``--tasks`` tasks (the ones with the fewest tests first,
or in the suite's order with ``--in-order``) counting with callgrind in ``--executor``, and prints
per tier its verdict, instruction count and wall time.

    PYTHONPATH=$PWD nice -n 5 python3 benchmarks/suite_references.py --suite coffe-file \\
        --suite-source PATH/TO/Coffe [--tasks 3] [--executor local]
"""

from __future__ import annotations

import argparse
import importlib
import time

import harness.languages.native  # noqa: F401  (registers the program languages)
import harness.languages.python  # noqa: F401
from harness.executors import make_executor
from harness.languages import EvalContext, language_for
from sandboxes.counters import CallgrindCounter
from tasks.registry import open_suite

LOADERS = {"effibench": "tasks.loaders.effibench", "coffe-file": "tasks.loaders.coffe_file", "coffe": "tasks.loaders.coffe",
           "mbppplus": "tasks.loaders.evalplus", "evalperf": "tasks.loaders.evalplus", "mercury": "tasks.loaders.mercury"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", required=True, choices=sorted(LOADERS))
    parser.add_argument("--suite-source", required=True)
    parser.add_argument("--tasks", type=int, default=3)
    parser.add_argument("--in-order", action="store_true")
    parser.add_argument("--executor", default="local")
    args = parser.parse_args()
    importlib.import_module(LOADERS[args.suite])  # registers the suite until the entry points are installed

    start = time.perf_counter()
    data = open_suite(args.suite, source=args.suite_source)
    print(f"load: {time.perf_counter() - start:.1f} s wall\n\n| rows / reason | count |\n|---|---|")
    for key, value in data.summary().items():
        print(f"| {key} | {value} |")

    chosen = data.tasks if args.in_order else sorted(data.tasks, key=lambda t: len(t.tests))
    ctx = EvalContext(executor=make_executor(args.executor), counter=CallgrindCounter(), timing_repeats=0,
                      trace_memory=False)
    print("\n| task | tests | tier | verdict | instructions | wall s |\n|---|---|---|---|---|---|")
    total = 0.0
    for task in chosen[:args.tasks]:
        lang = language_for(task)
        for ref in task.references:
            began = time.perf_counter()
            ev = lang.evaluate(task, ref.code, ctx)
            took = time.perf_counter() - began
            total += took
            count = ev.measurement.instructions if ev.measurement else None
            print(f"| {task.id} | {len(task.tests)} | {ref.tier} | {ev.verdict.value} | "
                  f"{count if count is not None else '–'} | {took:.1f} |", flush=True)
    print(f"\nreferences evaluated: {sum(len(t.references) for t in chosen[:args.tasks])} in {total:.1f} s wall")


if __name__ == "__main__":
    main()
