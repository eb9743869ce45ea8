"""Where candidates come from: the model abstraction, its typed options and its providers.

A model spec is ``SCHEME:REST`` (``reference:fastest``, ``samples:run.jsonl``,
``openai:gpt-4o``).  Providers register a factory per scheme with :func:`provider` (or the
``ergon.models`` entry-point group); a model turns sample requests into samples, yielding
each as soon as it exists so that evaluation can start while generation goes on.

A spec may end in ``+AGENT@ITERATIONS`` (``openai:gpt-4o+optimize@4``): the model is then wrapped
by an agent registered with :func:`agent` (or the ``ergon.agents`` entry-point group), which
talks to it over several rounds and yields one final sample per request, with its trajectory
(:class:`Step`) attached.  The agents live above the harness and register themselves here.

Options are typed (:class:`ModelOptions`); the API key is a ``SecretStr`` excluded from every
dump, so it never reaches the results store, an export or a cache key.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Mapping, Protocol, Sequence

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from harness.languages import EvalContext
from tasks.registry import Registry, UnknownName
from tasks.results import Evaluation, Verdict
from tasks.schema import Task


class ModelSpecError(ValueError):
    """A model spec or the file it names is unusable."""


@dataclass(frozen=True)
class SampleRequest:
    task: Task
    index: int
    kind: str = "generate"


@dataclass
class Usage:
    """What a sample cost.  Like the tokens, the serving figures of a call that returned several
    samples are shared out (each gets ``1/n`` of the request and of its seconds), so that sums over
    samples are the calls' totals and the means below are per request whatever the grouping."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    eflops: float | None = None
    requests: float = 0.0
    """This sample's share of the requests that produced it (0: none timed, e.g. a samples file)."""
    latency_s: float | None = None
    """Its share of their wall time, send to last byte."""
    ttft_s: float | None = None
    """Its share of their time to first token (streamed requests only)."""

    @property
    def mean_latency_s(self) -> float | None:
        return self.latency_s / self.requests if self.latency_s is not None and self.requests else None

    @property
    def mean_ttft_s(self) -> float | None:
        return self.ttft_s / self.requests if self.ttft_s is not None and self.requests else None

    @property
    def output_tps(self) -> float | None:
        """Output tokens per second of generation: after the first token when streamed (the decode
        rate serving benchmarks report, e.g. vLLM's ``benchmark_serving``, whose TPOT leaves out the
        first token), else over the whole latency (prefill and queueing included: a lower bound)."""
        if self.latency_s is None:
            return None
        busy = self.latency_s - (self.ttft_s or 0.0)
        return self.completion_tokens / busy if busy > 0 else None

    def plus(self, other: Usage) -> Usage:
        """Both usages together (an agent's sample is the sum of its steps'); a time to first token
        is known for the sum only when every timed part was streamed."""
        def add(a: float | None, b: float | None) -> float | None:
            return None if a is None and b is None else (a or 0.0) + (b or 0.0)

        timed = [u for u in (self, other) if u.requests]
        ttft = sum(u.ttft_s for u in timed) if timed and all(u.ttft_s is not None for u in timed) else None  # type: ignore[misc]
        return Usage(self.prompt_tokens + other.prompt_tokens, self.completion_tokens + other.completion_tokens,
                     add(self.cost_usd, other.cost_usd), add(self.eflops, other.eflops),
                     self.requests + other.requests, add(self.latency_s, other.latency_s), ttft)


@dataclass
class Step:
    """One candidate an agent made on its way to a sample, as ``ergon trace`` shows it.

    ``verdict`` and ``instructions`` are what the agent itself saw: visible tests and the
    visible profiling input only, never the hidden tests or the scored input.
    """

    step: str
    parent: str | None
    kind: str
    """``draft``, ``edit`` (of a correct parent) or ``repair`` (of a failing one)."""
    code: str | None
    diff: str
    """Unified diff from the parent's code (the whole program for a draft)."""
    verdict: str
    detail: str = ""
    instructions: int | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    eflops: float | None = None
    flops: float | None = None
    """2·P·(prompt + completion tokens), for a model whose parameter count P is configured."""
    lines: dict[str, int] | None = None
    """Executions per line (``"LINE"`` → count) on the profiling input, for a step the agent profiled per line."""


@dataclass
class Trajectory:
    """The steps behind an agent's sample and why it stopped."""

    steps: list[Step]
    stop_reason: str
    final: str | None
    """The step whose code became the sample, ``None`` when no step had code."""
    compute: dict[str, float] | None = None
    """Per-task compute totals of a test-time scaling strategy (tokens, $, FLOPs, eFLOPs, Singhi et
    al.'s budget C), see :mod:`agents.scaling.compute`."""
    wall_s: float | None = None
    """Wall time of the trajectory's finished rounds (model calls, sandbox runs, bookkeeping), where recorded."""


