"""Assembly candidates that try to game the ISA measurement, through the evaluator (bwrap sandbox).

One candidate per hole an audit found in the runner that let native code share a process
with the test driver and the oracle, on a fixed input seed.  Each scored ``pass`` before
(with counts of 5 to 20 instructions for a 2-million-instruction function); each now gets
the verdict or count of what it really does.
"""

from __future__ import annotations

import json

import pytest

from harness.languages import EvalContext
from harness.languages.asm.evaluate import evaluate
from sandboxes.counters import QemuPluginCounter
from sandboxes.local import LocalExecutor
from tasks.isa import build_tasks
from tasks.isa.catalog import MEASUREMENTS
from tasks.isa.targets import TARGETS
from tasks.results import Verdict
from tasks.schema import Task

TOOLS = [t for target in TARGETS.values() for t in (target.gcc, target.qemu)] + ["gcc", "bwrap"]
pytestmark = pytest.mark.needs(*TOOLS)

TASKS = {t.id: t for t in build_tasks(["sum_primes", "insertion_sort"])}
O2_COUNT = json.loads(MEASUREMENTS.read_text())["sum_primes"]["aarch64"]["O2"]["instructions"]
OLD_SCORED_INPUT = 20000
"""sum_primes' scored input while the suite's inputs had a fixed seed."""


@pytest.fixture(scope="module")
def ctx() -> EvalContext:
    return EvalContext(executor=LocalExecutor(), counter=QemuPluginCounter())


def task(fn: str, target: str = "aarch64") -> Task:
    return TASKS[f"isa/{fn}/x86_64-O2/{target}"]


def with_honest(fn: str, target: str, wrapper: str) -> str:
    """The -O2 reference renamed ``honest`` (local), then ``wrapper`` defining the entry point."""
    ref = task(fn, target).reference("O2").code
    body = ref.replace(f".global\t{fn}", "").replace(f".globl\t{fn}", "").replace(fn, "honest").replace(".L", ".H")
    kind = "%function" if target == "aarch64" else "@function"
    return f"{body}\t.text\n\t.globl\t{fn}\n\t.type\t{fn}, {kind}\n{wrapper}"


def sum_primes(wrapper: str, target: str = "aarch64") -> str:
    return with_honest("sum_primes", target, wrapper)


def test_a_stored_answer_for_a_known_input_gains_nothing(ctx: EvalContext) -> None:
    """(a) The scored input came from a fixed seed, so its answer could be stored."""
    code = sum_primes(f"""sum_primes:
\tmov\tw9, #{OLD_SCORED_INPUT}
\tcmp\tw0, w9
\tb.ne\thonest
\tldr\tx0, =21171191
\tret
\t.ltorg
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.PASS, ev.detail
    assert ev.measurement.instructions >= O2_COUNT


@pytest.mark.parametrize("section", [".text", '.ergon_code, "ax"'], ids=["text", "own section"])
def test_work_in_a_constructor_is_refused(ctx: EvalContext, section: str) -> None:
    """(b) A constructor ran before the driver's region and went uncounted (its code in .text or in
    a section of its own, which a first fix that watched only .text would have missed)."""
    code = sum_primes(f"""sum_primes:
