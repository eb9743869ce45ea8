"""The ``optimize`` agent as a model: ``MODEL+optimize@N`` on ``ergon run``.

It wraps a model Ergon can converse with (``openai:NAME``) and, per sample request, runs the
graph of :mod:`agents.graph` to the end; the candidate it keeps becomes the sample, scored by
the run exactly like any other (hidden tests, scored input, the same metrics), and the steps
that led to it go to the store with it (``ergon trace``).

Checkpoints go to ``agent-checkpoints.sqlite`` next to the run's response cache, one LangGraph
thread per (run, task, sample): a resumed run continues each trajectory from its last
finished node.
"""

from __future__ import annotations

import difflib
import functools
import sqlite3
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from typing import Any, Iterator, Sequence

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite import SqliteSaver

from agents.budget import Budget
from agents.graph import Tools, build, recursion_limit
from agents.state import AgentState, Candidate, order, usage_of
from agents.visible import unviewable
from harness.providers import (Conversant, Model, ModelContext, ModelOptions, ModelSpecError, Sample, SampleRequest,
                               Step, Trajectory, Usage, agent)
from tasks.results import Verdict

NAME = "optimize"
TRANSLATE = "translate"
CHECKPOINTS = "agent-checkpoints.sqlite"
MAX_PARALLEL_TASKS = 4
"""Trajectories run at once: each spends most of its time waiting on the model or the sandbox."""


def checkpointer(context: ModelContext) -> tuple[BaseCheckpointSaver[Any], sqlite3.Connection | None]:
    """SQLite checkpoints beside the run's cache; in memory for a model used outside a run."""
    if context.cache_path is None or context.run_id is None:
        return InMemorySaver(), None
    # one connection shared by the trajectory threads (SqliteSaver serialises them with its own lock);
    # WAL and a long timeout for other processes on the same file (langgraph #3857, #8136)
    conn = sqlite3.connect(context.cache_path.with_name(CHECKPOINTS), check_same_thread=False, timeout=60)
    conn.execute("PRAGMA journal_mode=WAL")
    return SqliteSaver(conn), conn


class OptimizeAgent:
    """A :class:`harness.providers.Model` that improves each sample over several rounds."""

    def __init__(self, inner: Model, iterations: int, context: ModelContext, agent_name: str = NAME) -> None:
        if not all(hasattr(inner, attr) for attr in ("opening", "converse")):
            raise ModelSpecError(f"the {agent_name} agent needs a model it can converse with (openai:NAME), not {inner.name}")
        problems = [p for p in map(unviewable, context.tasks) if p]
        if problems:
            raise ModelSpecError(f"{problems[0]} (and {len(problems) - 1} more)" if len(problems) > 1 else problems[0])
        self.inner = inner
        self.conversant: Conversant = inner  # type: ignore[assignment]
        self.budget = Budget.from_spec(iterations, context.budget)
        self.agent_name = agent_name
        self.name = f"{inner.name}+{agent_name}@{iterations}"
        self.context = context
        self._graph: Any = None
        self._conn: sqlite3.Connection | None = None

    def _compiled(self) -> Any:
        if self._graph is None:
            ctx = self.context.evaluation
            if ctx is None:
                raise ModelSpecError(f"{self.name} runs candidates as it goes: it needs a run's sandbox (use `ergon run`)")
            quiet = replace(ctx, timing_repeats=0, trace_memory=False)
            tools = Tools(model=self.conversant, tasks={t.id: t for t in self.context.tasks},
                          check=replace(quiet, counter=None), count=quiet, budget=self.budget,
                          evaluator=self.context.evaluate)
            saver, self._conn = checkpointer(self.context)
            self._graph = build(tools).compile(checkpointer=saver)
        return self._graph

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        if not requests:
            return
        graph = self._compiled()
        with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL_TASKS, len(requests))) as pool:
            futures = [pool.submit(self._trajectory, graph, req) for req in requests]
            try:
                for future in as_completed(futures):
                    yield future.result()
            except BaseException:
                for f in futures:
                    f.cancel()
                raise

    def _trajectory(self, graph: Any, req: SampleRequest) -> Sample:
        thread = f"{self.context.run_id}/{self.name}/{req.task.id}/{req.index}/{req.kind}"
        config = {"configurable": {"thread_id": thread}, "recursion_limit": recursion_limit(self.budget)}
        snapshot = graph.get_state(config)
        if not snapshot.values:
            graph.invoke(AgentState(task_id=req.task.id, index=req.index, kind=req.kind, candidates={}, rounds=0,
                                    best=None, stale=0), config)
        elif snapshot.next:  # killed mid-trajectory: continue from the last finished node
            graph.invoke(None, config)
        values: AgentState = graph.get_state(config).values
        sample = to_sample(values, req, self.agent_name)
        if sample.verdict == Verdict.GENERATION_ERROR:
            # the server's failure, not the model's: a resumed run asks again (answered replies are cached)
            graph.checkpointer.delete_thread(thread)
        return sample

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            if self._conn is not None:
                self._conn.close()


