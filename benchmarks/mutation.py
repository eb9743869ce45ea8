"""Mutation testing of the code every score rests on: do the tests fail when that code is wrong?

Each target module is mutated with Cosmic Ray (one small change at a time: a comparison
flipped, a constant changed, a branch removed) and its own targeted tests are run against every
mutant; a mutant that no test notices has *survived*.  The work happens in a throw-away copy of
the tree (the working tree, or ``--rev``), so an interrupted run never leaves a mutated file
behind, and one module is mutated at a time with only its tests: the whole suite would take hours.

    python benchmarks/mutation.py                      # every target, one after the other
    python benchmarks/mutation.py canonical retry      # some targets
    python benchmarks/mutation.py canonical --rev HEAD~3   # the score at an older commit
    python benchmarks/mutation.py --list               # targets, their tests, mutant counts
    python benchmarks/mutation.py pie --retest old.log # only what survived in an earlier run's output
    python benchmarks/mutation.py run --retest old.log --tests tests/harness/test_resume.py::test_x  # and only new tests
    python benchmarks/mutation.py run --functions evaluator      # only code added since the module was scored

Too slow for CI (minutes to an hour per module); needs ``pip install -e ".[mutation]"``.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from cosmic_ray.commands import init
from cosmic_ray.mutating import mutate_and_test
from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Target:
    module: str
    tests: tuple[str, ...]
    """Test files, or single tests (``FILE::NAME``) where the rest of a file is too slow to run per mutant."""
    functions: tuple[str, ...] = ()
    """Only mutate these top-level functions (empty: the whole module)."""


TARGETS: dict[str, Target] = {
    "canonical": Target("tasks/canonical.py", ("tests/tasks/test_canonical.py",)),
    "store": Target("harness/store.py", ("tests/harness/test_store.py", "tests/harness/test_resume.py")),
    "run": Target("harness/run.py", ("tests/harness/test_run_config.py", "tests/harness/test_resume.py",
                                     "tests/harness/test_run.py::test_slowest_tiers_are_estimated_costliest_before_anything_is_measured")),
    "counters": Target("sandboxes/counters/__init__.py", ("tests/sandboxes/test_counters.py",)),
    "extract": Target("harness/languages/python/extract.py", ("tests/harness/languages/python/test_extract.py",)),
    "fences": Target("harness/languages/fences.py", ("tests/harness/languages/python/test_extract.py",
                                                     "tests/harness/languages/test_fences.py")),
    "retry": Target("harness/endpoints/retry.py", ("tests/harness/endpoints/test_retry.py",)),
    "native-compare": Target("harness/languages/native/compare.py", ("tests/harness/languages/native/test_compare.py",)),
    # The functions that decide a check run's verdict; the counting run's need a counter (a minute a mutant).
    "evaluate": Target("harness/languages/python/evaluate.py", (
        "tests/harness/languages/python/test_verdicts.py",
        *(f"tests/harness/languages/python/test_evaluate.py::{t}"
          for t in ("test_verdicts", "test_hang_is_a_timeout", "test_failure_detail_names_the_test")),
        *(f"tests/harness/languages/python/test_tables.py::{t}"
          for t in ("test_a_source_over_the_cap_is_refused_without_running", "test_a_source_at_the_cap_runs")),
        *(f"tests/harness/languages/python/test_integrity.py::{t}"
          for t in ("test_forging_the_result_file_is_refused", "test_a_child_that_dies_without_reporting_is_a_crash",
                    "test_a_report_written_into_the_runners_pipe_is_rejected"))),
        ("_refused_source", "_process_failure", "_killed", "_child_failure", "_check")),
    # Whole programs' verdicts and counts, judged from the runner's report (a genuine dump and its forgeries).
    "native-evaluate": Target("harness/languages/native/evaluate.py", ("tests/harness/languages/native/test_verdicts.py",),
                              ("time_limit", "_run_verdict", "dump_count", "foreign_code", "counted_floor", "native_floor",
                               "refused_source", "judge", "_report")),
    # What the in-sandbox runner reads of a dump, finds left behind by a counted run, and makes of a build.
    "native-runner": Target("harness/languages/native/payload/runner.py", ("tests/harness/languages/native/test_runner.py",),
                            ("dump_summary", "object_costs", "changes", "compile_status")),
    # ISA translations' verdicts and counts, judged from the job's result (genuine runner reports).
    "asm-evaluate": Target("harness/languages/asm/evaluate.py", (
        "tests/harness/languages/asm/test_verdicts.py",
        *(f"tests/harness/languages/asm/test_runner.py::{t}"
          for t in ("test_unusable_runner_results_are_reasons_not_exceptions", "test_a_sound_runner_result_is_used"))),
        ("job_limits", "judge", "runner_result")),
    # The ISA runner's verdict on the candidate's runs against the trusted driver's.
    "asm-runner": Target("harness/languages/asm/payload/runner.py", (
        "tests/harness/languages/asm/test_outcome.py",
        *(f"tests/harness/languages/asm/test_runner.py::{t}"
          for t in ("test_plugin_report_only_framed_by_the_nonce_and_symbols", "test_records_are_compared_with_the_trusted_ones"))),
        ("plugin_report", "_close", "first_mismatch", "_failure", "outcome")),
    # What the Python runner's parent makes of the qemu plugin's counts, and how a child words a failure.
    "python-runner": Target("harness/languages/python/runner.py",
                            ("tests/harness/languages/python/test_runner_verdicts.py",
                             "tests/harness/languages/python/test_runner_reports.py"),
                            ("_qemu_counts", "_error_text", "_load_status", "run_child")),
    **{name: Target(f"metrics/{name}.py", (f"tests/metrics/test_{name}.py",))
       for name in ("aggregate", "coffe", "edit", "enamel", "evalperf", "kernelbench", "mercury", "passk", "pie",
                    "position")},
    "metrics": Target("metrics/__init__.py", ("tests/metrics",)),
    "metric-checks": Target("metrics/_checks.py", ("tests/metrics",)),
}

OPERATORS = re.compile(
    r"core/("
    # A comparison negated or moved across its boundary; the other rewrites of the same
    # comparison are mostly killed by the same test and would only multiply the run time.
    r"ReplaceComparisonOperator_(Eq_NotEq|NotEq_Eq|Lt_LtE|Lt_GtE|LtE_Lt|LtE_Gt|Gt_GtE|Gt_LtE|GtE_Gt|GtE_Lt"
    r"|Is_IsNot|IsNot_Is)"
    r"|ReplaceBinaryOperator_(Add_Sub|Sub_Add|Mul_Div|Div_Mul|FloorDiv_Div|Mod_FloorDiv|Pow_Mul|BitOr_BitAnd"
    r"|BitAnd_BitOr|LShift_RShift|RShift_LShift)"
    r"|ReplaceUnaryOperator_(USub_UAdd|Delete_Not)"
    r"|AddNot|ReplaceTrueWithFalse|ReplaceFalseWithTrue|ReplaceAndWithOr|ReplaceOrWithAnd"
    r"|ReplaceBreakWithContinue|ReplaceContinueWithBreak|NumberReplacer|ZeroIterationForLoop|ExceptionReplacer"
    r")$")


def copy_tree(rev: str | None, dest: Path) -> None:
    """The sources to mutate: ``rev`` exported from git, or the working tree as it is."""
    if rev:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
        return
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard", "-z"],
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def line_ranges(path: Path, functions: tuple[str, ...]) -> list[range]:
    tree = ast.parse(path.read_text())
    found = {node.name: range(node.lineno, (node.end_lineno or node.lineno) + 1) for node in tree.body
             if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    missing = [f for f in functions if f not in found]
    if missing:
        raise SystemExit(f"{path}: no top-level function {', '.join(missing)} (update TARGETS in {__file__})")
    return [found[f] for f in functions]


def unevaluated_annotations(path: Path) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Spans of the annotations Python never evaluates: those of function signatures (and of
    variables inside functions) in a module with ``from __future__ import annotations`` (PEP 563).

    A mutant there (``float | None`` to ``float & None``) is equivalent by construction, so it
    is not run.  Class-level annotations are kept: pydantic evaluates them.
    """
    tree = ast.parse(path.read_text())
    postponed = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and any(a.name == "annotations" for a in n.names)
                    for n in tree.body)
    if not postponed:
        return []
    spans = []

    def add(node: ast.expr | None) -> None:
        if node is not None:
            spans.append(((node.lineno, node.col_offset), (node.end_lineno or node.lineno, node.end_col_offset or 0)))

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                add(arg.annotation if arg else None)
            add(node.returns)
            for inner in ast.walk(node):
                if isinstance(inner, ast.AnnAssign):
                    add(inner.annotation)
    return spans


