"""The Guaranteed Guess loader on a small fixture in the published schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.loaders.gg import load_gg, pair_from_row, usability_summary

MACHO_ARM = """\t.section\t__TEXT,__text,regular,pure_instructions
\t.build_version macos, 13, 0\tsdk_version 13, 3
\t.globl\t_func0
\t.p2align\t2
_func0:
\tadrp\tx8, _table@PAGE
\tadd\tx8, x8, _table@PAGEOFF
\tret
.subsections_via_symbols
"""
ELF_ARM = "\t.text\n\t.global\tfunc0\n\t.type\tfunc0, %function\nfunc0:\n\tadd\tw0, w0, 1\n\tret\n"
INTEL_X86 = '\t.file\t"code.c"\n\t.intel_syntax noprefix\n\t.text\n\t.globl\tfunc0\nfunc0:\n\tlea\teax, 1[rdi]\n\tret\n'
ATT_X86 = "\t.text\n\t.globl\tfunc0\nfunc0:\n\tleal\t1(%rdi), %eax\n\tret\n"


def write_fixture(tmp_path: Path, suffix: str) -> Path:
    datasets = pytest.importorskip("datasets")
    rows = {"files": ["eval/problem1/code.c", "eval/problem2/code.c", "eval/problem3/code.c"],
            "x86": [INTEL_X86, ATT_X86, ATT_X86], "arm": [MACHO_ARM, ELF_ARM, ""]}
    ds = datasets.Dataset.from_dict(rows)
    path = tmp_path / f"gg{suffix}"
    ds.to_parquet(str(path)) if suffix == ".parquet" else ds.to_json(str(path), lines=True)
    return path


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_fixture_rows(tmp_path: Path, suffix: str) -> None:
    pairs = load_gg(str(write_fixture(tmp_path, suffix)))
    assert [p.file for p in pairs] == ["eval/problem1/code.c", "eval/problem2/code.c", "eval/problem3/code.c"]
    macho, elf, empty = pairs
    assert not macho.usable and "Mach-O" in macho.reason and "@PAGE" in macho.reason
    assert ".subsections_via_symbols" in macho.reason and "_sym" in macho.reason
    assert macho.x86_syntax == "intel" and elf.x86_syntax == "att"
    assert elf.usable and elf.target == "aarch64" and elf.reason == ""
    assert not empty.usable and empty.reason == "empty assembly"
    summary = usability_summary(pairs)
    assert summary["total"] == 3 and summary["usable"] == 1


def test_riscv_column_and_schema_errors() -> None:
    pair = pair_from_row({"file": "a.c", "x86": ATT_X86, "risc": "\t.text\nf:\n\tret\n"})
    assert pair.target == "riscv64" and pair.usable
    with pytest.raises(ValueError, match="not a Guaranteed Guess row"):
        pair_from_row({"x86": ATT_X86})
