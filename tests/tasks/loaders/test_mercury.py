"""Mercury on a fixture in its published schema: class entry points, solutions as tiers, unconvertible tasks named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tasks.loaders.mercury  # noqa: F401  (registers the suite)
from tasks.registry import SuiteError, open_suite
from tasks.schema import ENTRY_SHIM

IDENTITY = "def convert_offline(case):\n    return case\n"
EQUAL = "def evaluate_offline(inputs, outputs, expected):\n    return outputs == expected\n"
LINKED = "def convert_offline(case):\n    inputs, expected = case\n    return [to_list(inputs[0])], expected\n"


def row(slug: str, convert: str = IDENTITY, evaluate: str = EQUAL) -> dict:
    return {"slug_name": slug, "difficulty": "Easy", "pretty_content": ["Return the sum of nums."],
            "prompt": "class Solution:\n    def total(self, nums: List[int]) -> int:\n        ",
            "entry_point": "total", "generator_code": "", "convert_offline": convert, "evaluate_offline": evaluate,
            "test_cases": json.dumps([{"input": [[1, 2]], "expected": 3}, {"input": [list(range(40))], "expected": 780},
                                      {"input": [[]], "expected": 0}]),
            "solutions": [{"hash": "aaa111", "runtime": "40ms", "solution": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"},
                          {"hash": "bbb222", "runtime": "95ms",
                           "solution": "class Solution:\n    def total(self, nums):\n        s = 0\n        for x in nums:\n            s += x\n        return s\n"}]}


def write(tmp_path: Path, rows: list[dict]) -> str:
    path = tmp_path / "mercury.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_rows_become_tasks_with_solutions_slowest_first(tmp_path: Path) -> None:
    data = open_suite("mercury", source=write(tmp_path, [row("sum-it"), row("sum-list", convert=LINKED),
                                                         row("sum-set", evaluate="def evaluate_offline(inputs, outputs, expected):\n    return set(outputs) == set(expected)\n")]))
    [task] = data.tasks
    assert task.id == "mercury/sum-it" and task.entry_point == "total"
    assert task.tiers == ["95ms-bbb222", "40ms-aaa111"]
    assert task.references[0].code.rstrip().endswith("return Solution().total(*args)")
    assert "def total(*args)" in task.prompt and task.assets[ENTRY_SHIM].strip().startswith("def total(*args):")
    assert task.perf_args == [list(range(40))] and task.perf_expected == 780
    assert data.skipped == {"mercury/sum-list": "its convert_offline builds objects (linked lists, trees, ...) from the cases",
                            "mercury/sum-set": "its evaluate_offline is not plain equality"}


def test_a_malformed_row_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = row("sum-it")
    bad["test_cases"] = "[{"
    with pytest.raises(SuiteError, match=r"row 0 \(sum-it\): test_cases is not JSON"):
        open_suite("mercury", source=write(tmp_path, [bad]))
    missing = row("sum-it")
    del missing["entry_point"]
    with pytest.raises(SuiteError, match=r"row 0 \(sum-it\) has no 'entry_point'"):
        open_suite("mercury", source=write(tmp_path, [missing]))
