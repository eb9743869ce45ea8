"""EvalPlus's suites: HumanEval+, MBPP+ (correctness) and EvalPerf (efficiency), read through ``datasets``.

Schemas, checked against evalplus/evalplus at 26d6d00 (``tools/humaneval/to_original_fmt.py``,
``tools/mbpp/to_original_fmt.py``, ``tools/evalperf/hf_upload.py``, ``evalplus/evalperf.py``):

* ``evalplus/humanevalplus`` (split ``test``): ``task_id, prompt, canonical_solution,
  entry_point, test``; ``test`` defines ``check(candidate)`` holding ``inputs = [...]`` and
  ``results = [...]`` literals (base + plus inputs, de-duplicated) and an ``assertion(out, exp,
  atol)`` call.  Six tasks with large outputs cross-check against a reference function instead
  of literal results, and ``find_zero`` has a special oracle: neither can be an Ergon test.
* ``evalplus/mbppplus`` (split ``test``): ``task_id`` (the bare number, read as ``Mbpp/N``),
  ``code, prompt, source_file, test_imports, test_list, test``; ``test`` holds module-level
  ``inputs``/``results`` literals (with the tuples, sets and complex numbers
  ``mbpp_deserialize_inputs`` made) and ``assertion(<entry_point>(*inp), exp, atol)`` (the entry
  point is read from that call).
  Special oracles (set equality, "not None", two accepted answers) and cross-checked tasks are
  left out.
* ``evalplus/evalperf`` (split ``test``): ``task_id, entry_point, prompt, reference`` (slowest
  first), ``scores`` (one per reference), ``pe_input`` (a JSON string: a list of argument lists
  of which EvalPerf uses the first; MBPP's need ``mbpp_deserialize_inputs``' tuples).  Its
  correctness tests are HumanEval+'s / MBPP+'s, so those rows are read too (see :func:`evalperf`).

Arguments travel as JSON with tuples, sets and complex numbers tagged and made again in the
sandbox (:func:`tasks.canonical.to_wire`): MBPP+'s test literals hold them as Python values, and
EvalPerf's MBPP ``pe_input`` gets them back by :func:`mbpp_restore`, evalplus's
``mbpp_deserialize_inputs``.  Floats compare with ``atol`` (``1e-6`` when the dataset gives 0 and the
output is a float, as evalplus's ``assertion``), applied as Ergon's relative-and-absolute
tolerance.  Samples files in the evalplus format use these same task ids.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

from tasks.canonical import NotCanonical, canonical, to_wire
from tasks.loaders._outputs import ReferenceFailed, reference_output
from tasks.loaders._source import column, is_hub_name, is_local, read_rows
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import Reference, Task, TestCase

VISIBLE_TESTS = 3
"""The first tests of each task are shown to models and agents (the prompt's own examples come first)."""
SPLIT = "test"
EVALPERF_SCORES = "evalperf_scores"
"""``Task.suite_data`` key the EvalPerf metric reads (``leaderboards.suite_metrics.peers``)."""


class Unconvertible(ValueError):
    """A row that is well-formed but cannot become an Ergon task; the message is the reason."""


# literals ----------------------------------------------------------------------------------
_NAMES = {"inf": math.inf, "nan": math.nan}


def literal(node: ast.expr) -> Any:
    """A Python literal from the dataset's test code (``inf``/``nan`` names allowed, as ``from math import inf``)."""

    class Names(ast.NodeTransformer):
        def visit_Name(self, name: ast.Name) -> ast.AST:
            if name.id in _NAMES:
                return ast.copy_location(ast.Constant(_NAMES[name.id]), name)
            raise Unconvertible(f"test data refers to the name {name.id!r}")

    try:
        return ast.literal_eval(Names().visit(node))
    except Unconvertible:
        raise
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as exc:
        raise Unconvertible(f"test data is not a literal ({type(exc).__name__})") from None


def json_args(args: Any) -> list[Any]:
    """``args`` as Ergon carries them (JSON, tuples, sets and complex numbers tagged: :func:`tasks.canonical.to_wire`),
    else :class:`Unconvertible`."""
    if type(args) not in (list, tuple):
        raise Unconvertible("an input is not an argument list")
    try:
        return to_wire(list(args))
    except NotCanonical as exc:
        raise Unconvertible(str(exc)) from None


def expected_output(value: Any) -> Any:
    try:
        return canonical(value)
    except NotCanonical as exc:
        raise Unconvertible(f"expected output: {exc}") from None


def _assignments(tree: ast.AST) -> dict[str, ast.expr]:
    return {t.id: node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)}


