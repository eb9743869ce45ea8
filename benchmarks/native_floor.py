"""Calibration of the whole-program plausibility floors: honest programs' counting rates.

Evaluates honest programs of different kinds (parsing, a sieve, memory-bound random access, libm
transcendentals, a Python program) through the native evaluate with callgrind and prints, per
program, the count, the counted runs' user CPU beyond the cheapest run's (what ``counted_floor``
weighs), the rate that gives (to set beside ``MIN_COUNTED_RATE``), the native user CPU and the
compiler's CPU time (to set beside ``COMPILE_CPU_S``).

    PYTHONPATH=$PWD nice -n 5 python3 benchmarks/native_floor.py [--executor local]
"""

from __future__ import annotations

import argparse
import math
import random

import harness.languages.native  # noqa: F401  (registers cpp, c, python-program)
from harness.executors import make_executor
from harness.languages import EvalContext, language_for
from harness.languages.native.evaluate import MIN_COUNTED_RATE
from sandboxes.counters import CallgrindCounter
from tasks.schema import Reference, Task, TestCase

SUM = """#include <cstdio>
int main() { long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v; printf("%lld\\n", s); }
"""
SIEVE = """#include <bits/stdc++.h>
int main() { long n; std::cin >> n; std::vector<bool> c(n + 1); long k = 0;
  for (long i = 2; i <= n; i++) if (!c[i]) { k++; for (long j = i * i; j <= n; j += i) c[j] = true; } std::cout << k << "\\n"; }
"""
CHASE = """#include <cstdio>
#include <vector>
int main() { long n; if (scanf("%ld", &n) != 1) return 1; std::vector<unsigned> next(n);
  unsigned long long x = 88172645463325252ULL; for (long i = 0; i < n; i++) next[i] = i;
  for (long i = n - 1; i > 0; i--) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; long j = x % (i + 1); unsigned t = next[i]; next[i] = next[j]; next[j] = t; }
  unsigned p = 0; unsigned long long s = 0; for (long i = 0; i < n; i++) { p = next[p]; s += p; } printf("%llu\\n", s); }
"""
TRIG = """#include <cstdio>
#include <cmath>
int main() { long n; if (scanf("%ld", &n) != 1) return 1; double s = 0;
  for (long i = 1; i <= n; i++) s += std::sin((double)i) + std::log((double)i); printf("%.6f\\n", s); }
"""
SUM_PY = "import sys\nd = sys.stdin.buffer.read().split()\nprint(sum(map(int, d[1:int(d[0]) + 1])))\n"


def sum_tests(sizes: list[int]) -> tuple[TestCase, ...]:
    rng = random.Random(1)
    out = []
    for n in sizes:
        v = [rng.randint(-10**9, 10**9) for _ in range(n)]
        out.append(TestCase(stdin=f"{n}\n{' '.join(map(str, v))}\n", stdout=f"{sum(v)}\n"))
    return tuple(out)


def chase_expected(n: int) -> int:
    nxt, x, mask = list(range(n)), 88172645463325252, (1 << 64) - 1
    for i in range(n - 1, 0, -1):
        x ^= (x << 13) & mask
        x ^= x >> 7
        x ^= (x << 17) & mask
        j = x % (i + 1)
        nxt[i], nxt[j] = nxt[j], nxt[i]
    p = s = 0
    for _ in range(n):
        p = nxt[p]
        s += p
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--executor", default="local")
    args = ap.parse_args()
    primes = {10: 4, 1000: 168, 1_000_000: 78498, 3_000_000: 216816}
    trig = {n: f"{sum(math.sin(i) + math.log(i) for i in range(1, n + 1)):.6f}\n" for n in (10, 1000, 200_000)}
    cases = [
        ("sum (parsing)", "cpp", SUM, sum_tests([3, 1000, 100_000, 200_000])),
        ("sieve", "cpp", SIEVE, tuple(TestCase(stdin=f"{n}\n", stdout=f"{k}\n") for n, k in primes.items())),
        ("pointer chase (cache misses)", "cpp", CHASE,
         tuple(TestCase(stdin=f"{n}\n", stdout=f"{chase_expected(n)}\n") for n in (10, 1000, 300_000))),
        ("libm sin+log", "cpp", TRIG, tuple(TestCase(stdin=f"{n}\n", stdout=t) for n, t in trig.items())),
        ("python sum", "python-program", SUM_PY, sum_tests([3, 1000, 20_000])),
    ]
    ctx = EvalContext(executor=make_executor(args.executor), counter=CallgrindCounter())
    print(f"| program | verdict | instructions | counted user beyond cheapest (s) | rate (M/s; floor {MIN_COUNTED_RATE / 1e6:g}) "
          "| native user (s) | compile CPU (s) |")
    print("|---|---|---|---|---|---|---|")
    for name, lang, code, tests in cases:
        task = Task(id="floor/" + "".join(c if c.isalnum() else "-" for c in name), suite="floor", language=lang, prompt=name, tests=tests,
                    references=tuple(Reference(tier=t, code=code) for t in ("slow", "mid", "fast")), assets={"compare": "pie"})
        ev = language_for(task).evaluate(task, code, ctx)
        m = ev.measurement
        if m is None or m.instructions is None:
            print(f"| {name} | {ev.verdict} | – | – | – | – | {ev.provenance.get('compile_cpu_s')} | {ev.detail[:80]}")
            continue
        users = m.extra["counted_user_s"]
        beyond = sum(u - min(users) for u in users)
        print(f"| {name} | {ev.verdict} | {m.instructions:,} | {beyond:.3f} | {m.instructions / max(beyond, 1e-9) / 1e6:.0f} "
              f"| {m.extra['native_user_s']:.3f} | {ev.provenance.get('compile_cpu_s')} |", flush=True)


if __name__ == "__main__":
    main()
