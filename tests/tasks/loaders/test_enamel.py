"""ENAMEL on a fixture in its repository's layout: inputs drawn per seed at its levels, tolerance checkers named."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import tasks.loaders.enamel  # noqa: F401  (registers the suite)
from tasks.registry import SuiteError, open_suite

EQUAL = "def __check(input, answer, output):\n    return type(output) == type(answer) and output == answer\n"
CLOSE = "def __check(input, answer, output):\n    return type(output) in (int, float) and abs(answer - output) < 1e-4\n"
GENERATOR = ("def generate_input(size: int, lid: int, cid: int):\n"
             "    return [random.randint(0, 9) for _ in range(size)],\n")
HELPER_GENERATOR = "def generate_input(size: int, lid: int, cid: int):\n    return (make_list(size),)\n"


def write(folder: Path, rows: list[dict]) -> Path:
    (folder / "dataset").mkdir(parents=True)
    (folder / "enam").mkdir()
    (folder / "enam" / "datautils.py").write_text("import random\n\ndef make_list(n):\n    return list(range(n))\n")
    with (folder / "dataset" / "enamel.csv").open("w", newline="") as out:
        writer = csv.DictWriter(out, ["task_id", "prompt", "input_generator", "input_levels", "reference_solution",
                                      "checker", "entry_point"])
        writer.writeheader()
        writer.writerows(rows)
    return folder


def row(task_id: str, checker: str = EQUAL, generator: str = GENERATOR, levels: str = "5 40 80 160") -> dict:
    return {"task_id": task_id, "prompt": 'def total(xs: list) -> int:\n    """Sum."""\n', "input_generator": generator,
            "input_levels": levels, "reference_solution": "    return sum(xs)\n", "checker": checker,
            "entry_point": "total"}


def test_rows_become_tasks_with_levels_as_scale_inputs(tmp_path: Path) -> None:
    source = write(tmp_path / "enamel", [row("HumanEval/0"), row("HumanEval/1", checker=CLOSE),
                                         row("HumanEval/2", generator=HELPER_GENERATOR)])
    data = open_suite("enamel", seed=7, source=str(source))
    first, helped = data.tasks
    assert (first.id, helped.id) == ("HumanEval/0", "HumanEval/2")
    assert len(first.tests) == 8 and all(len(t.args[0]) == 5 for t in first.tests)
    assert [s.n for s in first.scale_inputs] == [40, 80] and len(first.perf_args[0]) == 160 and first.perf_n == 160
    assert first.perf_expected == sum(first.perf_args[0]) and first.suite_data == {"enamel_levels": [40, 80, 160]}
    assert helped.perf_args == [list(range(160))]  # datautils' helpers are in the generator's scope
    assert data.skipped == {"HumanEval/1": "its checker allows a tolerance (only the equality checker converts)"}
    other = open_suite("enamel", seed=8, source=str(source)).tasks[0]
    assert other.perf_args != first.perf_args  # drawn from the run's seed, not fixed in the dataset


def test_malformed_rows_and_missing_data_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match=r"row 0 \(HumanEval/0\): 3 input levels, expected 4"):
        open_suite("enamel", source=str(write(tmp_path / "a", [row("HumanEval/0", levels="1 2 3")])))
    with pytest.raises(SuiteError, match="no dataset/enamel.csv in .*: pass --suite-source PATH to a clone"):
        open_suite("enamel", source=str(tmp_path))
