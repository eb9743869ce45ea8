"""The ``ray`` executor: jobs run on a Ray cluster, each in the worker node's own sandbox.

Ray is one more transport below the :class:`~sandboxes.executor.Executor` seam: the driver keeps
everything above it (generation, verdicts, the store), and Ray only moves :class:`Job` and
:class:`JobResult` objects.  On the node a job runs exactly as it would locally, through the
node's own :class:`~sandboxes.local.LocalExecutor` (bubblewrap) or ``DockerExecutor``, so
candidate code never runs outside a sandbox there either.

Why slots (one actor per CPU, pinned to its node) rather than free-floating tasks: counts compare
only within one environment fingerprint, and a fingerprint is known only once something has run on
the node.  Each slot builds its node's executor once, reports its :class:`Environment`, and the
executor keeps the slots of one environment (the largest, or the one a resumed run was measured
in) and releases the others, so a heterogeneous cluster never mixes counts: a node with another
interpreter, valgrind, CPU or version of this package is *kept apart* and listed.  Every result
carries the fingerprint of the slot that ran it and is refused if it differs.

Failures: a slot whose worker process dies is restarted by Ray on the same node and its call
retried (``max_restarts``/``max_task_retries``); a slot whose node is gone is retired and the job
run on another slot; when none is left, :meth:`RayExecutor.run` raises :class:`RayUnavailable`
naming what was lost, so the run stops as ``crashed`` and resumes with ``--resume``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal

import ray
from ray.exceptions import (ActorUnavailableError, ActorUnschedulableError, GetTimeoutError, NodeDiedError, ObjectLostError,
                            RayActorError, RayError, WorkerCrashedError)
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from sandboxes.executor import Environment, Job, JobResult

Sandbox = Literal["local", "docker"]
PYTHON_VARIABLE = "ERGON_PYTHON"
"""Set on a node (in the environment of ``ray start``) to measure with another interpreter than Ray's own."""
RESTARTS = 3
"""How often Ray restarts a slot whose worker process died (the call in flight is retried each time)."""
UNAVAILABLE_RETRIES = 5
LOST = (RayActorError, NodeDiedError, WorkerCrashedError, ActorUnschedulableError, ObjectLostError)
"""What ends a slot (rather than the job): the job then runs on another slot."""
STARTUP_TIMEOUT_S = 600.0
"""A slot builds its executor first: the counters' native pieces, or the Docker image on a fresh node."""


class RayUnavailable(RuntimeError):
    """No usable Ray cluster, or no worker left in the run's environment."""


def code_digest() -> str:
    """This package's code (executors, runners' counters, native sources): nodes must run the driver's."""
    root = Path(__file__).resolve().parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and (p.suffix in {".py", ".c", ".h", ".s"} or p.name in {"Makefile", "Dockerfile"}))
    return hashlib.sha256(b"".join(str(p.relative_to(root)).encode() + p.read_bytes() for p in files)).hexdigest()[:12]


@dataclass(frozen=True)
class SlotInfo:
    """What a slot reports about its node once its executor is built."""

    node_id: str
    node_ip: str
    pid: int
    code: str
    environment: Environment | None
    problem: str = ""

    @property
    def group(self) -> tuple[str, str, str]:
        """Slots agree when their fingerprint, tool paths and code agree (a job's argv names the tools' paths)."""
        env = self.environment
        return (env.fingerprint if env else "", json.dumps(env.tools if env else {}, sort_keys=True), self.code)


class _Slot:
    """One job at a time on one node, through that node's own executor (a Ray actor)."""

    def __init__(self, sandbox: Sandbox, allow_unsandboxed: bool) -> None:
        self.problem = ""
        self.executor: Any = None
        try:
            self.executor = _node_executor(sandbox, allow_unsandboxed)
            self.env: Environment | None = self.executor.environment()
        except Exception as exc:  # reported to the driver, which keeps this node apart
            self.env, self.problem = None, f"{type(exc).__name__}: {exc}"

    def describe(self) -> SlotInfo:
        ctx = ray.get_runtime_context()
        return SlotInfo(node_id=ctx.get_node_id(), node_ip=ray.util.get_node_ip_address(), pid=os.getpid(),
                        code=code_digest(), environment=self.env, problem=self.problem)

    def run(self, job: Job) -> JobResult:
        assert self.executor is not None and self.env is not None, self.problem
        return dataclasses.replace(self.executor.run(job), fingerprint=self.env.fingerprint)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.close()


def _node_executor(sandbox: Sandbox, allow_unsandboxed: bool) -> Any:
    if sandbox == "docker":
        from sandboxes.docker import DockerExecutor, ensure_image  # the docker SDK is needed only here
        from sandboxes.docker.engine import connect

        ensure_image(connect(timeout=3600))
        return DockerExecutor(workers=1)
    from sandboxes.bwrap import SandboxUnavailable
    from sandboxes.local import LocalExecutor

    python = os.environ.get(PYTHON_VARIABLE) or None
    try:
        return LocalExecutor(python)
    except SandboxUnavailable:
        if not allow_unsandboxed:
            raise
        return LocalExecutor(python, sandbox=False)


