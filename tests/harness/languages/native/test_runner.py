"""The in-sandbox runner's own decisions, without running a program: what it reads of the dump
FIFO (``dump_summary``, ``object_costs``, on a genuine callgrind dump), what a counted run left
behind (``changes``), and how a build ended (``compile_status``)."""

from __future__ import annotations

import gzip
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "harness" / "languages"))  # the runner's sibling reaper.py
from harness.languages.native.payload.runner import TAIL, changes, compile_status, dump_summary, object_costs  # noqa: E402

HONEST = gzip.decompress((Path(__file__).with_name("dumps") / "honest_sum.callgrind.gz").read_bytes()).decode()
PID = int(re.search(r"^pid: (\d+)$", HONEST, re.M)[1])
TOTAL = int(re.search(r"^totals: (\d+)$", HONEST, re.M)[1])
PRELOAD = "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"


def test_the_summary_of_a_genuine_dump() -> None:
    s = dump_summary(HONEST, PID)
    blocks = re.search(r"^desc: Timerange: (.*)$", HONEST, re.M)[1]
    assert {k: v for k, v in s.items() if k != "objects"} == {
        "pids": [str(PID)], "triggers": ["Program termination"], "totals": [str(TOTAL)], "summaries": [str(TOTAL)],
        "timeranges": [blocks], "headers": 1, "versions": 1, "starts_clean": True, "bytes": len(HONEST),
        "expected_pid": str(PID)}
    assert s["objects"] == object_costs(HONEST)


def test_every_line_of_every_dump_in_the_fifo_is_seen() -> None:
    two = HONEST + "\n" + HONEST.replace(f"pid: {PID}", "pid: 77")
    s = dump_summary("x\n" + two, 5)
    assert (s["pids"], s["headers"], s["versions"], s["totals"], s["starts_clean"], s["expected_pid"]) == (
        [str(PID), "77"], 2, 2, [str(TOTAL)] * 2, False, "5")
    assert s["triggers"] == ["Program termination"] * 2 and len(s["summaries"]) == len(s["timeranges"]) == 2
    assert dump_summary("", PID) == {"pids": [], "triggers": [], "totals": [], "summaries": [], "timeranges": [],
                                     "headers": 0, "versions": 0, "starts_clean": False, "bytes": 0,
                                     "expected_pid": str(PID), "objects": {"self": {}, "foreign": []}}


def test_object_costs_of_a_genuine_dump_add_up_to_its_total() -> None:
    """Each object's own cost, calls' inclusive costs left out: together, exactly the total."""
    costs = object_costs(HONEST)
    own = costs["self"]
    assert sum(own.values()) == TOTAL
    assert set(own) == {"/scratch/runs/c0/prog", "/usr/lib/x86_64-linux-gnu/libc.so.6", "???", PRELOAD,
                        "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"}
    assert 0 < own[PRELOAD] < 100 and own["/usr/lib/x86_64-linux-gnu/libc.so.6"] > own["/scratch/runs/c0/prog"] > 0
    foreign = costs["foreign"]
    assert foreign == sorted(foreign) and {o for o, _, _ in foreign} == {"???", PRELOAD}
    for obj in ("???", PRELOAD):
        assert sum(n for o, _, n in foreign if o == obj) == own[obj]
    assert all(fn.startswith("0x") for o, fn, _ in foreign if o == PRELOAD)  # honest runs: unnamed start-up code only


def test_costs_are_read_as_callgrind_writes_them() -> None:
    text = ("ob=/r/prog\nfl=???\nfn=main\n0 5\n+2 3\n-1 2\n* 1\ncob=/lib/libc.so.6\ncfn=puts\ncalls=2 0\n0 500\n4 7\n"
            "ob=/usr/libexec/valgrind/vgpreload_core-amd64-linux.so\nfn=_vgnU_ifunc_wrapper\n0 9\nfn=0x10c0\n0 4\n"
            "0 x\n0\n# 12 13\nob=???\nfn=0x1\n3 6\n")
    assert object_costs(text) == {
        "self": {"/r/prog": 18, PRELOAD: 13, "???": 6},
        "foreign": [[PRELOAD, "0x10c0", 4], [PRELOAD, "_vgnU_ifunc_wrapper", 9], ["???", "0x1", 6]]}


def test_at_most_200_foreign_functions_are_reported() -> None:
    text = "ob=???\n" + "".join(f"fn=0x{i:04x}\n0 1\n" for i in range(250))
    costs = object_costs(text)
    assert len(costs["foreign"]) == 200 and costs["foreign"][0] == ["???", "0x0000", 1] and costs["self"] == {"???": 250}


def snapshot(build: dict[str, Any] | None = None, watched: dict[str, list[str]] | None = None,
             ipc: dict[str, int] | None = None) -> dict[str, Any]:
    """What the runner's ``_state`` records of the places a run could leave something in."""
    return {"build": build if build is not None else {".": [0o40755, 0, None, []], "prog": [0o100755, 0, "ab12", []],
                                                       "runs/*": []},
            "watched": watched if watched is not None else {"/tmp": [], "/dev/shm": ["sem.x"]},
            "ipc": ipc if ipc is not None else {"/proc/sysvipc/shm": 1, "/proc/sysvipc/msg": 1}}


