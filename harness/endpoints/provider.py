"""The ``openai:MODEL`` provider: any OpenAI-compatible server as an Ergon :class:`Model`.

``generate`` plans one API call per task, kind and run of up to ``n`` sample indices,
answers what it can from the response cache at once, and runs the rest concurrently on an
asyncio loop in a background thread, yielding each sample as its call completes.  A sample
whose call failed for good carries ``error="generation-error: …"``; nothing a server does
aborts the run.

Options are :class:`harness.providers.ModelOptions`: ``base_url``, ``api_key``, ``endpoint``,
``config_path`` (see :mod:`harness.endpoints.config`); ``api`` ("chat" | "completion");
``prompt`` (template name or path, looked up among the task language's templates) and
``system_prompt``; ``temperature``, ``max_tokens``; ``choices_per_call`` (most samples asked
for in one call, default and cap 16; servers that ignore ``n`` are detected and sent one
request per sample); ``concurrency``, ``timeout`` (seconds per attempt), ``max_retries``,
``backoff`` (first retry delay, seconds), ``stream``; ``max_reply_chars`` (longer replies are
cut, and the sample says so); ``no_cache``.  With ``ModelContext.probe`` the factory first sends
one one-token request, so that an unusable spec is one line of error before anything is stored
(a server that wants ``max_completion_tokens`` instead of ``max_tokens``, as OpenAI's reasoning
models do, is sent that instead, in the probe and in the run).
The response cache is the run's (``ModelContext.cache_path``; no cache without one).  Prompts and code extraction come
from the task's language plugin, so an ``asm`` task is prompted for and parsed as assembly.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Coroutine, Iterator, Literal, Sequence, TypeVar

from harness.endpoints.base import EndpointError, GenerationRequest, GenerationResponse, PermanentError, RateLimited
from harness.endpoints.cache import CachedReply, ResponseCache, cache_key
from harness.endpoints.config import NO_KEY, ModelInfo, resolve_settings
from harness.endpoints.cost import approx_tokens, sample_eflops, split_by_weight, split_evenly
from harness.endpoints.openai_endpoint import OpenAIEndpoint
from harness.endpoints.prompts import PromptTemplate, RenderedPrompt, load_template
from harness.endpoints.retry import AdaptiveLimiter, RetriesExhausted, RetryingEndpoint, RetryPolicy
from harness.languages import Language, languages
from harness.providers import Model, ModelContext, ModelOptions, ModelSpecError, Sample, SampleRequest, Usage, provider
from tasks.results import Verdict
from tasks.schema import Task

MAX_CHOICES_PER_CALL = 16
MIN_SECRET_KEY_LENGTH = 8
MAX_REPLY_CHARS = 1_000_000
PROBE_ATTEMPTS = 3
"""The probe retries a transient failure (a server starting up) a little, not a run's worth."""
PROBE_PROMPT = "Reply with OK."
_OUT_OF_TOKENS = re.compile(r"\b(?:max_(?:completion_)?tokens|output limit)\b.{0,40}\breached\b", re.IGNORECASE)
"""A refusal that means the request was understood but one token is too few to answer in (reasoning
models think before they write: "Could not finish the message because max_tokens or model output
limit was reached")."""
_NAMES_N = re.compile(r"(?<![\w-])[\"'`]?n[\"'`]?(?![\w-])|\bchoices\b", re.IGNORECASE)
"""An error message that is about the ``n`` parameter ("n must be 1", "'n' is not supported")."""
T = TypeVar("T")


@dataclass(frozen=True)
class _Call:
    """One API call to make: samples ``indices`` of one task posed as one kind."""

    task_id: str
    entry_point: str
    language: str
    indices: tuple[int, ...]
    rendered: RenderedPrompt
    request: GenerationRequest
    identity: dict[str, Any]


