"""COFFE's file-level tasks (Peng et al., FSE 2025): whole Python programs reading standard input,
read from a clone of GitHub JohnnyPeng18/Coffe, posed in the ``python-program`` language.

Schema, checked against JohnnyPeng18/Coffe at 7979acb (``coffe/dataset.py``, ``coffe/evaluator.py``,
``coffe/code_execution.py``, ``datasets/``): ``datasets/file/data.json`` lists 358 instances
``{dataset, final_prompt}`` (300 from ``codeparrot/apps``, 58 from ``deepmind/code_contests``);
the other files are objects keyed by ``final_prompt``: ``best_solutions.json`` ``[code, io]`` (the
best ground truth; ``io`` true for a stdin program), ``stressful_testcases.json`` (a list of code
strings each defining ``generate_input()`` that returns a stdin text), ``testcases.json``
``[{input: [stdin], output: [stdout]}]`` and ``solutions.json`` ``{prompt2groundtruth: {prompt:
[[code, io], ...]}}``.  The clone lacks ``datasets/file/testcases.json`` and ``solutions.json``
(and ``codeparrot_apps/testcases.json``); the same prompts' files under ``datasets/deepmind_code_contests/``
are there, so they are read in their place for that source's instances.

Each instance becomes a program task: its ``testcases.json`` cases (the first three visible) and
its stressful tests (hidden), whose inputs come from calling the generators in order after one
``random.seed(1024)`` and whose outputs from the first ground truth of ``solutions.json``, as
COFFE's ``get_expected_outputs_for_stressful_testcases`` makes them (the best ground truth stands in
where ``solutions.json`` is absent).  Tiers, slowest first: ``canonical`` (that first ground
truth, where there is one and it differs) and ``best``.  Outputs are compared with COFFE's
``is_equal`` (``compare`` rule ``coffe``).  COFFE counts a program's instructions over its
stressful tests only; Ergon counts every test of a program task (see
``harness/languages/native/evaluate.py``), correctness tests included.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tasks.loaders._outputs import ReferenceFailed, run_program_reference
from tasks.loaders._source import git_head, rows_digest
from tasks.loaders.coffe import MAX_TASK_BYTES, Unconvertible, read_json
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import Reference, Task, TestCase

SUBDIR = Path("datasets") / "file"
FILES = ("data.json", "best_solutions.json", "stressful_testcases.json")
SOURCES = {"deepmind/code_contests": "deepmind_code_contests", "codeparrot/apps": "codeparrot_apps"}
"""Each instance's source benchmark and its folder under ``datasets/``, where its test cases and
ground truths also are."""
STRESS_SEED = 1024
"""``random.seed(1024)`` in COFFE's ``unsafe_execute`` before the stressful tests' generators run."""
VISIBLE_TESTS = 3
SOURCE_HELP = "PATH to a clone of github.com/JohnnyPeng18/Coffe (its datasets/file and datasets/<source> folders)"


def file_dir(source: str) -> Path:
    """The folder holding the file-level files: a clone's ``datasets/file``, or the folder itself."""
    root = Path(source).expanduser()
    folder = root / SUBDIR if (root / SUBDIR).is_dir() else root
    missing = [f for f in FILES if not (folder / f).is_file()]
    if missing:
        raise SuiteError(f"suite 'coffe-file': {folder} lacks {', '.join(missing)}: pass --suite-source {SOURCE_HELP}")
    return folder