@dataclass
class _Handle:
    actor: Any
    info: SlotInfo


class RayExecutor:
    """Runs each job on a slot of one environment of a Ray cluster.

    ``address``: ``auto`` (the cluster this machine belongs to, or ``$RAY_ADDRESS``), ``HOST:PORT``,
    ``ray://HOST:PORT`` (Ray client), or ``local`` (start a cluster inside this process, only
    when asked).  ``fingerprint`` pins the environment (a resumed run's); otherwise the one with
    the most slots is used.  ``sandbox`` chooses the nodes' executor.
    """

    name = "ray"

    def __init__(self, address: str = "auto", *, sandbox: Sandbox = "local", fingerprint: str | None = None,
                 allow_unsandboxed: bool = False, log: Callable[[str], None] = lambda _: None) -> None:
        self.address, self.sandbox = address, sandbox
        self._owns_ray = connect(address)
        self._ready = threading.Condition()
        self._live: list[_Handle] = []
        self._idle: list[_Handle] = []
        self._busy = 0
        self.lost: list[str] = []
        """Slots retired during the run, and why."""
        try:
            self._start(fingerprint, allow_unsandboxed, log)
        except BaseException:
            self.close()
            raise

    def _start(self, fingerprint: str | None, allow_unsandboxed: bool, log: Callable[[str], None]) -> None:
        nodes = [n for n in ray.nodes() if n.get("Alive") and int(n.get("Resources", {}).get("CPU", 0)) > 0]
        if not nodes:
            raise RayUnavailable(f"the Ray cluster at {self.address} has no live node with a CPU")
        slot_class = ray.remote(num_cpus=1, max_restarts=RESTARTS, max_task_retries=RESTARTS)(_Slot)
        actors = [slot_class.options(scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=False))
                  .remote(self.sandbox, allow_unsandboxed)
                  for node in nodes for _ in range(int(node["Resources"]["CPU"]))]
        try:
            infos = ray.get([a.describe.remote() for a in actors], timeout=STARTUP_TIMEOUT_S)
        except (GetTimeoutError, RayError) as exc:
            for actor in actors:
                ray.kill(actor)
            raise RayUnavailable(f"the Ray cluster's workers did not start: {exc}".splitlines()[0]) from None
        handles = [_Handle(a, i) for a, i in zip(actors, infos)]
        self.groups = groups_of([h.info for h in handles])
        mine = code_digest()
        usable = {key: members for key, members in self.groups.items()
                  if key[0] and key[2] == mine and (fingerprint is None or key[0] == fingerprint)}
        if not usable:
            raise RayUnavailable(_why_none(self.groups, mine, fingerprint))
        chosen = max(usable, key=lambda k: (len(usable[k]), k))
        self._live = [h for h in handles if h.info.group == chosen]
        self._idle = list(self._live)
        for h in handles:
            if h.info.group != chosen:
                ray.kill(h.actor)
        self.apart = describe_apart(self.groups, chosen, mine)
        """The other environments of the cluster, kept apart: one line each."""
        for line in self.apart:
            log(f"kept apart: {line}")
        env = self._idle[0].info.environment
        assert env is not None
        nodes_used = sorted({h.info.node_ip + "/" + h.info.node_id[:8] for h in self._idle})
        self._environment = Environment(
            executor=self.name, fingerprint=env.fingerprint, tools=dict(env.tools), versions=dict(env.versions),
            details={**env.details, "ray": self.address, "node executor": env.executor,
                     "nodes": f"{len(nodes_used)} ({', '.join(nodes_used)})", "slots": str(len(self._idle)),
                     **({"kept apart": "; ".join(self.apart)} if self.apart else {})})

    @property
    def slots(self) -> int:
        """Jobs that can run at once: the driver needs no more evaluation threads than this."""
        with self._ready:
            return len(self._idle) + self._busy

    def environment(self) -> Environment:
        return self._environment

    def run(self, job: Job) -> JobResult:
        unavailable = 0
        while True:
            handle = self._acquire()
            try:
                result: JobResult = ray.get(handle.actor.run.remote(job))
            except ActorUnavailableError as exc:  # restarting: try again, on whichever slot is free
                unavailable += 1
                if unavailable > UNAVAILABLE_RETRIES:
                    self._retire(handle, exc)
                else:
                    self._release(handle)
                continue
            except LOST as exc:  # its node died, or its restarts ran out (a bug in the job's run propagates)
                self._retire(handle, exc)
                continue
            except BaseException:
                self._release(handle)
                raise
            if result.fingerprint != self._environment.fingerprint:  # never mix, even if a node changed under us
                self._retire(handle, f"its environment changed to {result.fingerprint}")
                continue
            self._release(handle)
            return result

    def _acquire(self) -> _Handle:
        with self._ready:
            while not self._idle:
                if not self._busy:
                    raise RayUnavailable(f"no Ray worker of environment {self._environment.fingerprint} is left "
                                         f"({'; '.join(self.lost)}); resume the run once the cluster is back")
                self._ready.wait()
            self._busy += 1
            return self._idle.pop()

    def _release(self, handle: _Handle) -> None:
        with self._ready:
            self._busy -= 1
            self._idle.append(handle)
            self._ready.notify()

    def _retire(self, handle: _Handle, why: object) -> None:
        logging.getLogger(__name__).warning("ray slot on %s retired: %s", handle.info.node_ip, why)
        with self._ready:
            self._busy -= 1
            self._live.remove(handle)
            self.lost.append(f"slot on node {handle.info.node_id[:8]}: {str(why).splitlines()[0][:200]}")
            self._ready.notify_all()
        try:
            ray.kill(handle.actor)
        except RayError:
            pass

    def slot_pids(self) -> dict[int, str]:
        """Process id of each live slot's worker -> its node id, asked of the slots (so wait while they run jobs)."""
        with self._ready:
            handles = list(self._live)
        return {info.pid: info.node_id for info in ray.get([h.actor.describe.remote() for h in handles])}

    def close(self) -> None:
        with self._ready:
            handles, self._live, self._idle = self._live, [], []
        for handle in handles:
            try:
                ray.kill(handle.actor)
            except RayError:
                pass
        if self._owns_ray and ray.is_initialized():
            ray.shutdown()
            self._owns_ray = False


