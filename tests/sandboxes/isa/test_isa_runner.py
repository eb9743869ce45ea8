"""Pure pieces of the ISA runner and evaluator: link-map parsing, plugin output, the oracle header."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sandboxes.isa import build_plugin
from sandboxes.isa.evaluator import entry_header
from sandboxes.isa.runner import parse_plugin_output, symbol_address, text_ranges

MAP = """\
.text           0x0000000000400200     0x5000
 *(.text.unlikely .text.*_unlikely .text.unlikely.*)
 .text.unlikely
                0x0000000000400200       0x40 /usr/lib/libc.a(abort.o)
 .text.startup  0x0000000000400240       0x9c driver.o
                0x0000000000400240                main
 .text          0x00000000004002e0      0x120 driver.o
 .text          0x0000000000400400      0x2d0 trampoline.o
 .text          0x00000000004006d0       0x58 candidate.o
                0x00000000004006d0                f
 .text.a_very_long_section_name_that_wraps
                0x0000000000400730       0x10 candidate.o
 .text          0x0000000000400740        0x0 empty.o
.data           0x0000000000410000      0x100
 .data          0x0000000000410000       0x10 candidate.o
"""


def test_text_ranges_from_link_map() -> None:
    ranges = text_ranges(MAP)
    assert ranges["driver.o"] == [(0x400240, 0x4002DC), (0x4002E0, 0x400400)]
    assert ranges["trampoline.o"] == [(0x400400, 0x4006D0)]
    assert ranges["candidate.o"] == [(0x4006D0, 0x400728), (0x400730, 0x400740)]
    assert "empty.o" not in ranges


def test_plugin_output_and_symbols() -> None:
    values, covered = parse_plugin_output("begin_hits 1\nend_hits 1\nregion 42\ncovered 4006d0\ncovered 4006d4\n")
    assert values == {"begin_hits": 1, "end_hits": 1, "region": 42}
    assert covered == {0x4006D0, 0x4006D4}
    nm = "0000000000400240 T main\n0000000000400300 t ergon_region_begin\n                 U puts\n"
    assert symbol_address(nm, "ergon_region_begin") == 0x400300
    assert symbol_address(nm, "missing") is None


def test_entry_header_makes_a_static_oracle() -> None:
    text = entry_header("long f(const struct node *t, int n)", "f", "f.c")
    assert text.startswith("struct node;\nstatic long ergon_oracle(const struct node *t, int n);\n")
    assert '#define f ergon_oracle\n#include "f.c"\n#undef f\n' in text
    assert "typedef long (*ergon_fn_t)(const struct node *t, int n);" in text
    assert "uint32_t *(*ergon_fn_t)(void)" in entry_header("uint32_t *g(void)", "g", "g.c")
    with pytest.raises(ValueError):
        entry_header("long f(int n)", "g", "g.c")


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc")
def test_plugin_builds(tmp_path: Path) -> None:
    lib = build_plugin(tmp_path)
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    assert "qemu_plugin_install" in symbols and "qemu_plugin_version" in symbols
