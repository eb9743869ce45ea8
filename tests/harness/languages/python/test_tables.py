"""Answers tabulated in the source do not pay: compiling a constant is not counted, so the source is
capped, and a task's inputs range too widely for a capped table to beat honest work.

The table attack on ``count_primes`` is the one a determined model would write: prime counts at
every ``S``-th integer, finished by sieving from the nearest entries to the window's ends.  The
test builds only the entries around the scored window (the rest change the source's size, not the
work), at the densest spacing the cap allows when the table covers only the upper half of the range
(``S = 2 * 10^4``, see ``tasks/builtin/count_primes.py``), and measures it against the fastest tier.
"""

from __future__ import annotations

import pytest

from harness.languages import EvalContext
from harness.languages.python.evaluate import MAX_SOURCE_BYTES, evaluate
from sandboxes.counters import CallgrindCounter
from sandboxes.local import LocalExecutor
from tasks.registry import find_task
from tasks.results import Verdict
from tasks.schema import Task

FAST_DEDUPE = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
SPACING = 2 * 10**4


def padded(code: str, size: int) -> str:
    """``code`` followed by a comment that brings it to exactly ``size`` bytes."""
    filler = size - len(code.encode()) - 2
    return code + "#" + "x" * filler + "\n"


def test_a_source_over_the_cap_is_refused_without_running(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, padded(FAST_DEDUPE, MAX_SOURCE_BYTES + 1), check_only)
    assert evaluation.verdict == Verdict.RESOURCE, evaluation.detail
    assert f"{MAX_SOURCE_BYTES + 1:,} bytes" in evaluation.detail and "32 KiB" in evaluation.detail
    assert evaluation.tests_total == 0  # refused before anything ran


def test_a_source_at_the_cap_runs(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, padded(FAST_DEDUPE, MAX_SOURCE_BYTES), check_only)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


def table_attack(task: Task) -> str:
    """The fastest tier's sieve behind a table of prime counts at multiples of ``SPACING``."""
    sieve = task.reference("fastest").code.replace("def count_primes(", "def _sieve(")
    namespace: dict = {}
    exec(compile(sieve, "<fastest>", "exec"), namespace)
    lo, hi = task.perf_args
    first, last = lo // SPACING, -(-hi // SPACING)
    # prime counts at the checkpoints around the window, relative to the first one
    table, total = {first: 0}, 0
    for k in range(first, last):
        total += namespace["_sieve"](k * SPACING, (k + 1) * SPACING)
        table[k + 1] = total
    return sieve + f"""

TABLE = {table!r}
SPACING = {SPACING}


def _pi(x):
    k = (x + SPACING // 2) // SPACING          # the nearest checkpoint
    c = k * SPACING
    return TABLE[k] + _sieve(c, x) if c <= x else TABLE[k] - _sieve(x, c)


def count_primes(lo, hi):
    near = [(x + SPACING // 2) // SPACING in TABLE for x in (lo, hi)]
    if hi - lo < 50 or not all(near):           # the whole table would answer here too
        return _sieve(lo, hi)
    return _pi(hi) - _pi(lo)
"""


@pytest.mark.slow  # two counted evaluations
def test_a_table_of_prime_counts_costs_more_than_the_fastest_sieve(local_executor: LocalExecutor) -> None:
    task = find_task("count_primes")
    assert task.version == 3
    counted = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    attack = table_attack(task)
    assert len(attack.encode()) < MAX_SOURCE_BYTES
    honest = evaluate(task, task.reference("fastest").code, counted)
    tabled = evaluate(task, attack, counted)
    assert honest.verdict == tabled.verdict == Verdict.PASS, (honest.detail, tabled.detail)
    assert tabled.measurement.instructions > honest.measurement.instructions, (
        tabled.measurement.instructions, honest.measurement.instructions)
