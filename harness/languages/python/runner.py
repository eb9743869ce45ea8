"""In-sandbox runner: a trusted parent that runs the candidate in children and reports.

Runs inside the sandbox (a local scratch directory or a container) with only ``canonical.py``
beside it; it imports nothing else from Ergon.  ``python -S runner.py`` reads ``job.json`` and
writes ``result.json``; a child gets the job from the parent, in ``marshal``, over the pipe that
brings its secret.  Expected outputs never enter the sandbox: the host compares outputs.

Why a parent and children: the candidate runs in the child's process, as the same user, so
anything the child writes (files, pipes) the candidate could write too.  The parent never runs
candidate code.  It hands each child a fresh secret over a pipe (read before the candidate is
loaded, then held only in a local variable), and accepts a child's report only with a valid
HMAC under that secret; the report also carries digests of the counter dumps the child read
back right after valgrind wrote them, so dumps rewritten later are detected.  Under qemu the
plugin writes its counts when the child exits; the parent reads them then and accepts them only
if the region markers ran exactly as the child's runner placed them.  The parent kills
every descendant (it is their subreaper) before it writes ``result.json`` atomically and exits 0;
the host trusts the file only from a runner that exited 0.

Before loading the candidate, a child seals itself with an audit hook (PEP 578) that refuses
what could reach the measurement from Python: ctypes and mmap (client requests, patching
code), /proc (its own memory), threads, processes and signals (work outside the region),
frame and gc introspection (the runner's secret and region functions).  An audit hook is no
boundary for native calls, and some start processes without an event (``_posixsubprocess`` loaded
under another name, ``_imp.create_builtin``): a process the counter does not follow could do the
work.  So each child also installs a seccomp filter that refuses new processes and programs at
the system-call level (threads stay allowed; they run in the counted process); under qemu-user,
which refuses seccomp, the counter's plugin ends the process at such a call instead.

Modes
  check    one child: import the candidate under tracemalloc and call it on the scored input
           (peak memory covers import-time work), then every test, checking after each call
           that the arguments are unchanged unless the task allows it; optionally time the
           scored call repeatedly (CPU and wall time).  Stops at the first resource failure.
  measure  one fresh child: an empty region, then for each input in the job's order (the scored
           input first, then the scale inputs, largest first) one region covering the candidate's
           import (a fresh module namespace each time) *and* the call, so nothing it computes on
           the way to an answer goes uncounted.  No warm-up call.  The scored input is the first
           candidate code the process runs, so nothing can have been precomputed for it; anything
           a later region reuses from an earlier, larger one only lowers the smaller counts, which
           makes the empirical complexity look worse, never better.  (One process instead of one
           per input: each valgrind start costs about a second of CPU before any work.)
"""

from __future__ import annotations

import copy
import gc
import marshal
import os
import struct
import sys
import time

from canonical import NotCanonical, canonical

# The measuring child imports this module under the counter, where every module costs start-up time
# before the first count: under qemu-user ``json``, ``traceback``, ``signal`` and ``typing`` (through
# ``re`` and ``enum``), ``hashlib`` (OpenSSL) and ``platform`` took ~0.5 s of CPU in every job.  So the
# child imports only C modules and small ones; the parent's modules (json, subprocess, hmac, hashlib,
# reaper) are imported in its functions, and the types only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

RESULT_FILE = "result.json"
CALLGRIND_OUT = "cg.out"
QEMU_OUT = "qemu-roi.out"
QEMU_REGION = ["begin", "end"]
"""The markers around one region; a counting child runs a warm-up and the empty region, then one per input."""
QEMU_LEADING = 2
"""Regions before the inputs': the warm-up (thrown away), then the empty one (the baseline)."""
BLOCKED_EVENTS = (
    "ctypes.", "mmap.", "_thread.start_new_thread", "os.fork", "os.forkpty", "os.exec", "os.posix_spawn",
    "os.spawn", "os.system", "os.kill", "os.killpg", "subprocess.Popen", "pty.spawn", "sys._getframe",
    "sys._current_frames", "sys.setprofile", "sys.settrace", "gc.get_objects", "gc.get_referrers",
    "gc.get_referents", "signal.", "os.chmod", "os.symlink", "os.link", "os.rename", "os.remove", "os.rmdir",
    "os.truncate", "shutil.", "socket.", "os.mkdir", "os.mkfifo", "os.mknod", "os.setxattr", "os.removexattr",
    "os.utime", "os.chown", "os.chdir", "os.listdir", "os.scandir", "os.walk", "glob.", "os.add_dll_directory",
    "sys.addaudithook",
)
SEALED_MODULES = ("_posixsubprocess", "subprocess", "ctypes", "_ctypes", "mmap", "multiprocessing", "_multiprocessing",
                  "pty")
FRAME_ATTRIBUTES = {"tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_back", "f_locals", "f_globals"}


class Sealed(PermissionError):
    """Raised inside the candidate for an operation the sealed runner refuses."""


# -- parent ------------------------------------------------------------------------------------

