"""Fixtures shared across the test packages."""

from __future__ import annotations

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
