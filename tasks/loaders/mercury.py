"""Mercury (Du et al., NeurIPS 2024): LeetCode tasks with many historical solutions, via ``datasets``.

Schema (``Elfsong/Mercury`` on the hub, splits ``train``/``eval``; its use checked against
Elfsong/Mercury at a1e9720, ``src/sandbox.py`` and ``src/evaluator.py``): ``slug_name,
difficulty, pretty_content, prompt`` (the ``class Solution`` stub), ``entry_point`` (a method:
the sandbox runs ``Solution().<entry_point>(*inputs)``), ``solutions`` (``[{hash, runtime,
solution}]``, re-run by Mercury to get the runtime range of its Beyond score), ``test_cases`` (a
JSON string: ``[{input: [...], expected: ...}]``), ``convert_offline`` (turns a case's
``(inputs, expected)`` into Python objects, e.g. linked lists) and ``evaluate_offline`` (compares
``outputs`` with ``expected``).

A task is posed with a module-level function of the method's name calling ``Solution()`` (in
the prompt, and appended to every candidate as the task's entry shim, so a bare class works too).
Only cases Ergon can check faithfully are converted: ``convert_offline`` must return its case
unchanged and ``evaluate_offline`` must be plain equality; other tasks (linked lists, trees,
order-insensitive answers) are left out with that reason.  The historical solutions are the
tiers, slowest (largest ``runtime``) first; the test case with the largest input is the scored one.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from tasks.loaders._source import column, read_rows
from tasks.loaders.evalplus import Unconvertible, convert, expected_output, json_args
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import ENTRY_SHIM, Reference, Task, TestCase

VISIBLE_TESTS = 3


def shim(entry_point: str) -> str:
    return f"\n\ndef {entry_point}(*args):\n    return Solution().{entry_point}(*args)\n"


def _single_return(code: str, name: str) -> ast.expr | None:
    """The expression a one-statement function ``name`` in ``code`` returns, if that is all it does."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None:
                return body[0].value
    return None


def identity_conversion(code: str) -> bool:
    """``def convert_offline(case): return case``."""
    found = _single_return(code, "convert_offline")
    tree = ast.parse(code) if found is not None else None
    params = [f.args.args for f in tree.body if isinstance(f, ast.FunctionDef)][0] if tree else []
    return isinstance(found, ast.Name) and len(params) == 1 and found.id == params[0].arg


def plain_equality(code: str) -> bool:
    """``def evaluate_offline(inputs, outputs, expected): return outputs == expected`` (either order)."""
    found = _single_return(code, "evaluate_offline")
    if not (isinstance(found, ast.Compare) and len(found.ops) == 1 and isinstance(found.ops[0], ast.Eq)):
        return False
    sides = {getattr(found.left, "id", None), getattr(found.comparators[0], "id", None)}
    return sides == {"outputs", "expected"}


RUNTIME = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms)?\s*$")


def runtime(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    match = RUNTIME.match(str(value))
    if not match:
        raise Unconvertible(f"a solution's runtime {value!r} is not a number")
    return float(match.group(1))


def mercury_task(index: int, row: dict[str, Any]) -> Task:
    slug = column("mercury", index, row, "slug_name")
    entry_point = column("mercury", index, row, "entry_point")
    stub = column("mercury", index, row, "prompt")
    solutions = column("mercury", index, row, "solutions", list)
    raw_cases = column("mercury", index, row, "test_cases")
    convert_code = column("mercury", index, row, "convert_offline")
    evaluate_code = column("mercury", index, row, "evaluate_offline")
    try:
        cases = json.loads(raw_cases)
    except json.JSONDecodeError as exc:
        raise SuiteError(f"suite 'mercury': row {index} ({slug}): test_cases is not JSON ({exc.msg})") from None
    if not isinstance(cases, list) or not all(isinstance(c, dict) and "input" in c and "expected" in c for c in cases):
        raise SuiteError(f"suite 'mercury': row {index} ({slug}): test_cases is not a list of {{input, expected}}")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", entry_point):
        raise SuiteError(f"suite 'mercury': row {index} ({slug}): entry_point {entry_point!r} is not a method name")
    if not identity_conversion(convert_code):
        raise Unconvertible("its convert_offline builds objects (linked lists, trees, ...) from the cases")
    if not plain_equality(evaluate_code):
        raise Unconvertible("its evaluate_offline is not plain equality")
    if not cases:
        raise Unconvertible("no test cases")
    tests = tuple(TestCase(args=json_args(c["input"]), expected=expected_output(c["expected"]), label=f"case-{n}",
                           hidden=n >= VISIBLE_TESTS) for n, c in enumerate(cases))
    ranked = []
    for n, s in enumerate(solutions):
        if not isinstance(s, dict) or not isinstance(s.get("solution"), str):
            raise SuiteError(f"suite 'mercury': row {index} ({slug}): solution {n} has no 'solution' code")
        ranked.append((runtime(s.get("runtime")), str(s.get("hash") or n), s["solution"]))
    if not ranked:
        raise Unconvertible("no historical solutions")
    ranked.sort(key=lambda r: -r[0])  # slowest first
    references = tuple(Reference(tier=f"{rt:g}ms-{ident[:8]}", code=code + shim(entry_point))
                       for rt, ident, code in ranked)
    if len({r.tier for r in references}) != len(references):
        references = tuple(Reference(tier=f"{n}-{r.tier}", code=r.code) for n, r in enumerate(references))
    scored = max(tests, key=lambda t: len(json.dumps(t.args)))
    description = row.get("pretty_content") or ""
    if isinstance(description, list):
        description = "\n".join(map(str, description))
    prompt = f"{description}\n\nComplete this code (keep the function at the end):\n\n{stub}{shim(entry_point)}"
    return Task(mutates_input=True, id=f"mercury/{slug}", suite="mercury", prompt=prompt, entry_point=entry_point, tests=tests,
                perf_args=scored.args, perf_expected=scored.expected, references=references,
                assets={ENTRY_SHIM: shim(entry_point)}, tags=(str(row.get("difficulty", "")).lower(),))


@suite("mercury", default_source="Elfsong/Mercury", metrics=("mercury-beyond",),
       source_help="a copy of Elfsong/Mercury (hub name, or a json/jsonl/parquet file or directory)")
def mercury(source: str) -> SuiteData:
    """Mercury's ``eval`` split (256 tasks); historical solutions as tiers, Beyond@1 beside Ergon's columns."""
    rows, provenance = read_rows("mercury", source, split="eval")
    tasks, skipped = convert("mercury", rows, mercury_task, key="slug_name", prefix="mercury/")
    return SuiteData(tasks, provenance, skipped, rows=len(rows))
