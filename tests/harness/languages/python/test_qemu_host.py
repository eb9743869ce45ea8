"""The qemu-host counter: exact repeatable counts, the empty region subtracted, and region markers
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
from sandboxes.counters import QemuHostCounter, probe
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
    assert lines[0] == ["marks", str(len(lines) - 2)]
    return [(kind, int(value)) for kind, value in lines[1:-1]]


def test_counts_repeat_exactly_and_an_empty_region_costs_only_the_markers(qemu: EvalContext) -> None:
    env = qemu.executor.environment()
    job = Job(argv=tuple(env.resolve(QemuHostCounter().wrap(("{python}", "-S", "regions.py", "{roi_library}")))),
              files={"regions.py": REGIONS.encode()}, env={"PYTHONHASHSEED": "0"}, limits=Limits(timeout_s=120),
              collect=("qemu-roi.out.*",))
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