def connect(address: str) -> bool:
    """Attach to (or, for ``local``, start) a cluster; True when this call did (so ``close`` should end it)."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = dict(log_to_driver=False, logging_level=logging.WARNING, configure_logging=False)
    try:
        if address == "local":
            ray.init(include_dashboard=False, **options)
        else:
            host = address.removeprefix("ray://").rpartition(":")[0]
            if host.startswith("127."):  # a cluster on this machine's loopback: this driver is a node of it there
                options["_node_ip_address"] = host
            ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        hint = "start one with `ray start --head`, or give --ray-address HOST:PORT (or `local` to start one here)"
        raise RayUnavailable(f"no Ray cluster at {address!r} ({str(exc).splitlines()[0][:200]}): {hint}") from None
    return True


def groups_of(infos: list[SlotInfo]) -> dict[tuple[str, str, str], list[SlotInfo]]:
    groups: dict[tuple[str, str, str], list[SlotInfo]] = {}
    for info in infos:
        groups.setdefault(info.group, []).append(info)
    return groups


def describe_apart(groups: dict[tuple[str, str, str], list[SlotInfo]], chosen: tuple[str, str, str] | None,
                   code: str) -> list[str]:
    """One line per environment other than ``chosen``: its fingerprint (or problem), nodes and slots."""
    lines = []
    for key, members in sorted(groups.items()):
        if key == chosen:
            continue
        nodes = ", ".join(sorted({m.node_ip + "/" + m.node_id[:8] for m in members}))
        if not key[0]:
            what = f"cannot run jobs: {members[0].problem}"
        elif key[2] != code:
            what = f"runs another version of Ergon's sandboxes ({key[2]}, the driver has {code})"
        else:
            what = f"fingerprint {key[0]}"
        lines.append(f"{what} — {len(members)} slot(s) on {nodes}")
    return lines


def _why_none(groups: dict[tuple[str, str, str], list[SlotInfo]], code: str, fingerprint: str | None) -> str:
    found = "; ".join(describe_apart(groups, None, code))
    if fingerprint:
        return f"no Ray worker measures in this run's environment {fingerprint} (the cluster has: {found})"
    return f"no Ray worker can run jobs (the cluster has: {found})"


def cluster_report(address: str, sandbox: Sandbox = "local") -> list[tuple[str, bool, str]]:
    """``(component, ok, detail)`` rows on a cluster for ``ergon doctor``: nodes, CPUs, environments."""
    executor = RayExecutor(address, sandbox=sandbox)
    try:
        rows = [(f"ray node {n['NodeManagerAddress']}/{n['NodeID'][:8]}", bool(n.get("Alive")),
                 f"{int(n.get('Resources', {}).get('CPU', 0))} CPU(s)" + ("" if n.get("Alive") else ", dead"))
                for n in ray.nodes()]
        env = executor.environment()
        rows.append(("ray environment", True, f"fingerprint {env.fingerprint}: {env.details['slots']} slot(s) on "
                                              f"{env.details['nodes']} ({env.details['node executor']} executor)"))
        rows += [("ray environment", False, f"kept apart: {line}") for line in executor.apart]
        return rows
    finally:
        executor.close()
