"""What a run leaves running is killed: the payload runners' shared clean-up (``reaper.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import harness.languages
from harness.languages.reaper import _process_ids

PAYLOAD_DIR = Path(harness.languages.__file__).parent


def _with_token(token: str) -> list[int]:
    found = []
    for pid in _process_ids():
        try:
            if token.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            pass
    return found


def test_orphans_of_a_run_are_reparented_to_the_runner_and_killed() -> None:
    """A backgrounded sleep outlives the shell that started it; the runner (subreaper) kills it,
    and says how many processes it killed."""
    token = "987.654321"
    script = (f"import subprocess, sys; sys.path.insert(0, {str(PAYLOAD_DIR)!r}); import reaper\n"
              f"reaper.become_subreaper()\nsubprocess.run(['sh', '-c', 'sleep {token} >/dev/null 2>&1 & exit 0'])\n"
              "print(reaper.kill_descendants())\n")
    out = subprocess.run([sys.executable, "-S", "-c", script], capture_output=True, text=True, check=True, timeout=30)
    left = _with_token(token)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [] and out.stdout.strip() == "1"


def test_without_the_subreaper_an_orphan_escapes() -> None:
    """The control: the orphan is re-parented to init instead, out of the runner's reach."""
    token = "876.543219"
    script = (f"import subprocess, sys; sys.path.insert(0, {str(PAYLOAD_DIR)!r}); import reaper\n"
              f"subprocess.run(['sh', '-c', 'sleep {token} >/dev/null 2>&1 & exit 0'])\nprint(reaper.kill_descendants())\n")
    out = subprocess.run([sys.executable, "-S", "-c", script], capture_output=True, text=True, check=True, timeout=30)
    left = _with_token(token)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert len(left) == 1 and out.stdout.strip() == "0"
