"""Killing whatever a sandboxed run left behind; shipped into every language's payload as ``reaper.py``.

Each payload runner is the child subreaper of its job, so a process a run starts and orphans is
re-parented to the runner; after every run the runner kills all processes below it, so nothing
of one run can touch the next run or the runner's report (they run as the same user).  Standard
library only: it runs inside the sandbox, next to the runner, before anything else is importable.
"""

from __future__ import annotations

import ctypes
import os
import signal

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphans of this process's descendants are re-parented to it, to be killed."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def kill_descendants() -> int:
    """Kill every process below this one, orphans re-parented here included; how many there were."""
    me, left = os.getpid(), 0
    while True:
        children = [pid for pid in _process_ids() if _parent(pid) == me]
        if not children:
            return left
        for pid in children:
            left += 1
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def _process_ids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("PPid:")), None)
    except OSError:
        return None
