"""COFFE function-level on a fixture in its repository's layout (files keyed by ``final_prompt``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tasks.loaders.coffe  # noqa: F401  (registers the suite)
from tasks.registry import SuiteError, open_suite

PROMPT = 'def total(xs):\n    """Sum of xs."""'
MBPP_PROMPT = "You are an expert Python programmer, and here is your task: Write a function to double n."


def write(folder: Path, *, drop: str | None = None) -> Path:
    folder = folder / "datasets" / "function"
    folder.mkdir(parents=True)
    data = [{"task_id": "HumanEval/0", "dataset": "openai_humaneval", "prompt": PROMPT, "final_prompt": PROMPT,
             "canonical_solution": "\n    s = 0\n    for x in xs:\n        s += x\n    return s\n", "entry_point": "total",
             "test": ""},
            {"task_id": 7, "dataset": "mbpp", "code": "def double(n):\n    return (n, n)\n", "final_prompt": MBPP_PROMPT,
             "entry_point": "double", "prompt": "x", "source_file": "", "test_imports": [], "test_list": [],
             "testcases": {}}]
    best = {PROMPT: ["def solution(xs):\n    return sum(xs)", False], MBPP_PROMPT: ["def solution(n):\n    return (n, n)", False]}
    tests = {PROMPT: [{"input": [[1, 2]], "output": [3]}, {"input": [[]], "output": [0]}],
             MBPP_PROMPT: [{"input": [2], "output": [[2, 2]]}]}
    stressful = {PROMPT: [{"input": "[list(range(100))]", "output": None}, {"input": "[list(range(3000))]", "output": None}],
                 MBPP_PROMPT: [{"input": "[(1, 2)]", "output": None}]}
    for name, value in (("data.json", data), ("best_solutions.json", best), ("testcases.json", tests),
                        ("stressful_testcases.json", stressful)):
        if name != drop:
            (folder / name).write_text(json.dumps(value))
    return folder.parent.parent


def test_instances_become_tasks_with_the_best_ground_truth_as_fastest_tier(tmp_path: Path) -> None:
    data = open_suite("coffe", source=str(write(tmp_path / "clone")))
    task, pair = data.tasks
    assert task.id == "HumanEval/0" and task.tiers == ["canonical", "best"]
    assert task.reference("best").code == "def total(xs):\n    return sum(xs)"
    assert [t.label for t in task.tests] == ["test-0", "test-1", "stressful-0", "stressful-1"]
    assert [t.hidden for t in task.tests] == [False, False, True, True]
    assert task.perf_args == [list(range(3000))] and task.perf_expected == sum(range(3000))  # the largest stressful test
    # a tuple argument travels tagged and is made again in the sandbox (COFFE's stressful tests build tuples)
    assert pair.id == "Mbpp/7" and pair.perf_args == [{"__tuple__": [1, 2]}] and pair.perf_expected == [[1, 2], [1, 2]]
    assert data.skipped == {}
    assert data.provenance["rows_sha256"] and data.summary()["rows"] == 2


def test_a_missing_file_names_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="lacks stressful_testcases.json: pass --suite-source PATH to a clone"):
        open_suite("coffe", source=str(write(tmp_path / "clone", drop="stressful_testcases.json")))
