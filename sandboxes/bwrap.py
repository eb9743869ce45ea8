"""The local executor's isolation boundary: bubblewrap (``bwrap``) namespaces around each job.

Bubblewrap is the sandbox Flatpak uses; we only assemble its command line.  A job gets its own
mount, PID, network, IPC, UTS and cgroup namespaces: a read-only view of the system (``/usr``,
a few files of ``/etc``, the measuring interpreter's prefix, the build cache), its scratch
directory as the only writable place, a fresh ``/proc`` and a minimal ``/dev``, and no
network but its own loopback.  The harness, the checkout, home directories and the host's
``/tmp`` are simply absent.  ``bwrap`` itself stays outside as the job's parent, so a job can
neither see nor signal the harness; ``--die-with-parent`` ends the sandbox with it.

As root (the usual case on our VMs) bwrap runs privileged and ``setpriv`` drops the job to a
fresh unprivileged uid with no capabilities and ``no_new_privs``: file permissions then bind
it, and ``RLIMIT_NPROC`` (which never binds root) caps its processes, per job because each job
gets its own uid.  As another user bwrap builds a user namespace instead, and the job keeps the
caller's uid (no more processes than the caller's limit allows).
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

BWRAP_ENV = "ERGON_BWRAP"
"""Names the bwrap binary to use (a name on PATH or a path); ``bwrap`` by default."""
INSTALL_HINT = "apt-get install bubblewrap"
JOB_UID_BASE = 0x7A00_0000
"""Jobs run as uids in [JOB_UID_BASE, JOB_UID_BASE + 2**24): above the ranges that distributions,
systemd and subordinate-uid allocations use, so no host file or process belongs to them."""
JOB_UID_SPAN = 1 << 24
ENV = "/usr/bin/env"
PIPES_MOUNT = "/run/ergon-pipes"
"""Where a job's pipes directory appears in the sandbox (read-only)."""
SCRATCH_MOUNT = "/scratch"
"""Where a job's scratch directory appears in the sandbox, whatever its path on the host: the path
reaches the job's environment (working directory, ``HOME``, ``TMPDIR``, Python's ``sys.path[0]``),
whose size shifts the stack and so the instruction count, so a random host path made counts of one
job differ by a few instructions from run to run.  The Docker executor mounts it at ``/scratch`` too."""
NAMESPACES = ("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try")
SYSTEM_DIRS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "localtime", "locale.alias",
             "nsswitch.conf", "passwd", "group")
"""What of /etc a job sees: the dynamic loader's configuration, locale aliases (glibc reads them at
startup: without them counts shift), the alternatives symlinks (``cc``, ``python3``), and the
account databases (world-readable anyway; shadow files are not)."""


class SandboxUnavailable(RuntimeError):
    """bwrap is missing or cannot create namespaces here."""


