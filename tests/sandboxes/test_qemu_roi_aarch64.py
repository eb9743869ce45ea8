"""The qemu-host region plugin on an AArch64 guest, tested on any host with the cross toolchain.

The host's own build of ``qemu_roi.c`` is loaded into ``qemu-aarch64`` and counts a static AArch64
program linked with the shim's markers (``roi.c``): the region's count is exact (a loop of N
iterations of a three-instruction body costs exactly 3 N more) and repeats exactly, counts a joined
thread (its exit system call seen with AArch64's number), refuses a new process, and a copy of the
marker sequence outside the shim shows up as an extra marker.  A guest ISA the plugin has no
markers for is refused at load.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from sandboxes.counters import QEMU_ROI_PLUGIN, QemuHostCounter
from sandboxes.local import build_native

pytestmark = pytest.mark.needs("qemu-aarch64", "aarch64-linux-gnu-gcc", "gcc", "make")

LOOP_BODY = 3  # add, subs, b.ne: the loop below, instruction by instruction
PROGRAM = r"""
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
void ergon_qemu_begin(void);
void ergon_qemu_end(void);
static void *spin(void *arg) {
    long n = (long)arg, acc = 0;
    __asm__ volatile("1: add %0, %0, #1\n\tsubs %1, %1, #1\n\tb.ne 1b" : "+r"(acc), "+r"(n) :: "cc");
    return (void *)acc;
}
int main(int argc, char **argv) {
    long n = argc > 2 ? strtol(argv[2], NULL, 10) : 1;
    if (!strcmp(argv[1], "loop")) { ergon_qemu_begin(); spin((void *)n); ergon_qemu_end(); }
    if (!strcmp(argv[1], "thread")) {
        pthread_t t;
        ergon_qemu_begin(); pthread_create(&t, NULL, spin, (void *)n); pthread_join(t, NULL); ergon_qemu_end();
    }
    if (!strcmp(argv[1], "forged")) {  /* the begin marker's four instructions, outside the shim */
        ergon_qemu_begin();
        __asm__ volatile("movz x16, #0x4752\n\tmovk x16, #0x4e4f, lsl 16\n\t"
                         "movk x16, #0x4745, lsl 32\n\tmovk x16, #0x4e49, lsl 48\n\tnop\n\tnop\n\tnop" ::: "x16");
        ergon_qemu_end();
    }
    if (!strcmp(argv[1], "fork")) { ergon_qemu_begin(); ergon_qemu_end(); fork(); }
    return 0;
}
"""


@pytest.fixture(scope="module")
def guest(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the host-built plugin, a static AArch64 program linked with the shim's markers)."""
    native, problem = build_native()
    assert native is not None, problem
    folder = tmp_path_factory.mktemp("aarch64")
    (folder / "program.c").write_text(PROGRAM)
    roi = Path(__file__).parents[2] / "sandboxes" / "counters" / "roi.c"
    subprocess.run(["aarch64-linux-gnu-gcc", "-O2", "-static", "-pthread", "-o", str(folder / "program"),
                    str(folder / "program.c"), str(roi)], check=True, capture_output=True, timeout=120)
    return native / QEMU_ROI_PLUGIN, folder / "program"


def run(guest: tuple[Path, Path], cwd: Path, *args: str) -> tuple[int, list[str]]:
    """The program under ``qemu-aarch64`` with the plugin: its exit code and the plugin's file's lines."""
    plugin, program = guest
    done = subprocess.run(["qemu-aarch64", "-cpu", QemuHostCounter.CPU, "-plugin", str(plugin), str(program), *args],
                          cwd=cwd, capture_output=True, text=True, timeout=60)
    outputs = list(cwd.glob("qemu-roi.out.*"))
    lines = outputs[0].read_text().splitlines() if outputs else []
    for path in outputs:
        path.unlink()
    return done.returncode, lines


def region(guest: tuple[Path, Path], cwd: Path, what: str, n: int) -> int:
    """The count of the program's one region: end minus begin, with every thread joined at the end."""
    code, lines = run(guest, cwd, what, str(n))
    assert code == 0
    assert lines[0] == "marks 2" and lines[1].startswith("begin ") and lines[2].startswith("end "), lines
    assert "unjoined 0" in lines
    return int(lines[2].split()[1]) - int(lines[1].split()[1])


def test_an_aarch64_region_counts_exactly_what_ran_inside_it(guest: tuple[Path, Path], tmp_path: Path) -> None:
    """Two runs give the cost per iteration, which must be the loop's three instructions, and a third
    run's count must be exactly predicted by it; a repeated run counts the same."""
    first, second = region(guest, tmp_path, "loop", 1000), region(guest, tmp_path, "loop", 2000)
    assert second - first == LOOP_BODY * 1000
    assert region(guest, tmp_path, "loop", 7777) == first + LOOP_BODY * 6777
    assert region(guest, tmp_path, "loop", 1000) == first


def test_a_joined_thread_is_counted_and_seen_to_exit(guest: tuple[Path, Path], tmp_path: Path) -> None:
    """The thread's loop is in the region's count, and the end marker does not wait for it (nor report it
    as still running): it made its exit system call, 93 on AArch64.  Not exact to the instruction: how
    often ``pthread_join`` waits depends on scheduling (measured: 118 instructions apart)."""
    small, large = region(guest, tmp_path, "thread", 1000), region(guest, tmp_path, "thread", 101_000)
    assert abs((large - small) - LOOP_BODY * 100_000) < 2_000


def test_a_marker_sequence_outside_the_shim_is_an_extra_marker(guest: tuple[Path, Path], tmp_path: Path) -> None:
    """The plugin knows markers by their bytes, wherever they are: a forged begin inside the region is
    one more marker, which the runner reads as tampering (the sequence is no longer begin, end).

    Its counts show that each marker is counted to its own last instruction, however many of its block
    follow: from the shim's begin to the forged one, the shim's ``ret`` and the four forged instructions;
    from there to the end marker, three ``nop``, the ``bl`` and the end marker's four."""
    code, lines = run(guest, tmp_path, "forged")
    assert code == 0
    assert lines[0] == "marks 3"
    kinds, counts = zip(*(line.split() for line in lines[1:4]))
    assert kinds == ("begin", "begin", "end")
    assert [int(b) - int(a) for a, b in zip(counts, counts[1:])] == [1 + 4, 3 + 1 + 4]


def test_a_new_process_ends_an_aarch64_guest(guest: tuple[Path, Path], tmp_path: Path) -> None:
    """fork is clone without CLONE_THREAD on AArch64 (system call 220): the process ends, with no counts."""
    code, lines = run(guest, tmp_path, "fork")
    assert (code, lines) == (125, [])
    assert run(guest, tmp_path, "loop", "1")[0] == 0  # the same program without the fork runs


@pytest.mark.needs("qemu-riscv64")
def test_a_guest_without_markers_is_refused_at_load(guest: tuple[Path, Path], tmp_path: Path) -> None:
    plugin, program = guest
    done = subprocess.run(["qemu-riscv64", "-plugin", str(plugin), str(program)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "no region markers for guest riscv64 (only x86_64, aarch64)" in done.stderr
    assert not list(tmp_path.glob("qemu-roi.out.*"))
