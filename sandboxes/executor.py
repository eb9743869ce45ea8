"""The executor seam: one abstract way to run a job in a sandbox, several implementations.

Like httpx's transports, callers build a :class:`Job` and hand it to whichever
:class:`Executor` is configured (``local`` subprocesses, ``docker`` containers, later
distributed workers); nothing above this layer knows which one ran it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Limits:
    """Hard limits on one job.  Every executor enforces all of them."""

    timeout_s: float = 60.0
    memory_mb: int = 1024
    cpu_s: int = 120
    file_size_mb: int = 64
    nproc: int = 64
    nofile: int = 256
    output_bytes: int = 64 * 1024


@dataclass(frozen=True)
class Job:
    """A command run in a fresh scratch directory holding ``files``.

    ``argv[0]`` may be the placeholder ``{python}``, replaced by the executor's measuring
    interpreter, so that the same job means the same thing in every executor.  ``collect``
    names files (glob patterns, relative to the scratch directory) to bring back.
    """

    argv: tuple[str, ...]
    files: dict[str, bytes]
    limits: Limits = Limits()
    env: dict[str, str] = field(default_factory=dict)
    collect: tuple[str, ...] = ()


@dataclass(frozen=True)
class JobResult:
    exit_code: int | None
    """Process exit status; negative for a signal; ``None`` when killed for the timeout."""
    stdout: bytes
    stderr: bytes
    files: dict[str, bytes]
    wall_s: float
    timed_out: bool = False
    output_truncated: bool = False
    oom_killed: bool = False


@dataclass(frozen=True)
class Environment:
    """What a job can rely on inside an executor, and where it came from."""

    executor: str
    python: str
    """The measuring interpreter (absolute path inside the sandbox)."""
    python_version: str
    roi_library: str | None
    """Path of the callgrind client-request shim inside the sandbox, if built."""
    valgrind_version: str | None
    fingerprint: str
    """Host or image identity: measurements are only comparable within one fingerprint."""
    details: dict[str, str] = field(default_factory=dict)


@runtime_checkable
class Executor(Protocol):
    name: str

    def environment(self) -> Environment:
        """Describe the sandbox; may prepare it (build shims) on first call."""
        ...

    def run(self, job: Job) -> JobResult:
        """Run ``job`` to completion under its limits.  Never raises for the job's own failures."""
        ...

    def close(self) -> None:
        """Release anything held (containers, pools)."""
        ...
