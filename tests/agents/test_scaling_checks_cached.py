"""Visible checks are paid once per store: a second strategy on the same pool re-runs none of them.

Two runs through :func:`harness.run.execute` on one store, best-of then GenRM, each with a pool
of the same three cached replies; the executor is the real local sandbox, wrapped to count the
jobs it is given.  Slow: the first run checks and counts the candidates under callgrind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

import agents.scaling.agent  # noqa: F401  (registers the strategies)
from harness import run as runs
from harness.endpoints.scripted_server import Deck, FakeOpenAIServer
from harness.providers import ModelOptions
from harness.store import Store
from sandboxes.executor import Job, JobResult
from sandboxes.local import LocalExecutor
from test_scaling_run import FAST, SEED, SLOW, WRONG, fenced, is_probe


class Counting:
    """The real executor, counting the jobs it runs."""

    def __init__(self, inner: LocalExecutor) -> None:
        self.inner, self.name, self.jobs = inner, inner.name, 0

    def environment(self) -> Any:
        return self.inner.environment()

    def run(self, job: Job) -> JobResult:
        self.jobs += 1
        return self.inner.run(job)

    def close(self) -> None:
        self.inner.close()


def replies(body: dict[str, Any]) -> list[str]:
    text = " ".join(m["content"] for m in body.get("messages", []))
    if "Answer with one word: yes or no" in text:
        return ["yes" if FAST in text else "no"]
    return [fenced(code) for code in (WRONG, SLOW, FAST)]


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_a_second_strategy_on_the_same_pool_runs_no_check_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_file = tmp_path / "models.toml"
    config_file.write_text("")
    monkeypatch.setenv("ERGON_CONFIG", str(config_file))
    store = Store(tmp_path / "ergon.sqlite")
    executor = Counting(LocalExecutor())
    with FakeOpenAIServer(responder=Deck(replies), supports_n=False) as server:
        jobs = []
        for model in ("openai:m+best-of@3", "openai:m+genrm@3"):
            config = runs.RunConfig(suite="agent-toy", model=model, executor="local", counter="callgrind", timing_repeats=0,
                                    workers=2, input_seed=SEED,
                                    model_options=ModelOptions(base_url=server.url, api_key=SecretStr("sk-test")))
            config = runs.resolve_counter(config, executor)
            before = executor.jobs
            runs.execute(store, store.create_run(model, config.suite, config.model_dump(mode="json")), config, executor)
            jobs.append(executor.jobs - before)
        sent = [r.body for r in server.requests if not is_probe(r.body)]
    # the first run checked all three (visible tests), counted the two correct ones, measured the
    # reference ladder and scored its choice; the second chose the same program from the same
    # three cached replies, so everything it needed was in the store
    assert jobs[0] >= 3 + 2 + 1 and jobs[1] == 0, jobs
    assert len([b for b in sent if "yes or no" not in b["messages"][-1]["content"]]) == 3
    samples = {info.model: store.samples(info.run_id) for info in store.runs()}
    assert {s.code.strip() for by_model in samples.values() for s in by_model.values()} == {FAST.strip()}
