"""COFFE file level on a fixture in its repository's layout: stdin programs, generated stressful
inputs, test cases found beside the file-level folder, COFFE's output rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tasks.loaders.coffe_file  # noqa: F401  (registers the suite)
from harness.languages import EvalContext
from harness.languages.native.compare import matches
from harness.languages.native.evaluate import evaluate
from tasks.registry import SuiteError, open_suite
from tasks.results import Verdict

SUM = "You are an expert Python programmer, and here is your task:\nPrint the sum of n numbers.\nPython Solution:\n```python"
APPS = "You are an expert Python programmer, and here is your task:\nPrint n twice.\nPython Solution:\n```python"
BROKEN = "You are an expert Python programmer, and here is your task:\nPrint nothing.\nPython Solution:\n```python"
FAST = "input()\nprint(sum(map(int, input().split())))\n"
SLOW = "n = int(input())\nxs = input().split()\ns = 0\nfor x in xs:\n    s += int(x)\nprint(s)\n"
GENERATOR = ("import random\n\ndef generate_input():\n    n = random.randint(50, 60)\n"
             "    return f'{n}\\n' + ' '.join(str(random.randint(1, 9)) for _ in range(n)) + '\\n'\n")


def write(root: Path, *, drop: str | None = None) -> Path:
    folder, contests = root / "datasets" / "file", root / "datasets" / "deepmind_code_contests"
    folder.mkdir(parents=True)
    contests.mkdir(parents=True)
    data = [{"dataset": "deepmind/code_contests", "final_prompt": SUM}, {"dataset": "codeparrot/apps", "final_prompt": APPS},
            {"dataset": "deepmind/code_contests", "final_prompt": BROKEN}]
    best = {SUM: [FAST, True], APPS: ["n = input()\nprint(n, n)\n", True], BROKEN: ["raise SystemExit(3)\n", True]}
    stressful = {SUM: [GENERATOR, GENERATOR], APPS: [GENERATOR], BROKEN: [GENERATOR]}
    files = {folder / "data.json": data, folder / "best_solutions.json": best, folder / "stressful_testcases.json": stressful,
             contests / "testcases.json": {SUM: [{"input": ["2\n1 2\n"], "output": ["3\n"]},
                                                 {"input": ["3\n1 1 1\n"], "output": ["3\n"]}],
                                           BROKEN: [{"input": ["1\n"], "output": ["\n"]}]},
             contests / "solutions.json": {"prompt2groundtruth": {SUM: [[SLOW, True], [FAST, True]]}, "prompt2io": {}}}
    for path, value in files.items():
        if path.name != drop:
            path.write_text(json.dumps(value))
    return root


def test_instances_become_program_tasks_and_the_others_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERGON_CACHE", str(tmp_path / "cache"))
    data = open_suite("coffe-file", source=str(write(tmp_path / "clone")))
    [task] = data.tasks
    assert task.id == "coffe-file/code_contests-0" and task.language == "python-program"
    assert task.tiers == ["canonical", "best"] and task.reference("canonical").code == SLOW
    assert [t.label for t in task.tests] == ["test-0", "test-1", "stressful-0", "stressful-1"]
    assert [t.hidden for t in task.tests] == [False, False, True, True]
    stress = task.tests[2]
    n, numbers = stress.stdin.splitlines()
    assert 50 <= int(n) <= 60 and stress.stdout == f"{sum(map(int, numbers.split()))}\n"
    assert task.tests[2].stdin != task.tests[3].stdin  # one seed, generators called in turn
    assert not task.prompt.endswith("```python") and task.assets["compare"] == "coffe"
    assert "no testcases.json in the clone holds its prompt" in data.skipped["coffe-file/apps-1"]
    assert "a stressful test cannot be made: the reference failed" in data.skipped["coffe-file/code_contests-2"]
    again = open_suite("coffe-file", source=str(write(tmp_path / "copy")))  # the same inputs, from the cache or not
    assert [t.stdin for t in again.tasks[0].tests] == [t.stdin for t in task.tests]


def test_a_missing_file_names_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="lacks stressful_testcases.json: pass --suite-source PATH to a clone"):
        open_suite("coffe-file", source=str(write(tmp_path / "clone", drop="stressful_testcases.json")))


def test_coffes_output_rule_ignores_spaces_newlines_and_brackets_only() -> None:
    assert matches("[1, 2]\n", "[1, 2]\n", "coffe") and matches("12\n", "1 2", "coffe") and matches("[3]", "3\n", "coffe")
    assert not matches("1,2", "1 2", "coffe") and not matches("(3)", "3", "coffe")


def test_the_tiers_pass_in_the_sandbox_and_a_wrong_program_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 check_only: EvalContext) -> None:
    monkeypatch.setenv("ERGON_CACHE", str(tmp_path / "cache"))
    [task] = open_suite("coffe-file", source=str(write(tmp_path / "clone"))).tasks
    for reference in task.references:
        assert evaluate(task, reference.code, check_only).verdict == Verdict.PASS, reference.tier
    assert evaluate(task, "input()\nprint(len(input().split()))\n", check_only).verdict == Verdict.FAIL
