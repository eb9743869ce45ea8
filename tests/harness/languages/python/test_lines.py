"""Per-line execution counts of a candidate, taken in the sandbox (the optimize agent's profile feedback)."""

from __future__ import annotations

import pytest

from harness.languages import EvalContext, LineCounting, languages
from harness.languages.python.lines import LineCounts
from tasks.schema import Task

QUADRATIC = "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"


@pytest.mark.needs("bwrap")
def test_each_line_is_counted_as_often_as_it_runs_on_the_counted_input(dedupe: Task, check_only: EvalContext) -> None:
    python = languages.get("python")
    assert isinstance(python, LineCounting) and not isinstance(languages.get("asm"), LineCounting)
    found = python.line_counts(dedupe, QUADRATIC, check_only)
    assert isinstance(found, LineCounts) and found.error is None
    n, distinct = len(dedupe.perf_args[0]), len(dict.fromkeys(dedupe.perf_args[0]))
    # the def and `out = []` once (import, then call), the loop header n+1 times, the append once per new value
    assert found.lines == {1: 1, 2: 1, 3: n + 1, 4: n, 5: distinct, 6: 1}
    # comprehensions are frames of the candidate's file too; a failure keeps the counts up to it
    comp = python.line_counts(dedupe, "def dedupe(xs):\n    seen = [x\n            for x in xs]\n    return 1 / 0\n",
                              check_only)
    assert isinstance(comp, LineCounts) and comp.error == "ZeroDivisionError: division by zero"
    assert comp.lines[3] >= n and comp.lines[4] == 1


@pytest.mark.needs("bwrap")
def test_forged_counts_are_refused_and_an_exit_is_reported(dedupe: Task, check_only: EvalContext) -> None:
    python = languages.get("python")
    forged = ("import json\ndef dedupe(xs):\n    json.dump({'status': 'ok', 'lines': {'99': 5}}, open('lines.json', 'w'))\n"
              "    raise SystemExit(0)\n")
    exited = python.line_counts(dedupe, forged, check_only)
    assert isinstance(exited, LineCounts) and exited.error == "SystemExit: 0" and 99 not in exited.lines
    killer = ("import json, os\ndef dedupe(xs):\n    json.dump({'status': 'ok', 'lines': {'99': 5}}, open('lines.json', 'w'))\n"
              "    os._exit(0)\n")
    assert python.line_counts(dedupe, killer, check_only) == "the line profile names lines the program does not have"
    assert "lines.json" in python.line_counts(dedupe, "import os\nos._exit(0)\n", check_only)
