"""Strategies as models: ``MODEL+best-of@N``, ``MODEL+self-consistency@N``, ``MODEL+genrm@N``, ``MODEL+refine@N``.

For each sample request the agent draws a pool of ``N`` candidates, lets the strategy gather
its evidence and choose, and yields the chosen candidate as the sample — scored by the run like
any other — with every candidate's visible verdict, profiling count and compute in its
trajectory (``ergon trace``) and the task's totals (tokens, $, FLOPs, eFLOPs, Singhi et al.'s C)
in the trajectory's ``compute``.  ``refine`` is the optimize agent's edit loop with ``N`` steps.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from typing import Callable, Iterator, Mapping, Sequence

from agents import optimize
from agents.budget import Budget
from agents.graph import Tools
from agents.scaling.best_of import BestOf
from agents.scaling.compute import flops, of_pool
from agents.scaling.genrm import GenRM
from agents.scaling.pool import Pool, draw
from agents.scaling.self_consistency import SelfConsistency
from agents.scaling.strategy import Strategy
from agents.visible import unviewable
from harness.providers import (Conversant, Model, ModelContext, ModelOptions, ModelSpecError, Sample, SampleRequest,
                               Step, Trajectory, agent)
from tasks.results import Verdict
from tasks.schema import Task

MAX_PARALLEL_TASKS = 2
BUDGET_KEYS = {"verifications": "model verifications per candidate (genrm)"}


def make_strategy(name: str, budget: Mapping[str, float]) -> Strategy:
    """The strategy ``name`` with its budget keys, or a one-line error."""
    unknown = sorted(set(budget) - set(BUDGET_KEYS))
    if unknown:
        raise ModelSpecError(f"unknown budget key(s) {', '.join(unknown)} for {name} (known: iterations, "
                             + ", ".join(f"{k} = {v}" for k, v in BUDGET_KEYS.items()) + ")")
    if name == GenRM.name:
        v = budget.get("verifications", 1)
        if v != int(v):
            raise ModelSpecError(f"budget verifications={v:g}: must be a whole number")
        return GenRM(int(v))
    if "verifications" in budget:
        raise ModelSpecError(f"budget verifications applies to genrm, not {name}")
    return {BestOf.name: BestOf, SelfConsistency.name: SelfConsistency}[name]()


def check_tasks(tasks: Sequence[Task], name: str) -> None:
    """Refuse, before anything runs, tasks a strategy cannot work on (no visible split, not python)."""
    wrong = sorted({t.language for t in tasks} - {"python"})
    if wrong:
        raise ModelSpecError(f"the {name} strategy works on python tasks, not {', '.join(wrong)}")
    problems = [p for p in map(unviewable, tasks) if p]
    if problems:
        raise ModelSpecError(problems[0])


def params_of(model: Model) -> float | None:
    """The model's configured parameter count (for 2·P·T FLOPs), if any."""
    info = getattr(model, "info", None)
    arch = getattr(info, "architecture", None)
    return float(arch.params) if arch is not None else None


def tools_for(model: Model, context: ModelContext, name: str) -> Tools:
    """The visible-view tools of :mod:`agents.graph` on the run's sandbox (no timing, no memory tracing)."""
    if not all(hasattr(model, attr) for attr in ("opening", "converse")):
        raise ModelSpecError(f"the {name} strategy needs a model it can converse with (openai:NAME), not {model.name}")
    if context.evaluation is None:
        raise ModelSpecError(f"{name} checks candidates as it goes: it needs a run's sandbox (use `ergon run`)")
    quiet = replace(context.evaluation, timing_repeats=0, trace_memory=False)
    conversant: Conversant = model  # type: ignore[assignment]
    return Tools(model=conversant, tasks={t.id: t for t in context.tasks}, check=replace(quiet, counter=None),
                 count=quiet, budget=Budget(iterations=1), evaluator=context.evaluate)


