"""The retry policy, the adaptive limiter and Retry-After parsing, in isolation.

Pauses are checked on a virtual clock (:class:`VirtualClock`): the loop jumps to its next timer
instead of sleeping, so waits are exact and the tests take no time.
"""

from __future__ import annotations

import asyncio
import email.utils
import selectors
import time
from typing import Any, Awaitable, Callable, TypeVar

import httpx
import pytest

from harness.endpoints.base import Choice, GenerationRequest, GenerationResponse, RateLimited, TransientError
from harness.endpoints.openai_endpoint import retry_after_seconds
from harness.endpoints.retry import AdaptiveLimiter, RetriesExhausted, RetryingEndpoint, RetryPolicy

T = TypeVar("T")
REQUEST = GenerationRequest(model="m", api="chat", messages=({"role": "user", "content": "hi"},))


class VirtualClock(selectors.DefaultSelector):
    """A selector that, asked to wait for a timer, moves the clock there instead of sleeping."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout:
            self.now += timeout
        return super().select(0)


def run_virtual(main: Callable[[], Awaitable[T]]) -> T:
    clock = VirtualClock()

    class Loop(asyncio.SelectorEventLoop):
        def time(self) -> float:
            return clock.now

    with asyncio.Runner(loop_factory=lambda: Loop(clock)) as runner:
        return runner.run(main())


class Scripted:
    """An endpoint that raises the scripted errors in turn, then answers; records when it was called."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls: list[float] = []

    async def send(self, request: GenerationRequest) -> GenerationResponse:
        self.calls.append(asyncio.get_running_loop().time())
        if self.errors:
            raise self.errors.pop(0)
        return GenerationResponse(choices=(Choice("ok"),))

    async def aclose(self) -> None: ...


def pauses(inner: Scripted, policy: RetryPolicy, limit: int = 4) -> list[float]:
    """The waits between the attempts of one request through a retrying endpoint."""
    async def main() -> list[float]:
        endpoint = RetryingEndpoint(inner, policy, AdaptiveLimiter(limit))
        await endpoint.send(REQUEST)
        return [round(b - a, 6) for a, b in zip(inner.calls, inner.calls[1:])]
    return run_virtual(main)


def test_backoff_is_exponential_and_bounded():
    policy = RetryPolicy(base_delay=1.0, max_delay=5.0, jitter=0.0)
    assert [policy.backoff(k) for k in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]

def test_backoff_is_jittered_down_by_at_most_the_jitter(monkeypatch: pytest.MonkeyPatch):
    jittered = RetryPolicy(base_delay=1.0, jitter=0.25)
    monkeypatch.setattr("random.random", lambda: 1.0)
    assert jittered.backoff(2) == 1.5
    monkeypatch.setattr("random.random", lambda: 0.0)
    assert jittered.backoff(2) == 2.0
    monkeypatch.setattr("random.random", lambda: 0.5)
    assert jittered.backoff(3) == 3.5


def test_policy_needs_an_attempt():
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    inner = Scripted(TransientError("503"))
    with pytest.raises(RetriesExhausted, match="gave up after 1 attempts"):
        pauses(inner, RetryPolicy(max_attempts=1))
    assert len(inner.calls) == 1


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
        loop = asyncio.get_running_loop()
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
        start = loop.time()
        await limiter.acquire()
        return peak, loop.time() - start

    peak, waited = run_virtual(run)
    assert peak == 3 and waited == pytest.approx(0.2)


def test_a_later_429_does_not_shorten_a_pause():
    async def run() -> float:
        loop = asyncio.get_running_loop()
        limiter = AdaptiveLimiter(4)
        start = loop.time()
        first, second = await limiter.acquire(), await limiter.acquire()
        limiter.rate_limited(30.0, first)
        limiter.rate_limited(1.0, second)  # answered later, asking for less
        limiter.release()
        limiter.release()
        await limiter.acquire()
        return loop.time() - start

    assert run_virtual(run) == pytest.approx(30.0)


def test_limiter_never_drops_below_one():
    async def run() -> float:
        limiter = AdaptiveLimiter(2)
        for _ in range(4):
            limiter.rate_limited(0.0, await limiter.acquire())
            limiter.release()
        return limiter.limit

    assert run_virtual(run) == 1.0
    with pytest.raises(ValueError):
        AdaptiveLimiter(0)


def test_a_limit_of_one_serialises_requests():
    async def run() -> list[tuple[str, int]]:
        limiter, events = AdaptiveLimiter(1), []

        async def job(name: str) -> None:
            await limiter.acquire()
            events.append((name, limiter.in_flight))
            await asyncio.sleep(1.0)
            limiter.release()

        await asyncio.gather(job("a"), job("b"), job("c"))
        return events

    assert run_virtual(run) == [("a", 1), ("b", 1), ("c", 1)]


def test_retry_after_replaces_the_backoff():
    inner = Scripted(TransientError("503", retry_after=7.0), RateLimited("429", retry_after=0.5))
    assert pauses(inner, RetryPolicy(base_delay=100.0, max_delay=100.0)) == [7.0, 0.5]


def test_retry_after_is_capped():
    inner = Scripted(RateLimited("429", retry_after=86_400.0), TransientError("503", retry_after=10_000.0))
    assert pauses(inner, RetryPolicy(max_retry_after=120.0)) == [120.0, 120.0]
    assert pauses(Scripted(RateLimited("429", retry_after=86_400.0)), RetryPolicy()) == [300.0]  # five minutes


