"""The qemu-host counter: exact repeatable counts, the empty region subtracted, every thread counted
(the verdict and count of threaded work agree with callgrind's), no new process, and region markers
that a candidate cannot move — even one that reaches native code and executes the shim's marker
instructions itself is reported as tampering.  Every job runs in the bubblewrap sandbox."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import subprocess
import sysconfig
from pathlib import Path

import pytest

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate
from sandboxes.counters import CallgrindCounter, QemuHostCounter, probe
from sandboxes.executor import Environment, Job, JobResult, Limits
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Task

FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"
REGIONS = """
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
begin, end = lib.ergon_qemu_begin, lib.ergon_qemu_end
for _ in range(3):
    begin(); end()
begin(); sum(i * i for i in range(20_000)); end()
"""
# The same work on one thread, then spread over four threads that run at once (as qemu-user runs them,
# in parallel), then a fork: the plugin must count every thread and refuse the new process.
THREADS = """
import ctypes, os, sys, threading
lib = ctypes.CDLL(sys.argv[1])
begin, end = lib.ergon_qemu_begin, lib.ergon_qemu_end
work = lambda: sum(i * i for i in range(100_000))
for _ in range(2):
    begin(); end()
begin()
for _ in range(4):
    work()
end()
begin()
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
end()
sys.stdout.flush()
print("forking", flush=True)
os.fork()
print("forked", flush=True)
"""
THREADED = ("import threading\n"
            "def dedupe(xs):\n    box = []\n"
            "    def work():\n        table = {i: i * i for i in range(20_000)}\n"
            "        box.append(list(dict.fromkeys(xs)))\n"
            "    t = threading.Thread(target=work)\n    t.start()\n    t.join()\n    return box[0]\n")
# A CPython extension that executes the shim's two marker instructions (roi.c): what a candidate
# could do if it found any way to run native code inside the sandbox.
MARKER_MODULE = r"""
#include <Python.h>
static PyObject *begin(PyObject *m, PyObject *a) { __asm__ volatile("movabs $0x4e4947454e4f4752, %%r11" ::: "r11"); Py_RETURN_NONE; }
static PyObject *end(PyObject *m, PyObject *a) { __asm__ volatile("movabs $0x2e444e454e4f4752, %%r11" ::: "r11"); Py_RETURN_NONE; }
static PyMethodDef methods[] = {{"begin", begin, METH_NOARGS, ""}, {"end", end, METH_NOARGS, ""}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "ergonmark", NULL, -1, methods};
PyMODINIT_FUNC PyInit_ergonmark(void) { return PyModule_Create(&module); }
"""


@pytest.fixture(scope="module")
def qemu(local_executor: LocalExecutor) -> EvalContext:
    answer = probe("qemu-host", local_executor)
    if not answer.ok:
        pytest.skip(answer.reason)
    return EvalContext(executor=local_executor, counter=QemuHostCounter(), timing_repeats=0, trace_memory=False)


def marks(result: JobResult) -> list[tuple[str, int]]:
    (text,) = [data.decode() for name, data in result.files.items() if name.startswith("qemu-roi.out.")]
    lines = [line.split() for line in text.splitlines()]
    found = [(kind, int(value)) for kind, value in lines if kind in ("begin", "end")]
    assert lines[0] == ["marks", str(len(found))] and ["unjoined", "0"] in lines
    return found


def plugin_job(qemu: EvalContext, script: str) -> Job:
    """``script`` run by the sandbox's interpreter under qemu with the region plugin, the shim its argument."""
    env = qemu.executor.environment()
    return Job(argv=tuple(env.resolve(QemuHostCounter().wrap(("{python}", "-S", "script.py", "{roi_library}")))),
               files={"script.py": script.encode()}, env={"PYTHONHASHSEED": "0"}, limits=Limits(timeout_s=120),
               collect=("qemu-roi.out.*",))


def test_counts_repeat_exactly_and_an_empty_region_costs_only_the_markers(qemu: EvalContext) -> None:
    job = plugin_job(qemu, REGIONS)
    regions = []
    for _ in range(2):
        result = qemu.executor.run(job)
        assert result.exit_code == 0, result.stderr.decode()[-500:]
        found = marks(result)
        assert [kind for kind, _ in found] == ["begin", "end"] * 4
        regions.append([found[i + 1][1] - found[i][1] for i in range(0, 8, 2)])
    first, second = regions
    assert first == second  # exact, run after run
    assert 0 < first[1] == first[2] < 5_000  # empty regions: the ctypes calls and markers only, always the same
    assert first[3] - first[2] > 1_000_000  # the work in between is counted


def test_every_thread_is_counted_and_a_new_process_ends_the_run(qemu: EvalContext) -> None:
    result = qemu.executor.run(plugin_job(qemu, THREADS))
    assert result.exit_code == 125, (result.exit_code, result.stderr.decode()[-500:])  # refused at the fork
    assert result.stdout.decode().split() == ["forking"]
    assert not [name for name in result.files if name.startswith("qemu-roi.out.")]  # a refused run leaves no counts


