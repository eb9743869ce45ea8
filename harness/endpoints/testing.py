"""A scripted OpenAI-compatible HTTP server on 127.0.0.1, for tests and benchmarks.

It speaks ``POST /v1/chat/completions`` and ``POST /v1/completions`` (plain JSON or SSE
streaming, ``n`` choices, ``usage``), records every request with its arrival time, and
plays a script of :class:`Reply` actions — error statuses with headers (429 with
``Retry-After``), slow replies, malformed or truncated bodies — before falling back to a
``responder`` function.  Its "tokenizer" counts whitespace-separated words, so token
numbers in tests can be worked out by hand.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from tasks.schema import Reference, Task, TestCase

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
    finish_reason: str = "stop"
    usage: bool = True
    message: str | None = None
    """Error message in the body of a non-200 reply."""


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


def count_words(text: str) -> int:
    return len(text.split())


class FakeOpenAIServer:
    def __init__(
        self,
        responder: Responder | None = None,
        latency: float = 0.0,
        supports_n: bool = True,
        usage: bool = True,
    ) -> None:
        self.responder: Responder = responder or (lambda body, i: "ok")
        self.latency = latency
        self.supports_n = supports_n
        self.usage = usage
        self.script: deque[Reply] = deque()
        self.rule: Callable[[dict[str, Any]], Reply | None] | None = None
        """Consulted when the script is empty: a reply for this request body, or None for a normal one."""
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def _next(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(RecordedRequest(path, body, {k.lower(): v for k, v in headers.items()}, time.monotonic()))
            if self.script:
                return self.script.popleft()
        return (self.rule(body) if self.rule else None) or Reply()

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


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.loads(raw or b"{}")
            reply = server._next(self.path, body, dict(self.headers))
            delay = server.latency + reply.delay
            if delay:
                time.sleep(delay)
            try:
                self._respond(body, reply)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _respond(self, body: dict[str, Any], reply: Reply) -> None:
            chat = self.path.endswith("/chat/completions")
            if not (chat or self.path.endswith("/completions")):
                return self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}).encode(), {})
            if reply.status != 200:
                payload = json.dumps({"error": {"message": reply.message or f"scripted {reply.status}", "type": "scripted"}}).encode()
                return self._send(reply.status, payload, reply.headers)
            if reply.body is not None:
                return self._send(200, reply.body, reply.headers)
            result = server.response(self.path, body, reply)
            if body.get("stream"):
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                return self._send(200, _sse(result, chat, include_usage), {"Content-Type": "text/event-stream", **reply.headers}, reply.truncate)
            return self._send(200, json.dumps(result).encode(), reply.headers, reply.truncate)

        def _send(self, status: int, payload: bytes, headers: dict[str, str], truncate: bool = False) -> None:
            self.send_response(status)
            headers = {"Content-Type": "application/json", **headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload) + (100 if truncate else 0)))
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2] if truncate else payload)
            self.wfile.flush()
            if truncate:
                self.close_connection = True

    return Handler
