"""ECCO (Waghjale et al., EMNLP 2024; HF ``CodeEff/ECCO``, code CodeEff/ECCO) ``edit`` config as an
``edit`` suite of whole Python programs.

Rows of the ``edit`` config: ``problem_id``, ``input`` (a slower accepted Python submission) and
``target`` (a faster one).  Test cases come from the release's ``test_cases.zip``: a directory per
problem with ``input.{i}.txt`` and ``output.{i}.txt`` (``evaluation/edit_eval.py`` reads
``{test_cases_path}{problem_id}/``).  Outputs are judged as ECCO's Judge0 judged them
(``judge0`` in ``harness/languages/native/compare.py``).

Each row becomes an edit task given ``input``; its reference tiers are ``input``, ``other`` (a
program from another pair of the same problem, so that the ladder has three programs) and
``target``.  The edit config has no runtimes, so the middle tier's place is unknown until measured
(Ergon sorts a ladder by its measured counts; only the program given must come first).  A problem
with a single pair, or without test files, cannot be converted (said so).

ECCO's own edit metric (``evaluation/edit_eval.py``): ``speedup = Σ input time / Σ best-sample time``
over the tests the best sample passed, reported only when the input passes every test; with
instruction counts in place of times it is :func:`metrics.edit.speedup_over_given`, Ergon's
``speedup vs given``, whose correct-only rule is stricter (a sample must pass every test).
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from tasks.loaders._programs import Loaded, field_of, jsonl_rows, problem_tests
from tasks.registry import suite
from tasks.schema import Reference, Task

SOURCE_ENV = "ERGON_ECCO_SOURCE"
"""A directory with the ``edit`` config exported as JSON Lines (``edit.jsonl``, or ``*.jsonl``) and
the unzipped test cases (``test_cases/`` or ``generated_test_cases/``)."""
TESTCASE_DIRS = ("test_cases", "generated_test_cases", "codenet/generated_test_cases")
PROMPT = ("The Python program below solves a competitive-programming problem (CodeNet {problem_id}): it reads "
          "the input from standard input and prints the answer to standard output.")


def load_ecco(jsonl: Path, testcases: Path) -> Loaded:
    rows = [(where, {name: field_of(raw, name, str, where) for name in ("problem_id", "input", "target")})
            for where, raw in jsonl_rows(jsonl)]
    loaded = Loaded(rows=len(rows))
    by_problem: dict[str, list[str]] = defaultdict(list)
    for _, r in rows:
        for code in (r["target"], r["input"]):
            if code not in by_problem[r["problem_id"]]:
                by_problem[r["problem_id"]].append(code)
    for where, r in rows:
        if r["input"] == r["target"]:
            loaded.skipped.append((where, "input and target are the same program"))
            continue
        others = [c for c in by_problem[r["problem_id"]] if c not in (r["input"], r["target"])]
        if not others:
            loaded.skipped.append((where, f"problem {r['problem_id']} has a single pair (needs a third program)"))
            continue
        tests = problem_tests(testcases / r["problem_id"])
        if not tests:
            loaded.skipped.append((where, f"no test cases for problem {r['problem_id']} under {testcases}"))
            continue
        line = where.split(":")[-1]
        loaded.tasks.append(Task(
            id=f"ecco/{r['problem_id']}/{line}", suite="ecco", kinds=("edit",), language="python-program",
            prompt=PROMPT.format(problem_id=r["problem_id"]), tests=tests, tags=("ecco", r["problem_id"]),
            references=(Reference(tier="input", code=r["input"]), Reference(tier="other", code=others[0]),
                        Reference(tier="target", code=r["target"])),
            assets={"compare": "judge0", "time_limit_s": "10"},
        ))
    return loaded


def source_paths(root: Path) -> tuple[Path, Path]:
    if not root.is_dir():
        raise FileNotFoundError(f"{SOURCE_ENV}={root}: not a directory")
    splits = sorted(root.glob("*.jsonl"), key=lambda p: (p.name != "edit.jsonl", p.name))
    cases = next((root / d for d in TESTCASE_DIRS if (root / d).is_dir()), None)
    if not splits or cases is None:
        raise FileNotFoundError(f"{SOURCE_ENV}={root}: needs the edit config as *.jsonl and one of "
                                f"{', '.join(TESTCASE_DIRS)}/")
    return splits[0], cases


@suite("ecco")
def ecco() -> list[Task]:
    """ECCO's edit pairs from ``$ERGON_ECCO_SOURCE`` (no tasks when it is unset; the hub is unreachable here)."""
    root = os.environ.get(SOURCE_ENV)
    if not root:
        return []
    return load_ecco(*source_paths(Path(root))).tasks
