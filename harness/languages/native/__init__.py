"""Whole programs (stdin → stdout): the ``cpp``, ``c`` and ``python-program`` languages.

PIE, ECCO and COFFE's file-level tasks pose programs, not functions: a test is a text on standard
input and the text expected on standard output.  The three languages share one evaluator (build
with a pinned toolchain, count every test's run under callgrind, run natively, compare outputs on
the host) and differ only in their toolchain, prompts and extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from typing import Any, Mapping, Sequence

from harness.languages import EvalContext, Extraction, language
from harness.languages.native import evaluate as evaluation
from harness.languages.native.extract import extract_program
from tasks.results import Evaluation
from tasks.schema import Task


@dataclass
class Program:
    name: str
    prompts: Traversable = field(init=False)
    counters: tuple[str, ...] = ("callgrind",)
    """Whole-process counts: callgrind's, without client requests (perf would count the runner's
    starting of the process too, and qemu-host's markers are for the Python runner's regions)."""
    version: str = field(init=False)
    report_title: str | None = None

    def __post_init__(self) -> None:
        self.prompts = resources.files(__name__) / "prompts" / self.name.replace("-", "_")
        self.version = evaluation.payload_version()

    def evaluate(self, task: Task, code: str, ctx: EvalContext) -> Evaluation:
        return evaluation.evaluate(task, code, ctx)

    def extract(self, reply: str, entry_point: str, response_prefix: str = "") -> Extraction:
        return extract_program(self.name, reply, response_prefix)

    def report(self, rows: Sequence[Mapping[str, Any]], model: str) -> list[dict[str, Any]]:
        return []


CPP = language("cpp")(Program("cpp"))
C = language("c")(Program("c"))
PYTHON_PROGRAM = language("python-program")(Program("python-program"))
