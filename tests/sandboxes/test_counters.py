"""Counter selection is detected, not assumed; both readers parse what their backend writes."""

from __future__ import annotations

import platform

import pytest

from harness.languages.python import PYTHON
from sandboxes.counters import (HOST_QEMU, CallgrindCounter, CounterUnavailable, PerfCounter, Probe, QemuHostCounter,
                                 QemuPluginCounter, probe, select_counter)
from sandboxes.executor import Environment, Executor, Job, JobResult
from sandboxes.local import LocalExecutor


PYTHON_COUNTERS = ("perf", "callgrind")


def fake_prober(answers: dict[str, bool]):
    def prober(name: str, executor: Executor) -> Probe:
        return Probe(answers[name], "fake: " + ("works" if answers[name] else f"{name} missing"))
    return prober


def test_hardware_counters_preferred_when_the_probe_says_so(local_executor: LocalExecutor) -> None:
    chosen = select_counter(local_executor, PYTHON_COUNTERS, prober=fake_prober({"perf": True, "callgrind": True}))
    assert chosen.name == "perf"


def test_callgrind_when_no_pmu(local_executor: LocalExecutor) -> None:
    chosen = select_counter(local_executor, PYTHON_COUNTERS, prober=fake_prober({"perf": False, "callgrind": True}))
    assert chosen.name == "callgrind"


def test_override_must_work(local_executor: LocalExecutor) -> None:
    with pytest.raises(CounterUnavailable, match="perf missing"):
        select_counter(local_executor, PYTHON_COUNTERS, "perf", prober=fake_prober({"perf": False, "callgrind": True}))
    with pytest.raises(CounterUnavailable, match="unknown counter"):
        select_counter(local_executor, PYTHON_COUNTERS, "rdtsc")
    with pytest.raises(CounterUnavailable, match="cannot measure these tasks"):
        select_counter(local_executor, PYTHON_COUNTERS, "qemu-plugin", prober=fake_prober({"qemu-plugin": True}))


def test_nothing_available_lists_every_reason(local_executor: LocalExecutor) -> None:
    with pytest.raises(CounterUnavailable, match="perf: fake: perf missing; callgrind: fake: callgrind missing"):
        select_counter(local_executor, PYTHON_COUNTERS, prober=fake_prober({"perf": False, "callgrind": False}))


def test_real_probes_answer_with_reasons(local_executor: LocalExecutor) -> None:
    assert probe("callgrind", local_executor).ok
    perf = probe("perf", local_executor)
    if perf.ok:
        assert perf.reason == "perf_event_open: hardware instruction counter"
    else:  # on VMs without a PMU: the errno text of perf_event_open
        assert perf.reason.startswith("perf_event_open: ") and perf.reason.endswith("(no PMU access here)")


class FakeExecutor:
    """An executor that describes a chosen environment and answers every job with one result."""

    name = "fake"

    def __init__(self, env: Environment, result: JobResult | None = None) -> None:
        self.env, self.result, self.jobs = env, result, []

    def environment(self) -> Environment:
        return self.env

    def run(self, job: Job) -> JobResult:
        self.jobs.append(job)
        assert self.result is not None
        return self.result

    def close(self) -> None: ...


CALLGRIND_READY = Environment("fake", "fp", tools={"roi_library": "/roi.so"}, versions={"valgrind": "valgrind-3.22"})


def test_callgrind_probe_names_what_is_missing() -> None:
    assert CallgrindCounter().probe(FakeExecutor(CALLGRIND_READY)) == Probe(
        True, "valgrind-3.22, region-of-interest client requests")
    no_valgrind = Environment("fake", "fp", tools={"roi_library": "/roi.so"})
    assert CallgrindCounter().probe(FakeExecutor(no_valgrind)) == Probe(
        False, "valgrind is not installed in the sandbox (apt-get install valgrind)")
    no_shim = Environment("fake", "fp", versions={"valgrind": "v"}, details={"roi_library": "cc failed"})
    assert CallgrindCounter().probe(FakeExecutor(no_shim)) == Probe(False, "cc failed")
    assert not CallgrindCounter().probe(FakeExecutor(Environment("fake", "fp", versions={"valgrind": "v"}))).ok


