"""Docker fixtures: an engine (started if need be), the image, and one executor per mode.

Without an engine these tests skip with the reason, except in CI (``CI=true``), where a
missing engine is a failure: CI must exercise the sandbox it ships.
"""

from __future__ import annotations

import os
import time
from typing import Callable, Iterator

import pytest
from docker.models.containers import Container

from sandboxes.docker.engine import OWNED, PID_LABEL, connect, start_engine
from sandboxes.docker.executor import DockerExecutor
from sandboxes.docker.image import ensure_image


@pytest.fixture(scope="session")
def docker_client():
    ok, reason = start_engine()
    if not ok:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs a Docker engine: {reason}")
        pytest.skip(reason)
    client = connect(timeout=1800)
    ensure_image(client)
    yield client
    client.close()


@pytest.fixture(scope="session")
def fresh_executor(docker_client) -> Iterator[DockerExecutor]:
    with DockerExecutor(client=docker_client) as executor:
        yield executor


@pytest.fixture(scope="session")
def warm_executor(docker_client) -> Iterator[DockerExecutor]:
    with DockerExecutor(client=docker_client, warm=True) as executor:
        yield executor


@pytest.fixture(params=["fresh", "warm"])
def executor(request, fresh_executor: DockerExecutor, warm_executor: DockerExecutor) -> DockerExecutor:
    return fresh_executor if request.param == "fresh" else warm_executor


@pytest.fixture()
def our_containers(docker_client) -> Callable[[], list[Container]]:
    """This process's containers, now (others' are created and removed beside ours meanwhile)."""
    mine = {"label": [OWNED["label"], f"{PID_LABEL}={os.getpid()}"]}
    return lambda: docker_client.containers.list(all=True, filters=mine, ignore_removed=True)


def host_processes(token: str, settle_s: float = 5.0) -> list[int]:
    """Host processes (but this one) whose command line holds ``token``, once exiting ones had time to go."""
    deadline = time.monotonic() + settle_s
    while True:
        found = []
        for entry in os.listdir("/proc"):
            try:
                if entry.isdigit() and token.encode() in open(f"/proc/{entry}/cmdline", "rb").read():
                    found.append(int(entry))
            except OSError:
                pass
        found = [pid for pid in found if pid != os.getpid()]
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


@pytest.fixture()
def stray_processes() -> Callable[[str], list[int]]:
    return host_processes
