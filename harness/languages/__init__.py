"""Language plugins: everything Ergon does that depends on the language a candidate is written in.

A :class:`Language` prompts for code (its own prompt templates), gets the code out of a
model's reply, evaluates a candidate (check, verdict, measurement) and adds its breakdown to
the leaderboard.  Each is registered once with :func:`language`, or through the
``ergon.languages`` entry-point group from another package; a task names its language and
everything else follows.  Adding a language touches one package here (or in a plugin) and
its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from importlib.abc import Traversable
from typing import Any, Callable, Mapping, Protocol, Sequence, TypeVar, runtime_checkable

from pydantic import BaseModel, ValidationError

from sandboxes.counters import Counter
from sandboxes.executor import Executor, JobResult
from tasks.registry import Registry
from tasks.results import Evaluation, Verdict
from tasks.schema import Task


@dataclass(frozen=True)
class EvalContext:
    """Everything an evaluator needs besides the task and the code."""

    executor: Executor
    counter: Counter | None
    """The instruction counter chosen for the run, ``None`` to skip counting."""
    timing_repeats: int = 0
    trace_memory: bool = True
    hash_seed: int = 0


@dataclass(frozen=True)
class Extraction:
    """The candidate program in a reply, or the verdict saying why there is none."""

    code: str | None
    verdict: Verdict | None = None
    detail: str = ""


class Language(Protocol):
    name: str
    counters: tuple[str, ...]
    """Instruction counters this language can be measured with, preferred first."""
    prompts: Traversable
    """Folder of the language's prompt templates (``default.toml`` at least)."""
    version: str
    """Digest of the code the language ships into the sandbox: part of the instrument."""

    def evaluate(self, task: Task, code: str, ctx: EvalContext) -> Evaluation: ...

    def extract(self, reply: str, entry_point: str, response_prefix: str = "") -> Extraction: ...

    report_title: str | None
    """Title of the language's leaderboard breakdown; ``None`` when it has none."""

    def report(self, rows: Sequence[Mapping[str, Any]], model: str) -> list[dict[str, Any]]:
        """Breakdown rows of one model's evaluations (flat rows: task_id, verdict, instructions, extras)."""
        ...


@runtime_checkable
class LineCounting(Protocol):
    """A language that can tell how often each line of a candidate runs (agents' profile feedback)."""

    def line_counts(self, task: Task, code: str, ctx: EvalContext) -> Any:
        """Executions per line on ``task.perf_args`` (an object with ``lines`` and ``error``), or why unknown (str)."""
        ...


languages: Registry[Language] = Registry("language", "ergon.languages")
R = TypeVar("R", bound=BaseModel)


REAPER = ("reaper.py", (Path(__file__).parent / "reaper.py").read_bytes())
"""The process clean-up every payload runner imports (see ``reaper.py``), as one payload file."""


def read_report(result: JobResult, name: str, schema: type[R]) -> R | str:
    """A runner's report file from a finished job, validated, or why it cannot be used.

    The one parser of in-sandbox reports for every language: a missing, non-JSON or
    ill-typed file is an answer (a string naming the problem), never an exception on the host.
    """
    raw = result.files.get(name)
    if raw is None:
        return f"the runner wrote no {name}"
    try:
        return schema.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        return f"the runner's {name} is unusable: {'.'.join(map(str, first['loc'])) or 'document'}: {first['msg']}"


def language(name: str) -> Callable[[Language], Language]:
    """Register a language plugin (an object satisfying :class:`Language`) under ``name``."""
    return languages.register(name)


def language_for(task: Task) -> Language:
    return languages.get(task.language)


__all__ = ["EvalContext", "Extraction", "Language", "LineCounting", "language", "language_for", "languages", "read_report"]
