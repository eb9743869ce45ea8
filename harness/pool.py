"""A thread pool that always starts the queued job with the largest estimated cost.

Why: a run's jobs differ in cost by up to three orders of magnitude (a slowest reference tier
under callgrind against a fastest one), and a FIFO pool on 2 workers left a few long jobs queued
last, running alone while the other worker idled: 4 tasks' ``reference:slowest`` ran only 1.37×
faster on 2 workers than on 1.  Longest-processing-time-first list scheduling (Graham, "Bounds on
multiprocessing timing anomalies", SIAM J. Appl. Math. 17(2), 1969) keeps the makespan within
4/3 − 1/(3m) of the optimum on m workers when costs are known, and estimates are enough to keep
the long jobs from queuing last.

Hand-written on purpose: ``concurrent.futures`` executors take work in submission order only.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from concurrent.futures import Future
from typing import Any, Callable


class LongestFirstPool:
    """``workers`` threads taking the pending job of largest ``cost`` first (ties: submission order)."""

    def __init__(self, workers: int) -> None:
        self._heap: list[tuple[float, int, Future[Any], Callable[..., Any], tuple[Any, ...]]] = []
        self._order = itertools.count()
        self._ready = threading.Condition()
        self._closing = False
        self._threads = [threading.Thread(target=self._work, name=f"ergon-worker-{i}", daemon=True)
                         for i in range(max(1, workers))]
        for thread in self._threads:
            thread.start()

    def submit(self, cost: float, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self._ready:
            if self._closing:
                raise RuntimeError("the pool is shut down")
            heapq.heappush(self._heap, (-cost, next(self._order), future, fn, args))
            self._ready.notify()
        return future

    def _work(self) -> None:
        while True:
            with self._ready:
                while not self._heap and not self._closing:
                    self._ready.wait()
                if not self._heap:
                    return
                _, _, future, fn, args = heapq.heappop(self._heap)
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to whoever waits on the future
                future.set_exception(exc)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Stop taking new jobs; with ``cancel_futures`` drop the queued ones (running ones finish)."""
        with self._ready:
            self._closing = True
            if cancel_futures:
                for _, _, future, _, _ in self._heap:
                    future.cancel()
                self._heap.clear()
            self._ready.notify_all()
        if wait:
            for thread in self._threads:
                thread.join()
