"""The optimisation loop as a LangGraph ``StateGraph``.

::

    draft ─▶ check ─▶ profile ─▶ select ─┬─▶ propose ×width (Send) ─▶ check ─▶ …
                                         └─▶ finalize

``check`` runs new candidates on the visible tests, ``profile`` counts the correct ones'
instructions on the profiling input (both in the run's sandbox, on
:func:`agents.visible.visible_view`), ``select`` keeps the correct candidate with the fewest
instructions, writes the feedback for the next round and decides whether to stop (budget
spent, no improvement for ``patience`` rounds).  ``propose`` branches ask the model, in
parallel, for an edit of the best candidate, or for a repair of the latest one while none is
correct.  Each node's writes are checkpointed when it finishes, so a killed run resumes at the
node it was in (and asks the model nothing it was already answered: replies are cached).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Mapping

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from agents import feedback
from agents.budget import Budget
from agents.state import AgentState, Candidate, Proposal, order, spent_tokens, spent_usd
from agents.visible import check_view, visible_view
from harness.endpoints.cost import approx_tokens
from harness.languages import EvalContext, language_for
from harness.providers import Conversant, Sample
from tasks.results import Evaluation, Verdict
from tasks.schema import Task

KEY_STRIDE = 100_000
"""Request keys: sample index × stride + round × 100 + branch, so parallel proposals with the
same messages are distinct requests (and distinct cache rows)."""


@dataclass
class Tools:
    """What the nodes use besides the state: the model, the tasks, the sandbox, the budget."""

    model: Conversant
    tasks: Mapping[str, Task]
    check: EvalContext
    """The run's sandbox without a counter: correctness on the visible tests only."""
    count: EvalContext
    budget: Budget
    _views: dict[str, tuple[Task, Task]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _counted: dict[tuple[str, str], Evaluation] = field(default_factory=dict)
    """Evaluations of languages whose one job checks and counts (asm), kept for the profile node."""

    def view(self, task_id: str, counted: bool = True) -> Task:
        """The visible view: for counting (profiling input), or for a check (a visible test in its place)."""
        with self._lock:
            if task_id not in self._views:
                view = visible_view(self.tasks[task_id])
                self._views[task_id] = (check_view(view), view)
            return self._views[task_id][counted]

    def evaluate(self, task_id: str, code: str, counted: bool) -> Evaluation:
        """A candidate on the visible view; the counted input is called the profiling input in what it says."""
        view = self.view(task_id, counted)
        if view.language == "asm":  # checked and counted in one job, under the counter only
            key = (task_id, code)
            if key not in self._counted:
                self._counted[key] = language_for(view).evaluate(view, code, self.count)
            return self._counted[key]
        ev = language_for(view).evaluate(view, code, self.count if counted else self.check)
        if counted:
            return ev.model_copy(update={"detail": ev.detail.replace("the scored input", "the profiling input")})
        first = view.tests[0]
        return ev.model_copy(update={"detail": ev.detail.replace("the scored input", f"test {first.label}")})


def candidate(sample: Sample, cid: str, parent: str | None, kind: str, round_: int) -> Candidate:
    return Candidate(id=cid, parent=parent, kind=kind, round=round_, code=sample.code, raw=sample.raw or "",
                     verdict=sample.verdict.value if sample.verdict else None, detail=sample.detail if sample.verdict else "",
                     instructions=None, prompt_tokens=sample.usage.prompt_tokens,
                     completion_tokens=sample.usage.completion_tokens, cost_usd=sample.usage.cost_usd,
                     eflops=sample.usage.eflops)


def build(tools: Tools) -> StateGraph:
    """The graph (uncompiled: the caller picks the checkpointer)."""

    def draft(state: AgentState) -> dict[str, Any]:
        task = tools.tasks[state["task_id"]]
        messages = tools.model.opening(task, state["kind"])
        cap = tools.budget.completion_cap(0, approx_tokens("".join(m["content"] for m in messages)))
        sample = tools.model.converse(task, messages, key=state["index"] * KEY_STRIDE + 100, max_tokens=cap)
        return {"candidates": {"1": candidate(sample, "1", None, "draft", 1)}, "rounds": 1}

    def propose(p: Proposal) -> dict[str, Any]:
        task = tools.tasks[p["task_id"]]
        messages = [*tools.model.opening(task, p["kind"]),
                    {"role": "assistant", "content": feedback.shown_program(p["parent"], task.language)},
                    {"role": "user", "content": p["feedback"]}]
        key = p["index"] * KEY_STRIDE + p["round"] * 100 + p["branch"]
        sample = tools.model.converse(task, messages, key=key, max_tokens=p["max_tokens"])
        cid = str(p["round"]) if tools.budget.width == 1 else f"{p['round']}.{p['branch']}"
        kind = "edit" if p["parent"]["verdict"] == Verdict.PASS else "repair"
        return {"candidates": {cid: candidate(sample, cid, p["parent"]["id"], kind, p["round"])}, "rounds": p["round"]}

    def check(state: AgentState) -> dict[str, Any]:
        todo = [c for c in state["candidates"].values() if c["verdict"] is None]

        def one(c: Candidate) -> Candidate:
            assert c["code"] is not None  # a reply without code got its verdict from extraction
            ev = tools.evaluate(state["task_id"], c["code"], counted=False)
            return {**c, "verdict": ev.verdict.value, "detail": ev.detail}

        with ThreadPoolExecutor(max_workers=max(1, len(todo))) as pool:
            return {"candidates": {c["id"]: c for c in pool.map(one, todo)}}

    def profile(state: AgentState) -> dict[str, Any]:
        todo = [c for c in state["candidates"].values() if c["verdict"] == Verdict.PASS and c["instructions"] is None]

        def one(c: Candidate) -> Candidate:
            assert c["code"] is not None
            ev = tools.evaluate(state["task_id"], c["code"], counted=True)
            if ev.verdict != Verdict.PASS or ev.measurement is None or ev.measurement.instructions is None:
                verdict = ev.verdict if ev.verdict != Verdict.PASS else Verdict.MEASURE_ERROR
                return {**c, "verdict": verdict.value, "detail": ev.detail or "no instruction count"}
            return {**c, "instructions": ev.measurement.instructions}

        with ThreadPoolExecutor(max_workers=max(1, len(todo))) as pool:
            return {"candidates": {c["id"]: c for c in pool.map(one, todo)}}

    def select(state: AgentState) -> dict[str, Any]:
        candidates = state["candidates"]
        correct = [c for c in candidates.values() if c["verdict"] == Verdict.PASS and c["instructions"] is not None]
        best = min(correct, key=lambda c: (c["instructions"], order(c)), default=None)
        improved = best is not None and best["id"] != state.get("best")
        stale = 0 if improved or best is None else state.get("stale", 0) + 1
        update: dict[str, Any] = {"best": best["id"] if best else None, "stale": stale}
        rounds = state["rounds"]
        if any(c["verdict"] == Verdict.GENERATION_ERROR for c in candidates.values() if c["round"] == rounds):
            failed = next(c for c in candidates.values() if c["round"] == rounds and c["verdict"] == Verdict.GENERATION_ERROR)
            return {**update, "stop_reason": f"generation error: {failed['detail'][:200]}"}
        if best is not None and tools.budget.patience is not None and stale >= tools.budget.patience:
            return {**update, "stop_reason": f"no improvement for {stale} rounds"}
        view = tools.view(state["task_id"])
        if best is not None:
            parent = best
            tried = sorted((c for c in candidates.values() if c["parent"] == best["id"]), key=order)
            lineage = candidates.get(best["parent"]) if best["parent"] else None
            lineage = lineage if lineage is not None and lineage["instructions"] is not None else None
            text = feedback.edit_request(best, lineage, tried, view)
        else:
            parent = max(candidates.values(), key=order)
            text = feedback.repair_request(parent, view)
        task = tools.tasks[state["task_id"]]
        prompt = sum(approx_tokens(m["content"]) for m in tools.model.opening(task, state["kind"]))
        prompt += approx_tokens(feedback.shown_program(parent, task.language)) + approx_tokens(text)
        spent = spent_tokens(candidates)
        stop = tools.budget.exhausted(rounds, spent, spent_usd(candidates), prompt)
        return {**update, "stop_reason": stop, "parent": parent["id"], "feedback": text,
                "max_tokens": tools.budget.completion_cap(spent, prompt)}

    def route(state: AgentState) -> str | list[Send]:
        if state.get("stop_reason"):
            return "finalize"
        parent = state["candidates"][state["parent"]]  # type: ignore[index]
        return [Send("propose", Proposal(task_id=state["task_id"], index=state["index"], kind=state["kind"],
                                         round=state["rounds"] + 1, branch=b, parent=parent, feedback=state["feedback"],
                                         max_tokens=state.get("max_tokens")))
                for b in range(tools.budget.width)]

    def finalize(state: AgentState) -> dict[str, Any]:
        with_code = [c for c in state["candidates"].values() if c["code"] is not None]
        final = state.get("best") or (max(with_code, key=order)["id"] if with_code else None)
        return {"final": final}

    graph = StateGraph(AgentState)
    graph.add_node("draft", draft)
    graph.add_node("propose", propose)
    graph.add_node("check", check)
    graph.add_node("profile", profile)
    graph.add_node("select", select)
    graph.add_node("finalize", finalize)
    graph.add_edge(START, "draft")
    graph.add_edge("draft", "check")
    graph.add_edge("propose", "check")
    graph.add_edge("check", "profile")
    graph.add_edge("profile", "select")
    graph.add_conditional_edges("select", route, ["propose", "finalize"])
    graph.add_edge("finalize", END)
    return graph


def recursion_limit(budget: Budget) -> int:
    """Supersteps a full trajectory takes: four per round (model, check, profile, select), plus finalize."""
    return 4 * budget.iterations + 8