def test_perf_probe_runs_a_job_and_reports_its_last_words() -> None:
    env = Environment("fake", "fp")
    works = FakeExecutor(env, JobResult(0, b"ok\n", b"", {}, 0.1))
    assert PerfCounter().probe(works).ok
    assert works.jobs[0].argv[0] == "{python}"
    denied = JobResult(1, b"", b"Traceback\nSystemExit: perf_event_open: Permission denied\n", {}, 0.1)
    assert PerfCounter().probe(FakeExecutor(env, denied)) == Probe(
        False, "SystemExit: perf_event_open: Permission denied (no PMU access here)")
    assert PerfCounter().probe(FakeExecutor(env, JobResult(-9, b"", b"", {}, 0.1))) == Probe(
        False, "probe failed (no PMU access here)")
    assert not PerfCounter().probe(FakeExecutor(env, JobResult(0, b"not ok", b"", {}, 0.1))).ok
    assert not PerfCounter().probe(FakeExecutor(env, JobResult(1, b"ok", b"", {}, 0.1))).ok


def test_qemu_probe_needs_the_plugin_and_both_emulators() -> None:
    ready = Environment("fake", "fp", tools={"qemu_plugin": "/p.so"},
                        versions={"qemu-aarch64": "qemu 8.2", "qemu-riscv64": "qemu 8.2"})
    assert QemuPluginCounter().probe(FakeExecutor(ready)) == Probe(True, "qemu 8.2, TCG plugin API v1")
    one = Environment("fake", "fp", tools={"qemu_plugin": "/p.so"}, versions={"qemu-aarch64": "qemu 8.2"})
    assert QemuPluginCounter().probe(FakeExecutor(one)) == Probe(
        False, "qemu-riscv64 missing in the sandbox (apt-get install qemu-user)")
    no_plugin = Environment("fake", "fp", details={"qemu_plugin": "no plugin headers"})
    assert QemuPluginCounter().probe(FakeExecutor(no_plugin)) == Probe(False, "no plugin headers")


def test_qemu_reader_takes_a_non_negative_count() -> None:
    result = JobResult(exit_code=0, stdout=b"", stderr=b"", files={}, wall_s=0.1)
    assert QemuPluginCounter().read(result, {"instructions": 0}) == 0
    assert QemuPluginCounter().read(result, {"instructions": 42}) == 42
    for bad in ({}, {"instructions": -1}, {"instructions": "42"}, {"instructions": 4.2}):
        with pytest.raises(CounterUnavailable):
            QemuPluginCounter().read(result, bad)


def test_wrapping() -> None:
    argv = ("{python}", "runner.py")
    assert PerfCounter().wrap(argv) == argv and QemuPluginCounter().wrap(argv) == argv
    wrapped = CallgrindCounter().wrap(argv)
    assert wrapped[0] == "valgrind" and wrapped[-2:] == argv and "--callgrind-out-file=cg.out.%p" in wrapped  # per process
    assert "--collect-atstart=yes" in wrapped and "--instr-atstart=no" in wrapped  # every thread; regions zero and dump
    assert CallgrindCounter().collect() == ("cg.out.*",) and PerfCounter().collect() == ()


def test_perf_reader_subtracts_the_empty_region() -> None:
    result = JobResult(exit_code=0, stdout=b"", stderr=b"", files={}, wall_s=0.1)
    assert PerfCounter().read(result, {"count": 12_345, "empty_count": 345}) == 12_000
    assert PerfCounter().read(result, {"count": 300, "empty_count": 345}) == 0  # noise below the overhead
    for bad in ({}, {"count": 1}, {"empty_count": 1}, {"count": "many", "empty_count": 1}, {"count": None, "empty_count": 1}):
        with pytest.raises(CounterUnavailable):
            PerfCounter().read(result, bad)


def dump(label: str, total: int) -> bytes:
    return f"version: 1\ncmd: python\ndesc: Trigger: Client Request: {label}\nevents: Ir\nsummary: {total}\ntotals: {total}\n".encode()


