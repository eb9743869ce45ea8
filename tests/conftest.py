"""Fixtures shared across the test packages."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

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


ROOT = Path(__file__).resolve().parent.parent
RUN_TABLES = ("runs", "samples", "evaluations", "replies", "trajectories", "measurement_cache")
"""What a store learns from runs; emptied from the template so that it holds only measured references."""


@pytest.fixture(scope="session")
def dedupe_references(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store in which ``dedupe``'s reference tiers are already measured (``-e local``, callgrind).

    Tests of what ``ergon run`` does with endpoints, samples and killed processes start from a copy
    (:func:`measured_out`), as a user's second run in one store does: the references are measured
    once for the whole test session, not once per test.  The run that measured them is removed, so
    a copy holds no run, sample or cached evaluation.  Built once even under xdist: the first
    worker builds it under a file lock in the directory the workers share.
    """
    shared = tmp_path_factory.getbasetemp().parent
    template = shared / "dedupe-references" / "ergon.sqlite"
    with FileLock(str(shared / "dedupe-references.lock")):
        if template.exists():
            return template
        out = template.parent
        result = subprocess.run([sys.executable, "-m", "harness", "run", "--out", str(out), "-e", "local",
                                 "--timing-repeats", "0", "--task", "dedupe", "--model", "reference:fastest"],
                                capture_output=True, text=True, timeout=600, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert result.returncode == 0, result.stderr
        con = sqlite3.connect(template)
        try:
            assert con.execute("SELECT count(*) FROM reference_measurements").fetchone()[0] == 3
            with con:
                for table in RUN_TABLES:
                    con.execute(f"DELETE FROM {table}")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        return template


@pytest.fixture()
def measured_out(tmp_path: Path, dedupe_references: Path) -> Path:
    """An ``--out`` directory whose store already holds ``dedupe``'s measured references."""
    out = tmp_path / "out"
    out.mkdir()
    shutil.copyfile(dedupe_references, out / "ergon.sqlite")
    return out


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
