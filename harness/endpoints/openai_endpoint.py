"""A :class:`~harness.endpoints.base.ModelEndpoint` on the ``openai`` package's ``AsyncOpenAI``.

Works with any OpenAI-compatible server (OpenAI, vLLM, SGLang, llama.cpp, Ollama, TGI …).
The client's own retries are switched off (``max_retries=0``) so that the retry wrapper owns
every decision about waiting and trying again, and the client's errors are mapped onto the
three error kinds of :mod:`harness.endpoints.base`.  Each response carries its latency (send
to last byte) and, streamed, its time to first token: serving cost, next to the tokens.  Reply texts leave here as valid Unicode:
a lone surrogate escape (legal JSON) becomes U+FFFD, so it can be written to a file, sent to a
sandbox and stored like any other text.
"""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx
import openai

from harness.endpoints.base import (
    Choice,
    GenerationRequest,
    GenerationResponse,
    PermanentError,
    RateLimited,
    TransientError,
)
from harness.store import storable

# Statuses that mean "try again later" besides 429 and 5xx (the openai client retries these too).
_TRANSIENT_STATUSES = {408, 409}
# 5xx that no retry can cure: the server does not implement the method (RFC 9110 §15.6.2) or
# the HTTP version (§15.6.6) — typically something other than an LLM server on that port.
_PERMANENT_5XX = {501, 505}
CONNECTIONS_PER_CLIENT = 16
"""httpcore's pool does O(connections × waiting requests) work on every request event
(encode/httpx#3215): measured here with bare httpx at 64 connections and 50 ms replies, one
client spends ~8 ms of CPU per request and tops out near 120 requests/s; four clients of 16,
each request going to the least busy one, reach ~1000.  What remains per request through the
openai client is ~2 ms of CPU (see benchmarks/endpoints.py)."""


class OpenAIEndpoint:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        timeout: float = 600.0,
        stream: bool = False,
        max_connections: int = 100,
    ) -> None:
        self.timeout = timeout
        self.stream = stream
        shards = -(-max_connections // CONNECTIONS_PER_CLIENT)
        per_client = -(-max_connections // shards)
        limits = httpx.Limits(max_connections=per_client, max_keepalive_connections=per_client)
        self._clients = [
            openai.AsyncOpenAI(
                base_url=base_url,
                api_key=api_key,
                max_retries=0,
                timeout=timeout,
                http_client=httpx.AsyncClient(limits=limits, timeout=timeout),
            )
            for _ in range(shards)
        ]
        self._busy = [0] * shards

    async def send(self, request: GenerationRequest) -> GenerationResponse:
        shard = min(range(len(self._clients)), key=self._busy.__getitem__)
        self._busy[shard] += 1
        try:
            if self.stream:
                return await self._send_streaming(self._clients[shard], request)
            return await self._send(self._clients[shard], request)
        except openai.RateLimitError as exc:
            raise RateLimited(_describe(exc), retry_after=retry_after_seconds(exc.response.headers)) from None
        except openai.APIStatusError as exc:
            if (exc.status_code >= 500 and exc.status_code not in _PERMANENT_5XX) or exc.status_code in _TRANSIENT_STATUSES:
                raise TransientError(_describe(exc), retry_after=retry_after_seconds(exc.response.headers)) from None
            raise PermanentError(_describe(exc), status=exc.status_code) from None
        except openai.APITimeoutError:
            raise TransientError(f"no response within {self.timeout:g}s") from None
        except openai.APIConnectionError as exc:
            raise TransientError(f"connection error: {connection_failure(exc)}") from None
        except UnicodeDecodeError as exc:  # json.loads of a body that is not UTF-8 (RFC 8259 §8.1 requires it)
            raise TransientError(f"malformed response: the body is not UTF-8 (byte {exc.start}: "
                                 f"{exc.object[exc.start:exc.start + 1]!r})") from None
        except (json.JSONDecodeError, openai.APIResponseValidationError) as exc:
            raise TransientError(f"malformed response: {exc}") from None
        except openai.APIError as exc:  # an error event in the middle of a stream (200 already sent)
            raise TransientError(f"error in stream: {exc.message}") from None
        finally:
            self._busy[shard] -= 1

    def _body(self, request: GenerationRequest) -> dict[str, Any]:
        body: dict[str, Any] = {"model": request.model}
        if request.api == "chat":
            body["messages"] = list(request.messages)
        else:
            body["prompt"] = request.prompt
        if request.n != 1:
            body["n"] = request.n
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if request.max_tokens is not None:
            body[request.max_tokens_field] = request.max_tokens
        if request.stop:
            body["stop"] = list(request.stop)
        return body

    async def _create(self, client: openai.AsyncOpenAI, request: GenerationRequest, **stream: Any) -> Any:
        api = client.chat.completions if request.api == "chat" else client.completions
        return await api.create(**self._body(request), **stream)

    async def _send(self, client: openai.AsyncOpenAI, request: GenerationRequest) -> GenerationResponse:
        start = time.perf_counter()
        result = await self._create(client, request)
        latency = time.perf_counter() - start
        if not isinstance(getattr(result, "choices", None), list) or not result.choices:
            raise TransientError("malformed response: no choices")
        choices = sorted(result.choices, key=lambda c: c.index or 0)
        texts = [storable((c.message.content if request.api == "chat" else c.text) or "") for c in choices]
        usage = result.usage
        return GenerationResponse(
            choices=tuple(Choice(t, c.finish_reason) for t, c in zip(texts, choices)),
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            latency_s=latency,
        )

    async def _send_streaming(self, client: openai.AsyncOpenAI, request: GenerationRequest) -> GenerationResponse:
        start = time.perf_counter()
        first: float | None = None
        stream = await self._create(client, request, stream=True, stream_options={"include_usage": True})
        parts: dict[int, list[str]] = {}
        finish: dict[int, str | None] = {}
        usage = None
        async for chunk in stream:
            usage = chunk.usage or usage
            for c in chunk.choices or []:
                text = (c.delta.content if request.api == "chat" else c.text) or ""
                if text and first is None:
                    first = time.perf_counter() - start
                parts.setdefault(c.index, []).append(text)
                if c.finish_reason:
                    finish[c.index] = c.finish_reason
        if not parts:
            raise TransientError("malformed response: stream carried no choices")
        return GenerationResponse(
            choices=tuple(Choice(storable("".join(parts[i])), finish.get(i)) for i in sorted(parts)),
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            latency_s=time.perf_counter() - start,
            ttft_s=first,
        )

    async def aclose(self) -> None:
        for client in self._clients:
            await client.close()


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The wait a 429 asks for: ``retry-after-ms`` (OpenAI), else ``Retry-After`` in seconds or as a date."""
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def connection_failure(exc: BaseException) -> str:
    """What went wrong under a connection error, in words: the innermost cause that says something.

    httpx wraps the socket's error (``ConnectionResetError: [Errno 104] Connection reset by
    peer``) in its own exception types, which often carry no message of their own (a bare
    ``ReadError``); the operating system's words are the useful ones.
    """
    chain = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for error in reversed(chain):
        if isinstance(error, OSError) and error.strerror:
            return f"{type(error).__name__}: {error.strerror}"
    said = [e for e in reversed(chain) if str(e) and str(e) != "Connection error."]
    error = said[0] if said else chain[-1]
    return f"{type(error).__name__}: {error}".rstrip(": ")


def _describe(exc: openai.APIStatusError) -> str:
    body = exc.body
    message = body.get("message") if isinstance(body, dict) else None
    if not message and isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message")
    return f"HTTP {exc.status_code}: {message or exc.message}"[:500]
