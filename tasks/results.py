"""What evaluating a candidate produces: verdicts, measurements, evaluations.

The one result schema that evaluators write and the store, leaderboards, exports and site
read.  It lives beside the task schema, the lowest package all of them may import, so that
reading a result never imports the sandbox (inspect_ai's pydantic eval log plays this part there).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"  # wrong output on some test
    ERROR = "error"  # the candidate raised
    TIMEOUT = "timeout"
    RESOURCE = "resource"  # memory, process or file-size limit hit
    CRASH = "crash"  # killed by a signal (segfault, abort, …)
    BAD_OUTPUT = "bad-output"  # returned a value that cannot be compared safely
    MUTATED_INPUT = "mutated-input"  # changed its arguments where the task forbids it
    OUTPUT_FLOOD = "output-flood"
    SYNTAX_ERROR = "syntax-error"
    LOAD_ERROR = "load-error"
    NO_ENTRY_POINT = "no-entry-point"
    NO_CODE = "no-code"  # the model's reply held no code
    GENERATION_ERROR = "generation-error"
    ASSEMBLE_ERROR = "assemble-error"
    COMPILE_ERROR = "compile-error"  # a whole program (C, C++) that does not compile
    ABI_VIOLATION = "abi-violation"
    MEASURE_ERROR = "measure-error"
    TAMPERED = "tampered"  # tried to reach the measurement or the runner (refused by the sandbox's seal)


class Measurement(BaseModel):
    """Cost of the performance call.  ``instructions`` is the figure metrics rank by."""

    instructions: int | None = None
    counter: str | None = None
    """Backend that produced ``instructions``: ``callgrind``, ``perf``, ``qemu-host`` or ``qemu-plugin``."""
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
