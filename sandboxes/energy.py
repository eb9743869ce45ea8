"""Energy of the performance call: measured where a meter is readable, else a labelled estimate.

Measured: Intel/AMD RAPL through the powercap sysfs files (package domain).  Since kernel
≈5.10 ``energy_uj`` is root-only and it is masked inside containers, so the meter is probed,
never assumed; it measures the whole package, so other load on the machine is included.

Estimated: instructions × 70 pJ.  Horowitz ("Computing's energy problem", ISSCC 2014, 45 nm)
puts a whole "add" instruction, fetch and decode included, at ≈70 pJ, against 0.1 pJ for the
add itself.  The figure is a per-instruction average with no cache or DRAM model, so it ranks
candidates exactly as instruction counts do; it is reported as ``estimate:…`` and never as a
measurement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PJ_PER_INSTRUCTION = 70.0
ESTIMATE_LABEL = "estimate:horowitz-isscc2014-70pJ/instr"
RAPL_ROOT = Path("/sys/class/powercap")


@dataclass(frozen=True)
class RaplProbe:
    """The ``energy_uj`` files of the package zones, or why there are none.

    The runner reads these files itself around its timed calls, so the figure covers the
    same calls as the wall time.
    """

    files: tuple[str, ...]
    reason: str

    @property
    def ok(self) -> bool:
        return bool(self.files)


def probe_rapl(root: Path = RAPL_ROOT) -> RaplProbe:
    zones = sorted(p for p in root.glob("intel-rapl:*") if p.name.count(":") == 1) if root.exists() else []
    if not zones:
        return RaplProbe((), "no RAPL powercap zones on this machine")
    files = tuple(str(z / "energy_uj") for z in zones)
    try:
        for f in files:
            int(Path(f).read_text())
    except (OSError, ValueError) as exc:
        return RaplProbe((), f"RAPL not readable ({exc.__class__.__name__})")
    return RaplProbe(files, "rapl")


def estimate_j(instructions: int) -> float:
    return instructions * PJ_PER_INSTRUCTION * 1e-12
