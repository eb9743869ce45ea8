"""COFFE's function-level tasks (Peng et al., FSE 2025), read from a clone of GitHub JohnnyPeng18/Coffe.

Schema, checked against JohnnyPeng18/Coffe at 7979acb (``coffe/dataset.py``,
``coffe/code_execution.py``, ``datasets/function``): ``data.json`` is a list of 398 instances
(164 from HumanEval: ``task_id, prompt, final_prompt, canonical_solution, entry_point, test``;
234 from MBPP: ``task_id`` (an int), ``code``, ``entry_point``, ``final_prompt``, ...).  The
other files are objects keyed by the instance's ``final_prompt`` (``Dataset.get_prompt``):
``best_solutions.json`` ``[code, flag]`` — the best ground truth, its function renamed
``solution`` (``CodeProcessor(force_rename=True)``); ``testcases.json`` ``[{input: [args],
output: [expected]}]``; ``stressful_testcases.json`` ``[{input: "<Python expression giving the
argument list>", output: null}]`` (their outputs come from running the ground truth, as COFFE's
``get_expected_outputs_for_stressful_testcases`` does; :mod:`tasks.loaders._outputs`).

Each instance becomes a task with two tiers, ``canonical`` (the dataset's solution) then
``best`` (COFFE's best ground truth, the one its efficient@1 and speedup compare against): the
ordinary tests visible, the stressful tests hidden, and the stressful test with the largest
arguments as the scored input.  COFFE sums each solution's instruction counts over all its
stressful tests; Ergon counts the one scored input (``leaderboards.suite_metrics.peers``).
File-level (stdin) tasks are the ``coffe-file`` suite (:mod:`tasks.loaders.coffe_file`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tasks.canonical import NotCanonical, canonical
from tasks.loaders._outputs import ReferenceFailed, run_reference
from tasks.loaders._source import git_head, rows_digest
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import Reference, Task, TestCase

FILES = ("data.json", "best_solutions.json", "testcases.json", "stressful_testcases.json")
SUBDIR = Path("datasets") / "function"
MAX_TASK_BYTES = 20_000_000
"""Largest inputs and outputs a task may carry: each is shipped into every sandbox job of the task
(some stressful tests build inputs or outputs of hundreds of megabytes)."""


class Unconvertible(ValueError):
    """An instance that cannot become an Ergon task; the message is the reason."""


def function_dir(source: str) -> Path:
    """The folder holding the function-level files: a clone's ``datasets/function``, or the folder itself."""
    root = Path(source).expanduser()
    folder = root / SUBDIR if (root / SUBDIR).is_dir() else root
    missing = [f for f in FILES if not (folder / f).is_file()]
    if missing:
        raise SuiteError(f"suite 'coffe': {folder} lacks {', '.join(missing)}: pass --suite-source PATH to a clone of "
                         "github.com/JohnnyPeng18/Coffe (or its datasets/function folder)")
    return folder


def read_json(suite_name: str, path: Path, kind: type) -> Any:
    """A COFFE data file, or one line naming it and what is wrong."""
    try:
        value = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"suite {suite_name!r}: cannot read {path}: {exc}") from None
    if not isinstance(value, kind):
        raise SuiteError(f"suite {suite_name!r}: {path} is a {type(value).__name__}, expected a {kind.__name__}")
    return value


def task_id(instance: dict[str, Any]) -> str:
    raw = instance["task_id"]
    return f"Mbpp/{raw}" if isinstance(raw, int) else str(raw)


def best_code(code: str, entry_point: str) -> str:
    """The best ground truth under the task's entry point: COFFE renamed the function ``solution``
    (``CodeProcessor(force_rename=True)``); the name is restored rather than aliased, since an alias
    statement would be counted with the tier and COFFE's efficient@1 compares counts strictly."""
    return code if f"def {entry_point}(" in code else re.sub(r"\bsolution\b", entry_point, code)


