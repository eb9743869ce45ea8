"""The ``python`` language: function-level Python tasks, checked and counted in the sandbox."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from typing import Any, Mapping, Sequence

from harness.languages import EvalContext, Extraction, language
from harness.languages.python import evaluate as evaluation
from harness.languages.python.extract import extract_code
from harness.languages.python.lines import LineCounts, line_counts
from tasks.results import Evaluation
from tasks.schema import Task


class Python:
    name = "python"
    counters = ("perf", "callgrind", "qemu-host")
    """qemu-host after callgrind: it ranks every tier as callgrind does, but its inline counter is shared
    by guest threads that qemu runs in parallel, and candidate threads cannot be reliably refused (a
    fresh ``_thread`` comes from ``_imp.create_builtin``), so counts of threaded work are not yet exact."""
    prompts: Traversable = resources.files(__name__) / "prompts"
    version = evaluation.payload_version()

    def evaluate(self, task: Task, code: str, ctx: EvalContext) -> Evaluation:
        return evaluation.evaluate(task, code, ctx)

    def extract(self, reply: str, entry_point: str, response_prefix: str = "") -> Extraction:
        return extract_code(reply, entry_point, response_prefix)

    def line_counts(self, task: Task, code: str, ctx: EvalContext) -> LineCounts | str:
        return line_counts(task, code, ctx)

    report_title = None

    def report(self, rows: Sequence[Mapping[str, Any]], model: str) -> list[dict[str, Any]]:
        return []


PYTHON = language("python")(Python())
