"""Instruction counters: one interface, four implementations, chosen in one place.

``perf``         retired user-space instructions from the hardware PMU via perf_event_open(2).
                 Fast, but only where the (virtual) machine exposes counters — many VMs do not,
                 and containers need CAP_PERFMON.  Detected by a probe job, never assumed.
``callgrind``    valgrind's exact instruction count, every thread's (client requests zero the
                 counters before the region of interest and dump them after it).  Needs no privileges or hardware support; ≈80× slower
                 than native.  Identical counts run after run with a fixed ``PYTHONHASHSEED``.
``qemu-host``    guest instructions of the host's own interpreter run under qemu-user (same ISA),
                 every thread's, counted by Ergon's TCG plugin between two marker instructions
                 that only the trusted shim executes.  Exact and repeatable like callgrind at
                 ≈10× native instead of ≈65×; counts differ from callgrind's by a fraction of a
                 percent (the emulated CPU model picks other libc routines), so never mix the two.
``qemu-plugin``  guest instructions of a foreign-ISA program run under qemu-user, counted by
                 Ergon's TCG plugin between two marker addresses.

A counter knows how to run a command under itself (:meth:`Counter.wrap`), which files the
job must bring back (:meth:`Counter.collect`) and how to read the net count
(:meth:`Counter.read`); it knows nothing of tasks or languages.  A run picks its counter once
with :func:`select_counter`, from the counters its languages accept, and every evaluation
uses that object.  The native pieces (``roi.c``, ``plugin.c``) live beside this module and are
built by the executors (``Makefile``).
"""

from __future__ import annotations

import platform
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

from sandboxes.executor import Executor, Job, JobResult, Limits

NATIVE_DIR = Path(__file__).parent
"""Sources of the counters' native pieces, built by each executor (``make -C`` a copy)."""
NATIVE_SOURCES = ("Makefile", "roi.c", "plugin.c", "qemu_roi.c", "qemu_plugin_v1.h")
ROI_LIBRARY = "libergonroi.so"
QEMU_PLUGIN = "libergonqemu.so"
QEMU_ROI_PLUGIN = "libergonqemuroi.so"
HOST_QEMU = f"qemu-{platform.machine()}"
"""The user-mode emulator of the host's own ISA (the sandbox's ISA is the host's)."""
MARKED_MACHINES = ("x86_64", "aarch64")
"""ISAs whose region markers ``roi.c`` defines."""


class CounterUnavailable(RuntimeError):
    """The chosen counter cannot count in this executor."""


@dataclass(frozen=True)
class Probe:
    ok: bool
    reason: str


class Counter(Protocol):
    name: str

    def probe(self, executor: Executor) -> Probe: ...

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        """The command line that runs ``argv`` under this counter."""
        ...

    def collect(self) -> tuple[str, ...]:
        """Files the measuring job must bring back."""
        ...

    def read(self, job: JobResult, report: Mapping[str, Any]) -> int:
        """Net instructions of the region of interest, from the job and the runner's report."""
        ...


class CallgrindCounter:
    name = "callgrind"
    OUT = "cg.out"

    def probe(self, executor: Executor) -> Probe:
        env = executor.environment()
        if "valgrind" not in env.versions:
            return Probe(False, "valgrind is not installed in the sandbox (apt-get install valgrind)")
        if "roi_library" not in env.tools:
            return Probe(False, env.details.get("roi_library", "the callgrind client-request shim is not built"))
        return Probe(True, f"{env.versions['valgrind']}, region-of-interest client requests")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        # one file name per process: a job may count several processes in one scratch directory
        # collection on in every thread from the start; the runner's regions zero and dump the counters
        return ("valgrind", "--tool=callgrind", "--collect-atstart=yes", "--instr-atstart=no",
                f"--callgrind-out-file={self.OUT}.%p", *argv)

    def collect(self) -> tuple[str, ...]:
        return (f"{self.OUT}.*",)

    def read(self, job: JobResult, report: Mapping[str, Any]) -> int:
        """The net count of the region dumps ``report["dumps"]`` names (the process's own, verified).

        A dump's ``summary:`` is what every thread executed since the region zeroed the counters;
        its ``totals:`` (the sum of the cost lines) also carried costs from before the zero that
        ``CALLGRIND_ZERO_STATS`` leaves in place, so it moved with what the runner did before the
        region: one class-based solution counted 93,142 or 132,197 for 76,440 and 76,975 executed.
        """
        regions: dict[str, int] = {}
        for name in report.get("dumps", ()):
            data = job.files.get(name)
            if data is None or not name.startswith(self.OUT + "."):  # only callgrind's own file names
                continue
            text = data.decode("utf-8", "replace")
            label = re.search(r"^desc: Trigger: Client Request: (\S+)$", text, re.M)
            total = re.search(r"^summary: (\d+)", text, re.M)
            if label and total:
                regions[label.group(1)] = int(total.group(1))
        if "ergon-perf" not in regions or "ergon-empty" not in regions:
            raise CounterUnavailable(f"callgrind wrote no region-of-interest dumps (got {sorted(regions) or 'none'})")
        return max(0, regions["ergon-perf"] - regions["ergon-empty"])


