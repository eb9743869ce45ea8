"""In-sandbox runner for whole programs (stdin → stdout): build, count, run, report.

Runs inside the sandbox with only the job's files beside it (it imports nothing from Ergon).
``python -S runner.py`` reads ``job.json`` and writes ``result.json``.  Expected outputs never
enter the sandbox: the runner returns each run's standard output and the host compares.

The candidate is native code (or a Python program) running as the same user as this runner,
so nothing it could write decides anything:

* each test's input reaches the program over a pipe from this runner's memory; its output
  comes back over another pipe, capped;
* ``job.json`` (every test's input) is read into this runner's memory and removed before the
  compiler starts, so neither the compiler (``#include``, ``#embed``) nor the program can read it;
  the compiler's CPU time is capped (answers computed at compile time are work not counted);
* the **counted runs come first**, one fresh process per test under callgrind, so the first
  time the program sees an input is in a counted run: nothing can have been computed for it
  before.  Callgrind writes its dump into a FIFO the executor made (``$ERGON_PIPES/dump``) in a
  directory the program can neither change nor replace, and which it holds no descriptor of:
  it cannot redirect callgrind's dump, only add text beside it, and a run counts only if the
  FIFO carried exactly one dump, of this very process, triggered by its termination (a forked
  child, a dump forced by a client request or text written by the program itself are extra:
  ``tampered``);
* every run starts in a fresh empty directory, removed after it; a counted run that leaves
  anything behind in a place a later run could read (files, their times or modes, ``/tmp``,
  ``/dev/shm``, System V IPC) is ``tampered``, so no answer computed under the count can be
  handed to a later run;
* a seccomp filter denies every run new namespaces and mounts (in a user namespace of its own
  the program could mount over the FIFO's directory), the calls that keep state outside the
  process or hand work to the kernel (keyring, BPF, sockets, System V IPC, io_uring, ...), and a
  counted program ``execve`` (the new image would run natively, with the same pid, and could write
  a dump of its own);
* each counted run's report carries the dump's cost per object (and per function of valgrind's
  preloaded objects and of code in no file), for the host to see code run outside the count;
* the check runs come after, natively, one process per test, timed by their CPU time (the host
  refuses a count implausibly low for it);
* every run has no right to create processes (``RLIMIT_NPROC``) or to write into files
  (``RLIMIT_FSIZE`` 0), and whatever a run left running is killed before the next starts (this
  runner is the subreaper of every orphan);
* a binary holding valgrind's client-request preamble (which could stop the counting or run code
  uncounted on the real CPU) is refused before it runs.

What this cannot prevent: code the program generates at run time (a JIT) that issues client
requests (callgrind names it ``???`` as it names honest ELF stubs), and a program that finds
valgrind's memory in its own address space.

job.json: ``compile`` (argv or null), ``program`` (argv running the built program, ``{bin}``
standing for the build directory), ``binary`` (the file the compiler writes), ``tests`` (stdin
texts), ``run_cpu_s`` and ``count_cpu_s`` (CPU seconds of a native and of a counted run),
``compile_timeout_s`` and ``compile_cpu_s``, ``counter_prefix`` (valgrind argv, ``{dump}`` standing
for its dump FIFO, or null), ``output_cap``, ``env``, ``version_argv`` (the compiler's version command).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import resource
import select
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from reaper import become_subreaper, kill_descendants

PR_SET_DUMPABLE = 4
CLIENT_REQUEST_PREAMBLE = bytes.fromhex("48c1c70348c1c70d48c1c73d48c1c733")
"""``rol $3,%rdi; rol $13,%rdi; rol $61,%rdi; rol $51,%rdi``: how every valgrind client request
begins on amd64 (valgrind.h, ``__SPECIAL_INSTRUCTION_PREAMBLE``)."""
DUMP_LINES = re.compile(r"^(pid|cmd|desc: Trigger|desc: Timerange|summary|totals|version|# callgrind format)[ \t]*:?[ \t]*(.*)$", re.M)
DUMP_HEADER = "# callgrind format\n"
TAIL = 2000
WALL_FACTOR = 4
WALL_SLACK_S = 20.0


import ctypes  # noqa: E402  (after the constants the docstring refers to)

_LIBC = ctypes.CDLL(None, use_errno=True)
"""Resolved before any fork: a child must not dlsym."""


def _prctl(option: int, value: int, arg: int = 0) -> int:
    return _LIBC.prctl(option, ctypes.c_ulong(value), ctypes.c_ulong(arg), 0, 0)


PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
AUDIT_ARCH_X86_64 = 0xC000003E
DENIED_SYSCALLS = {"unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161,
                   "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
                   "mount_setattr": 442,
                   "add_key": 248, "request_key": 249, "keyctl": 250, "bpf": 321, "socket": 41, "socketpair": 53,
                   "seccomp": 317, "shmget": 29, "shmat": 30, "shmctl": 31, "semget": 64, "semop": 65, "semctl": 66,
                   "shmdt": 67, "msgget": 68, "msgsnd": 69, "msgrcv": 70, "msgctl": 71, "semtimedop": 220,
                   "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "userfaultfd": 323,
                   "perf_event_open": 298, "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311}
"""x86_64 numbers of the calls refused (``EPERM``) to every run: those that make namespaces or change
what a path means, and those that keep state outside the process or do work outside its CPU time
(the kernel keyring survives a run and could hand a counted answer to the native one; a BPF socket
filter parses and sums in the kernel, as system time; System V IPC, io_uring, userfaultfd,
perf_event_open, ptrace and process_vm_* reach other processes or the kernel's workers).  A program
reads stdin and writes stdout: it needs none of them.  It may not add a seccomp filter of its own
either (``seccomp``, and ``prctl(PR_SET_SECCOMP)`` below)."""
PRCTL = 157
CLONE, CLONE3 = 56, 435
CLONE_NEW_FLAGS = 0x7E020080
"""CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME."""


EXECVE, EXECVEAT = 59, 322
VALGRIND_TEXT = (0x58000000, 0x59000000)
"""Where valgrind's tool binary (``callgrind-amd64-linux``, linked at the fixed address 0x58000000)
lies: every system call of a program under valgrind is made from there."""


def _seccomp_program(counted: bool) -> bytes | None:
    """A classic-BPF seccomp filter denying new namespaces and mounts (x86_64; ``None`` elsewhere),
    and in a counted run any ``execve`` made from valgrind's code, i.e. by the counted program.

    Under valgrind an ``execve`` replaces the counted process by a native one with the same pid,
    which could then write a dump of its own while callgrind's never comes; refused, valgrind
    ends the run (status 101).  The execs that start valgrind come from elsewhere (the runner's
    libc, the launcher).  ``clone3`` gets ``ENOSYS`` (its flags sit in memory a filter cannot
    read; libc falls back to ``clone``, whose flags it can), and x32 calls ``EPERM``.  Layout per
    seccomp(2): ``struct seccomp_data {int nr; u32 arch; u64 instruction_pointer; u64 args[6]}``.
    """
    if platform.machine() != "x86_64":
        return None
    ld, jeq, jset, jge, ret = 0x20, 0x15, 0x45, 0x35, 0x06
    allow, eperm, enosys = 0x7FFF0000, 0x00050000 | 1, 0x00050000 | 38
    ins: list[tuple[int, int, int, int]] = []

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> None:
        ins.append((code, jt, jf, k))

    def deny_here() -> None:
        op(ret, eperm)

    denied = list(DENIED_SYSCALLS.values())
    op(ld, 4)                                        # arch
    op(jeq, AUDIT_ARCH_X86_64, 1, 0)
    deny_here()
    op(ld, 0)                                        # nr
    op(jge, 0x40000000, 0, 1)                        # x32
    deny_here()
    for i, nr in enumerate(denied):                  # -> the EPERM at the end
        op(jeq, nr, len(denied) - i - 1 + (19 if counted else 10), 0)
    if counted:
        op(jeq, EXECVE, 1, 0)
        op(jeq, EXECVEAT, 0, 6)                      # not an exec: on to clone
        op(ld, 12)                                   # instruction pointer, high half
        op(jeq, 0, 0, 4)
        op(ld, 8)                                    # low half
        op(jge, VALGRIND_TEXT[0], 0, 2)
        op(jge, VALGRIND_TEXT[1], 1, 0)
        deny_here()
        op(ld, 0)
    op(jeq, PRCTL, 0, 3)
    op(ld, 16)                                       # args[0], low half: prctl's option
    op(jeq, PR_SET_SECCOMP, 7, 0)
    op(ld, 0)
    op(jeq, CLONE3, 0, 1)
    op(ret, enosys)
    op(jeq, CLONE, 0, 2)
    op(ld, 16)                                       # args[0], low half: clone's flags
    op(jset, CLONE_NEW_FLAGS, 1, 0)
    op(ret, allow)
    deny_here()
    return b"".join(struct.pack("HBBI", *i) for i in ins)


def _seccomp_fprog(counted: bool) -> Any:
    """``struct sock_fprog`` for the filter, built before any fork (``None`` where there is none)."""
    program = _seccomp_program(counted)
    if program is None:
        return None
    filters = ctypes.create_string_buffer(program, len(program))
    fprog = ctypes.create_string_buffer(struct.pack("HxxxxxxQ", len(program) // 8, ctypes.addressof(filters)))
    _KEEP.append(filters)
    return fprog


_KEEP: list[Any] = []
"""Buffers the filters point into, alive as long as the runner."""
_SECCOMP_FPROG = {counted: _seccomp_fprog(counted) for counted in (False, True)}


def _deny_namespaces(counted: bool) -> None:
    """Install the filter in this (child) process; exits it if the kernel refuses."""
    fprog = _SECCOMP_FPROG[counted]
    if fprog is None:
        return
    if _prctl(PR_SET_NO_NEW_PRIVS, 1) != 0 or _prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog)) != 0:
        os.write(2, b"ergon runner: cannot install the seccomp filter\n")
        os._exit(125)


COUNTED_FSIZE = 1 << 20
"""Valgrind writes small files of its own (the emulated /proc/self/cmdline); a counted run may write
that much (what it leaves behind is ``tampered``)."""


def _limits(counted: bool, cpu_s: int) -> Any:
    def apply() -> None:
        _limit_run(counted, cpu_s)
    return apply


def _limit_run(counted: bool, cpu_s: int) -> None:
    """In the child before exec: bounded CPU time (a busy machine stretches wall time, not this),
    no new processes or threads, no writing into files (but valgrind's own, counted), no core,
    no namespaces, no exec out of the count."""
    fsize = COUNTED_FSIZE if counted else 0
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()
    _deny_namespaces(counted)


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


class _DumpReader(threading.Thread):
    """Reads the dump FIFO while a counted run goes on.  Opened read-write before the program
    starts, so that no end-of-file comes before callgrind has opened it; :meth:`finish` (after the
    process was reaped, so every writer is gone) takes what is left."""

    def __init__(self, path: str, cap: int):
        super().__init__(daemon=True)
        self.fd = os.open(path, os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)
        self.chunks: list[bytes] = []
        self.cap, self.size, self.done = cap, 0, threading.Event()

    def _read_available(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                return
            if not chunk:
                return
            if self.size < self.cap:
                self.chunks.append(chunk[: self.cap - self.size])
            self.size += len(chunk)

    def run(self) -> None:
        while not self.done.is_set():
            if select.select([self.fd], [], [], 0.05)[0]:
                self._read_available()

    def finish(self) -> str:
        self.done.set()
        self.join(timeout=10)
        self._read_available()
        os.close(self.fd)
        return b"".join(self.chunks).decode("utf-8", "replace")


def run_one(argv: list[str], stdin: bytes, cpu_s: int, cap: int, dump: str | None,
            env: dict[str, str], cwd: str) -> dict[str, Any]:
    """One run of ``argv`` in ``cwd`` on ``stdin``: its exit, output (capped), CPU time and, with
    ``dump`` (the FIFO callgrind writes into), what arrived there.  ``cpu_s`` bounds its CPU time;
    the wall-clock limit, looser, only ends a program that sleeps or blocks."""
    timeout = WALL_FACTOR * cpu_s + WALL_SLACK_S
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    fds = [in_r, out_w, err_w]
    dump_reader = _DumpReader(dump, 64 << 20) if dump else None
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdin=in_r, stdout=out_w, stderr=err_w, cwd=cwd,
                            preexec_fn=_limits(dump is not None, cpu_s), env=env)
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
    for t in (out, err):
        t.join(timeout=10)
    result: dict[str, Any] = {
        "exit": proc.returncode, "timed_out": timed_out, "flooded": out.flooded,
        "stdout": out.data.decode("utf-8", "replace"), "stderr": err.data.decode("utf-8", "replace")[-TAIL:],
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 6) if usage else None,
        "user_s": round(usage.ru_utime, 6) if usage else None, "wall_s": round(wall, 6), "left_processes": left,
    }
    if dump_reader is not None:
        result["dump"] = {**dump_summary(dump_reader.finish(), proc.pid), "cwd": cwd}
    return result


def dump_summary(text: str, pid: int) -> dict[str, Any]:
    """The lines of what arrived in the dump FIFO that decide the count: one dump of process
    ``pid``, ended by the program's termination, and nothing else, or the evidence that it was not."""
    lines: dict[str, list[str]] = {}
    for key, value in DUMP_LINES.findall(text):
        lines.setdefault(key, []).append(value.strip())
    return {"pids": lines.get("pid", []), "triggers": lines.get("desc: Trigger", []),
            "totals": lines.get("totals", []), "summaries": lines.get("summary", []),
            "timeranges": lines.get("desc: Timerange", []), "headers": len(lines.get("# callgrind format", [])),
            "versions": len(lines.get("version", [])), "starts_clean": text.startswith(DUMP_HEADER),
            "bytes": len(text), "expected_pid": str(pid), "objects": object_costs(text)}


FOREIGN_OBJECTS = re.compile(r"(^\?\?\?$)|(/vgpreload_[^/]*$)")
"""Objects whose costs are reported function by function: code that belongs to no file (``???``:
generated at run time, or stubs callgrind has no name for) and valgrind's own preloaded objects."""


def object_costs(text: str) -> dict[str, Any]:
    """Each object's own (exclusive) instruction count in the dump, and, for the objects
    ``FOREIGN_OBJECTS`` matches, each function's: ``{"self": {ob: n}, "foreign": [[ob, fn, n], ...]}``.

    Callgrind's format (callgrind_format(5)): ``ob=``/``fn=`` name the code the cost lines below
    belong to; a ``calls=`` line is followed by one cost line holding the call's inclusive cost,
    which is the callee's and is skipped here.  Names are uncompressed (``--compress-strings=no``)."""
    obj, fn, after_call = "", "", False
    own: dict[str, int] = {}
    foreign: dict[tuple[str, str], int] = {}
    for line in text.splitlines():
        if line.startswith("ob="):
            obj = line[3:].strip()
        elif line.startswith("fn="):
            fn = line[3:].strip()
        elif line.startswith("calls="):
            after_call = True
        elif line[:1] in ("+", "-", "*") or line[:1].isdigit():
            if after_call:
                after_call = False
                continue
            fields = line.split()
            if len(fields) > 1 and fields[1].isdigit():
                own[obj] = own.get(obj, 0) + int(fields[1])
                if FOREIGN_OBJECTS.search(obj):
                    foreign[(obj, fn)] = foreign.get((obj, fn), 0) + int(fields[1])
    return {"self": own, "foreign": [[o, f, n] for (o, f), n in sorted(foreign.items())][:200]}


RUNS_DIR = "runs"
WATCHED = ("/tmp", "/dev/shm", "/dev/mqueue")
"""Places every run may write (besides its own directory): a counted run must leave them as it found them."""
IPC_TABLES = ("/proc/sysvipc/shm", "/proc/sysvipc/msg", "/proc/sysvipc/sem")


def _state(root: Path) -> dict[str, Any]:
    """What a run could leave for a later one outside its own directory: the entries of the
    build directory (name, type, mode, content digest, extended attributes), of ``/tmp``,
    ``/dev/shm`` and ``/dev/mqueue``, and System V IPC objects.  Times are not compared but
    reset (:func:`_reset_times`), so nothing encoded in them survives either."""
    entries: dict[str, Any] = {}
    for path in [root, *sorted(root.iterdir())]:
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else None
        entries["." if path == root else path.name] = [st.st_mode, st.st_uid, digest, _xattrs(path)]
    runs = root / RUNS_DIR
    entries[f"{RUNS_DIR}/*"] = sorted(os.listdir(runs)) if runs.is_dir() else None
    watched = {d: sorted(os.listdir(d)) for d in WATCHED if os.path.isdir(d) and os.access(d, os.R_OK)}
    ipc = {t: Path(t).read_text().count("\n") for t in IPC_TABLES if os.path.exists(t)}
    return {"build": entries, "watched": watched, "ipc": ipc}


def _xattrs(path: Path) -> list[str]:
    try:
        return sorted(os.listxattr(path, follow_symlinks=False))
    except OSError:
        return []


def _times(root: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.lstat().st_atime_ns, p.lstat().st_mtime_ns) for p in [root, *root.iterdir()]}


def _reset_times(times: dict[Path, tuple[int, int]]) -> None:
    for path, ns in times.items():
        try:
            os.utime(path, ns=ns, follow_symlinks=False)
        except OSError:
            pass


def changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    """What differs between two :func:`_state` snapshots, briefly ('' when nothing)."""
    b, a = before["build"], after["build"]
    for name in sorted(set(a) - set(b)):
        return f"left {name!r} in the build directory"
    for name in sorted(set(b) - set(a)):
        return f"removed {name!r} from the build directory"
    for name in sorted(b):
        if a[name] != b[name]:
            return f"changed {name!r} (its mode, owner, content or attributes)"
    for place, names in after["watched"].items():
        new = sorted(set(names) - set(before["watched"].get(place, [])))
        if new:
            return f"left {new[0]!r} in {place}"
    for table, n in after["ipc"].items():
        if n != before["ipc"].get(table, n):
            return f"left System V IPC objects ({table})"
    return ""


def main() -> int:
    _prctl(PR_SET_DUMPABLE, 0)  # no ptrace or /proc/PID/mem of the runner
    become_subreaper()
    job = json.loads(Path("job.json").read_text())
    os.unlink("job.json")  # every test's input: out of the compiler's and the program's reach from here on
    result = run(job)
    tmp = f".result.json.{os.getpid()}"
    Path(tmp).write_text(json.dumps(result))
    os.replace(tmp, "result.json")  # a file the program left at the name is replaced, not written through
    return 0


def _compile(job: dict[str, Any]) -> dict[str, Any]:
    """Build the program under a CPU-time cap: ``{"status": ..., "detail": ..., "compile_s", "compile_cpu_s"}``
    (status ``ok``, ``compile-error``, ``compile-resource`` or ``setup``)."""
    cap = int(job.get("compile_cpu_s") or job["compile_timeout_s"])
    t0 = time.monotonic()
    try:
        proc = subprocess.Popen(job["compile"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (cap, cap + 1)))
    except OSError as exc:
        return {"status": "setup", "detail": f"the compiler does not run: {exc}"}
    out = _Drain(proc.stdout.fileno(), 1 << 20)  # type: ignore[union-attr]
    out.start()
    deadline, usage, status = t0 + job["compile_timeout_s"], None, 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.kill(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    proc.returncode = os.waitstatus_to_exitcode(status)
    kill_descendants()
    out.join(timeout=10)
    cpu = round(usage.ru_utime + usage.ru_stime, 3) if usage else None  # the driver's and every pass it waited for
    done = {"compile_s": round(time.monotonic() - t0, 3), "compile_cpu_s": cpu}
    text = out.data.decode("utf-8", "replace")
    overran = time.monotonic() > deadline
    return {**done, **compile_status(proc.returncode, cpu, cap, text, job["compile_timeout_s"] if overran else None)}


def compile_status(exit_code: int, cpu_s: float | None, cap: int, output: str, overran_s: float | None) -> dict[str, str]:
    """``{"status": ..., "detail": ...}`` of a finished build: ``compile-resource`` if it reached
    the CPU cap (however the compiler reports it), ``compile-error`` if it failed or ran past its
    wall-clock limit (``overran_s``, else ``None``), ``ok`` otherwise."""
    if (cpu_s is not None and cpu_s >= cap) or "CPU time limit" in output or exit_code == -signal.SIGXCPU:
        return {"status": "compile-resource",
                "detail": f"compiling used more than {cap} s of CPU time (work done by the compiler is not counted)"}
    if overran_s is not None:
        return {"status": "compile-error", "detail": f"compiling took longer than {overran_s} s"}
    if exit_code != 0:
        return {"status": "compile-error", "detail": output[-TAIL:]}
    return {"status": "ok", "detail": ""}


def run(job: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {"counted": [], "checked": []}
    if job.get("version_argv"):
        try:
            proc = subprocess.run(job["version_argv"], capture_output=True, text=True, timeout=30)
            result["compiler"] = (proc.stdout.splitlines() or [""])[0]
        except (OSError, subprocess.TimeoutExpired) as exc:
            return {**result, "status": "setup", "detail": f"the compiler does not run: {exc}"}
    if job.get("compile"):
        built = _compile(job)
        status = built.pop("status")
        result.update(built)
        if status != "ok":
            return {**result, "status": status}
        binary = Path(job["binary"]).read_bytes()
        if CLIENT_REQUEST_PREAMBLE in binary:
            return {**result, "status": "tampered",
                    "detail": "the program holds valgrind client requests (they could stop the count)"}
    tests = [t.encode("utf-8", "surrogatepass") for t in job["tests"]]
    cap = int(job["output_cap"])
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": ".", **job.get("env", {})}
    program = [sys.executable if a == "{python}" else a for a in job["program"]]
    root = Path.cwd()
    (root / RUNS_DIR).mkdir()
    if job.get("counter_prefix"):
        pipes = os.environ.get("ERGON_PIPES")
        if not pipes or not os.path.exists(os.path.join(pipes, "dump")):
            return {**result, "status": "setup", "detail": "the executor made no dump pipe ($ERGON_PIPES/dump)"}
        dump = os.path.join(pipes, "dump")
        prefix = [a.replace("{dump}", dump) for a in job["counter_prefix"]]
        before, times = _state(root), _times(root)
        for i, stdin in enumerate(tests):
            run = _run_in_fresh_dir(root, job, [*prefix, *program], stdin, int(job["count_cpu_s"]), cap, dump, env, i)
            result["counted"].append(run)
            _reset_times(times)
            if changed := changes(before, _state(root)):
                return {**result, "status": "tampered", "detail": f"counted run {i + 1} {changed}"}
            if run["timed_out"] or run["flooded"] or run["exit"] != 0 or run["left_processes"]:
                return {**result, "status": "ran"}
    for i, stdin in enumerate(tests):
        run = _run_in_fresh_dir(root, job, program, stdin, int(job["run_cpu_s"]), cap, None, env, i)
        result["checked"].append(run)
        if run["timed_out"] or run["flooded"] or run["exit"] != 0 or run["left_processes"]:
            break
    return {**result, "status": "ran"}


def _run_in_fresh_dir(root: Path, job: dict[str, Any], argv: list[str], stdin: bytes, cpu_s: int, cap: int,
                      dump: str | None, env: dict[str, str], i: int) -> dict[str, Any]:
    """:func:`run_one` in an empty directory of its own holding copies of the files the program
    needs (``run_files``: the binary, or the Python program and its boot script), removed after."""
    where = root / RUNS_DIR / f"{'c' if dump else 'r'}{i}"
    where.mkdir()
    for name in job.get("run_files", []):
        shutil.copy2(root / name, where / name)
    try:
        return run_one(argv, stdin, cpu_s, cap, dump, env, str(where))
    finally:
        for top, dirs, _ in os.walk(where):  # the program may have taken its own permissions away
            for d in dirs:
                try:
                    os.chmod(os.path.join(top, d), 0o700)
                except OSError:
                    pass
        shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