def steps(pool: Pool, params: float | None) -> list[Step]:
    out = []
    for c in pool.candidates:
        detail = c.detail
        if c.verifications:
            detail = f"verifier: {sum(c.verifications)}/{len(c.verifications)} yes" + (f"; {detail}" if detail else "")
        calls = [c.call, *c.verify_calls]
        out.append(Step(step=str(c.number + 1), parent=None, kind="sample", code=c.code, diff="", verdict=c.verdict,
                        detail=detail, instructions=c.instructions, prompt_tokens=sum(x.prompt_tokens for x in calls),
                        completion_tokens=sum(x.completion_tokens for x in calls),
                        cost_usd=_sum(x.cost_usd for x in calls), eflops=_sum(x.eflops for x in calls),
                        flops=_sum(flops(params, x) for x in calls)))
    return out


def _sum(values: Iterator[float | None] | Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def chosen_sample(req: SampleRequest, pool: Pool, strategy: Strategy, params: float | None) -> Sample:
    """The strategy's choice as the run's sample, with every candidate's tokens summed into its usage."""
    compute = of_pool(pool, strategy.verifications, params)
    usage = compute.serving
    chosen = strategy.choose(pool, range(len(pool.candidates)))
    passing = sum(c.visible_pass for c in pool.candidates)
    detail = f"{strategy.name}: {len(pool.candidates)} candidates, {passing} pass the visible tests"
    final = pool.candidates[chosen] if chosen is not None else None
    trajectory = Trajectory(steps=steps(pool, params), stop_reason=detail,
                            final=str(final.number + 1) if final else None, compute=compute.summary())
    if final is None:
        errors = [c for c in pool.candidates if c.verdict == Verdict.GENERATION_ERROR.value]
        verdict = Verdict.GENERATION_ERROR if errors and len(errors) == len(pool.candidates) else Verdict.NO_CODE
        return Sample(task_id=req.task.id, index=req.index, code=None, verdict=verdict,
                      detail=f"{detail}; {errors[0].detail}" if errors else detail, usage=usage, trajectory=trajectory)
    return Sample(task_id=req.task.id, index=req.index, code=final.code, raw=final.raw, detail=detail, usage=usage,
                  trajectory=trajectory)


class StrategyAgent:
    """A :class:`harness.providers.Model` that answers each request with a strategy's pick of ``n`` candidates."""

    def __init__(self, inner: Model, n: int, context: ModelContext, strategy: Strategy) -> None:
        self.inner, self.n, self.context, self.strategy = inner, n, context, strategy
        self.name = f"{inner.name}+{strategy.name}@{n}"
        self.params = params_of(inner)
        self._tools: Tools | None = None
        check_tasks(context.tasks, strategy.name)
        if not context.probe:
            tools_for(inner, context, strategy.name)  # fail before the run starts, not per sample

    def pool(self, req: SampleRequest) -> Pool:
        if self._tools is None:
            self._tools = tools_for(self.inner, self.context, self.strategy.name)
        pool = draw(self._tools, req, self.n)
        self.strategy.gather(self._tools, pool, req)
        return pool

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        if not requests:
            return
        with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL_TASKS, len(requests))) as ex:
            futures = [ex.submit(lambda r: chosen_sample(r, self.pool(r), self.strategy, self.params), req)
                       for req in requests]
            for future in as_completed(futures):
                yield future.result()

    def close(self) -> None:
        self.inner.close()


def _register(name: str) -> Callable[..., Model]:
    @agent(name)
    def factory(inner: Model, n: int, options: ModelOptions, context: ModelContext) -> Model:
        return StrategyAgent(inner, n, context, make_strategy(name, context.budget))
    return factory


for _name in (BestOf.name, SelfConsistency.name, GenRM.name):
    _register(_name)


@agent("refine")
def _refine(inner: Model, steps_: int, options: ModelOptions, context: ModelContext) -> Model:
    """Sequential refinement: the optimize agent's edit loop with ``steps_`` model rounds."""
    return optimize.OptimizeAgent(inner, steps_, context, "refine")