def _net(report: Mapping[str, Any], what: str) -> int:
    """The region's count minus the empty region's, from a report the runner's parent verified."""
    try:
        return max(0, int(report["count"]) - int(report["empty_count"]))
    except (KeyError, ValueError, TypeError):
        raise CounterUnavailable(f"the {what} counter returned no count") from None


class PerfCounter:
    name = "perf"
    PROBE = ("import ctypes, os\n"
             "attr = (ctypes.c_uint8 * 128)()\n"
             "ctypes.memmove(attr, (ctypes.c_uint32 * 2)(0, 128), 8)\n"
             "ctypes.memmove(ctypes.addressof(attr) + 8, ctypes.byref(ctypes.c_uint64(1)), 8)\n"
             "ctypes.memmove(ctypes.addressof(attr) + 40, ctypes.byref(ctypes.c_uint64(1 | 1 << 5 | 1 << 6)), 8)\n"
             "libc = ctypes.CDLL(None, use_errno=True)\n"
             "nr = {'x86_64': 298, 'aarch64': 241, 'riscv64': 241}.get(os.uname().machine, 298)\n"
             "fd = libc.syscall(nr, attr, 0, -1, -1, 0)\n"
             "if fd < 0: raise SystemExit('perf_event_open: ' + os.strerror(ctypes.get_errno()))\n"
             "print('ok')\n")

    def probe(self, executor: Executor) -> Probe:
        result = executor.run(Job(argv=("{python}", "-S", "-c", self.PROBE), files={}, limits=Limits(timeout_s=30)))
        out = result.stdout.decode(errors="replace").strip()
        if result.exit_code == 0 and out == "ok":
            return Probe(True, "perf_event_open: hardware instruction counter")
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        return Probe(False, (lines[-1] if lines else "probe failed") + " (no PMU access here)")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        return argv

    def collect(self) -> tuple[str, ...]:
        return ()

    def read(self, job: JobResult, report: Mapping[str, Any]) -> int:
        return _net(report, "perf")


class QemuHostCounter:
    """The host interpreter under qemu-user with ``qemu_roi.c``: guest instructions between markers.

    The runner's parent reads the plugin's file after the measured process has exited (no
    candidate code is left to rewrite it), checks that the markers ran exactly as the runner
    placed them (an empty region, then the counted one) and reports both counts; anything else
    is reported as tampering.  Every thread is counted (per vCPU once the process has a second
    thread, see ``qemu_roi.c``), as callgrind counts them, and a thread still running when a region
    ends is tampering.

    The CPU model matters: glibc picks its memory and string routines by the CPU features it
    sees.  Under the default ``qemu64`` it takes the plain SSE2 copies, and a copy-heavy tier
    (dedupe:dict-fromkeys) counted 17 % fewer instructions than under callgrind, whose CPU has
    AVX2 and ERMS (``rep movsb``, one count per iteration in both tools).  ``max`` (every feature
    TCG emulates) gave 0.03 %.  It can change with qemu's version, which is in the fingerprint.
    """

    name = "qemu-host"
    CPU = "max"

    def probe(self, executor: Executor) -> Probe:
        env = executor.environment()
        if platform.machine() not in MARKED_MACHINES:
            return Probe(False, f"no region markers for {platform.machine()} (only {', '.join(MARKED_MACHINES)})")
        if "qemu_roi_plugin" not in env.tools:
            return Probe(False, env.details.get("qemu_roi_plugin", "the qemu region-of-interest plugin is not built"))
        if HOST_QEMU not in env.versions:
            return Probe(False, f"{HOST_QEMU} is missing in the sandbox (apt-get install qemu-user)")
        return Probe(True, f"{env.versions[HOST_QEMU]}, TCG plugin API v1, region markers, -cpu {self.CPU}")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        return (HOST_QEMU, "-cpu", self.CPU, "-plugin", "{qemu_roi_plugin}", *argv)

    def collect(self) -> tuple[str, ...]:
        return ()

    def read(self, job: JobResult, report: Mapping[str, Any]) -> int:
        return _net(report, "qemu")


