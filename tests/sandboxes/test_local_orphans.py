"""A harness killed with SIGKILL mid-job: its job dies with it, and the next executor reaps what is left.

The harness is a real process (a small script running one long job through the local
executor); nothing is simulated.  The job starts a grandchild in its own session, which
outlives its parent unless something kills it on purpose; the job then becomes ``sleep``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sandboxes.local import LocalExecutor

CHECKOUT = Path(__file__).resolve().parents[2]
HARNESS = """
import sys
from pathlib import Path
from sandboxes.executor import Job, Limits
from sandboxes.local import LocalExecutor

executor = LocalExecutor(sandbox=sys.argv[2] == "sandbox", scratch_root=Path(sys.argv[1]))
job = ("import os, subprocess; subprocess.Popen(['sleep', '4244.75'], start_new_session=True); "
       "open('started', 'w').close(); os.execvp('sleep', ['sleep', '4244.5'])")
executor.run(Job(argv=("{python}", "-c", job), files={}, limits=Limits(timeout_s=600)))
"""


def processes(arg: str) -> list[int]:
    """Processes with ``arg`` as one of their arguments: the job (``sleep 4244.5``) or its child (``sleep 4244.75``)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and arg.encode() in Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0"):
                found.append(int(entry))
        except OSError:
            pass
    return found


def wait_for(condition, what: str, limit_s: float = 30.0) -> None:
    """Poll ``condition`` (a state change of other processes, not a timing claim) until it holds."""
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


@pytest.mark.parametrize("mode", ["sandbox", "unsandboxed"])
def test_killed_harness_leaves_no_job_and_its_scratch_is_reaped(mode: str, tmp_path: Path) -> None:
    harness = subprocess.Popen([sys.executable, "-c", HARNESS, str(tmp_path), mode],
                               env={**os.environ, "PYTHONPATH": str(CHECKOUT)})
    try:
        wait_for(lambda: processes("4244.5") and processes("4244.75"), "the job and its child to start")
        harness.kill()
        harness.wait()
        wait_for(lambda: not processes("4244.5"), "the job to die with its harness")
        leftovers = sorted(tmp_path.glob("ergon-job-*"))
        assert [p.name for p in leftovers] == [leftovers[0].name, leftovers[0].name + ".lock"]  # never removed

        LocalExecutor(sandbox=mode == "sandbox", scratch_root=tmp_path)

        assert list(tmp_path.iterdir()) == []
        wait_for(lambda: not processes("4244.75"), "the job's own child to be gone")
    finally:
        harness.kill()
        for pid in processes("4244.5") + processes("4244.75"):
            os.kill(pid, signal.SIGKILL)


def test_a_live_harness_keeps_its_scratch(tmp_path: Path) -> None:
    harness = subprocess.Popen([sys.executable, "-c", HARNESS, str(tmp_path), "sandbox"],
                               env={**os.environ, "PYTHONPATH": str(CHECKOUT)})
    try:
        wait_for(lambda: processes("4244.5"), "the job to start")
        LocalExecutor(scratch_root=tmp_path)
        assert list(tmp_path.glob("ergon-job-*/started")) and processes("4244.5")
    finally:
        harness.kill()
        harness.wait()
        wait_for(lambda: not processes("4244.5"), "the job to die with its harness")
