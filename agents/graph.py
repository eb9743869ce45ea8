"""The optimisation loop as a LangGraph ``StateGraph``.

::

    draft ─▶ check ─▶ profile ─▶ select ─┬─▶ propose ×width (Send) ─▶ check ─▶ …
                                         └─▶ finalize

``check`` runs new candidates on the visible tests, ``profile`` counts the correct ones'
instructions on the profiling input (both in the run's sandbox, on
:func:`agents.visible.visible_view`), ``select`` keeps the correct candidate with the fewest
instructions, has the sandbox count how often each of its lines runs on the profiling input,
writes the feedback for the next round and decides whether to stop (budget spent, no
improvement for ``patience`` rounds, or the fastest reference tier matched on the profiling
input).  ``propose`` branches ask the model, in parallel, for an edit of the best candidate,
or for a repair of the latest one while none is correct.  Each node's writes are checkpointed
when it finishes, so a killed run resumes at the node it was in (and asks the model nothing it
was already answered: replies are cached).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from agents import feedback
from agents.budget import Budget
from agents.state import AgentState, Candidate, Proposal, order, spent_tokens, spent_usd
from agents.visible import check_view, visible_view
from harness.endpoints.cost import CHARS_PER_TOKEN, approx_tokens
from harness.languages import EvalContext, LineCounting, language_for
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
    evaluator: Callable[[Task, str, EvalContext], Evaluation] | None = None
    """The run's cached evaluation (:attr:`harness.providers.ModelContext.evaluate`), else a fresh one each time."""
    _views: dict[str, tuple[Task, Task]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _counted: dict[tuple[str, str], Evaluation] = field(default_factory=dict)
    """Evaluations of languages whose one job checks and counts (asm), kept for the profile node."""
    _targets: dict[str, int | None] = field(default_factory=dict)

    def view(self, task_id: str, counted: bool = True) -> Task:
        """The visible view: for counting (profiling input), or for a check (a visible test in its place)."""
        with self._lock:
            if task_id not in self._views:
                view = visible_view(self.tasks[task_id])
                self._views[task_id] = (check_view(view), view)
            return self._views[task_id][counted]

    def lines(self, task_id: str, code: str) -> dict[str, int] | None:
        """How often each line of ``code`` runs on the profiling input, ``None`` where the language cannot tell."""
        view = self.view(task_id)
        language = language_for(view)
        if not isinstance(language, LineCounting):
            return None
        found = language.line_counts(view, code, self.check)
        return None if isinstance(found, str) else {str(line): n for line, n in found.lines.items()}

    def target(self, task_id: str) -> int | None:
        """The fastest reference tier's instruction count on the profiling input: matching it ends a trajectory.

        ``None`` when the fastest tier is the program the agent was given (a user's own function)
        or it cannot be counted.  The count is never shown to the model.
        """
        with self._lock:
            if task_id in self._targets:
                return self._targets[task_id]
        task = self.tasks[task_id]
        fastest = task.reference("fastest")
        count = None
        if fastest.code != task.reference("slowest").code:
            ev = self.evaluate(task_id, fastest.code, counted=True)
            count = ev.measurement.instructions if ev.verdict == Verdict.PASS and ev.measurement else None
        with self._lock:
            self._targets[task_id] = count
        return count

    def _evaluate(self, view: Task, code: str, ctx: EvalContext) -> Evaluation:
        return self.evaluator(view, code, ctx) if self.evaluator else language_for(view).evaluate(view, code, ctx)

    def evaluate(self, task_id: str, code: str, counted: bool) -> Evaluation:
        """A candidate on the visible view; the counted input is called the profiling input in what it says."""
        view = self.view(task_id, counted)
        if view.language == "asm":  # checked and counted in one job, under the counter only
            key = (task_id, code)
            if key not in self._counted:
                self._counted[key] = self._evaluate(view, code, self.count)
            return self._counted[key]
        ev = self._evaluate(view, code, self.count if counted else self.check)
        if counted:
            return ev.model_copy(update={"detail": ev.detail.replace("the scored input", "the profiling input")})
        first = view.tests[0]
        return ev.model_copy(update={"detail": ev.detail.replace("the scored input", f"test {first.label}")})


def candidate(sample: Sample, cid: str, parent: str | None, kind: str, round_: int, seconds: float,
              messages: list[dict[str, str]]) -> Candidate:
    return Candidate(id=cid, parent=parent, kind=kind, round=round_, code=sample.code, raw=sample.raw or "",
                     verdict=sample.verdict.value if sample.verdict else None, detail=sample.detail if sample.verdict else "",
                     instructions=None, prompt_tokens=sample.usage.prompt_tokens,
                     completion_tokens=sample.usage.completion_tokens, cost_usd=sample.usage.cost_usd,
                     eflops=sample.usage.eflops, seconds=seconds,
                     prompt_chars=sum(len(m["content"]) for m in messages), requests=sample.usage.requests,
                     latency_s=sample.usage.latency_s, ttft_s=sample.usage.ttft_s)


def timed(node: Callable[[AgentState], dict[str, Any]]) -> Callable[[AgentState], dict[str, Any]]:
    """The node with its wall time added to the trajectory's (``wall_s``)."""

    def run(state: AgentState) -> dict[str, Any]:
        start = time.monotonic()
        update = node(state)
        return {**update, "wall_s": update.get("wall_s", 0.0) + time.monotonic() - start}

    return run


def prompt_estimate(candidates: Mapping[str, Candidate], messages_chars: int) -> int:
    """Tokens a prompt of ``messages_chars`` characters will take, from the server's own counts where it gave them.

    The prompts the model has been sent so far and the tokens it was billed for them give the
    tokens per character of this model on this conversation; without such usage (or without any
    prompt yet) the estimate is ⌈characters / 4⌉ (:func:`harness.endpoints.cost.approx_tokens`).
    A server that reports no usage is billed that same estimate, so its ratio is the fallback's.
    """
    sent = [(c["prompt_tokens"], c.get("prompt_chars", 0)) for c in candidates.values()]
    tokens, chars = sum(t for t, n in sent if n), sum(n for _, n in sent)
    if not chars or not tokens:
        return -(-messages_chars // CHARS_PER_TOKEN)
    return -(-messages_chars * tokens // chars)


def build(tools: Tools) -> StateGraph:
    """The graph (uncompiled: the caller picks the checkpointer)."""

    def draft(state: AgentState) -> dict[str, Any]:
        task = tools.tasks[state["task_id"]]
        messages = tools.model.opening(task, state["kind"])
        cap = tools.budget.completion_cap(0, approx_tokens("".join(m["content"] for m in messages)))
        start = time.monotonic()
        sample = tools.model.converse(task, messages, key=state["index"] * KEY_STRIDE + 100, max_tokens=cap)
        made = candidate(sample, "1", None, "draft", 1, time.monotonic() - start, messages)
        return {"candidates": {"1": made}, "rounds": 1}

    def propose(p: Proposal) -> dict[str, Any]:
        task = tools.tasks[p["task_id"]]
        messages = [*tools.model.opening(task, p["kind"]),
                    {"role": "assistant", "content": feedback.shown_program(p["parent"], task.language)},
                    {"role": "user", "content": p["feedback"]}]
        key = p["index"] * KEY_STRIDE + p["round"] * 100 + p["branch"]
        start = time.monotonic()
        sample = tools.model.converse(task, messages, key=key, max_tokens=p["max_tokens"])
        cid = str(p["round"]) if tools.budget.width == 1 else f"{p['round']}.{p['branch']}"
        kind = "edit" if p["parent"]["verdict"] == Verdict.PASS else "repair"
        made = candidate(sample, cid, p["parent"]["id"], kind, p["round"], time.monotonic() - start, messages)
        return {"candidates": {cid: made}, "rounds": p["round"]}

    def check(state: AgentState) -> dict[str, Any]:
        todo = [c for c in state["candidates"].values() if c["verdict"] is None]

        def one(c: Candidate) -> Candidate:
            assert c["code"] is not None  # a reply without code got its verdict from extraction
            ev = tools.evaluate(state["task_id"], c["code"], counted=False)
            return {**c, "verdict": ev.verdict.value, "detail": ev.detail}

        # the round's model calls ran in parallel (propose branches): it took as long as the longest
        rounds = state["rounds"]
        model_s = max((c.get("seconds", 0.0) for c in state["candidates"].values() if c["round"] == rounds), default=0.0)
        with ThreadPoolExecutor(max_workers=max(1, len(todo))) as pool:
            return {"candidates": {c["id"]: c for c in pool.map(one, todo)}, "wall_s": model_s}

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
        started = time.monotonic()
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
        target = state["target"] if "target" in state else tools.target(state["task_id"])
        update["target"] = target
        reached = best["instructions"] if best is not None else None
        if reached is not None and target is not None and reached <= target:
            return {**update, "stop_reason": f"matched the fastest reference tier: {reached:,} ≤ "
                                             f"{target:,} instructions on the profiling input"}
        view = tools.view(state["task_id"])
        if best is not None:
            if "lines" not in best and rounds < tools.budget.iterations:  # once, when it first becomes a parent
                assert best["code"] is not None
                best = {**best, "lines": tools.lines(state["task_id"], best["code"])}
                update["candidates"] = {best["id"]: best}
            parent = best
            tried = sorted((c for c in candidates.values() if c["parent"] == best["id"]), key=order)
            lineage = candidates.get(best["parent"]) if best["parent"] else None
            lineage = lineage if lineage is not None and lineage["instructions"] is not None else None
            text = feedback.edit_request(best, lineage, tried, view)
        else:
            parent = max(candidates.values(), key=order)
            text = feedback.repair_request(parent, view)
        task = tools.tasks[state["task_id"]]
        chars = sum(len(m["content"]) for m in tools.model.opening(task, state["kind"]))
        prompt = prompt_estimate(candidates, chars + len(feedback.shown_program(parent, task.language)) + len(text))
        spent = spent_tokens(candidates)
        wall = state.get("wall_s", 0.0) + time.monotonic() - started
        stop = tools.budget.exhausted(rounds, spent, spent_usd(candidates), prompt, wall, wall - state.get("lap_s", 0.0))
        return {**update, "stop_reason": stop, "parent": parent["id"], "feedback": text,
                "max_tokens": tools.budget.completion_cap(spent, prompt), "lap_s": wall}

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
    graph.add_node("check", timed(check))
    graph.add_node("profile", timed(profile))
    graph.add_node("select", timed(select))
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