def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def run_child(job: dict[str, Any], purpose: str, prefix: list[str]) -> dict[str, Any]:
    """One child for ``purpose`` under ``prefix`` (e.g. valgrind); its verified report."""
    import hashlib
    import hmac
    import json
    import subprocess  # the parent's only: a child never has it loaded (see ``_seal``)

    from reaper import kill_descendants

    secret = os.urandom(32)
    key_r, key_w = os.pipe()
    rep_r, rep_w = os.pipe()
    argv = [*prefix, sys.executable, "-S", _compiled_runner(), "--child", purpose, str(key_r), str(rep_w)]
    proc = subprocess.Popen(argv, pass_fds=(key_r, rep_w), stdin=subprocess.DEVNULL)
    os.close(key_r)
    os.close(rep_w)
    # the secret, then the job with its arguments made again (``from_wire``): marshal, which the child
    # reads without importing anything, and the revival runs natively here, not under the counter
    try:
        with open(key_w, "wb") as fh:
            fh.write(secret + marshal.dumps(job))
    except BrokenPipeError:  # the child ended before reading it: it reports nothing, which is reported
        pass
    raw = _read_all(rep_r)
    _, status, usage = os.wait4(proc.pid, 0)
    kill_descendants()
    out: dict[str, Any] = {"exit": os.waitstatus_to_exitcode(status), "cpu_s": usage.ru_utime + usage.ru_stime}
    lines = raw.splitlines()
    if not lines:
        return {**out, "status": "no-report", "error": f"the candidate's process ended without a report (exit {out['exit']})"}
    if len(lines) > 1:
        return {**out, "status": "tampered", "error": f"{len(lines)} report lines from the child (one expected)"}
    try:
        envelope = json.loads(lines[0])
        body, mac = envelope["body"], envelope["mac"]
    except (ValueError, KeyError, TypeError):
        return {**out, "status": "tampered", "error": "the child's report is not the runner's"}
    if not hmac.compare_digest(mac, hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()):
        return {**out, "status": "tampered", "error": "the child's report does not carry the runner's signature"}
    report = json.loads(body)
    if job.get("counter") == "qemu-host" and purpose == "measure":
        problem = _qemu_counts(proc.pid, report, list(job["inputs"]))
        if problem:
            return {**out, **problem}
    digests = report.pop("dump_digests", {})
    for name, digest in digests.items():
        try:
            with open(name, "rb") as fh:
                same = hashlib.sha256(fh.read()).hexdigest() == digest and not os.path.islink(name)
        except OSError:
            same = False
        if not same:
            return {**out, "status": "tampered", "error": f"{name} changed after the counter wrote it"}
    return {**out, **report, **({"dumps": sorted(digests)} if digests else {})}


def _qemu_counts(pid: int, report: dict[str, Any], labels: list[str]) -> dict[str, Any] | None:
    """Add the qemu plugin's counts to each region of ``report``; a failing status if its markers are wrong.

    The plugin writes its file when the child exits, after any candidate code ran, so no digest is
    needed.  It counts every thread; a thread still running at a marker (one that outlived the call,
    perhaps started natively, out of the child's sight) makes the count depend on scheduling, and is
    tampering.  Markers only the trusted shim executes must appear exactly as the runner placed them
    (the warm-up and empty regions, then one per input it reports, in the job's order of ``labels``; the
    report's keys come sorted): one more (the candidate reaching the shim's code) is tampering,
    whatever the child reported.
    """
    name = f"{QEMU_OUT}.{pid}"
    try:
        if os.path.islink(name):
            raise OSError("a link")
        with open(name) as fh:
            lines = [line.split() for line in fh]
        os.remove(name)  # a later child given the same pid must not find it (the plugin creates it exclusively)
    except OSError:
        return {"status": "measure-error", "error": f"the qemu plugin wrote no counts ({name})"}
    try:
        executed = int(lines[0][1]) if lines and lines[0][0] == "marks" else -1
        marks = [(kind, int(value)) for kind, value in lines[1:] if kind in QEMU_REGION]
        (unjoined,) = [int(value) for kind, value in lines[1:] if kind == "unjoined"]
    except (ValueError, IndexError):
        return {"status": "measure-error", "error": f"{name} is not the qemu plugin's"}
    if unjoined:
        return {"status": "tampered", "error": f"threads still ran at {unjoined} region markers: the candidate's "
                                               "threads must end within its call"}
    kinds = [kind for kind, _ in marks]
    if executed != len(marks) or kinds != (QEMU_REGION * len(kinds))[:len(kinds)]:
        return {"status": "tampered", "error": f"region markers ran out of order ({executed} executed: "
                                               f"{' '.join(kinds[:8])}): only the runner may open or close a region"}
    regions = report.get("regions")
    if isinstance(regions, dict) and regions:
        if len(marks) != len(QEMU_REGION) * (QEMU_LEADING + len(regions)):
            return {"status": "tampered", "error": f"{len(marks)} region markers for {len(regions)} counted regions"}
        spans = [marks[i + 1][1] - marks[i][1] for i in range(0, len(marks), 2)]
        ran = [label for label in labels if label in regions]
        if ran != labels[:len(regions)]:
            return {"status": "measure-error", "error": "the counted regions are not the job's inputs in order"}
        for label, count in zip(ran, spans[QEMU_LEADING:]):
            regions[label].update(empty_count=spans[QEMU_LEADING - 1], count=count)
    return None


def _revived(job: dict[str, Any]) -> dict[str, Any]:
    """The job with its arguments made again (tuples, sets, complex numbers travel tagged in JSON),
    by the parent: making them is not the candidate's cost."""
    from canonical import from_wire

    for key in ("perf_args", "tests", "recheck"):
        if key in job:
            job[key] = from_wire(job[key])
    if "inputs" in job:
        job["inputs"] = {label: from_wire(args) for label, args in job["inputs"].items()}
    return job