def parse_test(code: str, entry_point: str | None = None) -> tuple[str, list[list[Any]], list[Any], float]:
    """(entry point, inputs, results, atol) from evalplus's generated test code."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise Unconvertible(f"test code does not parse (line {exc.lineno})") from None
    values = _assignments(tree)
    if "results" not in values:
        raise Unconvertible("its test cross-checks a reference function instead of listing results")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id == "assertion"]
    if not calls:
        raise Unconvertible("its test uses a special oracle, not evalplus's assertion()")
    call = calls[0]
    if len(call.args) != 3:
        raise Unconvertible("its test uses a special oracle (an assertion with two accepted answers)")
    first = call.args[0]
    if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id != "candidate":
        entry_point = first.func.id
    if not entry_point:
        raise Unconvertible("no entry point found in its test")
    if "is not None" in code or "set(out)" in code:
        raise Unconvertible("its test uses a special oracle (set equality or 'not None')")
    atol = literal(call.args[2])
    inputs, results = literal(values["inputs"]), literal(values["results"])
    if len(inputs) != len(results) or not inputs:
        raise Unconvertible(f"{len(inputs)} inputs but {len(results)} results")
    return entry_point, inputs, results, float(atol)


def tolerance(atol: float, outputs: list[Any]) -> float:
    floats = any(type(o) is float for o in outputs)
    return atol if atol else (1e-6 if floats else 0.0)


def make_tests(inputs: list[Any], results: list[Any]) -> tuple[TestCase, ...]:
    return tuple(TestCase(args=json_args(i), expected=expected_output(r), label=f"plus-{n}", hidden=n >= VISIBLE_TESTS)
                 for n, (i, r) in enumerate(zip(inputs, results)))


def largest(tests: tuple[TestCase, ...]) -> TestCase:
    """The test whose arguments are largest: a correctness suite's stand-in for a performance input."""
    return max(tests, key=lambda t: len(json.dumps(t.args)))


# rows -> tasks -------------------------------------------------------------------------------
def mbpp_prompt(row: dict[str, Any]) -> str:
    """evalplus's MBPP+ prompt: the description and the first example assertion, as a docstring."""
    example = (row.get("test_list") or [""])[0]
    return f'"""\n{row["prompt"]}\n{example}\n"""\n'


def correctness_task(suite_name: str, index: int, row: dict[str, Any], mbpp: bool) -> Task:
    """A HumanEval+ or MBPP+ row as a task with its one reference (the canonical solution)."""
    task_id = column(suite_name, index, row, "task_id")
    test = column(suite_name, index, row, "test")
    prompt = column(suite_name, index, row, "prompt")
    if mbpp:
        code = column(suite_name, index, row, "code")
        entry_point, inputs, results, atol = parse_test(test)
        prompt = mbpp_prompt(row)
    else:
        entry_point = column(suite_name, index, row, "entry_point")
        code = prompt + column(suite_name, index, row, "canonical_solution")
        _, inputs, results, atol = parse_test(test, entry_point)
    tests = make_tests(inputs, results)
    perf = largest(tests)
    return Task(mutates_input=True, id=task_id, suite=suite_name, kinds=("generate",), prompt=prompt, entry_point=entry_point,
                tests=tests, perf_args=perf.args, perf_expected=perf.expected,
                references=(Reference(tier="canonical", code=code),),
                float_tolerance=tolerance(atol, results), tags=(task_id.split("/")[0].lower(),))


def convert(suite_name: str, rows: list[dict[str, Any]], make: Any, key: str = "task_id",
            prefix: str = "") -> tuple[list[Task], dict[str, str]]:
    """Each row through ``make(index, row)``; unconvertible ones are left out with their reason, by
    ``prefix`` + the row's ``key`` column."""
    tasks, skipped = [], {}
    for index, row in enumerate(rows):
        try:
            tasks.append(make(index, row))
        except Unconvertible as exc:
            skipped[prefix + str(row.get(key, index))] = str(exc)
    return tasks, skipped