@dataclass(frozen=True)
class Bubblewrap:
    binary: str
    version: str
    setpriv: str | None
    """Drops root to the job's uid inside the sandbox; ``None`` when the harness is not root."""

    def argv(self, command: list[str], scratch: Path, read_only: list[Path], hidden: list[Path],
             uid: int | None, status_fd: int, pipes: Path | None = None) -> list[str]:
        """bwrap's command line running ``command`` in ``scratch`` (bound at ``SCRATCH_MOUNT``).

        ``read_only`` directories are bound at their own paths, then those of ``hidden`` that fall
        inside a bound directory are covered by an empty one (Ergon's own package, when it is
        installed into the interpreter's prefix, holds the reference solutions).  ``uid`` is the
        job's uid, required as root; ``status_fd`` receives bwrap's JSON status lines, the first
        naming the host pid of the sandbox's init (killing it ends the whole job).  ``pipes`` (a
        directory of FIFOs) is bound read-only at ``PIPES_MOUNT``: the job can open its FIFOs but not
        unlink, rename or replace them (``EROFS``), whoever owns them.
        """
        if self.setpriv is not None and uid is None:
            raise ValueError("a job started by root needs a uid of its own")
        args = [self.binary, *NAMESPACES, "--die-with-parent", "--new-session", "--hostname", "ergon",
                "--json-status-fd", str(status_fd)]
        if self.setpriv is None:
            args += ["--unshare-user", "--disable-userns"]
        else:  # until setpriv drops them all: enough to enter the job's private scratch and change uid
            args += ["--cap-drop", "ALL", "--cap-add", "CAP_DAC_READ_SEARCH", "--cap-add", "CAP_SETUID",
                     "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP"]
        args += ["--ro-bind", "/usr", "/usr"]
        for name in SYSTEM_DIRS:
            path = Path(name)
            if path.is_symlink():
                args += ["--symlink", os.readlink(path), name]
            elif path.is_dir():
                args += ["--ro-bind", name, name]
        args += ["--perms", "0755", "--dir", "/etc"]
        for name in ETC_FILES:
            args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
        args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        binds = [(p, "--ro-bind") for p in read_only if p.exists() and not _under(p, Path("/usr"))]
        mounts = [(p, p, flag) for p, flag in binds] + [(scratch, Path(SCRATCH_MOUNT), "--bind")]
        if pipes is not None:
            mounts.append((pipes, Path(PIPES_MOUNT), "--ro-bind"))
        for parent in _parents([dest for _, dest, _ in mounts]):  # bwrap would create them root-only (0700)
            args += ["--perms", "0755", "--dir", str(parent)]
        for path, dest, flag in mounts:
            args += [flag, str(path), str(dest)]
        visible = [Path("/usr"), *(p for p, _ in binds)]
        for path in hidden:
            if any(_under(path, root) for root in visible):
                args += ["--tmpfs", str(path), "--remount-ro", str(path)]
        args += ["--chdir", SCRATCH_MOUNT, "--"]
        if self.setpriv is not None:
            args += [self.setpriv, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--inh-caps=-all",
                     "--bounding-set=-all", "--no-new-privs", "--"]
        # bwrap exports PWD; the job's environment (its size shifts the stack, hence counts) must be the job's
        return args + [ENV, "-u", "PWD", "--", *command]


def job_uid() -> int:
    """A fresh uid for one job (root only): its processes are countable and killable as a set."""
    return JOB_UID_BASE + secrets.randbelow(JOB_UID_SPAN)


def is_job_uid(uid: int) -> bool:
    return JOB_UID_BASE <= uid < JOB_UID_BASE + JOB_UID_SPAN


def _under(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _parents(paths: list[Path]) -> list[Path]:
    """Directories above ``paths`` that bwrap must create in the sandbox's empty root, outermost first."""
    needed = {parent for p in paths for parent in p.parents if parent != Path("/")}
    return sorted(p for p in needed if not any(_under(p, other) for other in paths))


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "no output"


def find_bwrap(binary: str | None = None) -> Bubblewrap:
    """The bwrap to isolate jobs with, checked by running one trivial sandbox.

    ``binary`` overrides ``$ERGON_BWRAP`` (default ``bwrap``).  Raises :class:`SandboxUnavailable`
    with a one-line reason when bwrap is missing or the kernel or container forbids namespaces.
    """
    return _checked(binary or os.environ.get(BWRAP_ENV) or "bwrap")


@functools.cache
def _checked(name: str) -> Bubblewrap:
    """One probe per binary and process (a failure raises, so it is probed again next time)."""
    path = shutil.which(name)
    if path is None:
        raise SandboxUnavailable(f"bubblewrap is not installed ({name} not found)")
    setpriv = None
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            raise SandboxUnavailable("setpriv is missing (apt-get install util-linux)")
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
        bw = Bubblewrap(binary=path, version=_last_line(version.stdout), setpriv=setpriv)
        with tempfile.TemporaryDirectory(prefix="ergon-bwrap-probe-") as scratch:
            argv = bw.argv(["true"], Path(scratch), [], [], job_uid() if setpriv else None, 1)
            probe = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SandboxUnavailable(f"cannot run {path}: {exc}") from None
    if probe.returncode != 0:
        raise SandboxUnavailable(f"{path} cannot create a sandbox here: {_last_line(probe.stderr)}")
    return bw
