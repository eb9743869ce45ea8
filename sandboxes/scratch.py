"""Scratch directories for local jobs, labelled with their owner so that orphans can be reaped.

A harness killed with SIGKILL skips the ``finally`` that removes its job's scratch directory.
So beside each ``ergon-job-XXXXXXXX`` lies ``ergon-job-XXXXXXXX.lock``, locked (flock) by the
harness process for the directory's whole life and naming the job's uid; the kernel drops the
lock when that process dies, however it dies.  A new executor removes every directory whose
lock it can take, after killing what still runs there: processes of the job's own uid, and any
process whose working directory is inside it (jobs run without a sandbox share the harness's
uid).  The lock lies outside the directory so that the job cannot touch it, and the directory's
path keeps its old length: the environment (HOME, TMPDIR) holds it, and its size shifts counts.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import tempfile
from pathlib import Path

from sandboxes.bwrap import is_job_uid

PREFIX = "ergon-job-"
LOCK_SUFFIX = ".lock"
PIPES_SUFFIX = ".pipes"


class Scratch:
    """``work`` is the job's working directory (all a sandboxed job sees of the host's disk)."""

    def __init__(self, root: Path, uid: int | None) -> None:
        self.work = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
        self.lock = self.work.with_name(self.work.name + LOCK_SUFFIX)
        # locked under another name, then renamed: a reaper never sees an unlocked lock file
        staging = self.work.with_name(self.work.name + LOCK_SUFFIX + ".new")
        self._lock = os.open(staging, os.O_CREAT | os.O_WRONLY | os.O_CLOEXEC, 0o644)
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        os.write(self._lock, f"{os.getpid()} {uid if uid is not None else '-'}\n".encode())
        os.rename(staging, self.lock)
        self.uid = uid
        self.pipes: Path | None = None

    def make_pipes(self, names: tuple[str, ...]) -> Path:
        """FIFOs ``names`` in a directory beside ``work`` that stays the harness's (mode 0755), each
        open to the job for reading and writing (0666); the sandbox binds it read-only."""
        self.pipes = self.work.with_name(self.work.name + PIPES_SUFFIX)
        self.pipes.mkdir(mode=0o755)
        for name in names:
            if not name or "/" in name or name in (".", ".."):
                raise ValueError(f"a pipe's name must be a plain file name: {name!r}")
            os.mkfifo(self.pipes / name)
            os.chmod(self.pipes / name, 0o666)
        return self.pipes

    def give_to_job(self) -> None:
        """Hand the files written so far to the job's uid, as if the job had written them."""
        if self.uid is None:
            return
        for top, dirs, files in os.walk(self.work):
            for name in [top, *(os.path.join(top, n) for n in dirs + files)]:
                os.chown(name, self.uid, self.uid, follow_symlinks=False)

    def remove(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)
        if self.pipes is not None:
            shutil.rmtree(self.pipes, ignore_errors=True)
        self.lock.unlink()
        os.close(self._lock)


def reap_orphans(root: Path) -> list[Path]:
    """Remove scratch directories under ``root`` whose owner process is gone; returns them.

    Directories without a lock are skipped: they are being created, or belong to an older
    Ergon that cannot say whether it still runs.
    """
    reaped = []
    for lock in root.glob(PREFIX + "*" + LOCK_SUFFIX):
        path = lock.with_name(lock.name.removesuffix(LOCK_SUFFIX))
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its owner still runs
            fields = os.read(fd, 100).split()
            uid = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None
            _kill_leftovers(path, uid)
            shutil.rmtree(path, ignore_errors=True)
            shutil.rmtree(path.with_name(path.name + PIPES_SUFFIX), ignore_errors=True)
            lock.unlink(missing_ok=True)
            reaped.append(path)
        finally:
            os.close(fd)
    return reaped


def _kill_leftovers(work: Path, uid: int | None) -> None:
    """SIGKILL the processes of a dead job: those of its uid, and those working inside ``work``."""
    inside = str(work)
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
            cwd = os.readlink(f"/proc/{entry}/cwd")
        except OSError:  # gone, or a kernel thread
            continue
        real_uid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("Uid:")), None)
        theirs = uid is not None and is_job_uid(uid) and real_uid == uid
        if theirs or cwd == inside or cwd.startswith(inside + "/"):
            try:
                os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass
