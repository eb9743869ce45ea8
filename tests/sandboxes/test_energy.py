"""Energy is measured only where RAPL is readable, otherwise estimated and labelled as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from sandboxes.energy import ESTIMATE_LABEL, estimate_j, probe_rapl
from tasks.results import Measurement
from harness.languages.python.evaluate import ChildReport, _attach_energy


def test_no_powercap_means_no_meter(tmp_path: Path) -> None:
    probe = probe_rapl(tmp_path / "missing")
    assert not probe.ok and "no RAPL" in probe.reason


def test_readable_zones_are_found(tmp_path: Path) -> None:
    for zone, value in (("intel-rapl:0", "1000"), ("intel-rapl:1", "2000")):
        (tmp_path / zone).mkdir()
        (tmp_path / zone / "energy_uj").write_text(value)
    (tmp_path / "intel-rapl:0:0").mkdir()  # a sub-zone (core) is not summed again
    probe = probe_rapl(tmp_path)
    assert probe.ok and [Path(f).parent.name for f in probe.files] == ["intel-rapl:0", "intel-rapl:1"]


def test_unreadable_zone_is_reported(tmp_path: Path) -> None:
    (tmp_path / "intel-rapl:0").mkdir()
    (tmp_path / "intel-rapl:0" / "energy_uj").write_text("not a number")
    probe = probe_rapl(tmp_path)
    assert not probe.ok and "not readable" in probe.reason


def test_estimate_is_70_pJ_per_instruction() -> None:
    assert estimate_j(1_000_000) == pytest.approx(70e-6)  # 10^6 × 70 pJ = 70 µJ


def test_measured_energy_wins_over_the_estimate() -> None:
    m = Measurement(instructions=10**9, wall_repeats=4)
    _attach_energy(m, ChildReport(energy_uj=2_000_000))
    assert m.energy_j == 0.5 and m.energy_source == "rapl:package"
    m = Measurement(instructions=10**9, wall_repeats=4)
    _attach_energy(m, ChildReport())
    assert m.energy_j == pytest.approx(0.07) and m.energy_source == ESTIMATE_LABEL
    m = Measurement()
    _attach_energy(m, ChildReport())
    assert m.energy_j is None and m.energy_source.startswith("unavailable")
