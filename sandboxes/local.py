"""The ``local`` executor: one subprocess per job in a fresh scratch directory.

By default each job runs inside a bubblewrap sandbox (see :mod:`sandboxes.bwrap`): no network,
no view of the harness, the checkout or home directories, only its scratch directory writable,
as its own unprivileged uid.  ``sandbox=False`` runs jobs as plain host processes of the
calling user — no boundary at all, for trusted code (the suite's reference solutions) or an
explicit opt-in.

Either way, limits are rlimits (address space, CPU time, file size, open files, processes)
plus a wall-clock timeout that kills the whole job, output is capped while being drained,
the job dies with the harness (``PR_SET_PDEATHSIG``), and scratch directories left by a
killed harness are reaped by the next executor (see :mod:`sandboxes.scratch`).
"""

from __future__ import annotations

import ctypes
import functools
import glob
import hashlib
import json
import os
import platform
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from sandboxes.bwrap import PIPES_MOUNT, SCRATCH_MOUNT, Bubblewrap, find_bwrap, job_uid
from sandboxes.executor import PIPES_ENV, Environment, Job, JobResult, Limits
from sandboxes.counters import HOST_QEMU, NATIVE_DIR, NATIVE_SOURCES, QEMU_PLUGIN, QEMU_ROI_PLUGIN, ROI_LIBRARY
from sandboxes.scratch import Scratch, reap_orphans

COLLECT_CAP = 64 * 1024 * 1024
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
"""Where Ergon's packages (``sandboxes``, ``tasks`` with its reference solutions) live: hidden from jobs."""
PR_SET_PDEATHSIG = 1
_prctl = ctypes.CDLL(None, use_errno=True).prctl
"""Resolved once here: a forked child of a threaded harness must not dlopen or dlsym (they take locks)."""


def cache_dir() -> Path:
    return Path(os.environ.get("ERGON_CACHE_DIR", Path.home() / ".cache" / "ergon"))


def _tool_version(argv: list[str]) -> str | None:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (out.stdout or out.stderr).strip().splitlines()[0] if out.returncode == 0 else None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def native_digest() -> str:
    return hashlib.sha256(b"".join(n.encode() + (NATIVE_DIR / n).read_bytes() for n in NATIVE_SOURCES)).hexdigest()[:12]


def build_native() -> tuple[Path | None, str]:
    """Compile the counters' native pieces once per version of their sources; returns (dir, problem)."""
    # The shim's path is loaded into the measured process, and its length moves the interpreter's
    # allocations: a path 1 byte shorter changed counts by up to 0.05 %.  Keep its length fixed.
    target = cache_dir() / f"natives-{native_digest()}"
    if all((target / name).exists() for name in (ROI_LIBRARY, QEMU_PLUGIN, QEMU_ROI_PLUGIN)):
        target.chmod(0o755)  # mkdtemp made it private; sandboxed jobs run as another uid
        return target, ""
    cache_dir().mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="natives-", dir=cache_dir()))
    for name in NATIVE_SOURCES:
        shutil.copy(NATIVE_DIR / name, staging / name)
    try:
        out = subprocess.run(["make", "-s", "-C", str(staging)], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return None, f"cannot build the counters' native pieces: {exc}"
    if out.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        return None, "cannot build the counters' native pieces (need gcc, make and valgrind headers): " + out.stderr.strip()[-300:]
    staging.chmod(0o755)
    try:
        staging.rename(target)
    except OSError:  # another process won the race
        shutil.rmtree(staging, ignore_errors=True)
    return target, ""


def _prepare_child(limits: Limits, parent: int) -> None:
    """In the job's process before exec: die with the harness, unblock every signal, then apply the limits.

    A blocked signal stays blocked across exec, and a harness thread may block some (a Ray worker
    blocks SIGINT): with SIGINT blocked, a job counted one instruction more than from a shell.
    """
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the harness died before the line above
        os._exit(1)
    signal.pthread_sigmask(signal.SIG_SETMASK, ())
    _set_limits(limits)


def _set_limits(limits: Limits) -> None:
    mb = 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * mb, limits.memory_mb * mb))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * mb, limits.file_size_mb * mb))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.nofile, limits.nofile))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.nproc, limits.nproc))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _exits_within(pid: int, timeout_s: float) -> bool:
    """Whether child ``pid`` exits within the timeout, woken by its pidfd the moment it does
    (``Popen.wait(timeout)`` polls with sleeps of up to 50 ms, which every job would pay)."""
    pidfd = os.pidfd_open(pid)
    try:
        return bool(select.select([pidfd], [], [], timeout_s)[0])
    finally:
        os.close(pidfd)