def test_callgrind_reader_uses_labelled_dumps() -> None:
    files = {"cg.out": dump("x", 0).replace(b"Client Request: x", b"Program termination"),
             "cg.out.1": dump("ergon-empty", 2331), "cg.out.2": dump("ergon-perf", 1_002_331)}
    result = JobResult(exit_code=0, stdout=b"", stderr=b"", files=files, wall_s=1.0)
    assert CallgrindCounter().read(result, {"dumps": ["cg.out.1", "cg.out.2"]}) == 1_000_000
    with pytest.raises(CounterUnavailable, match="no region-of-interest"):  # dumps the report does not name
        CallgrindCounter().read(result, {"dumps": ["cg.out.1"]})
    with pytest.raises(CounterUnavailable, match="no region-of-interest"):
        CallgrindCounter().read(JobResult(0, b"", b"", {"cg.out.1": dump("ergon-empty", 1)}, 1.0), {"dumps": ["cg.out.1"]})


def read_dumps(files: dict[str, bytes]) -> int:
    """The count of the dumps the runner's report names (here: every file given)."""
    return CallgrindCounter().read(JobResult(0, b"", b"", files, 1.0), {"dumps": sorted(files)})


def test_callgrind_reader_needs_both_regions() -> None:
    for files, found in (({"cg.out.1": dump("ergon-empty", 1)}, "['ergon-empty']"),
                         ({"cg.out.1": dump("ergon-perf", 1)}, "['ergon-perf']"), ({}, "none")):
        with pytest.raises(CounterUnavailable) as missing:
            read_dumps(files)
        assert str(missing.value) == f"callgrind wrote no region-of-interest dumps (got {found})"


def test_callgrind_counts_what_ran_since_the_zero_not_the_dumps_cost_lines() -> None:
    """callgrind's ``totals:`` carry costs from before ``CALLGRIND_ZERO_STATS`` (a class-based solution's
    region summed 143,885 with 87,757 executed); ``summary:`` is what ran since the zero."""
    def stale(label: str, executed: int, lines: int) -> bytes:
        return dump(label, executed).replace(f"totals: {executed}".encode(), f"totals: {lines}".encode())

    assert read_dumps({"cg.out.1": stale("ergon-empty", 10_782, 11_688),
                       "cg.out.2": stale("ergon-perf", 87_757, 143_885)}) == 76_975


def test_callgrind_net_count_is_never_negative() -> None:
    assert read_dumps({"cg.out.1": dump("ergon-empty", 500), "cg.out.2": dump("ergon-perf", 400)}) == 0
    assert read_dumps({"cg.out.1": dump("ergon-empty", 500), "cg.out.2": dump("ergon-perf", 500)}) == 0


def test_callgrind_reader_takes_exact_labels_of_its_own_dumps() -> None:
    empty = dump("ergon-empty", 100)
    for impostor in {"cg.out.2": dump("ergon-perf-warmup", 900)}, {"cg.out.2": dump("xergon-perf", 900)}, \
            {"other.2": dump("ergon-perf", 900)}, {"cg.out.2": dump("ergon-perf", 900).replace(b"desc:", b"#desc:")}, \
            {"cg.out.2": dump("ergon-perf", 900).replace(b"ergon-perf", b"ergon-perf again")}:
        with pytest.raises(CounterUnavailable):
            read_dumps({"cg.out.1": empty, **impostor})
    assert read_dumps({"cg.out.1": empty, "cg.out.2": dump("ergon-perf", 900), "cg.out.3": dump("ergon-perf-x", 5)}) == 800
    # a foreign or missing file named before callgrind's own dumps is passed over, not the end of the list
    before = {"dumps": ["another.1", "cg.out.9", "cg.out.1", "cg.out.2"]}
    files = {"another.1": dump("ergon-perf", 5), "cg.out.1": empty, "cg.out.2": dump("ergon-perf", 900)}
    assert CallgrindCounter().read(JobResult(0, b"", b"", files, 1.0), before) == 800


