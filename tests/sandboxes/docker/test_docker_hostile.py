"""Hostile candidates on the Docker executor: each gets its verdict, host and run unharmed.

Every candidate is evaluated by the Python evaluator in both modes (fresh container per
job, warm pool).  Probes of the sandbox's walls are written to *return the right answer
only when every attempt failed*, so ``PASS`` means "contained"; resource attacks get the
verdict of the limit they hit.  After each one the host is checked (canary file, no stray
process, no container left but the warm pool's) and a correct candidate must still pass.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from harness.languages.python import evaluate as python_eval
from sandboxes.docker.executor import DockerExecutor
from harness.languages import EvalContext
from sandboxes.counters import CallgrindCounter
from tasks.results import Verdict
from sandboxes.executor import Limits
from harness.languages.python.evaluate import evaluate as evaluate_python
from tasks.schema import Task

pytestmark = pytest.mark.docker

SECRET = "ergon-hostile-secret-5f1c"
CANARY = Path("/var/tmp/ergon-hostile-canary")  # a read-only path inside the container
CORRECT = "    return list(dict.fromkeys(xs))\n"


def contained(probe: str) -> str:
    """A candidate running ``probe`` (which sets ``escaped`` when it got through) first."""
    body = textwrap.indent(textwrap.dedent(probe).strip(), "    ")
    return f"import os, sys\ndef dedupe(xs):\n    escaped = []\n{body}\n    if escaped:\n        return escaped\n{CORRECT}"


CANDIDATES: dict[str, tuple[str, Verdict]] = {
    "fork bomb": ("import os\ndef dedupe(xs):\n    while True:\n        try:\n            os.fork()\n"
                  "        except OSError:\n            pass\n", Verdict.TIMEOUT),
    "memory bomb": ("def dedupe(xs):\n    hog = []\n    while True:\n        hog.append(b'x' * 10**7)\n",
                    Verdict.RESOURCE),
    "disk fill": ("import itertools\nn = itertools.count()\ndef dedupe(xs):\n    while True:\n"
                  "        open(f'fill{next(n)}', 'wb').write(b'0' * 2**24)\n", Verdict.TAMPERED),  # writes are refused
    "network access": (contained("""
        import socket
        for host in (("1.1.1.1", 53), ("8.8.8.8", 443), ("deb.debian.org", 80), ("172.17.0.1", 2375)):
            try:
                socket.create_connection(host, timeout=2)
                escaped.append(str(host))
            except OSError:
                pass
        """), Verdict.PASS),
    "reading host files": (contained(f"""
        for path in ("{CANARY}", "/etc/shadow", "/proc/1/environ", "/var/run/docker.sock", "/root/.bash_history",
                     "/proc/1/root/etc/hostname"):
            try:
                open(path, "rb").read(1)
                escaped.append(path)
            except OSError:
                pass
        """), Verdict.PASS),
    "environment secrets": (contained(f"""
        for pid in ["self"] + [p for p in os.listdir("/proc") if p.isdigit()]:
            try:
                if b"{SECRET}" in open(f"/proc/{{pid}}/environ", "rb").read():
                    escaped.append(pid)
            except OSError:
                pass
        escaped += [k for k, v in os.environ.items() if "{SECRET}" in v]
        """), Verdict.TAMPERED),  # listing /proc is refused
    "writing outside scratch": (contained(f"""
        for path in ("{CANARY}", "/etc/passwd", "/opt/ergon/payload/libergonroi.so", "/usr/lib/python3.11/os.py",
                     "/newfile", "/proc/sys/kernel/hostname"):
            try:
                with open(path, "ab") as fh:
                    fh.write(b"pwned")
                escaped.append(path)
            except OSError:
                pass
        """), Verdict.PASS),
    "infinite loop": ("def dedupe(xs):\n    while True:\n        pass\n", Verdict.TIMEOUT),
    "sleeping past the timeout": ("import time\ndef dedupe(xs):\n    time.sleep(3600)\n", Verdict.TIMEOUT),
    "output flood": ("def dedupe(xs):\n    while True:\n        print('x' * 100000)\n", Verdict.OUTPUT_FLOOD),
    "signalling PID 1 and everyone": (contained("""
        import signal
        for pid in (1, -1):
            try:
                os.kill(pid, signal.SIGKILL)
                if pid == 1:
                    escaped.append("pid 1")
            except OSError:
                pass
        """), Verdict.PASS),
    "killing the parent": ("import os, signal\ndef dedupe(xs):\n    os.kill(os.getppid(), signal.SIGKILL)\n" + CORRECT,
                           Verdict.TAMPERED),  # signals to other processes are refused
    "background process outliving the call": (
        "import subprocess\nsubprocess.Popen(['sleep', '4242.5'], start_new_session=True)\n"
        "def dedupe(xs):\n" + CORRECT, Verdict.TAMPERED),  # starting processes is refused
    "reading the reference solutions": (contained("""
        import glob
        for root in ("/work", "/root", "/home", "/opt", "/srv", "/usr/local", "/mnt", "/scratch", "/tmp"):
            escaped += glob.glob(root + "/**/builtin/dedupe.py", recursive=True)
            escaped += glob.glob(root + "/**/tasks/schema.py", recursive=True)
        """), Verdict.TAMPERED),  # listing directories is refused
    "escaping through ptrace or setuid": (contained("""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.ptrace(16, 1, 0, 0) == 0:  # PTRACE_ATTACH to PID 1
            escaped.append("ptrace")
        if libc.setuid(0) == 0:
            escaped.append("setuid")
        if libc.unshare(0x10000000) == 0:  # CLONE_NEWUSER
            escaped.append("unshare")
        """), Verdict.TAMPERED),  # ctypes is refused
    "ctypes segfault": ("import ctypes\ndef dedupe(xs):\n    ctypes.string_at(0)\n", Verdict.TAMPERED),
}


@pytest.fixture(autouse=True)
def short_check_limits(monkeypatch) -> None:
    monkeypatch.setattr(python_eval, "CHECK_LIMITS", Limits(timeout_s=6, cpu_s=30, memory_mb=1024))


@pytest.fixture(autouse=True)
def host_secret_and_canary(monkeypatch):
    monkeypatch.setenv("ERGON_HOSTILE_SECRET", SECRET)
    CANARY.write_text("canary")
    yield
    assert CANARY.read_text() == "canary"
    CANARY.unlink()


def check_only(executor: DockerExecutor) -> EvalContext:
    return EvalContext(executor=executor, counter=None, timing_repeats=0, trace_memory=False)


def measuring(executor: DockerExecutor) -> EvalContext:
    return EvalContext(executor=executor, counter=CallgrindCounter(), timing_repeats=3, trace_memory=False)


def assert_unharmed(executor: DockerExecutor, dedupe: Task, containers: list, strays: list[int]) -> None:
    assert all(c.labels.get("org.ergon.mode") == "warm" for c in containers), "a fresh container was left behind"
    assert not strays, "a background process outlived its job"
    after = evaluate_python(dedupe, f"def dedupe(xs):\n{CORRECT}", check_only(executor))
    assert after.verdict == Verdict.PASS, after.detail


@pytest.mark.parametrize("name", CANDIDATES)
def test_hostile_candidate(name: str, executor: DockerExecutor, dedupe: Task, our_containers,
                           stray_processes) -> None:
    code, verdict = CANDIDATES[name]
    evaluation = evaluate_python(dedupe, code, check_only(executor))
    assert evaluation.verdict == verdict, evaluation.detail
    assert_unharmed(executor, dedupe, our_containers(), stray_processes("4242.5"))


CACHING = """
import hashlib, json, os
PLACES = ["/scratch", "/tmp", "/dev/shm", os.path.expanduser("~")]
def dedupe(xs):
    key = hashlib.sha256(json.dumps(xs).encode()).hexdigest()[:16]
    for place in PLACES:
        try:
            with open(os.path.join(place, "ergon-cache-" + key)) as fh:
                return json.load(fh)
        except OSError:
            pass
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    for place in PLACES:
        try:
            with open(os.path.join(place, "ergon-cache-" + key), "w") as fh:
                json.dump(out, fh)
        except OSError:
            pass
    return out
