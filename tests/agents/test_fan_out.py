"""Parallel proposals (LangGraph ``Send``) and the patience stop, through the agent as a model:
the real scripted server and the local executor (bwrap), without a run around it."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from harness.endpoints.scripted_server import FakeOpenAIServer
from harness.languages import EvalContext
from harness.providers import ModelContext, ModelOptions, SampleRequest, make_model
from sandboxes.counters import select_counter
from sandboxes.local import LocalExecutor
from tasks.authoring import load_task_module

HERE = Path(__file__).parent
FAST = "def dedupe(xs):\n    return list({x: None for x in xs})\n"
"""Linear but a Python-level loop: not the fastest tier, whose count would end the trajectory at once."""
SLOWER = "def dedupe(xs):\n    seen = set()\n    return [x for x in xs if not (x in seen or seen.add(x))]\n"
WRONG = "def dedupe(xs):\n    return sorted(set(xs))\n"


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_parallel_proposals_fan_out_from_the_best_and_patience_stops_the_loop(tmp_path: Path) -> None:
    """About a minute on a loaded 2-core machine: three candidates are checked, two counted under callgrind."""
    import agents.optimize  # noqa: F401  (registers the agent, as the ergon.agents entry point does)

    import tiny_dedupe  # on the path: conftest.py
    task = load_task_module(tiny_dedupe, suite="agent-toy", seed=7)
    edits = itertools.cycle([WRONG, SLOWER])

    def respond(body: dict[str, Any], index: int) -> str:
        shown = any(m["role"] == "assistant" for m in body["messages"])
        return f"```python\n{next(edits) if shown else FAST}```"

    executor = LocalExecutor()
    ctx = EvalContext(executor=executor, counter=select_counter(executor, ("perf", "callgrind")))
    with FakeOpenAIServer(responder=respond, supports_n=False) as server:
        context = ModelContext(tasks=[task], cache_path=tmp_path / "responses.sqlite", run_id="r1", evaluation=ctx,
                               budget={"width": 2, "patience": 1})
        model = make_model("openai:m+optimize@3", ModelOptions(base_url=server.url, api_key=SecretStr("x")), context)
        try:
            assert model.name == "openai:m+optimize@3"
            (sample,) = model.generate([SampleRequest(task=task, index=0)])
        finally:
            model.close()
        bodies = [r.body for r in server.requests]
    executor.close()
    assert sample.trajectory is not None
    steps = {s.step: s for s in sample.trajectory.steps}
    assert set(steps) == {"1", "2.0", "2.1"} and steps["2.0"].parent == steps["2.1"].parent == "1"
    assert sorted(steps[s].verdict for s in ("2.0", "2.1")) == ["fail", "pass"]
    slower = next(s for s in ("2.0", "2.1") if steps[s].verdict == "pass")
    assert steps[slower].instructions > steps["1"].instructions
    assert sample.trajectory.stop_reason == "no improvement for 1 rounds" and sample.trajectory.final == "1"
    assert sample.code == FAST
    assert len(bodies) == 3 and bodies[1]["messages"] == bodies[2]["messages"]  # the same request, sent twice
    assert sample.usage.completion_tokens == sum(s.completion_tokens for s in steps.values())