def test_callgrind_reader_falls_back_to_the_summary_line() -> None:
    perf = b"version: 1\ndesc: Trigger: Client Request: ergon-perf\nevents: Ir\nsummary: 700\n"
    assert read_dumps({"cg.out.1": dump("ergon-empty", 100), "cg.out.2": perf}) == 600
    headless = b"version: 1\ndesc: Trigger: Client Request: ergon-perf\nevents: Ir\n"
    with pytest.raises(CounterUnavailable):
        read_dumps({"cg.out.1": dump("ergon-empty", 100), "cg.out.2": headless})


def test_python_counters_fall_back_from_hardware_to_qemu_host_then_callgrind(local_executor: LocalExecutor) -> None:
    """The automatic order for Python tasks: perf where there is a PMU, else qemu-host (exact, several
    times faster than callgrind), else callgrind; either exact counter can be asked for."""
    def chosen(**works: bool) -> str:
        answers = {"perf": False, "qemu-host": False, "callgrind": False}
        answers.update({k.replace("_", "-"): v for k, v in works.items()})
        return select_counter(local_executor, PYTHON.counters, prober=fake_prober(answers)).name

    assert chosen(perf=True, qemu_host=True, callgrind=True) == "perf"
    assert chosen(qemu_host=True, callgrind=True) == "qemu-host"
    assert chosen(callgrind=True) == "callgrind"
    assert chosen(qemu_host=True) == "qemu-host"
    for name in ("callgrind", "qemu-host"):
        assert select_counter(local_executor, PYTHON.counters, name,
                              prober=fake_prober({"qemu-host": True, "callgrind": True})).name == name


def test_qemu_host_probe_names_what_is_missing() -> None:
    ready = Environment("fake", "fp", tools={"qemu_roi_plugin": "/r.so"}, versions={HOST_QEMU: "qemu 7.2"})
    assert QemuHostCounter().probe(FakeExecutor(ready)) == Probe(True, "qemu 7.2, TCG plugin API v1, region markers, -cpu max")
    no_qemu = Environment("fake", "fp", tools={"qemu_roi_plugin": "/r.so"}, versions={"qemu-aarch64": "qemu 7.2"})
    assert QemuHostCounter().probe(FakeExecutor(no_qemu)) == Probe(
        False, f"{HOST_QEMU} is missing in the sandbox (apt-get install qemu-user)")
    no_plugin = Environment("fake", "fp", versions={HOST_QEMU: "v"}, details={"qemu_roi_plugin": "cc failed"})
    assert QemuHostCounter().probe(FakeExecutor(no_plugin)) == Probe(False, "cc failed")


def test_qemu_host_wraps_the_interpreter_with_the_plugin_and_a_pinned_cpu() -> None:
    env = Environment("fake", "fp", tools={"qemu_roi_plugin": "/opt/r.so", "python": "/usr/bin/python3"})
    assert env.resolve(QemuHostCounter().wrap(("{python}", "runner.py"))) == [
        HOST_QEMU, "-cpu", "max", "-plugin", "/opt/r.so", "/usr/bin/python3", "runner.py"]
    assert QemuHostCounter().collect() == ()


def test_qemu_host_reader_subtracts_the_empty_region() -> None:
    result = JobResult(exit_code=0, stdout=b"", stderr=b"", files={}, wall_s=0.1)
    assert QemuHostCounter().read(result, {"count": 10_500, "empty_count": 500}) == 10_000
    with pytest.raises(CounterUnavailable, match="qemu counter returned no count"):
        QemuHostCounter().read(result, {"empty_count": 500})


def test_qemu_host_probe_refuses_a_machine_without_region_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The markers are x86-64 and AArch64 instructions: elsewhere the counter must say it cannot count, not try."""
    ready = Environment("fake", "fp", tools={"qemu_roi_plugin": "/r.so"}, versions={HOST_QEMU: "qemu 7.2"})
    monkeypatch.setattr(platform, "machine", lambda: "riscv64")
    assert QemuHostCounter().probe(FakeExecutor(ready)) == Probe(
        False, "no region markers for riscv64 (only x86_64, aarch64)")
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")
    assert QemuHostCounter().probe(FakeExecutor(ready)).ok
