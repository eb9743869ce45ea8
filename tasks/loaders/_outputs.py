"""Expected outputs a public benchmark does not ship, computed from its own reference solution.

EvalPerf gives a performance input but not its output; like evalplus's ``trusted_exec`` (which
runs the canonical solutions on the host to build its ground truth), the loader runs the
benchmark's fastest reference once per input in a separate, isolated interpreter (``python -I``,
a fresh temporary directory, CPU-time and address-space limits) and keeps the canonical output
in a cache keyed by the code and the input, so later loads of the same data do not run it again.
Only references from the dataset run here, never a candidate's code.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tasks import canonical as canonical_module

CPU_SECONDS = 120
ADDRESS_SPACE = 8 << 30

DRIVER = """
import json, sys
spec = json.load(sys.stdin)
exec(compile(spec["canonical"], "canonical.py", "exec"), globals())
ns = {"__name__": "reference"}
exec(compile(spec["code"], "reference.py", "exec"), ns)
sys.set_int_max_str_digits(0)
sys.stdout.write(json.dumps(canonical(ns[spec["entry_point"]](*spec["args"]))))
"""


class ReferenceFailed(RuntimeError):
    """The benchmark's reference did not produce an output for the input (the message says why)."""


def cache_dir() -> Path:
    return Path(os.environ.get("ERGON_CACHE", Path.home() / ".cache" / "ergon")) / "reference-outputs"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def reference_output(code: str, entry_point: str, args: list[Any]) -> Any:
    """The canonical output of ``entry_point(*args)`` under ``code`` (cached)."""
    spec = {"code": code, "entry_point": entry_point, "args": args}
    key = hashlib.sha256(json.dumps(spec, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()
    cached = cache_dir() / f"{key}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    spec["canonical"] = Path(canonical_module.__file__).read_text()
    with tempfile.TemporaryDirectory(prefix="ergon-ref-") as scratch:
        try:
            done = subprocess.run([sys.executable, "-I", "-c", DRIVER], input=json.dumps(spec), capture_output=True,
                                  text=True, cwd=scratch, timeout=2 * CPU_SECONDS, preexec_fn=_limits,
                                  env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"})
        except subprocess.TimeoutExpired:
            raise ReferenceFailed(f"the reference took over {2 * CPU_SECONDS} s") from None
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise ReferenceFailed(f"the reference failed on the performance input: {tail[:200]}")
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(done.stdout)
    return json.loads(done.stdout)