def test_command(tests: tuple[str, ...]) -> str:
    return shlex.join([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests])


def survivors_in(log: Path, module: str) -> set[tuple[int, str]]:
    """(line, operator) of the mutants of ``module`` a previous run of this script reported as survivors."""
    found = re.findall(rf"\] survived: {re.escape(module)}:(\d+) (\S+) in ", log.read_text())
    return {(int(line), "core/" + operator) for line, operator in found}


def prepare(target: Target, tree: Path, db: WorkDB, only: set[tuple[int, str]] | None = None) -> int:
    """Enumerate the target's mutants and skip those of excluded operators or functions, and those
    in annotations that are never evaluated."""
    module = tree / target.module
    init([module], db, {})
    ranges = line_ranges(module, target.functions) if target.functions else []
    annotations = unevaluated_annotations(module)
    kept = 0
    for item in db.pending_work_items:
        (mutation,) = item.mutations
        outside = ranges and not any(mutation.start_pos[0] in r for r in ranges)
        annotation = any(start <= tuple(mutation.start_pos) < end for start, end in annotations)
        retested = only is None or (mutation.start_pos[0], mutation.operator_name) in only
        if outside or annotation or not retested or not OPERATORS.match(mutation.operator_name):
            db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="filtered"))
        else:
            kept += 1
    return kept


