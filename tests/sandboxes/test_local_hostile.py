"""Hostile code on the local executor's bubblewrap sandbox: the walls hold, host and run unharmed.

Probes of the walls run as plain jobs (the Python runner's own guards would stop most of them
first, but they are no boundary) and report what got through; they must report nothing.  The
walls probed are the host's real ones: a secret in this process's environment, files this test
writes under /root and in the checkout, a TCP server it listens with on loopback, the checkout's
task modules, the harness as the job's parent.  Resource attacks go through the Python
evaluator and get the verdict of the limit they hit.  After each, nothing may run or remain in
the scratch area and a correct candidate must still pass.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
import textwrap
import threading
import uuid
from pathlib import Path
from typing import Iterator

import pytest

import tasks
from harness.languages import EvalContext
from harness.languages.python import evaluate as python_eval
from harness.languages.python.evaluate import evaluate as evaluate_python
from sandboxes.executor import Job, Limits
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Task

SECRET = "ergon-local-hostile-secret-9d2e"
CORRECT = "    return list(dict.fromkeys(xs))\n"
CHECKOUT = Path(tasks.__file__).resolve().parent.parent
ROOT_CANARY = Path("/root") / f"ergon-hostile-canary-{uuid.uuid4().hex[:8]}"
CHECKOUT_CANARY = CHECKOUT / f"ergon-hostile-canary-{uuid.uuid4().hex[:8]}"
WRITE_TARGETS = ("/etc/passwd", "/etc/ergon-pwned", "/root/ergon-pwned", str(ROOT_CANARY), "/newfile",
                 "/tmp/ergon-pwned", "/dev/shm/ergon-pwned", "/proc/sys/kernel/hostname")


class LoopbackServer:
    """A TCP server on the host's loopback that counts the connections it accepted."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.close()


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    s = LoopbackServer()
    yield s
    s.sock.close()


def probes(port: int) -> dict[str, str]:
    """Code that appends to ``escaped`` whatever got through the sandbox's walls."""
    return {
        "network access": f"""
            import socket
            for host in (("127.0.0.1", {port}), ("localhost", {port}), ("1.1.1.1", 53), ("deb.debian.org", 80)):
                try:
                    socket.create_connection(host, timeout=2)
                    escaped.append(str(host))
                except OSError:
                    pass
            """,
        "reading host files": f"""
            for path in ("{ROOT_CANARY}", "{CHECKOUT_CANARY}", "/etc/shadow", "/root/.bash_history",
                         "/proc/1/environ", "/proc/1/root/etc/hostname", "/var/run/docker.sock"):
                try:
                    open(path, "rb").read(1)
                    escaped.append(path)
                except OSError:
                    pass
            """,
        "environment secrets": f"""
            for pid in ["self", str(os.getppid())] + [p for p in os.listdir("/proc") if p.isdigit()]:
                try:
                    if b"{SECRET}" in open(f"/proc/{{pid}}/environ", "rb").read():
                        escaped.append(pid)
                except OSError:
                    pass
            escaped += [k for k, v in os.environ.items() if "{SECRET}" in v]
            """,
        "writing outside scratch": f"""
            import glob
            targets = {WRITE_TARGETS!r} + tuple(glob.glob(sys.base_prefix + "/lib/python3*/os.py"))
            for path in targets:
                try:
                    with open(path, "ab") as fh:
                        fh.write(b"pwned")
                    escaped.append(path)
                except OSError:
                    pass
            """,
        "reading the reference solutions": f"""
            import glob
            for root in ("{CHECKOUT}", "/work", "/root", "/home", "/opt", "/srv", "/usr/local", "/mnt", "/tmp"):
                escaped += glob.glob(root + "/**/builtin/dedupe.py", recursive=True)
                escaped += glob.glob(root + "/**/tasks/schema.py", recursive=True)
            """,
        "signalling PID 1, the parent and everyone": """
            import signal
            for pid in (1, os.getppid(), -1):
                try:
                    os.kill(pid, signal.SIGKILL)
                    if pid != -1:
                        escaped.append(f"pid {pid}")
                except OSError:
                    pass
            """,
        "escaping through ptrace or setuid": """
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.ptrace(16, 1, 0, 0) == 0:  # PTRACE_ATTACH to the sandbox's init
                escaped.append("ptrace")
            if libc.setuid(0) == 0:
                escaped.append("setuid")
            """,
    }


CANDIDATES: dict[str, tuple[str, Verdict]] = {
    "fork bomb": ("import os\ndef dedupe(xs):\n    while True:\n        try:\n            os.fork()\n"
                  "        except OSError:\n            pass\n", Verdict.TIMEOUT),
    "memory bomb": ("def dedupe(xs):\n    return [0] * 10**10\n", Verdict.RESOURCE),
    "infinite loop": ("def dedupe(xs):\n    while True:\n        pass\n", Verdict.TIMEOUT),
}


SHORT = Limits(timeout_s=6, cpu_s=30, memory_mb=1024)
"""For the candidates that must hit a limit; probes that must pass keep the evaluator's own."""


@pytest.fixture(autouse=True)
def short_check_limits(monkeypatch) -> None:
    monkeypatch.setattr(python_eval, "CHECK_LIMITS", SHORT)


@pytest.fixture(scope="module")
def scratch_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scratch")


