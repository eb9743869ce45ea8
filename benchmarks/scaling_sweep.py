"""``ergon scaling`` on the scripted server: the curves, what the sweep sent, and its wall time.

The server deals ``dedupe`` (bound 300) a fixed reply distribution — wrong on a visible case,
slow correct, fast correct, a cheat wrong only on hidden inputs — and a verifier that says yes
to the correct programs; the local executor and callgrind score everything.  Prints the
command's table and the number of solution and verification requests against what drawing a
fresh pool per budget would have sent.

    python -m benchmarks.scaling_sweep [--budgets 1,2,4,8] [--strategies best-of,self-consistency,genrm]
        [--suite agent-toy-pair] [--latency 0.05] [--stream]

``agent-toy-pair`` (two tasks, the second a copy of ``dedupe`` under another id) lets ``optimal``
calibrate on one task and be scored on the other; ``--latency`` makes the server wait before each
reply, so the serving columns (request-seconds, s/request, time to first token with ``--stream``,
output tokens/s) have something to show.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness.endpoints.scripted_server import Deck, FakeOpenAIServer

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "agents"
SLOW = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"
FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
WRONG = "def dedupe(xs):\n    return sorted(set(xs))\n"
CHEAT = ("def dedupe(xs):\n    if len(xs) >= 200:\n        half = len(xs) // 2\n"
         "        return list(dict.fromkeys(xs[:half])) + xs[half:]\n    return list(dict.fromkeys(xs))\n")
DECK = [WRONG, WRONG, WRONG, SLOW, FAST, CHEAT, SLOW, WRONG]


def replies(body: dict[str, Any]) -> list[str]:
    text = " ".join(m["content"] for m in body.get("messages", []))
    if "Answer with one word: yes or no" in text:
        return ["yes" if FAST in text or SLOW in text else "no"]
    return [f"```python\n{code}```" for code in DECK]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budgets", default="1,2,4,8")
    parser.add_argument("--strategies", default="best-of,self-consistency,genrm")
    parser.add_argument("--plot", default=None)
    parser.add_argument("--suite", default="agent-toy", choices=["agent-toy", "agent-toy-pair"])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds the server waits before each reply")
    parser.add_argument("--stream", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(responder=Deck(replies), supports_n=False,
                                                                latency=args.latency) as server:
        config = Path(tmp) / "models.toml"
        config.write_text('[models."m"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n'
                          "params = 7.6e9\nlayers = 28\nkv_heads = 4\nhead_dim = 128\ngqa_ratio = 7\n")
        env = {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "x", "COLUMNS": "160",
               "PYTHONPATH": f"{ROOT}{os.pathsep}{TESTS}"}
        argv = [sys.executable, str(TESTS / "scaling_cli.py"), "scaling", "--suite", args.suite, "--model", "openai:m",
                "--base-url", server.url, "-e", "local", "--seed", "424242", "--strategies", args.strategies,
                "--budgets", args.budgets, "--out", str(Path(tmp) / "out"),
                *(["--plot", args.plot] if args.plot else []), *(["--stream"] if args.stream else [])]
        start = time.monotonic()
        result = subprocess.run(argv, capture_output=True, text=True, env=env)
        wall = time.monotonic() - start
        print(result.stdout)
        if result.returncode:
            sys.exit(result.stderr)
        sent = [r.body for r in server.requests if r.body.get("max_tokens") != 1]
        verify = sum("yes or no" in b["messages"][-1]["content"] for b in sent)
        edits = sum(any(m["role"] == "assistant" for m in b["messages"]) for b in sent)
        budgets = [int(b) for b in args.budgets.split(",")]
        print(f"requests: {len(sent) - verify - edits} openings (a pool of {max(budgets)} per task, plus refine's one "
              f"draft per task) + {edits} refine edits + {verify} verifications; a fresh pool per budget would draw "
              f"{sum(budgets)} per task; wall {wall:.0f} s")


if __name__ == "__main__":
    main()
