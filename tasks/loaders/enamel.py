"""ENAMEL (Qiu et al., ICLR 2025): HumanEval problems with input generators at levels of hardness.

Schema, checked against q-rz/enamel at b97da79 (``dataset/enamel.csv``, ``enam/evaluate.py``,
``demo.py``): ``task_id, prompt, input_generator`` (``generate_input(size, lid, cid)``, run after
``random.seed(...)`` in a scope holding ``enam/datautils.py``), ``input_levels`` (one size per
level, e.g. ``"100 10000 15000 30000"``), ``reference_solution`` (a body completing ``prompt``),
``checker`` (``__check(input, answer, output)``), ``entry_point``.  ENAMEL's defaults: 8, 4, 4, 4
tests per level, hardness weights 0, 3, 3, 4 (level 0 checks correctness only).

A task gets level 0's eight inputs as tests, the hardest level's first input as the scored
input and the middle levels' first inputs as scale inputs, all drawn from the run's input seed
(so no candidate knows them) and answered by the reference.  ENAMEL's eff then follows from the
instruction counts at the three hard levels (``leaderboards.suite_metrics.peers``), where ENAMEL
takes the slowest of four timed inputs per level.  Only the equality checker
(``type(output) == type(answer) and output == answer``) converts; tasks with a tolerance checker
are left out with that reason.  The source is a clone of the repository (the csv and
``enam/datautils.py``) or the csv alone (generators that need ``datautils`` then fail, named).
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

from tasks.loaders._outputs import ReferenceFailed, run_reference
from tasks.loaders._source import git_head, rows_digest
from tasks.loaders.evalplus import Unconvertible
from tasks.registry import SuiteData, SuiteError, suite
from tasks.schema import Reference, ScaleInput, Task, TestCase

COLUMNS = ("task_id", "prompt", "input_generator", "input_levels", "reference_solution", "checker", "entry_point")
EQUALITY_CHECKER = "return type(output) == type(answer) and output == answer"
LEVEL0_TESTS = 8
VISIBLE_TESTS = 3
HARDNESS = (0.0, 3.0, 3.0, 4.0)
ENAMEL_LEVELS = "enamel_levels"
"""``Task.suite_data`` key: the sizes of the hard levels, in the order (scale inputs ..., scored input)."""


def locate(source: str) -> tuple[Path, str]:
    """The csv and the datautils source ("" if absent) of a clone or of a csv file."""
    path = Path(source).expanduser()
    table = path / "dataset" / "enamel.csv" if path.is_dir() else path
    if not table.is_file():
        raise SuiteError(f"suite 'enamel': no dataset/enamel.csv in {source}: pass --suite-source PATH to a clone of "
                         "github.com/q-rz/enamel (or its enamel.csv)")
    root = path if path.is_dir() else path.parent.parent
    helpers = root / "enam" / "datautils.py"
    return table, helpers.read_text() if helpers.is_file() else ""


def _seed(seed: int, task_id: str, lid: int, cid: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{task_id}:{lid}:{cid}".encode()).digest()[:4], "big")


def enamel_task(index: int, row: dict[str, Any], helpers: str, seed: int) -> Task:
    missing = [c for c in COLUMNS if not row.get(c)]
    if missing:
        raise SuiteError(f"suite 'enamel': row {index} ({row.get('task_id', '?')}) has no {', '.join(map(repr, missing))}")
    task_id = row["task_id"]
    try:
        sizes = [int(s) for s in row["input_levels"].split()]
    except ValueError:
        raise SuiteError(f"suite 'enamel': row {index} ({task_id}): input_levels {row['input_levels']!r} are not sizes") from None
    if len(sizes) != len(HARDNESS):
        raise SuiteError(f"suite 'enamel': row {index} ({task_id}): {len(sizes)} input levels, expected {len(HARDNESS)}")
    if EQUALITY_CHECKER not in row["checker"]:
        raise Unconvertible("its checker allows a tolerance (only the equality checker converts)")
    code = row["prompt"] + "\n" + row["reference_solution"]  # as TPL_RUN joins them
    calls = [{"generate": [sizes[0], 0, k, _seed(seed, task_id, 0, k)]} for k in range(LEVEL0_TESTS)]
    calls += [{"generate": [sizes[j], j, 0, _seed(seed, task_id, j, 0)]} for j in range(1, len(sizes))]
    try:
        outcomes = run_reference(code, row["entry_point"], calls,
                                 generator={"helpers": helpers, "code": row["prompt"] + "\n" + row["input_generator"]})
    except ReferenceFailed as exc:
        raise Unconvertible(str(exc)) from None
    failed = [o["error"] for o in outcomes if "error" in o]
    if failed:
        raise Unconvertible(f"an input could not be made or answered: {failed[0][:100]}")
    tests = tuple(TestCase(args=o["args"], expected=o["output"], label=f"level0-{k}", hidden=k >= VISIBLE_TESTS)
                  for k, o in enumerate(outcomes[:LEVEL0_TESTS]))
    hard = outcomes[LEVEL0_TESTS:]
    scale = tuple(ScaleInput(n=sizes[j + 1], args=o["args"], expected=o["output"]) for j, o in enumerate(hard[:-1]))
    if [s.n for s in scale] != sorted({s.n for s in scale}) or scale[-1].n >= sizes[-1]:
        raise Unconvertible("its level sizes are not increasing")
    return Task(mutates_input=True, id=task_id, suite="enamel", kinds=("generate",), prompt=row["prompt"], entry_point=row["entry_point"],
                tests=tests, perf_args=hard[-1]["args"], perf_expected=hard[-1]["output"], perf_n=sizes[-1],
                scale_inputs=scale, references=(Reference(tier="reference", code=code),), seed=seed,
                suite_data={ENAMEL_LEVELS: sizes[1:]}, tags=("enamel",))


@suite("enamel", source=True, metrics=("enamel-eff",),
       source_help="PATH to a clone of github.com/q-rz/enamel (or its dataset/enamel.csv)")
def enamel(source: str, seed: int = 0) -> SuiteData:
    """ENAMEL: 164 HumanEval problems, inputs drawn per seed at ENAMEL's levels."""
    table, helpers = locate(source)
    try:
        rows = list(csv.DictReader(table.read_text().splitlines(keepends=True)))
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise SuiteError(f"suite 'enamel': cannot read {table}: {exc}") from None
    made, skipped = [], {}
    for index, row in enumerate(rows):
        try:
            made.append(enamel_task(index, row, helpers, seed))
        except Unconvertible as exc:
            skipped[str(row.get("task_id", index))] = str(exc)
    provenance = {"source": str(Path(source).expanduser().resolve()), "kind": "directory" if Path(source).is_dir() else "file",
                  "revision": git_head(Path(source).expanduser()) if Path(source).is_dir() else None,
                  "rows_sha256": rows_digest(rows), "helpers_sha256": rows_digest([helpers])}
    return SuiteData(made, provenance, skipped, rows=len(rows))
