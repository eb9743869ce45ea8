"""The ``asm`` language: assembly translations, checked and counted under qemu-user."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from typing import Any, Mapping, Sequence

from harness.languages import EvalContext, Extraction, language
from harness.languages.asm import evaluate as evaluation
from harness.languages.asm.extract import extract_asm
from harness.languages.asm.report import isa_report
from tasks.results import Evaluation
from tasks.schema import Task


class Asm:
    name = "asm"
    counters = ("qemu-plugin",)
    prompts: Traversable = resources.files(__name__) / "prompts"
    version = evaluation.payload_version()
    report_title = "ISA translation: by source level and target (ratios vs the -O2 reference)"

    def evaluate(self, task: Task, code: str, ctx: EvalContext) -> Evaluation:
        return evaluation.evaluate(task, code, ctx)

    def extract(self, reply: str, entry_point: str, response_prefix: str = "") -> Extraction:
        return extract_asm(reply, entry_point, response_prefix)

    def report(self, rows: Sequence[Mapping[str, Any]], model: str) -> list[dict[str, Any]]:
        return isa_report(rows, model)


ASM = language("asm")(Asm())
