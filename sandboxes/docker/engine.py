"""Talking to the Docker engine: connection, availability, and what Ergon owns in it.

Everything Ergon creates (images, containers, scratch volumes) carries the label
``org.ergon.owner=ergon``; containers also carry the creating process's pid and host, so
that a later start can remove the leftovers of a crashed run without touching the
containers of a run still going on beside it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass

import docker
import docker.errors
from docker import DockerClient

OWNER_LABEL = "org.ergon.owner"
OWNER = "ergon"
PID_LABEL = "org.ergon.pid"
HOST_LABEL = "org.ergon.host"
OWNED = {"label": f"{OWNER_LABEL}={OWNER}"}


def owner_labels() -> dict[str, str]:
    """Labels for a container or volume created by this process."""
    return {OWNER_LABEL: OWNER, PID_LABEL: str(os.getpid()), HOST_LABEL: socket.gethostname()}


def connect(timeout: float = 60.0) -> DockerClient:
    """A client for the engine named by the environment (``DOCKER_HOST``) or the default socket."""
    return docker.from_env(timeout=timeout)


def docker_available() -> tuple[bool, str]:
    """Whether an engine answers, and why not; for ``ergon doctor`` and the default executor."""
    try:
        client = connect(timeout=5)
    except docker.errors.DockerException as exc:
        return False, f"no Docker engine: {_short(exc)}"
    try:
        version = client.version()
    except docker.errors.DockerException as exc:
        return False, f"Docker engine does not answer: {_short(exc)}"
    finally:
        client.close()
    return True, f"Docker engine {version.get('Version', '?')} ({version.get('Os', '?')}/{version.get('Arch', '?')})"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1][:200] if text else type(exc).__name__


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_leftover(labels: dict[str, str]) -> bool:
    """Created by a process of this host that is gone."""
    if labels.get(HOST_LABEL) != socket.gethostname():
        return False
    try:
        return not _pid_alive(int(labels.get(PID_LABEL, "")))
    except ValueError:
        return True


@dataclass(frozen=True)
class Removed:
    containers: int
    volumes: int


def remove_leftovers(client: DockerClient, *, everything: bool = False) -> Removed:
    """Remove containers and scratch volumes of dead Ergon processes (all of them if ``everything``)."""
    containers = 0
    # ignore_removed: other Ergon processes remove their own containers while we list
    for container in client.containers.list(all=True, filters=OWNED, ignore_removed=True):
        if everything or _is_leftover(container.labels):
            try:
                container.remove(force=True, v=True)
                containers += 1
            except docker.errors.NotFound:
                pass
    volumes = 0
    for volume in client.volumes.list(filters=OWNED):
        try:
            volume.remove(force=True)
            volumes += 1
        except docker.errors.APIError:  # still in use by a live container
            pass
    return Removed(containers, volumes)


def start_engine(wait_s: float = 60.0, log_path: str = "/var/log/ergon-dockerd.log") -> tuple[bool, str]:
    """Start ``dockerd`` in the background when no engine answers (root only), and wait for it."""
    ok, reason = docker_available()
    if ok:
        return ok, reason
    dockerd = shutil.which("dockerd")
    if dockerd is None:
        return False, f"{reason}; dockerd is not installed (apt-get install docker.io)"
    if os.geteuid() != 0:
        return False, f"{reason}; starting dockerd needs root"
    with open(log_path, "ab") as log:
        subprocess.Popen([dockerd], stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        time.sleep(0.5)
        ok, reason = docker_available()
        if ok:
            return ok, reason
    return False, f"{reason}; dockerd did not answer within {wait_s:.0f} s (see {log_path})"
