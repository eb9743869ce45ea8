"""A results store made by real runs: the CLI measuring two built-in tasks in the local sandbox.

Five runs, each through ``python -m harness run``: the reference baselines, a samples file
(a correct loop, a wrong and a correct sieve), a model behind the scripted OpenAI-compatible
server with a price (so tokens and dollars are recorded), the same replies from a model without
one (tokens, no dollars), and an ``edit`` run of the baselines (a second kind for the filters);
then an ``ergon scaling`` sweep of ``dedupe`` (best-of and self-consistency at budgets 1 and 2,
streamed, so with serving times).  Measurements are cached in the store, so the runs after the
first mostly reuse the reference tiers' counts, and the sweep the samples' scores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.endpoints.scripted_server import Deck, FakeOpenAIServer

TASKS = ("--task", "dedupe", "--task", "count_primes")

LOOP_DEDUPE = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
SET_DEDUPE = ("def dedupe(xs):\n    seen = set()\n    out = []\n    for x in xs:\n        if x not in seen:\n"
              "            seen.add(x)\n            out.append(x)\n    return out\n")
WRONG_DEDUPE = "def dedupe(xs):\n    return sorted(set(xs))\n"
TRIAL_PRIMES = ("def count_primes(lo, hi):\n    lo = max(lo, 2)\n    if hi <= lo:\n        return 0\n"
                "    root = int(hi ** 0.5) + 1\n    small = [True] * (root + 1)\n    base = []\n    for p in range(2, root + 1):\n"
                "        if small[p]:\n            base.append(p)\n            for q in range(p * p, root + 1, p):\n"
                "                small[q] = False\n"
                "    keep = [True] * (hi - lo)\n    for p in base:\n"
                "        for j in range(max(p * p, (lo + p - 1) // p * p), hi, p):\n            keep[j - lo] = False\n"
                "    return sum(keep)\n")
SIEVE_PRIMES = ("def count_primes(lo, hi):\n    lo = max(lo, 2)\n    if hi <= lo:\n        return 0\n"
                "    root = int(hi ** 0.5) + 1\n    small = bytearray([1]) * (root + 1)\n    small[0] = small[1] = 0\n"
                "    for i in range(2, int(root ** 0.5) + 1):\n        if small[i]:\n"
                "            small[i * i::i] = bytes(len(range(i * i, root + 1, i)))\n"
                "    seg = bytearray([1]) * (hi - lo)\n    for p in range(2, root + 1):\n        if small[p]:\n"
                "            s = max(p * p, (lo + p - 1) // p * p)\n            if s < hi:\n"
                "                seg[s - lo::p] = bytes(len(range(s, hi, p)))\n    return seg.count(1)\n")


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
