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
    counters = ("perf", "qemu-host", "callgrind")
    """Exact counters after the hardware one, the faster first: qemu-host ranks every built-in tier as
    callgrind does (same order, adjacent-tier ratios within a fraction of a percent), counts every
    thread, and gives every tampering attempt callgrind's verdict (``benchmarks/qemu_counter.py``,
    ``test_integrity.py``).  Its counts differ from callgrind's by up to about 1 %, so a run never mixes
    the two (the counter is in every result's provenance); ``--counter callgrind`` still selects it."""
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
