"""A scripted OpenAI-compatible HTTP server on 127.0.0.1, for tests and benchmarks.

It speaks ``POST /v1/chat/completions`` and ``POST /v1/completions`` (plain JSON or SSE
streaming, ``n`` choices, ``usage``), records every request with its arrival time, and
plays a script of :class:`Reply` actions — error statuses with headers (429 with
``Retry-After``), slow replies, malformed, non-UTF-8, truncated or huge bodies, connection
resets — before falling back to a ``responder`` function (whose texts may hold lone
surrogates: ``json.dumps`` sends them as ``\\udcff`` escapes, valid JSON that is no UTF-8).
Like OpenAI's API it answers 404 to a model it does not serve (``models``) and 400 to a
temperature outside [0, 2]; with ``reasoning`` it refuses
``max_tokens`` as OpenAI's o-series models do.  Its "tokenizer" counts whitespace-separated words, so token
numbers in tests can be worked out by hand.

It runs on asyncio streams in a thread of its own: a thread per connection (``http.server``)
convoys on the GIL and tops out near 150 requests/s at 64 connections, which would make
the server, not the client, the subject of the benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Callable

from tasks.schema import Reference, Task, TestCase

REASONING_TOKENS = 16
"""The fewest completion tokens a ``reasoning`` server answers in (it spends some thinking)."""
Responder = Callable[[dict[str, Any], int], str]
"""(request body, choice index) -> reply text."""


@dataclass
class Reply:
    """One scripted response; fields left at their defaults behave normally."""

    status: int = 200
    texts: list[str] | None = None
    """Choice texts; by default the server's responder makes them."""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: bytes | None = None
    """Send these bytes as the body instead (e.g. malformed JSON)."""
    truncate: bool = False
    """Announce a longer body than is sent, then drop the connection."""
    trickle: float = 0.0
    """Send the body in ten pieces this many seconds apart: each read is quick, the whole is slow."""
    finish_reason: str = "stop"
    usage: bool = True
    message: str | None = None
    """Error message in the body of a non-200 reply."""
    reset: bool = False
    """Read the request, then reset the connection (TCP RST) instead of answering."""


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    """Names in lower case."""
    time: float
    """``time.monotonic()`` on arrival."""


def toy_task(task_id: str = "t1", entry_point: str = "f") -> Task:
    """A minimal valid task whose prompt is ``Write ENTRY_POINT(x) returning x.``."""
    return Task(
        id=task_id,
        suite="test",
        prompt=f"Write {entry_point}(x) returning x.",
        entry_point=entry_point,
        tests=(TestCase(args=[1], expected=1),),
        references=tuple(Reference(tier=t, code=f"def {entry_point}(x):\n    return x  # {t}\n") for t in ("slow", "mid", "fast")),
    )


def asked_entry_point(body: dict[str, Any]) -> str:
    """The function a :func:`toy_task` prompt in this request body asks for (``f`` if none)."""
    prompt = " ".join(m.get("content") or "" for m in body.get("messages", [])) or body.get("prompt", "")
    match = re.search(r"Write (\w+)\(", prompt)
    return match[1] if match else "f"


def echo_entry_point(body: dict[str, Any], index: int) -> str:
    """A fenced reply defining the function a :func:`toy_task` prompt asks for."""
    return f"```python\ndef {asked_entry_point(body)}(x):\n    return x  # sample {index}\n```"


class Deck:
    """A responder that deals scripted replies in turn to requests with the same messages.

    ``deal(body)`` names the replies for a request (a task's candidates, a verifier's verdicts
    on one program); the k-th request with those messages gets ``replies[k % len(replies)]``.
    Over ``n`` such requests every reply is dealt ``n / len(replies)`` times whatever the
    arrival order: a reply distribution known exactly, for tests of sampling strategies.
    """

    def __init__(self, deal: Callable[[dict[str, Any]], list[str]]) -> None:
        self.deal = deal
        self.dealt: dict[str, int] = {}
        self._lock = threading.Lock()

    def __call__(self, body: dict[str, Any], index: int) -> str:
        replies = self.deal(body)
        key = json.dumps(body.get("messages") or body.get("prompt"), sort_keys=True)
        with self._lock:
            k = self.dealt.get(key, 0)
            self.dealt[key] = k + 1
        return replies[k % len(replies)]


def count_words(text: str) -> int:
    return len(text.split())


