"""What evaluating one candidate produces, and the per-language evaluator registry."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib.metadata import entry_points
from typing import Any, Callable, Protocol

from pydantic import BaseModel

from sandboxes.executor import Executor
from tasks.schema import Task


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"  # wrong output on some test
    ERROR = "error"  # the candidate raised
    TIMEOUT = "timeout"
    RESOURCE = "resource"  # memory, process or file-size limit hit
    CRASH = "crash"  # killed by a signal (segfault, abort, …)
    BAD_OUTPUT = "bad-output"  # returned a value that cannot be compared safely
    OUTPUT_FLOOD = "output-flood"
    SYNTAX_ERROR = "syntax-error"
    LOAD_ERROR = "load-error"
    NO_ENTRY_POINT = "no-entry-point"
    NO_CODE = "no-code"  # the model's reply held no code
    GENERATION_ERROR = "generation-error"
    ASSEMBLE_ERROR = "assemble-error"
    ABI_VIOLATION = "abi-violation"
    MEASURE_ERROR = "measure-error"


class Measurement(BaseModel):
    """Cost of the performance call.  ``instructions`` is the figure metrics rank by."""

    instructions: int | None = None
    counter: str | None = None
    """Backend that produced ``instructions``: ``callgrind``, ``perf`` or ``qemu-plugin``."""
    wall_ns_median: float | None = None
    wall_cv: float | None = None
    wall_repeats: int = 0
    peak_memory_bytes: int | None = None
    energy_j: float | None = None
    energy_source: str | None = None
    """``rapl`` when measured, ``estimate:<model>`` when estimated, ``unavailable: <why>`` otherwise."""
    extra: dict[str, Any] = {}


class Evaluation(BaseModel):
    verdict: Verdict
    detail: str = ""
    tests_passed: int = 0
    tests_total: int = 0
    measurement: Measurement | None = None
    provenance: dict[str, Any] = {}


@dataclass(frozen=True)
class EvalContext:
    """Everything an evaluator needs besides the task and the code."""

    executor: Executor
    counter: str | None
    """Instruction-count backend for Python (``callgrind``/``perf``), ``None`` to skip counting."""
    timing_repeats: int = 0
    trace_memory: bool = True
    hash_seed: int = 0


class Evaluator(Protocol):
    def __call__(self, task: Task, code: str, context: EvalContext) -> Evaluation: ...


_EVALUATORS: dict[str, Evaluator] = {}
_OWN_COUNTERS: dict[str, str] = {}


def evaluator(language: str, counter: str | None = None) -> Callable[[Evaluator], Evaluator]:
    """Register the evaluator for tasks of ``language``.

    ``counter`` names the instruction counter the evaluator always uses itself (e.g. a QEMU
    plugin); leave it ``None`` when it counts with the run's selected backend.
    """

    def register(fn: Evaluator) -> Evaluator:
        _EVALUATORS[language] = fn
        if counter is not None:
            _OWN_COUNTERS[language] = counter
        return fn

    return register


def own_counter(language: str) -> str | None:
    """The counter ``language``'s evaluator always uses, or ``None`` if it uses the run's."""
    evaluator_for(language)
    return _OWN_COUNTERS.get(language)


def evaluator_for(language: str) -> Evaluator:
    """The evaluator for ``language``, importing the modules named in the ``ergon.evaluators`` entry points."""
    if language not in _EVALUATORS:
        for ep in entry_points(group="ergon.evaluators"):
            if ep.name == language:
                ep.load()
    if language not in _EVALUATORS:
        raise KeyError(f"no evaluator for language {language!r}")
    return _EVALUATORS[language]
