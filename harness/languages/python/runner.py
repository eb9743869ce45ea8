"""In-sandbox runner: loads one candidate, calls it, reports what happened.

Runs inside the sandbox (a local scratch directory or a container), so it imports nothing
from Ergon but ``canonical.py`` beside it.  It reads ``job.json`` from the working
directory and writes ``result.json``.  Expected outputs never enter the sandbox: the runner
returns canonical outputs and the host compares them.

Modes
  check    call every test input and the performance input; optionally time the
           performance call repeatedly and take its peak traced memory.
  measure  count instructions of exactly one performance call (region of interest) after
           one warm-up call on a different input, with an empty region measured the same
           way so the host can subtract the measuring overhead.
"""

from __future__ import annotations

import copy
import ctypes
import json
import os
import sys
import time
import traceback
from typing import Any, Callable

from canonical import NotCanonical, canonical

RESULT_FILE = "result.json"

# Bound before the candidate is loaded: it runs in this process and may patch the modules
# (time.perf_counter_ns = lambda: 0, copy.deepcopy, …).  The host also checks that counts
# are plausible for the measured time, since a determined candidate can still reach these.
_now = time.perf_counter_ns
_copy = copy.deepcopy
_dumps = json.dumps


def _write(result: dict[str, Any]) -> None:
    text = _dumps(result)
    with open(RESULT_FILE, "w") as fh:
        fh.write(text)


def _error_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()[-2000:]


def _load(source_file: str, entry_point: str) -> Callable[..., Any]:
    with open(source_file) as fh:
        source = fh.read()
    namespace: dict[str, Any] = {"__name__": "candidate", "__file__": source_file}
    exec(compile(source, source_file, "exec"), namespace)
    fn = namespace.get(entry_point)
    if not callable(fn):
        raise LookupError(entry_point)
    return fn


class _PerfCounter:
    """User-space retired instructions of this thread via perf_event_open(2)."""

    _PERF_TYPE_HARDWARE = 0
    _PERF_COUNT_HW_INSTRUCTIONS = 1
    _ENABLE, _DISABLE, _RESET = 0x2400, 0x2401, 0x2403
    _SYS_PERF_EVENT_OPEN = {"x86_64": 298, "aarch64": 241, "riscv64": 241}

    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        attr = (ctypes.c_uint8 * 128)()
        ctypes.memmove(attr, (ctypes.c_uint32 * 2)(self._PERF_TYPE_HARDWARE, 128), 8)
        ctypes.memmove(ctypes.addressof(attr) + 8, ctypes.byref(ctypes.c_uint64(self._PERF_COUNT_HW_INSTRUCTIONS)), 8)
        # flags: disabled(bit0) | exclude_kernel(bit5) | exclude_hv(bit6)
        ctypes.memmove(ctypes.addressof(attr) + 40, ctypes.byref(ctypes.c_uint64(1 | 1 << 5 | 1 << 6)), 8)
        machine = os.uname().machine
        fd = libc.syscall(self._SYS_PERF_EVENT_OPEN.get(machine, 298), attr, 0, -1, -1, 0)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "perf_event_open: " + os.strerror(ctypes.get_errno()))
        self._fd, self._libc = fd, libc

    def region(self, fn: Callable[[], Any]) -> tuple[Any, int]:
        self._libc.ioctl(self._fd, self._RESET, 0)
        self._libc.ioctl(self._fd, self._ENABLE, 0)
        out = fn()
        self._libc.ioctl(self._fd, self._DISABLE, 0)
        return out, int.from_bytes(os.read(self._fd, 8), "little")


def _callgrind_region(library: str) -> Callable[[Callable[[], Any], str], Any]:
    """A region-of-interest function over callgrind client requests (shim built from ``roi.c``).

    The C entry points are held in the closure, out of reach of plain attribute patching.
    """
    lib = ctypes.CDLL(library)
    zero, toggle, dump = lib.ergon_zero_stats, lib.ergon_toggle_collect, lib.ergon_dump
    dump.argtypes = [ctypes.c_char_p]
    lib.ergon_start_instrumentation()

    def region(fn: Callable[[], Any], label: str) -> Any:
        zero()
        toggle()
        out = fn()
        toggle()
        dump(label.encode())
        return out

    return region