class QemuPluginCounter:
    """Guest instructions from a start marker to the program's exit, counted by Ergon's TCG plugin.

    The runner of a foreign-ISA job starts qemu itself with ``-plugin {qemu_plugin}``.  The
    guest shares qemu's process, so the plugin reports over a pipe, framed by a nonce it read
    before any guest code ran, and ends the run at a syscall a translation has no use for
    (processes, files, kernel work); the totals reach the host in the runner's report, which
    the host trusts only when the runner exited by itself (see the asm language's evaluator).
    """

    name = "qemu-plugin"

    def probe(self, executor: Executor) -> Probe:
        env = executor.environment()
        if "qemu_plugin" not in env.tools:
            return Probe(False, env.details.get("qemu_plugin", "the qemu counting plugin is not built"))
        missing = [q for q in ("qemu-aarch64", "qemu-riscv64") if q not in env.versions]
        if missing:
            return Probe(False, f"{', '.join(missing)} missing in the sandbox (apt-get install qemu-user)")
        return Probe(True, f"{env.versions['qemu-aarch64']}, TCG plugin API v1")

    def wrap(self, argv: tuple[str, ...]) -> tuple[str, ...]:
        return argv

    def collect(self) -> tuple[str, ...]:
        return ()

    def read(self, job: JobResult, report: Mapping[str, Any]) -> int:
        value = report.get("instructions")
        if not isinstance(value, int) or value < 0:
            raise CounterUnavailable("the qemu plugin reported no count")
        return value


COUNTERS: dict[str, Callable[[], Counter]] = {
    "perf": PerfCounter, "callgrind": CallgrindCounter, "qemu-host": QemuHostCounter, "qemu-plugin": QemuPluginCounter,
}

_probe_cache: dict[tuple[str, str], Probe] = {}
_probe_lock = threading.Lock()


def probe(name: str, executor: Executor) -> Probe:
    """Probe a counter once per (counter, executor fingerprint) in this process."""
    key = (name, executor.environment().fingerprint)
    with _probe_lock:
        if key not in _probe_cache:
            _probe_cache[key] = COUNTERS[name]().probe(executor)
        return _probe_cache[key]


def select_counter(executor: Executor, accepted: Sequence[str], override: str | None = None,
                   prober: Callable[[str, Executor], Probe] = probe) -> Counter:
    """The counter to count with: ``override`` if given (must work and be accepted), else the
    first of ``accepted`` (in preference order) that works here.

    ``prober`` is injectable so the choice can be tested on machines without counters.
    """
    if override is not None:
        if override not in COUNTERS:
            raise CounterUnavailable(f"unknown counter {override!r} (choose from {', '.join(COUNTERS)})")
        if override not in accepted:
            raise CounterUnavailable(f"counter {override!r} cannot measure these tasks (use {' or '.join(accepted)})")
        answer = prober(override, executor)
        if not answer.ok:
            raise CounterUnavailable(f"counter {override!r} is not available here: {answer.reason}")
        return COUNTERS[override]()
    reasons = []
    for name in accepted:
        answer = prober(name, executor)
        if answer.ok:
            return COUNTERS[name]()
        reasons.append(f"{name}: {answer.reason}")
    raise CounterUnavailable("no instruction counter works here — " + "; ".join(reasons))

