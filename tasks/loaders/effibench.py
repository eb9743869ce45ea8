"""EffiBench (Huang et al., NeurIPS 2024 Datasets and Benchmarks): 1,000 LeetCode problems, each with
the most efficient human solution as its canonical solution, read through ``datasets``.

Schema (hub ``DONG19/EffiBench``, split ``train``; the GitHub release huangd1999/EffiBench keeps
``dataset.jsonl`` in Git LFS).  What the authors' code reads, at d29e43b: ``problem_idx``,
``markdown_description`` and ``small_test_cases`` (``src/open_source_model_completion.py`` builds
the prompt from both), ``canonical_solution`` (a ``class Solution``) and ``test_case``
(``src/code_efficiency_calculator.py``).  Their harness writes one file per problem: a fixed
block of imports (``typing``, ``collections``, ``heapq``, ... with ``from X import *``), the
``TreeNode``/``ListNode`` classes, the solution, ``solution=Solution()`` and then ``test_case``;
the file runs under ``mprof`` and a problem counts only when it exits cleanly with nothing on
stderr.  Such a file, kept in the repository (``example.py`` at ff36f1f), shows ``test_case`` as
lines ``assert solution.<method>(<args>) == <expected>``.

Each row becomes a task posed as Mercury's are: a module-level function of the method's name
calling ``Solution()`` (the entry shim), with EffiBench's imports run before the candidate (the
prelude), so a bare ``class Solution`` that uses ``List`` or ``heapq`` works as it does there.
``small_test_cases`` are the visible tests, ``test_case`` the hidden ones; the hidden test with
the largest arguments is the scored input; the one reference tier is ``canonical``.

Rows Ergon cannot pose faithfully are left out with the reason: test code other than such
``assert`` lines (loops, generators, tolerance checks), arguments that are not literals
(``TreeNode``/``ListNode`` values) or not JSON (tuples, sets), and asserts on several methods.
The release's rows could not be read from this machine (the hub and Git LFS are unreachable),
so the test-code forms seen in the real data are not counted here; the loader says which forms
it left out when it reads them.
"""

from __future__ import annotations

import ast
import json
from typing import Any

from tasks.loaders._source import column, read_rows
from tasks.loaders.evalplus import Unconvertible, convert, expected_output, json_args, literal
from tasks.loaders.mercury import shim
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import ENTRY_SHIM, PRELUDE, Reference, Task, TestCase

SPLIT = "train"
IMPORTS = ("typing", "bisect", "collections", "copy", "datetime", "heapq", "math", "re", "string", "random",
           "itertools", "functools", "operator")
"""The modules EffiBench's harness imports (both ``import X`` and ``from X import *``) before every solution."""
NODE_CLASSES = '''
class TreeNode:
    def __init__(self, val=0, left=None, right=None, next=None):
        self.val = val
        self.left = left
        self.right = right
        self.next = next


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
'''
PRELUDE_CODE = ("".join(f"from {m} import *\n" for m in IMPORTS) + "".join(f"import {m}\n" for m in IMPORTS)
                + NODE_CLASSES + "\n")
"""What runs before a candidate, as in EffiBench's harness: its imports and the node classes."""


def parse_asserts(code: str, what: str) -> tuple[str, list[tuple[list[Any], Any]]]:
    """``(method, [(args, expected), ...])`` from lines ``assert solution.<method>(...) == <value>``.

    ``solution = Solution()`` and imports may stand among them; anything else is :class:`Unconvertible`.
    """
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise Unconvertible(f"its {what} does not parse (line {exc.lineno})") from None
    methods: set[str] = set()
    cases: list[tuple[list[Any], Any]] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or _makes_solution(node):
            continue
        call = _asserted_call(node)
        if call is None:
            raise Unconvertible(f"its {what} holds code other than `assert solution.<method>(...) == <value>` "
                                f"lines (line {node.lineno}: {type(node).__name__})")
        method, args, expected = call
        methods.add(method)
        cases.append((json_args([literal(a) for a in args]), expected_output(literal(expected))))
    if len(methods) > 1:
        raise Unconvertible(f"its {what} asserts on several methods ({', '.join(sorted(methods))})")
    if not cases:
        raise Unconvertible(f"its {what} holds no assertion")
    return methods.pop(), cases


