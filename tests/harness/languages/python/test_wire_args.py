"""Tuples, sets and complex numbers in a task's arguments reach the candidate as themselves, in the
checking run, the counted run and the line profile (they travel tagged in JSON)."""

from __future__ import annotations

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate
from harness.languages.python.lines import line_counts
from sandboxes.counters import CallgrindCounter
from sandboxes.local import LocalExecutor
from tasks.canonical import to_wire
from tasks.results import Verdict
from tasks.schema import Reference, TestCase, Task

# hashing the argument works only for a tuple; a list would raise TypeError
CODE = "def kinds(t, s, z):\n    seen = {t: 1}\n    return [type(t).__name__, sorted(s), z.imag, len(seen)]\n"


def task() -> Task:
    args = to_wire([(1, (2, 3)), {3, 1}, 2 + 5j])
    return Task(id="wire", suite="t", prompt="p", entry_point="kinds", perf_args=args,
                perf_expected=["tuple", [1, 3], 5.0, 1], tests=(TestCase(args=args, expected=["tuple", [1, 3], 5.0, 1]),),
                references=(Reference(tier="only", code=CODE),))


def test_tagged_arguments_are_made_again_when_checked_and_counted(check_only: EvalContext,
                                                                   local_executor: LocalExecutor) -> None:
    assert evaluate(task(), CODE, check_only).verdict == Verdict.PASS
    listed = CODE.replace("type(t).__name__", "'tuple' if isinstance(t, list) else 'no'")
    assert evaluate(task(), listed, check_only).verdict != Verdict.PASS  # a list could not be hashed either
    counted = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    measured = evaluate(task(), CODE, counted)
    assert measured.verdict == Verdict.PASS and measured.measurement.instructions


def test_the_line_profile_calls_with_the_same_arguments(check_only: EvalContext) -> None:
    counts = line_counts(task(), CODE, check_only)
    assert not isinstance(counts, str) and counts.error is None and counts.lines[3] == 1