"""


def test_caching_across_calls_gains_nothing(executor: DockerExecutor, dedupe: Task) -> None:
    """The check run's results, stashed anywhere writable, are gone in the measuring run."""
    honest = evaluate_python(dedupe, dedupe.slow_program, measuring(executor)).measurement.instructions
    cached = evaluate_python(dedupe, CACHING, measuring(executor))
    assert cached.verdict == Verdict.PASS, cached.detail
    assert cached.measurement.instructions > 0.8 * honest


def test_patching_the_timer_does_not_change_the_count(executor: DockerExecutor, dedupe: Task) -> None:
    honest = evaluate_python(dedupe, dedupe.slow_program, measuring(executor)).measurement
    patched = evaluate_python(dedupe, "import time\ntime.perf_counter_ns = lambda: 0\n" + dedupe.slow_program,
                              measuring(executor))
    assert patched.measurement.instructions == pytest.approx(honest.instructions, rel=0.01)


def test_patching_the_timer_does_not_fake_wall_time(fresh_executor: DockerExecutor, dedupe: Task) -> None:
    patched = evaluate_python(dedupe, "import time\ntime.perf_counter_ns = lambda: 0\n" + dedupe.slow_program,
                              measuring(fresh_executor))
    assert patched.verdict == Verdict.PASS, patched.detail
    assert patched.measurement.wall_ns_median > 1000