@pytest.fixture(scope="module")
def sandboxed(scratch_root: Path) -> LocalExecutor:
    executor = LocalExecutor(scratch_root=scratch_root)
    # never unsandboxed: as root, these candidates would kill every process and rewrite /etc/passwd
    assert executor.sandboxed
    return executor


@pytest.fixture(autouse=True)
def host_secret_and_canaries(monkeypatch) -> Iterator[None]:
    monkeypatch.setenv("ERGON_HOSTILE_SECRET", SECRET)
    passwd = hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest()
    for canary in (ROOT_CANARY, CHECKOUT_CANARY):
        canary.write_text("canary")
    yield
    try:
        assert ROOT_CANARY.read_text() == CHECKOUT_CANARY.read_text() == "canary"
        assert hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest() == passwd
        assert not any(Path(p).exists() for p in ("/etc/ergon-pwned", "/root/ergon-pwned", "/newfile"))
    finally:
        ROOT_CANARY.unlink()
        CHECKOUT_CANARY.unlink()


def check_only(executor: LocalExecutor) -> EvalContext:
    return EvalContext(executor=executor, counter=None, timing_repeats=0, trace_memory=False)


def processes_inside(root: Path) -> list[int]:
    """Host processes working under ``root`` or running as a job's token (sleep 4242.75)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            cwd = os.readlink(f"/proc/{entry}/cwd") if entry.isdigit() else ""
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes() if entry.isdigit() else b""
        except OSError:
            continue
        if cwd.startswith(str(root)) or b"4242.75" in cmdline:
            found.append(int(entry))
    return found


def assert_unharmed(executor: LocalExecutor, scratch_root: Path, server: LoopbackServer, dedupe: Task) -> None:
    assert server.accepted == 0
    assert processes_inside(scratch_root) == [], "a process of the job outlived it"
    assert list(scratch_root.iterdir()) == [], "a scratch directory was left behind"
    after = evaluate_python(dedupe, f"def dedupe(xs):\n{CORRECT}", check_only(executor))
    assert after.verdict == Verdict.PASS, after.detail


@pytest.mark.parametrize("name", list(probes(0)))
def test_the_walls_hold(name: str, sandboxed: LocalExecutor, scratch_root: Path, server: LoopbackServer,
                        dedupe: Task) -> None:
    """Probes run as plain jobs, not through the runner: the sandbox must hold even for code that
    got past the runner's own guards (its audit hook is no boundary)."""
    code = "import json, os, sys\nescaped = []\n" + textwrap.dedent(probes(server.port)[name]) + "print(json.dumps(escaped))\n"
    result = sandboxed.run(Job(argv=("{python}", "-S", "-c", code), files={}, env={"PYTHONHASHSEED": "0"},
                               limits=Limits(timeout_s=120)))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert SECRET.encode() not in result.stdout + result.stderr
    assert_unharmed(sandboxed, scratch_root, server, dedupe)


@pytest.mark.parametrize("name", CANDIDATES)
def test_hostile_candidate(name: str, sandboxed: LocalExecutor, scratch_root: Path, server: LoopbackServer,
                           dedupe: Task) -> None:
    code, verdict = CANDIDATES[name]
    evaluation = evaluate_python(dedupe, code, check_only(sandboxed))
    assert evaluation.verdict == verdict, evaluation.detail
    assert_unharmed(sandboxed, scratch_root, server, dedupe)


def test_secrets_cannot_be_smuggled_out(sandboxed: LocalExecutor) -> None:
    """What a job prints ends up in stored details: the harness's environment must not be there to read."""
    code = ("import os\nfor pid in ['self', str(os.getppid())] + [p for p in os.listdir('/proc') if p.isdigit()]:\n"
            "    try:\n        print(open(f'/proc/{pid}/environ', 'rb').read())\n"
            "    except OSError as exc:\n        print(exc)\n")
    result = sandboxed.run(Job(argv=("{python}", "-S", "-c", code), files={}, env={"PYTHONHASHSEED": "0"}))
    assert b"PYTHONHASHSEED" in result.stdout  # it did read its own
    assert SECRET.encode() not in result.stdout + result.stderr


def test_process_limit_binds_even_for_a_root_harness(sandboxed: LocalExecutor) -> None:
    """RLIMIT_NPROC never binds root: the job's own uid is what makes it bind (forks stop at 64 either way)."""
    if os.geteuid() != 0:
        pytest.skip("the harness is not root here")
    code = ("import os, time\nforked, error = 0, 0\nwhile forked < 64:\n    try:\n        pid = os.fork()\n"
            "    except OSError as exc:\n        error = exc.errno\n        break\n    if pid == 0:\n"
            "        time.sleep(60)\n        os._exit(0)\n    forked += 1\nprint(forked, error)\n")
    result = sandboxed.run(Job(argv=("{python}", "-S", "-c", code), files={}, limits=Limits(nproc=16, timeout_s=60)))
    forked, error = map(int, result.stdout.split())
    assert forked < 16 and error == errno.EAGAIN


def test_loopback_is_the_sandboxes_own(sandboxed: LocalExecutor, server: LoopbackServer) -> None:
    """Connecting to a port the host listens on is refused: the job's loopback is another network's."""
    code = (f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {server.port}), timeout=5)\n"
            "    print('connected')\nexcept OSError as exc:\n    print(exc.errno)\n")
    result = sandboxed.run(Job(argv=("{python}", "-S", "-c", code), files={}))
    assert result.stdout.strip() == str(errno.ECONNREFUSED).encode() and server.accepted == 0