def _check(job: dict[str, Any], fn: Callable[..., Any], result: dict[str, Any]) -> None:
    result["tests"] = [_call_capturing(fn, args) for args in job["tests"]]
    result["perf"] = _call_capturing(fn, job["perf_args"])
    result["perf_ns"] = result["perf"].pop("ns", None)
    repeats = int(job.get("timing_repeats", 0))
    if repeats and "error" not in result["perf"]:
        times = []
        energy_files = job.get("energy_files", [])
        energy_start = _read_energy(energy_files)
        for _ in range(repeats):
            args = _copy(job["perf_args"])
            t0 = _now()
            fn(*args)
            times.append(_now() - t0)
        if energy_files:
            result["energy_uj"] = _read_energy(energy_files) - energy_start
        result["wall_ns"] = times
    if job.get("trace_memory") and "error" not in result["perf"]:
        import tracemalloc

        args = _copy(job["perf_args"])
        tracemalloc.start()
        fn(*args)
        result["peak_memory_bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def _read_energy(files: list[str]) -> int:
    total = 0
    for name in files:
        with open(name) as fh:
            total += int(fh.read())
    return total


def _call_capturing(fn: Callable[..., Any], args: list[Any]) -> dict[str, Any]:
    """The call's canonical output (or error) and its duration, copying excluded."""
    args = _copy(args)
    try:
        t0 = _now()
        out = fn(*args)
        ns = _now() - t0
    except RecursionError as exc:
        return {"error": _error_text(exc), "kind": "recursion"}
    except MemoryError as exc:
        return {"error": _error_text(exc), "kind": "memory"}
    except Exception as exc:  # the candidate's own failure, reported as a verdict
        return {"error": _error_text(exc), "kind": "exception"}
    try:
        return {"output": canonical(out), "ns": ns}
    except NotCanonical as exc:
        return {"error": str(exc), "kind": "bad-output"}


def _measurer(job: dict[str, Any]) -> Callable[[Callable[..., Any], dict[str, Any]], None]:
    """Set up the counter before the candidate is loaded; returns ``measure(fn, result)``."""
    warmup, perf = _copy(job["warmup_args"]), _copy(job["perf_args"])
    if job["counter"] == "callgrind":
        region = _callgrind_region(job["roi_library"])

        def measure(fn: Callable[..., Any], result: dict[str, Any]) -> None:
            fn(*warmup)
            region(lambda: None, "ergon-empty")
            region(lambda: fn(*perf), "ergon-perf")

        return measure
    if job["counter"] == "perf":
        perf_region = _PerfCounter().region

        def measure(fn: Callable[..., Any], result: dict[str, Any]) -> None:
            fn(*warmup)
            _, result["empty_count"] = perf_region(lambda: None)
            _, result["count"] = perf_region(lambda: fn(*perf))

        return measure
    raise ValueError(f"unknown counter {job['counter']!r}")


def main() -> int:
    with open("job.json") as fh:
        job = json.load(fh)
    sys.setrecursionlimit(int(job.get("recursion_limit", 10_000)))
    result: dict[str, Any] = {"python": sys.version, "mode": job["mode"]}
    write = _write
    measure = None
    if job["mode"] == "measure":
        try:
            measure = _measurer(job)
        except Exception as exc:
            result.update(status="measure-error", error=_error_text(exc))
            write(result)
            return 0
    try:
        fn = _load(job["source_file"], job["entry_point"])
    except LookupError:
        result["status"] = "no-entry-point"
        write(result)
        return 0
    except SyntaxError as exc:
        result.update(status="syntax-error", error=_error_text(exc))
        write(result)
        return 0
    except BaseException as exc:  # anything raised while importing the candidate
        result.update(status="load-error", error=_error_text(exc))
        write(result)
        return 0
    if measure is None:
        _check(job, fn, result)
    else:
        try:
            measure(fn, result)
        except Exception as exc:
            result.update(status="measure-error", error=_error_text(exc))
            write(result)
            return 0
    result["status"] = "ok"
    write(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