def run_target(name: str, target: Target, rev: str | None, show_diffs: bool,
               retest: Path | None = None) -> tuple[int, int, int]:
    """Mutate one module; returns (killed, survived, incompetent)."""
    only = survivors_in(retest, target.module) if retest else None
    with tempfile.TemporaryDirectory(prefix=f"ergon-mutation-{name}-") as tmp:
        tree = Path(tmp)
        copy_tree(rev, tree)
        tests = tuple(t for t in target.tests if (tree / t.partition("::")[0]).exists())
        if not tests:
            print(f"{name}: none of {', '.join(target.tests)} exists at this revision; skipped")
            return 0, 0, 0
        os.chdir(tree)
        os.environ["PYTHONPATH"] = str(tree)  # this copy before the editable install
        os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # plugins cost seconds per mutant and kill none
        command = test_command(tests)
        started = time.monotonic()
        baseline = subprocess.run(shlex.split(command), capture_output=True, text=True)
        if baseline.returncode != 0:
            raise SystemExit(f"{name}: the tests fail before any mutation:\n{baseline.stdout[-3000:]}")
        timeout = max(60.0, 4 * (time.monotonic() - started))
        with use_db(str(tree / "session.sqlite")) as db:
            total = prepare(target, tree, db, only)
            print(f"{name}: {total} mutants of {target.module}, tests {' '.join(tests)}", flush=True)
            counts = {TestOutcome.KILLED: 0, TestOutcome.SURVIVED: 0, TestOutcome.INCOMPETENT: 0}
            for done, item in enumerate(db.pending_work_items, 1):
                result = mutate_and_test(item.mutations, command, timeout)
                db.set_result(item.job_id, result)
                (mutation,) = item.mutations
                outcome = result.test_outcome or TestOutcome.INCOMPETENT
                counts[outcome] += 1
                if outcome != TestOutcome.KILLED:
                    print(f"  [{done}/{total}] {outcome.value}: {target.module}:{mutation.start_pos[0]} "
                          f"{mutation.operator_name.removeprefix('core/')} in {mutation.definition_name}", flush=True)
                    if show_diffs and result.diff:
                        print("    " + "\n    ".join(result.diff.splitlines()[2:]), flush=True)
        os.chdir(ROOT)
        return counts[TestOutcome.KILLED], counts[TestOutcome.SURVIVED], counts[TestOutcome.INCOMPETENT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", choices=[[], *TARGETS], metavar="TARGET",
                        help=f"some of: {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--rev", help="mutate this git revision instead of the working tree")
    parser.add_argument("--diffs", action="store_true", help="print each survivor's diff")
    parser.add_argument("--list", action="store_true", help="list the targets and their tests, run nothing")
    parser.add_argument("--retest", type=Path, metavar="LOG",
                        help="run only the mutants this script's earlier output LOG reported as survivors (same "
                             "line and operator): after tests were added, the mutants killed before stay killed")
    parser.add_argument("--tests", nargs="+", metavar="TEST",
                        help="run these tests (files or FILE::NAME) instead of the target's own; with --retest, the "
                             "tests written to kill the survivors: a mutant some of the tests kill, all of them kill")
    parser.add_argument("--functions", nargs="+", metavar="NAME",
                        help="mutate only these top-level functions of the target (e.g. the ones added since it was "
                             "last scored) instead of its own selection")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # unwind, so the throw-away copy is removed
    names = args.targets or list(TARGETS)
    targets = {name: replace(TARGETS[name], **({"tests": tuple(args.tests)} if args.tests else {}),
                             **({"functions": tuple(args.functions)} if args.functions else {})) for name in names}
    if args.list:
        for name in names:
            t = targets[name]
            only = f" ({', '.join(t.functions)} only)" if t.functions else ""
            print(f"{name:14} {t.module}{only}\n{'':14} tests: {' '.join(t.tests)}")
        return
    rows = [(name, *run_target(name, targets[name], args.rev, args.diffs, args.retest)) for name in names]
    print(f"\n{'target':14} {'killed':>7} {'survived':>9} {'incompetent':>12} {'score':>7}")
    for name, killed, survived, incompetent in rows:
        total = killed + survived
        score = f"{killed / total:.0%}" if total else "-"
        print(f"{name:14} {killed:>7} {survived:>9} {incompetent:>12} {score:>7}")


if __name__ == "__main__":
    main()
