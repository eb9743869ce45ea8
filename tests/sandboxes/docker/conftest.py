"""Docker fixtures: an engine (started if need be), the image, and one executor per mode.

Without an engine these tests skip with the reason, except in CI (``CI=true``), where a
missing engine is a failure: CI must exercise the sandbox it ships.
"""

from __future__ import annotations

import os
from typing import Iterator

import pytest

from sandboxes.docker.engine import connect, start_engine
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
