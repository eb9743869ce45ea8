"""``ergon optimize``: the optimize agent on a user's own function, and the evidence for its result.

With ``--bench`` the original and the result are then compared input by input: instruction
counts and wall time on each of the user's inputs, and per kind of input (the user's, those
drawn and shown to the agent, those held out) how many returned what the original returns.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from agents.own_code import CannotIsolate, as_task, drawn_inputs, load_function, parameters, parse_inputs, rewritten
from harness.executors import make_executor, resolve_name
from harness.languages import EvalContext, languages
from harness.languages.python.evaluate import outputs
from harness.providers import ModelContext, ModelOptions, ModelSpecError, SampleRequest, agent_spec, make_model
from sandboxes.counters import select_counter
from tasks.canonical import equal
from tasks.results import Evaluation, Verdict
from tasks.schema import Reference, Task, TestCase

DEFAULT_ITERATIONS = 4
BENCH_REPEATS = 5
"""Timed calls per input and version for ``--bench``'s wall times (their median is shown)."""


@dataclass(frozen=True)
class BenchInput:
    """One of the user's inputs, run by the original and by the result."""

    label: str
    before: int | None
    after: int | None
    wall_before_s: float | None
    wall_after_s: float | None


@dataclass(frozen=True)
class Agreement:
    """How many inputs of one kind the result answered as the original does."""

    kind: str
    compared: int
    agreed: int


@dataclass(frozen=True)
class OwnReport:
    path: Path
    diff: str
    before: int
    after: int | None
    checked: int
    agreed: int
    shown: int
    held_out: int
    yours: int
    stop_reason: str
    problem: str | None
    """Why the result must not be written (not correct, not faster, no code), ``None`` when it may."""
    rewritten: str
    bench: list[BenchInput] | None = None
    agreement: list[Agreement] | None = None
    """``--bench`` only."""


def _probe_task(name: str, source: str, calls: list[list[Any]]) -> Task:
    """A task whose tests are just calls (expected values unknown): for reading the original's outputs."""
    return Task(id="own.probe", suite="own", prompt="-", entry_point=name, perf_args=calls[0],
                tests=tuple(TestCase(args=a, expected=None, label=f"call-{i}") for i, a in enumerate(calls)),
                references=tuple(Reference(tier=t, code=source) for t in ("a", "b", "c")))


def _original_outputs(name: str, source: str, yours: list[list[Any]], drawn: list[list[Any]],
                      ctx: EvalContext) -> tuple[list[Any], list[list[Any]]]:
    """The original's outputs (in the sandbox, twice: they must agree) on your inputs and the drawn ones it accepts."""
    calls = yours + drawn
    task = _probe_task(name, source, calls)
    failed, first = outputs(task, source, ctx)
    if not first:
        raise CannotIsolate(f"the original {name}() could not be run in the sandbox: {failed.detail if failed else '?'}")
    _, second = outputs(task, source, ctx)
    if [o.get("output") for o in first] != [o.get("output") for o in second]:
        raise CannotIsolate(f"{name}() returned different results for the same input on two runs: it is not "
                            "deterministic, so no rewrite can be checked against it")
    for i, out in enumerate(first[: len(yours)]):
        if "error" in out:
            raise CannotIsolate(f"the original {name}() fails on --input {i}: {out['error'][:200]}")
    # drawn inputs the original rejects (outside its domain) are dropped, not held against a rewrite
    kept = [(a, o["output"]) for a, o in zip(drawn, first[len(yours):]) if "error" not in o]
    return [o["output"] for o in first[: len(yours)]] + [o for _, o in kept], [a for a, _ in kept]


def _measured(ev: Evaluation) -> tuple[int | None, float | None]:
    m = ev.measurement if ev.verdict == Verdict.PASS else None
    wall = m.wall_ns_median / 1e9 if m and m.wall_ns_median is not None else None
    return (m.instructions if m else None), wall


