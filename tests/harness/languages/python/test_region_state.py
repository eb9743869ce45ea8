"""Every counted region starts from the same collector state, whatever ran before it in the process.

With the old runner one tier's scored region counted 2,549,757 instructions in a job that also carried
the scale inputs and 2,309,148 in one that did not: the cyclic collector ran in the region or not,
over a heap the runner had filled.  The runner's ``loud()`` (the last step before a region opens)
freezes every object made so far, so a collection in a region sees only the candidate's objects.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import harness.languages.python as python_language
import tasks

RUNNER_DIR = Path(python_language.__file__).parent
PROBE = """
import gc, sys
import runner
prim = runner._primitives()
earlier = [[i] for i in range(5000)]  # what the runner and earlier regions leave behind
prim.loud()
print(gc.get_freeze_count(), gc.get_count()[0])
"""


def test_a_region_starts_with_everything_made_before_it_out_of_the_collectors_reach() -> None:
    out = subprocess.run([sys.executable, "-S", "-c", PROBE], capture_output=True, text=True, check=True, timeout=60,
                         env={"PYTHONPATH": f"{RUNNER_DIR}:{Path(tasks.__file__).parent}"}).stdout
    frozen, young = map(int, out.split())
    assert frozen >= 5000 and young == 0, out
