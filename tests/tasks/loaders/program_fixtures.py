"""Small PIE and ECCO downloads in their release layouts (rows as JSON Lines, test files per problem)."""

from __future__ import annotations

import json
from pathlib import Path

PIE_SLOW = ("#include <cstdio>\nint main(){long n;scanf(\"%ld\",&n);long s=0;for(long i=1;i<=n;i++)"
            "for(long j=0;j<i%3;j++)s+=1;printf(\"%ld\\n\",s);}\n")
PIE_MID = "#include <cstdio>\nint main(){long n;scanf(\"%ld\",&n);long s=0;for(long i=1;i<=n;i++)s+=i%3;printf(\"%ld\\n\",s);}\n"
PIE_FAST = "#include <cstdio>\nint main(){long n;scanf(\"%ld\",&n);long s=(n/3)*3+(n%3>=1)+(n%3==2)*2;printf(\"%ld\\n\",s);}\n"
PIE_CASES = [(10, 10), (100000, 100000)]


def pie_row(src: str, tgt: str, pid: str = "p00001", src_t: float = 3.0, tgt_t: float = 2.0, **kw: object) -> dict:
    return {"problem_id": pid, "src_id": f"s{src_t}", "tgt_id": f"t{tgt_t}", "src_code": src, "tgt_code": tgt,
            "tests": list(range(len(PIE_CASES))), "n_tests": len(PIE_CASES),
            "src_agg_runtime": src_t, "tgt_agg_runtime": tgt_t, **kw}


def write_pie_dir(root: Path, rows: list[object], raw: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + raw)
    cases = root / "merged_test_cases" / "p00001"
    cases.mkdir(parents=True)
    for i, (n, s) in enumerate(PIE_CASES):
        (cases / f"input.{i}.txt").write_text(f"{n}\n")
        (cases / f"output.{i}.txt").write_text(f"{s}\n")
    (cases / "input.7.txt").write_text("5\n")  # not in the rows' tests: never used
    return root
