"""Fixtures shared across the test packages."""

from __future__ import annotations

import os
import shutil

import pytest

from tasks.registry import find_task
from harness.languages import EvalContext
from sandboxes.local import LocalExecutor
from tasks.schema import Task


@pytest.fixture(scope="session")
def local_executor() -> LocalExecutor:
    return LocalExecutor()


@pytest.fixture(scope="session")
def dedupe() -> Task:
    return find_task("dedupe")


@pytest.fixture()
def check_only(local_executor: LocalExecutor) -> EvalContext:
    """Correctness only: no instruction counting, no timing."""
    return EvalContext(executor=local_executor, counter=None, timing_repeats=0, trace_memory=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(*tools): the commands a test runs; missing ones skip it, "
                                       "except in CI (CI=true), where they fail it")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a test whose tools are missing on a developer's machine; fail it in CI.

    CI installs every tool (``bash .ci/install``), so a tool missing there is a broken install,
    and a skip would hide that the tests needing it never ran.
    """
    missing = [tool for marker in item.iter_markers("needs") for tool in marker.args if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (bash .ci/install)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI is missing a tool: {reason}", pytrace=False)
    pytest.skip(reason)
