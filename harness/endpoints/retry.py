"""Retries, back-off and an adaptive concurrency limit, as an endpoint wrapping an endpoint.

* Transient failures (5xx, timeouts, dropped connections, garbled bodies) are retried with
  bounded exponential back-off; after ``max_attempts`` the last error is raised.
* A ``Retry-After`` (on a 429 or a 503) replaces the back-off, cut to ``max_retry_after``.
* A 429 halves the shared concurrency limit and pauses *every* request until the server's
  ``Retry-After`` (or the back-off) has passed (rate limits are per account, not per
  request); successes raise the limit back by about one per window of requests
  (additive increase, multiplicative decrease, as in TCP congestion control).
* Each attempt has an overall deadline: the HTTP client's timeout is per read, so a server
  trickling bytes would otherwise never time out.
"""

from __future__ import annotations

import asyncio
import random
from collections import deque
from dataclasses import dataclass

from harness.endpoints.base import (
    EndpointError,
    GenerationRequest,
    GenerationResponse,
    ModelEndpoint,
    RateLimited,
    TransientError,
)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    base_delay: float = 1.0
    """Back-off before retry k (1-based) is ``base_delay · 2^(k-1)``, capped at ``max_delay``."""
    max_delay: float = 60.0
    max_retry_after: float = 300.0
    """A longer ``Retry-After`` is cut to this, so one odd header cannot stall a run for hours."""
    timeout: float = 600.0
    """Overall deadline of one attempt, in seconds."""
    jitter: float = 0.25
    """Back-off is scaled by a random factor in ``[1 - jitter, 1]`` so retries do not stampede."""

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def backoff(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return delay * (1 - self.jitter * random.random())


class AdaptiveLimiter:
    """A concurrency limit that shrinks on 429 and grows back on success.

    Waiters queue in FIFO order and a release wakes only as many as there are free slots
    (an ``asyncio.Condition`` with ``notify_all`` would wake every one of thousands of queued
    requests on each release).

    The limit is halved at most once per window, as TCP reduces its window once per loss
    event however many segments of that window were lost (RFC 5681 §3.2, RFC 6582): when
    the server starts refusing, every request already sent gets a 429, and halving for each
    of them would take a limit of 64 to 1 (and ~2000 successes to climb back).  So
    :meth:`acquire` returns the current *generation*, and only a 429 to a request sent in
    the current generation halves the limit and starts the next one.
    """

    def __init__(self, max_limit: int) -> None:
        if max_limit < 1:
            raise ValueError("concurrency must be at least 1")
        self.max_limit = max_limit
        self.limit = float(max_limit)
        self.in_flight = 0
        self._paused_until = 0.0
        self._generation = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    async def acquire(self) -> int:
        """Take a slot; the generation it was taken in, for :meth:`rate_limited`."""
        loop = asyncio.get_running_loop()
        if not self._waiters and self.in_flight < int(self.limit) and loop.time() >= self._paused_until:
            self.in_flight += 1
            return self._generation
        waiter = loop.create_future()
        self._waiters.append(waiter)
        self._wake()
        try:
            await waiter  # the waker took the slot for us
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()
            else:
                self._waiters.remove(waiter)
            raise
        return self._generation

    def release(self) -> None:
        self.in_flight -= 1
        self._wake()

    def rate_limited(self, pause: float, generation: int) -> None:
        """A request sent in ``generation`` got a 429: pause everyone, and halve once per window."""
        if generation == self._generation:
            self.limit = max(1.0, self.limit / 2)
            self._generation += 1
        self._paused_until = max(self._paused_until, asyncio.get_running_loop().time() + pause)

    def succeeded(self) -> None:
        self.limit = min(float(self.max_limit), self.limit + 1 / self.limit)

    def _wake(self) -> None:
        loop = asyncio.get_running_loop()
        pause = self._paused_until - loop.time()
        if pause > 0:
            if self._timer is None and self._waiters:
                self._timer = loop.call_later(pause, self._end_pause)
            return
        while self._waiters and self.in_flight < int(self.limit):
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                self.in_flight += 1

    def _end_pause(self) -> None:
        self._timer = None
        self._wake()


class RetriesExhausted(EndpointError):
    def __init__(self, last: EndpointError, attempts: int) -> None:
        super().__init__(f"{last} (gave up after {attempts} attempts)")
        self.last = last
        self.attempts = attempts


class RetryingEndpoint:
    """Wraps an endpoint with :class:`RetryPolicy` and a shared :class:`AdaptiveLimiter`."""

    def __init__(self, inner: ModelEndpoint, policy: RetryPolicy, limiter: AdaptiveLimiter) -> None:
        self.inner = inner
        self.policy = policy
        self.limiter = limiter

    async def send(self, request: GenerationRequest) -> GenerationResponse:
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            generation = await self.limiter.acquire()
            try:
                async with asyncio.timeout(policy.timeout):
                    response = await self.inner.send(request)
            except TimeoutError:
                error = TransientError(f"no response within {policy.timeout:g}s")
                delay = policy.backoff(attempt)
            except TransientError as exc:
                error = exc
                delay = policy.backoff(attempt) if exc.retry_after is None else min(exc.retry_after, policy.max_retry_after)
                if isinstance(exc, RateLimited):
                    self.limiter.rate_limited(delay, generation)  # before the slot is released, so no waiter takes it
            else:
                self.limiter.succeeded()
                return response
            finally:
                self.limiter.release()
            if attempt == policy.max_attempts:
                raise RetriesExhausted(error, attempt)
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()