def evalplus_ids(rows: list[dict[str, Any]], mbpp: bool) -> list[dict[str, Any]]:
    """Rows under evalplus's task ids: ``tools/mbpp/to_original_fmt.py`` writes MBPP+'s ``task_id`` as
    the bare number (``2``), evalplus, EvalPerf and samples files name it ``Mbpp/2``."""
    if not mbpp:
        return rows
    return [{**r, "task_id": f"Mbpp/{r['task_id']}"} if type(r.get("task_id")) is int else r for r in rows]


def _correctness_suite(name: str, source: str, mbpp: bool) -> SuiteData:
    rows, provenance = read_rows(name, source, split=SPLIT)
    rows = evalplus_ids(rows, mbpp)
    tasks, skipped = convert(name, rows, lambda i, r: correctness_task(name, i, r, mbpp))
    return SuiteData(tasks, provenance, skipped, rows=len(rows))


@suite("humanevalplus", default_source="evalplus/humanevalplus",
       source_help="a copy of evalplus/humanevalplus (hub name, or a json/jsonl/parquet file or directory)")
def humanevalplus(source: str) -> SuiteData:
    """HumanEval+: 164 tasks, correctness only (one reference, the canonical solution)."""
    return _correctness_suite("humanevalplus", source, mbpp=False)


@suite("mbppplus", default_source="evalplus/mbppplus",
       source_help="a copy of evalplus/mbppplus (hub name, or a json/jsonl/parquet file or directory)")
def mbppplus(source: str) -> SuiteData:
    """MBPP+: 378 tasks, correctness only (one reference, the canonical solution)."""
    return _correctness_suite("mbppplus", source, mbpp=True)


# EvalPerf ------------------------------------------------------------------------------------
def evalperf_task(index: int, row: dict[str, Any], correctness: dict[str, Task]) -> Task:
    task_id = column("evalperf", index, row, "task_id")
    entry_point = column("evalperf", index, row, "entry_point")
    prompt = column("evalperf", index, row, "prompt")
    references = column("evalperf", index, row, "reference", list)
    scores = column("evalperf", index, row, "scores", list)
    pe_input = column("evalperf", index, row, "pe_input")
    if len(references) != len(scores) or not references:
        raise SuiteError(f"suite 'evalperf': row {index} ({task_id}) has {len(references)} references "
                         f"but {len(scores)} scores")
    try:
        inputs = json.loads(pe_input)
    except json.JSONDecodeError as exc:
        raise SuiteError(f"suite 'evalperf': row {index} ({task_id}): pe_input is not JSON ({exc.msg})") from None
    if not isinstance(inputs, list) or not inputs:
        raise SuiteError(f"suite 'evalperf': row {index} ({task_id}): pe_input is not a non-empty list")
    checked = correctness.get(task_id)
    if checked is None:
        raise Unconvertible("no HumanEval+/MBPP+ tests for it in the correctness data read")
    first = mbpp_restore(task_id, inputs[:1])[0] if task_id.startswith("Mbpp/") else inputs[0]
    perf_args = json_args(first)
    fastest = references[-1]
    try:
        perf_expected = reference_output(fastest, entry_point, perf_args)
    except ReferenceFailed as exc:
        raise Unconvertible(str(exc)) from None
    return Task(mutates_input=True, id=task_id, suite="evalperf", prompt=prompt, entry_point=entry_point, tests=checked.tests,
                perf_args=perf_args, perf_expected=perf_expected, float_tolerance=checked.float_tolerance,
                references=tuple(Reference(tier=f"ref{i}", code=code) for i, code in enumerate(references)),
                suite_data={EVALPERF_SCORES: [float(s) for s in scores]}, tags=checked.tags)


def _tuples(items: Any) -> list[Any]:
    return [tuple(x) for x in items]


def _all_tuples(value: Any) -> Any:
    return tuple(_all_tuples(v) for v in value) if isinstance(value, list) else value


