"""``ergon`` as installed with this tree's entry points, plus the small agent-test suite.

The tree is not installed in development, so the entry points it adds (``ergon.agents``, the
``trace`` and ``optimize`` commands) are registered here by import, as the installed
``ergon`` does through ``pyproject.toml``.
"""

import sys

import tiny_dedupe

import agents.cli  # noqa: F401  (registers the agents and their commands)
from harness.cli import main
from tasks.authoring import load_task_module
from tasks.registry import suite


@suite("agent-toy")
def agent_toy(seed: int = 0):
    return [load_task_module(tiny_dedupe, suite="agent-toy", seed=seed)]


if __name__ == "__main__":
    sys.exit(main())
