"""Every built-in task is well formed, its references are correct, and its tiers are really tiers."""

from __future__ import annotations

import copy
import importlib
import pkgutil
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import tasks.builtin
from tasks.registry import load_suite
from harness.languages import EvalContext
from sandboxes.counters import CallgrindCounter
from tasks.results import Verdict
from sandboxes.local import LocalExecutor
from tasks.canonical import canonical, equal
from harness.languages.python.evaluate import evaluate as evaluate_python
from tasks.authoring import compile_entry_point, load_task_module
from tasks.schema import Task

MIN_TIER_RATIO = 1.3
MAX_SLOWEST_INSTRUCTIONS = 6e8  # measurable in a few seconds under callgrind
MIN_FASTEST_INSTRUCTIONS = 1e4

MODULES = sorted(m.name for m in pkgutil.iter_modules(tasks.builtin.__path__) if not m.name.startswith("_"))
SUITE = {t.id: t for t in load_suite("builtin")}


def module(name: str):
    return importlib.import_module(f"tasks.builtin.{name}")


def passes_all(task: Task, code: str) -> list[str]:
    """Labels of the tests ``code`` fails (in-process: trusted reference code only)."""
    fn = compile_entry_point(code, task.entry_point, task.id)
    failed = []
    for case in task.tests:
        try:
            if not equal(canonical(fn(*copy.deepcopy(case.args))), case.expected, task.float_tolerance):
                failed.append(case.label)
        except Exception as exc:  # a wrong solution may raise
            failed.append(f"{case.label} ({type(exc).__name__})")
    return failed


def test_suite_has_at_least_30_tasks() -> None:
    assert len(SUITE) >= 30


@pytest.mark.parametrize("name", MODULES)
def test_references_pass_every_test(name: str) -> None:
    task = SUITE[getattr(module(name), "ID", name)]
    assert len(task.references) >= 3
    for ref in task.references:
        assert passes_all(task, ref.code) == [], f"tier {ref.tier} fails"
        fn = compile_entry_point(ref.code, task.entry_point, ref.tier)
        args = copy.deepcopy(task.perf_args)
        assert equal(canonical(fn(*args)), task.perf_expected, task.float_tolerance), f"tier {ref.tier} on perf input"
        assert args == task.perf_args, f"tier {ref.tier} mutates its input"


@pytest.mark.parametrize("name", MODULES)
def test_wrong_but_fast_solutions_are_caught(name: str) -> None:
    mod = module(name)
    task = SUITE[getattr(mod, "ID", name)]
    wrong = getattr(mod, "WRONG_SOLUTIONS", {})
    assert wrong, "each task ships at least one plausible wrong solution"
    for label, code in wrong.items():
        assert passes_all(task, code), f"wrong solution {label!r} passes every test"


@pytest.mark.parametrize("name", MODULES)
def test_generators_are_deterministic_and_edge_cases_present(name: str) -> None:
    mod = module(name)
    again = load_task_module(mod, "builtin")
    task = SUITE[again.id]
    assert again.content_hash == task.content_hash
    assert [c.label for c in task.tests if c.label.startswith("edge")], "hand-written edge cases"
    assert mod.perf_input(random.Random(1)) == mod.perf_input(random.Random(1))


def test_content_hash_follows_every_field() -> None:
    task = SUITE["dedupe"]
    changed = [task.model_copy(update={"prompt": task.prompt + " "}),
               task.model_copy(update={"perf_args": [[1, 2]]}),
               task.model_copy(update={"version": task.version + 1}),
               task.model_copy(update={"references": task.references[:2] + (task.references[2].model_copy(
                   update={"code": task.references[2].code + "\n"}),)})]
    assert len({task.content_hash, *(t.content_hash for t in changed)}) == 1 + len(changed)


@pytest.mark.slow
def test_tiers_are_ordered_and_separated_on_this_machine(local_executor: LocalExecutor) -> None:
    """Measured with the machine's own backend, every adjacent pair differs by at least 1.3×."""
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    jobs = [(t, r) for t in SUITE.values() for r in t.references]
    with ThreadPoolExecutor(max_workers=2) as pool:
        evaluations = list(pool.map(lambda tr: evaluate_python(tr[0], tr[1].code, ctx), jobs))
    counts: dict[str, list[int]] = {}
    problems = []
    for (task, ref), ev in zip(jobs, evaluations):
        if ev.verdict != Verdict.PASS:
            problems.append(f"{task.id}:{ref.tier} {ev.verdict} {ev.detail}")
            continue
        counts.setdefault(task.id, []).append(ev.measurement.instructions)
    for task_id, ladder in counts.items():
        for (slow, fast), (a, b) in zip(zip(ladder, ladder[1:]), zip(SUITE[task_id].tiers, SUITE[task_id].tiers[1:])):
            if slow < MIN_TIER_RATIO * fast:
                problems.append(f"{task_id}: {a} ({slow:,}) is not {MIN_TIER_RATIO}× slower than {b} ({fast:,})")
        if ladder[0] > MAX_SLOWEST_INSTRUCTIONS:
            problems.append(f"{task_id}: slowest tier too slow to measure ({ladder[0]:,} instructions)")
        if ladder[-1] < MIN_FASTEST_INSTRUCTIONS:
            problems.append(f"{task_id}: fastest tier too small to measure ({ladder[-1]:,} instructions)")
    assert not problems, "\n".join(problems)