MBPP_RESTORE: dict[frozenset[int], Any] = {
    frozenset({2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429, 470, 560, 579, 596, 616, 630, 726, 740, 744,
               809}): _tuples,
    frozenset({63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780}):
        lambda inp: [_tuples(arg) for arg in inp],
    frozenset({75, 413, 444, 753}): lambda inp: [_tuples(inp[0]), inp[1]],
    frozenset({106, 750}): lambda inp: [inp[0], tuple(inp[1])],
    frozenset({115}): lambda inp: [[set(x) if isinstance(x, list) and x else {} for x in inp[0]]],
    frozenset({124}): lambda inp: [float(inp[0]), complex(inp[1])],
    frozenset({250, 405, 446, 617, 720, 763, 808}): lambda inp: [tuple(inp[0]), inp[1]],
    frozenset({259, 401, 445}): lambda inp: _tuples(_tuples(arg) for arg in inp),
    frozenset({278}): lambda inp: _tuples([[tuple(x) if isinstance(x, list) else x for x in inp[0]]]),
    frozenset({307}): lambda inp: [tuple(inp[0]), inp[1], inp[2]],
    frozenset({722}): lambda inp: [{k: tuple(v) for k, v in inp[0].items()}, *inp[1:]],
    frozenset({252}): lambda inp: [complex(inp[0])],
    frozenset({580, 615, 791}): _all_tuples,
}
"""Per MBPP task number, how one JSON input (an argument list) gets its tuples, sets and complex
numbers back: the rules of ``mbpp_deserialize_inputs`` in evalplus/data/mbpp.py (evalplus at
1bd5f4c), which its EvalPerf and MBPP+ loaders apply to ``pe_input``/``base_input``/``plus_input``."""


def mbpp_restore(task_id: str, inputs: list[Any]) -> list[Any]:
    """``inputs`` (JSON argument lists of MBPP task ``task_id``) with their tuples, sets and complex numbers back."""
    number = int(task_id.rsplit("/", 1)[-1])
    rule = next((r for numbers, r in MBPP_RESTORE.items() if number in numbers), None)
    if rule is None:
        return inputs
    try:
        return [rule(inp) for inp in inputs]
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as exc:
        raise Unconvertible(f"its inputs do not have the shape evalplus restores ({type(exc).__name__})") from None


def _companion(source: str, name: str) -> str:
    """Where HumanEval+/MBPP+ rows are for an EvalPerf source: beside a local copy, else on the hub."""
    if is_hub_name(source):
        return f"evalplus/{name}"
    base = Path(source).expanduser()
    folder = base if base.is_dir() else base.parent
    found = sorted(p for p in folder.iterdir() if p.name.lower().startswith(name) and p != base)
    if not found:
        raise SuiteError(f"suite 'evalperf': no {name} copy beside {source} (EvalPerf's correctness tests are "
                         f"HumanEval+'s and MBPP+'s): put a {name}.jsonl/.parquet file or directory there")
    return str(found[0])


@suite("evalperf", default_source="evalplus/evalperf", metrics=("evalperf-dps",),
       source_help="a copy of evalplus/evalperf: a hub name, or a directory (or a file in one) holding "
                   "evalperf, humanevalplus and mbppplus json/jsonl/parquet files or directories")
def evalperf(source: str) -> SuiteData:
    """EvalPerf: 118 performance-exercising tasks with reference solutions slowest first and their scores.

    The rows come from ``source``; HumanEval+ and MBPP+ (its correctness tests) from files named
    ``humanevalplus*``/``mbppplus*`` beside a local copy, or from the hub beside a hub name.
    """
    if is_local(source) and Path(source).expanduser().is_dir():
        rows_path = _companion(source, "evalperf")
    else:
        rows_path = source
    rows, provenance = read_rows("evalperf", rows_path, split=SPLIT)
    correctness: dict[str, Task] = {}
    skipped_correctness: dict[str, str] = {}
    for name, mbpp in (("humanevalplus", False), ("mbppplus", True)):
        wanted = "HumanEval/" if not mbpp else "Mbpp/"
        if not any(str(r.get("task_id", "")).startswith(wanted) for r in rows):
            continue
        extra, extra_provenance = read_rows("evalperf", _companion(source, name), split=SPLIT)
        extra = evalplus_ids(extra, mbpp)
        provenance[name] = extra_provenance
        tasks, skipped = convert(name, extra, lambda i, r, m=mbpp, n=name: correctness_task(n, i, r, m))
        correctness.update({t.id: t for t in tasks})
        skipped_correctness.update(skipped)
    made, skipped = [], {}
    for index, row in enumerate(rows):
        try:
            made.append(evalperf_task(index, row, correctness))
        except Unconvertible as exc:
            task_id = str(row.get("task_id", index))
            skipped[task_id] = (f"its correctness tests: {skipped_correctness[task_id]}"
                                if task_id in skipped_correctness else str(exc))
    return SuiteData(made, provenance, skipped, rows=len(rows))
