"""EffiBench on a fixture in its schema: assert lines become tests, the canonical solution runs with
EffiBench's imports before it, and rows it cannot pose are named with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import leaderboards.suite_metrics  # noqa: F401  (registers the suite metrics)
import tasks.loaders.effibench  # noqa: F401  (registers the suite)
from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate
from leaderboards.suite_metrics import TaskRecord, compute_suite_metrics
from tasks.registry import SuiteError, open_suite, suites
from sandboxes.counters import CallgrindCounter
from sandboxes.local import LocalExecutor
from tasks.results import Evaluation, Measurement, Verdict
from tasks.schema import ENTRY_SHIM

# ``List`` without an import, and ``heappush`` from EffiBench's ``from heapq import *``: both work there
CANONICAL = ("class Solution:\n    def topK(self, nums: List[int], k: int) -> List[int]:\n        h = []\n"
             "        for x in nums:\n            heappush(h, x)\n            if len(h) > k:\n                heappop(h)\n"
             "        return sorted(h, reverse=True)\n")
SMALL = "solution = Solution()\nassert solution.topK([3, 1, 2], 1) == [3]\n"
TESTS = ("assert solution.topK([5, 9, 1, 7], 2) == [9, 7]\n"
         f"assert solution.topK({list(range(50))}, 3) == [49, 48, 47]\n"
         "assert solution.topK([4], 1) == [4]\n")


def row(idx: object, **changes: object) -> dict:
    base = {"problem_idx": idx, "task_name": "top-k", "markdown_description": "Return the k largest numbers, largest first.",
            "canonical_solution": CANONICAL, "small_test_cases": SMALL, "test_case": TESTS}
    base.update(changes)
    return base


def write(tmp_path: Path, rows: list[dict]) -> str:
    path = tmp_path / "effibench.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_rows_become_tasks_and_unposable_rows_are_named(tmp_path: Path) -> None:
    generator = "def generate_test_case():\n    return 1\nfor _ in range(3):\n    assert solution.topK([1], 1) == [1]\n"
    rows = [row(7), row(8, test_case="assert solution.topK(TreeNode(1), 1) == [1]\n"), row(9, test_case=generator),
            row(10, test_case="assert solution.topK([1], 1) == [1]\nassert solution.other([1]) == 1\n"),
            row(11, test_case="assert solution.topK({1: 2}, 1) == [2]\n"),
            row(12, test_case="assert solution.topK((4, 2), 1) == [4]\n")]  # a tuple travels tagged
    data = open_suite("effibench", source=write(tmp_path, rows))
    task, pair = data.tasks
    assert pair.id == "effibench/12" and pair.tests[-1].args == [{"__tuple__": [4, 2]}, 1]
    assert task.id == "effibench/7" and task.entry_point == "topK" and task.tiers == ["canonical"]
    assert [(t.label, t.hidden) for t in task.tests] == [("small-0", False), ("test-0", True), ("test-1", True),
                                                         ("test-2", True)]
    assert task.perf_args == [list(range(50)), 3] and task.perf_expected == [49, 48, 47]
    assert "assert solution.topK([3, 1, 2], 1) == [3]" in task.prompt and "[49, 48, 47]" not in task.prompt
    assert set(data.skipped) == {"effibench/8", "effibench/9", "effibench/10", "effibench/11"}
    assert "refers to the name 'TreeNode'" in data.skipped["effibench/8"]
    assert "line 1: FunctionDef" in data.skipped["effibench/9"]
    assert "several methods (other, topK)" in data.skipped["effibench/10"]
    assert "dict values" in data.skipped["effibench/11"]
    assert data.summary()["rows"] == 6 and data.summary()["tasks"] == 2
    assert suites.get("effibench").metrics == ("effibench",)


def test_a_malformed_row_is_one_line_naming_it(tmp_path: Path) -> None:
    missing = row(3)
    del missing["test_case"]
    with pytest.raises(SuiteError, match=r"row 0 \(3\) has no 'test_case'"):
        open_suite("effibench", source=write(tmp_path, [missing]))
    with pytest.raises(SuiteError, match=r"row 1 \(4\): 'canonical_solution' is int"):
        open_suite("effibench", source=write(tmp_path, [row(2), row(4, canonical_solution=5)]))
    with pytest.raises(SuiteError, match=r"row 0: problem_idx '../x' is not an identifier"):
        open_suite("effibench", source=write(tmp_path, [row("../x")]))


def test_the_canonical_solution_passes_with_effibench_imports_and_a_wrong_one_fails(tmp_path: Path,
                                                                                   check_only: EvalContext) -> None:
    [task] = open_suite("effibench", source=write(tmp_path, [row(1)])).tasks
    passed = evaluate(task, task.references[0].code, check_only)
    assert passed.verdict == Verdict.PASS, passed.detail
    bare = CANONICAL.replace("reverse=True", "reverse=False")  # no shim: the task appends it
    assert evaluate(task, bare, check_only).verdict == Verdict.FAIL


def test_net_and_nmu_are_ratios_of_totals_over_tasks_whose_first_sample_passed(tmp_path: Path) -> None:
    [task] = open_suite("effibench", source=write(tmp_path, [row(1)])).tasks

    def ev(count: int | None, memory: int = 0) -> Evaluation:
        if count is None:
            return Evaluation(verdict=Verdict.FAIL)
        return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count, peak_memory_bytes=memory))

    records = [TaskRecord(task, (ev(300, 4000),), {"canonical": ev(100, 1000)}),
               TaskRecord(task, (ev(100, 1000),), {"canonical": ev(100, 1000)}),
               TaskRecord(task, (ev(None), ev(1)), {"canonical": ev(100, 1000)})]  # a failing first sample: left out
    values = compute_suite_metrics(["effibench"], records, "ergon")
    assert values["NET (EffiBench)"].value == pytest.approx(400 / 200)
    assert values["NMU (EffiBench)"].value == pytest.approx(5000 / 2000)
    assert compute_suite_metrics(["effibench"], records[2:], "ergon") == {"NET (EffiBench)": None,
                                                                          "NMU (EffiBench)": None}


@pytest.mark.slow  # two evaluations counted under callgrind (~40 s on a busy 2-core VM)
def test_the_preludes_imports_are_not_counted_as_the_candidates(tmp_path: Path, local_executor: LocalExecutor) -> None:
    """EffiBench's dozen imports cost ~10M instructions; every candidate would carry them, squeezing NET towards 1."""
    [task] = open_suite("effibench", source=write(tmp_path, [row(1)])).tasks
    plain = "class Solution:\n    def topK(self, nums, k):\n        return sorted(nums, reverse=True)[:k]\n"
    counting = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    with_prelude = evaluate(task, plain, counting).measurement.instructions
    without = evaluate(task.model_copy(update={"assets": {ENTRY_SHIM: task.assets[ENTRY_SHIM]}}), plain,
                       counting).measurement.instructions
    assert abs(with_prelude - without) < 0.1 * without
