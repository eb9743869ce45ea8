"""Per-model report for the ISA suite, broken down by source optimisation level and target.

Input rows are plain mappings with ``task_id`` (``isa/<fn>/x86_64-<level>/<target>``),
``verdict``, ``instructions`` (the candidate's count, for passing rows) and
``reference_instructions`` (the -O2 reference's count on the same target).  Output rows
are dicts, one per (source level, target) group plus an ``all`` row, ready to render.
Ratios are candidate / -O2 reference instructions over passing rows with both counts;
``faster_share`` is over all rows (a failed translation is not faster).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from typing import Any, Iterable, Mapping

from tasks.results import Verdict

NOT_ASSEMBLED = {Verdict.ASSEMBLE_ERROR, Verdict.NO_CODE, Verdict.GENERATION_ERROR}
ALL = "all"


def task_group(task_id: str) -> tuple[str, str]:
    """(source level, target) of an ISA task id, e.g. ``("x86_64-O2", "riscv64")``."""
    parts = task_id.split("/")
    if len(parts) != 4 or parts[0] != "isa":
        raise ValueError(f"not an ISA task id: {task_id!r}")
    return parts[2], parts[3]


def _ratio(row: Mapping[str, Any]) -> float | None:
    got, ref = row.get("instructions"), row.get("reference_instructions")
    if Verdict(row["verdict"]) != Verdict.PASS or not got or not ref:
        return None
    return got / ref


def summarise(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    verdicts = [Verdict(r["verdict"]) for r in rows]
    ratios = [r for r in map(_ratio, rows) if r is not None]
    return {
        "tasks": n,
        "assemble_rate": sum(v not in NOT_ASSEMBLED for v in verdicts) / n if n else None,
        "pass_rate": sum(v == Verdict.PASS for v in verdicts) / n if n else None,
        "abi_violation_rate": sum(v == Verdict.ABI_VIOLATION for v in verdicts) / n if n else None,
        "measured": len(ratios),
        "median_ratio": statistics.median(ratios) if ratios else None,
        "geomean_ratio": math.exp(statistics.fmean(map(math.log, ratios))) if ratios else None,
        "faster_share": sum(r < 1 for r in ratios) / n if n else None,
    }


def isa_report(rows: Iterable[Mapping[str, Any]], model: str = "") -> list[dict[str, Any]]:
    """One model's rows → report rows by (source level, target), then ``all``."""
    rows = list(rows)
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[task_group(row["task_id"])].append(row)
    out = [{"model": model, "source": src, "target": tgt, **summarise(g)} for (src, tgt), g in sorted(groups.items())]
    out.append({"model": model, "source": ALL, "target": ALL, **summarise(rows)})
    return out
