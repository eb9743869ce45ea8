"""The optimize agent's own cost per step: graph, checkpoints and bookkeeping, without the model
and the sandbox; and what a resumed trajectory re-sends.

The scripted server answers with three ``dedupe`` programs (slow, fast, wrong) in turn; the
sandbox (local executor, callgrind) evaluates each distinct program once, and repeated ones are
answered from a memo, so the loop runs many trajectories quickly.  Time inside the model calls
and the evaluations is measured and subtracted; what remains, per node executed, is the harness's
overhead.  Then every trajectory is run again on the same checkpoint file: it must send no request.

    python -m benchmarks.agent_overhead [--trajectories 20] [--iterations 4]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Sequence

from langgraph.checkpoint.sqlite import SqliteSaver
from pydantic import SecretStr

from agents.budget import Budget
from agents.graph import Tools, build, recursion_limit
from agents.state import AgentState
from harness.endpoints.provider import OpenAIModel
from harness.endpoints.scripted_server import FakeOpenAIServer
from harness.languages import EvalContext
from harness.providers import ModelContext, ModelOptions, Sample
from sandboxes.counters import select_counter
from sandboxes.local import LocalExecutor
from tasks.registry import find_task
from tasks.results import Evaluation

PROGRAMS = ("def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n",
            "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n",
            "def dedupe(xs):\n    return sorted(set(xs))\n")


class Timed(Tools):
    """Tools that time the sandbox and memoise evaluations by (code, counted) and line profiles by code."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.memo: dict[tuple[str, bool], Evaluation] = {}
        self.line_memo: dict[str, dict[str, int] | None] = {}
        self.seconds = 0.0
        self.lock = threading.Lock()

    def evaluate(self, task_id: str, code: str, counted: bool) -> Evaluation:
        start = time.perf_counter()
        if (code, counted) not in self.memo:
            self.memo[(code, counted)] = super().evaluate(task_id, code, counted)
        with self.lock:
            self.seconds += time.perf_counter() - start
        return self.memo[(code, counted)]

    def lines(self, task_id: str, code: str) -> dict[str, int] | None:
        start = time.perf_counter()
        if code not in self.line_memo:
            self.line_memo[code] = super().lines(task_id, code)
        with self.lock:
            self.seconds += time.perf_counter() - start
        return self.line_memo[code]


class TimedModel:
    def __init__(self, model: OpenAIModel) -> None:
        self.model, self.name, self.seconds, self.calls = model, model.name, 0.0, 0
        self.lock = threading.Lock()

    def opening(self, task: Any, kind: str) -> list[dict[str, str]]:
        return self.model.opening(task, kind)

    def converse(self, task: Any, messages: Sequence[dict[str, str]], key: int, max_tokens: int | None = None) -> Sample:
        start = time.perf_counter()
        sample = self.model.converse(task, messages, key, max_tokens)
        with self.lock:
            self.seconds += time.perf_counter() - start
            self.calls += 1
        return sample


def respond(body: dict[str, Any], index: int) -> str:
    shown = sum(1 for m in body["messages"] if m["role"] == "assistant")
    return f"```python\n{PROGRAMS[min(shown, 2)] if shown < 2 else PROGRAMS[(len(body['messages'][-1]['content']) % 2) + 1]}```"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trajectories", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=4)
    args = parser.parse_args()
    task = find_task("dedupe")
    executor = LocalExecutor()
    ctx = EvalContext(executor=executor, counter=select_counter(executor, ("perf", "callgrind")), timing_repeats=0,
                      trace_memory=False)
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(responder=respond, supports_n=False) as server:
        inner = OpenAIModel("bench", ModelOptions(base_url=server.url, api_key=SecretStr("x")),
                            ModelContext(cache_path=Path(tmp) / "responses.sqlite"))
        model = TimedModel(inner)
        budget = Budget(iterations=args.iterations)
        tools = Timed(model=model, tasks={task.id: task}, check=ctx.__class__(**{**ctx.__dict__, "counter": None}),
                      count=ctx, budget=budget)
        conn = sqlite3.connect(Path(tmp) / "checkpoints.sqlite", check_same_thread=False)
        graph = build(tools).compile(checkpointer=SqliteSaver(conn))
        tools.evaluate(task.id, PROGRAMS[0], False)  # warm: the first sandbox job pays for setup
        rows = []
        for label in ("first run", "resumed (same checkpoints)"):
            sent_before, model.seconds, tools.seconds = len(server.requests), 0.0, 0.0
            start = time.perf_counter()
            nodes = 0
            for i in range(args.trajectories):
                config = {"configurable": {"thread_id": f"bench/{i}"}, "recursion_limit": recursion_limit(budget)}
                if graph.get_state(config).values:
                    continue  # finished: a resumed run reads its result, sending nothing
                for _ in graph.stream(AgentState(task_id=task.id, index=i, kind="generate", candidates={}, rounds=0,
                                                 best=None, stale=0), config, stream_mode="updates"):
                    nodes += 1
            wall = time.perf_counter() - start
            overhead = wall - model.seconds - tools.seconds
            rows.append((label, args.trajectories, nodes, len(server.requests) - sent_before, wall, model.seconds,
                         tools.seconds, 1000 * overhead / nodes if nodes else 0.0))
        inner.close()
        conn.close()
    executor.close()
    print("| pass | trajectories | nodes run | requests sent | wall s | model s | sandbox s | overhead ms/node |")
    print("|---|---|---|---|---|---|---|---|")
    for label, n, nodes, sent, wall, model_s, sandbox_s, per_node in rows:
        print(f"| {label} | {n} | {nodes} | {sent} | {wall:.2f} | {model_s:.2f} | {sandbox_s:.2f} | {per_node:.1f} |")


if __name__ == "__main__":
    main()
