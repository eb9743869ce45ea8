"""The local executor enforces its limits and leaves nothing behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate as evaluate_python
from sandboxes.counters import CallgrindCounter
from sandboxes.executor import Job, Limits
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Task


def py(code: str, limits: Limits = Limits(), collect: tuple[str, ...] = ()) -> Job:
    return Job(argv=("{python}", "-c", code), files={"data.txt": b"hello"}, limits=limits, collect=collect)


def test_runs_in_scratch_with_files_and_collects(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("open('out.txt','w').write(open('data.txt').read().upper())", collect=("out.txt",)))
    assert result.exit_code == 0
    assert result.files == {"out.txt": b"HELLO"}


def test_every_job_sees_its_scratch_at_one_path(local_executor: LocalExecutor) -> None:
    """The scratch directory's host path is random; inside the sandbox it is always ``/scratch``, so the
    working directory, ``HOME``, ``TMPDIR`` and Python's ``sys.path[0]`` (whose length shifts the stack
    and so the instruction count) are the same for every job."""
    script = Job(argv=("{python}", "-S", "where.py"), limits=Limits(),
                 files={"where.py": b"import os, sys; print(os.getcwd(), os.environ['HOME'], os.environ['TMPDIR'], sys.path[0])"})
    seen = {local_executor.run(script).stdout for _ in range(2)}
    assert seen == {b"/scratch /scratch /scratch /scratch\n"}


def test_timeout_kills_the_job(local_executor: LocalExecutor) -> None:
    start = time.monotonic()
    result = local_executor.run(py("import time; time.sleep(30)", Limits(timeout_s=1)))
    assert result.timed_out and result.exit_code is None
    assert time.monotonic() - start < 10


def test_output_is_capped_but_drained(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("import sys; sys.stdout.write('x' * 5_000_000)", Limits(output_bytes=1000)))
    assert result.exit_code == 0
    assert len(result.stdout) == 1000 and result.output_truncated


def test_memory_limit_raises_memory_error(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("b = bytearray(2 * 1024**3)", Limits(memory_mb=256)))
    assert result.exit_code == 1 and b"MemoryError" in result.stderr


def test_environment_carries_no_host_secrets(local_executor: LocalExecutor, monkeypatch) -> None:
    monkeypatch.setenv("ERGON_TEST_SECRET", "hunter2")
    result = local_executor.run(py("import os; print(sorted(os.environ))"))
    assert b"ERGON_TEST_SECRET" not in result.stdout and b"hunter2" not in result.stdout


def host_processes(token: str) -> list[int]:
    """Host processes (but this one) whose command line holds ``token``."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and int(entry) != os.getpid() and token.encode() in Path(f"/proc/{entry}/cmdline").read_bytes():
                found.append(int(entry))
        except OSError:
            pass
    return found


def test_background_children_are_killed_with_the_job(local_executor: LocalExecutor) -> None:
    code = "import subprocess; subprocess.Popen(['sleep', '4243.25'], start_new_session=True); print('started')"
    result = local_executor.run(py(code))
    assert result.exit_code == 0 and result.stdout == b"started\n"
    assert host_processes("4243.25") == []


def test_symlinked_outputs_are_not_collected(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("import os; os.symlink('/etc/passwd', 'result.json')", collect=("result.json",)))
    assert result.files == {}


def test_scratch_directory_is_removed(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("import os; print(os.getcwd())"))
    scratch = result.stdout.decode().strip()
    assert scratch and not os.path.exists(scratch) and not os.path.exists(scratch + ".lock")


def test_environment_describes_interpreter_and_shim(local_executor: LocalExecutor) -> None:
    env = local_executor.environment()
    assert env.executor == "local" and env.fingerprint.startswith("host-")
    assert env.versions["python"].startswith("3.")
    assert Path(env.tools["roi_library"]).exists() and Path(env.tools["qemu_plugin"]).exists()


def test_sandbox_runs_jobs_as_their_own_uid_in_their_own_pid_namespace(local_executor: LocalExecutor) -> None:
    assert local_executor.sandboxed
    result = local_executor.run(py("import os; print(os.getuid(), os.getppid())"))
    uid, ppid = map(int, result.stdout.split())
    assert ppid == 1
    assert uid != 0 if os.geteuid() == 0 else uid == os.geteuid()


def test_signal_deaths_read_as_signals_through_bwrap(local_executor: LocalExecutor) -> None:
    result = local_executor.run(py("import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"))
    assert result.exit_code == -11


@pytest.mark.slow
def test_sandbox_counts_are_exact_under_their_own_fingerprint(dedupe: Task, local_executor: LocalExecutor) -> None:
    """The sandbox shifts counts a little (0.0004 % on dedupe with the sealed runner), so it has a
    fingerprint of its own, under which counts repeat exactly."""
    assert LocalExecutor(sandbox=False).environment().fingerprint != local_executor.environment().fingerprint
    ctx = EvalContext(executor=local_executor, counter=CallgrindCounter(), timing_repeats=0, trace_memory=False)
    counts = []
    for _ in range(2):
        evaluation = evaluate_python(dedupe, dedupe.slow_program, ctx)
        assert evaluation.verdict == Verdict.PASS, evaluation.detail
        counts.append(evaluation.measurement.instructions)
    assert counts[0] == counts[1]
