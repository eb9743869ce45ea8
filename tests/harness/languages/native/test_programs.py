"""Whole programs through the real sandbox (bwrap local executor) and callgrind: honest programs pass
with exact, repeatable counts; wrong-but-fast and hostile ones fail."""

from __future__ import annotations

import json

import pytest

import harness.languages.native  # noqa: F401  (registers cpp, c, python-program)
from harness.languages import EvalContext, language_for
from harness.languages.native.evaluate import build_job
from sandboxes.counters import CallgrindCounter
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Reference, Task, TestCase

pytestmark = pytest.mark.needs("valgrind", "g++", "bwrap")

SUM_CPP = """#include <cstdio>
int main() { long n; if (scanf("%ld", &n) != 1) return 1; long s = 0;
  for (long i = 1; i <= n; i++) s += i; printf("%ld\\n", s); }
"""
SUM_FAST_CPP = """#include <cstdio>
int main() { long n; if (scanf("%ld", &n) != 1) return 1; printf("%ld\\n", n * (n + 1) / 2); }
"""
SUM_PY = "n = int(input())\nprint(sum(range(1, n + 1)))\n"
TESTS = (TestCase(stdin="10\n", stdout="55\n", label="sample"),
         TestCase(stdin="2000000\n", stdout="2000001000000\n", label="big", hidden=True))


def task(language: str, code: str, tests: tuple[TestCase, ...] = TESTS, **assets: str) -> Task:
    refs = tuple(Reference(tier=t, code=code) for t in ("slow", "mid", "fast"))
    return Task(id=f"t/{language}", suite="t", language=language, prompt="Print 1 + 2 + ... + n.", tests=tests,
                references=refs, assets={"compare": "pie", **assets})


@pytest.fixture(scope="module")
def counting() -> EvalContext:
    return EvalContext(executor=LocalExecutor(), counter=CallgrindCounter())


def run(ctx: EvalContext, language: str, code: str, **kw: str):
    t = task(language, code, **kw)
    return language_for(t).evaluate(t, code, ctx)


def test_cpp_program_counted_exactly_and_ranked(counting: EvalContext) -> None:
    slow, again, fast = (run(counting, "cpp", c) for c in (SUM_CPP, SUM_CPP, SUM_FAST_CPP))
    assert slow.verdict == again.verdict == fast.verdict == Verdict.PASS, (slow.detail, fast.detail)
    assert slow.measurement.instructions == again.measurement.instructions  # exact, repeatable
    assert slow.measurement.extra["test_counts"][1] > 10 * fast.measurement.extra["test_counts"][1]
    assert sum(slow.measurement.extra["test_counts"]) == slow.measurement.instructions
    assert "g++" in slow.provenance["compiler"] and "-O3" in slow.provenance["build"]


def test_c_program_and_compile_error(counting: EvalContext) -> None:
    ok = run(counting, "c", SUM_FAST_CPP.replace("<cstdio>", "<stdio.h>"))
    assert ok.verdict == Verdict.PASS, ok.detail
    broken = run(counting, "c", "int main() { return undefined_name; }\n")
    assert broken.verdict == Verdict.COMPILE_ERROR and "undefined_name" in broken.detail


def test_python_program_counted(counting: EvalContext) -> None:
    one = (TESTS[0],)
    ev = run(counting, "python-program", SUM_PY, tests=one)  # type: ignore[arg-type]
    assert ev.verdict == Verdict.PASS, ev.detail
    assert ev.measurement.instructions > 1_000_000  # the interpreter's start-up is part of a whole program


def test_expected_outputs_never_enter_the_sandbox() -> None:
    job = build_job(task("cpp", SUM_CPP), SUM_CPP, counting=True)
    shipped = b"".join(job.files.values())
    assert b"2000001000000" not in shipped and b"2000000\\n" in job.files["job.json"]


HARD_CODED = '#include <cstdio>\nint main() { puts("55"); }\n'
READS_FILES = r"""#include <cstdio>
#include <dirent.h>
#include <cstring>
// looks for expected outputs beside it and above it, prints the first file it can open
int main() { const char* dirs[] = {".", "..", "/tmp", "/work", "/root"}; char path[4096];
  for (const char* d : dirs) { DIR* dir = opendir(d); if (!dir) continue; struct dirent* e;
    while ((e = readdir(dir))) { if (!strstr(e->d_name, "output") && !strstr(e->d_name, "expected")) continue;
      snprintf(path, sizeof path, "%s/%s", d, e->d_name); FILE* f = fopen(path, "r"); if (!f) continue;
      int c; while ((c = fgetc(f)) != EOF) putchar(c); return 0; } }
  puts("55"); }
"""
SPINS = '#include <cstdio>\nint main() { puts("55"); puts("20000100000"); fflush(stdout); for (volatile long i = 0;; i++); }\n'
FORKS = r"""#include <cstdio>
#include <unistd.h>
#include <sys/wait.h>
// the work in a child process, which a count of the parent alone would miss
int main() { long n; scanf("%ld", &n); pid_t p = fork();
  if (p == 0) { long s = 0; for (long i = 1; i <= n; i++) s += i; printf("%ld\n", s); return 0; }
  if (p > 0) waitpid(p, 0, 0); return 0; }
"""
CLIENT_REQUEST = r"""#include <cstdio>
// valgrind's client-request preamble (CALLGRIND_TOGGLE_COLLECT would stop the count)
static void toggle() { unsigned long long req[6] = {0x43540000ULL + 2, 0, 0, 0, 0, 0}; unsigned long long res = 0;
  __asm__ volatile("rolq $3, %%rdi ; rolq $13, %%rdi\n\trolq $61, %%rdi ; rolq $51, %%rdi\n\txchgq %%rbx,%%rbx"
                   : "=d"(res) : "a"(&req[0]), "0"(res) : "cc", "memory"); }
int main() { toggle(); long n; scanf("%ld", &n); long s = 0; for (long i = 1; i <= n; i++) s += i; printf("%ld\n", s); }
"""


@pytest.mark.parametrize("code, verdicts", [
    (HARD_CODED, {Verdict.FAIL}),
    (READS_FILES, {Verdict.FAIL}),
    (FORKS, {Verdict.FAIL, Verdict.TAMPERED}),
    (CLIENT_REQUEST, {Verdict.TAMPERED}),
], ids=["hard-coded-sample", "reads-files", "forks", "client-request"])
def test_hostile_cpp_programs_fail(counting: EvalContext, code: str, verdicts: set[Verdict]) -> None:
    ev = run(counting, "cpp", code)
    assert ev.verdict in verdicts, (ev.verdict, ev.detail)
    assert ev.measurement is None


def test_printing_then_spinning_times_out(check_only: EvalContext) -> None:
    ev = run(check_only, "cpp", SPINS, time_limit_s="1")
    assert ev.verdict == Verdict.TIMEOUT, ev.detail


@pytest.mark.parametrize("code, refused", [
    ("import ctypes\nprint(55)\n", "ctypes"),
    ("open('cache.txt', 'w').write('55')\nprint(55)\n", "for writing"),
    ("import os\nif os.fork() == 0:\n    print(55)\n", "os.fork"),
    ("print(open('/proc/self/maps').read()[:10])\n", "/proc"),
], ids=["ctypes", "writes-cache", "forks", "proc"])
def test_hostile_python_programs_are_refused(check_only: EvalContext, code: str, refused: str) -> None:
    ev = run(check_only, "python-program", code, tests=(TESTS[0],))  # type: ignore[arg-type]
    assert ev.verdict == Verdict.TAMPERED and refused in ev.detail, (ev.verdict, ev.detail)
