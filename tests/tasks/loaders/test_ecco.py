"""The ECCO loader on small files in the release's schema (edit config rows, test_cases/ per problem)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.loaders._programs import MalformedRow
from tasks.loaders.ecco import load_ecco, source_paths

SLOW = "n = int(input())\nprint(sum(i for i in range(1, n + 1)))\n"
MID = "n = int(input())\nprint(sum(range(1, n + 1)))\n"
FAST = "n = int(input())\nprint(n * (n + 1) // 2)\n"


def write(tmp: Path, rows: list[dict], raw: str = "") -> Path:
    (tmp / "edit.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + raw)
    cases = tmp / "test_cases" / "p00002"
    cases.mkdir(parents=True)
    (cases / "input.0.txt").write_text("100\n")
    (cases / "output.0.txt").write_text("5050  \n\n")  # Judge0 ignores trailing blanks
    return tmp


def test_pairs_become_python_program_edit_tasks(tmp_path: Path) -> None:
    rows = [{"problem_id": "p00002", "input": SLOW, "target": MID}, {"problem_id": "p00002", "input": MID, "target": FAST},
            {"problem_id": "p00003", "input": SLOW, "target": FAST}]
    loaded = load_ecco(*source_paths(write(tmp_path, rows)))
    assert loaded.rows == 3 and [t.id for t in loaded.tasks] == ["ecco/p00002/1", "ecco/p00002/2"]
    task = loaded.tasks[0]
    assert task.language == "python-program" and task.kinds == ("edit",) and task.slow_program == SLOW
    assert [r.code for r in task.references] == [SLOW, FAST, MID] and task.assets["compare"] == "judge0"
    assert [(w, why) for w, why in loaded.skipped] == [
        ("edit.jsonl:3", "problem p00003 has a single pair (needs a third program)")]


@pytest.mark.parametrize("bad, message", [
    ('{"problem_id": "p1", "input": "x"}', "edit.jsonl:2: missing field 'target'"),
    ('{"problem_id": 5, "input": "x", "target": "y"}', "edit.jsonl:2: field 'problem_id' must be str, got int"),
    ('"a string"', "edit.jsonl:2: a row must be a JSON object, got str"),
])
def test_malformed_rows_are_named(tmp_path: Path, bad: str, message: str) -> None:
    root = write(tmp_path, [{"problem_id": "p00002", "input": SLOW, "target": MID}], raw=bad + "\n")
    with pytest.raises(MalformedRow, match="^" + message.replace("(", r"\(")):
        load_ecco(*source_paths(root))


@pytest.mark.needs("valgrind", "bwrap")
def test_an_ecco_task_is_evaluated_as_a_counted_python_program(tmp_path: Path) -> None:
    import harness.languages.native  # noqa: F401
    from harness.languages import EvalContext, language_for
    from sandboxes.counters import CallgrindCounter
    from sandboxes.local import LocalExecutor

    rows = [{"problem_id": "p00002", "input": SLOW, "target": MID}, {"problem_id": "p00002", "input": MID, "target": FAST}]
    task = load_ecco(*source_paths(write(tmp_path, rows))).tasks[0]
    ctx = EvalContext(executor=LocalExecutor(), counter=CallgrindCounter())
    slow, fast = (language_for(task).evaluate(task, code, ctx) for code in (SLOW, FAST))
    assert slow.verdict == fast.verdict == "pass", (slow.detail, fast.detail)
    assert slow.measurement.instructions > fast.measurement.instructions
    wrong = language_for(task).evaluate(task, "print(5051)\n", ctx)
    assert wrong.verdict == "fail"