\tmov\tw9, #{OLD_SCORED_INPUT}
\tcmp\tw0, w9
\tb.ne\thonest
\tadrp\tx9, cache
\tldr\tx0, [x9, :lo12:cache]
\tret
precompute:
\tstp\tx29, x30, [sp, #-16]!
\tmov\tw0, #{OLD_SCORED_INPUT}
\tbl\thonest
\tadrp\tx9, cache
\tstr\tx0, [x9, :lo12:cache]
\tldp\tx29, x30, [sp], #16
\tret
\t.section\t.init_array,"aw"
\t.p2align\t3
\t.xword\tprecompute
\t.bss
\t.p2align\t3
cache:\t.skip\t8
""").replace("\t.text\n", f"\t.section\t{section}\n")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.TAMPERED and "before the measured region" in ev.detail, ev.detail


# A table of sum_primes(k) for every k <= 20000, built by a sieve on the first call.
TABLE = """sum_primes:
\tcmp\tw0, #2
\tb.gt\t1f
\tmov\tx0, #0
\tret
1:\tmov\tw9, #20000
\tcmp\tw0, w9
\tb.gt\thonest
\tadrp\tx10, built
\tldr\tx11, [x10, :lo12:built]
\tcbnz\tx11, 5f
\tadrp\tx12, composite
\tadd\tx12, x12, :lo12:composite
\tmov\tx13, #2
2:\tmul\tx14, x13, x13
\tcmp\tx14, x9
\tb.gt\t4f
\tldrb\tw15, [x12, x13]
\tcbnz\tw15, 3f
\tmov\tw16, #1
6:\tstrb\tw16, [x12, x14]
\tadd\tx14, x14, x13
\tcmp\tx14, x9
\tb.le\t6b
3:\tadd\tx13, x13, #1
\tb\t2b
4:\tadrp\tx17, table
\tadd\tx17, x17, :lo12:table
\tmov\tx13, #0
\tmov\tx14, #0
7:\tstr\tx14, [x17, x13, lsl #3]
\tcmp\tx13, #2
\tb.lt\t8f
\tldrb\tw15, [x12, x13]
\tcbnz\tw15, 8f
\tadd\tx14, x14, x13
8:\tadd\tx13, x13, #1
\tcmp\tx13, x9
\tb.le\t7b
\tmov\tx11, #1
\tstr\tx11, [x10, :lo12:built]
5:\tadrp\tx17, table
\tadd\tx17, x17, :lo12:table
\tldr\tx0, [x17, w0, sxtw #3]
\tret
\t.bss
\t.p2align\t3
built:\t.skip\t8
table:\t.skip\t8 * 20001
composite:\t.skip\t20001
"""


def test_work_in_earlier_calls_is_counted(ctx: EvalContext) -> None:
    """(b) The tests' calls came before the region in the same process: a table built then was free."""
    ev = evaluate(task("sum_primes"), sum_primes(TABLE), ctx)
    assert ev.verdict == Verdict.PASS, ev.detail
    assert ev.measurement.instructions > 100_000  # the sieve and the table (20,001 entries) are counted


def test_a_forged_count_is_refused(ctx: EvalContext) -> None:
    """(b) A new program in the counted process wrote the plugin's results file and the driver's last line."""
    script = ("printf 'begin_hits 1\\\\nend_hits 1\\\\nregion 7\\\\nregion_candidate 7\\\\n' > counts.txt; "
              "echo 'ergon: all 52 checks passed'")
    code = sum_primes(f"""sum_primes:
\tcmp\tw0, #3000
\tb.le\thonest
\tadrp\tx0, sh
\tadd\tx0, x0, :lo12:sh
\tadrp\tx1, argv
\tadd\tx1, x1, :lo12:argv
\tmov\tx2, #0
\tmov\tx8, #221
\tsvc\t#0
\tret
\t.data
sh:\t.asciz\t"/bin/sh"
dashc:\t.asciz\t"-c"
script:\t.asciz\t"{script}"
\t.p2align\t3
argv:\t.xword\tsh, dashc, script, 0
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.TAMPERED and "syscall 221" in ev.detail, ev.detail


def test_a_forged_driver_verdict_is_refused(ctx: EvalContext) -> None:
    """(b) The candidate hit the driver's end marker itself, printed its success line and exited 0."""
    code = sum_primes("""sum_primes:
\tcmp\tw0, #3000
\tb.le\thonest
\tldr\tx10, [sp, #8]
1:\tldr\tw11, [x10], #4
\tand\tw12, w11, #0xfc000000
\tmov\tw13, #0x94000000
\tcmp\tw12, w13
\tb.ne\t1b
\tsbfx\tx12, x11, #0, #26
\tsub\tx10, x10, #4
\tadd\tx10, x10, x12, lsl #2
\tblr\tx10
\tmov\tx0, #1
\tadrp\tx1, done
\tadd\tx1, x1, :lo12:done
\tmov\tx2, #28
\tmov\tx8, #64
\tsvc\t#0
\tmov\tx0, #0
\tmov\tx8, #94
\tsvc\t#0
\t.data
done:\t.ascii\t"ergon: all 52 checks passed\\n"
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.FAIL and "FAIL check" in ev.detail, ev.detail


def test_skipping_scored_calls_whose_output_was_unchecked_fails(ctx: EvalContext) -> None:
    """(c) Of the 8 arrays sorted in the region only the last was checked: sorting only it passed at 1/8 the cost."""
    code = with_honest("insertion_sort", "aarch64", """insertion_sort:
\tcmp\tw1, #300
\tb.ne\thonest
\tadrp\tx9, calls
\tldr\tx10, [x9, :lo12:calls]
\tadd\tx10, x10, #1
\tstr\tx10, [x9, :lo12:calls]
\tcmp\tx10, #8
\tb.eq\thonest
\tret
\t.bss
\t.p2align\t3
calls:\t.skip\t8
""")
    ev = evaluate(task("insertion_sort"), code, ctx)
    assert ev.verdict == Verdict.FAIL and "(perf)" in ev.detail, ev.detail


def test_an_abi_violation_hidden_by_clearing_the_flag_is_caught(ctx: EvalContext) -> None:
    """(d) x19 clobbered in all but the last calls, the driver's violation flag cleared at each entry."""
    code = sum_primes("""\t.weak\tergon_abi_violation
sum_primes:
\tldr\tx9, =ergon_abi_violation
\tcbz\tx9, 3f
\tstr\txzr, [x9]
3:\tadrp\tx10, calls
\tldr\tx11, [x10, :lo12:calls]
\tadd\tx11, x11, #1
\tstr\tx11, [x10, :lo12:calls]
\tcmp\tx11, #50
\tb.gt\thonest
\tmov\tx19, #5
\tb\thonest
\t.ltorg
\t.bss
\t.p2align\t3
calls:\t.skip\t8
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.ABI_VIOLATION and "x19" in ev.detail, ev.detail


def test_restoring_a_known_canary_is_an_abi_violation(ctx: EvalContext) -> None:
    """(d) s0 used without saving it, then set to the value the trampoline had planted (a constant)."""
    code = sum_primes("""sum_primes:
\tmv\ts0, ra
\tcall\thonest
\tmv\tra, s0
\tli\ts0, 0xC0FFEE5A00000000
\tret
""", "riscv64")
    ev = evaluate(task("sum_primes", "riscv64"), code, ctx)
    assert ev.verdict == Verdict.ABI_VIOLATION and "s0" in ev.detail, ev.detail


def test_code_changed_at_run_time_is_refused(ctx: EvalContext) -> None:
    """Rewritten code (here its own; the harness's skipped code the same way) is not the program that was checked."""
    code = sum_primes("""sum_primes:
\tstp\tx29, x30, [sp, #-32]!
\tstr\tx0, [sp, #16]
\tadrp\tx0, patchme
\tand\tx0, x0, #~0xfff
\tmov\tx1, #4096
\tmov\tx2, #7
\tmov\tx8, #226
\tsvc\t#0
\tadrp\tx9, patchme
\tadd\tx9, x9, :lo12:patchme
\tldr\tw10, =0xd503201f
\tstr\tw10, [x9]
\tldr\tx0, [sp, #16]
\tbl\tpatchme
\tldp\tx29, x30, [sp], #32
\tb\thonest
\t.p2align\t4
patchme:
\tbrk\t#0
\tret
\t.ltorg
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.TAMPERED and "modified" in ev.detail, ev.detail


def test_work_handed_to_the_kernel_is_refused(ctx: EvalContext) -> None:
    """An AF_ALG socket would have the kernel compute hashes and CRCs, uncounted; files (/proc/self/mem) likewise."""
    code = sum_primes("""sum_primes:
\tmov\tx9, x0
\tmov\tx0, #38
\tmov\tx1, #5
\tmov\tx2, #0
\tmov\tx8, #198
\tsvc\t#0
\tmov\tx0, x9
\tb\thonest
""")
    ev = evaluate(task("sum_primes"), code, ctx)
    assert ev.verdict == Verdict.TAMPERED and "syscall 198" in ev.detail, ev.detail