def _compiled_runner() -> str:
    """This file and ``canonical.py`` compiled to bytecode here, natively; the path the child runs.

    Compiling the runner costs its child ~0.3 s of CPU under qemu-user (more under valgrind),
    before any region, in every job; the parent runs natively and compiles both in milliseconds.
    A job's files are fresh in every job, so nothing compiled here outlives it.
    """
    import py_compile

    import canonical as canonical_module

    py_compile.compile(canonical_module.__file__, doraise=True)
    return py_compile.compile(os.path.abspath(__file__), cfile=os.path.abspath("runner.pyc"), doraise=True)


def parent(job: dict[str, Any]) -> dict[str, Any]:
    from reaper import become_subreaper

    become_subreaper()
    result: dict[str, Any] = {"python": sys.version, "mode": job["mode"]}
    if job["mode"] == "check":
        result["check"] = run_child(job, "check", [])
    else:
        result["measure"] = run_child(job, "measure", list(job["counter_prefix"]))
    return result


def write_result(result: dict[str, Any]) -> None:
    """Atomically: a file or link the candidate left at the name is replaced, never written through."""
    import json

    tmp = f".{RESULT_FILE}.{os.getpid()}"
    with open(tmp, "w") as fh:
        fh.write(json.dumps(result))
    os.replace(tmp, RESULT_FILE)


# -- child -------------------------------------------------------------------------------------

def _error_text(exc: BaseException) -> str:
    """The exception's line as a traceback ends with it (``module.Type: message``; a syntax error with
    its place); text the candidate chose (a lone surrogate…) is made storable.

    Not ``traceback.format_exception_only``: ``traceback`` imports ``re`` and ``tokenize``, ~0.1 s of
    CPU under qemu-user in every counted child.
    """
    kind = type(exc)
    module = kind.__module__ if isinstance(kind.__module__, str) else "<unknown>"
    name = kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"
    try:
        message = (f"{exc.msg} ({exc.filename}, line {exc.lineno})" if isinstance(exc, SyntaxError)
                   else str(exc))
    except BaseException:
        message = "<exception str() failed>"
    text = (f"{name}: {message}" if message else name)[-2000:]
    return text.encode("utf-8", "replace").decode("utf-8")


def _namedtuple_without_frames() -> None:
    """``collections.namedtuple`` names the caller's module from ``sys._getframe(1)``, which the seal
    refuses (a frame leads to the runner's); honest code calls it (``selectors``, ``decimal``, a
    solution's own record type).  The replacement passes ``module`` instead.  It is compiled in a
    namespace of its own, so its ``__globals__`` lead nowhere but to the original function.
    """
    import collections

    namespace: dict[str, Any] = {"_namedtuple": collections.namedtuple}
    exec("def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):\n"
         "    return _namedtuple(typename, field_names, rename=rename, defaults=defaults,\n"
         "                       module='candidate' if module is None else module)\n", namespace)
    collections.namedtuple = namespace["namedtuple"]


def _seal(allowed_writes: tuple[str, ...], hidden: tuple[str, ...] = ("job.json",)) -> None:
    """Refuse, from now on, what could reach the measurement from Python (see the module docstring).

    Before it installs the hook it puts the runner out of the candidate's reach: ``__main__``
    becomes an empty module (the runner's functions and classes could otherwise be patched to run
    after the region), ``sys.argv`` no longer tells a check from a counting run, and modules that
    start processes or call C without an audit event of their own (``_posixsubprocess``) leave
    ``sys.modules`` and cannot be imported again.

    The hook itself calls nothing the candidate can rebind: every function it uses is a C function
    bound here, in its closure, and strings are only handled through ``str``'s own methods on exact
    ``str`` objects (a ``str`` subclass or a path-like object could answer differently each time it is
    asked).  Paths are resolved here, symlink by symlink (``/dev/fd/../mem`` is ``/proc/self/mem``),
    not with ``os.path.realpath``, whose Python helpers the candidate could rebind.  ``hidden``
    files (the job, with every input of the run) cannot be opened at all.  Directories can be listed
    only in the interpreter's own library (``sys.path`` but the job's directory): the import system
    lists a package's directory the first time it imports from it (``xml.etree``, ``email.mime``).
    """
    blocked, frame_attributes, modules = BLOCKED_EVENTS, frozenset(FRAME_ATTRIBUTES), frozenset(SEALED_MODULES)
    lstat, readlink, getcwd, sealed = os.lstat, os.readlink, os.getcwd, Sealed
    startswith, split, join, decode = str.startswith, str.split, str.join, bytes.decode
    isdisjoint = frozenset.isdisjoint
    exact_str, exact_bytes, exact_int = str, bytes, int
    me = os.getpid()
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    here = getcwd()
    writes = frozenset(allowed_writes)
    refused = frozenset(here + "/" + name for name in hidden)
    _namedtuple_without_frames()
    libraries = tuple(root + "/" for root in (os.path.realpath(p) for p in sys.path if p) if root not in (here, "/"))
    for name in (*modules, "canonical"):  # canonical may be imported again: a new copy, not the runner's
        sys.modules.pop(name, None)
    sys.modules["__main__"] = type(sys)("__main__")
    sys.argv[:] = ["candidate.py"]
    os.environ.pop("LD_PRELOAD", None)

    def resolved(path: str) -> str:
        parts: list[str] = []
        pending = split(path if startswith(path, "/") else here + "/" + path, "/")[::-1]
        hops = 0
        while pending:
            part = pending.pop()
            if part == "" or part == ".":
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            current = "/" + join("/", parts) + ("/" if parts else "") + part
            try:
                mode = lstat(current).st_mode
            except OSError:
                parts.append(part)
                continue
            if mode & 0o170000 == 0o120000:
                hops += 1
                if hops > 40:
                    raise sealed(f"too many symbolic links in {path!r}")
                target = readlink(current)
                if startswith(target, "/"):
                    parts = []
                pending.extend(split(target, "/")[::-1])
                continue
            parts.append(part)
        return "/" + join("/", parts)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "os.kill" and args and args[0] == me:  # a signal to itself only ends the candidate
            return
        if event == "os.listdir" and args and type(args[0]) is exact_str and startswith(resolved(args[0]) + "/",
                                                                                          libraries):
            return
        if startswith(event, blocked):
            raise sealed(f"{event} is not allowed in the sandbox")
        # any part of the name: an extension loaded as ``pkg._posixsubprocess`` is still that module
        if event == "import" and args and type(args[0]) is exact_str and not isdisjoint(modules, split(args[0], ".")):
            raise sealed(f"importing {args[0]} is not allowed in the sandbox")
        if event == "object.__getattr__" and len(args) > 1 and args[1] in frame_attributes:
            raise sealed(f"access to {args[1]} is not allowed in the sandbox")
        if event == "open" and args:
            path = args[0]
            if type(path) is exact_int:  # an inherited descriptor: the report pipe, at worst (one line only)
                return
            if type(path) is exact_bytes:
                path = decode(path, "utf-8", "surrogateescape")
            if type(path) is not exact_str:
                raise sealed("opening a path that is not a plain str or bytes is not allowed in the sandbox")
            mode = args[1] if len(args) > 1 else None
            flags = args[2] if len(args) > 2 else 0
            if (mode is not None and type(mode) is not exact_str) or type(flags) is not exact_int:
                raise sealed("open modes and flags that are not plain str and int are not allowed in the sandbox")
            writing = (mode is not None and ("w" in mode or "a" in mode or "x" in mode or "+" in mode)) \
                or flags & write_flags
            real = resolved(path)
            if real == "/proc" or startswith(real, "/proc/") or real in refused or (writing and real not in writes):
                raise sealed(f"opening {path!r} is not allowed in the sandbox")

    sys.addaudithook(hook)


