"""Pure pieces of the ISA runner and evaluator: link-map parsing, plugin output, the oracle header."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sandboxes.local import LocalExecutor
from sandboxes.executor import JobResult
from harness.languages.asm.evaluate import entry_header, runner_result

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "harness" / "languages"))  # the runner's payload sibling reaper.py
from harness.languages.asm.payload.runner import (clip, exec_segments, first_mismatch, plugin_report, records, symbol_address,
                                                  text_ranges)

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
    every = text_ranges(MAP, r"[.\w]\S*")  # every section of an object, whatever its name
    assert every["candidate.o"] == [(0x4006D0, 0x400728), (0x400730, 0x400740), (0x410000, 0x410010)]
    assert clip(every["candidate.o"], [(0x400000, 0x400738, 0)]) == [(0x4006D0, 0x400728), (0x400730, 0x400738)]


def test_plugin_report_only_framed_by_the_nonce_and_symbols() -> None:
    nonce = "ab" * 16
    body = "begin_hits 1\nend_hits 1\nregion 42\ncovered 4006d0\ncovered 4006d4\n"
    values, covered = plugin_report(f"ergon-plugin {nonce}\n{body}end {nonce}\n", nonce)
    assert values == {"begin_hits": 1, "end_hits": 1, "region": 42}
    assert covered == {0x4006D0, 0x4006D4}
    forged = [f"ergon-plugin {'cd' * 16}\n{body}end {'cd' * 16}\n",  # another nonce
              f"region 1\nergon-plugin {nonce}\n{body}end {nonce}\n",  # a line written before the plugin's
              f"ergon-plugin {nonce}\n{body}",  # cut short
              f"ergon-plugin {nonce}\nregion many\nend {nonce}\n", ""]
    assert [plugin_report(text, nonce) for text in forged] == [None] * len(forged)
    nm = "0000000000400240 T main\n0000000000400300 t ergon_region_begin\n                 U puts\n"
    assert symbol_address(nm, "ergon_region_begin") == 0x400300
    assert symbol_address(nm, "missing") is None


def test_records_are_compared_with_the_trusted_ones() -> None:
    want = records("R i 0000000000000005 edge\nR d 3ff0000000000000 perf\nR m 00000000000000aa perf\n")
    assert first_mismatch(want, want) is None
    near = records("junk the candidate printed\nR i 0000000000000005 edge\nR d 3ff0000000000001 perf\n"
                   "R m 00000000000000aa perf\n")
    assert first_mismatch(near, want) is None  # one ulp off a double is within the tolerance
    assert first_mismatch(records("R i fffffffffffffffe edge\n"), want) == "FAIL check 1 (edge): got -2, expected 5"
    assert first_mismatch(want[:2], want).startswith("FAIL check 3 (perf): no result")
    assert first_mismatch(want + want[:1], want).startswith("FAIL check 4")
    assert "expected the oracle's" in first_mismatch(want[:2] + [("m", 1, "perf")], want)


def test_exec_segments_of_a_linked_program(tmp_path: Path) -> None:
    elf = Path(sys.executable).read_bytes()
    segments = exec_segments(elf)
    assert segments and all(lo < hi and off < len(elf) for lo, hi, off in segments)


def test_entry_header_keeps_the_source_out_of_the_candidates_build() -> None:
    text = entry_header("long f(const struct node *t, int n)", "f", "f.c")
    assert text.startswith("struct node;\n#ifdef ERGON_TRUSTED\nstatic long ergon_oracle(const struct node *t, int n);\n")
    trusted, candidate = text.split("#else\n")
    assert '#define f ergon_oracle\n#include "f.c"\n#undef f\n#define ENTRY ergon_oracle' in trusted
    assert '#define f ergon_source_unused\n#include "f.c"\n#undef f\n' in candidate
    assert "static long ergon_oracle(const struct node *t, int n) { long r; memset(&r, 0, sizeof r); return r; }" in candidate
    assert "long f(const struct node *t, int n);\n#define ENTRY f" in candidate
    assert "typedef long (*ergon_fn_t)(const struct node *t, int n);" in text
    assert "uint32_t *(*ergon_fn_t)(void)" in entry_header("uint32_t *g(void)", "g", "g.c")
    assert "static void ergon_oracle(int *xs) {}" in entry_header("void h(int *xs)", "h", "h.c")
    with pytest.raises(ValueError):
        entry_header("long f(int n)", "g", "g.c")


@pytest.mark.needs("gcc", "nm")
def test_plugin_builds() -> None:
    lib = LocalExecutor().environment().tools["qemu_plugin"]
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    assert "qemu_plugin_install" in symbols and "qemu_plugin_version" in symbols


def job_result(result_json: bytes | None, exit_code: int | None = 0) -> JobResult:
    files = {} if result_json is None else {"result.json": result_json}
    return JobResult(exit_code=exit_code, stdout=b"", stderr=b"boom", files=files, wall_s=0.1)


PASSING = {"status": "pass", "instructions": 10, "candidate_instructions": 5, "static_instructions": 4,
           "coverage": 1.0, "uncovered": [], "output": "", "checks": 3}


@pytest.mark.parametrize("raw, exit_code", [
    (None, 0),
    (json.dumps(PASSING).encode(), -9),  # the runner was killed: the file may be the candidate's
    (b"{not json", 0),
    (b"[1, 2]", 0),
    (b'{"status": "great"}', 0),
    (json.dumps({**PASSING, "instructions": "few"}).encode(), 0),
    (json.dumps({**PASSING, "checks": None}).encode(), 0),
    (json.dumps({k: v for k, v in PASSING.items() if k != "coverage"}).encode(), 0),
], ids=["missing", "runner killed", "not json", "not an object", "unknown status", "bad count", "no checks",
        "missing field"])
def test_unusable_runner_results_are_reasons_not_exceptions(raw: bytes | None, exit_code: int) -> None:
    assert isinstance(runner_result(job_result(raw, exit_code)), str)


def test_a_sound_runner_result_is_used() -> None:
    passing = runner_result(job_result(json.dumps(PASSING).encode()))
    assert not isinstance(passing, str) and passing.model_dump(exclude_unset=True) == PASSING
    failing = {"status": "fail", "detail": "FAIL check 3 (x): got 1, expected 2"}
    report = runner_result(job_result(json.dumps(failing).encode()))
    assert not isinstance(report, str) and report.model_dump(exclude_unset=True) == failing