def _makes_solution(node: ast.stmt) -> bool:
    return (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "solution" and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name) and node.value.func.id == "Solution" and not node.value.args)


def _asserted_call(node: ast.stmt) -> tuple[str, list[ast.expr], ast.expr] | None:
    """``(method, argument nodes, expected node)`` of ``assert solution.m(*args) == expected``."""
    if not isinstance(node, ast.Assert):
        return None
    test = node.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return None
    call = test.left
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "solution" and not call.keywords
            and not any(isinstance(a, ast.Starred) for a in call.args)):
        return None
    return call.func.attr, list(call.args), test.comparators[0]


def effibench_task(index: int, row: dict[str, Any]) -> Task:
    ident = column("effibench", index, row, "problem_idx", (int, str))
    description = column("effibench", index, row, "markdown_description")
    canonical_code = column("effibench", index, row, "canonical_solution")
    hidden_code = column("effibench", index, row, "test_case")
    if not str(ident).strip() or not all(c.isalnum() or c in "_.-" for c in str(ident)):
        raise SuiteError(f"suite 'effibench': row {index}: problem_idx {ident!r} is not an identifier")
    if "class Solution" not in canonical_code:
        raise Unconvertible("its canonical_solution defines no class Solution")
    method, hidden = parse_asserts(hidden_code, "test_case")
    small_code = row.get("small_test_cases") or ""
    visible: list[tuple[list[Any], Any]] = []
    if isinstance(small_code, str) and small_code.strip():
        small_method, visible = parse_asserts(small_code, "small_test_cases")
        if small_method != method:
            raise Unconvertible(f"small_test_cases call {small_method!r} but test_case calls {method!r}")
    tests = tuple([TestCase(args=a, expected=e, label=f"small-{n}") for n, (a, e) in enumerate(visible)]
                  + [TestCase(args=a, expected=e, label=f"test-{n}", hidden=True) for n, (a, e) in enumerate(hidden)])
    scored = max((t for t in tests if t.hidden), key=lambda t: len(json.dumps(t.args)))
    shown = small_code.strip() or "\n".join(f"assert solution.{method}({', '.join(map(repr, a))}) == {e!r}"
                                            for a, e in hidden[:3])
    prompt = (f"{description.strip()}\n\nWrite a Python class `Solution` with the method `{method}`. It is "
              f"checked like this:\n\n```python\nsolution = Solution()\n{shown}\n```\n\nEnd your code with this "
              f"function, which the tests call:\n```python{shim(method).rstrip()}\n```\n")
    return Task(mutates_input=True, id=f"effibench/{ident}", suite="effibench", prompt=prompt, entry_point=method,
                tests=tests, perf_args=scored.args, perf_expected=scored.expected,
                references=(Reference(tier="canonical", code=canonical_code + shim(method)),),
                assets={ENTRY_SHIM: shim(method), PRELUDE: PRELUDE_CODE},
                tags=tuple(t for t in (str(row.get("difficulty") or "").lower(),) if t))


@suite("effibench", default_source="DONG19/EffiBench", metrics=("effibench",),
       source_help="a copy of DONG19/EffiBench (hub name, or a json/jsonl/parquet file or directory)")
def effibench(source: str) -> SuiteData:
    """EffiBench: 1,000 LeetCode problems, canonical solution as the one tier, NET/NMU beside Ergon's columns."""
    rows, provenance = read_rows("effibench", source, split=SPLIT)
    tasks, skipped = convert("effibench", rows, effibench_task, key="problem_idx", prefix="effibench/")
    return SuiteData(tasks, provenance, skipped, rows=len(rows))
