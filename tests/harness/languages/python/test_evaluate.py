"""Every way a Python candidate can go wrong ends in its own verdict, and right ones are measured."""

from __future__ import annotations

import pytest

from harness.languages import EvalContext
from sandboxes.counters import CallgrindCounter
from tasks.results import Verdict
from sandboxes.local import LocalExecutor
from harness.languages.python.evaluate import evaluate as evaluate_python
from tasks.schema import Task

FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"

CASES = {
    "correct": (FAST, Verdict.PASS),
    "wrong-but-fast (sorted set)": ("def dedupe(xs):\n    return sorted(set(xs))\n", Verdict.FAIL),
    "raises": ("def dedupe(xs):\n    raise ValueError('boom')\n", Verdict.ERROR),
    "syntax error": ("def dedupe(xs)\n    return xs\n", Verdict.SYNTAX_ERROR),
    "import-time error": ("import no_such_module_ergon\n", Verdict.LOAD_ERROR),
    "no entry point": ("def something_else(xs):\n    return xs\n", Verdict.NO_ENTRY_POINT),
    "rigged __eq__": ("class L(list):\n    def __eq__(self, other): return True\n"
                      "def dedupe(xs):\n    return L()\n", Verdict.BAD_OUTPUT),
    "int subclass": ("class I(int): pass\ndef dedupe(xs):\n    return [I(x) for x in dict.fromkeys(xs)]\n",
                     Verdict.BAD_OUTPUT),
    "memory bomb": ("def dedupe(xs):\n    return [0] * 10**10\n", Verdict.RESOURCE),
    "aborts": ("import os\ndef dedupe(xs):\n    os.abort()\n", Verdict.CRASH),
    "ctypes (refused)": ("import ctypes\ndef dedupe(xs):\n    ctypes.string_at(0)\n", Verdict.TAMPERED),
    "mutates its input": ("def dedupe(xs):\n    seen = set()\n    xs[:] = [x for x in xs if not (x in seen or seen.add(x))]\n"
                          "    return list(xs)\n", Verdict.MUTATED_INPUT),
    "output flood": ("def dedupe(xs):\n    print('x' * 10**6)\n    return list(dict.fromkeys(xs))\n",
                     Verdict.OUTPUT_FLOOD),
    "exits early": ("import sys\ndef dedupe(xs):\n    sys.exit(0)\n", Verdict.CRASH),
    "mutual recursion": ("def dedupe(xs):\n    return dedupe(xs)\n", Verdict.ERROR),
    "returns None": ("def dedupe(xs):\n    pass\n", Verdict.FAIL),
}


@pytest.mark.parametrize("name", CASES)
def test_verdicts(name: str, dedupe: Task, check_only: EvalContext) -> None:
    code, verdict = CASES[name]
    evaluation = evaluate_python(dedupe, code, check_only)
    assert evaluation.verdict == verdict, evaluation.detail
    assert evaluation.provenance["task_hash"] == dedupe.content_hash


def test_hang_is_a_timeout(dedupe: Task, check_only: EvalContext, monkeypatch) -> None:
    from harness.languages.python import evaluate as python_eval
    from sandboxes.executor import Limits

    monkeypatch.setattr(python_eval, "CHECK_LIMITS", Limits(timeout_s=2, cpu_s=30))
    evaluation = evaluate_python(dedupe, "def dedupe(xs):\n    while True: pass\n", check_only)
    assert evaluation.verdict == Verdict.TIMEOUT


def test_failure_detail_names_the_test(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate_python(dedupe, CASES["wrong-but-fast (sorted set)"][0], check_only)
    assert evaluation.detail.startswith("the scored input: wrong output")  # checked first
    assert 0 < evaluation.tests_passed < evaluation.tests_total == len(dedupe.tests) + 1


def test_memoising_candidate_gains_nothing_from_warm_up(dedupe: Task, local_executor: LocalExecutor) -> None:
    """The warm-up call uses a different input, so a cache keyed on the input cannot hit."""
    memo = ("_cache = {}\ndef dedupe(xs):\n    key = tuple(xs)\n    if key not in _cache:\n"
            "        _cache[key] = list(dict.fromkeys(xs))\n    return list(_cache[key])\n")
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    plain = evaluate_python(dedupe, FAST, ctx).measurement.instructions
    cached = evaluate_python(dedupe, memo, ctx).measurement.instructions
    assert cached >= plain


def test_measured_pass_carries_counts_timing_memory_energy(dedupe: Task, local_executor: LocalExecutor) -> None:
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=3, trace_memory=True)
    evaluation = evaluate_python(dedupe, FAST, ctx)
    m = evaluation.measurement
    assert evaluation.verdict == Verdict.PASS and m is not None
    assert m.counter == "callgrind" and m.instructions > 10_000
    assert m.wall_repeats == 3 and m.wall_ns_median > 0 and m.wall_cv is not None
    assert m.peak_memory_bytes > 0
    assert m.energy_source and (m.energy_source.startswith("estimate:") or m.energy_source.startswith("rapl"))
    for key in ("executor", "fingerprint", "python", "hash_seed", "counter", "valgrind"):
        assert key in evaluation.provenance


def test_repeated_measurement_gives_identical_counts(dedupe: Task, local_executor: LocalExecutor) -> None:
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    slow = dedupe.slow_program
    counts = {evaluate_python(dedupe, slow, ctx).measurement.instructions for _ in range(3)}
    assert len(counts) == 1


SELF_TOGGLING = """
import ctypes
def dedupe(xs):
    shim = [p for p in open("/proc/self/maps").read().split() if p.endswith("libergonroi.so")]
    toggle = ctypes.CDLL(shim[0]).ergon_toggle_collect if shim else (lambda: None)  # loaded when measured
    toggle()
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    toggle()
    return out
"""


def test_candidate_toggling_the_region_itself_is_not_trusted(dedupe: Task, local_executor: LocalExecutor) -> None:
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    evaluation = evaluate_python(dedupe, SELF_TOGGLING, ctx)
    assert evaluation.verdict == Verdict.TAMPERED, evaluation.detail


def test_patching_the_timer_does_not_fake_wall_time(dedupe: Task, local_executor: LocalExecutor) -> None:
    ctx = EvalContext(executor=local_executor, counter=None, timing_repeats=3, trace_memory=False)
    evaluation = evaluate_python(dedupe, "import time\ntime.perf_counter_ns = lambda: 0\n" + dedupe.slow_program, ctx)
    assert evaluation.verdict == Verdict.PASS and evaluation.measurement.wall_ns_median > 1000
