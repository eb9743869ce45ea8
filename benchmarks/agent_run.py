"""The optimize agent on built-in tasks against the scripted server: steps, tokens, improvement, wall.

The server plays a model that knows each task's reference tiers: it drafts the slowest tier and,
asked to improve a program, answers with the next faster tier (it recognises the program shown).
So each trajectory climbs the ladder until it matches the fastest tier (that stop) or runs out of
iterations.  Everything else is real: ``ergon run --agent optimize`` through the CLI, the local
sandbox and callgrind, the run's hidden tests and scored input, the leaderboard.

    python -m benchmarks.agent_run [--task dedupe --task count_primes] [--iterations 4]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness.endpoints.scripted_server import FakeOpenAIServer
from tasks.registry import find_task

DEFAULT_TASKS = ("dedupe", "count_primes", "max_subarray_sum")


def ladder_responder(task_ids: list[str]) -> Any:
    tiers = {t: [r.code for r in find_task(t).references] for t in task_ids}

    def respond(body: dict[str, Any], index: int) -> str:
        messages = body.get("messages", [])
        opening = messages[0]["content"] + (messages[1]["content"] if len(messages) > 1 else "")
        task = next((t for t in task_ids if f"`{find_task(t).entry_point}" in opening), task_ids[0])
        shown = [m["content"] for m in messages if m["role"] == "assistant"]
        ladder = tiers[task]
        at = next((i for i, code in enumerate(ladder) if shown and code.strip() in shown[-1]), -1)
        return f"```python\n{ladder[min(at + 1, len(ladder) - 1)].strip()}\n```"

    return respond


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", action="append", dest="tasks")
    parser.add_argument("--iterations", type=int, default=4)
    args = parser.parse_args()
    tasks = args.tasks or list(DEFAULT_TASKS)
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(responder=ladder_responder(tasks),
                                                                supports_n=False) as server:
        out = Path(tmp) / "out"
        config = Path(tmp) / "models.toml"
        config.write_text('[models."m"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\n')
        env = {**os.environ, "ERGON_CONFIG": str(config), "ERGON_API_KEY": "sk-bench"}
        task_args = [a for t in tasks for a in ("--task", t)]
        common = ["--model", "openai:m", "--base-url", server.url, "-e", "local", "--timing-repeats", "0",
                  "--out", str(out), *task_args]
        run = [sys.executable, "-m", "harness", "run", *common]
        # the reference tiers are measured once, by a plain run first (the agent run then reuses them)
        start = time.perf_counter()
        subprocess.run(run, check=True, capture_output=True, env=env)
        plain_s = time.perf_counter() - start
        cmd = [*run, "--agent", "optimize", "--budget", f"iterations={args.iterations}"]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        agent_s = time.perf_counter() - start
        with sqlite3.connect(out / "ergon.sqlite") as con:
            (run_id,) = con.execute("SELECT run_id FROM runs WHERE model LIKE '%+optimize@%'").fetchone()
            rows = con.execute("SELECT task_id, trajectory FROM trajectories WHERE run_id = ?", (run_id,)).fetchall()
            verdicts = dict(con.execute("SELECT task_id, verdict FROM evaluations WHERE run_id = ?", (run_id,)))
        board = subprocess.run([sys.executable, "-m", "harness", "leaderboard", "--format", "csv", "--out", str(out)],
                               check=True, capture_output=True, text=True, env=env).stdout
    print(f"command: {' '.join(['ergon', 'run', *common[:-len(task_args) - 2], *task_args, '--agent', 'optimize'])} "
          f"--budget iterations={args.iterations}")
    print(f"plain run (measures the tiers first) {plain_s:.1f} s; agent run {agent_s:.1f} s\n")
    print("| task | steps | tokens | counts on the profiling input (step by step) | % fewer instructions | stop | "
          "trajectory wall s | scored |")
    print("|---|---|---|---|---|---|---|---|")
    for task_id, blob in sorted(rows):
        t = json.loads(blob)
        counts = [s["instructions"] for s in t["steps"]]
        tokens = sum(s["prompt_tokens"] + s["completion_tokens"] for s in t["steps"])
        final = next(s for s in t["steps"] if s["step"] == t["final"])
        gain = (1 - final["instructions"] / counts[0]) * 100 if counts[0] and final["instructions"] else 0.0
        print(f"| {task_id} | {len(t['steps'])} | {tokens} | {' → '.join(f'{c:,}' if c else '–' for c in counts)} | "
              f"{gain:.1f} | {t['stop_reason'][:60]} | {t['wall_s']:.1f} | {verdicts.get(task_id)} |")
    print()
    for r in csv.DictReader(io.StringIO(board)):
        print(f"leaderboard {r['model']}: pass@1 {r['pass@1 %']}, score {r['score (log position)']}, "
              f"steps/sample {r.get('steps/sample', '–')}, improvement {r.get('improvement % (profiling input)', '–')} %, "
              f"tokens/solved {r['tokens/solved']}, tokens/% improvement {r.get('tokens/% improvement', '–')}, "
              f"$/% improvement {r.get('$/% improvement', '–')}")


if __name__ == "__main__":
    main()
