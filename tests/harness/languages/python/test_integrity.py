"""What a candidate does to fool the measurement fails: forged reports and counter dumps, work
hidden at import or in default arguments, caches across calls, threads outliving the call.
And an honest candidate is not rejected because the machine is busy."""

from __future__ import annotations

import multiprocessing
import os
import time
from typing import Iterator

import pytest

from harness.languages import EvalContext
from harness.languages.python.evaluate import evaluate
from sandboxes.counters import COUNTERS, probe
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Task

FAST = "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n"


@pytest.fixture(scope="module", params=["callgrind", "qemu-host"])
def counted(request: pytest.FixtureRequest, local_executor: LocalExecutor) -> EvalContext:
    """Every attack under both exact counters: qemu-host must give each the verdict callgrind gives."""
    answer = probe(request.param, local_executor)
    if not answer.ok:
        pytest.skip(answer.reason)
    return EvalContext(executor=local_executor, counter=COUNTERS[request.param](), timing_repeats=0, trace_memory=False)


@pytest.fixture(scope="module")
def honest(dedupe: Task, counted: EvalContext) -> int:
    evaluation = evaluate(dedupe, FAST, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail
    return evaluation.measurement.instructions


def test_forging_the_result_file_is_refused(dedupe: Task, check_only: EvalContext) -> None:
    forged = ('import json, os\n'
              'json.dump({"check": {"status": "ok", "perf": {"output": []}, "tests": []}}, open("result.json", "w"))\n'
              'os._exit(0)\n' + FAST)
    evaluation = evaluate(dedupe, forged, check_only)
    assert evaluation.verdict == Verdict.TAMPERED and "result.json" in evaluation.detail, evaluation.detail


def test_a_child_that_dies_without_reporting_is_a_crash(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, "import os\nos._exit(0)\n" + FAST, check_only)
    assert evaluation.verdict == Verdict.CRASH and "without a report" in evaluation.detail, evaluation.detail


def test_a_report_written_into_the_runners_pipe_is_rejected(dedupe: Task, check_only: EvalContext) -> None:
    """Whatever pipe the candidate finds among its file descriptors, a second report line is refused."""
    forged = ("import os, stat\n"
              "for fd in range(3, 64):\n"
              "    try:\n"
              "        if stat.S_ISFIFO(os.fstat(fd).st_mode):\n"
              "            os.write(fd, b'{\"body\": \"{}\", \"mac\": \"00\"}\\n')\n"
              "    except OSError:\n"
              "        pass\n" + FAST)
    evaluation = evaluate(dedupe, forged, check_only)
    assert evaluation.verdict == Verdict.TAMPERED, evaluation.detail


def test_forged_callgrind_dumps_are_refused(dedupe: Task, counted: EvalContext) -> None:
    dump = "version: 1\\ndesc: Trigger: Client Request: ergon-perf\\nevents: Ir\\ntotals: 1\\n"
    forged = (f'import os\nfor i in range(1, 9):\n    open(f"cg.out.{{os.getpid()}}.{{i}}", "w").write("{dump}")\n' + FAST)
    evaluation = evaluate(dedupe, forged, counted)
    assert evaluation.verdict == Verdict.TAMPERED, evaluation.detail


def test_work_at_import_is_counted(dedupe: Task, counted: EvalContext, honest: int) -> None:
    """Precomputing at import (a table of every answer the call could need) is counted with the call."""
    hidden = "TABLE = {i: i * i for i in range(200_000)}\n" + FAST
    evaluation = evaluate(dedupe, hidden, counted)
    assert evaluation.verdict == Verdict.PASS
    assert evaluation.measurement.instructions > honest + 5_000_000  # the table's ~200k inserts


def test_work_in_a_default_argument_is_counted(dedupe: Task, counted: EvalContext, honest: int) -> None:
    hidden = "def dedupe(xs, _t={i: i * i for i in range(200_000)}):\n    return list(dict.fromkeys(xs))\n"
    evaluation = evaluate(dedupe, hidden, counted)
    assert evaluation.verdict == Verdict.PASS
    assert evaluation.measurement.instructions > honest + 5_000_000


def test_a_cache_across_calls_gains_nothing(dedupe: Task, counted: EvalContext, honest: int) -> None:
    """Every counted call is the first of its process: a memo keyed on the input never hits."""
    memo = ("_cache = {}\ndef dedupe(xs):\n    key = tuple(xs)\n    if key not in _cache:\n"
            "        _cache[key] = list(dict.fromkeys(xs))\n    return list(_cache[key])\n")
    evaluation = evaluate(dedupe, memo, counted)
    assert evaluation.verdict == Verdict.PASS and evaluation.measurement.instructions > honest


def test_work_done_once_per_process_is_charged_to_the_scored_input(dedupe: Task, counted: EvalContext,
                                                                      honest: int) -> None:
    """The scale inputs share the counting process, but the scored input runs first: a table built
    on the process's first import (kept on ``sys``, which outlives the module) is counted with it."""
    once = ("import sys\nif not hasattr(sys, 'ergon_table'):\n"
            "    sys.ergon_table = {i: i * i for i in range(200_000)}\n" + FAST)
    evaluation = evaluate(dedupe, once, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail
    assert evaluation.measurement.instructions > honest + 5_000_000
    scales = evaluation.measurement.extra["scale_counts"]
    assert len(scales) == 3 and max(c for n, c in scales.items() if int(n) != dedupe.perf_n) < honest


def test_a_thread_outliving_the_call_is_refused(dedupe: Task, counted: EvalContext) -> None:
    sneaky = ("import threading, time\n"
              "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n" + FAST)
    evaluation = evaluate(dedupe, sneaky, counted)
    assert evaluation.verdict == Verdict.TAMPERED and "threads" in evaluation.detail, evaluation.detail


def test_ctypes_and_proc_are_refused_inside_the_call(dedupe: Task, counted: EvalContext) -> None:
    for code in ("import ctypes\ndef dedupe(xs):\n    ctypes.CDLL(None)\n    return list(dict.fromkeys(xs))\n",
                 "def dedupe(xs):\n    open('/proc/self/mem', 'rb')\n    return list(dict.fromkeys(xs))\n",
                 "import gc\ndef dedupe(xs):\n    gc.get_objects()\n    return list(dict.fromkeys(xs))\n",
                 "import sys\ndef dedupe(xs):\n    sys._getframe(1)\n    return list(dict.fromkeys(xs))\n"):
        evaluation = evaluate(dedupe, code, counted)
        assert evaluation.verdict == Verdict.TAMPERED, (code, evaluation.detail)


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.fixture()
def busy_machine() -> Iterator[None]:
    """Every core kept busy by another process for the length of the test."""
    hogs = [multiprocessing.Process(target=_spin, args=(120,), daemon=True) for _ in range(2 * (os.cpu_count() or 1))]
    for hog in hogs:
        hog.start()
    yield
    for hog in hogs:
        hog.kill()


def test_honest_candidates_pass_on_a_busy_machine(dedupe: Task, counted: EvalContext, busy_machine: None) -> None:
    """The plausibility check uses CPU time (least of the timings), which preemption does not inflate."""
    for tier in dedupe.references:
        evaluation = evaluate(dedupe, tier.code, counted)
        assert evaluation.verdict == Verdict.PASS, (tier.tier, evaluation.detail)


# The attacks an adversary found against the first version of the seal (one regression test each).
SLOWEST_DEDUPE = "def _slow(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n"


def test_the_runners_own_module_is_out_of_reach(dedupe: Task, counted: EvalContext) -> None:
    """Patching the runner through ``sys.modules['__main__']`` (to run code after the region, or to
    unseal it) reaches an empty module."""
    for attack in ("import sys\nsys.modules['__main__']._Primitives.only_builtin = lambda self, v: True\n",
                   "import sys\nsys.modules['__main__'].BLOCKED_EVENTS = ('\\0',)\nimport ctypes\n"):
        evaluation = evaluate(dedupe, attack + FAST, counted)
        assert evaluation.verdict in (Verdict.LOAD_ERROR, Verdict.TAMPERED), (attack, evaluation.detail)


def test_starting_a_process_without_an_audit_event_is_refused(dedupe: Task, counted: EvalContext) -> None:
    evaluation = evaluate(dedupe, "import _posixsubprocess\n" + FAST, counted)
    assert evaluation.verdict == Verdict.TAMPERED and "_posixsubprocess" in evaluation.detail, evaluation.detail


def test_a_cache_on_disk_between_the_runs_is_refused(dedupe: Task, counted: EvalContext) -> None:
    evaluation = evaluate(dedupe, "import os\nos.makedirs('/tmp/ergon-test-cache', exist_ok=True)\n" + FAST, counted)
    assert evaluation.verdict == Verdict.TAMPERED and "os.mkdir" in evaluation.detail, evaluation.detail


SLOW_HERE = "import time\n_t = time.process_time()\nsum(range(200_000))\n_SLOW = time.process_time() - _t > 0.02\n"
"""Detects either exact counter by the CPU time of a loop: 5-7 ms native on a loaded 2-core VM, 40-60 ms under
qemu-host, far more under callgrind."""


def test_a_shortcut_taken_only_when_counted_fails(dedupe: Task, counted: EvalContext) -> None:
    """Code that detects the counter (here by its slowness) and then returns a wrong but cheap answer
    that happens to be right on the scored input must still answer the tests in the counted process."""
    switch = (SLOW_HERE + "_COUNTED = _SLOW\n"
              "def dedupe(xs):\n    return xs if _COUNTED else list(dict.fromkeys(xs))\n")
    evaluation = evaluate(dedupe, switch, counted)
    assert evaluation.verdict == Verdict.FAIL and "not the check run's answer" in evaluation.detail, evaluation.detail


# The second adversary's attacks (a fresh agent with only the prompts, the README and the harness
# source): each got DPS 100 against the seal before it was hardened.
IN_MEASURING_RUN = SLOW_HERE + "import os\n_COUNTED = _SLOW or os.path.exists('cg.out.%d.1' % os.getpid())\n"


def test_work_deferred_past_the_region_through_a_rebound_function_fails(dedupe: Task, counted: EvalContext) -> None:
    """The counted call returns an empty list and rebinds ``os.getpid`` (which the runner once called
    after the region) to fill it in: the runner no longer calls anything rebindable before the
    output is frozen, so the output is wrong."""
    defer = (IN_MEASURING_RUN + SLOWEST_DEDUPE +
             "_real, _pending = os.getpid, []\n"
             "def _later():\n    while _pending:\n        xs, out = _pending.pop()\n        out.extend(_slow(xs))\n"
             "    return _real()\n"
             "def dedupe(xs):\n    if not _COUNTED:\n        return _slow(xs)\n"
             "    out = []\n    _pending.append((xs, out))\n    os.getpid = _later\n    return out\n")
    evaluation = evaluate(dedupe, defer, counted)
    assert evaluation.verdict == Verdict.FAIL and "measuring run" in evaluation.detail, evaluation.detail


def test_an_audit_hook_of_the_candidates_own_never_runs(dedupe: Task, counted: EvalContext) -> None:
    """A hook of the candidate's would run after the region, on the runner's own events; adding one is
    refused (CPython then skips the new hook silently), so this candidate answers correctly."""
    hook = ("import sys\n_events = []\nsys.addaudithook(lambda event, args: _events.append(event))\n"
            "def dedupe(xs):\n    open('/dev/null').close()\n"
            "    return xs[:1] if _events else list(dict.fromkeys(xs))\n")
    evaluation = evaluate(dedupe, hook, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


def test_work_handed_to_a_joined_thread_is_counted(dedupe: Task, counted: EvalContext, honest: int) -> None:
    """Callgrind once collected only in the thread that toggled it on."""
    threaded = ("import threading\n_first = [True]\n"
                "def dedupe(xs):\n    box = []\n"
                "    def work():\n        if _first.pop() if _first else False:\n"
                "            table = {i: i * i for i in range(200_000)}\n"
                "        box.append(list(dict.fromkeys(xs)))\n"
                "    t = threading.Thread(target=work)\n    t.start()\n    t.join()\n    return box[0]\n")
    evaluation = evaluate(dedupe, threaded, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail
    assert evaluation.measurement.instructions > honest + 5_000_000


def test_no_class_in_the_process_leads_to_the_runner_or_to_unaudited_native_calls(dedupe: Task,
                                                                                 counted: EvalContext) -> None:
    """``object.__subclasses__()`` lists every class; a method's ``__globals__`` (no audit event) once led
    to the runner's module (its report key, its ctypes) and to ``ctypes.memmove``.  The candidate
    walks every class in both runs and fails loudly if any method leads there."""
    probe = ("import os, sys\n"
             "def _leaks():\n    seen, found, stack = set(), [], [object]\n    while stack:\n"
             "        c = stack.pop()\n        if id(c) in seen:\n            continue\n        seen.add(id(c))\n"
             "        stack.extend(type.__subclasses__(c))\n"
             "        for name, v in list(vars(c).items()):\n"
             "            g = getattr(getattr(v, '__func__', v), '__globals__', None)\n"
             "            if isinstance(g, dict) and ({'BLOCKED_EVENTS', 'memmove', 'fork_exec', '_posixsubprocess'} & set(g)\n"
             "                    or getattr(g.get('ctypes'), 'memmove', None)):\n"
             "                found.append(c.__qualname__ + '.' + name)\n"
             "    return found, len(seen)\n"
             "def dedupe(xs):\n    found, classes = _leaks()\n"
             "    if found or classes < 100:\n        raise RuntimeError(f'{found} of {classes}')\n"
             "    return list(dict.fromkeys(xs))\n")
    evaluation = evaluate(dedupe, probe, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


@pytest.mark.parametrize("attack", [
    "open('job.json').read()",  # every input of the run, for a table at import
    "import posixpath\nposixpath.abspath = lambda p: '/dev/null'\nopen('cg.out.forged', 'w')",
    "open('/dev/fd/../mem', 'rb')",  # /dev/fd is /proc/self/fd: this is /proc/self/mem
    "class P(str):\n    def startswith(self, *a):\n        return False\nopen(P('/proc/self/mem'), 'rb')",
    "class P:\n    def __fspath__(self):\n        return '/proc/self/mem'\nopen(P(), 'rb')",
])
def test_the_file_checks_resolve_paths_themselves(dedupe: Task, counted: EvalContext, attack: str) -> None:
    code = "def dedupe(xs):\n" + "".join(f"    {line}\n" for line in attack.splitlines()) + \
           "    return list(dict.fromkeys(xs))\n"
    evaluation = evaluate(dedupe, code, counted)
    assert evaluation.verdict == Verdict.TAMPERED and "not allowed" in evaluation.detail, evaluation.detail


def test_honest_code_using_namedtuple_and_the_modules_that_do_is_not_refused(dedupe: Task, counted: EvalContext) -> None:
    """``namedtuple`` reads its caller's frame, which the seal refuses; the runner's own ``namedtuple``
    does not need to, so record types, ``decimal`` and ``socket`` (through ``selectors``) still work."""
    code = ("import collections, decimal, selectors\nItem = collections.namedtuple('Item', 'value')\n"
            "def dedupe(xs):\n    return [item.value for item in map(Item, dict.fromkeys(xs))]\n")
    evaluation = evaluate(dedupe, code, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


def test_honest_code_importing_packages_the_runner_never_loaded_passes(dedupe: Task, counted: EvalContext) -> None:
    """The import system lists a package's directory the first time it imports from it, and the seal
    refuses listing directories: ``xml.etree`` once failed to import in every counted run."""
    code = ("import xml.etree.ElementTree as ET, email.utils, json, re\n"
            "def dedupe(xs):\n    return [int(e.text) for e in ET.fromstring('<a>' + ''.join(\n"
            "        f'<b>{x}</b>' for x in dict.fromkeys(xs)) + '</a>')]\n")
    evaluation = evaluate(dedupe, code, counted)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


@pytest.mark.parametrize("path", [".", "/", "/root/..", "/proc/self"])
def test_listing_directories_outside_the_interpreters_library_is_refused(dedupe: Task, check_only: EvalContext,
                                                                          path: str) -> None:
    code = f"import os\nos.listdir({path!r})\n" + FAST
    evaluation = evaluate(dedupe, code, check_only)
    assert evaluation.verdict == Verdict.TAMPERED and "os.listdir" in evaluation.detail, evaluation.detail


OFFLOAD = '''
import os, sys, _imp

WORKER = "import sys\\nxs = eval(sys.stdin.read())\\nsys.stdout.write(repr(list(dict.fromkeys(xs))))"


def _posixsubprocess():
    """Loaded without an import of that name (the adversary's way past the audit hook)."""
    spec = type(sys)("spec")
    if "_posixsubprocess" in sys.builtin_module_names:
        spec.name, spec.origin = "_posixsubprocess", "built-in"
        return _imp.create_builtin(spec)
    lib = [p for p in sys.path if p.endswith("lib-dynload")][0]
    spec.name, spec.origin = "{name}", lib + "/_posixsubprocess" + _imp.extension_suffixes()[0]
    return _imp.create_dynamic(spec)


def dedupe(xs):
    """The work runs in a process the counter does not follow; the answer comes back over a pipe."""
    fork_exec = _posixsubprocess().fork_exec
    r_in, w_in = os.pipe()
    r_out, w_out = os.pipe()
    err_r, err_w = os.pipe()
    exe = sys.executable.encode()
    pid = fork_exec([exe, b"-S", b"-c", WORKER.encode()], [exe], True, (r_in, w_out), None, None,
                    r_in, -1, -1, w_out, -1, -1, err_r, err_w, True, False, -1, None, None, -1, -1, None, True)
    os.close(r_in); os.close(w_out); os.close(err_w); os.close(err_r)
    os.write(w_in, repr(xs).encode()); os.close(w_in)
    out = b""
    while chunk := os.read(r_out, 65536):
        out += chunk
    os.waitpid(pid, 0)
    return eval(out)
'''


def test_posixsubprocess_loaded_under_another_name_starts_no_process(dedupe: Task, counted: EvalContext) -> None:
    """The adversary's way past the audit hook: the extension loaded as ``zz._posixsubprocess``
    (its ``fork_exec`` raises no audit event).  The hook now checks every part of the name, and the
    kernel refuses the process anyway (below; in Debian's interpreter the module is built in, and
    ``_imp.create_builtin`` raises no event at all)."""
    evaluation = evaluate(dedupe, OFFLOAD.replace("{name}", "zz._posixsubprocess"), counted)
    assert evaluation.verdict in (Verdict.ERROR, Verdict.TAMPERED), (evaluation.verdict, evaluation.detail)
    assert evaluation.measurement is None


FILTERED = """
import os, subprocess, sys, threading
sys.path[:0] = sys.argv[1:4]
import runner
runner._refuse_new_processes(required=True)
seen = []
thread = threading.Thread(target=lambda: seen.append(sum(range(1000))))
thread.start(); thread.join()
print("thread", seen)
for name, start in [("fork", os.fork), ("spawn", lambda: subprocess.run(["/bin/true"])),
                    ("exec", lambda: os.execv("/bin/true", ["true"]))]:
    try:
        pid = start()
    except PermissionError:
        print(name, "refused")
    else:
        if pid == 0:
            os._exit(0)
        print(name, "ALLOWED")
"""


def test_the_kernel_refuses_new_processes_and_programs_but_not_threads(tmp_path) -> None:
    """The seccomp filter every child installs before loading the candidate (trusted code: run here)."""
    import subprocess
    import sys
    from pathlib import Path

    import harness.languages.python as python_language
    import tasks.canonical as canonical_module

    out = subprocess.run([sys.executable, "-S", "-c", FILTERED, str(Path(python_language.__file__).parent),
                          str(Path(canonical_module.__file__).parent), str(Path(python_language.__file__).parent.parent)],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split("\n")[:4] == ["thread [499500]", "fork refused", "spawn refused", "exec refused"], \
        (out.stdout, out.stderr[-1000:])
