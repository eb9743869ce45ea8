"""The bubblewrap command line, run for real: what a job sees of a bound directory."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sandboxes.bwrap import find_bwrap, job_uid


def test_hidden_directories_inside_bound_ones_are_empty(tmp_path: Path) -> None:
    """Ergon installed into the interpreter's prefix: the prefix is visible, the package is not."""
    prefix = tmp_path / "prefix"
    package = prefix / "site-packages"
    (package / "tasks").mkdir(parents=True)
    (package / "tasks" / "schema.py").write_text("REFERENCES = ['the fastest tier']\n")
    (prefix / "visible.txt").write_text("visible\n")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    bwrap = find_bwrap()
    uid = job_uid() if bwrap.setpriv else None
    if uid is not None:
        os.chown(scratch, uid, uid)
    status_r, status_w = os.pipe()
    try:
        argv = bwrap.argv(["/bin/sh", "-c", f"cat {prefix}/visible.txt; ls -A {package}"], scratch, [prefix],
                          [package], uid, status_w)
        result = subprocess.run(argv, pass_fds=(status_w,), capture_output=True, timeout=60)
    finally:
        os.close(status_w)
        os.close(status_r)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"visible\n"