def test_a_run_that_left_everything_as_it_was_changed_nothing() -> None:
    assert changes(snapshot(), snapshot()) == ""
    assert changes(snapshot(), snapshot(watched={"/tmp": [], "/dev/shm": []})) == ""  # removing is no message
    assert changes(snapshot(), snapshot(ipc={"/proc/sysvipc/shm": 1, "/proc/sysvipc/msg": 1, "/proc/sysvipc/sem": 4})) == ""


@pytest.mark.parametrize("after, found", [
    (snapshot(build={**snapshot()["build"], "cache.1": [0o100644, 0, "ff", []], "cache.0": [0o100644, 0, "fe", []]}),
     "left 'cache.0' in the build directory"),
    (snapshot(build={k: v for k, v in snapshot()["build"].items() if k != "prog"}), "removed 'prog' from the build directory"),
    (snapshot(build={**snapshot()["build"], "prog": [0o100700, 0, "ab12", []]}),
     "changed 'prog' (its mode, owner, content or attributes)"),
    (snapshot(build={**snapshot()["build"], "prog": [0o100755, 0, "ab12", ["user.answer"]]}),
     "changed 'prog' (its mode, owner, content or attributes)"),
    (snapshot(build={**snapshot()["build"], "runs/*": ["c0"]}), "changed 'runs/*' (its mode, owner, content or attributes)"),
    (snapshot(watched={"/tmp": ["z", "answer"], "/dev/shm": ["sem.x"]}), "left 'answer' in /tmp"),
    (snapshot(watched={"/tmp": [], "/dev/shm": ["sem.x", "sem.y"]}), "left 'sem.y' in /dev/shm"),
    (snapshot(watched={"/tmp": [], "/dev/shm": ["sem.x"], "/dev/mqueue": ["q"]}), "left 'q' in /dev/mqueue"),
    (snapshot(ipc={"/proc/sysvipc/shm": 2, "/proc/sysvipc/msg": 1}), "left System V IPC objects (/proc/sysvipc/shm)"),
    (snapshot(ipc={"/proc/sysvipc/shm": 1, "/proc/sysvipc/msg": 0}), "left System V IPC objects (/proc/sysvipc/msg)"),
    (snapshot(build={**snapshot()["build"], "x": [0]}, watched={"/tmp": ["a"], "/dev/shm": ["sem.x"]}),
     "left 'x' in the build directory"),  # the first change found is reported
    (snapshot(build={**snapshot()["build"], "prog": [0]}, watched={"/tmp": ["a"], "/dev/shm": ["sem.x"]}),
     "changed 'prog' (its mode, owner, content or attributes)"),
    (snapshot(watched={"/tmp": ["a"], "/dev/shm": ["sem.x"]}, ipc={"/proc/sysvipc/shm": 2, "/proc/sysvipc/msg": 1}),
     "left 'a' in /tmp"),
], ids=["new-files", "removed", "mode", "xattr", "runs-dir", "tmp", "shm", "mqueue", "ipc", "ipc-fewer", "build-first",
        "changed-first", "watched-before-ipc"])
def test_anything_a_counted_run_left_is_found(after: dict[str, Any], found: str) -> None:
    assert changes(snapshot(), after) == found


OVER_CAP = "compiling used more than 10 s of CPU time (work done by the compiler is not counted)"


@pytest.mark.parametrize("exit_code, cpu_s, output, overran_s, status, detail", [
    (0, 1.2, "", None, "ok", ""),
    (0, 9.999, "", None, "ok", ""),
    (0, 10.0, "", None, "compile-resource", OVER_CAP),
    (-signal.SIGKILL, 10.3, "", None, "compile-resource", OVER_CAP),
    (1, None, "g++: fatal error: Killed signal terminated program cc1plus\nCPU time limit exceeded", None,
     "compile-resource", OVER_CAP),
    (-signal.SIGXCPU, None, "", None, "compile-resource", OVER_CAP),
    (-signal.SIGKILL, 3.0, "", 120.0, "compile-error", "compiling took longer than 120.0 s"),
    (0, 3.0, "", 120.0, "compile-error", "compiling took longer than 120.0 s"),
    (1, 0.4, "prog.cpp:1:1: error: 'x' does not name a type\n", None, "compile-error",
     "prog.cpp:1:1: error: 'x' does not name a type\n"),
    (1, None, "e" * 10 + "f" * TAIL, None, "compile-error", "f" * TAIL),
    (-signal.SIGSEGV, 0.4, "internal compiler error", None, "compile-error", "internal compiler error"),
], ids=["ok", "just-under-the-cap", "at-the-cap", "killed-over-the-cap", "reported", "sigxcpu", "wall-clock",
        "wall-clock-exit-0", "error", "error-tail", "compiler-crash"])
def test_how_a_build_ended(exit_code: int, cpu_s: float | None, output: str, overran_s: float | None, status: str,
                           detail: str) -> None:
    assert compile_status(exit_code, cpu_s, 10, output, overran_s) == {"status": status, "detail": detail}