def test_threads_running_at_once_count_as_the_same_work_on_one_thread(qemu: EvalContext) -> None:
    script = THREADS.split("sys.stdout.flush()")[0]
    found = marks(qemu.executor.run(plugin_job(qemu, script)))
    assert [kind for kind, _ in found] == ["begin", "end"] * 4
    empty, one_thread, four_threads = (found[i + 1][1] - found[i][1] for i in range(2, 8, 2))
    assert one_thread > 20_000_000 and empty < 5_000
    # starting and joining threads costs a little; a lost or uncounted thread would cost a quarter
    assert one_thread < four_threads < 1.05 * one_thread


@pytest.mark.slow  # two evaluations of dedupe's three inputs under qemu: ≈15 s idle, a minute on a busy machine
def test_an_honest_candidate_counts_the_same_twice(dedupe: Task, qemu: EvalContext) -> None:
    counts = []
    for _ in range(2):
        evaluation = evaluate(dedupe, FAST, qemu)
        assert evaluation.verdict == Verdict.PASS, evaluation.detail
        assert evaluation.measurement.counter == "qemu-host"
        assert evaluation.provenance["qemu"].startswith("qemu-x86_64")
        counts.append(evaluation.measurement.instructions)
        by_n = [count for _, count in sorted((int(n), c) for n, c in evaluation.measurement.extra["scale_counts"].items())]
        assert by_n == sorted(by_n) and len(by_n) == 1 + len(dedupe.scale_inputs)  # each input got its own region's count
        assert 0.9 < evaluation.measurement.extra["complexity"] < 1.5  # linear, as under callgrind
    assert counts[0] == counts[1] > 0


class WithMarkerModule:
    """The local executor, with the marker extension in every job's scratch directory."""

    name = "local"

    def __init__(self, inner: LocalExecutor, module: tuple[str, bytes]) -> None:
        self.inner, self.module = inner, module

    def environment(self) -> Environment:
        return self.inner.environment()

    def run(self, job: Job) -> JobResult:
        return self.inner.run(dataclasses.replace(job, files={**job.files, self.module[0]: self.module[1]}))

    def close(self) -> None: ...


@pytest.fixture(scope="module")
def native_candidate(qemu: EvalContext, tmp_path_factory: pytest.TempPathFactory) -> EvalContext:
    build = tmp_path_factory.mktemp("ergonmark")
    (build / "ergonmark.c").write_text(MARKER_MODULE)
    name = "ergonmark" + importlib.machinery.EXTENSION_SUFFIXES[0]
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC", f"-I{sysconfig.get_paths()['include']}", "-o", name,
                    "ergonmark.c"], cwd=build, check=True)
    executor = WithMarkerModule(qemu.executor, (name, (build / name).read_bytes()))
    return dataclasses.replace(qemu, executor=executor)


@pytest.mark.slow  # a check run and three inputs under qemu each: ≈10 s idle
@pytest.mark.parametrize("name, code", [
    ("work hidden between an end and a begin",
     "import ergonmark\ndef dedupe(xs):\n    ergonmark.end()\n    out = list(dict.fromkeys(xs))\n"
     "    ergonmark.begin()\n    return out\n"),
    ("the region restarted after an expensive import",
     "import ergonmark\nTABLE = [i * i for i in range(100_000)]\nergonmark.begin()\n" + FAST),
])
def test_a_candidate_executing_the_markers_is_tampering(name: str, code: str, dedupe: Task,
                                                        native_candidate: EvalContext) -> None:
    evaluation = evaluate(dedupe, code, native_candidate)
    assert evaluation.verdict == Verdict.TAMPERED, evaluation.detail
    assert "region markers" in evaluation.detail


def test_reaching_the_shim_through_ctypes_is_refused(dedupe: Task, qemu: EvalContext) -> None:
    code = ("def dedupe(xs):\n    import ctypes\n    ctypes.CDLL('libergonroi.so').ergon_qemu_end()\n"
            "    return list(dict.fromkeys(xs))\n")
    evaluation = evaluate(dedupe, code, qemu)
    assert evaluation.verdict == Verdict.TAMPERED, evaluation.detail


@pytest.mark.slow  # one evaluation under callgrind and one under qemu: each calls the candidate 34 times
def test_a_threaded_candidate_gets_callgrinds_verdict_and_count(dedupe: Task, qemu: EvalContext) -> None:
    """Work handed to a joined thread is the candidate's: counted by both counters, within a fraction of a percent."""
    evaluations = {ctx.counter.name: evaluate(dedupe, THREADED, ctx)
                   for ctx in (qemu, dataclasses.replace(qemu, counter=CallgrindCounter()))}
    for evaluation in evaluations.values():
        assert evaluation.verdict == Verdict.PASS, evaluation.detail
    counts = {name: evaluation.measurement.instructions for name, evaluation in evaluations.items()}
    assert counts["callgrind"] > 2_500_000  # the thread's table is in it (the call alone: 1M)
    assert abs(counts["qemu-host"] / counts["callgrind"] - 1) < 0.02, counts


def test_a_thread_outliving_the_call_is_tampering(dedupe: Task, qemu: EvalContext) -> None:
    sneaky = "import threading, time\nthreading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n" + FAST
    evaluation = evaluate(dedupe, sneaky, qemu)
    assert evaluation.verdict == Verdict.TAMPERED and "threads" in evaluation.detail, evaluation.detail
