"""Whole programs' measurement channel holds in Docker too (fresh and warm): a program cannot
replace callgrind's dump FIFO (another user's directory in the sticky /tmp) nor hand an answer
from a counted run to a native one; the warm holder is reused cleanly after a job with pipes."""

from __future__ import annotations

from pathlib import Path

import pytest

import harness.languages.native  # noqa: F401  (registers cpp)
from harness.languages import EvalContext, language_for
from sandboxes.counters import CallgrindCounter
from sandboxes.docker.executor import DockerExecutor
from tasks.results import Verdict
from tasks.schema import Reference, Task, TestCase

pytestmark = [pytest.mark.docker, pytest.mark.slow]  # slow: three callgrind evaluations per mode (~30 s)
ATTACKS = Path(__file__).parents[2] / "harness" / "languages" / "native" / "attacks"
HONEST = """#include <cstdio>
int main() { long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v; printf("%lld\\n", s); }
"""
TESTS = (TestCase(stdin="3\n1 2 3\n", stdout="6\n"),
         TestCase(stdin="5000\n" + " ".join(str(i) for i in range(5000)) + "\n", stdout=f"{sum(range(5000))}\n"))


def evaluate(executor: DockerExecutor, code: str):
    task = Task(id="adv3/docker", suite="adv3", language="cpp", prompt="Sum.", tests=TESTS,
                references=tuple(Reference(tier=t, code=code) for t in ("slow", "mid", "fast")), assets={"compare": "pie"})
    return language_for(task).evaluate(task, code, EvalContext(executor=executor, counter=CallgrindCounter()))


def test_forged_dump_and_cached_answers_are_tampered(executor: DockerExecutor) -> None:
    forged = evaluate(executor, (ATTACKS / "forge_dump.cpp").read_text())
    assert forged.verdict == Verdict.TAMPERED and "not the program's own" in forged.detail, forged.detail
    cached = evaluate(executor, (ATTACKS / "caches_answers.cpp").read_text())
    assert cached.verdict == Verdict.TAMPERED and "left" in cached.detail, cached.detail
    honest = evaluate(executor, HONEST)
    assert honest.verdict == Verdict.PASS and honest.measurement.instructions > 0, honest.detail
