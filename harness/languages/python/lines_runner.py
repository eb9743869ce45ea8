"""In-sandbox line counter: how often each line of the candidate's file runs on one call.

``python -S lines_runner.py`` reads ``job.json`` (``source_file``, ``entry_point``, ``args``),
imports the candidate and calls it once under ``sys.settrace``, counting ``line`` events in
frames of the candidate's file only (module body, functions, comprehensions, generators), and
writes ``lines.json``: ``{"status": "ok" | "error", "error": ..., "lines": {"LINE": COUNT}}``.

Counts are deterministic (no clock), so they make stable feedback.  They are advice to the
model, never a score: the candidate runs in this same process and could rewrite them, which
would only mislead its own agent; the host validates their shape and takes the source text
it shows from its own copy of the code.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from canonical import from_wire

OUT = "lines.json"


def main() -> int:
    with open("job.json") as fh:
        job = json.load(fh)
    source_file, entry_point = job["source_file"], job["entry_point"]
    with open(source_file) as fh:
        code = compile(fh.read(), source_file, "exec")
    counts: dict[int, int] = {}

    def local(frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            counts[frame.f_lineno] = counts.get(frame.f_lineno, 0) + 1
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename == source_file else None

    report: dict[str, Any] = {"status": "ok"}
    namespace: dict[str, Any] = {"__name__": "candidate", "__file__": source_file}
    sys.settrace(calls)
    try:
        exec(code, namespace)
        namespace[entry_point](*from_wire(job["args"]))
    except BaseException as exc:  # the candidate's failure: the counts up to it are still reported
        report = {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:300]}
    finally:
        sys.settrace(None)
    report["lines"] = {str(line): n for line, n in counts.items()}
    with open(OUT, "w") as fh:
        json.dump(report, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
