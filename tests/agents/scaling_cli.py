"""``ergon`` with the agent-test suite and the scaling strategies and command registered by import
(as the installed ``ergon`` does through ``pyproject.toml``)."""

import sys

import ergon_cli  # noqa: F401  (the agent-toy suite, the optimize agent)

import agents.scaling.cli  # noqa: F401
from harness.cli import main

if __name__ == "__main__":
    sys.exit(main())