def _source(source_file: str) -> str:
    with open(source_file) as fh:
        return fh.read()


def _namespace(base: dict[str, Any], source_file: str) -> dict[str, Any]:
    """A fresh module namespace holding the task's prelude names (``base``), made before a region."""
    return {**base, "__name__": "candidate", "__file__": source_file}


def _define(code: Any, namespace: dict[str, Any], entry_point: str) -> Callable[..., Any]:
    """Run the candidate's compiled module in ``namespace`` (:func:`_namespace`); its entry point.
    Counted: this is the candidate's import.

    Compiling is not: its cost follows the length of the source, not the work the code does, and
    no candidate code runs in it.
    """
    exec(code, namespace)
    fn = namespace.get(entry_point)
    if not callable(fn):
        raise LookupError(entry_point)
    return fn


def _compiled(source: str, source_file: str) -> Any:
    return compile(source, source_file, "exec")


def _warm_up_the_compiler() -> None:
    """The interpreter's first ``compile`` initialises the parser (≈9M instructions): not the candidate's cost."""
    exec(compile("def _warm(x):\n    return [x]\n", "<warm-up>", "exec"), {})
    canonical([1, "a", 1.5, None, {"k": (True,)}, {1}])


def _prelude(text: str) -> dict[str, Any]:
    """The names a task's prelude defines (EffiBench's ``from typing import *`` block and node classes),
    made once before any region: every candidate's module starts from them, as it would below the
    prelude in one file, and none pays for them."""
    if not text:
        return {}
    namespace: dict[str, Any] = {"__name__": "prelude"}
    exec(compile(text, "prelude.py", "exec"), namespace)
    return {k: v for k, v in namespace.items() if k not in ("__name__", "__builtins__")}


def _preload(names: list[str]) -> None:
    """Import the modules a task's prelude imports (EffiBench puts ``from heapq import *`` and a dozen
    more before every solution) before any region: the same for every candidate, not one's cost.
    Sealed modules are dropped again when the sandbox is sealed, so preloading one opens nothing."""
    for name in names:
        try:
            __import__(name)
        except Exception:  # an unknown module fails in the candidate's own import, where it is reported
            pass


def _load_status(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, Sealed):
        return {"status": "tampered", "error": str(exc)}
    if isinstance(exc, LookupError):
        return {"status": "no-entry-point"}
    if isinstance(exc, SyntaxError):
        return {"status": "syntax-error", "error": _error_text(exc)}
    if isinstance(exc, MemoryError):
        return {"status": "resource", "error": "MemoryError while loading the candidate"}
    if isinstance(exc, RecursionError):
        return {"status": "recursion", "error": "RecursionError while loading the candidate"}
    return {"status": "load-error", "error": _error_text(exc)}


