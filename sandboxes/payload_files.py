"""The Python files every Python job ships into its sandbox, and reading what they report."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from sandboxes.executor import JobResult

PAYLOAD_DIR = Path(__file__).parent / "payload"
RESULT_FILE = "result.json"


@functools.cache
def _read_payload() -> tuple[tuple[str, bytes], ...]:
    return tuple((name, (PAYLOAD_DIR / name).read_bytes()) for name in ("runner.py", "canonical.py"))


def payload_files() -> dict[str, bytes]:
    return dict(_read_payload())


def runner_result(job: JobResult) -> dict:
    """The runner's ``result.json``, or an empty dict when it wrote none (crash, kill, tampering)."""
    raw = job.files.get(RESULT_FILE)
    if raw is None:
        return {}
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}
