"""Choosing and constructing executors by name (``auto``, ``local``, ``docker``, ``ray``)."""

from __future__ import annotations

import importlib
from typing import Callable

from sandboxes.bwrap import INSTALL_HINT, SandboxUnavailable
from sandboxes.executor import Executor
from sandboxes.local import LocalExecutor

EXECUTOR_NAMES = ("auto", "local", "docker", "ray")
NODE_SANDBOXES = ("local", "docker")
"""What runs a job on a Ray worker node."""
UNSANDBOXED_FLAG = "--allow-unsandboxed"
LOCAL_WARNING = ("the local executor runs without a sandbox: jobs are host processes with your privileges "
                 "(network, files, other processes)")


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


def trusted_model(spec: str) -> bool:
    """Whether a model spec only runs code shipped with the suite (its reference tiers)."""
    return spec.startswith("reference:")


def make_executor(name: str, *, workers: int = 1, warm: bool = False, perf_counters: bool = False,
                  untrusted: bool = True, allow_unsandboxed: bool = False, ray_address: str | None = None,
                  ray_sandbox: str = "local", fingerprint: str | None = None,
                  log: Callable[[str], None] = lambda _: None) -> Executor:
    """Build a concrete executor; ``name`` must already be resolved (not ``auto``).

    ``local`` sandboxes every job with bubblewrap.  Where it cannot, it runs jobs as plain host
    processes only for trusted code (``untrusted=False``) or when ``allow_unsandboxed`` says the
    user chose so; model-written code is otherwise refused, never silently run unisolated.
    The Docker sandbox image is built on first use (about 80 s offline), reporting through ``log``.
    ``ray`` runs jobs on the cluster at ``ray_address`` (default ``auto``), each through its worker
    node's own ``ray_sandbox`` executor, in the environment ``fingerprint`` when given (a resumed run's).
    """
    if name == "ray":
        return _ray_executor(ray_address or "auto", ray_sandbox, fingerprint, untrusted, allow_unsandboxed, log)
    if name == "local":
        try:
            return LocalExecutor()
        except SandboxUnavailable as exc:
            if untrusted and not allow_unsandboxed:
                raise ExecutorUnavailable(
                    f"cannot sandbox model-written code here: {exc}; install bubblewrap ({INSTALL_HINT}) or "
                    f"Docker (apt-get install docker.io, then --executor docker), or pass {UNSANDBOXED_FLAG} "
                    "to run it unisolated") from None
            return LocalExecutor(sandbox=False)
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


def _ray_executor(address: str, sandbox: str, fingerprint: str | None, untrusted: bool, allow_unsandboxed: bool,
                  log: Callable[[str], None]) -> Executor:
    if sandbox not in NODE_SANDBOXES:
        raise ExecutorUnavailable(f"unknown node sandbox {sandbox!r} (choose from {', '.join(NODE_SANDBOXES)})")
    try:  # imported lazily: ray is an optional extra
        from sandboxes.ray_executor import RayExecutor, RayUnavailable
    except ImportError as exc:
        raise ExecutorUnavailable(f"the ray executor needs Ray ({exc}): pip install 'ergon[ray]'") from None
    try:
        return RayExecutor(address, sandbox=sandbox, fingerprint=fingerprint,  # type: ignore[arg-type]
                           allow_unsandboxed=allow_unsandboxed or not untrusted, log=log)
    except RayUnavailable as exc:
        raise ExecutorUnavailable(f"the ray executor is unavailable: {exc}") from None