def _outcome(fn: Callable[..., Any], args: list[Any], may_mutate: bool,
             clock: Callable[[], int]) -> tuple[dict[str, Any], int]:
    """The call's canonical output (or error) and its CPU nanoseconds (argument copy excluded)."""
    given = copy.deepcopy(args)
    before = canonical(given) if not may_mutate else None
    try:
        t0 = clock()
        out = fn(*given)
        ns = clock() - t0
    except RecursionError:
        return {"error": "RecursionError: maximum recursion depth exceeded", "kind": "recursion"}, 0
    except Sealed as exc:
        return {"error": str(exc), "kind": "sealed"}, 0
    except MemoryError:
        return {"error": "MemoryError: the call ran out of memory", "kind": "memory"}, 0
    except Exception as exc:  # the candidate's own failure, reported as a verdict
        return {"error": _error_text(exc), "kind": "exception"}, 0
    try:
        result = {"output": canonical(out)}
    except NotCanonical as exc:
        return {"error": str(exc), "kind": "bad-output"}, ns
    if before is not None and canonical(given) != before:
        return {"error": "the call modified its arguments", "kind": "mutated-input"}, ns
    return result, ns


SECCOMP_ARCHES = {
    # machine: (AUDIT_ARCH_*, refused syscalls (fork, vfork, execve, execveat), clone, clone3)
    "x86_64": (0xC000003E, (57, 58, 59, 322), 56, 435),
    "aarch64": (0xC00000B7, (221, 281), 220, 435),
}
CLONE_THREAD = 0x10000


def _process_filter(machine: str) -> bytes:
    """A classic-BPF seccomp program: no new process or program, threads allowed.

    ``clone`` passes only with ``CLONE_THREAD`` (a thread shares the counted process; the kernel
    requires ``CLONE_VM`` with it); ``clone3`` keeps its flags in memory a filter cannot read, so it
    fails with ENOSYS and the C library falls back to ``clone``.  Another ABI (i386 through int 0x80,
    x32) gets EPERM for every call: nothing honest uses one.
    """
    arch, refused, clone, clone3 = SECCOMP_ARCHES[machine]
    allow, eperm, enosys = 0x7FFF0000, 0x00050000 | 1, 0x00050000 | 38
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    n = len(refused)
    deny, no_clone3, check_clone = 9 + n, 10 + n, 11 + n  # indices of the returns below
    prog = [(ld, 0, 0, 4), (jeq, 1, 0, arch), (ret, 0, 0, eperm), (ld, 0, 0, 0), (jge, 0, 1, 0x40000000),
            (ret, 0, 0, eperm)]
    prog += [(jeq, deny - (len(prog) + i) - 1, 0, nr) for i, nr in enumerate(refused)]
    prog += [(jeq, no_clone3 - len(prog) - 1, 0, clone3)]
    prog += [(jeq, check_clone - len(prog) - 1, 0, clone)]
    prog += [(ret, 0, 0, allow), (ret, 0, 0, eperm), (ret, 0, 0, enosys),
             (ld, 0, 0, 16), (jset, 0, 1, CLONE_THREAD), (ret, 0, 0, allow), (ret, 0, 0, eperm)]
    return b"".join(struct.pack("<HBBI", *ins) for ins in prog)


