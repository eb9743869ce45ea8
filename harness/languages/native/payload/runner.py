"""In-sandbox runner for whole programs (stdin → stdout): build, count, run, report.

Runs inside the sandbox with only the job's files beside it (it imports nothing from Ergon).
``python -S runner.py`` reads ``job.json`` and writes ``result.json``.  Expected outputs never
enter the sandbox: the runner returns each run's standard output and the host compares.

The candidate is native code (or a Python program) running as the same user as this runner,
so nothing it could write decides anything:

* each test's input reaches the program over a pipe from this runner's memory; its output
  comes back over another pipe, capped;
* the **counted runs come first**, one fresh process per test under callgrind, so the first
  time the program sees an input is in a counted run: nothing can have been computed for it
  before.  Callgrind writes its dump into a pipe whose read end only this runner holds; a run
  counts only if exactly one dump of this very process arrived, triggered by its termination
  (a forked child, a dump forced by a client request or a dump written by the program itself
  are extra dumps: ``tampered``);
* the check runs come after, natively, one process per test, timed by their CPU time (the host
  refuses a count implausibly low for it);
* every run has no right to create processes (``RLIMIT_NPROC``) or to write into files
  (``RLIMIT_FSIZE`` 0), and whatever a run left running is killed before the next starts (this
  runner is the subreaper of every orphan);
* a binary holding valgrind's client-request preamble (which could stop the counting or run code
  uncounted on the real CPU) is refused before it runs.

What this cannot prevent: code the program generates at run time (a JIT) that issues client
requests, and a program that finds valgrind's memory in its own address space.

job.json: ``compile`` (argv or null), ``program`` (argv running the built program), ``binary``
(the file the compiler writes), ``tests`` (stdin texts), ``run_cpu_s`` and ``count_cpu_s`` (CPU
seconds of a native and of a counted run), ``compile_timeout_s``, ``counter_prefix`` (valgrind argv,
``{dumpfd}`` standing for its dump pipe, or null), ``output_cap``, ``env``, ``version_argv`` (the
compiler's version command).
"""

from __future__ import annotations

import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
CLIENT_REQUEST_PREAMBLE = bytes.fromhex("48c1c70348c1c70d48c1c73d48c1c733")
"""``rol $3,%rdi; rol $13,%rdi; rol $61,%rdi; rol $51,%rdi``: how every valgrind client request
begins on amd64 (valgrind.h, ``__SPECIAL_INSTRUCTION_PREAMBLE``)."""
DUMP_LINES = re.compile(r"^(pid|cmd|desc: Trigger|summary|totals):\s*(.*)$", re.M)
TAIL = 2000
WALL_FACTOR = 4
WALL_SLACK_S = 20.0


def _prctl(option: int, value: int) -> None:
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)


COUNTED_FSIZE = 1 << 20
"""Valgrind writes small files of its own (the emulated /proc/self/cmdline); a counted run may write
that much, which gains it nothing: every input is counted the first time the program sees it."""


def _limits(fsize: int, cpu_s: int) -> Any:
    def apply() -> None:
        _limit_run(fsize, cpu_s)
    return apply


def _limit_run(fsize: int, cpu_s: int) -> None:
    """In the child before exec: bounded CPU time (a busy machine stretches wall time, not this),
    no new processes or threads, no writing into files, no core."""
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()


def kill_descendants() -> int:
    """Kill every process below this one; the number that were left."""
    me, left = os.getpid(), 0
    while True:
        children = [pid for pid in _process_ids() if _parent(pid) == me]
        if not children:
            return left
        for pid in children:
            left += 1
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def _process_ids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("PPid:")), None)
    except OSError:
        return None


class _Drain(threading.Thread):
    """Reads a pipe to its end, keeping at most ``cap`` bytes (and noting that more came)."""

    def __init__(self, fd: int, cap: int):
        super().__init__(daemon=True)
        self.fd, self.cap, self.chunks, self.size, self.flooded = fd, cap, [], 0, False

    def run(self) -> None:
        while chunk := os.read(self.fd, 1 << 16):
            if self.size + len(chunk) > self.cap:
                self.flooded = True
                chunk = chunk[: max(0, self.cap - self.size)]
            self.chunks.append(chunk)
            self.size += len(chunk)
        os.close(self.fd)

    @property
    def data(self) -> bytes:
        return b"".join(self.chunks)


def _feed(fd: int, data: bytes) -> None:
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view[: 1 << 16]):]
    except OSError:  # the program stopped reading: what it read is what it gets
        pass
    finally:
        os.close(fd)


