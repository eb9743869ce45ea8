"""The pinned target ISAs of the ISA suite: toolchain flags, QEMU CPU, calling convention."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    name: str
    gcc: str
    flags: tuple[str, ...]
    """-march/-mabi: used for the references, the driver and to assemble candidates."""
    qemu: str
    qemu_args: tuple[str, ...]
    """Pins the emulated CPU to the same ISA (and glibc's routine choice with it)."""
    isa: str
    """The ISA as stated to the model."""
    abi: str
    trampoline: str


AARCH64 = Target(
    name="aarch64",
    gcc="aarch64-linux-gnu-gcc",
    flags=("-march=armv8-a", "-mabi=lp64"),
    qemu="qemu-aarch64",
    qemu_args=("-cpu", "cortex-a57"),
    isa="ARMv8.0-A AArch64 (-march=armv8-a, base ISA with FP/AdvSIMD; no LSE, no SVE), run on qemu-aarch64 -cpu cortex-a57",
    abi="AAPCS64 (LP64): arguments in x0-x7/d0-d7, result in x0/d0; x19-x29, sp and the low 64 bits "
    "of d8-d15 are callee-saved",
    trampoline="trampoline_aarch64.s",
)

RISCV64 = Target(
    name="riscv64",
    gcc="riscv64-linux-gnu-gcc",
    flags=("-march=rv64gc", "-mabi=lp64d"),
    qemu="qemu-riscv64",
    qemu_args=("-cpu", "rv64,zba=false,zbb=false,zbc=false,zbs=false"),
    isa="RV64GC (-march=rv64gc, i.e. RV64IMAFDC with Zicsr and Zifencei; no B or V extensions), run on "
    "qemu-riscv64 -cpu rv64,zba=false,zbb=false,zbc=false,zbs=false",
    abi="RISC-V LP64D: arguments in a0-a7/fa0-fa7, result in a0/fa0; s0-s11, fs0-fs11 and sp are "
    "callee-saved; gp and tp must not be changed",
    trampoline="trampoline_riscv64.s",
)

TARGETS: dict[str, Target] = {t.name: t for t in (AARCH64, RISCV64)}
