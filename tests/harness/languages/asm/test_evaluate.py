"""Checking and measuring assembly candidates under qemu-user (skipped without the toolchains, except in CI).

References of a representative subset pass and reproduce their cached counts; hand-made
candidates get the right verdicts; counts are identical run after run.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from harness.languages import EvalContext
from sandboxes.counters import QemuPluginCounter
from tasks.results import Evaluation, Verdict
from harness.languages.asm import evaluate as isa_evaluator
from harness.languages.asm.evaluate import evaluate as evaluate_asm
from tasks.isa.targets import TARGETS
from sandboxes.local import LocalExecutor
from tasks.isa import build_tasks
from tasks.isa.catalog import MEASUREMENTS
from tasks.schema import Task

TOOLS = [t for target in TARGETS.values() for t in (target.gcc, target.qemu)] + ["gcc"]
pytestmark = pytest.mark.needs(*TOOLS)

SUBSET = ["sum_primes", "tree_weighted_sum", "vec_stats", "is_palindrome", "sum_sq_diff", "parse_long"]
TASKS = {t.id: t for t in build_tasks(SUBSET)}
MEASURED = json.loads(MEASUREMENTS.read_text())


def task(fn: str, target: str, level: str = "O2") -> Task:
    return TASKS[f"isa/{fn}/x86_64-{level}/{target}"]


@pytest.fixture(scope="module")
def ctx() -> EvalContext:
    return EvalContext(executor=LocalExecutor(), counter=QemuPluginCounter())


def evaluate_all(ctx: EvalContext, jobs: list[tuple[Task, str]]) -> list[Evaluation]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda j: evaluate_asm(j[0], j[1], ctx), jobs))


def test_references_pass_with_cached_counts(ctx: EvalContext) -> None:
    cases = [(fn, target, tier) for fn in SUBSET for target in TARGETS for tier in ("O2",)]
    cases += [("sum_primes", target, tier) for target in TARGETS for tier in ("O0", "O1")]
    results = evaluate_all(ctx, [(task(fn, tg), task(fn, tg).reference(tier).code) for fn, tg, tier in cases])
    for (fn, target, tier), ev in zip(cases, results):
        assert ev.verdict == Verdict.PASS, (fn, target, tier, ev.detail)
        m = ev.measurement
        assert m.counter == "qemu-plugin" and m.energy_source == "unavailable: emulated"
        assert m.instructions == MEASURED[fn][target][tier]["instructions"], (fn, target, tier)
        assert ev.tests_passed == ev.tests_total > 10


def test_counts_identical_on_repeat(ctx: EvalContext) -> None:
    t = task("vec_stats", "riscv64")
    runs = evaluate_all(ctx, [(t, t.reference("O1").code)] * 3)
    counts = {(ev.measurement.instructions, ev.measurement.extra["coverage"]) for ev in runs}
    assert len(counts) == 1


def inject(code: str, entry: str, lines: str) -> str:
    """Insert ``lines`` right after the entry label."""
    assert f"\n{entry}:\n" in code
    return code.replace(f"\n{entry}:\n", f"\n{entry}:\n{lines}\n", 1)


# A hand translation: correct, saves and restores x19 properly, but slower than -O2
# (remainder by sdiv/msub, the running total kept on the stack).
SLOW_AARCH64 = """\
\t.text
\t.globl\tsum_primes
\t.type\tsum_primes, %function
sum_primes:
\tstp\tx19, xzr, [sp, #-16]!
\tsub\tsp, sp, #16
\tstr\txzr, [sp]
\tmov\tw19, #2
1:\tcmp\tw19, w0
\tb.ge\t4f
\tmov\tw2, #2
2:\tmul\tw3, w2, w2
\tcmp\tw3, w19
\tb.gt\t3f
\tsdiv\tw4, w19, w2
\tmsub\tw4, w4, w2, w19
\tcbz\tw4, 5f
\tadd\tw2, w2, #1
\tb\t2b
3:\tldr\tx5, [sp]
\tsxtw\tx6, w19
\tadd\tx5, x5, x6
\tstr\tx5, [sp]
5:\tadd\tw19, w19, #1
\tb\t1b
4:\tldr\tx0, [sp]
\tadd\tsp, sp, #16
\tldr\tx19, [sp], #16
\tret
\t.size\tsum_primes, .-sum_primes
"""


def test_hand_made_candidates(ctx: EvalContext) -> None:
    a, r = task("sum_primes", "aarch64"), task("sum_primes", "riscv64")
    fa, fr = a.reference("O2").code, r.reference("O2").code
    dead = "\tb\t9f\n" + "\tadd\tx9, x9, #1\n" * 12 + "9:"
    cases = {
        "slower": (a, SLOW_AARCH64, Verdict.PASS, ""),
        "off by one": (a, inject(fa, "sum_primes", "\tadd\tw0, w0, #1"), Verdict.FAIL, "FAIL check"),
        "clobbers x19": (a, inject(fa, "sum_primes", "\tmov\tx19, #5"), Verdict.ABI_VIOLATION, "x19"),
        "clobbers d8": (a, inject(fa, "sum_primes", "\tfmov\td8, xzr"), Verdict.ABI_VIOLATION, "d8"),
        "moves sp": (a, inject(fa, "sum_primes", "\tsub\tsp, sp, #32"), Verdict.ABI_VIOLATION, "sp"),
        "bad mnemonic": (a, inject(fa, "sum_primes", "\tmovq\t%rdi, %rax"), Verdict.ASSEMBLE_ERROR, "Error:"),
        "wrong name": (a, fa.replace("sum_primes", "sum_prime"), Verdict.NO_ENTRY_POINT, "sum_primes"),
        "null load": (a, inject(fa, "sum_primes", "\tmov\tx1, #0\n\tldr\tx0, [x1]"), Verdict.CRASH, "SIGSEGV"),
        "dead code": (a, inject(fa, "sum_primes", dead), Verdict.PASS, ""),
        "clobbers s1": (r, inject(fr, "sum_primes", "\tli\ts1, 5"), Verdict.ABI_VIOLATION, "s1"),
        "clobbers gp": (r, inject(fr, "sum_primes", "\tli\tgp, 5"), Verdict.ABI_VIOLATION, "gp"),
        "uses zbb": (r, inject(fr, "sum_primes", "\t.option arch, +zbb\n\tcpop\tt0, a0"), Verdict.CRASH, "SIGILL"),
        "x86 syntax": (r, inject(fr, "sum_primes", "\tpushq\t%rbp"), Verdict.ASSEMBLE_ERROR, "Error:"),
    }
    results = dict(zip(cases, evaluate_all(ctx, [(t, code) for t, code, _, _ in cases.values()])))
    for name, (_, _, verdict, detail) in cases.items():
        ev = results[name]
        assert ev.verdict == verdict, (name, ev.verdict, ev.detail)
        assert detail in ev.detail, (name, ev.detail)
    slow = results["slower"].measurement.extra
    assert slow["ratio_vs_O2"] > 1.1 and not slow["low_coverage"]
    dead_extra = results["dead code"].measurement.extra
    assert dead_extra["low_coverage"] and len(dead_extra["uncovered"]) == 12


def test_timeout(ctx: EvalContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isa_evaluator, "RUN_TIMEOUT_S", 1.0)
    a = task("sum_primes", "aarch64")
    loop = "\t.text\n\t.globl\tsum_primes\nsum_primes:\n\tb\tsum_primes\n"
    assert isa_evaluator.build_job(a, loop).limits.timeout_s == isa_evaluator.RUNS * 1.0 + isa_evaluator.TOOLS_S
    ev = evaluate_asm(a, loop, ctx)
    assert ev.verdict == Verdict.TIMEOUT and "no exit within 1.0 s" in ev.detail, ev.detail
