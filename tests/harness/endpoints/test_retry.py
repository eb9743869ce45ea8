"""The retry policy, the adaptive limiter and Retry-After parsing, in isolation."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest

from harness.endpoints.openai_endpoint import retry_after_seconds
from harness.endpoints.retry import AdaptiveLimiter, RetryPolicy


def test_backoff_is_exponential_and_bounded():
    policy = RetryPolicy(base_delay=1.0, max_delay=5.0, jitter=0.0)
    assert [policy.backoff(k) for k in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    jittered = RetryPolicy(base_delay=1.0, jitter=0.25)
    assert all(0.75 * 2 <= jittered.backoff(2) <= 2.0 for _ in range(50))


def test_policy_needs_an_attempt():
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


def test_limiter_halves_on_rate_limit_and_grows_back():
    async def run() -> list[float]:
        limiter = AdaptiveLimiter(8)
        seen = []
        limiter.rate_limited(0.0, await limiter.acquire())
        seen.append(limiter.limit)
        limiter.rate_limited(0.0, await limiter.acquire())
        seen.append(limiter.limit)
        for _ in range(4):
            limiter.succeeded()
        seen.append(limiter.limit)
        for _ in range(100):
            limiter.succeeded()
        seen.append(limiter.limit)
        return seen

    two, four, after_four, ceiling = asyncio.run(run())
    assert (two, four) == (4.0, 2.0)
    assert 3.0 < after_four < 4.0  # about +1 per window of `limit` successes
    assert ceiling == 8.0


def test_a_burst_of_429s_halves_the_limit_once():
    async def run() -> list[float]:
        limiter = AdaptiveLimiter(16)
        burst = [await limiter.acquire() for _ in range(16)]
        for sent in burst:  # all sixteen requests were sent before the first 429 came back
            limiter.rate_limited(0.0, sent)
            limiter.release()
        after_burst = limiter.limit
        limiter.rate_limited(0.0, await limiter.acquire())  # sent after the halving: halves again
        return [after_burst, limiter.limit]

    assert asyncio.run(run()) == [8.0, 4.0]


def test_limiter_bounds_concurrency_and_pauses():
    async def run() -> tuple[int, float]:
        limiter = AdaptiveLimiter(3)
        peak = 0

        async def job() -> None:
            nonlocal peak
            await limiter.acquire()
            peak = max(peak, limiter.in_flight)
            await asyncio.sleep(0.01)
            limiter.release()

        await asyncio.gather(*(job() for _ in range(12)))
        limiter.rate_limited(0.2, await limiter.acquire())
        limiter.release()
        start = time.monotonic()
        await limiter.acquire()
        return peak, time.monotonic() - start

    peak, waited = asyncio.run(run())
    assert peak == 3 and waited >= 0.19


def test_retry_after_parsing():
    assert retry_after_seconds(httpx.Headers({"retry-after": "3"})) == 3.0
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "250", "retry-after": "3"})) == 0.25
    assert retry_after_seconds(httpx.Headers({})) is None
    assert retry_after_seconds(httpx.Headers({"retry-after": "soon"})) is None
    date = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= retry_after_seconds(httpx.Headers({"retry-after": date})) <= 10