class FakeOpenAIServer:
    def __init__(
        self,
        responder: Responder | None = None,
        latency: float = 0.0,
        supports_n: bool = True,
        usage: bool = True,
        port: int = 0,
        models: set[str] | None = None,
        reasoning: bool = False,
    ) -> None:
        self.responder: Responder = responder or (lambda body, i: "ok")
        self.latency = latency
        self.supports_n = supports_n
        self.usage = usage
        self.models = models
        """The model names served; ``None`` serves any."""
        self.reasoning = reasoning
        """Refuse ``max_tokens`` as OpenAI's reasoning (o-series) models do, and a
        ``max_completion_tokens`` too small to think in."""
        self.script: deque[Reply] = deque()
        self.rule: Callable[[dict[str, Any]], Reply | None] | None = None
        """Consulted when the script is empty: a reply for this request body, or None for a normal one."""
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", port), backlog=1024)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-openai", daemon=True)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result()
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    async def _serve(self) -> None:
        self._server = await asyncio.start_server(self._connection, sock=self._sock)

    async def _close(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while await self._exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; whether the connection stays open."""
        line = await reader.readline()
        if not line.strip():
            return False
        path = line.decode("latin-1").split(" ")[1]
        headers = {}
        while (header := await reader.readline()).strip():
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = json.loads(await reader.readexactly(int(headers.get("content-length", 0))) or b"{}")
        reply = self._next(path, body, headers)
        if reply.reset:
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if self.latency + reply.delay:
            await asyncio.sleep(self.latency + reply.delay)
        status, payload, extra = self._render(path, body, reply)
        head = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
        head += [f"{k}: {v}" for k, v in {"Content-Type": "application/json", **extra}.items()]
        head.append(f"Content-Length: {len(payload) + (100 if reply.truncate else 0)}")
        if reply.truncate:
            payload = payload[: len(payload) // 2]
        # Head and (first piece of) body in one write: two small writes would meet Nagle's
        # algorithm and the client's delayed ACK, adding ~40 ms to every reply.
        step = max(1, -(-len(payload) // 10)) if reply.trickle else len(payload)
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload[:step])
        await writer.drain()
        for start in range(step, len(payload), step):
            await asyncio.sleep(reply.trickle)
            writer.write(payload[start : start + step])
            await writer.drain()
        return not reply.truncate

    def _next(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(RecordedRequest(path, body, headers, time.monotonic()))
            if self.script:
                return self.script.popleft()
        return (self.rule(body) if self.rule else None) or Reply()

    def _render(self, path: str, body: dict[str, Any], reply: Reply) -> tuple[int, bytes, dict[str, str]]:
        chat = path.endswith("/chat/completions")
        if not (chat or path.endswith("/completions")):
            return 404, json.dumps({"error": {"message": f"no route {path}"}}).encode(), {}
        if reply.status == 200 and (refusal := self._refusal(body)) is not None:
            reply = refusal
        if reply.status != 200:
            return reply.status, json.dumps({"error": {"message": reply.message or f"scripted {reply.status}", "type": "scripted"}}).encode(), reply.headers
        if reply.body is not None:
            return 200, reply.body, reply.headers
        result = self.response(path, body, reply)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return 200, _sse(result, chat, include_usage), {"Content-Type": "text/event-stream", **reply.headers}
        return 200, json.dumps(result).encode(), reply.headers

    def _refusal(self, body: dict[str, Any]) -> Reply | None:
        """OpenAI's answer to a model it does not serve or a temperature out of range, if due."""
        model = body.get("model")
        if self.models is not None and model not in self.models:
            return Reply(status=404, message=f"The model `{model}` does not exist or you do not have access to it.")
        if self.reasoning and "max_tokens" in body:
            return Reply(status=400, message="Unsupported parameter: 'max_tokens' is not supported with this model. "
                                             "Use 'max_completion_tokens' instead.")
        if self.reasoning and body.get("max_completion_tokens", REASONING_TOKENS) < REASONING_TOKENS:
            return Reply(status=400, message="Could not finish the message because max_tokens or model output limit "
                                             "was reached. Please try again with higher max_tokens.")
        temperature = body.get("temperature")
        if temperature is not None and not 0 <= temperature <= 2:
            return Reply(status=400, message=f"{temperature} is less than the minimum of 0 - 'temperature'"
                         if temperature < 0 else f"{temperature} is greater than the maximum of 2 - 'temperature'")
        return None

    def response(self, path: str, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        chat = path.endswith("/chat/completions")
        n = int(body.get("n") or 1) if self.supports_n else 1
        texts = reply.texts if reply.texts is not None else [self.responder(body, i) for i in range(n)]
        if chat:
            prompt = " ".join(m.get("content") or "" for m in body.get("messages", []))
            choices = [{"index": i, "message": {"role": "assistant", "content": t}, "finish_reason": reply.finish_reason} for i, t in enumerate(texts)]
        else:
            prompt = body.get("prompt", "")
            choices = [{"index": i, "text": t, "finish_reason": reply.finish_reason, "logprobs": None} for i, t in enumerate(texts)]
        result: dict[str, Any] = {
            "id": f"fake-{len(self.requests)}",
            "object": "chat.completion" if chat else "text_completion",
            "created": int(time.time()),
            "model": body.get("model", ""),
            "choices": choices,
        }
        if reply.usage and self.usage:
            completion = sum(count_words(t) for t in texts)
            result["usage"] = {"prompt_tokens": count_words(prompt), "completion_tokens": completion, "total_tokens": count_words(prompt) + completion}
        return result


def _sse(result: dict[str, Any], chat: bool, include_usage: bool) -> bytes:
    events = []
    for choice in result["choices"]:
        text = choice["message"]["content"] if chat else choice["text"]
        words = text.split(" ")
        pieces = [w + (" " if k < len(words) - 1 else "") for k, w in enumerate(words)]
        for k, piece in enumerate(pieces):
            done = k == len(pieces) - 1
            delta = {"index": choice["index"], "finish_reason": choice["finish_reason"] if done else None}
            delta.update({"delta": {"content": piece}} if chat else {"text": piece, "logprobs": None})
            events.append({"id": result["id"], "object": "chat.completion.chunk" if chat else "text_completion", "created": result["created"], "model": result["model"], "choices": [delta]})
    if include_usage and "usage" in result:
        events.append({"id": result["id"], "object": "chat.completion.chunk", "created": result["created"], "model": result["model"], "choices": [], "usage": result["usage"]})
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"


def main() -> None:
    """Serve until interrupted: ``python -m harness.endpoints.scripted_server --latency 0.05``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every reply")
    args = parser.parse_args()
    server = FakeOpenAIServer(responder=echo_entry_point, latency=args.latency, port=args.port)
    server.start()
    print(server.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
