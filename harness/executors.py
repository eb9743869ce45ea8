"""Choosing and constructing executors by name (``auto``, ``local``, ``docker``)."""

from __future__ import annotations

import importlib
from typing import Callable

from sandboxes.executor import Executor
from sandboxes.local import LocalExecutor

EXECUTOR_NAMES = ("auto", "local", "docker")
LOCAL_WARNING = ("the local executor runs candidates as host processes: it is not a security boundary "
                 "(use --executor docker for untrusted code)")


class ExecutorUnavailable(RuntimeError):
    pass


def docker_status() -> tuple[bool, str]:
    """Whether a Docker engine and Ergon's Docker executor are usable here, and why not."""
    try:
        engine = importlib.import_module("sandboxes.docker.engine")
    except ImportError as exc:
        return False, f"Docker executor not installed ({exc})"
    return engine.docker_available()


def resolve_name(name: str) -> str:
    if name not in EXECUTOR_NAMES:
        raise ExecutorUnavailable(f"unknown executor {name!r} (choose from {', '.join(EXECUTOR_NAMES)})")
    if name == "auto":
        return "docker" if docker_status()[0] else "local"
    return name


def make_executor(name: str, *, workers: int = 1, warm: bool = False, perf_counters: bool = False,
                  log: Callable[[str], None] = lambda _: None) -> Executor:
    """Build a concrete executor; ``name`` must already be resolved (not ``auto``).

    The Docker sandbox image is built on first use (about 80 s offline), reporting through ``log``.
    """
    if name == "local":
        return LocalExecutor()
    if name != "docker":
        raise ExecutorUnavailable(f"unknown executor {name!r}")
    ok, why = docker_status()
    if not ok:
        raise ExecutorUnavailable(f"the docker executor is unavailable: {why}")
    # imported lazily: needs the docker SDK and an engine
    from sandboxes.docker import DockerExecutor, ImageBuildError, ensure_image
    from sandboxes.docker.engine import connect

    try:
        ensure_image(connect(timeout=3600), log=log)
        return DockerExecutor(workers=workers, warm=warm, perf_counters=perf_counters)
    except (ImageBuildError, RuntimeError) as exc:
        raise ExecutorUnavailable(f"the docker executor is unavailable: {exc}") from None
