"""Regenerate the suite's cached assembly (and reference counts) from the C sources.

    python -m harness.languages.asm.generate [--no-measure] [NAME ...]

The x86-64 sources (gcc -S at -O0 and -O2) and the per-target references (cross gcc at
-O0, -O1, -O2) are committed under ``data/`` so loading the suite needs no compiler; the
tests regenerate them wherever the compilers exist and compare.  Reference instruction
counts and test coverage go to ``data/measurements.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tasks.isa.targets import TARGETS
from tasks.isa.catalog import (MEASUREMENTS, REFERENCE_LEVELS, SOURCE_ARCH, SOURCE_LEVELS, Function, data_path,
                               functions)

# Unwind tables and the compiler's ident string are noise to a translator.
COMMON_FLAGS = ("-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-fno-stack-protector", "-fno-ident")
X86_FLAGS = ("-fcf-protection=none",)


def compilers() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Compiler and flags per architecture: the x86-64 source and every target."""
    table = {SOURCE_ARCH: ("gcc", X86_FLAGS)}
    table.update({t.name: (t.gcc, t.flags) for t in TARGETS.values()})
    return table


def available() -> bool:
    return all(shutil.which(cc) for cc, _ in compilers().values())


def compile_asm(fn: Function, arch: str, level: str) -> str:
    cc, flags = compilers()[arch]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / fn.source_file
        src.write_text(fn.source)
        subprocess.run([cc, "-S", f"-{level}", *flags, *COMMON_FLAGS, fn.source_file, "-o", "out.s"],
                       cwd=tmp, check=True, capture_output=True, text=True)
        return (Path(tmp) / "out.s").read_text()


def variants() -> list[tuple[str, str]]:
    """(arch, level) of every cached file."""
    out = [(SOURCE_ARCH, lvl) for lvl in SOURCE_LEVELS]
    out += [(t, lvl) for t in TARGETS for lvl in REFERENCE_LEVELS]
    return out


def generate_assembly(fn: Function) -> None:
    for arch, level in variants():
        path = data_path(fn.name, arch, level)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(compile_asm(fn, arch, level))


def measure_references(names: list[str]) -> dict[str, dict[str, dict[str, dict[str, float]]]]:
    """Run every reference through the evaluator; all must pass."""
    from harness.languages import EvalContext
    from harness.languages.asm.evaluate import evaluate
    from sandboxes.counters import QemuPluginCounter
    from sandboxes.local import LocalExecutor
    from tasks.isa import build_tasks
    from tasks.results import Verdict

    ctx = EvalContext(executor=LocalExecutor(), counter=QemuPluginCounter())
    jobs = [(task, ref) for task in build_tasks(names) if f"/{SOURCE_ARCH}-{SOURCE_LEVELS[-1]}/" in task.id
            for ref in task.references]  # references do not depend on the source level: measure once
    out: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for (task, ref), ev in zip(jobs, pool.map(lambda j: evaluate(j[0], j[1].code, ctx), jobs)):
            if ev.verdict != Verdict.PASS:
                raise RuntimeError(f"{task.id} reference {ref.tier}: {ev.verdict} {ev.detail}")
            fn, target, m = task.entry_point, task.id.rsplit("/", 1)[1], ev.measurement
            out.setdefault(fn, {}).setdefault(target, {})[ref.tier] = {
                "instructions": m.instructions, "coverage": m.extra["coverage"]}
            print(f"{fn:24} {target:8} {ref.tier}: {m.instructions:>12,} instructions, "
                  f"coverage {m.extra['coverage']:.1%}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="functions to regenerate (default: all)")
    parser.add_argument("--no-measure", action="store_true", help="only regenerate the assembly")
    args = parser.parse_args()
    fns = [f for f in functions() if not args.names or f.name in args.names]
    for fn in fns:
        generate_assembly(fn)
    if args.no_measure:
        return
    table = json.loads(MEASUREMENTS.read_text()) if MEASUREMENTS.exists() else {}
    table.update(measure_references([f.name for f in fns]))
    MEASUREMENTS.write_text(json.dumps(dict(sorted(table.items())), indent=1) + "\n")


if __name__ == "__main__":
    main()
