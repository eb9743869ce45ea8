"""The endpoint seam: one generation request in, its completions out.

Like an httpx transport, a :class:`ModelEndpoint` does one thing — send a request and return
the response or raise — so behaviour such as retries, concurrency limits and back-off is
added by wrapping one endpoint in another (see :mod:`harness.endpoints.retry`) rather than
by configuring a client.  Errors are classified into three kinds the wrappers understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Api = Literal["chat", "completion"]


@dataclass(frozen=True)
class GenerationRequest:
    """One API call: either chat ``messages`` or a completion ``prompt``, asking for ``n`` choices."""

    model: str
    api: Api
    messages: tuple[dict[str, str], ...] = ()
    prompt: str = ""
    n: int = 1
    temperature: float | None = None
    max_tokens: int | None = None
    max_tokens_field: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    """The name ``max_tokens`` is sent under: OpenAI's reasoning models refuse ``max_tokens`` and
    take ``max_completion_tokens`` (chat API only)."""
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    text: str
    finish_reason: str | None = None


@dataclass(frozen=True)
class GenerationResponse:
    choices: tuple[Choice, ...]
    prompt_tokens: int | None = None
    """As reported by the server for the whole call (the prompt is billed once for all ``n``)."""
    completion_tokens: int | None = None
    """As reported by the server, summed over the choices."""
    latency_s: float | None = None
    """Wall time from sending the request to the last byte of the answer (the attempt that succeeded)."""
    ttft_s: float | None = None
    """Time to first token: from sending to the first text of a streamed answer (``None`` unstreamed)."""


class EndpointError(Exception):
    """A request failed; the subclass says whether sending it again may help."""


class TransientError(EndpointError):
    """5xx, timeout, dropped connection, garbled body: worth retrying with back-off.

    ``retry_after`` is the wait the server asked for, if it did: RFC 9110 §10.2.3 defines
    ``Retry-After`` for 503 as well as 429, and it then replaces the back-off.
    """

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimited(TransientError):
    """429: the server asked us to slow down, maybe saying for how long."""


class PermanentError(EndpointError):
    """4xx other than 429 (bad request, auth, unknown model): retrying cannot help."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ModelEndpoint(Protocol):
    """Anything that can send a :class:`GenerationRequest`."""

    async def send(self, request: GenerationRequest) -> GenerationResponse:
        """Return the server's response, or raise an :class:`EndpointError`."""
        ...

    async def aclose(self) -> None: ...
