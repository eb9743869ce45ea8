"""Where candidates come from: the model abstraction and its providers.

A model spec is ``SCHEME:REST`` (``reference:fastest``, ``samples:run.jsonl``,
``openai:gpt-4o``).  Providers register a factory per scheme with :func:`provider`; a model
turns sample requests into samples, yielding each as soon as it exists so that evaluation
can start while generation goes on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

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
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    eflops: float | None = None


@dataclass
class Sample:
    task_id: str
    index: int
    code: str | None
    """Extracted candidate code; ``None`` when there is none (see ``error``)."""
    raw: str | None = None
    """The model's raw reply, kept next to the code."""
    error: str | None = None
    """Why there is no code: ``no-code: …`` or ``generation-error: …``."""
    usage: Usage = field(default_factory=Usage)


class Model(Protocol):
    name: str

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        """Yield one sample per request, in any order, as each becomes ready."""
        ...

    def close(self) -> None: ...


ENTRY_POINT_GROUP = "ergon.models"
ProviderFactory = Callable[[str, dict[str, Any]], Model]
_PROVIDERS: dict[str, ProviderFactory] = {}


def provider(scheme: str) -> Callable[[ProviderFactory], ProviderFactory]:
    """Register a factory ``(rest_of_spec, options) -> Model`` for ``scheme:``."""

    def register(factory: ProviderFactory) -> ProviderFactory:
        _PROVIDERS[scheme] = factory
        return factory

    return register


def _discover_providers() -> None:
    """Import the provider modules declared in the ``ergon.models`` entry-point group."""
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name not in _PROVIDERS:
            ep.load()


def make_model(spec: str, options: dict[str, Any] | None = None) -> Model:
    _discover_providers()
    scheme, sep, rest = spec.partition(":")
    if not sep or not rest:
        raise ModelSpecError(f"model spec {spec!r} must look like SCHEME:VALUE (schemes: {', '.join(sorted(_PROVIDERS))})")
    if scheme not in _PROVIDERS:
        raise ModelSpecError(f"unknown model scheme {scheme!r} in {spec!r} (known: {', '.join(sorted(_PROVIDERS))})")
    return _PROVIDERS[scheme](rest, options or {})


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

    Each row is ``{"task_id": ..., "solution": ...}`` (``completion`` is accepted too); several
    rows for one task are that task's samples 0, 1, … in file order.
    """

    def __init__(self, path: Path, known_ids: Iterable[str] | None = None) -> None:
        self.path = path
        self.name = f"samples:{path}"
        self.rows = read_samples_file(path, set(known_ids) if known_ids is not None else None)

    def count(self, task_id: str) -> int:
        return len(self.rows.get(task_id, []))

    def generate(self, requests: Sequence[SampleRequest]) -> Iterator[Sample]:
        for req in requests:
            rows = self.rows.get(req.task.id, [])
            if req.index < len(rows):
                yield Sample(task_id=req.task.id, index=req.index, code=rows[req.index], raw=rows[req.index])

    def close(self) -> None:
        pass


def read_samples_file(path: Path, known_ids: set[str] | None) -> dict[str, list[str]]:
    """Parse a samples file, failing with one line that names the file, line and problem."""
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
        code = row.get("solution", row.get("completion"))
        if not isinstance(code, str):
            raise ModelSpecError(f"{path}:{lineno}: row for {row['task_id']!r} has no string \"solution\"")
        if known_ids is not None and row["task_id"] not in known_ids:
            raise ModelSpecError(f"{path}:{lineno}: unknown task id {row['task_id']!r}")
        rows[row["task_id"]].append(code)
    if not rows:
        raise ModelSpecError(f"{path}: no samples")
    return dict(rows)


@provider("reference")
def _reference(rest: str, options: dict[str, Any]) -> Model:
    return ReferenceModel(rest, options.get("tasks", ()))


@provider("samples")
def _samples(rest: str, options: dict[str, Any]) -> Model:
    return SamplesModel(Path(rest), options.get("known_ids"))
