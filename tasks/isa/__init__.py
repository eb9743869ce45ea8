"""The ``isa`` suite: translate GCC's x86-64 assembly of original C functions to AArch64 and RV64.

Each function gives four tasks, ``isa/<fn>/x86_64-<O0|O2>/<aarch64|riscv64>``; the
references are the target cross compiler's -O0, -O1 and -O2 output (slowest first).  The
assembly comes from the committed ``data/`` cache (see ``generate.py``), so loading needs
no compiler.
"""

from __future__ import annotations

import json

from tasks.isa.targets import TARGETS, Target
from tasks.isa.catalog import (LOW_COVERAGE, MEASUREMENTS, REFERENCE_LEVELS, SOURCE_ARCH, SOURCE_LEVELS, Function, data_path,
                               functions)
from tasks.registry import suite
from tasks.schema import Reference, Task

SUITE = "isa"
SEED = 20240601
"""The seed ``data/measurements.json`` was measured at; a results store draws its own (the
drivers' random inputs, the scored input among them, are made from it)."""

PROMPT = """Translate the x86-64 function below into {target} assembly.

The x86-64 code is GNU assembler (AT&T syntax) for Linux ELF and the System V AMD64 ABI,
produced by GCC 12 at -{level} from a C function with this declaration:

```c
{declarations}{prototype};
```

```asm
{source}```

Write a complete assembly file for the GNU assembler on Linux that defines the global
function `{name}` with the same behaviour.
- Target ISA: {isa}.
- Calling convention: {abi}.
- It is assembled with `{gcc} {flags} -c` and linked statically with a test harness; it may
  call C library functions.
- It is checked on edge cases and random inputs, then the instructions it executes on a
  larger workload are counted: fewer is better.

Reply with the whole file in one ```asm code block."""


def prompt(fn: Function, target: Target, level: str, source: str) -> str:
    return PROMPT.format(
        target=target.name, level=level, declarations=fn.declarations + "\n\n" if fn.declarations else "",
        prototype=fn.prototype, source=source, name=fn.name, isa=target.isa, abi=target.abi, gcc=target.gcc,
        flags=" ".join(target.flags),
    )


def build_tasks(names: list[str] | None = None, seed: int = SEED) -> list[Task]:
    """The tasks, their inputs drawn from ``seed``; the cached reference counts are stated
    only at the seed they were measured at (elsewhere the store's own references count)."""
    measured = json.loads(MEASUREMENTS.read_text()) if MEASUREMENTS.exists() else {}
    tasks = []
    for fn in functions():
        if names is not None and fn.name not in names:
            continue
        for level in SOURCE_LEVELS:
            source = data_path(fn.name, SOURCE_ARCH, level).read_text()
            for target in TARGETS.values():
                counts = measured.get(fn.name, {}).get(target.name, {})
                spec = {
                    "target": target.name, "prototype": fn.prototype, "source_file": fn.source_file,
                    "source_level": level,
                    "reference_instructions": {tier: c["instructions"] for tier, c in counts.items()} if seed == SEED else {},
                }
                # Coverage of the literal -O0 translation measures the tests; optimised
                # references can hold compiler dead code no input reaches.
                low = "O0" in counts and counts["O0"]["coverage"] < LOW_COVERAGE
                tasks.append(Task(
                    id=f"{SUITE}/{fn.name}/{SOURCE_ARCH}-{level}/{target.name}",
                    suite=SUITE,
                    kinds=("generate",),
                    language="asm",
                    prompt=prompt(fn, target, level, source),
                    entry_point=fn.name,
                    assets={"isa.json": json.dumps(spec, sort_keys=True), "driver.c": fn.driver,
                            fn.source_file: fn.source, "source.s": source},
                    references=tuple(
                        Reference(tier=lvl, code=data_path(fn.name, target.name, lvl).read_text())
                        for lvl in REFERENCE_LEVELS),
                    seed=seed,
                    tags=(target.name, f"{SOURCE_ARCH}-{level}", *fn.tags, *(("low-coverage",) if low else ())),
                ))
    return tasks


@suite(SUITE)
def isa(seed: int = SEED) -> list[Task]:
    return build_tasks(seed=seed)