def steps_of(candidates: dict[str, Candidate]) -> list[Step]:
    steps = []
    for c in sorted(candidates.values(), key=order):
        parent = candidates.get(c["parent"]) if c["parent"] else None
        before = (parent["code"] or "") if parent else ""
        diff = "".join(difflib.unified_diff(before.splitlines(keepends=True), (c["code"] or "").splitlines(keepends=True),
                                            f"step {parent['id']}" if parent else "empty", f"step {c['id']}"))
        steps.append(Step(step=c["id"], parent=c["parent"], kind=c["kind"], code=c["code"], diff=diff,
                          verdict=c["verdict"] or "unchecked", detail=c["detail"], instructions=c["instructions"],
                          prompt_tokens=c["prompt_tokens"], completion_tokens=c["completion_tokens"],
                          cost_usd=c["cost_usd"], lines=c.get("lines")))
    return steps


def to_sample(values: AgentState, req: SampleRequest, agent_name: str = NAME) -> Sample:
    """The trajectory's final candidate as the run's sample, with every step's tokens summed into its usage."""
    candidates = values["candidates"]
    usage = functools.reduce(Usage.plus, map(usage_of, candidates.values()), Usage())
    stop = values.get("stop_reason") or "stopped"
    trajectory = Trajectory(steps=steps_of(candidates), stop_reason=stop, final=values.get("final"),
                            wall_s=values.get("wall_s"))
    final = candidates.get(values["final"]) if values.get("final") else None
    detail = f"{agent_name}: {len(candidates)} steps, {stop}"
    if final is None:
        errors = [c for c in candidates.values() if c["verdict"] == Verdict.GENERATION_ERROR]
        verdict = Verdict.GENERATION_ERROR if errors else Verdict.NO_CODE
        return Sample(task_id=req.task.id, index=req.index, code=None, raw=None, verdict=verdict,
                      detail=f"{detail}; {errors[0]['detail']}" if errors else detail, usage=usage, trajectory=trajectory)
    return Sample(task_id=req.task.id, index=req.index, code=final["code"], raw=final["raw"], detail=detail,
                  usage=usage, trajectory=trajectory)


@agent(NAME)
def _optimize(inner: Model, iterations: int, options: ModelOptions, context: ModelContext) -> Model:
    return OptimizeAgent(inner, iterations, context)


@agent(TRANSLATE)
def _translate(inner: Model, iterations: int, options: ModelOptions, context: ModelContext) -> Model:
    """The same loop for ISA translation: translate, assemble, link and check under QEMU, repair from the
    assembler's errors, failing checks and ABI-violation reports, then optimise by guest instruction count."""
    wrong = sorted({t.language for t in context.tasks} - {"asm"})
    if wrong:
        raise ModelSpecError(f"the {TRANSLATE} agent translates assembly (suite isa); use --agent {NAME} for {', '.join(wrong)}")
    return OptimizeAgent(inner, iterations, context, TRANSLATE)
