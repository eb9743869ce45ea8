"""Guaranteed Guess (Heakl et al.) x86-to-ARM/RISC-V benchmark pairs, through ``datasets``.

The published benchmark sets (e.g. ``ahmedheakl/asm2asm_arm_bench``) hold one row per
function with the source file name (``file`` or ``files``), the x86-64 assembly (``x86``,
GCC, Intel syntax) and the target assembly (``arm`` or ``risc``).  The ARM side was
compiled on macOS: Mach-O assembly (``_``-prefixed symbols, ``@PAGE`` relocations,
``.subsections_via_symbols``) that GNU as on Linux rejects, so such rows are marked
unusable with the reason instead of being run.  No test drivers ship with the pairs:
usable rows can serve as prompts or references, not as checked tasks on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

FILE_COLUMNS = ("file", "files")
TARGET_COLUMNS = {"arm": "aarch64", "risc": "riscv64", "riscv": "riscv64"}
MACHO_MARKERS = (
    (re.compile(r"^\s*\.subsections_via_symbols\b", re.M), ".subsections_via_symbols"),
    (re.compile(r"^\s*\.build_version\b", re.M), ".build_version"),
    (re.compile(r"^\s*\.section\s+__[A-Z]+,", re.M), "Mach-O section names (__TEXT,...)"),
    (re.compile(r"@(?:PAGE|PAGEOFF|GOTPAGE|GOTPAGEOFF)\b"), "@PAGE/@PAGEOFF relocations"),
    (re.compile(r"^_[A-Za-z_]\w*:", re.M), "underscore-prefixed symbols (_sym)"),
)
INTEL_SYNTAX = re.compile(r"^\s*\.intel_syntax\b", re.M)


@dataclass(frozen=True)
class GGPair:
    file: str
    x86: str
    target: str
    """``aarch64`` or ``riscv64``."""
    target_asm: str
    x86_syntax: str
    """``intel`` or ``att``: the prompt must say which."""
    usable: bool
    reason: str = ""


def macho_markers(asm: str) -> list[str]:
    """Names of the Mach-O constructs found in ``asm`` (empty for ELF/GNU assembly)."""
    return [name for pattern, name in MACHO_MARKERS if pattern.search(asm)]


def pair_from_row(row: dict[str, Any]) -> GGPair:
    file_col = next((c for c in FILE_COLUMNS if c in row), None)
    target_col = next((c for c in TARGET_COLUMNS if c in row), None)
    if file_col is None or target_col is None or "x86" not in row:
        raise ValueError(f"not a Guaranteed Guess row (columns: {', '.join(sorted(row))})")
    x86, target_asm = row["x86"] or "", row[target_col] or ""
    reasons = []
    if found := macho_markers(target_asm):
        reasons.append(f"{target_col} side is Mach-O (macOS) assembly: {', '.join(found)}")
    if found := macho_markers(x86):
        reasons.append(f"x86 side is Mach-O (macOS) assembly: {', '.join(found)}")
    if not x86.strip() or not target_asm.strip():
        reasons.append("empty assembly")
    return GGPair(
        file=row[file_col],
        x86=x86,
        target=TARGET_COLUMNS[target_col],
        target_asm=target_asm,
        x86_syntax="intel" if INTEL_SYNTAX.search(x86) else "att",
        usable=not reasons,
        reason="; ".join(reasons),
    )


def pairs_from_rows(rows: Iterable[dict[str, Any]]) -> list[GGPair]:
    return [pair_from_row(dict(r)) for r in rows]


def load_gg(source: str, split: str = "train") -> list[GGPair]:
    """Load a GG benchmark from the Hub (``owner/name``) or a local parquet/jsonl file."""
    import datasets

    path = Path(source)
    if path.suffix in {".parquet", ".jsonl", ".json"} and path.exists():
        builder = "parquet" if path.suffix == ".parquet" else "json"
        ds = datasets.load_dataset(builder, data_files=str(path), split=split)
    else:
        ds = datasets.load_dataset(source, split=split)
    return pairs_from_rows(ds)


def usability_summary(pairs: list[GGPair]) -> dict[str, int]:
    """How many pairs are usable, and how many are not for each reason."""
    out: dict[str, int] = {"total": len(pairs), "usable": sum(p.usable for p in pairs)}
    for p in pairs:
        if not p.usable:
            out[p.reason] = out.get(p.reason, 0) + 1
    return out
