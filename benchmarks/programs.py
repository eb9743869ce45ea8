"""Cost of counting whole programs (PIE-style C++), against PIE's gem5 cost (~2 min per test).

Writes a small PIE split in the release's schema (three pairs of one problem, ``--tests`` test files
of growing size), loads it with the PIE loader, evaluates every task's reference tiers through the
``cpp`` language (callgrind counting every test first, then native runs) and prints a table: tasks
loaded vs rows, and per program test the counted run's CPU and wall time, the native run's CPU time
and the instruction count.  ``--executor docker`` runs the same in the Docker sandbox.

    PYTHONPATH=$PWD nice -n 5 python3 benchmarks/programs.py [--tests 5] [--executor local]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import harness.languages.native  # noqa: F401  (registers cpp)
from harness.executors import make_executor
from harness.languages import EvalContext, language_for
from sandboxes.counters import CallgrindCounter
from tasks.loaders.pie import load_pie, source_paths

# A CodeNet-like problem: count pairs (i < j) with a[i] + a[j] divisible by k.
QUADRATIC = r"""#include <bits/stdc++.h>
using namespace std;
int main(){int n,k;cin>>n>>k;vector<long long>a(n);for(auto&x:a)cin>>x;long long c=0;
for(int i=0;i<n;i++)for(int j=i+1;j<n;j++)if((a[i]+a[j])%k==0)c++;cout<<c<<endl;}
"""
SORTED = r"""#include <bits/stdc++.h>
using namespace std;
int main(){int n,k;cin>>n>>k;vector<long long>r(n);for(auto&x:r){cin>>x;x%=k;}sort(r.begin(),r.end());long long c=0;
for(int i=0;i<n;i++){long long want=(k-r[i])%k;auto lo=lower_bound(r.begin()+i+1,r.end(),want);
auto hi=upper_bound(r.begin()+i+1,r.end(),want);c+=hi-lo;}cout<<c<<endl;}
"""
COUNTING = r"""#include <cstdio>
#include <vector>
int main(){int n,k;if(scanf("%d %d",&n,&k)!=2)return 1;std::vector<long long>cnt(k,0);long long c=0;
for(int i=0;i<n;i++){long long x;scanf("%lld",&x);int r=x%k;c+=cnt[(k-r)%k];cnt[r]++;}printf("%lld\n",c);}
"""


PY_QUADRATIC = """n, k = map(int, input().split())
a = list(map(int, input().split()))
c = 0
for i in range(n):
    for j in range(i + 1, n):
        if (a[i] + a[j]) % k == 0:
            c += 1
print(c)
"""
PY_COUNTING = """n, k = map(int, input().split())
cnt = [0] * k
c = 0
for x in map(int, input().split()):
    r = x % k
    c += cnt[(k - r) % k]
    cnt[r] += 1
print(c)
"""


def answer(values: list[int], k: int) -> int:
    cnt = [0] * k
    total = 0
    for x in values:
        total += cnt[(k - x % k) % k]
        cnt[x % k] += 1
    return total


def write_split(root: Path, tests: int) -> None:
    import random

    rng = random.Random(1)
    rows = [("s1", QUADRATIC, "t1", SORTED, 3.0, 2.0), ("s2", SORTED, "t2", COUNTING, 2.0, 1.0),
            ("s3", QUADRATIC, "t3", COUNTING, 3.0, 1.0)]
    with (root / "test.jsonl").open("w") as fh:
        for sid, src, tid, tgt, st, tt in rows:
            fh.write(json.dumps({"problem_id": "p02000", "src_id": sid, "tgt_id": tid, "src_code": src, "tgt_code": tgt,
                                 "tests": list(range(tests)), "n_tests": tests,
                                 "src_agg_runtime": st, "tgt_agg_runtime": tt}) + "\n")
    cases = root / "merged_test_cases" / "p02000"
    cases.mkdir(parents=True)
    for i in range(tests):
        n, k = 200 * (i + 1), 7 + i
        values = [rng.randrange(10**9) for _ in range(n)]
        (cases / f"input.{i}.txt").write_text(f"{n} {k}\n{' '.join(map(str, values))}\n")
        (cases / f"output.{i}.txt").write_text(f"{answer(values, k)}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tests", type=int, default=5)
    ap.add_argument("--executor", default="local")
    args = ap.parse_args()
    executor = make_executor(args.executor)
    ctx = EvalContext(executor=executor, counter=CallgrindCounter())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_split(root, args.tests)
        loaded = load_pie(*source_paths(root))
        print(f"PIE fixture: {loaded.rows} rows, {len(loaded.tasks)} tasks loaded, {len(loaded.skipped)} skipped "
              f"{[why for _, why in loaded.skipped]}")
        print("| task | tier | verdict | instructions | tests | counted CPU s/test | job wall s/test | native CPU ms/test |")
        print("|---|---|---|---|---|---|---|---|")
        per_test_cpu, per_test_wall = [], []
        for task in loaded.tasks:
            for ref in task.references:
                t0 = time.perf_counter()
                ev = language_for(task).evaluate(task, ref.code, ctx)
                wall = time.perf_counter() - t0
                n = len(task.tests)
                m = ev.measurement
                cpu = m.extra.get("counted_cpu_s") if m else None
                native = m.extra.get("native_cpu_s") if m else None
                if cpu is not None:
                    per_test_cpu.append(cpu / n)
                    per_test_wall.append(wall / n)
                print(f"| {task.id} | {ref.tier} | {ev.verdict} | {m.instructions if m and m.instructions else '–':,} | {n} "
                      f"| {cpu / n if cpu is not None else float('nan'):.3f} | {wall / n:.3f} "
                      f"| {native / n * 1e3 if native is not None else float('nan'):.2f} |")
        if per_test_cpu:
            print(f"\nC++, per program test: counted CPU median {statistics.median(per_test_cpu):.3f} s, "
                  f"whole-job wall median {statistics.median(per_test_wall):.3f} s "
                  f"(PIE's gem5: ~120 s per test); executor {args.executor}")
        python_task = loaded.tasks[0].model_copy(update={"language": "python-program", "assets": {"compare": "judge0"}})
        print("\n| Python program (ECCO's path) | verdict | instructions | counted CPU s/test | job wall s/test |")
        print("|---|---|---|---|---|")
        for name, code in (("quadratic", PY_QUADRATIC), ("counting", PY_COUNTING)):
            t0 = time.perf_counter()
            ev = language_for(python_task).evaluate(python_task, code, ctx)
            wall = time.perf_counter() - t0
            m, n = ev.measurement, len(python_task.tests)
            cpu = m.extra["counted_cpu_s"] / n if m else float("nan")
            print(f"| {name} | {ev.verdict} | {m.instructions if m else 0:,} | {cpu:.3f} | {wall / n:.3f} |")
    executor.close()


if __name__ == "__main__":
    main()