@dataclass
class Sample:
    task_id: str
    index: int
    code: str | None
    """Extracted candidate code; ``None`` when there is none (see ``verdict``)."""
    raw: str | None = None
    """The model's raw reply, kept next to the code."""
    reply_key: str | None = None
    """The reply's row in the response cache, when it is kept there (the store then keeps no copy)."""
    verdict: Verdict | None = None
    """Why there is no code (``no-code``, ``no-entry-point``, ``generation-error``); ``None`` with code."""
    detail: str = ""
    usage: Usage = field(default_factory=Usage)
    trajectory: Trajectory | None = None
    """Set by agents: every step that led to ``code``."""
    attempts: int = 1
    """How many times the sample was generated, across resumes (counted by the store)."""


class ModelOptions(BaseModel):
    """Options of a model endpoint, from flags or a config file; all optional.

    ``api_key`` is never persisted, printed or part of a cache key (``exclude=True``): a run
    resumed later takes its key from the environment, the config file or ``--api-key`` again.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, exclude=True)
    endpoint: str | None = None
    config_path: str | None = None
    api: Literal["chat", "completion"] | None = None
    prompt: str | None = None
    system_prompt: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    concurrency: int | None = None
    timeout: float | None = None
    max_retries: int | None = None
    backoff: float | None = None
    stream: bool | None = None
    choices_per_call: int | None = None
    """Most samples asked for in one call (the API's ``n``)."""
    max_reply_chars: int | None = Field(default=None, ge=1)
    """Longer replies are cut to this many characters, and the sample says so (default 1,000,000,
    about 250k tokens: more than any model writes, and a bound on what a runaway server costs)."""
    no_cache: bool = False

    def settings(self) -> dict[str, Any]:
        """The options as the endpoint layer's plain mapping, with the key revealed for it alone."""
        values = {k: v for k, v in self.model_dump().items() if v is not None}
        if self.api_key is not None:
            values["api_key"] = self.api_key.get_secret_value()
        return values


@dataclass(frozen=True)
class ModelContext:
    """What a run tells its model besides the options: the tasks, samples per task, the cache."""

    tasks: Sequence[Task] = ()
    n: int = 1
    cache_path: Path | None = None
    probe: bool = False
    """Try the model now (a model behind a server sends it one tiny request), so that an unusable
    spec — wrong URL, key, model name, option — fails before a run is stored."""
    run_id: str | None = None
    """The run generating (agents key their checkpoints on it); ``None`` for a probe."""
    evaluation: EvalContext | None = None
    """The run's sandbox and counter, for agents that check and profile candidates as they go."""
    budget: Mapping[str, float] = field(default_factory=dict)
    """Agent budget beyond the spec's iterations (``tokens``, ``width``, ``patience``)."""
    evaluate: Callable[[Task, str, EvalContext], Evaluation] | None = None
    """Evaluates through the store's measurement cache, keyed on the context it is given: an agent's
    checks of a candidate on the visible view are then paid once per store, whichever strategy or
    run asks again (``None``: evaluate afresh)."""


class Model(Protocol):
    name: str

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        """Yield one sample per request, in any order, as each becomes ready."""
        ...

    def close(self) -> None: ...


class Conversant(Protocol):
    """A model an agent can hold a conversation with, through the endpoint layer.

    ``opening`` is the task's usual prompt (the language's template) as chat messages;
    ``converse`` sends any messages and returns the extracted sample, answered from the
    response cache when the same messages were sent before (so a resumed agent pays nothing).
    ``key`` tells apart requests with the same messages (parallel proposals).
    """

    name: str

    def opening(self, task: Task, kind: str) -> list[dict[str, str]]: ...

    def converse(self, task: Task, messages: Sequence[dict[str, str]], key: int,
                 max_tokens: int | None = None) -> Sample: ...


ProviderFactory = Callable[[str, ModelOptions, ModelContext], Model]
providers: Registry[ProviderFactory] = Registry("model scheme", "ergon.models")

AgentFactory = Callable[[Model, int, ModelOptions, ModelContext], Model]
"""``(inner model, iterations, options, context) -> model``: an agent around ``inner``."""
agents: Registry[AgentFactory] = Registry("agent", "ergon.agents")
_AGENT_SUFFIX = re.compile(r"^(?P<inner>.+:.+)\+(?P<agent>[a-z][a-z0-9_-]*)@(?P<iterations>[0-9]+)$")


def provider(scheme: str) -> Callable[[ProviderFactory], ProviderFactory]:
    """Register a factory ``(rest_of_spec, options, context) -> Model`` for ``scheme:``."""
    return providers.register(scheme)


def agent(name: str) -> Callable[[AgentFactory], AgentFactory]:
    """Register an agent factory under ``name`` (used as ``MODEL+NAME@ITERATIONS``)."""
    return agents.register(name)


def agent_spec(model: str, agent_name: str, iterations: int) -> str:
    """The spec (and leaderboard row name) of ``agent_name`` around ``model``: ``openai:x+optimize@4``."""
    return f"{model}+{agent_name}@{iterations}"


def make_model(spec: str, options: ModelOptions | None = None, context: ModelContext | None = None) -> Model:
    if (wrapped := _AGENT_SUFFIX.match(spec)) is not None:
        try:
            factory = agents.get(wrapped["agent"])
        except UnknownName as exc:
            raise ModelSpecError(f"{exc} in {spec!r}") from None
        if int(wrapped["iterations"]) < 1:
            raise ModelSpecError(f"{spec!r}: an agent needs at least 1 iteration")
        inner = make_model(wrapped["inner"], options, context)
        try:
            return factory(inner, int(wrapped["iterations"]), options or ModelOptions(), context or ModelContext())
        except BaseException:
            inner.close()
            raise
    scheme, sep, rest = spec.partition(":")
    if not sep or not rest:
        raise ModelSpecError(f"model spec {spec!r} must look like SCHEME:VALUE (schemes: {', '.join(providers.names())})")
    try:
        factory = providers.get(scheme)
    except UnknownName as exc:
        raise ModelSpecError(f"{exc} in {spec!r}") from None
    return factory(rest, options or ModelOptions(), context or ModelContext())


class ReferenceModel:
    """The suite's own reference solutions of one tier, as a baseline model."""

    def __init__(self, tier: str, tasks: Iterable[Task] = ()) -> None:
        self.tier = tier
        self.name = f"reference:{tier}"
        for task in tasks:  # every task must have the tier, checked before a run starts
            try:
                task.reference(tier)
            except KeyError as exc:
                raise ModelSpecError(str(exc.args[0])) from None

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        for req in requests:
            try:
                code = req.task.reference(self.tier).code
            except KeyError as exc:
                raise ModelSpecError(str(exc.args[0])) from None
            yield Sample(task_id=req.task.id, index=req.index, code=code, raw=code)

    def close(self) -> None:
        pass


class SamplesModel:
    """Pre-generated samples from a JSONL file in the evalplus format.

    Each row is ``{"task_id": ..., "solution": ...}`` (the complete program) or ``{"task_id": ...,
    "completion": ...}`` (what follows the task's prompt: the program is prompt + completion, as
    evalplus's ``evaluate.py`` builds it; ``solution`` wins when a row has both); several rows for
    one task are that task's samples 0, 1, … in file order.
    """

    def __init__(self, path: Path, tasks: Iterable[Task] | None = None) -> None:
        self.path = path
        self.name = f"samples:{path}"
        self.rows = read_samples_file(path, {t.id: t.prompt for t in tasks} if tasks is not None else None)

    def count(self, task_id: str) -> int:
        return len(self.rows.get(task_id, []))

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        for req in requests:
            rows = self.rows.get(req.task.id, [])
            if req.index < len(rows):
                yield Sample(task_id=req.task.id, index=req.index, code=rows[req.index], raw=rows[req.index])

    def close(self) -> None:
        pass


def read_samples_file(path: Path, prompts: dict[str, str] | None) -> dict[str, list[str]]:
    """Parse a samples file, failing with one line that names the file, line and problem.

    ``prompts`` maps the known task ids to their prompts (``None``: ids unchecked, and a
    ``completion`` row cannot be completed, so it is refused).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelSpecError(f"cannot read samples file {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelSpecError(f"{path}: not UTF-8 (byte {exc.start})") from None
    rows: dict[str, list[str]] = defaultdict(list)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ModelSpecError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("task_id"), str):
            raise ModelSpecError(f"{path}:{lineno}: a row must be an object with a string \"task_id\"")
        task_id = row["task_id"]
        if prompts is not None and task_id not in prompts:
            raise ModelSpecError(f"{path}:{lineno}: unknown task id {task_id!r}")
        if "solution" in row:
            code = row["solution"]
        elif isinstance(row.get("completion"), str) and prompts is not None:
            code = prompts[task_id] + row["completion"]
        else:
            code = row.get("completion")
            if isinstance(code, str):
                raise ModelSpecError(f"{path}:{lineno}: a \"completion\" row needs its task's prompt, and the tasks "
                                     "are unknown here")
        if not isinstance(code, str):
            raise ModelSpecError(f"{path}:{lineno}: row for {task_id!r} has no string \"solution\" or \"completion\"")
        rows[task_id].append(code)
    if not rows:
        raise ModelSpecError(f"{path}: no samples")
    return dict(rows)


@provider("reference")
def _reference(rest: str, options: ModelOptions, context: ModelContext) -> Model:
    return ReferenceModel(rest, context.tasks)


@provider("samples")
def _samples(rest: str, options: ModelOptions, context: ModelContext) -> Model:
    return SamplesModel(Path(rest), context.tasks or None)
