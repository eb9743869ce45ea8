"""Per-line execution counts of a Python candidate on its task's counted input, taken in the sandbox.

The optimize agent shows the model where its program spends its steps: how often each line of
its file ran on the profiling input (see ``lines_runner.py``).  Line counts are deterministic,
unlike a timing profile, and need no counter.  They do not weigh a line's cost — a line that
calls ``list.index`` counts once per call, however long the scan — so the agent shows them next
to the exact instruction count of the whole call, never instead of it.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field

from harness.languages import EvalContext, read_report
from sandboxes.executor import Job, Limits
from tasks import canonical
from tasks.schema import Task

RUNNER = Path(__file__).with_name("lines_runner.py")
CANONICAL = Path(canonical.__file__)
"""Shipped beside the runner: arguments travel tagged (tuples, sets), ``canonical.from_wire`` makes them again."""
OUT = "lines.json"
LIMITS = Limits(timeout_s=120, cpu_s=60, memory_mb=2048)
"""Tracing every line slows a call 10–30×; a profile that does not finish in this is not worth waiting for."""


class LineReport(BaseModel):
    status: str
    error: str | None = None
    lines: dict[int, int] = Field(default_factory=dict)


class LineCounts(BaseModel):
    """Executions per line number of the candidate's source (lines never run are absent)."""

    lines: dict[int, int]
    error: str | None = None
    """The candidate's exception on this input, if it raised one (counts cover the run up to it)."""


def line_counts(task: Task, code: str, ctx: EvalContext) -> LineCounts | str:
    """How often each line of ``code`` runs importing it and calling it on ``task.perf_args``, or why unknown.

    Callers decide which input that is: the optimize agent passes its visible view, whose counted
    input is the profiling input, never the scored one.
    """
    job = Job(argv=("{python}", "-S", "lines_runner.py"),
              files={"lines_runner.py": RUNNER.read_bytes(), "canonical.py": CANONICAL.read_bytes(),
                     "candidate.py": code.encode("utf-8", "surrogatepass"),
                     "job.json": json.dumps({"source_file": "candidate.py", "entry_point": task.entry_point,
                                             "args": task.perf_args}).encode()},
              limits=LIMITS, env={"PYTHONHASHSEED": str(ctx.hash_seed)}, collect=(OUT,))
    result = ctx.executor.run(job)
    if result.timed_out:
        return "the line profile exceeded its time limit"
    report = read_report(result, OUT, LineReport)
    if isinstance(report, str):
        return report
    n_lines = len(code.splitlines())
    if any(not 1 <= line <= n_lines or n < 0 for line, n in report.lines.items()):
        return "the line profile names lines the program does not have"
    return LineCounts(lines=report.lines, error=report.error if report.status != "ok" else None)
