"""Counter selection is detected, not assumed; both readers parse what their backend writes."""

from __future__ import annotations

import pytest

from sandboxes.counters import CallgrindCounter, CounterUnavailable, PerfCounter, Probe, probe, select_counter
from sandboxes.executor import Executor, JobResult
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
    assert perf.reason  # on VMs without a PMU: the errno text of perf_event_open


def test_perf_reader_subtracts_the_empty_region() -> None:
    result = JobResult(exit_code=0, stdout=b"", stderr=b"", files={}, wall_s=0.1)
    assert PerfCounter().read(result, {"count": 12_345, "empty_count": 345}) == 12_000
    with pytest.raises(CounterUnavailable):
        PerfCounter().read(result, {})


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