def _drain(stream: IO[bytes], cap: int, sink: list[bytes], truncated: list[bool]) -> None:
    """Keep the first ``cap`` bytes and keep reading, so a flooding job never blocks on a full pipe."""
    kept = 0
    while chunk := stream.read(65536):
        room = cap - kept
        if len(chunk) > room:
            truncated[0] = True
        if room > 0:
            sink.append(chunk[:room])
            kept += min(room, len(chunk))
    stream.close()


class LocalExecutor:
    """Runs jobs as host subprocesses, each in a bubblewrap sandbox unless ``sandbox=False``.

    ``bwrap`` names the bubblewrap binary (default ``$ERGON_BWRAP`` or ``bwrap``); construction
    raises :class:`~sandboxes.bwrap.SandboxUnavailable` when it cannot sandbox, so that nothing
    silently runs unisolated.  ``scratch_root`` holds the jobs' scratch directories (default:
    the system temporary directory); orphans a killed harness left there are reaped on start.
    """

    name = "local"

    def __init__(self, python: str | None = None, *, sandbox: bool = True, bwrap: str | None = None,
                 scratch_root: Path | None = None) -> None:
        self.python = python or os.path.realpath(sys.executable)
        self.bwrap: Bubblewrap | None = find_bwrap(bwrap) if sandbox else None
        self.scratch_root = scratch_root or Path(tempfile.gettempdir())
        reap_orphans(self.scratch_root)

    @property
    def sandboxed(self) -> bool:
        return self.bwrap is not None

    @functools.cache
    def environment(self) -> Environment:
        native, problem = build_native()
        versions = {"python": _tool_version([self.python, "-c", "import sys; print(sys.version.replace(chr(10), ' '))"])
                    or "unknown"}
        for tool in ("valgrind", *dict.fromkeys(("qemu-aarch64", "qemu-riscv64", HOST_QEMU))):
            argv = [tool, "--version"]
            if (version := _tool_version(argv)) is not None:
                versions[tool] = version
        tools = {"python": self.python}
        details = {"cpu": _cpu_model(), "kernel": platform.release(),
                   "sandbox": self.bwrap.version if self.bwrap else "none (host processes)"}
        if native:
            tools.update(roi_library=str(native / ROI_LIBRARY), qemu_plugin=str(native / QEMU_PLUGIN),
                         qemu_roi_plugin=str(native / QEMU_ROI_PLUGIN))
        else:
            details.update(roi_library=problem, qemu_plugin=problem, qemu_roi_plugin=problem)
        # the shim is part of the instrument: a new one may shift counts slightly
        # the sandbox shifts counts slightly with the sealed runner (0.0004 % on dedupe; cause not yet pinned down)
        identity = "|".join([platform.machine(), _cpu_model(), self.python, versions["python"],
                             versions.get("valgrind", "-"), versions.get(HOST_QEMU, "-"), platform.libc_ver()[1], native_digest(),
                             *([self.bwrap.version] if self.bwrap else [])])
        return Environment(executor=self.name, fingerprint="host-" + hashlib.sha256(identity.encode()).hexdigest()[:12],
                           tools=tools, versions=versions, details=details)

    @functools.cached_property
    def _read_only(self) -> list[Path]:
        """Host directories a sandboxed job needs besides the system: the interpreter's prefixes
        and the build cache (the ROI shim, the ISA counting plugin)."""
        out = subprocess.run([self.python, "-S", "-c", "import sys; print(sys.base_prefix); print(sys.base_exec_prefix)"],
                             capture_output=True, text=True, timeout=60)
        prefixes = [Path(line) for line in out.stdout.split()] if out.returncode == 0 else []
        return [*dict.fromkeys([*prefixes, Path(self.python).parent, cache_dir()])]

    def run(self, job: Job) -> JobResult:
        uid = job_uid() if self.bwrap and self.bwrap.setpriv else None
        scratch = Scratch(self.scratch_root, uid)
        try:
            for name, data in job.files.items():
                path = scratch.work / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            scratch.give_to_job()
            if job.pipes:
                scratch.make_pipes(job.pipes)
            return self._run_in(scratch, job)
        finally:
            scratch.remove()

    def _run_in(self, scratch: Scratch, job: Job) -> JobResult:
        work = scratch.work
        argv = self.environment().resolve(job.argv)
        home = SCRATCH_MOUNT if self.bwrap else str(work)
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "TMPDIR": home}
        env.update(job.env)
        if scratch.pipes is not None:
            env[PIPES_ENV] = PIPES_MOUNT if self.bwrap else str(scratch.pipes)
        limits = job.limits
        status_r, status_w = os.pipe() if self.bwrap else (-1, -1)
        if self.bwrap:
            argv = self.bwrap.argv(argv, work, self._read_only, [PACKAGE_ROOT], scratch.uid, status_w, scratch.pipes)
        parent = os.getpid()
        start = time.monotonic()
        try:
            proc = subprocess.Popen(
                argv, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=True, pass_fds=(status_w,) if self.bwrap else (),
                preexec_fn=lambda: _prepare_child(limits, parent),
            )
        except OSError as exc:
            if self.bwrap:
                os.close(status_r)
            return JobResult(exit_code=127, stdout=b"", stderr=f"cannot start {argv[0]}: {exc}".encode(), files={}, wall_s=0.0)
        finally:
            if self.bwrap:
                os.close(status_w)
        init = _SandboxInit(status_r) if self.bwrap else None
        out: list[bytes] = []
        err: list[bytes] = []
        out_trunc, err_trunc = [False], [False]
        readers = [threading.Thread(target=_drain, args=(proc.stdout, limits.output_bytes, out, out_trunc), daemon=True),
                   threading.Thread(target=_drain, args=(proc.stderr, limits.output_bytes, err, err_trunc), daemon=True)]
        for r in readers:
            r.start()
        try:
            timed_out = not _exits_within(proc.pid, limits.timeout_s)
        finally:
            if init:  # ending the sandbox's init ends every process in it before bwrap returns
                init.kill()
            try:  # also ends anything the job left running in its session
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()
            if init:
                init.close()
        wall = time.monotonic() - start
        for r in readers:
            r.join(timeout=5)
        files: dict[str, bytes] = {}
        for pattern in job.collect:
            for path in sorted(glob.glob(str(work / pattern))):
                p = Path(path)
                if p.is_file() and not p.is_symlink() and p.stat().st_size <= COLLECT_CAP:
                    files[str(p.relative_to(work))] = p.read_bytes()
        code = proc.returncode
        if self.bwrap and code > 128:  # bwrap reports a job killed by signal N as 128+N
            code = -(code - 128)
        return JobResult(
            exit_code=None if timed_out else code,
            stdout=b"".join(out), stderr=b"".join(err), files=files, wall_s=wall,
            timed_out=timed_out, output_truncated=out_trunc[0] or err_trunc[0],
        )

    def close(self) -> None:
        pass


class _SandboxInit:
    """The sandbox's init process, as bwrap announces it on its status pipe, held by a pidfd.

    Killing it (not bwrap) is what ends a job synchronously: the kernel kills every process of
    the PID namespace and bwrap exits only once they are gone.  The pidfd makes the kill safe
    even if the pid were reused.
    """

    def __init__(self, status_fd: int) -> None:
        self._pidfd: int | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(status_fd,), daemon=True)
        self._thread.start()

    def _read(self, status_fd: int) -> None:
        with os.fdopen(status_fd, "rb") as stream:
            for line in stream:
                try:
                    pid = json.loads(line).get("child-pid")
                except (ValueError, AttributeError):
                    continue
                if isinstance(pid, int) and self._pidfd is None:
                    try:
                        self._pidfd = os.pidfd_open(pid)
                    except OSError:  # already gone
                        pass
                    self._ready.set()
        self._ready.set()

    def kill(self) -> None:
        self._ready.wait(timeout=5)
        if self._pidfd is not None:
            try:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def close(self) -> None:
        self._thread.join(timeout=5)
        if self._pidfd is not None:
            os.close(self._pidfd)
