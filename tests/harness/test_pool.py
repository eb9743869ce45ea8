"""The run's pool starts the costliest queued job first, hands back results and errors, and drops
queued work on shutdown."""

from __future__ import annotations

import threading

import pytest

from harness.pool import LongestFirstPool


def test_queued_jobs_start_costliest_first() -> None:
    pool = LongestFirstPool(1)
    gate, started = threading.Event(), []
    pool.submit(0.0, gate.wait)  # holds the only worker while the rest queue up
    futures = [pool.submit(cost, started.append, name) for cost, name in
               ((1.0, "fastest"), (5e9, "slowest"), (3.0, "middle"), (3.0, "middle, submitted later"))]
    gate.set()
    for f in futures:
        f.result(timeout=10)
    pool.shutdown()
    assert started == ["slowest", "middle", "middle, submitted later", "fastest"]


def test_results_and_errors_reach_the_futures() -> None:
    pool = LongestFirstPool(2)
    assert pool.submit(1.0, pow, 2, 10).result(timeout=10) == 1024
    with pytest.raises(ZeroDivisionError):
        pool.submit(1.0, lambda: 1 / 0).result(timeout=10)
    pool.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        pool.submit(1.0, pow, 2, 2)


def test_shutdown_cancels_what_waits_and_finishes_what_runs() -> None:
    pool = LongestFirstPool(1)
    gate, running = threading.Event(), threading.Event()
    first = pool.submit(1.0, lambda: running.set() or gate.wait())
    assert running.wait(timeout=10)
    queued = pool.submit(2.0, pow, 2, 2)  # costlier, but the only worker is busy
    threading.Timer(0.2, gate.set).start()
    pool.shutdown(wait=True, cancel_futures=True)
    assert first.result() is True and queued.cancelled()
