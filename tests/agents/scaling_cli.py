"""``ergon`` with the agent-test suite and the scaling strategies and command registered by import
(as the installed ``ergon`` does through ``pyproject.toml``), plus ``agent-toy-pair``: two tasks
(``dedupe`` and a copy whose prompt ends in :data:`VARIANT`) for sweeps that need a calibration
task and an evaluation task."""

import sys

import ergon_cli  # noqa: F401  (the agent-toy suite, the optimize agent)
import tiny_dedupe

import agents.scaling.cli  # noqa: F401
from harness.cli import main
from tasks.authoring import load_task_module
from tasks.registry import suite

VARIANT = "(This is variant B.)"


@suite("agent-toy-pair")
def agent_toy_pair(seed: int = 0):
    task = load_task_module(tiny_dedupe, suite="agent-toy-pair", seed=seed)
    return [task, task.model_copy(update={"id": "dedupe-b", "prompt": f"{task.prompt}\n{VARIANT}\n"})]


if __name__ == "__main__":
    sys.exit(main())
