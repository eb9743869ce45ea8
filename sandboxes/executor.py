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

    ``argv`` may hold placeholders such as ``{python}`` (see :meth:`Environment.resolve`).  ``collect``
    names files (glob patterns, relative to the scratch directory) to bring back.  ``pipes`` names
    FIFOs the executor creates in a directory the job can open them in (for reading and writing)
    but can neither change nor replace (a read-only mount, or another user's directory in a sticky
    one); the job finds that directory in ``$ERGON_PIPES``.  A measurement channel the measured
    program could unlink, rename or redirect would let it write its own numbers.
    """

    argv: tuple[str, ...]
    files: dict[str, bytes]
    limits: Limits = Limits()
    env: dict[str, str] = field(default_factory=dict)
    collect: tuple[str, ...] = ()
    pipes: tuple[str, ...] = ()


PIPES_ENV = "ERGON_PIPES"
"""The environment variable naming the directory of a job's ``pipes``."""


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
    fingerprint: str | None = None
    """The environment that ran the job, set by executors that span several (``ray``); for the others it is
    their :meth:`Executor.environment`'s."""


@dataclass(frozen=True)
class Environment:
    """What a job can rely on inside an executor, and where it came from.

    ``argv`` entries of the form ``{NAME}`` are replaced by ``tools[NAME]`` when a job runs, so
    the same job means the same thing in every executor (``{python}`` is the measuring
    interpreter; ``roi_library`` and ``qemu_plugin`` are the counters' native pieces).
    """

    executor: str
    fingerprint: str
    """Host or image identity: measurements are only comparable within one fingerprint."""
    tools: dict[str, str] = field(default_factory=dict)
    """Tool name -> absolute path inside the sandbox, for the tools that are there."""
    versions: dict[str, str] = field(default_factory=dict)
    """Tool name -> version string, for the tools that are there."""
    details: dict[str, str] = field(default_factory=dict)
    """Anything else worth reporting (CPU, kernel, why a tool is missing)."""

    def resolve(self, argv: tuple[str, ...]) -> list[str]:
        """``argv`` with ``{NAME}`` placeholders replaced by the tools' paths."""
        return [self.tools.get(a[1:-1], a) if a.startswith("{") and a.endswith("}") else a for a in argv]


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