PATCHED_HOOK = """
import ctypes, sys, time
_runner = sys.modules["__main__"]
def _empty_region(fn, label):
    lib = ctypes.CDLL("/opt/ergon/payload/libergonroi.so")
    lib.ergon_zero_stats(); lib.ergon_toggle_collect(); lib.ergon_toggle_collect()
    lib.ergon_dump(label.encode())
    return fn()
_runner._callgrind_region = lambda library: _empty_region
_runner._now = time.perf_counter_ns = lambda: 0
"""

SELF_TOGGLING = """
import ctypes
def dedupe(xs):
    shim = [p for p in open("/proc/self/maps").read().split() if p.endswith("libergonroi.so")]
    toggle = ctypes.CDLL(shim[0]).ergon_toggle_collect if shim else (lambda: None)  # loaded when measured
    toggle()
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    toggle()
    return out
"""


@pytest.mark.parametrize("trick", ["patched hook", "self-toggling"])
def test_tampering_with_the_measurement_hooks_is_caught(trick: str, fresh_executor: DockerExecutor,
                                                        dedupe: Task) -> None:
    code = PATCHED_HOOK + dedupe.slow_program if trick == "patched hook" else SELF_TOGGLING
    honest = evaluate_python(dedupe, dedupe.slow_program, measuring(fresh_executor)).measurement.instructions
    tampered = evaluate_python(dedupe, code, measuring(fresh_executor))
    if tampered.verdict == Verdict.PASS:  # the trick did not reach the region: counted honestly
        assert tampered.measurement.instructions > 0.5 * honest
    else:  # caught, and for this reason, not lost in an unrelated crash
        assert tampered.verdict == Verdict.TAMPERED, tampered.detail


@pytest.mark.slow  # three inputs under qemu in a container: ≈10 s idle
def test_the_qemu_counter_counts_in_the_container_and_refuses_the_shim(fresh_executor: DockerExecutor,
                                                                       dedupe: Task) -> None:
    """The image carries qemu-user and the region plugin; the candidate cannot reach the markers."""
    from sandboxes.counters import QemuHostCounter

    ctx = EvalContext(executor=fresh_executor, counter=QemuHostCounter(), timing_repeats=0, trace_memory=False)
    honest = evaluate_python(dedupe, f"def dedupe(xs):\n{CORRECT}", ctx)
    assert honest.verdict == Verdict.PASS, honest.detail
    assert honest.measurement.counter == "qemu-host" and honest.measurement.instructions > 0
    assert honest.provenance["qemu"].startswith("qemu-x86_64")
    toggling = ("def dedupe(xs):\n    import ctypes\n    ctypes.CDLL('/opt/ergon/native/libergonroi.so')"
                f".ergon_qemu_end()\n{CORRECT}")
    assert evaluate_python(dedupe, toggling, ctx).verdict == Verdict.TAMPERED
