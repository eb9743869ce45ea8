"""Instruction-count backends for Python candidates, detected per executor.

Both count the same region of interest in ``payload/runner.py`` (one performance call,
after a warm-up call on another input) and subtract an empty region measured the same way:

``perf``       retired user-space instructions from the hardware PMU via perf_event_open(2).
               Fast, but only where the (virtual) machine exposes counters — many VMs do not,
               and containers need CAP_PERFMON.  Detected by a probe job, never assumed.
``callgrind``  valgrind's exact instruction count (client requests toggle collection around
               the region).  Needs no privileges or hardware support; ≈80× slower than native.
               Identical counts run after run with a fixed ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Callable, Protocol

from sandboxes.executor import Executor, Job, JobResult, Limits
from sandboxes.payload_files import payload_files

PREFERENCE = ("perf", "callgrind")


class CounterUnavailable(RuntimeError):
    """The chosen backend cannot count in this executor."""


@dataclass(frozen=True)
class Probe:
    ok: bool
    reason: str


class CounterBackend(Protocol):
    name: str

    def probe(self, executor: Executor) -> Probe: ...

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        """The command line that runs ``argv`` under this counter."""
        ...

    def collect(self) -> tuple[str, ...]:
        """Files the measuring job must bring back."""
        ...

    def read(self, job: JobResult, runner_result: dict) -> int:
        """Net instructions of the region of interest (region minus empty region)."""
        ...


class CallgrindCounter:
    name = "callgrind"
    OUT = "cg.out"

    def probe(self, executor: Executor) -> Probe:
        env = executor.environment()
        if not env.valgrind_version:
            return Probe(False, "valgrind is not installed in the sandbox (apt-get install valgrind)")
        if not env.roi_library:
            return Probe(False, env.details.get("roi_library", "the callgrind client-request shim is not built"))
        return Probe(True, f"{env.valgrind_version}, region-of-interest client requests")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        return ("valgrind", "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no",
                f"--callgrind-out-file={self.OUT}", *argv)

    def collect(self) -> tuple[str, ...]:
        return (f"{self.OUT}.*",)

    def read(self, job: JobResult, runner_result: dict) -> int:
        regions: dict[str, int] = {}
        for name, data in job.files.items():
            if not name.startswith(self.OUT + "."):
                continue
            text = data.decode("utf-8", "replace")
            label = re.search(r"^desc: Trigger: Client Request: (\S+)$", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M) or re.search(r"^summary: (\d+)", text, re.M)
            if label and total:
                regions[label.group(1)] = int(total.group(1))
        if "ergon-perf" not in regions or "ergon-empty" not in regions:
            raise CounterUnavailable(f"callgrind wrote no region-of-interest dumps (got {sorted(regions) or 'none'})")
        return max(0, regions["ergon-perf"] - regions["ergon-empty"])


class PerfCounter:
    name = "perf"

    def probe(self, executor: Executor) -> Probe:
        files = payload_files()
        result = executor.run(Job(
            argv=("{python}", "-S", "-c", "import runner; runner._PerfCounter(); print('ok')"),
            files=files, limits=Limits(timeout_s=30),
        ))
        out = result.stdout.decode(errors="replace").strip()
        if result.exit_code == 0 and out == "ok":
            return Probe(True, "perf_event_open: hardware instruction counter")
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        return Probe(False, (lines[-1] if lines else "probe failed") + " (no PMU access here)")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        return argv

    def collect(self) -> tuple[str, ...]:
        return ()

    def read(self, job: JobResult, runner_result: dict) -> int:
        try:
            return max(0, int(runner_result["count"]) - int(runner_result["empty_count"]))
        except (KeyError, ValueError, TypeError):
            raise CounterUnavailable("the perf counter returned no count") from None


BACKENDS: dict[str, Callable[[], CounterBackend]] = {"perf": PerfCounter, "callgrind": CallgrindCounter}

_probe_cache: dict[tuple[str, str], Probe] = {}
_probe_lock = threading.Lock()


def probe(name: str, executor: Executor) -> Probe:
    """Probe a backend once per (backend, executor fingerprint) in this process."""
    key = (name, executor.environment().fingerprint)
    with _probe_lock:
        if key not in _probe_cache:
            _probe_cache[key] = BACKENDS[name]().probe(executor)
        return _probe_cache[key]


def select_counter(executor: Executor, override: str | None = None,
                   prober: Callable[[str, Executor], Probe] = probe) -> CounterBackend:
    """The backend to count with: ``override`` if given (must work), else the first that works.

    ``prober`` is injectable so the choice can be tested on machines without counters.
    """
    if override is not None:
        if override not in BACKENDS:
            raise CounterUnavailable(f"unknown counter {override!r} (choose from {', '.join(BACKENDS)})")
        answer = prober(override, executor)
        if not answer.ok:
            raise CounterUnavailable(f"counter {override!r} is not available here: {answer.reason}")
        return BACKENDS[override]()
    reasons = []
    for name in PREFERENCE:
        answer = prober(name, executor)
        if answer.ok:
            return BACKENDS[name]()
        reasons.append(f"{name}: {answer.reason}")
    raise CounterUnavailable("no instruction counter works here — " + "; ".join(reasons))

