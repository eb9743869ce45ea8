"""A results store made by real runs: the CLI measuring two built-in tasks in the local sandbox.

Four runs, each through ``python -m harness run``: the reference baselines, a samples file
(a correct loop, a wrong and a correct sieve), a model behind the scripted OpenAI-compatible
server with a price (so tokens and dollars are recorded), and an ``edit`` run of the baselines
(a second kind for the filters).  Measurements are cached in the store, so the runs after the
first mostly reuse the reference tiers' counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.endpoints.scripted_server import FakeOpenAIServer

TASKS = ("--task", "dedupe", "--task", "count_primes")

LOOP_DEDUPE = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
SET_DEDUPE = ("def dedupe(xs):\n    seen = set()\n    out = []\n    for x in xs:\n        if x not in seen:\n"
              "            seen.add(x)\n            out.append(x)\n    return out\n")
WRONG_DEDUPE = "def dedupe(xs):\n    return sorted(set(xs))\n"
TRIAL_PRIMES = ("def count_primes(n):\n    return sum(1 for k in range(2, n)\n"
                "               if all(k % d for d in range(2, int(k ** 0.5) + 1)))\n")
SIEVE_PRIMES = ("def count_primes(n):\n    if n < 3:\n        return 0\n    sieve = bytearray([1]) * n\n"
                "    sieve[0] = sieve[1] = 0\n    for p in range(2, int(n ** 0.5) + 1):\n        if sieve[p]:\n"
                "            sieve[p * p::p] = bytearray(len(range(p * p, n, p)))\n    return sum(sieve)\n")


def ergon(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=900,
                            env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.fixture(scope="session")
def real_results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The results directory of the four runs described above."""
    root = tmp_path_factory.mktemp("real-store")
    out = root / "out"
    common = ("--out", str(out), "--executor", "local", "--timing-repeats", "0", *TASKS)
    ergon("run", *common)
    samples = root / "samples.jsonl"
    samples.write_text("".join(json.dumps({"task_id": t, "solution": s}) + "\n" for t, s in [
        ("dedupe", LOOP_DEDUPE), ("dedupe", WRONG_DEDUPE), ("count_primes", TRIAL_PRIMES)]))
    ergon("run", "--model", f"samples:{samples}", *common)
    config = root / "models.toml"
    config.write_text('[models."site-model"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n')
    def respond(body: dict, index: int) -> str:
        return f"```python\n{SET_DEDUPE if 'dedupe(' in json.dumps(body) else SIEVE_PRIMES}```\n"

    with FakeOpenAIServer(responder=respond, supports_n=False) as server:
        ergon("run", "--model", "openai:site-model", "--base-url", server.url, "-n", "2", *common,
              env={**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test"})
    ergon("run", "--kind", "edit", *common)
    return out
