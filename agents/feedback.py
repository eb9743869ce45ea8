"""What the model is told between rounds, made only from evaluations on the visible view.

Feedback is deterministic (instruction counts and line execution counts, never wall time) and
short: the parent's verdict or count, its most executed lines on the profiling input, the
failing visible case (its input and expected output, cut to a few hundred characters), and
what happened to earlier proposals from the same parent, so the model does not propose the
same rejected edit again.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable

from agents.state import Candidate
from tasks.schema import Task

MAX_CASE_CHARS = 300
HOT_LINES = 5
MAX_LINE_CHARS = 100
_TEST_LABEL = re.compile(r"^test (?P<label>[\w.\-]+)")


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= MAX_CASE_CHARS else text[: MAX_CASE_CHARS - 3] + "..."


def describe_failure(candidate: Candidate, view: Task) -> str:
    """A failing candidate's problem, with the visible case's input and expected output when one failed."""
    detail = candidate["detail"]
    if candidate["code"] is None:
        return f"your reply held no usable program ({candidate['verdict']}: {detail or 'no code block'})"
    text = f"{candidate['verdict']}: {detail}"
    match = _TEST_LABEL.match(candidate["detail"])
    case = next((t for t in view.tests if match and t.label == match["label"]), None)
    if case is not None:
        text += f"\n  input (arguments): {_short(case.args)}\n  expected output: {_short(case.expected)}"
    return text


def repair_request(parent: Candidate, view: Task) -> str:
    return (f"Your program is not correct yet — {describe_failure(parent, view)}\n\n"
            f"Fix it; keep the function `{view.entry_point}` and its signature. "
            f"Reply with the complete program in one ```{view.language} block.")


def hot_lines(code: str | None, counts: dict[str, int] | None, top: int = HOT_LINES) -> list[str]:
    """A program's most executed lines on the profiling input, as a small table (empty without a line profile).

    The source shown is the host's copy of the program: only the counts come from the sandbox.
    """
    if not counts or code is None:
        return []
    source = code.splitlines()
    total = sum(counts.values())
    ranked = sorted(((int(line), n) for line, n in counts.items()), key=lambda ln: (-ln[1], ln[0]))[:top]
    width = max(len(f"{n:,}") for _, n in ranked)
    rows = [f"Its most executed lines on the profiling input ({len(ranked)} of {len(counts)} lines run, "
            f"{total:,} line executions in all):", f"  {'line':>4}  {'runs':>{width}}  share  source"]
    for line, n in ranked:
        text = source[line - 1].strip() if line <= len(source) else ""
        text = text if len(text) <= MAX_LINE_CHARS else text[: MAX_LINE_CHARS - 3] + "..."
        rows.append(f"  {line:>4}  {n:>{width},}  {n / total:>5.1%}  {text}")
    return rows


def edit_request(parent: Candidate, lineage: Candidate | None, tried: Iterable[Candidate], view: Task) -> str:
    """Ask for a faster version of ``parent`` (correct on the visible tests, counted on the profiling input)."""
    count = parent["instructions"]
    assert count is not None
    if view.language == "asm":
        lines = [f"Your program passes the checks and executes {count:,} guest instructions on the workload."]
    else:
        lines = [f"Your program passes the visible tests and executes {count:,} instructions on the profiling input "
                 "(an input of the size and shape the program is scored on)."]
    if lineage is not None and lineage["instructions"]:
        lines.append(f"That is {lineage['instructions'] / count:.2f}× fewer than the version before it "
                     f"({lineage['instructions']:,}).")
    lines += hot_lines(parent["code"], parent.get("lines"))
    for child in tried:
        if child["verdict"] == "pass" and child["instructions"] is not None:
            lines.append(f"- A rewrite you proposed was correct but not faster: {child['instructions']:,} instructions.")
        else:
            lines.append(f"- A rewrite you proposed was rejected — {describe_failure(child, view)}")
    lines.append(f"\nRewrite it to execute fewer instructions while returning exactly the same results on every input "
                 f"the statement allows. Keep the function `{view.entry_point}` and its signature. "
                 f"Reply with the complete program in one ```{view.language} block.")
    return "\n".join(lines)


def shown_program(candidate: Candidate, language: str) -> str:
    """The parent as the model's own previous turn."""
    if candidate["code"] is None:
        return candidate["raw"]
    return f"```{language}\n{candidate['code'].rstrip()}\n```"