def run_one(argv: list[str], stdin: bytes, cpu_s: int, cap: int, dump: bool,
            env: dict[str, str]) -> dict[str, Any]:
    """One run of ``argv`` on ``stdin``: its exit, output (capped), CPU time and, with ``dump``,
    what callgrind wrote into the pipe named by ``{dumpfd}`` in ``argv``.  ``cpu_s`` bounds its CPU time;
    the wall-clock limit, looser, only ends a program that sleeps or blocks."""
    timeout = WALL_FACTOR * cpu_s + WALL_SLACK_S
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    fds = [in_r, out_w, err_w]
    dump_reader = None
    if dump:
        d_r, d_w = os.pipe()
        fds.append(d_w)
        argv = [a.replace("{dumpfd}", str(d_w)) for a in argv]
        dump_reader = _Drain(d_r, 64 << 20)
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdin=in_r, stdout=out_w, stderr=err_w, pass_fds=tuple(fds[3:]),
                            preexec_fn=_limits(COUNTED_FSIZE if dump else 0, cpu_s), env=env)
    for fd in fds:
        os.close(fd)
    out, err = _Drain(out_r, cap), _Drain(err_r, 1 << 16)
    for t in (out, err, *([dump_reader] if dump_reader else [])):
        t.start()
    threading.Thread(target=_feed, args=(in_w, stdin), daemon=True).start()
    timed_out, status, usage = False, 0, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if out.flooded or time.monotonic() - start > timeout:
            timed_out = not out.flooded
            os.kill(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: keep Popen from waiting again
    wall = time.monotonic() - start
    left = kill_descendants()
    for t in (out, err, *([dump_reader] if dump_reader else [])):
        t.join(timeout=10)
    result: dict[str, Any] = {
        "exit": proc.returncode, "timed_out": timed_out, "flooded": out.flooded,
        "stdout": out.data.decode("utf-8", "replace"), "stderr": err.data.decode("utf-8", "replace")[-TAIL:],
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 6) if usage else None,
        "user_s": round(usage.ru_utime, 6) if usage else None, "wall_s": round(wall, 6), "left_processes": left,
    }
    if dump_reader is not None:
        result["dump"] = _dump_summary(dump_reader.data.decode("utf-8", "replace"), proc.pid)
    return result


def _dump_summary(text: str, pid: int) -> dict[str, Any]:
    """The lines of callgrind's output that decide the count: one dump of process ``pid``, ended by
    the program's termination, or the evidence that it was not."""
    lines: dict[str, list[str]] = {}
    for key, value in DUMP_LINES.findall(text):
        lines.setdefault(key, []).append(value.strip())
    return {"pids": lines.get("pid", []), "triggers": lines.get("desc: Trigger", []),
            "totals": lines.get("totals", []), "summaries": lines.get("summary", []), "expected_pid": str(pid)}


def main() -> int:
    _prctl(PR_SET_DUMPABLE, 0)  # no ptrace or /proc/PID/mem of the runner
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    job = json.loads(Path("job.json").read_text())
    result = run(job)
    tmp = f".result.json.{os.getpid()}"
    Path(tmp).write_text(json.dumps(result))
    os.replace(tmp, "result.json")  # a file the program left at the name is replaced, not written through
    return 0


def run(job: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {"counted": [], "checked": []}
    if job.get("version_argv"):
        try:
            proc = subprocess.run(job["version_argv"], capture_output=True, text=True, timeout=30)
            result["compiler"] = (proc.stdout.splitlines() or [""])[0]
        except (OSError, subprocess.TimeoutExpired) as exc:
            return {**result, "status": "setup", "detail": f"the compiler does not run: {exc}"}
    if job.get("compile"):
        t0 = time.monotonic()
        try:
            proc = subprocess.run(job["compile"], capture_output=True, text=True, timeout=job["compile_timeout_s"])
        except subprocess.TimeoutExpired:
            kill_descendants()
            return {**result, "status": "compile-error",
                    "detail": f"compiling took longer than {job['compile_timeout_s']} s"}
        except OSError as exc:
            return {**result, "status": "setup", "detail": f"the compiler does not run: {exc}"}
        result["compile_s"] = round(time.monotonic() - t0, 3)
        if proc.returncode != 0:
            return {**result, "status": "compile-error", "detail": (proc.stderr or proc.stdout)[-TAIL:]}
        binary = Path(job["binary"]).read_bytes()
        if CLIENT_REQUEST_PREAMBLE in binary:
            return {**result, "status": "tampered",
                    "detail": "the program holds valgrind client requests (they could stop the count)"}
    tests = [t.encode("utf-8", "surrogatepass") for t in job["tests"]]
    cap = int(job["output_cap"])
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": ".", **job.get("env", {})}
    program = [sys.executable if a == "{python}" else a for a in job["program"]]
    if job.get("counter_prefix"):
        for stdin in tests:
            run = run_one([*job["counter_prefix"], *program], stdin, int(job["count_cpu_s"]), cap, dump=True, env=env)
            result["counted"].append(run)
            if run["timed_out"] or run["flooded"] or run["exit"] != 0 or run["left_processes"]:
                return {**result, "status": "ran"}
    for stdin in tests:
        run = run_one(program, stdin, int(job["run_cpu_s"]), cap, dump=False, env=env)
        result["checked"].append(run)
        if run["timed_out"] or run["flooded"] or run["exit"] != 0 or run["left_processes"]:
            break
    return {**result, "status": "ran"}


if __name__ == "__main__":
    sys.exit(main())
