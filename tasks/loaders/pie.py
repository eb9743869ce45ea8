"""PIE (Shypula et al., "Learning Performance-Improving Code Edits", ICLR 2024) as an ``edit`` suite.

The release (LearningOpt/pie README: splits on Google Drive, no official hub copy) is JSON Lines,
one row per pair of accepted C++ submissions to a CodeNet problem: ``src_code`` (slower),
``tgt_code`` (faster), ``problem_id``, ``src_id``, ``tgt_id``, ``tests`` (the test indices to
benchmark with), ``src_agg_runtime``/``tgt_agg_runtime`` (PIE's measured runtimes); test cases are
files ``{problem_id}/input.{i}.txt`` and ``output.{i}.txt`` under a test-case directory (the
"merged" set the paper used).

Each row becomes an edit task: the model is given ``src_code`` and asked for a faster program.
Its reference tiers, slowest first: ``src``, ``tgt`` and ``best``, the fastest ``tgt_code`` of any
pair of the same problem by PIE's runtimes (its "best known" program); a row whose problem has no
program faster than its own ``tgt`` gets the fastest other program of the problem below ``src``
instead, and a problem with fewer than three distinct programs cannot be converted (said so).
Outputs are judged with PIE's own rule (``harness/languages/native/compare.py``: ``pie``); programs
are built with PIE's flags (``g++ --std=c++17 -O3``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from tasks.loaders._programs import Loaded, MalformedRow, field_of, find_source, jsonl_rows, problem_tests, provenance
from tasks.registry import SuiteData, suite
from tasks.schema import Reference, Task

SOURCE_HELP = "PATH to a PIE download: a split such as test.jsonl beside the test cases (merged_test_cases/)"
TESTCASE_DIRS = ("merged_test_cases", "testcases", "test_cases", "public_test_cases")
PROMPT = ("The C++ program below solves a competitive-programming problem (CodeNet {problem_id}): it reads the "
          "input from standard input and prints the answer to standard output.")


def _row(where: str, row: dict[str, Any]) -> dict[str, Any]:
    out = {name: field_of(row, name, str, where) for name in ("src_code", "tgt_code", "problem_id")}
    for name in ("src_id", "tgt_id"):
        out[name] = str(row.get(name) or "")
    for name in ("src_agg_runtime", "tgt_agg_runtime"):
        value = row.get(name)
        if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0):
            raise MalformedRow(f"{where}: field {name!r} must be a positive number, got {value!r}")
        out[name] = value
    tests = row.get("tests")
    if tests is not None and (not isinstance(tests, list) or not all(isinstance(t, (int, str)) for t in tests)):
        raise MalformedRow(f"{where}: field 'tests' must be a list of test indices")
    try:
        out["tests"] = None if tests is None else [int(t) for t in tests]
    except ValueError:
        raise MalformedRow(f"{where}: field 'tests' holds a non-integer index") from None
    return out


def load_pie(jsonl: Path, testcases: Path) -> Loaded:
    """Tasks from a PIE split and its test-case directory; rows that cannot be tasks are listed."""
    raw_rows = list(jsonl_rows(jsonl))
    rows = [(where, _row(where, raw)) for where, raw in raw_rows]
    loaded = Loaded(rows=len(rows), provenance=provenance(jsonl.parent, jsonl, [raw for _, raw in raw_rows]))
    programs: dict[str, dict[str, float | None]] = defaultdict(dict)
    for _, r in rows:  # every program of a problem, with PIE's runtime where known
        for side in ("src", "tgt"):
            known = programs[r["problem_id"]].get(r[f"{side}_code"])
            programs[r["problem_id"]][r[f"{side}_code"]] = known or r[f"{side}_agg_runtime"]
    for where, r in rows:
        task_id = f"pie/{r['problem_id']}/{r['src_id'] or where.split(':')[-1]}"
        if r["src_code"] == r["tgt_code"]:
            loaded.skipped.append((where, "src_code and tgt_code are the same program"))
            continue
        best = _third_tier(r, programs[r["problem_id"]])
        if best is None:
            loaded.skipped.append((where, f"problem {r['problem_id']} has no third program with a known runtime "
                                          "faster than src (needs 3 tiers)"))
            continue
        tests = problem_tests(testcases / r["problem_id"], r["tests"])
        if not tests:
            loaded.skipped.append((where, f"no test cases for problem {r['problem_id']} under {testcases}"))
            continue
        references = [Reference(tier="src", code=r["src_code"]), Reference(tier="tgt", code=r["tgt_code"])]
        references.insert(2 if best[0] else 1, Reference(tier="best" if best[0] else "other", code=best[1]))
        if task_id in {t.id for t in loaded.tasks}:
            task_id = f"{task_id}-{where.split(':')[-1]}"
        loaded.tasks.append(Task(
            id=task_id, suite="pie", kinds=("edit",), language="cpp", prompt=PROMPT.format(problem_id=r["problem_id"]),
            tests=tests, references=tuple(references), float_tolerance=1e-3, tags=("pie", r["problem_id"]),
            assets={"compare": "pie", "time_limit_s": "10"},  # PIE's timeout_seconds_binary
        ))
    return loaded


def _third_tier(r: dict[str, Any], programs: dict[str, float | None]) -> tuple[bool, str] | None:
    """``(faster_than_tgt, code)`` of the third reference: the problem's fastest program beyond the
    pair if it beats ``tgt`` (tier ``best``), else the fastest other one that beats ``src`` (a tier
    between them, ``other``); ``None`` when neither exists or runtimes are unknown."""
    src_t, tgt_t = r["src_agg_runtime"], r["tgt_agg_runtime"]
    others = [(t, code) for code, t in programs.items()
              if code not in (r["src_code"], r["tgt_code"]) and t is not None]
    if not others or src_t is None or tgt_t is None:
        return None
    fastest = min(others)
    if fastest[0] < tgt_t:
        return True, fastest[1]
    between = [o for o in others if tgt_t <= o[0] < src_t]
    return (False, max(between)[1]) if between else None


def source_paths(root: Path) -> tuple[Path, Path]:
    """The split file and the test-case directory in a PIE download directory."""
    return find_source("pie", root, ("test.jsonl",), TESTCASE_DIRS, SOURCE_HELP)


@suite("pie", source=True, source_help=SOURCE_HELP, metrics=("pie",))
def pie(source: str) -> SuiteData:
    """PIE's pairs from a download directory (the release is on Google Drive, not on the hub)."""
    return load_pie(*source_paths(Path(source).expanduser())).suite_data()
