"""The ``local`` executor: one subprocess per job in a fresh scratch directory.

Limits are rlimits (address space, CPU time, file size, open files, processes) plus a
wall-clock timeout that kills the job's whole process group, and output is capped while
being drained.  This is a convenience for development, not a security boundary: code runs
as the calling user on the host (and RLIMIT_NPROC does not bind root).  Use the Docker
executor for untrusted candidates.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from sandboxes.executor import Environment, Job, JobResult, Limits
from sandboxes.counters import NATIVE_DIR, NATIVE_SOURCES, QEMU_PLUGIN, ROI_LIBRARY

COLLECT_CAP = 64 * 1024 * 1024


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
    if (target / ROI_LIBRARY).exists() and (target / QEMU_PLUGIN).exists():
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
    try:
        staging.rename(target)
    except OSError:  # another process won the race
        shutil.rmtree(staging, ignore_errors=True)
    return target, ""


def _set_limits(limits: Limits) -> None:
    mb = 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * mb, limits.memory_mb * mb))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * mb, limits.file_size_mb * mb))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.nofile, limits.nofile))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.nproc, limits.nproc))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


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
    """Runs jobs as host subprocesses.  Not a security boundary (see module docstring)."""

    name = "local"

    def __init__(self, python: str | None = None) -> None:
        self.python = python or os.path.realpath(sys.executable)

    @functools.cache
    def environment(self) -> Environment:
        native, problem = build_native()
        versions = {"python": _tool_version([self.python, "-c", "import sys; print(sys.version.replace(chr(10), ' '))"])
                    or "unknown"}
        for tool, argv in (("valgrind", ["valgrind", "--version"]), ("qemu-aarch64", ["qemu-aarch64", "--version"]),
                           ("qemu-riscv64", ["qemu-riscv64", "--version"])):
            if (version := _tool_version(argv)) is not None:
                versions[tool] = version
        tools = {"python": self.python}
        details = {"cpu": _cpu_model(), "kernel": platform.release()}
        if native:
            tools.update(roi_library=str(native / ROI_LIBRARY), qemu_plugin=str(native / QEMU_PLUGIN))
        else:
            details.update(roi_library=problem, qemu_plugin=problem)
        # the shim is part of the instrument: a new one may shift counts slightly
        identity = "|".join([platform.machine(), _cpu_model(), self.python, versions["python"],
                             versions.get("valgrind", "-"), platform.libc_ver()[1], native_digest()])
        return Environment(executor=self.name, fingerprint="host-" + hashlib.sha256(identity.encode()).hexdigest()[:12],
                           tools=tools, versions=versions, details=details)

    def run(self, job: Job) -> JobResult:
        scratch = Path(tempfile.mkdtemp(prefix="ergon-job-"))
        try:
            for name, data in job.files.items():
                path = scratch / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            return self._run_in(scratch, job)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def _run_in(self, scratch: Path, job: Job) -> JobResult:
        argv = self.environment().resolve(job.argv)
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(scratch), "LANG": "C.UTF-8", "TMPDIR": str(scratch)}
        env.update(job.env)
        limits = job.limits
        start = time.monotonic()
        try:
            proc = subprocess.Popen(
                argv, cwd=scratch, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=True, preexec_fn=lambda: _set_limits(limits),
            )
        except OSError as exc:
            return JobResult(exit_code=127, stdout=b"", stderr=f"cannot start {argv[0]}: {exc}".encode(), files={}, wall_s=0.0)
        out: list[bytes] = []
        err: list[bytes] = []
        out_trunc, err_trunc = [False], [False]
        readers = [threading.Thread(target=_drain, args=(proc.stdout, limits.output_bytes, out, out_trunc), daemon=True),
                   threading.Thread(target=_drain, args=(proc.stderr, limits.output_bytes, err, err_trunc), daemon=True)]
        for r in readers:
            r.start()
        timed_out = False
        try:
            proc.wait(timeout=limits.timeout_s)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            try:  # also ends anything the job left running in its session
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()
        wall = time.monotonic() - start
        for r in readers:
            r.join(timeout=5)
        files: dict[str, bytes] = {}
        for pattern in job.collect:
            for path in sorted(glob.glob(str(scratch / pattern))):
                p = Path(path)
                if p.is_file() and not p.is_symlink() and p.stat().st_size <= COLLECT_CAP:
                    files[str(p.relative_to(scratch))] = p.read_bytes()
        return JobResult(
            exit_code=None if timed_out else proc.returncode,
            stdout=b"".join(out), stderr=b"".join(err), files=files, wall_s=wall,
            timed_out=timed_out, output_truncated=out_trunc[0] or err_trunc[0],
        )

    def close(self) -> None:
        pass