class _LoopThread:
    """An asyncio loop running in a daemon thread for the lifetime of a model."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="ergon-openai", daemon=True)
        self._starting = threading.Lock()

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        with self._starting:  # agents converse from several threads: the first call of two must not start it twice
            if not self._thread.is_alive():
                self._thread.start()
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self) -> None:
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join()
        self.loop.close()


class OpenAIModel:
    def __init__(self, model_id: str, options: ModelOptions, context: ModelContext = ModelContext()) -> None:
        settings, config = resolve_settings(options.settings())
        self.name = f"openai:{model_id}"
        self.model_id = model_id
        self.settings = settings
        self.info = config.models.get(model_id, ModelInfo())
        self.template_name = options.prompt or "default"
        self.templates: dict[str, PromptTemplate] = {}
        for language in sorted({t.language for t in context.tasks}):  # a bad template fails before the run
            self._template(languages.get(language))
        self.system_prompt = options.system_prompt
        self.style = "chat" if settings.api == "chat" else "base"
        self.temperature = options.temperature
        self.max_tokens = options.max_tokens
        self.max_tokens_field: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
        """Switched to ``max_completion_tokens`` the first time a server asks for it."""
        self.max_choices = max(1, min(options.choices_per_call or MAX_CHOICES_PER_CALL, MAX_CHOICES_PER_CALL))
        self.supports_n = settings.supports_n
        self.max_reply_chars = options.max_reply_chars or MAX_REPLY_CHARS
        self.policy = RetryPolicy(
            max_attempts=settings.max_retries + 1,
            timeout=settings.timeout,
            base_delay=options.backoff if options.backoff is not None else 1.0,
        )
        cache_path = context.cache_path
        self.cache = ResponseCache(Path(cache_path)) if cache_path and not options.no_cache else None
        inner = OpenAIEndpoint(settings.base_url, settings.api_key, settings.timeout, settings.stream, max_connections=settings.concurrency)
        self._endpoint = RetryingEndpoint(inner, self.policy, AdaptiveLimiter(settings.concurrency))
        self._loop = _LoopThread()
        self._closed = False

    def _template(self, language: Language) -> PromptTemplate:
        if language.name not in self.templates:
            self.templates[language.name] = load_template(language, self.template_name)
        return self.templates[language.name]

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        calls: list[_Call] = []
        for call in self._plan(requests):
            if self.cache is None:
                calls.append(call)
                continue
            missing = []
            for index in call.indices:
                key = cache_key(call.identity, index)
                hit = self.cache.get(key)
                if hit is None:
                    missing.append(index)
                else:
                    yield self._sample(call, index, hit, key)
            calls.extend(self._split(call, tuple(missing)))
        if not calls:
            return
        done: queue.Queue[list[Sample] | None] = queue.Queue()
        future = self._loop.submit(self._run(calls, done))
        # However the run ends (finished, failed, cancelled by close()), the consumer wakes up.
        future.add_done_callback(lambda _: done.put(None))
        try:
            while (samples := done.get()) is not None:
                yield from samples
        except BaseException:  # the consumer stopped early (GeneratorExit) or was interrupted
            future.cancel()
            raise
        future.result()

    def probe(self) -> None:
        """Send one one-token request with the run's model, API and sampling options.

        A refused connection, a port where something else answers, a wrong key, an unknown
        model or an option the server rejects would otherwise turn every sample of the run
        into a ``generation-error``; here it is one :class:`ModelSpecError` instead.
        """
        self._loop.submit(self._probe()).result()

    async def _probe(self) -> None:
        chat = self.style == "chat"
        request = GenerationRequest(model=self.model_id, api="chat" if chat else "completion",
                                    messages=({"role": "user", "content": PROBE_PROMPT},) if chat else (),
                                    prompt="" if chat else PROBE_PROMPT, temperature=self.temperature, max_tokens=1)
        policy = replace(self.policy, max_attempts=min(PROBE_ATTEMPTS, self.policy.max_attempts))
        try:
            await self._send(RetryingEndpoint(self._endpoint.inner, policy, AdaptiveLimiter(1)), request)
        except EndpointError as exc:
            last = exc.last if isinstance(exc, RetriesExhausted) else exc
            if isinstance(last, RateLimited):
                return  # the server knows the key and the model; it is only busy
            status = last.status if isinstance(last, PermanentError) else None
            if status in (400, 422) and _OUT_OF_TOKENS.search(str(last)):
                return  # understood, but a reasoning model cannot answer in one token
            raise ModelSpecError(f"{self.name} at {self.settings.base_url} is unusable: {self._masked(str(exc))}; "
                                 f"{_fix_for(status)}") from None

    def close(self) -> None:
        """Cancel any generation still running, then free connections, loop and cache.

        A consumer that raises mid-run leaves its generator suspended with requests in flight;
        they are cancelled here, before the connections close under them and the loop stops
        with tasks pending.  Closing twice is harmless.
        """
        if self._closed:
            return
        self._closed = True
        self._loop.submit(self._shutdown()).result()
        self._loop.stop()
        if self.cache is not None:
            self.cache.close()

    async def _shutdown(self) -> None:
        running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        await self._endpoint.aclose()

    # -- planning ---------------------------------------------------------------------------

    def _plan(self, requests: Sequence[SampleRequest]) -> list[_Call]:
        groups: dict[tuple[str, str], list[SampleRequest]] = {}
        for req in requests:
            groups.setdefault((req.task.id, req.kind), []).append(req)
        calls = []
        for (_, kind), reqs in groups.items():
            task = reqs[0].task
            rendered = self._template(languages.get(task.language)).render(task, kind, self.style, self.system_prompt)
            indices = tuple(sorted({r.index for r in reqs}))
            calls.extend(self._split(self._make_call(task, rendered, indices, self.max_tokens), indices))
        return calls

    def _make_call(self, task: Task, rendered: RenderedPrompt, indices: tuple[int, ...], max_tokens: int | None) -> _Call:
        request = GenerationRequest(
            model=self.model_id,
            api="chat" if self.style == "chat" else "completion",
            messages=rendered.messages,
            prompt=rendered.prompt,
            temperature=self.temperature,
            max_tokens=max_tokens,
            stop=rendered.stop,
        )
        identity = {
            "base_url": self.settings.base_url.rstrip("/"),
            "model": request.model,
            "api": request.api,
            "messages": list(request.messages),
            "prompt": request.prompt,
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
            "stop": list(request.stop),
        }
        return _Call(task.id, task.entry_point, task.language, indices, rendered, request, identity)

    # -- conversations (agents) -------------------------------------------------------------

    def opening(self, task: Task, kind: str) -> list[dict[str, str]]:
        """The task's usual prompt as chat messages (a completion-API template's prompt becomes one user turn)."""
        rendered = self._template(languages.get(task.language)).render(task, kind, "chat", self.system_prompt)
        return list(rendered.messages)

    def converse(self, task: Task, messages: Sequence[dict[str, str]], key: int,
                 max_tokens: int | None = None) -> Sample:
        """One reply to ``messages`` through the cache, retries and accounting of :meth:`generate`.

        A completion API gets the turns joined into one prompt.  ``max_tokens`` (an agent's
        remaining budget) caps the configured one.
        """
        cap = max_tokens if self.max_tokens is None else min(self.max_tokens, max_tokens or self.max_tokens)
        if self.style == "chat":
            rendered = RenderedPrompt(messages=tuple(dict(m) for m in messages))
        else:
            rendered = RenderedPrompt(prompt="\n\n".join(m["content"] for m in messages) + "\n\n")
        call = self._make_call(task, rendered, (key,), cap)
        row = cache_key(call.identity, key)
        if self.cache is not None and (hit := self.cache.get(row)) is not None:
            return self._sample(call, key, hit, row)
        try:
            return self._loop.submit(self._call(call)).result()[0]
        except Exception as exc:  # as in generate(): a failing call is a sample with a verdict, never a crash
            return self._failed(call, key, f"{type(exc).__name__}: {exc}")

    def _split(self, call: _Call, indices: tuple[int, ...]) -> list[_Call]:
        size = self.max_choices if self.supports_n else 1
        chunks = [indices[i : i + size] for i in range(0, len(indices), size)]
        return [replace(call, indices=c) for c in chunks]

    # -- running (on the loop thread) -----------------------------------------------------

    async def _run(self, calls: list[_Call], done: queue.Queue[list[Sample] | None]) -> None:
        async def one(call: _Call) -> None:
            try:
                samples = await self._call(call)
            except Exception as exc:  # one failing call must never abort the run
                samples = [self._failed(call, i, f"{type(exc).__name__}: {exc}") for i in call.indices]
            done.put(samples)

        await asyncio.gather(*(one(c) for c in calls))

    async def _send(self, endpoint: RetryingEndpoint, request: GenerationRequest) -> GenerationResponse:
        """Send ``request``; if the server refuses ``max_tokens`` for ``max_completion_tokens``
        (OpenAI's reasoning models), send it again under that name, and use it from now on."""
        request = replace(request, max_tokens_field=self.max_tokens_field)
        try:
            return await endpoint.send(request)
        except PermanentError as exc:
            if (request.max_tokens is None or request.max_tokens_field != "max_tokens" or exc.status not in (400, 422)
                    or "max_completion_tokens" not in str(exc)):
                raise
        self.max_tokens_field = "max_completion_tokens"
        return await endpoint.send(replace(request, max_tokens_field=self.max_tokens_field))

    async def _call(self, call: _Call) -> list[Sample]:
        n = len(call.indices)
        try:
            response = await self._send(self._endpoint, replace(call.request, n=n))
        except PermanentError as exc:
            if n > 1 and exc.status in (400, 422):
                return await self._without_n(call, exc)
            return [self._failed(call, i, str(exc)) for i in call.indices]
        except EndpointError as exc:
            return [self._failed(call, i, str(exc)) for i in call.indices]
        got = call.indices[: len(response.choices)]
        prompt_total = response.prompt_tokens if response.prompt_tokens is not None else _approx_prompt_tokens(call.request)
        texts = [c.text for c in response.choices[: len(got)]]
        counted = response.completion_tokens is None
        completions = [approx_tokens(t) for t in texts] if counted else split_by_weight(response.completion_tokens or 0, [approx_tokens(t) for t in texts])
        replies = []
        for index, choice, prompt_share, completion in zip(got, response.choices, split_evenly(prompt_total, len(got)), completions):
            text, cut_from = choice.text, None
            if len(text) > self.max_reply_chars:
                text, cut_from = text[: self.max_reply_chars], len(text)
            reply = CachedReply(text, choice.finish_reason, prompt_share, completion, prompt_total, len(got),
                                counted or response.prompt_tokens is None, cut_from, response.latency_s, response.ttft_s)
            key = None
            if self.cache is not None:
                key = cache_key(call.identity, index)
                self.cache.put(key, reply)
            replies.append((index, reply, key))
        # Extraction parses the reply: in a worker thread, so the loop keeps serving other calls.
        samples = await asyncio.to_thread(lambda: [self._sample(call, i, r, k) for i, r, k in replies])
        if len(got) < n:
            self.supports_n = False  # the server ignored n: ask for the rest one by one
            samples += await self._singly(call, call.indices[len(got) :])
        return samples

    async def _without_n(self, call: _Call, error: PermanentError) -> list[Sample]:
        """A call for several samples was refused: because of ``n``, or because of the request?

        Some servers reject ``n > 1`` outright; then every sample is asked for alone.  But a
        400 usually means the request itself is wrong, and sending it again n times would only
        be refused n times: unless the error names ``n``, one sample is tried alone first, and
        the others follow only if it succeeds.
        """
        if _NAMES_N.search(str(error)):
            return await self._singly(call, call.indices)
        first = await self._call(replace(call, indices=call.indices[:1]))
        if first[0].verdict == Verdict.GENERATION_ERROR:
            return first + [self._failed(call, i, first[0].detail) for i in call.indices[1:]]
        self.supports_n = False
        return first + await self._singly(call, call.indices[1:])

    async def _singly(self, call: _Call, indices: tuple[int, ...]) -> list[Sample]:
        singles = [replace(call, indices=(i,)) for i in indices]
        results = await asyncio.gather(*(self._call(s) for s in singles))
        if any(s.verdict != Verdict.GENERATION_ERROR for r in results for s in r):
            self.supports_n = False
        return [s for r in results for s in r]

    # -- samples ----------------------------------------------------------------------------

    def _sample(self, call: _Call, index: int, reply: CachedReply, key: str | None) -> Sample:
        """The sample of one reply; ``key`` names the reply's cache row, its one stored copy."""
        extraction = languages.get(call.language).extract(reply.text, call.entry_point, call.rendered.response_prefix)
        price, arch = self.info.price, self.info.architecture
        usage = Usage(
            prompt_tokens=reply.prompt_tokens,
            completion_tokens=reply.completion_tokens,
            cost_usd=price.cost(reply.prompt_tokens, reply.completion_tokens) if price else None,
            eflops=sample_eflops(arch, reply.call_prompt_tokens, reply.completion_tokens, reply.call_samples) if arch else None,
            **serving_share(reply),
        )
        notes = [extraction.detail] if extraction.detail else []
        if reply.cut_from is not None:
            notes.append(f"reply cut to {len(reply.text):,} of {reply.cut_from:,} characters (max_reply_chars)")
        return Sample(task_id=call.task_id, index=index, code=extraction.code, raw=reply.text, verdict=extraction.verdict,
                      detail="; ".join(notes), usage=usage, reply_key=key)

    def _failed(self, call: _Call, index: int, message: str) -> Sample:
        return Sample(task_id=call.task_id, index=index, code=None, verdict=Verdict.GENERATION_ERROR,
                      detail=self._masked(message))

    def _masked(self, message: str) -> str:
        # Placeholder keys of local servers ("EMPTY", "x") are no secret; masking them would
        # mangle every word they occur in.
        if self.settings.api_key != NO_KEY and len(self.settings.api_key) >= MIN_SECRET_KEY_LENGTH:
            message = message.replace(self.settings.api_key, "***")
        return message


def serving_share(reply: CachedReply) -> dict[str, Any]:
    """A sample's share of its call's request and seconds (see :class:`harness.providers.Usage`); a reply
    cached before calls were timed has none.  A reply answered from the cache keeps the time it took
    when it was made: what producing it cost, like its tokens."""
    if reply.call_latency_s is None:
        return {}
    share = 1 / reply.call_samples
    return {"requests": share, "latency_s": reply.call_latency_s * share,
            "ttft_s": reply.call_ttft_s * share if reply.call_ttft_s is not None else None}


def _approx_prompt_tokens(request: GenerationRequest) -> int:
    return approx_tokens(request.prompt or "".join(m["content"] for m in request.messages))


def _fix_for(status: int | None) -> str:
    """What to check, given the status the probe was refused with (``None``: no HTTP answer)."""
    if status in (401, 403):
        return "check the API key (--api-key, ERGON_API_KEY or the endpoint's api_key_env)"
    if status == 404:
        return "check the model name the server serves and that --base-url ends in /v1"
    if status in (400, 422):
        return "check the options sent with it (--temperature, --max-tokens, --api)"
    return "check --base-url and that an OpenAI-compatible server runs there"


@provider("openai")
def _openai(rest: str, options: ModelOptions, context: ModelContext) -> Model:
    model = OpenAIModel(rest, options, context)
    if context.probe:
        try:
            model.probe()
        except BaseException:
            model.close()
            raise
    return model