def bench(task: Task, original: str, result: str, n_yours: int,
          counting: EvalContext) -> tuple[list[BenchInput], list[Agreement]]:
    """The original and ``result`` side by side on each of the user's inputs, and their agreement per kind of input.

    Each input is counted alone (the task with that input as its counted one and its only test),
    with ``BENCH_REPEATS`` timed calls in the same sandbox.  Agreement comes from one check run
    of ``result`` on every input, compared with the original's outputs.
    """
    timed = EvalContext(executor=counting.executor, counter=counting.counter, timing_repeats=BENCH_REPEATS,
                        trace_memory=False)
    rows = []
    for i, case in enumerate(task.tests[:n_yours]):
        alone = task.model_copy(update={"perf_args": case.args, "perf_expected": case.expected, "profile_args": case.args,
                                        "tests": (case,)})
        (before, wall_before), (after, wall_after) = (_measured(languages.get("python").evaluate(alone, code, timed))
                                                      for code in (original, result))
        rows.append(BenchInput(f"input {i}", before, after, wall_before, wall_after))
    _, got = outputs(task, result, EvalContext(executor=counting.executor, counter=None))
    kinds: dict[str, list[bool]] = {"yours": [], "drawn, shown to the agent": [], "drawn, held out": []}
    for i, case in enumerate(task.tests):
        kind = "yours" if i < n_yours else "drawn, held out" if case.hidden else "drawn, shown to the agent"
        out = got[i] if i < len(got) else {}
        kinds[kind].append("error" not in out and "output" in out and equal(out["output"], case.expected))
    return rows, [Agreement(kind, len(v), sum(v)) for kind, v in kinds.items()]


def optimize_function(target: str, input_texts: tuple[str, ...], model_spec: str, budget: Mapping[str, float],
                      executor_name: str, allow_unsandboxed: bool, options: ModelOptions, out_dir: Path,
                      log: Callable[[str], None] = lambda _: None, with_bench: bool = False) -> OwnReport:
    fn = load_function(target)
    params = parameters(fn)
    yours = parse_inputs(input_texts)
    for i, args in enumerate(yours):
        if len(args) != len(params):
            raise ModelSpecError(f"--input {i} gives {len(args)} argument(s); {fn.name}() takes {len(params)} "
                                 f"({', '.join(params)}): write a tuple for several")
    drawn = drawn_inputs(fn, params)
    extra = dict(budget)
    iterations = extra.pop("iterations", DEFAULT_ITERATIONS)
    if iterations != int(iterations) or iterations < 1:
        raise ModelSpecError(f"--budget iterations={iterations:g}: must be a whole number ≥ 1")
    executor = make_executor(resolve_name(executor_name), untrusted=True, allow_unsandboxed=allow_unsandboxed, log=log)
    try:
        counter = select_counter(executor, languages.get("python").counters)
        counting = EvalContext(executor=executor, counter=counter, timing_repeats=0, trace_memory=False)
        log(f"running the original on {len(yours)} input(s) of yours and {len(drawn)} drawn from its type hints")
        expected, drawn = _original_outputs(fn.name, fn.source, yours, drawn, EvalContext(executor=executor, counter=None))
        task = as_task(fn, yours, drawn, expected)
        original = languages.get("python").evaluate(task, fn.source, counting)
        if original.verdict != Verdict.PASS or original.measurement is None or original.measurement.instructions is None:
            raise CannotIsolate(f"the original {fn.name}() cannot be measured: {original.verdict}: {original.detail}")
        before = original.measurement.instructions
        context = ModelContext(tasks=[task], cache_path=out_dir / "responses.sqlite", run_id=f"optimize:{task.content_hash}",
                               evaluation=counting, budget=extra)
        model = make_model(agent_spec(model_spec, "optimize", int(iterations)), options, context)
        try:
            log(f"optimizing {fn.name}() with {model.name}")
            sample = next(iter(model.generate([SampleRequest(task=task, index=0, kind="edit")])))
        finally:
            model.close()
        stop = sample.trajectory.stop_reason if sample.trajectory else "?"
        shown = sum(1 for t in task.tests if not t.hidden) - len(yours)
        held_out = sum(1 for t in task.tests if t.hidden)
        if sample.code is None:
            return OwnReport(fn.path, "", before, None, 0, 0, shown, held_out, len(yours), stop,
                             f"the agent produced no program ({sample.detail})", fn.file_text)
        final = languages.get("python").evaluate(task, sample.code, counting)  # every input, held-out ones too
        after = final.measurement.instructions if final.measurement else None
        new_text = rewritten(fn, sample.code)
        diff = "".join(difflib.unified_diff(fn.file_text.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                            str(fn.path), f"{fn.path} (optimized)"))
        problem = None
        if final.verdict != Verdict.PASS:
            problem = f"the result is not equivalent: {final.verdict}: {final.detail}"
        elif after is None or after >= before:
            problem = f"the result is not faster ({after:,} vs {before:,} instructions)" if after else "no count"
        checked = len(task.tests) + 1
        bench_rows, agreement = None, None
        if with_bench:
            log(f"benchmarking the original and the result on {len(yours)} input(s) of yours")
            bench_rows, agreement = bench(task, fn.source, sample.code, len(yours), counting)
        return OwnReport(fn.path, diff, before, after, checked, final.tests_passed, shown, held_out, len(yours), stop,
                         problem, new_text, bench_rows, agreement)
    finally:
        executor.close()
