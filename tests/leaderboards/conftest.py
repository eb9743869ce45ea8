"""A results store made by real runs: the CLI measuring two built-in tasks in the local sandbox.

Five runs, each through ``python -m harness run``: the reference baselines, a samples file
(a correct and a wrong dedupe, and the second task's slowest tier), a model behind the scripted OpenAI-compatible
server with a price (so tokens and dollars are recorded), the same replies from a model without
one (tokens, no dollars), and an ``edit`` run of the baselines (a second kind for the filters);
then an ``ergon scaling`` sweep of ``dedupe`` (best-of and self-consistency at budgets 1 and 2,
streamed, so with serving times).  Measurements are cached in the store, so the runs after the
first mostly reuse the reference tiers' counts, and the sweep the samples' scores.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.endpoints.scripted_server import Deck, FakeOpenAIServer

TASKS = ("--task", "dedupe", "--task", "word_break_count")

LOOP_DEDUPE = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
SET_DEDUPE = ("def dedupe(xs):\n    seen = set()\n    out = []\n    for x in xs:\n        if x not in seen:\n"
              "            seen.add(x)\n            out.append(x)\n    return out\n")
WRONG_DEDUPE = "def dedupe(xs):\n    return sorted(set(xs))\n"
_WORD_BREAK = importlib.import_module("tasks.builtin.word_break_count").REFERENCES
SLOW_WORDS = _WORD_BREAK["all-cut-pairs"]
"""The second task's samples are its own slowest and fastest tiers: it is the suite's cheapest to measure."""
FAST_WORDS = _WORD_BREAK["per-word-length"]


def ergon(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=900,
                            env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.fixture(scope="session")
def real_results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The results directory of the runs and the sweep described above."""
    root = tmp_path_factory.mktemp("real-store")
    out = root / "out"
    common = ("--out", str(out), "--executor", "local", "--timing-repeats", "0", *TASKS)
    ergon("run", *common)
    samples = root / "samples.jsonl"
    samples.write_text("".join(json.dumps({"task_id": t, "solution": s}) + "\n" for t, s in [
        ("dedupe", LOOP_DEDUPE), ("dedupe", WRONG_DEDUPE), ("word_break_count", SLOW_WORDS)]))
    ergon("run", "--model", f"samples:{samples}", *common)
    config = root / "models.toml"
    config.write_text('[models."site-model"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n')
    def respond(body: dict, index: int) -> str:
        return f"```python\n{SET_DEDUPE if 'dedupe(' in json.dumps(body) else FAST_WORDS}```\n"

    env = {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test"}
    with FakeOpenAIServer(responder=respond, supports_n=False) as server:
        ergon("run", "--model", "openai:site-model", "--base-url", server.url, "-n", "2", *common, env=env)
        ergon("run", "--model", "openai:unpriced-model", "--base-url", server.url, *common, env=env)
    ergon("run", "--kind", "edit", *common)
    # the sweep's candidates are the samples already scored above: only the visible checks are new
    with FakeOpenAIServer(responder=Deck(lambda body: [f"```python\n{SET_DEDUPE}```\n", f"```python\n{LOOP_DEDUPE}```\n"]),
                          supports_n=False, latency=0.01) as server:
        ergon("scaling", "--suite", "builtin", "--task", "dedupe", "--model", "openai:site-model", "--base-url", server.url,
              "--strategies", "best-of,self-consistency", "--budgets", "1,2", "--stream", "--executor", "local",
              "--out", str(out), env=env)
    return out