def test_without_retry_after_the_backoff_is_exponential(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("random.random", lambda: 0.0)
    inner = Scripted(TransientError("502"), RateLimited("429"), TransientError("reset"))
    assert pauses(inner, RetryPolicy(base_delay=2.0, max_delay=60.0)) == [2.0, 4.0, 8.0]


def test_a_hung_attempt_times_out_and_is_retried(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("random.random", lambda: 0.0)

    class Hangs(Scripted):
        async def send(self, request: GenerationRequest) -> GenerationResponse:
            if not self.calls:
                self.calls.append(asyncio.get_running_loop().time())
                await asyncio.sleep(3600)
            return await super().send(request)

    assert pauses(Hangs(), RetryPolicy(timeout=60.0, base_delay=1.0)) == [61.0]


def test_retries_stop_after_max_attempts():
    inner = Scripted(*[TransientError(f"503 #{i}", retry_after=0.0) for i in range(5)])
    with pytest.raises(RetriesExhausted, match="503 #2 \\(gave up after 3 attempts\\)") as raised:
        pauses(inner, RetryPolicy(max_attempts=3))
    assert len(inner.calls) == 3 and raised.value.attempts == 3
    assert pauses(Scripted(TransientError("503", retry_after=0.0)), RetryPolicy(max_attempts=2)) == [0.0]


def test_a_429_halves_the_limit_and_a_success_raises_it():
    async def main() -> list[float]:
        limiter = AdaptiveLimiter(8)
        endpoint = RetryingEndpoint(Scripted(RateLimited("429", retry_after=1.0)), RetryPolicy(), limiter)
        await endpoint.send(REQUEST)
        return [limiter.limit, limiter.in_flight]

    assert run_virtual(main) == [4.0 + 1 / 4.0, 0]


def test_retry_after_parsing():
    assert retry_after_seconds(httpx.Headers({"retry-after": "3"})) == 3.0
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "250", "retry-after": "3"})) == 0.25
    assert retry_after_seconds(httpx.Headers({})) is None
    assert retry_after_seconds(httpx.Headers({"retry-after": "soon"})) is None
    date = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= retry_after_seconds(httpx.Headers({"retry-after": date})) <= 10


def test_a_cancelled_waiter_gives_its_slot_back():
    """A request cancelled just after being handed a slot (a closing run) must not keep it."""
    async def run() -> int:
        limiter = AdaptiveLimiter(1)
        await limiter.acquire()
        waiting = asyncio.ensure_future(limiter.acquire())
        await asyncio.sleep(0)  # queued behind the held slot
        limiter.release()  # hands the slot to the waiter
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await asyncio.wait_for(limiter.acquire(), timeout=1.0)  # a leaked slot would block this forever
        return limiter.in_flight

    assert run_virtual(run) == 1


def test_a_cancelled_waiter_leaves_the_queue():
    async def run() -> list[str]:
        limiter, order = AdaptiveLimiter(1), []
        await limiter.acquire()
        cancelled = asyncio.ensure_future(limiter.acquire())
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0)

        async def later() -> None:
            await limiter.acquire()
            order.append("later")

        waiter = asyncio.ensure_future(later())
        await asyncio.sleep(0)
        limiter.release()
        await asyncio.wait_for(waiter, timeout=1.0)
        return [*order, str(limiter.in_flight)]

    assert run_virtual(run) == ["later", "1"]


def test_the_default_policy(monkeypatch: pytest.MonkeyPatch):
    """Six attempts, back-off from 1 s doubling to at most 60 s and jittered down by up to a quarter,
    600 s per attempt: what an endpoint without settings of its own gets."""
    monkeypatch.setattr("random.random", lambda: 0.0)
    inner = Scripted(*[TransientError("503") for _ in range(6)])
    with pytest.raises(RetriesExhausted, match="gave up after 6 attempts"):
        pauses(inner, RetryPolicy())
    assert [round(b - a, 6) for a, b in zip(inner.calls, inner.calls[1:])] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert RetryPolicy().backoff(8) == 60.0
    monkeypatch.setattr("random.random", lambda: 1.0)
    assert RetryPolicy().backoff(1) == 0.75

    class Hangs(Scripted):
        async def send(self, request: GenerationRequest) -> GenerationResponse:
            self.calls.append(asyncio.get_running_loop().time())
            await asyncio.sleep(3600)
            raise AssertionError("not reached")

    hung = Hangs()
    with pytest.raises(RetriesExhausted, match="no response within 600s"):
        pauses(hung, RetryPolicy(max_attempts=1))


def test_the_first_attempt_is_sent_at_once():
    inner = Scripted()
    pauses(inner, RetryPolicy())
    assert inner.calls == [0.0]


def test_a_newcomer_queues_behind_those_already_waiting():
    """Waiters are served first come, first served, also when a grown limit frees a slot before the
    next release: the newcomer does not take it from the request that waited."""
    async def run() -> tuple[bool, bool]:
        limiter = AdaptiveLimiter(2)
        limiter.rate_limited(0.0, await limiter.acquire())  # limit 1, its slot held
        waited = asyncio.ensure_future(limiter.acquire())
        await asyncio.sleep(0)
        limiter.succeeded()  # limit back to 2: one slot free, not yet handed out
        newcomer = asyncio.ensure_future(limiter.acquire())
        for _ in range(3):
            await asyncio.sleep(0)
        served = waited.done(), newcomer.done()
        newcomer.cancel()
        return served

    assert run_virtual(run) == (True, False)


def test_a_policy_cannot_be_changed_under_the_requests_that_share_it():
    """Every request of a model shares one policy; a variant (the probe's) is a copy, never an edit."""
    import dataclasses

    policy = RetryPolicy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_attempts = 1  # type: ignore[misc]
