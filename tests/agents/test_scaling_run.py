"""Test-time scaling strategies through ``ergon run``: the real CLI, the scripted OpenAI-compatible
server dealing a known reply distribution (:class:`Deck`), the local executor and callgrind.

The deck for ``dedupe``: four replies that fail a visible edge case (``sorted(set(xs))``, fast),
one slow correct, one fast correct, and one cheat that is right on every visible test and on
the profiling input (all distinct at the bound) but wrong on hidden inputs with duplicates.
One run per strategy on the same cached pool; slow: each candidate is checked, the correct
ones counted under callgrind, and the chosen one scored.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from harness.endpoints.scripted_server import Deck, FakeOpenAIServer, count_words

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SEED = 424242

SLOW = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
WRONG = "def dedupe(xs):\n    return sorted(set(xs))\n"
CHEAT = ("def dedupe(xs):\n    if len(xs) >= 200:\n        half = len(xs) // 2\n"
         "        return list(dict.fromkeys(xs[:half])) + xs[half:]\n    return list(dict.fromkeys(xs))\n")
DECK = [WRONG, WRONG, WRONG, WRONG, SLOW, FAST, CHEAT]
PARAMS = 1e9


def fenced(code: str) -> str:
    return f"Here you go:\n```python\n{code}```\n"


def verifier(body: dict[str, Any]) -> list[str]:
    """Solutions from the deck; a verifier that trusts only the fast correct program."""
    text = " ".join(m["content"] for m in body.get("messages", []))
    if "Answer with one word: yes or no" in text:
        return ["Yes, it is." if FAST in text else "No."]
    return [fenced(code) for code in DECK]


def is_probe(body: dict[str, Any]) -> bool:
    return body.get("max_tokens") == 1


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "models.toml"
    config.write_text('[models."m"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n'
                      f'params = {PARAMS}\nlayers = 2\nkv_heads = 1\nhead_dim = 4\ngqa_ratio = 1\n')
    return {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-test-secret",
            "PYTHONPATH": f"{ROOT}{os.pathsep}{HERE}"}


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=Deck(verifier), supports_n=False) as srv:
        yield srv


def ergon(out: Path, *args: str) -> list[str]:
    return [sys.executable, str(HERE / "scaling_cli.py"), *args, "--out", str(out)]


def run_cli(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=600, env=env, cwd=HERE)


def load_task() -> Any:
    sys.path.insert(0, str(HERE))
    try:
        import tiny_dedupe
    finally:
        sys.path.remove(str(HERE))
    from tasks.authoring import load_task_module

    return load_task_module(tiny_dedupe, suite="agent-toy", seed=SEED)


def secrets(task: Any) -> list[str]:
    """Pieces of every hidden test's input and of the scored input, long enough to be unmistakable."""
    hidden = [json.dumps(t.args)[1:-1] for t in task.tests if t.hidden and len(json.dumps(t.args)) > 12]
    return hidden + [json.dumps(task.perf_args)[1:80]]


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_strategies_choose_by_what_they_may_see_from_one_shared_pool(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    out = tmp_path / "out"
    models = ["openai:m+best-of@7", "openai:m+self-consistency@7", "openai:m+genrm@7"]
    argv = ergon(out, "run", "--suite", "agent-toy", *[a for m in models for a in ("--model", m)], "--base-url", server.url,
                 "-e", "local", "--timing-repeats", "0", "--seed", str(SEED), "--workers", "2")
    result = run_cli(argv, env)
    assert result.returncode == 0, result.stderr

    rows = {}
    with sqlite3.connect(out / "ergon.sqlite") as con:
        runs = dict(con.execute("SELECT model, run_id FROM runs").fetchall())
        for model in models:
            exported = run_cli(ergon(out, "export", runs[model]), env)
            (rows[model],) = [json.loads(line) for line in exported.stdout.splitlines()]
        trajectories = {m: json.loads(con.execute("SELECT trajectory FROM trajectories WHERE run_id = ?",
                                                  (runs[m],)).fetchone()[0]) for m in models}

    # best-of: the visible tests reject the four wrong replies; of the rest the profiling count picks
    # the cheat — the strategy cannot tell — and the run's hidden tests fail it
    assert rows[models[0]]["solution"].strip() == CHEAT.strip() and rows[models[0]]["verdict"] == "fail"
    steps = trajectories[models[0]]["steps"]
    counted = {s["code"]: s["instructions"] for s in steps if s["instructions"] is not None}
    assert set(counted) == {SLOW, FAST, CHEAT} and counted[CHEAT] < counted[FAST] < counted[SLOW]
    assert sorted(s["verdict"] for s in steps) == ["fail"] * 4 + ["pass"] * 3
    # self-consistency: the four identical wrong replies are the largest cluster (majority's failure mode)
    assert rows[models[1]]["solution"].strip() == WRONG.strip() and rows[models[1]]["verdict"] == "fail"
    # genrm: the verifier's only yes
    assert rows[models[2]]["solution"].strip() == FAST.strip() and rows[models[2]]["verdict"] == "pass"

    # one pool paid once: 7 solution requests for the three runs (replies cached), 7 verifications
    sent = [r.body for r in server.requests if not is_probe(r.body)]
    verifications = [b for b in sent if "yes or no" in b["messages"][-1]["content"]]
    solutions = [b for b in sent if b not in verifications]
    assert len(solutions) == 7 and len(verifications) == 7

    # accounting against hand-computed totals (the server counts words as tokens)
    prompt_words = count_words(" ".join(m["content"] for m in solutions[0]["messages"]))
    out_words = sum(count_words(fenced(c)) for c in DECK)
    usage = rows[models[0]]["usage"]
    assert usage["prompt_tokens"] == 7 * prompt_words and usage["completion_tokens"] == out_words
    compute = trajectories[models[0]]["compute"]
    assert compute["budget_c"] == 7 and compute["verifications"] == 0
    assert compute["flops"] == pytest.approx(2 * PARAMS * (7 * prompt_words + out_words))
    assert compute["usd"] == pytest.approx((7 * prompt_words * 1.0 + out_words * 2.0) / 1e6)
    g = trajectories[models[2]]["compute"]
    verify_out = count_words("Yes, it is.") + 6 * count_words("No.")
    t_s, t_v = out_words / 7, verify_out / 7
    assert g["lambda"] == pytest.approx(t_v / t_s) and g["budget_c"] == pytest.approx(7 * (1 + t_v / t_s * 1))
    verify_in = sum(count_words(" ".join(m["content"] for m in b["messages"])) for b in verifications)
    assert rows[models[2]]["usage"]["prompt_tokens"] == 7 * prompt_words + verify_in

    # nothing hidden reached a prompt: no hidden test's input, not the scored input
    text = " ".join(m["content"] for b in sent for m in b["messages"])
    assert "sorted(set(xs))" in text and not [s for s in secrets(load_task()) if s in text]