def make_task(index: int, instance: dict[str, Any], best: dict[str, Any], tests: dict[str, Any],
              stressful: dict[str, Any]) -> Task:
    for name in ("task_id", "final_prompt", "entry_point"):
        if not instance.get(name):
            raise SuiteError(f"suite 'coffe': instance {index} ({instance.get('task_id', '?')}) has no {name!r}")
    key, entry_point, ident = instance["final_prompt"], instance["entry_point"], task_id(instance)
    canonical_code = instance.get("code") or (instance.get("prompt", "") + instance.get("canonical_solution", ""))
    if not canonical_code.strip():
        raise SuiteError(f"suite 'coffe': instance {index} ({ident}) has neither 'code' nor 'canonical_solution'")
    if key not in best or key not in tests or key not in stressful:
        raise Unconvertible("its prompt is missing from best_solutions/testcases/stressful_testcases")
    entry = best[key]
    if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
        raise SuiteError(f"suite 'coffe': best_solutions.json entry of instance {index} ({ident}) is not [code, flag]")
    fastest = best_code(entry[0], entry_point)
    cases = []
    for n, case in enumerate(tests[key]):
        if not (isinstance(case, dict) and isinstance(case.get("input"), list) and isinstance(case.get("output"), list)
                and case["output"]):
            raise SuiteError(f"suite 'coffe': testcase {n} of instance {index} ({ident}) is not {{input: [...], output: [...]}}")
        cases.append({"args": case["input"]})
    exprs = [c.get("input") for c in stressful[key] if isinstance(c, dict)]
    if not exprs or not all(isinstance(e, str) for e in exprs):
        raise Unconvertible("no stressful tests")
    try:
        outcomes = run_reference(fastest, entry_point, cases + [{"expr": e} for e in exprs])
    except ReferenceFailed as exc:
        raise Unconvertible(str(exc)) from None
    failed = [o["error"] for o in outcomes if "error" in o]
    if failed:
        raise Unconvertible(f"the best ground truth fails on a test: {failed[0][:100]}")
    size = sum(len(json.dumps(o["args"])) + len(json.dumps(o["output"])) for o in outcomes)
    if size > MAX_TASK_BYTES:
        raise Unconvertible(f"its tests are {size / 1e6:.0f} MB of JSON (over {MAX_TASK_BYTES / 1e6:.0f} MB)")
    given = [canonical_or_reason(c["output"][0]) for c in tests[key]]
    if any(g != o["output"] for g, o in zip(given, outcomes)):
        raise Unconvertible("the best ground truth disagrees with testcases.json")
    visible = [TestCase(args=o["args"], expected=o["output"], label=f"test-{n}") for n, o in enumerate(outcomes[:len(cases)])]
    heavy = [TestCase(args=o["args"], expected=o["output"], label=f"stressful-{n}", hidden=True)
             for n, o in enumerate(outcomes[len(cases):])]
    scored = max(heavy, key=lambda t: len(json.dumps(t.args)))
    return Task(mutates_input=True, id=ident, suite="coffe", kinds=("generate", "edit"), prompt=key, entry_point=entry_point,
                tests=tuple(visible + heavy), perf_args=scored.args, perf_expected=scored.expected,
                references=(Reference(tier="canonical", code=canonical_code), Reference(tier="best", code=fastest)),
                tags=(instance.get("dataset", ""),))


def canonical_or_reason(value: Any) -> Any:
    try:
        return canonical(value)
    except NotCanonical as exc:
        raise Unconvertible(f"expected output: {exc}") from None


@suite("coffe", source=True, metrics=("coffe",),
       source_help="PATH to a clone of github.com/JohnnyPeng18/Coffe (or its datasets/function folder)")
def coffe(source: str) -> SuiteData:
    """COFFE function-level: 398 instances, each with its canonical solution and best ground truth."""
    folder = function_dir(source)
    instances = read_json("coffe", folder / "data.json", list)
    best, tests, stressful = (read_json("coffe", folder / f, dict) for f in FILES[1:])
    made, skipped = [], {}
    for index, instance in enumerate(instances):
        if not isinstance(instance, dict):
            raise SuiteError(f"suite 'coffe': instance {index} of data.json is not an object")
        try:
            made.append(make_task(index, instance, best, tests, stressful))
        except Unconvertible as exc:
            skipped[task_id(instance) if instance.get("task_id") is not None else str(index)] = str(exc)
    root = Path(source).expanduser()
    provenance = {"source": str(root.resolve()), "kind": "directory", "revision": git_head(root),
                  "rows_sha256": rows_digest([instances, best, tests, stressful])}
    return SuiteData(made, provenance, skipped, rows=len(instances))
