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

from collections import defaultdict
from pathlib import Path

from tasks.loaders._programs import Loaded, field_of, find_source, jsonl_rows, problem_tests, provenance
from tasks.registry import SuiteData, suite
from tasks.schema import Reference, Task

SOURCE_HELP = ("PATH to a directory holding ECCO's edit config as JSON Lines (edit.jsonl: problem_id, input, "
               "target) and its unzipped test_cases.zip (test_cases/)")
TESTCASE_DIRS = ("test_cases", "generated_test_cases", "codenet/generated_test_cases")
PROMPT = ("The Python program below solves a competitive-programming problem (CodeNet {problem_id}): it reads "
          "the input from standard input and prints the answer to standard output.")


def load_ecco(jsonl: Path, testcases: Path) -> Loaded:
    raw_rows = list(jsonl_rows(jsonl))
    rows = [(where, {name: field_of(raw, name, str, where) for name in ("problem_id", "input", "target")})
            for where, raw in raw_rows]
    loaded = Loaded(rows=len(rows), provenance=provenance(jsonl.parent, jsonl, [raw for _, raw in raw_rows]))
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
            assets={"compare": "judge0", "time_limit_s": "5"},  # Judge0's default CPU_TIME_LIMIT
        ))
    return loaded


def source_paths(root: Path) -> tuple[Path, Path]:
    return find_source("ecco", root, ("edit.jsonl", "test.jsonl"), TESTCASE_DIRS, SOURCE_HELP)


@suite("ecco", source=True, source_help=SOURCE_HELP, metrics=("ecco-speedup",))
def ecco(source: str) -> SuiteData:
    """ECCO's edit pairs from a local copy (the hub is not reachable from every machine; the test
    cases are a zip beside the rows)."""
    return load_ecco(*source_paths(Path(source).expanduser())).suite_data()
