"""The small agent-test suite (``agent-toy``) and the agents, registered in-process as ``ergon_cli.py`` does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import ergon_cli  # noqa: E402,F401  (registers suite agent-toy and the agents' commands)