class Companions:
    """``testcases.json`` and ``solutions.json`` for each instance: the file level's own when the
    clone has them, else those of the instance's source benchmark beside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read: dict[Path, Any] = {}

    def _file(self, path: Path, kind: type) -> Any:
        if path not in self._read:
            self._read[path] = read_json("coffe-file", path, kind) if path.is_file() else None
        return self._read[path]

    def _places(self, dataset: str) -> list[Path]:
        own = [self.folder]
        source = SOURCES.get(dataset)
        return own + ([self.folder.parent / source] if source else [])

    def testcases(self, dataset: str, prompt: str) -> list[Any] | None:
        for place in self._places(dataset):
            found = self._file(place / "testcases.json", dict)
            if found is not None and prompt in found:
                return found[prompt]
        return None

    def first_groundtruth(self, dataset: str, prompt: str) -> str | None:
        for place in self._places(dataset):
            found = self._file(place / "solutions.json", dict)
            truths = (found or {}).get("prompt2groundtruth", {}).get(prompt)
            if truths:
                first = truths[0]
                return first[0] if isinstance(first, list) and first and isinstance(first[0], str) and \
                    (len(first) < 2 or first[1]) else None
        return None

    def files(self) -> list[str]:
        return sorted(str(p) for p, v in self._read.items() if v is not None)


def task_id(index: int, instance: dict[str, Any]) -> str:
    source = str(instance.get("dataset") or "unknown").split("/")[-1]
    return f"coffe-file/{re.sub(r'[^A-Za-z0-9_.-]', '_', source)}-{index}"


def make_task(index: int, instance: dict[str, Any], best: dict[str, Any], stressful: dict[str, Any],
              companions: Companions) -> Task:
    ident = task_id(index, instance)
    prompt, dataset = instance.get("final_prompt"), instance.get("dataset")
    if not isinstance(prompt, str) or not prompt or not isinstance(dataset, str):
        raise SuiteError(f"suite 'coffe-file': instance {index} of data.json needs 'final_prompt' and 'dataset' strings")
    entry = best.get(prompt)
    if entry is None:
        raise Unconvertible("its prompt is missing from best_solutions.json")
    if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
        raise SuiteError(f"suite 'coffe-file': best_solutions.json entry of instance {index} ({ident}) is not [code, io]")
    if len(entry) > 1 and entry[1] is not True:
        raise Unconvertible("its best ground truth is a function, not a stdin program")
    cases = companions.testcases(dataset, prompt)
    if cases is None:
        raise Unconvertible(f"no testcases.json in the clone holds its prompt (datasets/file/testcases.json and "
                            f"datasets/{SOURCES.get(dataset, '?')}/testcases.json)")
    tests = []
    for n, case in enumerate(cases):
        if not (isinstance(case, dict) and _one_text(case.get("input")) and _one_text(case.get("output"))):
            raise SuiteError(f"suite 'coffe-file': testcase {n} of instance {index} ({ident}) is not "
                             "{input: [stdin], output: [stdout]}")
        tests.append(TestCase(stdin=case["input"][0], stdout=case["output"][0], label=f"test-{n}",
                              hidden=n >= VISIBLE_TESTS))
    generators = stressful.get(prompt)
    if not generators or not all(isinstance(g, str) for g in generators):
        raise Unconvertible("no stressful tests (generator code) for it")
    canonical = companions.first_groundtruth(dataset, prompt)
    try:
        outcomes = run_program_reference(canonical or entry[0], generators, STRESS_SEED)
    except ReferenceFailed as exc:
        raise Unconvertible(str(exc)) from None
    failed = [o["error"] for o in outcomes if "error" in o]
    if failed:
        raise Unconvertible(f"a stressful test cannot be made: {failed[0][:120]}")
    tests += [TestCase(stdin=o["stdin"], stdout=o["stdout"], label=f"stressful-{n}", hidden=True)
              for n, o in enumerate(outcomes)]
    size = sum(len(t.stdin or "") + len(t.stdout or "") for t in tests)
    if size > MAX_TASK_BYTES:
        raise Unconvertible(f"its tests are {size / 1e6:.0f} MB (over {MAX_TASK_BYTES / 1e6:.0f} MB)")
    references = [Reference(tier="best", code=entry[0])]
    if canonical and canonical != entry[0]:
        references.insert(0, Reference(tier="canonical", code=canonical))
    return Task(id=ident, suite="coffe-file", kinds=("generate", "edit"), language="python-program",
                prompt=re.sub(r"\s*```python\s*$", "", prompt), tests=tuple(tests), references=tuple(references),
                assets={"compare": "coffe"}, tags=(dataset,))


def _one_text(value: Any) -> bool:
    return isinstance(value, list) and len(value) >= 1 and isinstance(value[0], str)


@suite("coffe-file", source=True, metrics=("coffe",), source_help=SOURCE_HELP)
def coffe_file(source: str) -> SuiteData:
    """COFFE file level: 358 stdin programs, each with its best ground truth (and first ground truth) as tiers."""
    folder = file_dir(source)
    instances = read_json("coffe-file", folder / "data.json", list)
    best, stressful = (read_json("coffe-file", folder / f, dict) for f in FILES[1:])
    companions = Companions(folder)
    made, skipped = [], {}
    for index, instance in enumerate(instances):
        if not isinstance(instance, dict):
            raise SuiteError(f"suite 'coffe-file': instance {index} of data.json is not an object")
        try:
            made.append(make_task(index, instance, best, stressful, companions))
        except Unconvertible as exc:
            skipped[task_id(index, instance)] = str(exc)
    root = Path(source).expanduser()
    provenance = {"source": str(root.resolve()), "kind": "directory", "revision": git_head(root),
                  "rows_sha256": rows_digest([instances, best, stressful]), "companions": companions.files()}
    return SuiteData(made, provenance, skipped, rows=len(instances))