def _refuse_new_processes(required: bool) -> None:
    """Install :func:`_process_filter` for this process and every thread it starts.

    ``required`` is false only under qemu-user, which refuses seccomp for its guest (its plugin
    enforces the same rule there); anywhere else a filter that cannot be installed stops the run.
    """
    import ctypes

    machine = os.uname().machine
    if machine not in SECCOMP_ARCHES:
        if required:
            raise RuntimeError(f"no seccomp filter for {machine}: cannot refuse new processes")
        return
    program = _process_filter(machine)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = struct.pack("<HxxxxxxQ", len(program) // 8, ctypes.addressof(buffer))
    fprog_buffer = ctypes.create_string_buffer(fprog, len(fprog))
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if (libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0
            or libc.prctl(pr_set_seccomp, seccomp_mode_filter, fprog_buffer, 0, 0) != 0):  # a pointer, not an int
        if required:
            raise RuntimeError(f"cannot install the seccomp filter: {os.strerror(ctypes.get_errno())}")


def _check(job: dict[str, Any], emit: Callable[[dict[str, Any]], None]) -> None:
    import tracemalloc

    # CPU time of this thread: CLOCK_PROCESS_CPUTIME_ID stood still in these children under an RLIMIT_CPU
    clock, wall_clock, deepcopy = time.thread_time_ns, time.perf_counter_ns, copy.deepcopy
    perf_args, tests = job["perf_args"], job["tests"]
    may_mutate = bool(job.get("mutates_input"))
    repeats, energy_files = int(job.get("timing_repeats", 0)), list(job.get("energy_files", []))
    source = _source(job["source_file"])
    prelude = _source(job["prelude_file"]) if job.get("prelude_file") else ""
    _warm_up_the_compiler()
    _preload([str(name) for name in job.get("preload", [])])
    is_tracing, traced_memory, stop_tracing = tracemalloc.is_tracing, tracemalloc.get_traced_memory, tracemalloc.stop
    _refuse_new_processes(required=True)
    _without_ctypes_modules()
    _seal(("/dev/null",))
    base = _prelude(prelude)
    if job.get("trace_memory"):
        tracemalloc.start()
    try:
        code = _compiled(source, job["source_file"])
        namespace = _namespace(base, job["source_file"])
        start = clock()
        fn = _define(code, namespace, job["entry_point"])
        import_ns = clock() - start
    except BaseException as exc:  # anything raised while importing the candidate
        emit(_load_status(exc))
        return
    perf, first_ns = _outcome(fn, perf_args, may_mutate, clock)
    # the import's and the first call's CPU time, as the counted region has them: later calls may be
    # served from a cache the first one filled, and work done at import is work for the first call
    first_ns += import_ns
    report: dict[str, Any] = {"status": "ok", "perf": perf, "tests": [], "perf_cpu_ns_first": first_ns}
    if is_tracing():
        report["peak_memory_bytes"] = traced_memory()[1]
        stop_tracing()
    if perf.get("kind") in ("memory", "recursion"):  # stop at the first resource failure and name it
        emit({**report, "status": perf["kind"] if perf["kind"] == "recursion" else "resource", "error": perf["error"]})
        return
    for args in tests:
        outcome, _ = _outcome(fn, args, may_mutate, clock)
        report["tests"].append(outcome)
        if outcome.get("kind") in ("memory", "recursion"):
            emit({**report, "status": outcome["kind"] if outcome["kind"] == "recursion" else "resource",
                  "error": outcome["error"]})
            return
    if "error" not in perf:
        cpu, wall = [], []
        energy_start = _read_energy(energy_files)
        for _ in range(max(1, repeats)):
            args = deepcopy(perf_args)
            w0, c0 = wall_clock(), clock()
            fn(*args)
            cpu.append(clock() - c0)
            wall.append(wall_clock() - w0)
        report["perf_cpu_ns_min"] = min(cpu)  # CPU time, least of several: immune to preemption
        if repeats:
            report["wall_ns"] = wall
            if energy_files:
                report["energy_uj"] = _read_energy(energy_files) - energy_start
    emit(report)


def _primitives() -> Any:
    """What the child needs once candidate code has run, taken before it is loaded.

    Candidate code can rebind module attributes and builtins (``math.isnan``,
    ``builtins.open``, ``gc.disable``, ``os.getpid``…) without any audit event, and the runner
    would then run the candidate's code after the measured region, with the report in hand.
    Everything the child does after the region goes through these references: C functions and
    methods of exact builtin types, which no Python code can replace, and closures over them.

    Closures in a ``SimpleNamespace``, not methods of a class: ``object.__subclasses__()`` lists
    every class in the process, and a class's methods would lead, through ``__globals__`` (which
    no audit event guards), to the runner's module and everything in it.
    """
    import _json
    import _signal
    import _thread
    import builtins
    import math
    import types

    try:  # sha256 of callgrind's dumps and of the report's MAC, without hashlib's OpenSSL
        from _sha2 import sha256  # CPython >= 3.12
    except ImportError:
        from _sha256 import sha256

    kind, exact, text, raw, errors = type, (list, dict, str, int, float, bool, type(None)), str, bytes, \
        (OSError, ValueError, RuntimeError)
    ljust = bytes.ljust
    gc_disable, gc_enable, gc_freeze = gc.disable, gc.enable, gc.freeze
    # _signal's C functions, not signal's Python wrappers: those convert masks and handlers through
    # module globals the candidate can rebind (and cost ~10k instructions per blocked signal)
    sigmask, set_signal, signals = _signal.pthread_sigmask, _signal.signal, tuple(int(s) for s in _signal.valid_signals())
    sig_block, sig_unblock, sig_default = _signal.SIG_BLOCK, _signal.SIG_UNBLOCK, _signal.SIG_DFL
    snapshots = [(vars(m), dict(vars(m))) for m in (builtins, math)]
    dict_update, dict_keys, dict_values = dict.update, dict.keys, dict.values

    def restore() -> None:
        """Put back every name the candidate rebound in the modules the canonical form uses."""
        for namespace, snapshot in snapshots:
            dict_update(namespace, snapshot)

    def hush() -> None:
        """The end of a region, before its count is taken: no cyclic GC (finalizers) and no signal
        handlers can run candidate code from here on.  Two C calls, the same cost in every region."""
        gc_disable()
        sigmask(sig_block, signals)

    def quiet() -> None:
        """After the region: every handler back to its default, so an unblocked signal runs no candidate code."""
        hush()
        for sig in signals:
            try:
                set_signal(sig, sig_default)
            except errors:
                pass

    def loud() -> None:
        """Before candidate code runs again: the cyclic GC and signals as a plain process has them, with
        every object made so far frozen (``gc.freeze``: out of every collection, the youngest
        generation's count at zero), so a collection in a region sees only what the candidate made,
        not the job's inputs or an earlier region's leftovers.  (With the old runner a region's count
        moved by 10 % with the size of the job's scale inputs.)  Not ``gc.collect()``, which would also
        empty the interpreter's free lists before every region."""
        gc_freeze()
        gc_enable()
        sigmask(sig_unblock, signals)

    def only_builtin(value: Any) -> bool:
        """Whether ``value`` is made of exact JSON types only (checked without calling its methods)."""
        stack = [value]
        while stack:
            item = stack.pop()
            item_kind = kind(item)
            if item_kind not in exact:
                return False
            if item_kind is list:
                stack.extend(item)
            elif item_kind is dict:
                for key in dict_keys(item):
                    if kind(key) is not text:
                        return False
                stack.extend(dict_values(item))
        return True

    def mac(secret: bytes, body: bytes) -> str:
        """HMAC-SHA256 (RFC 2104) over the captured hash, so no patchable Python code sees the key."""
        block = ljust(secret, 64, b"\0")
        inner = sha256(raw(b ^ 0x36 for b in block) + body).digest()
        return sha256(raw(b ^ 0x5C for b in block) + inner).hexdigest()

    return types.SimpleNamespace(
        type=kind, open=open, sha256=sha256, write=os.write, exit=os._exit, pid=os.getpid(),
        thread_count=_thread._count,
        encode=_json.make_encoder(None, None, _json.encode_basestring_ascii, None, ":", ",", True, False, True),
        restore=restore, hush=hush, quiet=quiet, loud=loud, only_builtin=only_builtin, mac=mac)


def _without_ctypes_modules() -> None:
    """Empty the ``ctypes`` package's Python modules once the runner has what it needs from them.

    Its classes stay alive (our function pointers are instances), and ``object.__subclasses__()``
    finds them; their methods' ``__globals__`` would hand the candidate ``memmove`` and ``cast``,
    whose calls raise no audit event.  With the module dictionaries empty they hand over nothing.
    """
    for name in [m for m in sys.modules if m == "ctypes" or m.startswith("ctypes.")]:
        vars(sys.modules.pop(name)).clear()


def _read_energy(files: list[str]) -> int:
    total = 0
    for name in files:
        with open(name) as fh:
            total += int(fh.read())
    return total


def _callgrind_region(library: str, prim: Any) -> Callable[[Callable[[], Any], str], dict[str, str]]:
    """A region function over callgrind client requests; returns the digests of the dumps it made.

    Callgrind runs with collection on in every thread (``--collect-atstart=yes``): a region is a
    zero of the counters, the call, and a dump, so work the candidate hands to a thread it joins
    is counted (with per-thread collection toggled on around the call, it was not).  The epilogue
    (thread check, signals and GC off, dump) runs before any candidate code can: a thread still
    alive is refused, and the output cannot change after the count.  The dump is read back at
    once, with the process id taken beforehand (``os.getpid`` can be rebound), so a later rewrite
    of the file is detected by the parent.
    """
    import ctypes

    lib = ctypes.CDLL(library)
    zero, dump = lib.ergon_zero_stats, lib.ergon_dump
    dump.argtypes = [ctypes.c_char_p]
    lib.ergon_start_instrumentation()
    _without_ctypes_modules()
    # callgrind names a client request's dump <out>.<pid>.<k>, k = 1, 2, … in this process
    names = [f"{CALLGRIND_OUT}.{prim.pid}.{k}" for k in range(1000, 0, -1)]
    take, loud, hush, quiet, thread_count = names.pop, prim.loud, prim.hush, prim.quiet, prim.thread_count
    open_file, sha256 = prim.open, prim.sha256

    def region(fn: Callable[[], Any], label: str) -> dict[str, str]:
        tag = label.encode()
        loud()  # every region starts from the same state, so the empty one costs what the epilogue costs
        zero()
        try:
            fn()
        finally:
            alive = thread_count()
            hush()
            dump(tag)
        quiet()
        if alive:
            raise Sealed("the candidate left threads running after its call")
        name = take()
        with open_file(name, "rb") as fh:
            return {name: sha256(fh.read()).hexdigest()}

    return region


def _qemu_region(library: str, prim: Any) -> Callable[[Callable[[], Any], str], dict[str, int]]:
    """A region function over the shim's qemu markers; the parent reads the counts after the child exits.

    As with callgrind, the region starts from the same state every time (GC and signals on) and its
    epilogue (thread check, signals blocked, GC off) runs before the end marker, so no candidate
    code can run between the count and the report.
    """
    import ctypes

    lib = ctypes.CDLL(library)
    begin, end = lib.ergon_qemu_begin, lib.ergon_qemu_end
    _without_ctypes_modules()
    loud, hush, quiet, thread_count = prim.loud, prim.hush, prim.quiet, prim.thread_count

    def region(fn: Callable[[], Any], label: str) -> dict[str, int]:
        loud()  # every region starts from the same state, as under callgrind
        begin()
        try:
            fn()
        finally:
            alive = thread_count()
            hush()
            end()
        quiet()
        if alive:
            raise Sealed("the candidate left threads running after its call")
        return {}

    return region


def _perf_region(prim: Any) -> Callable[[Callable[[], Any], str], dict[str, int]]:
    """User-space retired instructions via perf_event_open(2), read in-process.

    The counter is inherited by threads started after it is opened (``inherit``), and a thread
    must have ended before the region does, so its count is folded into ours.
    """
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    attr = (ctypes.c_uint8 * 128)()
    ctypes.memmove(attr, (ctypes.c_uint32 * 2)(0, 128), 8)
    ctypes.memmove(ctypes.addressof(attr) + 8, ctypes.byref(ctypes.c_uint64(1)), 8)
    # disabled, inherit, exclude_kernel, exclude_hv
    ctypes.memmove(ctypes.addressof(attr) + 40, ctypes.byref(ctypes.c_uint64(1 | 1 << 1 | 1 << 5 | 1 << 6)), 8)
    nr = {"x86_64": 298, "aarch64": 241, "riscv64": 241}.get(os.uname().machine, 298)
    fd = libc.syscall(nr, attr, 0, -1, -1, 0)
    if fd < 0:
        raise OSError(ctypes.get_errno(), "perf_event_open: " + os.strerror(ctypes.get_errno()))
    ioctl, enable, disable, reset, read = libc.ioctl, 0x2400, 0x2401, 0x2403, os.read
    _without_ctypes_modules()
    loud, hush, quiet, thread_count, from_bytes = prim.loud, prim.hush, prim.quiet, prim.thread_count, int.from_bytes

    def region(fn: Callable[[], Any], label: str) -> dict[str, int]:
        loud()
        ioctl(fd, reset, 0)
        ioctl(fd, enable, 0)
        try:
            fn()
        finally:
            alive = thread_count()
            hush()
            ioctl(fd, disable, 0)
        quiet()
        if alive:
            raise Sealed("the candidate left threads running after its call")
        return {label: from_bytes(read(fd, 8), "little")}

    return region


def _measure(job: dict[str, Any], prim: Any, emit: Callable[[dict[str, Any]], None]) -> None:
    labels = list(job["inputs"])
    inputs = {label: copy.deepcopy(job["inputs"][label]) for label in labels}
    source = _source(job["source_file"])
    prelude = _source(job["prelude_file"]) if job.get("prelude_file") else ""
    _warm_up_the_compiler()
    _preload([str(name) for name in job.get("preload", [])])
    again = copy.deepcopy(job.get("recheck", []))
    counter = job["counter"]
    _refuse_new_processes(required=counter != "qemu-host")
    region = (_callgrind_region(job["roi_library"], prim) if counter == "callgrind"
              else _qemu_region(job["roi_library"], prim) if counter == "qemu-host" else _perf_region(prim))
    _seal(("/dev/null",))
    base = _prelude(prelude)
    # The first region pays one-time costs (ctypes' argument conversion, first calls of the epilogue):
    # a throw-away region first, so the baseline costs what the epilogue costs in every later region.
    region(lambda: None, "ergon-warm-up")
    empty = region(lambda: None, "ergon-empty")
    try:
        code = _compiled(source, job["source_file"])
    except BaseException as exc:
        emit(_load_status(exc))
        return

    regions: dict[str, dict[str, Any]] = {}
    digests: dict[str, str] = dict(empty)
    scored: list[Callable[..., Any]] = []
    for label in labels:
        result: dict[str, Any] = {}
        loaded: list[Callable[..., Any]] = []

        def load_and_call(args: list[Any] = inputs[label],
                          namespace: dict[str, Any] = _namespace(base, job["source_file"])) -> None:
            try:
                loaded.append(_define(code, namespace, job["entry_point"]))
            except BaseException as exc:  # anything raised while importing the candidate
                result.update(_load_status(exc))
                return
            try:
                result["raw"] = loaded[0](*args)
            except BaseException as exc:
                result.update(status="error", error=_error_text(exc))

        counted = region(load_and_call, "ergon-perf")
        prim.restore()
        if "raw" in result:
            # The canonical form is made outside the region (it costs every correct solution the same,
            # and counting it hid the gap between the fastest tiers), with the modules it uses restored
            # first: candidate code cannot run in it (exact types only, no method of theirs is called).
            try:
                result.update(output=canonical(result.pop("raw")), status="ok")
            except NotCanonical as exc:
                result.update(status="bad-output", error=str(exc))
        if counter == "callgrind":
            digests.update(counted)
            result["dumps"] = [*empty, *counted]
        elif counter == "perf":
            result.update(empty_count=empty["ergon-empty"], count=counted["ergon-perf"])
        regions[label] = {k: v for k, v in dict.items(result) if prim.type(k) is str}
        if result.get("status") != "ok":
            break
        if not scored:
            scored.append(loaded[0])
    report: dict[str, Any] = {"status": "ok", "regions": regions}
    if scored and len(regions) == len(labels):
        # the same process answers tests too (uncounted): code that only takes a shortcut when it
        # can tell it is being counted must still be right on them
        rechecked = []
        prim.loud()
        for args in again:
            try:
                rechecked.append(canonical(scored[0](*args)))
            except BaseException as exc:
                rechecked.append({"__error__": _error_text(exc)[:300]})
        prim.quiet()
        if prim.thread_count():
            raise Sealed("the candidate left threads running after its call")
        report["rechecked"] = rechecked
    if not prim.only_builtin(report):
        report = {"status": "bad-output", "error": "the report holds objects of the candidate's own types"}
    if digests:
        report["dump_digests"] = digests
    emit(report)


def child(purpose: str, key_fd: int, report_fd: int) -> int:
    message = _read_all(key_fd)
    secret, job = message[:32], marshal.loads(message[32:])
    sys.setrecursionlimit(int(job.get("recursion_limit", 10_000)))
    prim = _primitives()

    def emit(report: dict[str, Any]) -> None:
        if not prim.only_builtin(report):
            report = {"status": "bad-output", "error": "the report holds objects of the candidate's own types"}
        body = "".join(prim.encode(report, 0)).encode()
        prim.write(report_fd, b'{"body": ' + "".join(prim.encode(body.decode(), 0)).encode()
                   + b', "mac": "' + prim.mac(secret, body).encode() + b'"}\n')

    try:
        if purpose == "check":
            _check(job, emit)
        else:
            _measure(job, prim, emit)
    except Sealed as exc:
        emit({"status": "tampered", "error": str(exc)[:2000]})
    except Exception as exc:  # the runner's own failure, or a seal the candidate hit outside its call
        emit({"status": "measure-error", "error": _error_text(exc)[:2000]})
    prim.exit(0)  # no interpreter teardown: the candidate's finalizers do not run after the report
    return 0


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        return child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    import json

    with open("job.json") as fh:
        job = _revived(json.load(fh))
    write_result(parent(job))
    return 0


if __name__ == "__main__":
    sys.exit(main())
